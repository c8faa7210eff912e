"""Copy forward says again the move a rank is given with ("13th of the 43
forces, down 2 places from 11th in the year ending June 2023"): the earlier
period moves as the rank's own does, the place there is worked out again,
and the move is turned round ("up 5 places from 15th in the year ending
September 2023") when the figures say so. It was kept as written beside the
new place, unlisted ("10th …, down 2 places from 11th"). A move naming no
period ("up 3 places to 13th") is named for the writer.

The figures are the made-up national fixture of all 43 forces
(tests/fixtures/national/forces-rolling-years.csv): Gwent's knife offences
are the 15th highest count in the year ending September 2023 and the 10th
in the year ending September 2024.
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

In the year ending June 2024, Gwent Police recorded 1,338 knife offences. {ranked}
"""


def _rolled(tmp_path, ranked: str):
    statement = tmp_path / "gwent-2024-09.txt"
    statement.write_text(STATEMENT.format(ranked=ranked), encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(FIGURES)
        workspace.add_statements([statement])
        draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id)
    [paragraph] = draft.section("serious-violence").paragraphs
    return paragraph


@pytest.mark.parametrize("written, said_again", [
    ("Gwent was 13th of the 43 forces, down 2 places from 11th in the year ending June 2023.",
     "Gwent was 10th of the 43 forces, up 5 places from 15th in the year ending September 2023."),
    ("Gwent was 13th of the 43 forces, rising two places from 15th in the year ending June 2023.",
     "Gwent was 10th of the 43 forces, rising five places from 15th in the year ending September 2023."),
])
def test_a_move_from_a_dated_place_is_worked_out_again(tmp_path, written, said_again):
    paragraph = _rolled(tmp_path, written)
    assert paragraph.text.endswith(said_again)
    assert paragraph.origin.not_rolled == []


def test_a_move_to_the_place_from_no_dated_one_is_named_for_the_writer(tmp_path):
    paragraph = _rolled(tmp_path, "Gwent moved up 3 places to 13th of the 43 forces.")
    assert paragraph.text.endswith("Gwent moved up 3 places to 10th of the 43 forces.")
    assert [item["text"] for item in paragraph.origin.not_rolled] == ["up 3 places to"]


def test_the_move_said_again_is_in_the_roll_record(tmp_path):
    paragraph = _rolled(tmp_path, "Gwent was 13th of the 43 forces, down 2 places from 11th in the year ending June "
                                  "2023.")
    [moved] = [item for item in paragraph.origin.rolled if item["old"] == "down 2 places from 11th"]
    assert (moved["new"], moved["from_period"], moved["to_period"]) == ("up 5 places from 15th", "YE2023-06",
                                                                       "YE2023-09")
    assert moved["source"].startswith("knife_offences, YE2023-09: Gwent 1,264 is the 15th highest of 43 forces")
