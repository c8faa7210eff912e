"""Page numbers a PDF saved as text prints alone or beside running words:
"12" alone, "- 12 -", "Agenda item 7      Page 3". They are left out and the
paragraph a page break cut is joined again, while a number or a line of the
text that only looks like one is kept (Northumbria; the text is invented
for these tests)."""

from __future__ import annotations

import pytest

from drafter.corpus import read_statement

PAGES = [
    ["Northumbria Police and Crime Panel",
     "Meeting date: 3 December 2026",
     "",
     "This statement covers July to September 2026.",
     "",
     "1. Introduction",
     "",
     "1.1 This paper reports how Northumbria Police has contributed to the",
     "National Policing Priorities in the second quarter of 2026/27.",
     "",
     "2. Reduce murder and other homicide",
     "",
     "2.1 Four homicides were recorded in the quarter, each reviewed by the",
     "force's major crime team with the coroner and partners, and"],
    ["the learning has been taken up by the community safety partnerships",
     "of all six local authority areas.",
     "",
     "3. Reduce serious violence",
     "",
     "3.1 The violence reduction unit funded youth workers at two hospitals,",
     "and the number of young people they met rose again this quarter.",
     "",
     "3.2 Knife crime surgeries held by the neighbourhood teams this quarter:",
     "",
     "12",
     ],
    ["4. Tackle cyber crime",
     "",
     "4.1 The cyber protect officers gave talks to community groups across",
     "the force area, on courier fraud and on romance fraud.",
     "",
     "5. Reporting frequency",
     "",
     "5.1 This statement is published every quarter and presented to the Panel.",
     "",
     "Morgan Hale",
     "Chief Executive, Office of the Police and Crime Commissioner"],
]

FOOTERS = {
    "bare": lambda number: [str(number)],
    "dashes": lambda number: [f"- {number} -"],
    "agenda item": lambda number: [f"Agenda item 7                                    Page {number}"],
    "agenda item, tab": lambda number: [f"Agenda item 7\tPage {number} of 3"],
    "page first": lambda number: [f"Page {number} | Northumbria Police and Crime Panel"],
    "panel, bar": lambda number: [f"Northumbria Police and Crime Panel | 3 December 2026 | Page {number}"],
}


def export(footer, *, form_feeds: bool = False, first: int = 1) -> str:
    out: list[str] = []
    for number, page in enumerate(PAGES, start=first):
        out += [*page, "", *footer(number), ""]
        if form_feeds and number < first + len(PAGES) - 1:
            out.append("\f")
    return "\n".join(out)


def read(tmp_path, text: str):
    path = tmp_path / "panel-paper.txt"
    path.write_text(text, encoding="utf-8")
    return read_statement(path)


def everything(statement) -> list[str]:
    return [text for section in statement.sections
            for text in [section.heading or "", *(p.text for p in section.paragraphs)]]


@pytest.mark.parametrize("style", FOOTERS)
@pytest.mark.parametrize("form_feeds", [False, True])
def test_page_numbers_alone_or_beside_running_words_are_left_out(tmp_path, style, form_feeds):
    statement = read(tmp_path, export(FOOTERS[style], form_feeds=form_feeds))
    assert [s.heading for s in statement.sections] == [
        "Introduction", "Reduce murder and other homicide", "Reduce serious violence",
        "Tackle cyber crime", "Reporting frequency"]
    texts = everything(statement)
    assert not any("Page" in text or "Agenda item" in text for text in texts)
    assert not any(text.strip("- ") in {"1", "2", "3"} for text in texts)
    # 2.1, cut by the first page break, is one paragraph again.
    homicide = statement.sections[1].paragraphs
    assert [p.printed for p in homicide] == ["2.1"]
    assert homicide[0].text.endswith("partners, and the learning has been taken up by the "
                                     "community safety partnerships of all six local authority areas.")
    assert texts[-2:] == ["Morgan Hale", "Chief Executive, Office of the Police and Crime Commissioner"]


@pytest.mark.parametrize("form_feeds", [False, True])
def test_a_number_of_the_text_alone_on_its_line_by_a_page_break_is_kept(tmp_path, form_feeds):
    for first in (1, 11):  # pages numbered from 11 put 12 among the page numbers' values
        statement = read(tmp_path, export(FOOTERS["bare"], form_feeds=form_feeds, first=first))
        violence = [p.text for p in statement.sections[2].paragraphs]
        assert violence[-2:] == ["Knife crime surgeries held by the neighbourhood teams this quarter:", "12"], first


def test_numbers_alone_on_their_lines_that_count_no_pages_are_kept(tmp_path):
    figures = ["3.3 Offences recorded this quarter:", "",
               "Homicide", "", "4", "", "Attempted murder", "", "5", "", "Threats to kill", "", "6"]
    lines = [*PAGES[0], *PAGES[1], "", *figures, "", *PAGES[2]]
    texts = everything(read(tmp_path, "\n".join(lines)))
    assert {"4", "5", "6"} <= set(texts)


def test_a_line_naming_a_page_once_is_kept(tmp_path):
    lines = [*PAGES[0], "", "The full figures are in the performance report, page 14", "",
             *PAGES[1], "", *PAGES[2]]
    texts = everything(read(tmp_path, "\n".join(lines)))
    assert "The full figures are in the performance report, page 14" in texts
