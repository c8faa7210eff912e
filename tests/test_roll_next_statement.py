"""Copy forward of what a statement says about the next one: "The Quarter 3
statement, covering October to December 2024, will be brought to the Panel's
February 2025 meeting" in the July to September statement is, in the October
to December draft, the Quarter 4 statement covering January to March 2025;
the meeting's month cannot be known, so it is named for the writer, as is a
publication or meeting date ("will next receive this report … on 6 February
2025"). These sentences stayed as written, and unlisted; so did "The next will
cover October to December 2024", naming the next one without the word
"statement".

The statement is written for the project; the figures are made up.
"""

from __future__ import annotations

import pytest

import drafter

STATEMENT = """\
Surrey Police and Crime Panel

November 2024

Title: Statement on the National Policing Priorities – Quarter 2 2024/25

1. Introduction

1.1 This report covers the period July to September 2024.

2. Reduce murder and other homicide

2.1 Two homicides were recorded between July and September 2024.

3. Reporting frequency

3.1 This statement is updated every quarter. The Quarter 3 statement, covering October to December 2024, will be brought to the Panel's February 2025 meeting.

3.2 The Panel will next receive this report at its meeting on 6 February 2025.

3.3 It is published each calendar quarter. The next will cover October to December 2024.
"""


@pytest.fixture(scope="module")
def draft(tmp_path_factory):
    root = tmp_path_factory.mktemp("surrey")
    (root / "figures.csv").write_text("area,measure,period,value\nSurrey,homicides,2024-Q3,2\n"
                                      "Surrey,homicides,2024-Q4,0\n", encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as workspace:
        workspace.import_figures(root / "figures.csv")
        path = root / "surrey-2024-q2.txt"
        path.write_text(STATEMENT, encoding="utf-8")
        workspace.add_statements([path], force="Surrey")
        yield workspace.new_draft(from_statement=max(s.id for s in workspace.list_statements()))


def _closing(draft):
    return [p for s in draft.sections for p in s.paragraphs if "Panel" in p.text]


def test_the_next_statement_s_quarter_and_period_move_a_quarter_on(draft):
    first, _ = _closing(draft)
    assert first.text == ("This statement is updated every quarter. The Quarter 4 statement, covering January to "
                          "March 2025, will be brought to the Panel's February 2025 meeting.")


def test_the_dates_it_is_due_are_named_for_the_writer(draft):
    first, second = _closing(draft)
    reason = "when the next statement is due, as the statement copied said it: give the date for the one after 2024-Q4"
    assert first.origin.not_rolled == [{"text": "February 2025", "reason": reason}]
    assert second.text == "The Panel will next receive this report at its meeting on 6 February 2025."
    assert second.origin.not_rolled == [{"text": "6 February 2025", "reason": reason}]


def test_the_next_one_named_without_the_word_statement_moves_a_quarter_on(draft):
    [paragraph] = [p for s in draft.sections for p in s.paragraphs if p.text.startswith("It is published")]
    assert paragraph.text == "It is published each calendar quarter. The next will cover January to March 2025."
