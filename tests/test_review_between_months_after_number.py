"""A count followed by its period written "between July and September 2025"
is that quarter's, as one followed by "in July to September 2025" is: held to
that quarter's figure (wrong when it differs), where it was matched to any
quarter's equal figure, even one after the statement's own ("101 knife
offences between July and September 2025" verified as April to June 2026's
101), and copy forward then held the paragraph back for want of the quarter
after that one.

Gwent's figures and statement here are written for the project (the force
is real, its figures invented).
"""

from __future__ import annotations

import drafter

FIGURES = """\
area,measure,period,value
Gwent,knife_offences,2025-Q3,104
Gwent,knife_offences,2025-Q4,95
Gwent,knife_offences,2026-Q1,91
Gwent,knife_offences,2026-Q2,101
"""

STATEMENT = """\
Gwent Police and Crime Panel

March 2026

Title: National Policing Priorities statement

Introduction

This statement reports on the National Policing Priorities for October to December 2025.

Reduce serious violence

Knife crime fell to 95 offences between October and December 2025, from {earlier} between July and September 2025.
"""


def _workspace(tmp_path, earlier: int):
    (tmp_path / "gwent.csv").write_text(FIGURES, encoding="utf-8")
    path = tmp_path / "gwent-2026-03.txt"
    path.write_text(STATEMENT.format(earlier=earlier), encoding="utf-8")
    workspace = drafter.open_workspace(tmp_path / "ws", seed=False)
    workspace.import_figures(tmp_path / "gwent.csv")
    return workspace, path


def test_a_count_before_between_months_is_held_to_that_quarter(tmp_path):
    workspace, path = _workspace(tmp_path, 101)
    with workspace:
        report = workspace.review(path, area="Gwent")
    [earlier] = [m for m in report.figures if m.text == "101"]
    assert (earlier.status, str(earlier.period)) == ("wrong", "2025-Q3")


def test_copy_forward_moves_both_quarters(tmp_path):
    workspace, path = _workspace(tmp_path, 104)
    with workspace:
        workspace.add_statements([path], force="Gwent")
        draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id)
    [paragraph] = draft.section("serious-violence").paragraphs
    assert paragraph.text == ("Knife crime fell to 91 offences between January and March 2026, from 95 between "
                              "October and December 2025.")



def test_a_kind_of_the_measure_is_not_held_to_the_measures_figure(tmp_path):
    # "Reports of courier fraud" are some of the fraud reports, not all: their count is no figure of
    # fraud reports, though a quarter is named beside it (a sample statement's sentence was called wrong).
    (tmp_path / "gwent.csv").write_text("area,measure,period,value\nGwent,fraud_reports,2024-Q4,2156\n"
                                        "Gwent,fraud_reports,2025-Q4,2210\n", encoding="utf-8")
    path = tmp_path / "gwent-2026-03.txt"
    path.write_text(STATEMENT.replace(
        "Knife crime fell to 95 offences between October and December 2025, from {earlier} between July and "
        "September 2025.",
        "Tackle fraud and cybercrime\n\nReports of courier fraud from Gwent fell from 39 between October and "
        "December 2024 to 24 in the same period of 2025, after the 'Think Twice' campaign."), encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(tmp_path / "gwent.csv")
        report = workspace.review(path)
    assert not [f.message for f in report.findings if f.kind in ("wrong-figure", "arithmetic", "direction")]
