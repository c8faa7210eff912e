"""A change in percentage points written in Welsh ("cynnydd o 2.7 pwynt
canran") is a change in points, as "2.7 percentage points" is in English:
its English twin's verdict is its own, and one mistyped is wrong."""

from __future__ import annotations

import pytest

import drafter

FIGURES = """\
area,measure,period,value,unit
North Wales,victim_satisfaction,2025-Q3,74.1,percent
North Wales,victim_satisfaction,2026-Q3,76.8,percent
"""
STATEMENT = """\
North Wales Police and Crime Panel
December 2026
Title: Statement on the National Policing Priorities, July to September 2026

Improve victim satisfaction / Gwella boddhad dioddefwyr

Victim satisfaction rose to 76.8% in July to September 2026, up 2.7 percentage points on a year earlier.

Cododd boddhad dioddefwyr i 76.8% rhwng Gorffennaf a Medi 2026, cynnydd o {points} ar flwyddyn yn gynharach.
"""


def _review(tmp_path, points: str):
    (tmp_path / "north-wales.csv").write_text(FIGURES, encoding="utf-8")
    statement = tmp_path / "north-wales-2026-12.txt"
    statement.write_text(STATEMENT.format(points=points), encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as opened:
        opened.import_figures(tmp_path / "north-wales.csv")
        return opened.review(statement)


@pytest.mark.parametrize("points", ["2.7 pwynt canran", "2.7 o bwyntiau canran"])
def test_welsh_percentage_points_are_verified_as_the_english_twin(tmp_path, points):
    report = _review(tmp_path, points)
    (welsh,) = [m for m in report.figures if m.paragraph.text.startswith("Cododd") and m.text.startswith("2.7")]
    assert (welsh.kind, welsh.status) == ("points", "verified")
    assert not [f for f in report.findings if f.kind.endswith("figure")]


def test_mistyped_welsh_percentage_points_are_wrong(tmp_path):
    report = _review(tmp_path, "7.2 pwynt canran")
    (wrong,) = [f for f in report.findings if f.kind == "wrong-figure"]
    assert wrong.message.startswith("7.2 pwynt canran: its English paragraph gives 2.7 percentage points")
