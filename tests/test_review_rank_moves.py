"""Review holds the move a rank is given with ("13th of the 43 forces, up 2
places from 15th in the year ending September 2023") to the figures: the
earlier place to that period's rank, and the move to the two places. A wrong
one is a wrong-rank error naming where the force stood; it passed unread.

The figures are the made-up national fixture of all 43 forces
(tests/fixtures/national/forces-rolling-years.csv): Gwent's knife offences
are the 15th highest count in the year ending September 2023 and the 13th in
the year ending June 2024.
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

In the year ending June 2024, Gwent Police recorded 1,338 knife offences. Gwent was 13th of the 43 forces, {move} \
in the year ending September 2023.
"""


def _reviewed(tmp_path, move: str):
    statement = tmp_path / "gwent-2024-09.txt"
    statement.write_text(STATEMENT.format(move=move), encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(FIGURES)
        return workspace.review(statement)


def test_a_right_move_passes(tmp_path):
    report = _reviewed(tmp_path, "up 2 places from 15th")
    assert [f.message for f in report.findings if f.kind == "wrong-rank"] == []


@pytest.mark.parametrize("move, said", [("up 3 places from 16th", "'up 3 places from 16th'"),
                                        ("down 2 places from 15th", "'down 2 places from 15th'")])
def test_a_wrong_earlier_place_or_move_is_wrong(tmp_path, move, said):
    report = _reviewed(tmp_path, move)
    assert [f.message for f in report.findings if f.kind == "wrong-rank"] == [
        f"{said}: Gwent was the 15th highest of 43 forces for knife_offences in YE2023-09, so 13th is up 2 places "
        "from there"]
    assert [claim.status for claim in report.ranks if claim.text == move] == ["wrong"]
