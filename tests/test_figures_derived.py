"""Derived values (rates, changes, shares) computed from stored figures, with the
figures they came from."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import drafter.figures as figures
from drafter import drafts
from drafter.errors import MissingFigure
from drafter.fill.wording import one_decimal, percent

WEST_MIDLANDS = Path(__file__).resolve().parents[1] / "corpus" / "figures" / "west-midlands.csv"


@pytest.fixture
def west_midlands(empty_workspace):
    empty_workspace.import_figures(WEST_MIDLANDS)
    return empty_workspace


def figures_of(workspace):
    return figures.FigureSet.load(workspace)


def test_lookup_finds_one_figure_or_none(west_midlands):
    found = figures_of(west_midlands).get("homicides", "west midlands", "2022")
    assert found.to_dict() == {"measure": "homicides", "area": "West Midlands", "period": "2022",
                               "value": 45, "unit": None,
                               "source": "HMICFRS Digital Crime and Performance Pack"}
    assert figures_of(west_midlands).get("homicides", "West Midlands", "2020") is None
    with pytest.raises(MissingFigure, match="homicides for West Midlands in 2020"):
        figures_of(west_midlands).require("homicides", "West Midlands", "2020")


def test_rates_match_the_published_ones(west_midlands):
    homicide_rate = figures.rate(figures_of(west_midlands), "homicides", "West Midlands", "2022")
    assert one_decimal(homicide_rate.value) == "15.4"
    assert homicide_rate.per == 1_000_000
    assert [f.measure for f in homicide_rate.figures] == ["homicides", "population"]
    firearms = figures.rate(figures_of(west_midlands), "firearms_offences", "West Midlands", "2022", per=figures.PER_100K)
    knives = figures.rate(figures_of(west_midlands), "knife_offences", "West Midlands", "2022", per=figures.PER_100K)
    assert (one_decimal(firearms.value), one_decimal(knives.value)) == ("34.9", "169.3")


def test_changes_match_the_published_ones(west_midlands):
    total = figures.change(figures_of(west_midlands), "neighbourhood_crime", "West Midlands", "2022")
    assert (total.current.value, total.previous.value, total.absolute) == (65450, 55219, Decimal(10231))
    assert percent(total.percent) == "18.5%"
    assert total.direction == "increase"
    expected = {"residential_burglary": "8.7%", "robbery_personal": "7.7%",
                "theft_from_person": "39.6%", "vehicle_crime": "23.4%"}
    for measure, shown in expected.items():
        assert percent(figures.change(figures_of(west_midlands), measure, "West Midlands", "2022").percent) == shown
    same = figures.change(figures_of(west_midlands), "homicides", "West Midlands", "2022")
    assert (same.direction, same.percent) == ("same", Decimal(0))


def test_change_needs_both_years(west_midlands):
    with pytest.raises(MissingFigure) as caught:
        figures.change(figures_of(west_midlands), "knife_offences", "West Midlands", "2022")
    assert (caught.value.measure, caught.value.area, caught.value.period) == \
        ("knife_offences", "West Midlands", "2021")


def test_share_of_a_total(west_midlands):
    vehicle = figures.share(figures_of(west_midlands), "vehicle_crime", "neighbourhood_crime", "West Midlands", "2022")
    assert percent(vehicle.value) == "55.2%"
    assert [f.measure for f in vehicle.figures] == ["vehicle_crime", "neighbourhood_crime"]


def test_population_falls_back_to_the_latest_earlier_one(empty_workspace, tmp_path):
    path = tmp_path / "f.csv"
    path.write_text("area,measure,period,value\nT,population,2021,1000000\nT,population,2023,2000000\n"
                    "T,homicides,2022,10\nT,homicides,2022-Q3,3\nT,homicides,2023/24,30\n"
                    "T,homicides,2020,5\n")
    empty_workspace.import_figures(path)
    assert figures.rate(figures_of(empty_workspace), "homicides", "T", "2022").figures[1].period == "2021"
    assert figures.rate(figures_of(empty_workspace), "homicides", "T", "2022-Q3").value == Decimal(3)
    assert figures.rate(figures_of(empty_workspace), "homicides", "T", "2023/24").figures[1].period == "2023"
    with pytest.raises(MissingFigure) as caught:
        figures.rate(figures_of(empty_workspace), "homicides", "T", "2020")
    assert caught.value.measure == "population"


def test_percentages_change_in_points(empty_workspace, tmp_path):
    path = tmp_path / "f.csv"
    path.write_text("area,measure,period,value\nT,satisfaction,2022,72.4%\nT,satisfaction,2021,70.1%\n")
    empty_workspace.import_figures(path)
    change = figures.change(figures_of(empty_workspace), "satisfaction", "T", "2022")
    assert change.in_points and one_decimal(change.points) == "2.3"


def test_pure_helpers():
    assert one_decimal(figures.rate_of(45, 2_920_000)) == "15.4"
    assert figures.rate_of(1, 1000, per=100_000) == Decimal(100)
    assert figures.share_of(1, 4) == Decimal(25)
    assert figures.per_phrase(1_000_000) == "per million"
    assert figures.per_phrase(100_000) == "per 100,000"
    with pytest.raises(ValueError):
        figures.rate_of(1, 0)
    with pytest.raises(ValueError):
        figures.share_of(1, 0)


@pytest.mark.parametrize("text,number,unit", [
    ("65,450", Decimal(65450), None), ("18.5%", Decimal("18.5"), "percent"),
    ("£400,000", Decimal(400000), "GBP"), ("£2m", Decimal(2000000), "GBP"),
    ("£1.5 million", Decimal(1500000), "GBP"), ("£2 million", Decimal(2000000), "GBP"),
    ("-3", Decimal(-3), None), (" 7 ", Decimal(7), None), ("£3bn", Decimal(3_000_000_000), "GBP"),
])
def test_values_as_spreadsheets_write_them(text, number, unit):
    assert figures.parse_value(text) == (number, unit)


@pytest.mark.parametrize("text", ["n/a", "forty", "", "6,5", "1,0000", "12%%", "£5%", "1e6", "--3"])
def test_values_that_are_not_numbers(text):
    with pytest.raises(ValueError):
        figures.parse_value(text)


def test_one_population_rule_for_a_quarter_between_two_estimates(empty_workspace, tmp_path):
    """Homicides for 2022-Q1 with populations for 2021 and 2022/23: the 2022/23
    estimate starts in April, after the quarter starts, so the 2021 one serves."""
    path = tmp_path / "f.csv"
    path.write_text("area,measure,period,value\nT,population,2021,100000\nT,population,2022/23,200000\n"
                    "T,homicides,2022-Q1,3\n")
    empty_workspace.import_figures(path)
    quarter = figures.rate(figures_of(empty_workspace), "homicides", "T", "2022-Q1")
    assert quarter.figures[1].period == "2021" and quarter.value == Decimal(30)
    filled = empty_workspace.render_template("homicide/count_and_rate", "2022-Q1", "T")
    assert "30.0 per million" in filled.text
    draft = empty_workspace.new_draft(area="T", period="2022-Q1", date="2022-06")
    drafts.append_paragraph(draft, "homicide", filled.text)
    empty_workspace.save_draft(draft)
    checked = {figure["text"]: figure["status"] for figure in empty_workspace.review(draft.id).to_dict()["figures"]}
    assert checked.get("30.0") == "verified", checked


def test_totals_shares_of_totals_and_differences(empty_workspace, tmp_path):
    path = tmp_path / "f.csv"
    path.write_text("area,measure,period,value,unit\nT,fraud_reports,2025,9189,\n"
                    "T,cyber_crime_reports,2025,2059,\nT,victim_satisfaction,2025,73.1,percent\n"
                    "T,domestic_abuse_satisfaction,2025,80.6,percent\n")
    empty_workspace.import_figures(path)
    held = figures_of(empty_workspace)
    together = figures.total(held, ["fraud_reports", "cyber_crime_reports"], "T", "2025")
    assert together.value == Decimal(11248)
    cyber = figures.share(held, "cyber_crime_reports", ["fraud_reports", "cyber_crime_reports"], "T", "2025")
    assert percent(cyber.value) == "18.3%"
    gap = figures.difference(held, "domestic_abuse_satisfaction", "victim_satisfaction", "T", "2025")
    assert one_decimal(gap.value) == "7.5" and "percentage points" in gap.derivation


def test_a_year_not_stored_is_the_sum_of_its_four_quarters(empty_workspace, tmp_path):
    path = tmp_path / "f.csv"
    path.write_text("area,measure,period,value,unit,source\n"
                    + "".join(f"T,homicides,{q},{n},,Force data\n"
                              for q, n in (("2025-Q2", 2), ("2025-Q3", 3), ("2025-Q4", 1), ("2026-Q1", 4)))
                    + "".join(f"T,victim_satisfaction,{q},70,percent,Survey\n"
                              for q in ("2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1")))
    empty_workspace.import_figures(path)
    held = figures_of(empty_workspace)
    year = held.get("homicides", "T", "2025/26")
    assert year.value == 10 and year.source == "sum of 2025-Q2 to 2026-Q1 (Force data)"
    assert held.get("homicides", "T", "YE2026-03") == year
    assert held.get("homicides", "T", "2025") is None  # 2025-Q1 is not stored
    assert held.get("victim_satisfaction", "T", "2025/26") is None  # a percentage never adds up
    assert "homicides" in held.measures_in("T", "2025/26")


def test_a_published_rate_has_no_rate_of_its_own(empty_workspace, tmp_path):
    path = tmp_path / "published.csv"
    path.write_text("area,measure,period,value,unit\n"
                    "Kent,population,2022,1900000,persons\n"
                    "Kent,knife_offences,2022,1406,count\n"
                    "Kent,knife_offences_per_100k,2022,74.0,\"per 100,000 population\"\n")
    empty_workspace.import_figures(path)
    found = figures.derivable(figures_of(empty_workspace), "Kent", "2022").values
    assert [(value.kind, value.measure) for value in found if value.measure == "knife_offences_per_100k"] == [
        ("figure", "knife_offences_per_100k")]
    assert len([value for value in found if value.kind == "rate" and value.measure == "knife_offences"]) == 3
