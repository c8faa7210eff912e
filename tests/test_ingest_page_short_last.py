"""A PDF saved as text whose last page holds only a line or two (the
closing section, a signature): its page number is left out like the others,
and the text on it is kept, though on so short a page it stands near two
page breaks at once (Gwent; the text is invented for these tests)."""

from __future__ import annotations

import pytest

from drafter.corpus import read_statement

PAGES = [
    ["Gwent Police and Crime Panel",
     "Meeting date: 11 March 2027",
     "",
     "This statement covers October to December 2026.",
     "",
     "1. Introduction",
     "",
     "1.1 This paper reports how Gwent Police has contributed to the",
     "National Policing Priorities in the third quarter of 2026/27.",
     "",
     "2. Reduce murder and other homicide",
     "",
     "2.1 Two homicides were recorded in the quarter, each reviewed by the",
     "force's major crime team with partners across the five boroughs."],
    ["3. Reduce serious violence",
     "",
     "3.1 The violence prevention team funded youth workers at the Grange",
     "hospital, and the number of young people they met rose again.",
     "",
     "3.2 Knife arches were used at the Newport and Cwmbran stations during",
     "the national week of action, with the transport police.",
     "",
     "3.3 Weapons surrendered at the four bins in the force area are",
     "recorded by type and shared with the violence prevention team."],
    ["4. Reporting frequency",
     "",
     "4.1 This statement is published every quarter."],
]

FOOTERS = {
    "bare": lambda number: str(number),
    "dashes": lambda number: f"– {number} –",
    "agenda item": lambda number: f"Agenda item 9                                    Page {number}",
    "item, dash": lambda number: f"Item 9 – Page {number}",
    "panel, number at the margin": lambda number: f"Gwent Police and Crime Panel – 11 March 2027{' ' * 30}{number}",
}


def export(footer, *, form_feeds: bool) -> str:
    out: list[str] = []
    for number, page in enumerate(PAGES, start=1):
        out += [*page, "", footer(number), ""]
        if form_feeds and number < len(PAGES):
            out.append("\f")
    return "\n".join(out)


def texts(tmp_path, text: str) -> list[str]:
    path = tmp_path / "gwent-panel-paper.txt"
    path.write_text(text, encoding="utf-8")
    statement = read_statement(path)
    return [text for section in statement.sections
            for text in [section.heading or "", *(p.text for p in section.paragraphs)]]


@pytest.mark.parametrize("style", FOOTERS)
@pytest.mark.parametrize("form_feeds", [False, True])
def test_a_short_last_page_keeps_its_text_and_loses_its_number(tmp_path, style, form_feeds):
    read = texts(tmp_path, export(FOOTERS[style], form_feeds=form_feeds))
    assert read[-2:] == ["Reporting frequency", "This statement is published every quarter."]
    assert not any(text.strip("–- ") in {"1", "2", "3"} or "Page" in text for text in read)


def test_numbers_of_the_text_before_an_unnumbered_first_page_break_are_kept(tmp_path):
    table = ["3.3 Knife arches used at each station:", "", "Newport", "", "4", "",
             "Cwmbran", "", "5", "", "Abergavenny", "", "6"]
    pages = [[*PAGES[0], "", *table], PAGES[1], PAGES[2]]
    out: list[str] = []
    for number, page in enumerate(pages, start=1):
        out += [*page, ""]
        if number > 1:
            out += [f"Item 9 – Page {number}", ""]
        if number < len(pages):
            out.append("\f")
    read = texts(tmp_path, "\n".join(out))
    assert {"4", "5", "6"} <= set(read)
    assert read[-1] == "This statement is published every quarter."


def test_a_row_of_figures_set_out_in_columns_is_not_a_footer(tmp_path):
    """The same row quoted on two pages with numbers one apart is a table's,
    not pages counted: a footer counts three pages at least."""
    first = [*PAGES[0], "", "Homicides this quarter             4", "Knife offences                     57"]
    second = [*PAGES[1], "", "Homicides in the annex table       5", "",
              "Homicides this quarter             5"]
    read = " ".join(texts(tmp_path, "\n".join([*first, "", *second, "", *PAGES[2]])))
    assert "Homicides this quarter | 4" in read
    assert "Homicides this quarter 5" in " ".join(read.split()) or "Homicides this quarter | 5" in read
