"""Readings of this stop held to their limits: two digits after abbreviated
months are a year only within the statements' era ("Jul-Sep 38 homicides" is a
count); a "so far in 2026" total is checked whatever capitalised words its
sentence holds ("the Decision Log"); "across" two quarters alone gives each
quarter's count, not a total; a bound holds strictly ("more than 156" is not 156)
and within a factor of two ("more than 354" of 3,547 is a digit dropped).

Figures are written for the project (the forces are real, their figures invented).
"""

from __future__ import annotations

import pytest

import drafter
from drafter.claims.numbers import extract_numbers
from drafter.figures.half_year_names import quarters_together
from drafter.figures.period_text import find_periods


@pytest.mark.parametrize("text", ["In Jul-Sep 38 homicides were recorded.", "and in Jul-Sep 12 arrests were made"])
def test_two_digits_outside_the_statements_era_are_a_count(text):
    assert find_periods(text) == []


def test_across_two_quarters_alone_is_each_quarter_s():
    assert quarters_together("Across Q2 2026 and Q3 2026, homicides fell from 1 to 0.") == []
    assert quarters_together("In total across Q2 2026 and Q3 2026 there were 9 homicides.") != []


@pytest.mark.parametrize("text, value, holds", [
    ("more than 156", 156, False), ("at least 156", 156, True), ("more than 140", 156, True),
    ("more than 354", 3547, False), ("fewer than 3,000", 2100, True), ("fewer than 3,000", 1200, False),
    ("under 3,000", 3000, False), ("up to 3,000", 3000, True),
])
def test_a_bound_holds_strictly_and_within_a_factor_of_two(text, value, holds):
    [number] = [n for n in extract_numbers(f"There were {text} offences.") if n.bound]
    assert number.on_its_bounds_side(value) is holds


FIGURES = ("area,measure,period,value\nDyfed-Powys,homicides,2026-Q1,2\nDyfed-Powys,homicides,2026-Q2,1\n"
           "Dyfed-Powys,homicides,2026-Q3,0\n")
STATEMENT = """Dyfed-Powys Police and Crime Commissioner

12 November 2026

Introduction

This statement on the national policing priorities covers July to September 2026.

Reduce murder and other homicide

{sentence}

Reduce serious violence

Work with partners continues.

Reduce neighbourhood crime

Patrols continue in every town.

Improve victim satisfaction

A survey is under way.
"""


@pytest.mark.parametrize("sentence", [
    "There have been 9 homicides so far in 2026, according to the Decision Log.",
    "Separately, there have been 9 homicides so far in 2026.",
])
def test_a_wrong_calendar_total_is_found_whatever_words_stand_beside_it(tmp_path, sentence):
    (tmp_path / "figures.csv").write_text(FIGURES, encoding="utf-8")
    (tmp_path / "statement.txt").write_text(STATEMENT.format(sentence=sentence), encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(tmp_path / "figures.csv")
        report = workspace.review(tmp_path / "statement.txt", area="Dyfed-Powys").to_dict()
    [finding] = [f for f in report["findings"] if f["kind"] == "wrong-figure"]
    assert "the figures give 3" in finding["message"]
