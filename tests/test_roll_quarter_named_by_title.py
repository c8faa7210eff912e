"""A quarterly statement may quote only twelve-month figures: "National
Policing Priorities: January to March 2026" giving the 12 months to March
2026. Its figures are all 2025/26's, so copy forward took it for a yearly
statement: the draft waited for 2026/27's figures, kept every word, and its
title still named January to March 2026. The quarter its title names, ending
with the year its figures are for, is the quarter it reports: the draft is
for April to June 2026 and the twelve-month figures move a quarter on.

The statement and figures are written for these tests.
"""

from __future__ import annotations

QUARTERS = {"2025-Q2": 588, "2025-Q3": 623, "2025-Q4": 625, "2026-Q1": 579, "2026-Q2": 559}

STATEMENT = """\
National Policing Priorities: January to March 2026

Published 22 May 2026

This update from the Cumbria Police, Fire and Crime Commissioner covers January to March 2026.

Reduce neighbourhood crime

There were 2,415 neighbourhood crimes in the 12 months to March 2026, a rate of 4.82 per 1,000 residents.
"""


def test_a_statement_of_twelve_month_figures_rolls_to_the_next_quarter(empty_workspace, tmp_path):
    rows = "".join(f"Cumbria,neighbourhood_crime,{period},{value}\n" for period, value in QUARTERS.items())
    (tmp_path / "figures.csv").write_text("area,measure,period,value\n" + rows
                                          + "Cumbria,population,2025,501200\n", encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "figures.csv")
    (tmp_path / "cumbria-2026-05.txt").write_text(STATEMENT, encoding="utf-8")
    empty_workspace.add_statements([tmp_path / "cumbria-2026-05.txt"], force="Cumbria")
    draft = empty_workspace.new_draft(from_statement=empty_workspace.list_statements()[0].id)
    assert (draft.title, draft.period, draft.next_period_missing) == (
        "National Policing Priorities: April to June 2026", "2026-Q2", None)
    (paragraph,) = draft.section("neighbourhood-crime").paragraphs
    assert paragraph.text == ("There were 2,386 neighbourhood crimes in the 12 months to June 2026, a rate of "
                              "4.76 per 1,000 residents.")
