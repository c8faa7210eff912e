"""Columns titled by their period as offices title them: a quarter by its
months ("Jul to Sep 2023"), a financial year or quarter ("FY 2023/24", "Q2
2023/24"), a year ending on a date ("12 months to 31 March 2024", "12 months to
31/03/2024", day first as England and Wales write it), a period with a note
("(provisional)"). A month or a date on its own ("Mar-23", an Excel date cell)
may end a quarter or a year: the column is named, never guessed. What is given
with --measure and --period is used as the help says, and never passed over in
silence."""

from __future__ import annotations

import datetime

import pytest
from spreadsheets import write_csv, write_xlsx

import drafter

HINT = ("title the column by its period (e.g. 'Jan to Mar 2024', 'Year ending March 2024') or give it in a "
        "--mapping file's [columns]")


def one_column(tmp_path, title) -> object:
    return write_xlsx(tmp_path / "hdr.xlsx", {"Data": [["Force", title], ["Surrey", 100]]})


def stored(workspace_dir) -> dict:
    with drafter.open_workspace(workspace_dir, seed=False) as workspace:
        return {(f.area, f.measure, f.period): f.value for f in workspace.list_figures()}


@pytest.mark.parametrize("title, period", [
    ("Jul to Sep 2023", "2023-Q3"),
    ("Oct to Dec 2023", "2023-Q4"),
    ("Jan-Mar 2024", "2024-Q1"),
    ("Apr to Mar 2024", "2023/24"),
    ("FY 2023/24", "2023/24"),
    ("Financial year 2023-24", "2023/24"),
    ("Q2 2023/24", "2023-Q3"),
    ("Quarter 4 2023-24", "2024-Q1"),
    ("2023/24 Q1", "2023-Q2"),
    ("Year ending March 2024 (provisional)", "2023/24"),
    ("12 months to 31 March 2024", "2023/24"),
    ("Year ending 30th June 2024 (revised)", "YE2024-06"),
    ("Quarter ending 30 September 2023", "2023-Q3"),
    ("12 months to 31/03/2024", "2023/24"),
    ("Year ending 31.12.23", "2023"),
    ("3 months to 30/06/2024", "2024-Q2"),
    ("12 months to 2024-06-30", "YE2024-06"),
    ("FY25/26", "2025/26"),
    ("FY 24-25", "2024/25"),
    ("Q1 FY26/27", "2026-Q2"),
    ("FY25/26 Q4", "2026-Q1"),
])
def test_a_column_titled_by_its_period_takes_the_measure_given(workspace_dir, cli, tmp_path, title, period):
    path = one_column(tmp_path, title)
    result = cli("figures", "import", path, "--measure", "drug_seizures", workspace=workspace_dir)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"imported {path} (wide table, 1 row read): 1 figure for Surrey, {period} (")
    assert stored(workspace_dir) == {("Surrey", "drug_seizures", period): 100}


def test_the_period_given_that_agrees_with_the_title_is_no_problem(workspace_dir, cli, tmp_path):
    path = one_column(tmp_path, "Jul to Sep 2023")
    result = cli("figures", "import", path, "--measure", "drug_seizures", "--period", "2023-Q3",
                 workspace=workspace_dir)
    assert result.exit_code == 0, result.stderr
    assert stored(workspace_dir) == {("Surrey", "drug_seizures", "2023-Q3"): 100}


def test_a_measure_named_beside_a_financial_quarter_is_that_quarter_not_the_year(workspace_dir, cli, tmp_path):
    path = write_csv(tmp_path / "pack.csv", [["Surrey", 4, 9]],
                     header=["Force", "Homicides Q2 2023/24", "Homicides 2023/24"])
    assert cli("figures", "import", path, workspace=workspace_dir).exit_code == 0
    assert stored(workspace_dir) == {("Surrey", "homicides", "2023-Q3"): 4, ("Surrey", "homicides", "2023/24"): 9}


@pytest.mark.parametrize("title, shown, why", [
    ("Mar-23", "'Mar-23'", "a month may end a quarter or a year"),
    (datetime.datetime(2024, 3, 31), "'2024-03-31'", "a date may end a quarter or a year"),
    ("31/03/2024", "'31/03/2024'", "a date may end a quarter or a year"),
    ("Oct to Mar 2024", "'Oct to Mar 2024'", "drafter reads quarters and years"),
    ("12 months to 15 March 2024", "'12 months to 15 March 2024'", "drafter reads quarters and years"),
    ("12 months to 15/03/2024", "'12 months to 15/03/2024'", "drafter reads quarters and years"),
    ("Year ending 31/13/2024", "'Year ending 31/13/2024'", "drafter reads quarters and years"),
])
@pytest.mark.parametrize("options", [[], ["--measure", "drug_seizures"],
                                     ["--measure", "drug_seizures", "--period", "2023-Q3"]])
