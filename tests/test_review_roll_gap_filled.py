"""A figure copy forward found missing (a suppressed cell), filled in by a
later release: review's not-rolled warning says it is stored now, where it
went on saying no such figure was stored."""

from __future__ import annotations

import drafter

STATEMENT = """\
Derbyshire Police and Crime Panel

September 2026

Title: National Policing Priorities statement, April to June 2026

Introduction

1. This statement covers April to June 2026.

Reduce serious violence

2. Between April and June 2026 there were 165 knife offences in Derbyshire. Firearms offences numbered 13 \
in the quarter.
"""

FIRST = """\
area,measure,period,value
Derbyshire,knife_offences,2026-Q2,165
Derbyshire,knife_offences,2026-Q3,172
Derbyshire,firearms_offences,2026-Q2,13
"""


def test_a_missing_figure_filled_in_later_is_named_as_stored(tmp_path):
    (tmp_path / "release-1.csv").write_text(FIRST, encoding="utf-8")
    (tmp_path / "release-2.csv").write_text("area,measure,period,value\nDerbyshire,firearms_offences,2026-Q3,11\n",
                                            encoding="utf-8")
    path = tmp_path / "derbyshire-2026-09.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(tmp_path / "release-1.csv")
        workspace.add_statements([path], force="Derbyshire")
        draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id)
        before = [f.message for f in workspace.review(draft.id).findings if f.kind == "not-rolled"]
        workspace.import_figures(tmp_path / "release-2.csv")
        after = [f.message for f in workspace.review(draft.id).findings if f.kind == "not-rolled"]
    assert draft.period == "2026-Q3"
    assert before and not any("stored since the roll" in m for m in before)
    assert len(after) == len(before)
    assert all(m.endswith("; stored since the roll: firearms_offences for Derbyshire 2026-Q3 = 11: give the "
                          "paragraph's figures for it") for m in after)
