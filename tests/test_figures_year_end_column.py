"""A force's quarterly summary sets the whole year beside its quarters
under a title saying so ("Year end 2025/26", "Full year 2025/26", "Annual
2025/26"). That column is the year's figures; it was listed among columns
naming no known measure and the year's figures were not imported."""

from __future__ import annotations

import pytest
from spreadsheets import write_xlsx

import drafter


def stored(workspace_dir) -> dict:
    with drafter.open_workspace(workspace_dir, seed=False) as workspace:
        return {(f.measure, f.period): f.value for f in workspace.list_figures()}


@pytest.mark.parametrize("title", ["Year end 2025/26", "Full year 2025/26", "Annual 2025/26", "2025/26 year total"])
def test_a_year_end_column_beside_the_quarters_is_the_years_figures(workspace_dir, cli, tmp_path, title):
    path = write_xlsx(tmp_path / "summary.xlsx", {"Summary": [
        ["Cumbria Constabulary: quarterly performance summary"],
        [None],
        ["Measure", "Oct-Dec 2025", "Jan-Mar 2026", title],
        ["Homicides", 1, 2, 5],
        ["County lines closed", 5, 3, 14],
    ]})
    result = cli("figures", "import", path, workspace=workspace_dir)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"imported {path} (measures in rows, 2 rows read): 6 figures for Cumbria, 2025/26 to 2026-Q1 "
        "(6 added, 0 replaced, 0 unchanged)"]
    assert stored(workspace_dir)[("homicides", "2025/26")] == 5
    assert stored(workspace_dir)[("county_lines_closed", "2025/26")] == 14


def test_a_change_over_the_year_is_still_no_figure(workspace_dir, cli, tmp_path):
    path = write_xlsx(tmp_path / "summary.xlsx", {"Summary": [
        ["Cumbria Constabulary: quarterly performance summary"],
        ["Measure", "Jan-Mar 2026", "Annual change 2025/26"],
        ["Homicides", 2, "+1"],
    ]})
    result = cli("figures", "import", path, workspace=workspace_dir)
    assert result.exit_code == 0, result.stderr
    assert stored(workspace_dir) == {("homicides", "2026-Q1"): 2}


def test_a_mid_year_population_column_is_still_population(workspace_dir, cli, tmp_path):
    path = write_xlsx(tmp_path / "pfa.xlsx", {"Data": [
        ["Force", "Mid-year population estimate 2025", "Homicides 2025"],
        ["Cumbria", 501200, 5],
    ]})
    result = cli("figures", "import", path, workspace=workspace_dir)
    assert result.exit_code == 0, result.stderr
    assert stored(workspace_dir) == {("population", "2025"): 501200, ("homicides", "2025"): 5}
