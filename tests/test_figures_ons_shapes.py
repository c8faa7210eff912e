"""More of the shapes ONS and forces give their tables: columns titled by
the months they cover ("Homicides Apr 2022 to Mar 2023"), a region's
subtotal row above its first force with no area codes to tell them apart,
regions named as ONS shortens them ("East"), and a minus sign typed into a
table by hand."""

from __future__ import annotations

import pytest
from spreadsheets import write_csv, write_xlsx

from drafter.errors import FiguresError
from drafter.figures.title_periods import take_title_period


def values(workspace, area: str) -> dict[tuple[str, str], float]:
    return {(f.measure, f.period): f.value for f in workspace.list_figures(area=area)}


@pytest.mark.parametrize("title, period", [
    ("Homicides Apr 2022 to Mar 2023", "2022/23"),
    ("Homicides Jan 2023 to Dec 2023", "2023"),
    ("Knife offences Oct 2022 to Sep 2023", "YE2023-09"),
    ("Homicides April 2023 - June 2023", "2023-Q2"),
])
def test_a_column_titled_by_its_months_names_that_period(title, period):
    rest, found, _ = take_title_period(title)
    assert str(found) == period and rest.split()[0] in ("Homicides", "Knife")


def test_months_in_the_wrong_order_are_no_period_not_a_year():
    assert take_title_period("Homicides Mar 2023 to Apr 2022")[1] is None


def test_an_ons_table_with_month_span_headings_imports(empty_workspace, tmp_path):
    path = write_csv(tmp_path / "pfa-homicides.csv", [["Cleveland", 11, 9], ["Durham", 5, 7]],
                     header=["Police force area", "Homicides Apr 2022 to Mar 2023", "Homicides Apr 2023 to Mar 2024"])
    empty_workspace.import_figures(path)
    assert values(empty_workspace, "Durham") == {("homicides", "2022/23"): 5, ("homicides", "2023/24"): 7}


def test_a_regions_subtotal_above_its_first_force_is_not_the_header(empty_workspace, tmp_path):
    path = write_csv(tmp_path / "knife.csv", [["North East", "2,345"], ["Cleveland", 900], ["Durham", 400],
                                              ["Northumbria", "1,045"], ["East", "4,281"], ["Bedfordshire", 610]],
                     header=["Police force area", "Knife or sharp instrument offences 2023/24"])
    report = empty_workspace.import_figures(path)
    assert sorted(report.areas) == ["Bedfordshire", "Cleveland", "Durham", "Northumbria"]
    assert values(empty_workspace, "Cleveland") == {("knife_offences", "2023/24"): 900}


def test_the_same_in_a_workbook_under_a_title(empty_workspace, tmp_path):
    path = write_xlsx(tmp_path / "pfa.xlsx", {"Table P2": [
        ["Table P2: Knife or sharp instrument offences, year ending March 2024"], [None],
        ["Police force area", "Knife or sharp instrument offences"],
        ["North East", "6,386"], ["Cleveland", "1,354"], ["Durham", 1223]]})
    empty_workspace.import_figures(path)
    assert values(empty_workspace, "Durham") == {("knife_offences", "2023/24"): 1223}


def test_a_negative_figure_typed_into_a_table_is_refused_and_nothing_is_stored(empty_workspace, tmp_path):
    path = write_csv(tmp_path / "figures.csv", [["Surrey", "homicides", "2024", "3"],
                                                ["Kent", "homicides", "2024", "-5"]],
                     header=["area", "measure", "period", "value"])
    with pytest.raises(FiguresError) as caught:
        empty_workspace.import_figures(path)
    assert [str(problem) for problem in caught.value.problems] == [
        "line 3: homicides for Kent, 2024 is negative (-5): a figure cannot be below zero"]
    assert empty_workspace.list_figures(area="Surrey") == []


def test_a_file_naming_hundreds_of_measures_is_refused_with_one_line(empty_workspace, tmp_path):
    path = write_csv(tmp_path / "wrong-column.csv", [["Surrey", f"m{i}", "2024", str(i)] for i in range(600)],
                     header=["area", "measure", "period", "value"])
    with pytest.raises(FiguresError) as caught:
        empty_workspace.import_figures(path)
    (problem,) = caught.value.problems
    assert str(problem).startswith("the file names 600 different measures (at most 500 are taken from one file)")
    assert empty_workspace.list_figures() == []


WEST_MIDLANDS_AND_EAST_MIDLANDS = [["Derbyshire", 9], ["Leicestershire", 11], ["Lincolnshire", 4],
                                   ["Northamptonshire", 6], ["Nottinghamshire", 12]]
WEST_MIDLANDS_FORCES = [["Staffordshire", 10], ["Warwickshire", 5], ["West Mercia", 21], ["West Midlands", 44]]


@pytest.mark.parametrize("subtotals", ["after", "before"])
def test_the_west_midlands_force_keeps_its_own_figure_beside_its_regions(empty_workspace, tmp_path, subtotals):
    """ONS tables without area codes name the West Midlands force and the
    West Midlands region alike; a region's row is after its forces in some
    tables (a subtotal) and before them in others (a heading)."""
    def region(name, forces):
        total = [name, sum(value for _, value in forces)]
        return [*forces, total] if subtotals == "after" else [total, *forces]

    rows = region("East Midlands", WEST_MIDLANDS_AND_EAST_MIDLANDS) + region("West Midlands", WEST_MIDLANDS_FORCES)
    path = write_xlsx(tmp_path / "regions.xlsx", {"Table P2": [
        ["Table P2: Homicides by police force area, year ending March 2022"],
        ["Area name", "Homicides"], *rows]})
    report = empty_workspace.import_figures(path)
    assert values(empty_workspace, "West Midlands") == {("homicides", "2021/22"): 44}
    assert values(empty_workspace, "Staffordshire") == {("homicides", "2021/22"): 10}
    assert len(report.areas) == 9
