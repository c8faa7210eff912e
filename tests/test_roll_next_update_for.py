"""A Word statement's closing says "This statement will next be updated for
April to June 2026 and presented to the Panel on 17 September 2026". Copied
forward to April to June 2026 it still named April to June 2026 as the next
update's, and the meeting date was not listed: the next update's quarter now
moves a quarter on and the date is named for the writer, as for "The next
update will cover …".

The statement and figures are written for these tests.
"""

from __future__ import annotations

import pytest

import drafter

STATEMENT = """\
Dorset Police and Crime Panel

16 June 2026

Title: Police and Crime Commissioner's update on the National Policing Priorities: Quarter 4 2025/26

Reduce murder and other homicide

There were two homicides in January to March 2026.

Reporting frequency

{closing}
"""

REASON = "when the next statement is due, as the statement copied said it: give the date for the one after 2026-Q2"


@pytest.mark.parametrize("closing, rolled", [
    ("This statement will next be updated for April to June 2026 and presented to the Dorset Police and Crime "
     "Panel on 17 September 2026.",
     "This statement will next be updated for July to September 2026 and presented to the Dorset Police and "
     "Crime Panel on 17 September 2026."),
    ("The statement for April to June 2026 will next be considered by the Panel on 17 September 2026.",
     "The statement for July to September 2026 will next be considered by the Panel on 17 September 2026."),
])
def test_the_next_update_s_quarter_moves_on_and_its_date_is_named(tmp_path, closing, rolled):
    (tmp_path / "figures.csv").write_text("area,measure,period,value\nDorset,homicides,2026-Q1,2\n"
                                          "Dorset,homicides,2026-Q2,0\n", encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(tmp_path / "figures.csv")
        path = tmp_path / "dorset-2026-06.txt"
        path.write_text(STATEMENT.format(closing=closing), encoding="utf-8")
        workspace.add_statements([path], force="Dorset")
        draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id)
    (paragraph,) = next(section for section in draft.sections if section.key == "closing").paragraphs
    assert paragraph.text == rolled
    assert paragraph.origin.not_rolled == [{"text": "17 September 2026", "reason": REASON}]
