"""Figures files that are malformed rather than wrong: a row cut short or run
on past its header, an offence row with a cell missing, a workbook with a
broken part. What the user sees: one line naming the file and the line or
cell, exit 1, and the figures stored before left as they were. A blank count
is no figure, never 0."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from spreadsheets import (
    OPEN_DATA_HEADER,
    financial_quarters,
    ons_table,
    open_data_rows,
    write_csv,
    write_ods,
    write_xlsx,
)

import drafter
from drafter.store.schema import set_meta

HEADER_LINE = ",".join(OPEN_DATA_HEADER)
REMEDY = "open it in a spreadsheet program and save it again, or get a fresh copy"


@pytest.fixture
def workspace_dir(tmp_path) -> Path:
    """A workspace holding one year of open-data figures for Kent and West Midlands."""
    root = tmp_path / "ws"
    with drafter.open_workspace(root, seed=False) as workspace:
        set_meta(workspace.database, "seeded", "1")
        workspace.import_figures(write_csv(
            tmp_path / "prc-pfa-2022-23.csv",
            open_data_rows(forces=["Kent", "West Midlands"], quarters=financial_quarters(2022, 1)),
            OPEN_DATA_HEADER))
    return root


@pytest.fixture
def run(cli, workspace_dir):
    def invoke(*args):
        return cli(*args, workspace=workspace_dir)
    return invoke


def stored(run) -> list[dict]:
    return run("figures", "list", "--json").json()


def refused(run, path: Path) -> list[str]:
    """The error lines of an import that must fail and change nothing."""
    before = stored(run)
    result = run("figures", "import", path)
    assert result.exit_code == 1, result.stdout
    assert "Traceback" not in result.stderr
    assert stored(run) == before
    return result.stderr.splitlines()


def next_year_csv(tmp_path: Path, name: str, *raw_lines: str) -> Path:
    """The next year's open data for both forces as the Home Office writes it, with
    ``raw_lines`` (a damaged row, say) after the third line."""
    good = tmp_path / "good.csv"
    write_csv(good, open_data_rows(forces=["Kent", "West Midlands"], quarters=financial_quarters(2023, 1),
                                   extra_bodies=False), OPEN_DATA_HEADER)
    lines = good.read_text(encoding="utf-8").splitlines()
    path = tmp_path / name
    path.write_text("\n".join([*lines[:3], *raw_lines, *lines[3:]]) + "\n", encoding="utf-8")
    return path


# -- the Home Office's open data -----------------------------------------------------

@pytest.mark.parametrize("row,fields,hint", [
    ("2023/24,2,West Midlands,Homicide,Violence against the person", 5, ""),
    ("2023/24,2,West Midlands,Homicide,Violence against the person,Homicide,1/4.1/4.10/4.2,3,revised,",
     10, " (a value with a comma needs quotes)"),
    ("2023/24,2,London, City of,Homicide,Violence against the person,Homicide,1/4.1/4.10/4.2,0",
     9, " (a value with a comma needs quotes)"),
])
def test_an_open_data_row_that_does_not_match_the_header_is_named_and_nothing_is_imported(
        run, tmp_path, row, fields, hint):
    path = next_year_csv(tmp_path, "prc-pfa-2023-24.csv", row)
    assert refused(run, path) == [
        f"drafter: error: {path}:4: the row has {fields} fields but the header has 8{hint} "
        "(nothing imported)"]
    assert not [f for f in stored(run) if f["period"] == "2023-Q3"]


def test_rows_padded_with_empty_fields_as_spreadsheets_save_them_are_read(run, tmp_path):
    rows = open_data_rows(forces=["Kent"], quarters=financial_quarters(2023, 1), extra_bodies=False)
    path = tmp_path / "saved-from-excel.csv"
    lines = [HEADER_LINE + ",,", *(",".join(map(str, row)) + ",," for row in rows), ",,,,,,,,,"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("figures", "import", path)
    assert result.exit_code == 0, result.stderr
    assert "2023/24" in {f["period"] for f in stored(run) if f["area"] == "Kent"}


def test_a_blank_count_is_no_figure_never_zero(run, tmp_path):
    rows = open_data_rows(forces=["Kent", "West Midlands"], quarters=financial_quarters(2023, 1),
                          extra_bodies=False)
    for row in rows:
        if (row[1], row[2], row[6]) == (2, "West Midlands", "1/4.1/4.10/4.2"):
            row[7] = ""  # July to September 2023
    for path in (write_csv(tmp_path / "blank.csv", rows, OPEN_DATA_HEADER),
                 write_xlsx(tmp_path / "blank.xlsx", {"2023_24": [OPEN_DATA_HEADER, *[
                     [None if cell == "" else cell for cell in row] for row in rows]]})):
        result = run("figures", "import", path)
        assert result.exit_code == 0, result.stderr
        assert "  1 cell with no figure (blank, [x], .., -) left out" in result.stdout.splitlines()
        homicides = {f["period"]: f["value"] for f in stored(run)
                     if (f["area"], f["measure"]) == ("West Midlands", "homicides")}
        assert "2023-Q3" not in homicides and "2023/24" not in homicides and "2023" not in homicides
        assert "2023-Q2" in homicides and "2023-Q4" in homicides


def test_an_offence_cell_left_empty_in_a_workbook_is_named_by_its_cell(run, tmp_path):
    rows = open_data_rows(forces=["West Midlands"], quarters=financial_quarters(2023, 1), extra_bodies=False)
    homicide = next(row for row in rows if (row[1], row[6]) == (2, "1/4.1/4.10/4.2"))
    homicide[5:] = [None, None, None]  # the subgroup, code and count deleted
    path = write_xlsx(tmp_path / "prc-pfa-2023-24.xlsx", {
        "Cover": [["Police recorded crime open data tables"], ["Published 24 July 2024"]],
        "2023_24": [OPEN_DATA_HEADER, *rows]})
    line = rows.index(homicide) + 2
    assert refused(run, path) == [
        f"drafter: error: {path}: 2023_24!F{line}: the offence subgroup is empty (nothing imported)"]


# -- the other layouts ---------------------------------------------------------------

def ons_csv(tmp_path: Path, *rows: list) -> Path:
    """An ONS police force area table saved as CSV: title and note rows, then
    England and Wales, regions (a heading row of their own) and forces."""
    table = ons_table([["K04000001", "England and Wales", 590, "50,489"],
                       ["E12000005", "West Midlands"],  # the region's heading stops short
                       ["E23000014", "West Midlands", 45, 3000], *rows],
                      "Table P1: Police recorded crime by police force area, year ending March 2023",
                      ["Homicides", "Knife or sharp instrument offences"],
                      ["Source: Home Office, police recorded crime"])
    return write_csv(tmp_path / "table-p1.csv", table)


def test_an_ons_table_saved_as_csv_reads_short_headings_and_notes(run, tmp_path):
    path = ons_csv(tmp_path, ["E23000015", "Kent", 12, 1100], ["Note: figures are provisional"])
    result = run("figures", "import", path)
    assert result.exit_code == 0, result.stderr
    assert {(f["area"], f["measure"], f["period"], f["value"]) for f in stored(run)
            if f["source"] == "table-p1.csv"} >= {("Kent", "homicides", "2022/23", 12),
                                                  ("West Midlands", "homicides", "2022/23", 45)}


def test_an_ons_table_row_cut_short_or_run_on_is_named_by_line(run, tmp_path):
    path = ons_csv(tmp_path, ["E23000015", "Kent", 12],
                   ["E23000034", "London", " City of", 1, 40])  # "London, City of" unquoted
    assert refused(run, path) == [
        f"drafter: error: {path}:8: the row has 3 fields but the header has 4",
        f"drafter: error: {path}:9: the row has 5 fields but the header has 4 (a value with a comma needs "
        "quotes)",
        f"drafter: error: {path}: nothing imported (2 problems)"]


def test_a_figure_row_cut_short_names_the_fields_not_an_empty_value(run, tmp_path):
    path = tmp_path / "figures.csv"
    path.write_text("area,measure,period,value,unit,source\n"
                    "Kent,homicides,2021,14\n"  # unit and source may be left off
                    "Kent,homicides,2020\n", encoding="utf-8")
    assert refused(run, path) == [
        f"drafter: error: {path}:3: the row has 3 fields but the header has 6 (nothing imported)"]


# -- broken workbooks ----------------------------------------------------------------

def with_part(path: Path, part: str, change) -> Path:
    """The workbook at ``path`` with one part of its archive changed (None removes it)."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    changed = change(parts[part])
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            if name != part or changed is not None:
                archive.writestr(name, changed if name == part else data)
    path.write_bytes(stream.getvalue())
    return path


