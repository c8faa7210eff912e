"""A change in percentage points written in Welsh ("i lawr 0.6 pwynt canran",
"2.1 o bwyntiau canran") is a change in points, as "0.6 percentage points"
beside it in English is: the Welsh figure is verified as its English twin,
where it was read as a bare number and left an unverified-figure warning,
and a Welsh change of points unlike the verified English one is wrong.

Gwent's figures and statement here are written for the project (the force
is real, its figures invented).
"""

from __future__ import annotations

import pytest

import drafter
from drafter.claims.numbers import extract_numbers

FIGURES = """\
area,measure,period,value,unit
Gwent,victim_satisfaction,2025-Q4,72.4,percent
Gwent,victim_satisfaction,2026-Q1,71.8,percent
"""

STATEMENT = """\
# Gwent quarterly statement, January to March 2026

Published May 2026

This statement covers January to March 2026 and reports on the National Policing Priorities.

## Improve satisfaction among victims / Gwella boddhad ymhlith dioddefwyr

71.8% of victims were satisfied with the service they received between January and March 2026, down 0.6 \
percentage points on the previous quarter.

Roedd 71.8% o ddioddefwyr yn fodlon â'r gwasanaeth a gawsant rhwng Ionawr a Mawrth 2026, i lawr {welsh} \
ar y chwarter blaenorol.
"""


def reviewed(tmp_path, welsh: str):
    (tmp_path / "gwent.csv").write_text(FIGURES, encoding="utf-8")
    statement = tmp_path / "gwent-2026-q1.md"
    statement.write_text(STATEMENT.format(welsh=welsh), encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(tmp_path / "gwent.csv")
        return workspace.review(statement, area="Gwent", period="2026-Q1")


@pytest.mark.parametrize("written", ["0.6 pwynt canran", "0.6 o bwyntiau canran", "2.1 phwynt canran",
                                     "3 pwyntiau canran"])
def test_welsh_percentage_points_are_points(written):
    [mention] = extract_numbers(f"i lawr {written} ar y chwarter blaenorol")
    assert mention.kind == "points"
    assert mention.text == written


def test_a_welsh_change_in_points_is_verified_as_its_english_twin(tmp_path):
    report = reviewed(tmp_path, "0.6 pwynt canran")
    welsh = {m.text: m.status for m in report.figures if m.paragraph.text.startswith("Roedd")}
    assert welsh["71.8%"] == welsh["0.6 pwynt canran"] == "verified"
    assert not [f for f in report.findings if f.kind in ("unverified-figure", "wrong-figure")]


def test_a_welsh_change_in_points_unlike_its_english_twin_is_wrong(tmp_path):
    report = reviewed(tmp_path, "0.9 pwynt canran")
    [wrong] = [f for f in report.findings if f.kind == "wrong-figure"]
    assert wrong.message.startswith("0.9 pwynt canran: its English paragraph gives 0.6 percentage points")