def test_a_title_naming_no_period_drafter_reads_is_named_by_its_cell(workspace_dir, cli, tmp_path, title, shown,
                                                                     why, options):
    """A month or a date could end a quarter, a financial year or a rolling
    year: drafter does not guess, and --period (for columns naming no period)
    does not stand in for what the title says."""
    path = one_column(tmp_path, title)
    result = cli("figures", "import", path, *options, workspace=workspace_dir)
    assert (result.exit_code, result.stderr) == (
        1, f"drafter: error: {path}: Data!B1: {shown} names no period drafter reads ({why}): {HINT} "
           "(nothing imported)\n")
    assert "no column names a known measure" not in result.stderr
    assert stored(workspace_dir) == {}


def test_a_mapping_gives_the_period_of_a_column_titled_by_a_month_or_a_date(workspace_dir, cli, tmp_path):
    path = write_xlsx(tmp_path / "pack.xlsx", {"Data": [["Force", "Mar-23", datetime.datetime(2024, 3, 31)],
                                                        ["Surrey", 100, 120]]})
    mapping = tmp_path / "pack.toml"
    mapping.write_text('[columns]\n"Mar-23" = { measure = "drug_seizures", period = "2023-Q1" }\n'
                       '"2024-03-31" = { measure = "drug_seizures", period = "2024-Q1" }\n', encoding="utf-8")
    result = cli("figures", "import", path, "--mapping", mapping, workspace=workspace_dir)
    assert result.exit_code == 0, result.stderr
    assert stored(workspace_dir) == {("Surrey", "drug_seizures", "2023-Q1"): 100,
                                     ("Surrey", "drug_seizures", "2024-Q1"): 120}


def test_beside_columns_it_reads_a_column_naming_a_month_is_listed_not_guessed(workspace_dir, cli, tmp_path):
    """"Homicides March 2023" was once stored as the calendar year 2023."""
    path = write_xlsx(tmp_path / "pack.xlsx", {"Data": [
        ["Force", "Homicides 2023/24", "Homicides March 2023", "Homicides Mar-24", "Change"], ["Surrey", 9, 1, 2, 3]]})
    result = cli("figures", "import", path, workspace=workspace_dir)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[1:] == [
        "  columns of changes, not imported (drafter works changes out from the figures): Data!E1 'Change'",
        "  columns naming no period drafter reads, not imported: Data!C1 'Homicides March 2023', "
        "Data!D1 'Homicides Mar-24'"]
    assert stored(workspace_dir) == {("Surrey", "homicides", "2023/24"): 9}


def test_columns_naming_only_their_period_ask_for_the_measure(workspace_dir, cli, tmp_path):
    path = one_column(tmp_path, "Jul to Sep 2023")
    result = cli("figures", "import", path, workspace=workspace_dir)
    assert (result.exit_code, result.stderr) == (1, f"drafter: error: {path}: no sheet holds figures: 'Data' (no "
                                                    "column names a known measure: give it with --measure) "
                                                    "(nothing imported)\n")


@pytest.mark.parametrize("options, message", [
    (["--period", "2023-Q3"], "--period 2023-Q3 was not used: Data!B1 'Homicides 2023/24' names its own "
                              "period, 2023/24 (--period is for columns whose titles name no period)"),
    (["--measure", "knife_offences"], "--measure knife_offences was not used: Data!B1 'Homicides 2023/24' names "
                                      "its own measure, homicides (--measure is for columns whose titles name no "
                                      "measure)"),
])
def test_an_option_every_column_contradicts_is_refused_not_passed_over(workspace_dir, cli, tmp_path, options,
                                                                       message):
    path = one_column(tmp_path, "Homicides 2023/24")
    result = cli("figures", "import", path, *options, workspace=workspace_dir)
    assert (result.exit_code, result.stderr) == (1, f"drafter: error: {path}: {message} (nothing imported)\n")
    assert stored(workspace_dir) == {}
    agreeing = cli("figures", "import", path, "--measure", "homicides", "--period", "2023/24",
                   workspace=workspace_dir)
    assert agreeing.exit_code == 0, agreeing.stderr


def test_the_period_given_fills_in_the_column_that_names_none_beside_one_that_does(workspace_dir, cli, tmp_path):
    path = write_xlsx(tmp_path / "pack.xlsx", {"Data": [["Force", "Homicides 2022/23", "Homicides"],
                                                        ["Surrey", 7, 9]]})
    result = cli("figures", "import", path, "--period", "2023/24", workspace=workspace_dir)
    assert result.exit_code == 0, result.stderr
    assert stored(workspace_dir) == {("Surrey", "homicides", "2022/23"): 7, ("Surrey", "homicides", "2023/24"): 9}


def test_two_digits_alone_are_no_financial_year_without_fy_before_them(workspace_dir, cli, tmp_path):
    path = one_column(tmp_path, "25/26")
    result = cli("figures", "import", path, "--measure", "drug_seizures", workspace=workspace_dir)
    assert result.exit_code != 0
    assert stored(workspace_dir) == {}


def test_a_period_given_as_fy_with_two_digits_is_read_on_the_command_line(workspace_dir, cli, tmp_path):
    path = write_csv(tmp_path / "pack.csv", [["Surrey", 4]], header=["Force", "Homicides"])
    result = cli("figures", "import", path, "--period", "FY25/26", workspace=workspace_dir)
    assert result.exit_code == 0, result.stderr
    assert stored(workspace_dir) == {("Surrey", "homicides", "2025/26"): 4}
