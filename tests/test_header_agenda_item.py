"""A board paper's agenda item number above its title ("Agenda item 7",
"Item 9a") or before it ("Agenda item 7: National Policing Priorities") is
the meeting's, not the statement's: it is left out of the title, which a
draft copied forward would otherwise carry into the next meeting (Dorset;
the text is invented for these tests)."""

from __future__ import annotations

import pytest

from drafter.corpus import read_statement

TITLE = "National Policing Priorities – Dorset Police and Crime Commissioner Statement"
BODY = ["Introduction", "",
        "This report sets out how Dorset Police contributed to the National Policing Priorities.", "",
        "Reduce murder and other homicide", "",
        "There were two homicides in October to December 2025.", ""]


@pytest.mark.parametrize("lines", [
    ["Agenda item 7", TITLE],
    ["Agenda Item No. 7", TITLE],
    ["Item 9a", TITLE],
    [f"Agenda item 7: {TITLE}"],
    [f"Item 7.2 – {TITLE}"],
])
def test_an_agenda_item_number_is_left_out_of_the_title(tmp_path, lines):
    path = tmp_path / "dorset-panel-2026-02.txt"
    path.write_text("\n".join(["Dorset Police and Crime Panel", "", "5 February 2026", "",
                               *(part for line in lines for part in (line, "")), *BODY]), encoding="utf-8")
    statement = read_statement(path)
    assert statement.title == TITLE
    assert statement.force == "Dorset" and statement.date == "2026-02-05"


def test_words_about_items_that_are_not_an_agenda_number_stay_in_the_title(tmp_path):
    path = tmp_path / "dorset-panel-2026-02.txt"
    path.write_text("\n".join(["Dorset Police and Crime Panel", "", "5 February 2026", "",
                               "Items 7 and 8 taken together", "", *BODY]), encoding="utf-8")
    assert read_statement(path).title == "Items 7 and 8 taken together"
