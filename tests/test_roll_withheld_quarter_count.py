"""Copy forward names for the writer a small count dated by a quarter whose
figure was withheld ("compared with 1 between July and September 2025", the
quarter's homicides suppressed in the force's pack) in a sentence whose
other figures moved; it was kept as written and unlisted, so the draft
compared April to June's count with a quarter two before it, saying nothing.

Gwent's figures and statement here are written for the project (the force
is real, its figures invented).
"""

from __future__ import annotations

import drafter

STATEMENT = """\
Gwent Police and Crime Panel

March 2026

Title: National Policing Priorities statement

Introduction

This statement reports on the National Policing Priorities for October to December 2025.

Reduce murder and other homicide

There were 4 homicides between October and December 2025, compared with 1 between July and September 2025.
"""

HOMICIDES = """\
area,measure,period,value
Gwent,homicides,2025-Q4,4
Gwent,homicides,2026-Q1,2
Gwent,homicides,2026-Q2,1
"""


def test_a_small_count_of_a_withheld_quarter_is_named_for_the_writer(tmp_path):
    (tmp_path / "gwent.csv").write_text(HOMICIDES, encoding="utf-8")
    path = tmp_path / "gwent-2026-03.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(tmp_path / "gwent.csv")
        workspace.add_statements([path], force="Gwent")
        draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id)
    [paragraph] = draft.section("homicide").paragraphs
    assert paragraph.text == ("There were 2 homicides between January and March 2026, compared with 1 between "
                              "July and September 2025.")
    assert [(item["text"], item["reason"]) for item in paragraph.origin.not_rolled] == [
        ("1", "no stored figure matches it (the sentence names homicides): kept as written, check it for 2026-Q1")]
