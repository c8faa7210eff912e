"""Counts listed quarter by quarter across a year ("The quarterly figures
across the year were 311, 305, 302 and 313", in an annual statement on
2024/25) are the year's four quarters, first to last: each is verified as
its quarter's figure and copied forward to the next year's quarters, where
they were looked for among the figures of the quarter the paragraph named
last, left unverified ("no matching figure … in any period") and kept as
written beside the next year's total.

The statement and figures are written for the project (the force is real,
its figures invented; the quarters add up to their years).
"""

from __future__ import annotations

import pytest

import drafter

FIGURES = """\
area,measure,period,value
Lancashire,knife_offences,2024-Q2,311
Lancashire,knife_offences,2024-Q3,305
Lancashire,knife_offences,2024-Q4,302
Lancashire,knife_offences,2025-Q1,313
Lancashire,knife_offences,2025-Q2,288
Lancashire,knife_offences,2025-Q3,297
Lancashire,knife_offences,2025-Q4,323
Lancashire,knife_offences,2026-Q1,291
Lancashire,knife_offences,2024/25,1231
Lancashire,knife_offences,2025/26,1199
"""

STATEMENT = """\
Lancashire Police and Crime Panel

30 June 2025

Title: Annual Statement on the National Policing Priorities 2024/25

Reduce serious violence

1. There were 1,231 knife offences in 2024/25. In the final quarter of the year (January to March 2025) there \
were 313 knife offences. The quarterly figures across the year were 311, 305, 302 and 313.
"""


@pytest.fixture(scope="module")
def lancashire(tmp_path_factory):
    folder = tmp_path_factory.mktemp("listed-quarters")
    (folder / "figures.csv").write_text(FIGURES, encoding="utf-8")
    (folder / "lancashire.txt").write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(folder / "ws", seed=False) as workspace:
        workspace.import_figures(folder / "figures.csv")
        workspace.add_statements([folder / "lancashire.txt"], force="Lancashire")
        yield workspace, folder / "lancashire.txt"


def test_counts_listed_quarter_by_quarter_are_the_year_s_quarters(lancashire):
    workspace, path = lancashire
    report = workspace.review(path, area="Lancashire").to_dict()
    listed = [(n["text"], n["status"], n["period"]) for n in report["figures"] if n["text"] in ("311", "305", "302")]
    assert listed == [("311", "verified", "2024-Q2"), ("305", "verified", "2024-Q3"), ("302", "verified", "2024-Q4")]


def test_counts_listed_quarter_by_quarter_move_to_the_next_year_s(lancashire):
    workspace, _ = lancashire
    draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id)
    [paragraph] = draft.section("serious-violence").paragraphs
    assert paragraph.text == ("There were 1,199 knife offences in 2025/26. In the final quarter of the year (January "
                              "to March 2026) there were 291 knife offences. The quarterly figures across the year "
                              "were 288, 297, 323 and 291.")
    assert paragraph.origin.not_rolled == []
