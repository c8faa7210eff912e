"""What a sheet's title (or its name) says about its columns wins over what
the import is told: a mapping file's ``period =`` or ``[columns]`` entry, or
``--period``, that contradicts it is refused in one line naming the mapping
file or option, the title's cell and both values; a mapping that fills only
what the titles leave open keeps working."""

from __future__ import annotations

from pathlib import Path

import pytest
from spreadsheets import ons_table, write_xlsx

SEPTEMBER_TITLE = "Table P4: Knife or sharp instrument offences by police force area, year ending September 2025"
OPEN_TITLE = "Table P4: Knife or sharp instrument offences by police force area"


@pytest.fixture
def run(cli, workspace_dir):
    def invoke(*args):
        return cli(*args, workspace=workspace_dir)
    return invoke


def stored(run) -> dict[tuple[str, str, str], float]:
    return {(f["area"], f["measure"], f["period"]): f["value"] for f in run("figures", "list", "--json").json()}


def refused(run, path: Path, *options) -> list[str]:
    before = stored(run)
    result = run("figures", "import", path, *options)
    assert result.exit_code == 1, result.stdout
    assert "Traceback" not in result.stderr
    assert stored(run) == before
    return result.stderr.splitlines()


def knife_workbook(tmp_path: Path, title: str, name: str = "Table P4") -> Path:
    rows = [["E23000032", "Kent", "1,310", "69.5"], ["E23000007", "Surrey", "415", "34.1"]]
    return write_xlsx(tmp_path / "pfa-tables.xlsx", {name: ons_table(
        rows, title, ["Number of offences", "Rate per 100,000 population"])})


def mapping_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "knife.toml"
    path.write_text('sheet = "Table P4"\nsource = "ONS police force area tables"\n' + text, encoding="utf-8")
    return path


# -- a mapping file against the sheet's title ---------------------------------------------
def test_a_mapping_period_the_title_contradicts_is_refused_naming_the_mapping(run, tmp_path):
    """A mapping written for last year, reused on this year's workbook, once
    filed its figures under last year's period, replacing the right ones."""
    path = knife_workbook(tmp_path, SEPTEMBER_TITLE)
    mapping = mapping_file(tmp_path, 'period = "2024/25"\n')
    assert refused(run, path, "--mapping", mapping) == [
        f"drafter: error: {path}: Table P4!A1: the sheet's title '{SEPTEMBER_TITLE}' names the period "
        f'YE2025-09, but {mapping} says period = "2024/25": take period out of {mapping} (the title '
        "gives it), or correct it (nothing imported)"]


def test_a_mapping_column_measure_the_title_contradicts_is_refused(run, tmp_path):
    path = knife_workbook(tmp_path, SEPTEMBER_TITLE)
    mapping = mapping_file(tmp_path, '[columns]\n"Number of offences" = "homicides"\n')
    assert refused(run, path, "--mapping", mapping) == [
        f"drafter: error: {path}: Table P4!A1: the sheet's title '{SEPTEMBER_TITLE}' names the measure "
        f"knife_offences, but {mapping} [columns] 'Number of offences' says measure homicides: correct "
        f"that entry in {mapping}, or take it out (the title gives the measure) (nothing imported)"]


def test_a_mapping_column_period_the_title_contradicts_is_refused(run, tmp_path):
    path = knife_workbook(tmp_path, SEPTEMBER_TITLE)
    mapping = mapping_file(tmp_path, '[columns]\n"Number of offences" = { measure = "knife_offences", '
                                     'period = "2024/25" }\n')
    assert refused(run, path, "--mapping", mapping) == [
        f"drafter: error: {path}: Table P4!A1: the sheet's title '{SEPTEMBER_TITLE}' names the period "
        f"YE2025-09, but {mapping} [columns] 'Number of offences' says period 2024/25: correct that entry "
        f"in {mapping}, or take it out (the title gives the period) (nothing imported)"]


def test_a_mapping_that_agrees_with_the_title_or_fills_what_it_leaves_open_still_imports(run, tmp_path):
    agreeing = mapping_file(tmp_path, 'period = "YE2025-09"\n[columns]\n"Number of offences" = '
                                      '"knife_offences"\n')
    result = run("figures", "import", knife_workbook(tmp_path, SEPTEMBER_TITLE), "--mapping", agreeing)
    assert result.exit_code == 0, result.stderr
    assert stored(run)[("Kent", "knife_offences", "YE2025-09")] == 1310
    filling = mapping_file(tmp_path, 'period = "2025-Q2"\n')
    result = run("figures", "import", knife_workbook(tmp_path, OPEN_TITLE), "--mapping", filling)
    assert result.exit_code == 0, result.stderr
    assert stored(run)[("Surrey", "knife_offences", "2025-Q2")] == 415


# -- a period in the sheet's name -------------------------------------------------------------
@pytest.mark.parametrize("name", ["Year ending March 2024", "Knife crime 2023-24"])
def test_a_period_in_the_sheets_name_is_read_as_the_titles_is(run, tmp_path, name):
    path = write_xlsx(tmp_path / "tab.xlsx", {name: [
        ["Force", "Knife or sharp instrument offences"], ["Ashmoor", 212], ["Severnshire", 148]]})
    result = run("figures", "import", path)
    assert result.exit_code == 0, result.stderr
    assert stored(run)[("Severnshire", "knife_offences", "2023/24")] == 148
    assert refused(run, path, "--period", "2024/25") == [
        f"drafter: error: {path}: the sheet's name '{name}' names the period 2023/24, but --period says "
        "2024/25: import it without --period (nothing imported)"]


# -- --period where another sheet needs it ----------------------------------------------------
def test_a_period_refused_in_a_workbook_whose_other_sheet_needs_it_points_to_sheet(run, tmp_path):
    path = write_xlsx(tmp_path / "pack.xlsx", {
        "Knife": [["Knife or sharp instrument offences, year ending March 2024"], [None],
                  ["Force", "Knife or sharp instrument offences"], ["Ashmoor", 212]],
        "Homicide": [["Force", "Homicides"], ["Ashmoor", 3]]})
    title = "Knife or sharp instrument offences, year ending March 2024"
    assert refused(run, path, "--period", "2024/25") == [
        f"drafter: error: {path}: Knife!A1: the sheet's title '{title}' names the period 2023/24, but "
        "--period says 2024/25: import sheet 'Knife' on its own, with --sheet 'Knife' and without --period, "
        "and the sheets whose titles name no period with --period (nothing imported)"]
    assert run("figures", "import", path, "--sheet", "Knife").exit_code == 0
    assert run("figures", "import", path, "--sheet", "Homicide", "--period", "2024/25").exit_code == 0
    assert stored(run)[("Ashmoor", "homicides", "2024/25")] == 3
