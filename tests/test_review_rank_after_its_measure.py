"""A place among the 43 forces given in a sentence of its own after the one
naming its measure ("Gwent Police recorded 1,338 knife offences. Gwent was
13th of the 43 forces, …") is a rank claim about that measure: review checks
it, and copy forward says it again for the new period, where the sentence
was passed over unread and the old place was carried into the new quarter.
A period named after the place it moved from ("up 3 places from 16th in the
year ending June 2023") is that earlier place's, not the claim's.

The figures are the made-up national fixture of all 43 forces
(tests/fixtures/national/forces-rolling-years.csv).
"""

from __future__ import annotations

from pathlib import Path

import drafter

FIGURES = Path(__file__).parent / "fixtures" / "national" / "forces-rolling-years.csv"

STATEMENT = """\
Gwent Police and Crime Commissioner
Statement on the National Policing Priorities
September 2024

Introduction

This statement gives the figures for the year ending June 2024, the latest the Home Office has published.

Reduce serious violence

In the year ending June 2024, Gwent Police recorded 1,338 knife offences. Gwent was {place} of the 43 forces, \
up 3 places from 16th in the year ending June 2023.
"""


def _workspace(tmp_path, place: str):
    statement = tmp_path / "gwent-2024-09.txt"
    statement.write_text(STATEMENT.format(place=place), encoding="utf-8")
    workspace = drafter.open_workspace(tmp_path / "ws", seed=False)
    workspace.import_figures(FIGURES)
    return workspace, statement


def test_a_right_place_in_its_own_sentence_is_verified(tmp_path):
    workspace, statement = _workspace(tmp_path, "13th")
    with workspace:
        report = workspace.review(statement)
    [claim] = [claim for claim in report.ranks if claim.text == "13th"]
    assert claim.status == "verified"
    assert claim.measure == "knife_offences"
    assert str(claim.period) == "YE2024-06"


def test_a_wrong_place_in_its_own_sentence_is_wrong(tmp_path):
    workspace, statement = _workspace(tmp_path, "9th")
    with workspace:
        report = workspace.review(statement)
    [wrong] = [f for f in report.findings if f.kind == "wrong-rank"]
    assert wrong.message.startswith("'9th': Gwent is the 13th highest of 43 forces for knife_offences")


def test_copy_forward_says_the_place_again_for_the_new_period(tmp_path):
    workspace, statement = _workspace(tmp_path, "13th")
    with workspace:
        workspace.add_statements([statement])
        draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id)
    [paragraph] = draft.section("serious-violence").paragraphs
    assert paragraph.text.startswith("In the year ending September 2024, Gwent Police recorded 1,411 knife offences. "
                                     "Gwent was 10th of the 43 forces")