def p1_workbook(tmp_path: Path, suffix: str = "xlsx") -> Path:
    sheet = ons_table([["E23000014", "West Midlands", 45], ["E23000015", "Kent", 12]],
                      "Table P1: Homicides by police force area, year ending March 2023", ["Homicides"])
    write = write_xlsx if suffix == "xlsx" else write_ods
    return write(tmp_path / f"table-p1.{suffix}", {"Cover": [["Homicide in England and Wales"]],
                                                    "Table P1": sheet})


@pytest.mark.parametrize("part,change,problem", [
    ("xl/worksheets/sheet2.xml", lambda xml: xml[: len(xml) // 2],
     f"corrupt XLSX: sheet 'Table P1' cannot be read (xl/worksheets/sheet2.xml is cut short): {REMEDY}"),
    ("xl/worksheets/sheet2.xml", lambda xml: xml.replace(b"<t>Kent</t>", b"\n<t>Kent & Essex</t>", 1),
     "corrupt XLSX: sheet 'Table P1' cannot be read (xl/worksheets/sheet2.xml, line 2, column 10: "
     f"not well-formed (invalid token)): {REMEDY}"),
    ("xl/worksheets/sheet2.xml", lambda xml: None,
     f"corrupt XLSX: sheet 'Table P1' is listed in the workbook but missing from the file: {REMEDY}"),
    ("xl/workbook.xml", lambda xml: xml[:120], f"corrupt XLSX (xl/workbook.xml is cut short): {REMEDY}"),
])
def test_a_broken_part_of_a_workbook_is_named_with_what_is_wrong(run, tmp_path, part, change, problem):
    path = with_part(p1_workbook(tmp_path), part, change)
    assert refused(run, path) == [f"drafter: error: {path}: {problem} (nothing imported)"]


def test_a_spreadsheet_whose_content_is_cut_short_is_named(run, tmp_path):
    path = with_part(p1_workbook(tmp_path, "ods"), "content.xml", lambda xml: xml[: len(xml) * 2 // 3])
    assert refused(run, path) == [
        f"drafter: error: {path}: corrupt ODS (content.xml is cut short): {REMEDY} (nothing imported)"]


def test_a_file_of_blank_and_withheld_counts_has_no_figures_to_import(run, tmp_path):
    rows = open_data_rows(forces=["Kent"], quarters=financial_quarters(2023, 1), extra_bodies=False)
    for number, row in enumerate(rows):
        row[7] = "" if number % 2 else "[x]"
    path = write_csv(tmp_path / "withheld.csv", rows, OPEN_DATA_HEADER)
    [line] = refused(run, path)
    assert re.fullmatch(rf"drafter: error: {re.escape(str(path))}: no figures found: all \d+ values are "
                        r"blank or missing-value markers \(nothing imported\)", line), line
