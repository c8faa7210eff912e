"""A percentage change on the previous quarter whose sentence quotes no level
("Residential burglary fell by 1.3% on the previous quarter") is the change of
the statement's own quarter, as review reads it, and moves with it; it was
kept as written with "no stored figure matches it". Two changes sharing one
verb ("fell by 4.1% on the same quarter last year and by 1.3% on the previous
quarter") both move; the verb turns when both changes turned, and is named
for the writer when they now go different ways, never turned for one against
the other.

Derbyshire's figures and statements here are written for the project (the
force is real, its figures invented).
"""

from __future__ import annotations

import pytest

import drafter

FIGURES = """\
area,measure,period,value
Derbyshire,residential_burglary,2024-Q2,700
Derbyshire,residential_burglary,2024-Q3,720
Derbyshire,residential_burglary,2025-Q1,680
Derbyshire,residential_burglary,2025-Q2,671
Derbyshire,residential_burglary,2025-Q3,{july_to_september}
Derbyshire,homicides,2025-Q2,4
Derbyshire,homicides,2025-Q3,3
"""


def _copied_forward(tmp_path, sentence: str, july_to_september: int = 690):
    (tmp_path / "figures.csv").write_text(FIGURES.format(july_to_september=july_to_september), encoding="utf-8")
    path = tmp_path / "derbyshire-2025-07.txt"
    path.write_text("Derbyshire Police and Crime Panel\n\nJuly 2025\n\nIntroduction\n\n"
                    "1. This statement covers April to June 2025.\n\nReduce murder and other homicide\n\n"
                    "2. There were 4 homicides in April to June 2025.\n\nReduce neighbourhood crime\n\n"
                    f"3. {sentence}\n", encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(tmp_path / "figures.csv")
        workspace.add_statements([path], force="Derbyshire")
        draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id, period="2025-Q3")
        workspace.save_draft(draft)
        errors = [f.message for f in workspace.review(draft.id).findings
                  if f.kind in ("arithmetic", "direction", "wrong-figure")]
    [paragraph] = draft.section("neighbourhood-crime").paragraphs
    return paragraph.text, [left["reason"] for left in paragraph.origin.not_rolled], errors


def test_a_change_on_the_previous_quarter_quoting_no_level_moves_and_turns(tmp_path):
    text, left, errors = _copied_forward(tmp_path, "Residential burglary fell by 1.3% on the previous quarter.")
    assert text == "Residential burglary rose by 2.8% on the previous quarter."
    assert (left, errors) == ([], [])


def test_two_changes_sharing_a_verb_both_move_and_the_verb_stays_when_both_still_fell(tmp_path):
    text, left, errors = _copied_forward(tmp_path, "Residential burglary fell by 4.1% on the same quarter last "
                                                   "year and by 1.3% on the previous quarter.", 660)
    assert text == ("Residential burglary fell by 8.3% on the same quarter last year and by 1.6% on the "
                    "previous quarter.")
    assert (left, errors) == ([], [])


def test_a_shared_verb_is_never_turned_for_one_change_against_the_other(tmp_path):
    text, left, errors = _copied_forward(tmp_path, "Residential burglary fell by 4.1% on the same quarter last "
                                                   "year and by 1.3% on the previous quarter.")
    assert text == ("Residential burglary fell by 4.2% on the same quarter last year and by 2.8% on the "
                    "previous quarter.")
    assert left == ["'fell' is said of two changes, which went different ways in 2025-Q3: reword"]
    # Review names the one the writer is asked to reword, and only that one.
    assert len(errors) == 1 and "+2.8%" in errors[0]
