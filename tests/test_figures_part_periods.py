"""Performance packs title their columns and sheets by the year so far
("2025/26 YTD", "Homicides, financial year to date 2025/26"), by a quarter
with its months beside it ("Q2 (Jul-Sep) 2025/26"), and by a rolling year
("Rolling 12 months to September 2025", "YE Sep 2025"). A year to date, or a
part of a year, is never filed as the whole year; a quarter or a rolling year
so written is read as that period."""

from __future__ import annotations

import pytest
from spreadsheets import write_xlsx

import drafter
from drafter.figures.title_periods import take_title_period

HINT = ("title the column by its period (e.g. 'Jan to Mar 2024', 'Year ending March 2024') or give it in a "
        "--mapping file's [columns]")


def stored(workspace_dir) -> dict:
    with drafter.open_workspace(workspace_dir, seed=False) as workspace:
        return {(f.area, f.measure, f.period): f.value for f in workspace.list_figures()}


@pytest.mark.parametrize("title, period", [
    ("Rolling 12 months to September 2025", "YE2025-09"),
    ("Rolling 12 months to Jun 2025", "YE2025-06"),
    ("Rolling year to Sep 2025", "YE2025-09"),
    ("YE Sep 2025", "YE2025-09"),
    ("YE Mar-24", "2023/24"),
    ("12 months to the end of March 2024", "2023/24"),
    ("Year to end of December 2024", "2024"),
    ("Calendar year 2024", "2024"),
    ("Q2 (Jul-Sep) 2025/26", "2025-Q3"),
    ("Quarter 2 (July to September) 2025/26", "2025-Q3"),
    ("Q2 2025/26 (Jul to Sep)", "2025-Q3"),
    ("2023/24 (Apr-Mar)", "2023/24"),
    ("Jul-Sep 25", "2025-Q3"),
])
def test_a_period_as_packs_write_it_is_read(title, period):
    rest, found, _ = take_title_period(title)
    assert (str(found), rest.strip(" ()")) == (period, "")


@pytest.mark.parametrize("title, kind", [
    ("2025/26 YTD", "to_date"),
    ("FYTD 2025/26", "to_date"),
    ("Financial year to date 2025/26", "to_date"),
    ("2025/26 (to end of September)", "to_date"),
    ("2025/26 (Apr-Sep)", "part"),
    ("Q2 (Apr-Jun) 2025/26", "part"),
    ("2025/26 Q1-Q2", "part"),
    ("First half of 2025/26", "part"),
])
def test_a_part_of_a_period_is_no_period(title, kind):
    rest, found, found_kind = take_title_period(title)
    assert (found, found_kind, rest.strip(" ()-,")) == (None, kind, "")


def test_a_year_to_date_column_is_not_filed_as_the_year_even_with_the_measure_given(workspace_dir, cli, tmp_path):
    """The refusal once said the title named no measure, and giving one
    with --measure, as it advised, stored the half year as the whole year."""
    path = write_xlsx(tmp_path / "pack.xlsx", {"Homicide": [["Homicide offences"], ["Force", "2025/26 YTD"],
                                                            ["Lancashire", 7]]})
    for options in ([], ["--measure", "homicides"]):
        result = cli("figures", "import", path, *options, workspace=workspace_dir)
        assert (result.exit_code, result.stderr) == (
            1, f"drafter: error: {path}: Homicide!B2: '2025/26 YTD' names no period drafter reads (a year to date "
               f"is only part of the period it names): {HINT} (nothing imported)\n")
    assert stored(workspace_dir) == {}


def test_beside_a_quarter_a_year_to_date_column_is_listed_not_imported(workspace_dir, cli, tmp_path):
    path = write_xlsx(tmp_path / "pack.xlsx", {"Summary": [
        ["Force", "Homicides Q2 (Jul-Sep) 2025/26", "Homicides 2025/26 YTD", "Knife crime FYTD 2025/26"],
        ["Lancashire", 6, 10, 2019]]})
    result = cli("figures", "import", path, workspace=workspace_dir)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[1:] == [
        "  columns naming no period drafter reads, not imported: Summary!C1 'Homicides 2025/26 YTD', "
        "Summary!D1 'Knife crime FYTD 2025/26'"]
    assert stored(workspace_dir) == {("Lancashire", "homicides", "2025-Q3"): 6}


@pytest.mark.parametrize("options", [[], ["--period", "2025/26"]])
def test_a_sheet_titled_by_the_year_to_date_is_refused_at_its_title(workspace_dir, cli, tmp_path, options):
    path = write_xlsx(tmp_path / "ytd.xlsx", {"Homicide": [["Homicides, financial year to date 2025/26"],
                                                           ["Force", "Number of offences"], ["Lancashire", 7]]})
    result = cli("figures", "import", path, *options, workspace=workspace_dir)
    assert (result.exit_code, result.stderr) == (
        1, f"drafter: error: {path}: Homicide!A1: the sheet's title 'Homicides, financial year to date 2025/26' "
           "names no period drafter stores (a year to date is only part of the period it names): drafter stores "
           "whole quarters and years: import a table of those, or give each column its period in a --mapping "
           "file's [columns] (nothing imported)\n")
    assert stored(workspace_dir) == {}


def test_a_sheet_titled_by_a_quarter_with_its_months_is_that_quarter(workspace_dir, cli, tmp_path):
    """It was filed under the whole financial year."""
    path = write_xlsx(tmp_path / "q2.xlsx", {"Homicide": [["Homicide offences, Quarter 2 (July to September) 2025/26"],
                                                          ["Force", "Number of offences"], ["Lancashire", 6]]})
    assert cli("figures", "import", path, workspace=workspace_dir).exit_code == 0
    assert stored(workspace_dir) == {("Lancashire", "homicides", "2025-Q3"): 6}


def test_a_year_to_date_heading_over_its_measures_is_not_filed_as_the_year(workspace_dir, cli, tmp_path):
    """A scorecard's "2025/26 YTD" heading over "Homicides" and "Knife crime"
    filed the year so far as the whole of 2025/26, with nothing said."""
    path = write_xlsx(tmp_path / "scorecard.xlsx", {"Scorecard": [
        [None, "Q2 2025/26", None, "2025/26 YTD", None],
        ["Force", "Homicides", "Knife crime", "Homicides", "Knife crime"],
        ["Lancashire", 6, 998, 10, 2019]]})
    result = cli("figures", "import", path, workspace=workspace_dir)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[1:] == [
        "  columns naming no period drafter reads, not imported: Scorecard!D2 'Homicides' under Scorecard!D1 "
        "'2025/26 YTD', Scorecard!E2 'Knife crime' under Scorecard!D1 '2025/26 YTD'"]
    assert stored(workspace_dir) == {("Lancashire", "homicides", "2025-Q3"): 6,
                                     ("Lancashire", "knife_offences", "2025-Q3"): 998}
