"""Slips made in a figures file by hand, each refused in one line that says
what it is, or read as the maintainer meant: a quote left open, an option
that says another period or measure than the sheet's title, an open-data row
pasted twice, a column title given two measures, a note typed beside or
under the figures, a name that is a force's under a longer one, a period
written as a column title writes it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from spreadsheets import OPEN_DATA_HEADER, ons_table, write_csv, write_xlsx

from drafter.figures.importing.tables import MAX_FILE_BYTES, MB

LONG_HEADER = "area,measure,period,value,unit,source\n"


@pytest.fixture
def run(cli, workspace_dir):
    def invoke(*args):
        return cli(*args, workspace=workspace_dir)
    return invoke


def stored(run) -> dict[tuple[str, str, str], float]:
    return {(f["area"], f["measure"], f["period"]): f["value"] for f in run("figures", "list", "--json").json()}


def refused(run, path: Path, *options) -> list[str]:
    """The error lines of an import that must fail and store nothing."""
    before = stored(run)
    result = run("figures", "import", path, *options)
    assert result.exit_code == 1, result.stdout
    assert "Traceback" not in result.stderr
    assert stored(run) == before
    return result.stderr.splitlines()


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# -- a quote left open ------------------------------------------------------------------
def test_a_quote_left_open_in_the_last_column_is_refused_at_its_line(run, tmp_path):
    """Once read as one source holding the next two rows, stored with exit 0."""
    path = write(tmp_path, "seizures.csv", LONG_HEADER
                 + 'Kent,drug_seizures,2026-Q2,398,,"Kent Police drugs team\n'
                 + "Kent,homicides,2026-Q2,2,,Kent Police\n"
                 + "Kent,knife_offences,2026-Q2,170,,Kent Police\n")
    assert refused(run, path) == [
        f"drafter: error: {path}:2: a quote opened on this line is never closed: close it, or take it out "
        "(nothing imported)"]


def test_a_quote_closed_only_rows_later_is_refused_naming_both_lines(run, tmp_path):
    path = write(tmp_path, "seizures.csv", LONG_HEADER
                 + 'Kent,drug_seizures,2026-Q2,398,,"Kent Police drugs team\n'
                 + "Kent,homicides,2026-Q2,2,,Kent Police\n"
                 + 'Kent,knife_offences,2026-Q2,170,,"Home Office"\n')
    assert refused(run, path) == [
        f"drafter: error: {path}:2: a quote opened on this line is not closed until line 4, so the rows "
        "between are read as one cell: close it, or take it out (nothing imported)"]


def test_a_quote_left_open_in_open_data_or_a_wide_table_is_refused_alike(run, tmp_path):
    open_data = write(tmp_path, "prc.csv", ",".join(OPEN_DATA_HEADER) + "\n"
                      + '2024/25,Q3,Kent,"Homicide,Violence against the person,Homicide,1/4.1/4.10/4.2,2\n'
                      + "2024/25,Q3,Kent,Theft from the person,Theft offences,Theft from the person,39,80\n")
    wide = write(tmp_path, "pack.csv", "Force,Homicides 2024/25,Notes\nKent,12,\"checked\nSurrey,7,\n")
    for path in (open_data, wide):
        assert refused(run, path) == [
            f"drafter: error: {path}:2: a quote opened on this line is never closed: close it, or take it "
            "out (nothing imported)"]


def test_a_quoted_note_with_a_line_break_is_still_one_cell(run, tmp_path):
    path = write(tmp_path, "seizures.csv", LONG_HEADER
                 + 'Kent,drug_seizures,2026-Q2,398,,"Kent Police drugs team\nchecked in July"\n'
                 + "Kent,homicides,2026-Q2,2,,Kent Police\n")
    result = run("figures", "import", path)
    assert result.exit_code == 0, result.stderr
    assert stored(run) == {("Kent", "drug_seizures", "2026-Q2"): 398, ("Kent", "homicides", "2026-Q2"): 2}


# -- an option against the sheet's title -----------------------------------------------
def _knife_table(tmp_path: Path, title: str) -> Path:
    rows = [["E23000032", "Kent", "1,204", "64.1"], ["E23000007", "Surrey", "402", "33.0"]]
    return write_xlsx(tmp_path / "ons.xlsx", {"Table P4": ons_table(
        rows, title, ["Number of offences", "Rate per 100,000 population"])})


KNIFE_TITLE = "Table P4: Knife or sharp instrument offences by police force area, year ending March 2024"


def test_a_period_the_sheets_title_contradicts_is_refused_naming_the_title(run, tmp_path):
    """A national table once went under the following year, replacing its right figures."""
    path = _knife_table(tmp_path, KNIFE_TITLE)
    assert refused(run, path, "--period", "2024/25") == [
        f"drafter: error: {path}: Table P4!A1: the sheet's title '{KNIFE_TITLE}' names the period 2023/24, "
        "but --period says 2024/25: import it without --period (nothing imported)"]
    assert run("figures", "import", path, "--period", "2023/24").exit_code == 0
    assert stored(run)[("Kent", "knife_offences", "2023/24")] == 1204


def test_a_measure_the_sheets_title_contradicts_is_refused_naming_the_title(run, tmp_path):
    path = _knife_table(tmp_path, KNIFE_TITLE)
    assert refused(run, path, "--measure", "homicides") == [
        f"drafter: error: {path}: Table P4!A1: the sheet's title '{KNIFE_TITLE}' names the measure "
        "knife_offences, but --measure says homicides: import it without --measure (nothing imported)"]


def test_a_period_the_title_leaves_open_is_still_given_with_the_import(run, tmp_path):
    path = _knife_table(tmp_path, "Table P4: Knife or sharp instrument offences by police force area")
    result = run("figures", "import", path, "--period", "2024/25")
    assert result.exit_code == 0, result.stderr
    assert stored(run)[("Surrey", "knife_offences", "2024/25")] == 402


# -- open data: the same row twice -------------------------------------------------------
HOMICIDE = ["Homicide", "Violence against the person", "Homicide", "1/4.1/4.10/4.2"]


def test_an_open_data_row_given_twice_is_refused_not_added_up(run, tmp_path):
    path = write_csv(tmp_path / "prc.csv", [["2018/19", "Q4", "Cumbria", *HOMICIDE, 2],
                                            ["2018/19", "Q4", "Cumbria", "Theft from the person",
                                             "Theft offences", "Theft from the person", "39", 41],
                                            ["2018/19", "Q4", "Cumbria", *HOMICIDE, 3]], OPEN_DATA_HEADER)
    assert refused(run, path) == [
        f"drafter: error: {path}:4: duplicate row: Cumbria, 2018/19 Q4, Homicide is already given on line 2 "
        "(nothing imported)"]


def test_different_offences_of_one_measure_are_still_added_up(run, tmp_path):
    path = write_csv(tmp_path / "prc.csv", [
        ["2018/19", "Q4", "Cumbria", "Burglary - Residential", "Burglary", "Residential burglary", "28E", 30],
        ["2018/19", "Q4", "Cumbria", "Attempted burglary - Residential", "Burglary", "Residential burglary",
         "28F", 4]], OPEN_DATA_HEADER)
    assert run("figures", "import", path).exit_code == 0
    assert stored(run)[("Cumbria", "residential_burglary", "2019-Q1")] == 34


# -- figures-import.toml ------------------------------------------------------------------
def test_a_column_title_under_two_measures_is_refused_naming_the_file_and_both(run, workspace_dir, tmp_path):
    mapping = workspace_dir / "templates" / "figures-import.toml"
    mapping.parent.mkdir(exist_ok=True)
    mapping.write_text('[column_titles]\nhomicides = ["Homicide", "Homicides"]\n'
                       'drug_seizures = ["Drug seizures", "Homicide [note 4]"]\n', encoding="utf-8")
    path = write_xlsx(tmp_path / "pack.xlsx", {"Data": [["Force", "Homicide 2023/24"], ["Kent", 14]]})
    assert refused(run, path) == [
        f"drafter: error: {mapping}:3: column_titles: 'Homicide [note 4]' is a title of both homicides and "
        "drug_seizures: a column title names one measure (nothing imported)"]


# -- smaller messages -----------------------------------------------------------------------
def test_text_in_an_untitled_column_is_named_as_that(run, tmp_path):
    path = write(tmp_path, "fraud.csv", "area,measure,period,value,unit,source,,\n"
                 'Kent,fraud_reports,2026-Q3,"1,130",,Action Fraud,,checked by the analyst\n')
    assert refused(run, path) == [
        f"drafter: error: {path}:2: column H holds 'checked by the analyst' but the header gives column H no "
        "title (title the column, clear the cell, or quote a value that has a comma) (nothing imported)"]


@pytest.mark.parametrize("header, row, column", [
    ("area,measure,,period,value\n", "Severnshire,homicides,revised,2026-Q3,4\n", "C"),
    ("area,measure,period,value,,source\n", "Severnshire,victim_satisfaction,2026-Q3,82.9,percent,Survey\n",
     "E")])
def test_text_in_an_untitled_column_between_titled_ones_is_refused_too(run, tmp_path, header, row, column):
    """Once dropped without a word, though the same text past the last column was refused."""
    path = write(tmp_path, "pack.csv", header + row)
    held = row.split(",")[ord(column) - ord("A")]
    assert refused(run, path) == [
        f"drafter: error: {path}:2: column {column} holds '{held}' but the header gives column {column} no "
        "title (title the column, clear the cell, or quote a value that has a comma) (nothing imported)"]


def test_an_untitled_column_left_empty_between_titled_ones_is_no_problem(run, tmp_path):
    path = write(tmp_path, "pack.csv", "area,measure,,period,value\nSevernshire,homicides,,2026-Q3,4\n")
    assert run("figures", "import", path).exit_code == 0
    assert stored(run) == {("Severnshire", "homicides", "2026-Q3"): 4}


def test_a_note_under_the_figures_is_one_line(run, tmp_path):
    path = write(tmp_path, "fraud.csv", LONG_HEADER + 'Kent,fraud_reports,2026-Q3,"1,130",,Action Fraud\n\n'
                 "Notes: figures are provisional,,,,,\n")
    assert refused(run, path) == [
        f"drafter: error: {path}:4: 'Notes: figures are provisional' is a note, not a figure: every row gives "
        "area, measure, period and value (move notes out of the file) (nothing imported)"]


@pytest.mark.parametrize("written, period", [("Q2 2026/27", "2026-Q3"), ("Jul to Sep 2026", "2026-Q3"),
                                             ("year ending March 2027", "2026/27")])
def test_one_figure_a_row_reads_a_period_as_a_column_title_writes_it(run, tmp_path, written, period):
    path = write(tmp_path, "seizures.csv", f"area,measure,period,value\nKent,drug_seizures,{written},400\n")
    result = run("figures", "import", path)
    assert result.exit_code == 0, result.stderr
    assert stored(run) == {("Kent", "drug_seizures", period): 400}


def test_a_month_alone_is_still_no_period(run, tmp_path):
    path = write(tmp_path, "seizures.csv", "area,measure,period,value\nKent,drug_seizures,Mar-26,400\n")
    assert refused(run, path)[0].startswith(f"drafter: error: {path}:2: bad period 'Mar-26'")


def test_a_name_holding_a_forces_name_suggests_that_force_first(run, tmp_path):
    path = write(tmp_path, "seizures.csv", "area,measure,period,value\nKent and Medway,drug_seizures,2026-Q2,400\n")
    assert refused(run, path)[0].startswith(
        f"drafter: error: {path}:2: unknown area 'Kent and Medway' (closest: Kent)")


def test_hampshire_and_iow_is_hampshire(run, tmp_path):
    path = write(tmp_path, "seizures.csv",
                 "area,measure,period,value\nHampshire & IOW Constabulary,drug_seizures,2026-Q2,400\n")
    assert run("figures", "import", path).exit_code == 0
    assert stored(run) == {("Hampshire", "drug_seizures", "2026-Q2"): 400}


def test_the_readme_gives_the_size_limit_the_import_keeps():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Figures from spreadsheets")[1].split("\n## ")[0]
    assert re.search(rf"at most\s+{MAX_FILE_BYTES // MB} MB", section)


def test_a_cell_too_long_for_any_figures_file_is_refused_at_its_line(run, tmp_path):
    # A source cell of 300,000 characters: a pasted document, not a figure's source.
    path = write(tmp_path, "pasted.csv", LONG_HEADER + "Severnshire,homicides,2026-Q2,3,,Panel papers\n"
                 + "Severnshire,knife_offences,2026-Q2,170,," + "x" * 300_000 + "\n")
    assert refused(run, path) == [f"drafter: error: {path}:3: a cell longer than 131,072 characters, which no "
                                  "figures file holds: check it is the right file (nothing imported)"]


def test_a_csv_whose_first_line_names_its_separator_is_read_with_its_lines(run, tmp_path):
    """Excel writes "sep=;" above the header of a CSV saved for another
    locale; the file was refused as no figures file."""
    path = tmp_path / "figures.csv"
    path.write_bytes(b"sep=;\r\narea;measure;period;value\r\nLancashire;homicides;2025-Q3;6\r\n")
    assert run("figures", "import", path).exit_code == 0
    assert stored(run) == {("Lancashire", "homicides", "2025-Q3"): 6}
    path.write_bytes(b"sep=;\r\narea;measure;period;value\r\nLancashire;homicides;2025-Q2;6a\r\n")
    result = run("figures", "import", path)
    assert result.exit_code == 1 and result.stderr.startswith(f"drafter: error: {path}:3: ")
