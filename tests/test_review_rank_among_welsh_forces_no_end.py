"""A place among the Welsh forces that names no end ("2nd of the four Welsh
forces", "4th in Wales") is a rank claim, checked from either end as "13th
out of 43 forces" is; it passed unread.

The figures are the made-up national fixture of all 43 forces
(tests/fixtures/national/forces-rolling-years.csv): Gwent's 1,338 knife
offences in the year ending June 2024 are the 3rd highest count of the four
Welsh forces, the 2nd lowest.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import drafter

FIGURES = Path(__file__).parent / "fixtures" / "national" / "forces-rolling-years.csv"

STATEMENT = """\
Gwent Police and Crime Commissioner
Statement on the National Policing Priorities
September 2024

Introduction

This statement gives the figures for the year ending June 2024, the latest the Home Office has published.

Reduce serious violence

In the year ending June 2024, Gwent Police recorded 1,338 knife offences, {place}.
"""


def _review(tmp_path, place: str):
    path = tmp_path / "gwent-2024-09.txt"
    path.write_text(STATEMENT.format(place=place), encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(FIGURES)
        return workspace.review(path)


@pytest.mark.parametrize("place, status", [("2nd of the four Welsh forces", "verified"), ("2nd in Wales", "verified"),
                                           ("4th of the 4 Welsh forces", "wrong"), ("4th in Wales", "wrong")])
def test_a_place_among_the_welsh_forces_is_checked(tmp_path, place, status):
    report = _review(tmp_path, place)
    [claim] = report.ranks
    assert (claim.text, claim.status, claim.region) == (place.split()[0], status, "Wales")
