"""Sentences an office's own templates write about the nation, Wales and a
measure of its own, reviewed as review reads a statement: "the four Welsh
forces together recorded …" is the figure for Wales, never the force's own
called wrong; "Across England and Wales, the rate of knife crime was …" is the
nation's rate, checked; and "reduction" in the name of a measure ("serious
violence reduction orders") says nothing about which way it moved.

The force (Gwent's neighbour, Avon and Somerset) and every figure are made up.
"""

from __future__ import annotations

from decimal import Decimal

import all_forces
import pytest

import drafter
from drafter.forces import FORCES

FORCE = "Avon and Somerset"
PERIODS = ("2024/25", "2025/26")
HEADER = f"""{FORCE} Police and Crime Panel

June 2026

Title: National Policing Priorities – {FORCE}

This report covers the financial year 2025/26.

Reduce serious violence

"""


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    root = tmp_path_factory.mktemp("whole")
    figures = all_forces.write(root / "all.csv", PERIODS, measures=("population", "knife_offences"))
    own = root / "own.csv"
    own.write_text(f"area,measure,period,value\n{FORCE},serious_violence_reduction_orders,2024/25,9\n"
                   f"{FORCE},serious_violence_reduction_orders,2025/26,14\n", encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as workspace:
        workspace.import_figures(figures)
        workspace.import_figures(own)
        yield workspace, root


def _review(office, name: str, *paragraphs: str):
    workspace, root = office
    path = root / name
    path.write_text(HEADER + "\n\n".join(f"{n}. {text}" for n, text in enumerate(paragraphs, 1)) + "\n",
                    encoding="utf-8")
    report = workspace.review(path, area=FORCE)
    return report, {(f.paragraph, f.kind) for f in report.findings}


def _statuses(report):
    return {(n.paragraph.number, n.text): n.status for n in report.figures}


def _wales(period: str) -> tuple[int, Decimal]:
    rows = all_forces.rows((period,), measures=("population", "knife_offences"))
    welsh = {force.name for force in FORCES if force.region == "Wales"}
    count = sum(value for area, measure, _, value, *_ in rows if area in welsh and measure == "knife_offences")
    people = sum(value for area, measure, _, value, *_ in rows if area in welsh and measure == "population")
    return count, (Decimal(count) * 100_000 / people).quantize(Decimal("0.1"))


def _nation(period: str) -> Decimal:
    rows = all_forces.rows((period,), measures=("population", "knife_offences"))
    count = sum(value for _, measure, _, value, *_ in rows if measure == "knife_offences")
    people = sum(value for _, measure, _, value, *_ in rows if measure == "population")
    return (Decimal(count) * 100_000 / people).quantize(Decimal("0.1"))


def test_the_welsh_forces_together_are_wales_not_the_force(office):
    count, rate = _wales("2025/26")
    report, found = _review(office, "wales.txt",
                            f"For comparison, the four Welsh forces together recorded {count:,} knife crime "
                            f"offences in 2025/26, a rate of {rate} per 100,000 population.",
                            f"The Welsh forces recorded {count + 40:,} knife crime offences in 2025/26.")
    assert not {kind for paragraph, kind in found if paragraph == 1} & {"wrong-figure", "arithmetic"}, found
    statuses = _statuses(report)
    assert statuses[(1, f"{count:,}")] == "verified"
    assert statuses[(1, str(rate))] == "verified"
    assert statuses[(2, f"{count + 40:,}")] == "wrong"


def test_the_rate_of_a_measure_across_england_and_wales_is_the_nations(office):
    rate = _nation("2025/26")
    report, found = _review(office, "nation.txt",
                            f"Across England and Wales, the rate of knife crime was {rate} offences per 100,000 "
                            "people in 2025/26.",
                            f"Across England and Wales, the rate of knife crime was {rate + 6} offences per "
                            "100,000 people in 2025/26.")
    statuses = _statuses(report)
    assert statuses[(1, str(rate))] == "verified"
    assert statuses[(2, str(rate + 6))] == "wrong"


def test_reduction_in_a_measures_name_says_no_direction(office):
    report, found = _review(office, "orders.txt",
                            "Officers obtained 14 serious violence reduction orders in 2025/26.",
                            "The Violence Reduction Unit and the crime reduction partnership funded 14 "
                            "serious violence reduction orders in 2025/26.")
    assert not {kind for _, kind in found if kind == "direction"}, report.findings
    assert _statuses(report)[(1, "14")] == "verified"
    # A change said in so many words is still held to the figures.
    report, found = _review(office, "fell.txt",
                            "Serious violence reduction orders fell to 14 in 2025/26.")
    assert (1, "direction") in found


def _force_rate(period: str) -> Decimal:
    rows = all_forces.rows((period,), measures=("population", "knife_offences"))
    own = {measure: value for area, measure, _, value, *_ in rows if area == FORCE}
    return (Decimal(own["knife_offences"]) * 100_000 / own["population"]).quantize(Decimal("0.1"))


@pytest.mark.parametrize("template", [
    "The England and Wales knife crime rate in 2025/26 was {nation} per 100,000, against {own} in {force}.",
    "Nationally, {count:,} knife crime offences were recorded in 2025/26, a rate of {nation} per 100,000 population.",
    "Knife crime across England and Wales stood at {nation} per 100,000 people in 2025/26.",
    "Knife crime across the four Welsh forces stood at {wales} per 100,000 people in 2025/26.",
])
def test_the_whole_a_sentence_names_before_its_rate_is_the_rates(office, template):
    """Each rate is the nation's or Wales's, never the force's own worked out
    wrong; a rate put a little out is wrong."""
    rows = all_forces.rows(("2025/26",), measures=("knife_offences",))
    count = sum(value for *_, value, _unit, _source in rows)
    nation, wales, own = _nation("2025/26"), _wales("2025/26")[1], _force_rate("2025/26")
    right = template.format(nation=nation, wales=wales, own=own, count=count, force=FORCE)
    report, found = _review(office, "right.txt", right)
    assert not {kind for _, kind in found} & {"arithmetic", "wrong-figure", "unverified-figure"}, report.findings
    said = wales if "Welsh" in template else nation
    wrong = template.format(nation=nation + 3, wales=wales + 3, own=own, count=count, force=FORCE)
    report, _ = _review(office, "wrong.txt", wrong)
    assert _statuses(report)[(1, str(said + 3))] == "wrong"
