"""A change in percentage points given before the level it led to, in a
sentence that names its measure by a word review does not take for one
("Satisfaction rose by 2.1 percentage points on the previous quarter, to
73.9% between April and June 2026"), is the change of that level's measure:
verified when the figures bear it out, an arithmetic error when not, where it
was an unverified-figure warning either way.

Gwent's figures and statement here are written for the project (the force
is real, its figures invented).
"""

from __future__ import annotations

import pytest

import drafter

FIGURES = """\
area,measure,period,value,unit
Gwent,victim_satisfaction,2025-Q2,74.1,percent
Gwent,victim_satisfaction,2026-Q1,71.8,percent
Gwent,victim_satisfaction,2026-Q2,73.9,percent
"""

STATEMENT = """\
Gwent Police and Crime Panel

September 2026

Title: National Policing Priorities statement

Introduction

This statement reports on the National Policing Priorities for April to June 2026.

Improve satisfaction among victims

Satisfaction rose by {points} percentage points on the previous quarter, to 73.9% between April and June 2026.
"""


def _reviewed(tmp_path, points: str):
    (tmp_path / "gwent.csv").write_text(FIGURES, encoding="utf-8")
    path = tmp_path / "gwent-2026-09.txt"
    path.write_text(STATEMENT.format(points=points), encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(tmp_path / "gwent.csv")
        return workspace.review(path, area="Gwent")


def test_points_before_their_level_are_verified(tmp_path):
    report = _reviewed(tmp_path, "2.1")
    statuses = {m.text: m.status for m in report.figures}
    assert statuses["2.1 percentage points"] == statuses["73.9%"] == "verified"
    assert [f for f in report.findings if f.kind in ("unverified-figure", "arithmetic")] == []


@pytest.mark.parametrize("points", ["2.7"])
def test_wrong_points_before_their_level_are_an_arithmetic_error(tmp_path, points):
    report = _reviewed(tmp_path, points)
    assert [f.message for f in report.findings if f.kind == "arithmetic"] == [
        f"{points} percentage points for victim satisfaction: the figures went from 71.8% in 2026-Q1 to 73.9% in "
        "2026-Q2 (+2.1 percentage points)"]
