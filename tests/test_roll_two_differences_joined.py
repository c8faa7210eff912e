"""Copy forward works out again both differences a count is given with when
"and" joins them ("91 offences …, 4 fewer than the previous quarter and 7
fewer than the same quarter last year"): the second was left as written and
named as "said of no figure that moved", and review of the draft called it
wrong.

Gwent's figures and statement here are written for the project (the force
is real, its figures invented).
"""

from __future__ import annotations

import drafter

FIGURES = """\
area,measure,period,value
Gwent,knife_offences,2025-Q1,98
Gwent,knife_offences,2025-Q2,112
Gwent,knife_offences,2025-Q4,95
Gwent,knife_offences,2026-Q1,91
Gwent,knife_offences,2026-Q2,101
"""

STATEMENT = """\
Gwent Police and Crime Panel

June 2026

Title: National Policing Priorities – Quarterly Statement

Reduce serious violence

Knife crime fell to 91 offences between January and March 2026, 4 fewer than the previous quarter and 7 fewer \
than the same quarter last year.
"""


def test_both_differences_joined_by_and_are_worked_out_again(tmp_path):
    (tmp_path / "gwent.csv").write_text(FIGURES, encoding="utf-8")
    path = tmp_path / "gwent-2026-06.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(tmp_path / "gwent.csv")
        workspace.add_statements([path], force="Gwent")
        draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id)
        workspace.save_draft(draft)
        report = workspace.review(draft.id)
    [paragraph] = draft.section("serious-violence").paragraphs
    assert paragraph.text == ("Knife crime rose to 101 offences between April and June 2026, 10 more than the previous "
                              "quarter and 11 fewer than the same quarter last year.")
    assert paragraph.origin.not_rolled == []
    assert [f.message for f in report.findings if f.kind in ("arithmetic", "wrong-figure", "not-rolled")] == []
