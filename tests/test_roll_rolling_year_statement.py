"""A quarterly statement that names itself by a year ending ("National
Policing Priorities: year ending June 2026") and quotes a quarter beside its
twelve-month figures is drafted for the next year ending (the year ending
September 2026), where the quarter made the draft's period a quarter
(2026-Q3): its review then held the statement's undated changes to quarters
("5.5% … from 378 in 2023-Q3 to 379 in 2026-Q3").

The statement and figures are written for the project (the force is real,
its figures invented).
"""

from __future__ import annotations

import drafter

FIGURES = """\
area,measure,period,value
Thames Valley,knife_offences,2023-Q3,378
Thames Valley,knife_offences,2026-Q2,395
Thames Valley,knife_offences,2026-Q3,379
Thames Valley,knife_offences,YE2023-06,1612
Thames Valley,knife_offences,YE2023-09,1557
Thames Valley,knife_offences,YE2025-06,1551
Thames Valley,knife_offences,YE2025-09,1555
Thames Valley,knife_offences,YE2026-06,1524
Thames Valley,knife_offences,YE2026-09,1521
"""

STATEMENT = """\
Thames Valley Police and Crime Panel

19 August 2026

Title: National Policing Priorities: year ending June 2026

Reduce serious violence

1. There were 1,524 knife offences in the 12 months to June 2026, 1.7% fewer than a year earlier. In April to \
June 2026 there were 395.

2. Knife crime has fallen by 5.5% over the last three years.
"""


def test_a_statement_named_by_its_year_ending_is_drafted_for_the_next(tmp_path):
    (tmp_path / "figures.csv").write_text(FIGURES, encoding="utf-8")
    path = tmp_path / "tvp.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(tmp_path / "figures.csv")
        workspace.add_statements([path], force="Thames Valley")
        draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id)
        report = workspace.review(draft.id).to_dict()
    assert (draft.period, draft.title) == ("YE2026-09", "National Policing Priorities: year ending September 2026")
    assert [p.text for p in draft.section("serious-violence").paragraphs][0] == (
        "There were 1,521 knife offences in the 12 months to September 2026, 2.2% fewer than a year earlier. In "
        "July to September 2026 there were 379.")
    assert [f["message"] for f in report["findings"] if f["kind"] == "arithmetic"] == [
        "5.5% for knife offences: the figures went from 1,557 in YE2023-09 to 1,521 in YE2026-09 (-2.3%)"]
