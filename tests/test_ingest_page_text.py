"""A board paper printed to PDF and saved as text: running headers and
footers, page numbers and form feeds, words hyphenated at line ends, a
contents list with leader dots and the sign-off (Lincolnshire; the text is
invented for these tests)."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import PdfBuilder

from drafter.corpus import read_statement
from drafter.review.checks import reuse
from drafter.review.document import from_statement

OFFICE = "Office of the Police and Crime Commissioner for Lincolnshire"

PAGES = [
    ["Lincolnshire Police and Crime Panel",
     "Meeting date: 20 November 2026",
     "Title: National Policing Priorities – quarterly statement",
     "",
     "This statement covers July to September 2026.",
     "",
     "Contents",
     "1. Introduction ................................................. 2",
     "2. Reduce murder and other homicide ............................. 2",
     "3. Reduce serious violence ...................................... 3",
     "Tackle cyber crime ............................................ 3",
     "Reporting frequency ........................................... 4"],
    ["1. Introduction",
     "",
     "1.1 This paper sets out how Lincoln-",
     "shire Police has contributed to the National Policing Priorities in",
     "the second quarter of 2026/27.",
     "",
     "2. Reduce murder and other homicide",
     "",
     "2.1 Two homicides were recorded in the quarter. Each has been the sub-",
     "ject of a review, and the learn-",
     "ing has been shared with the community safety partnership, whose",
     "county-",
     "lines group also met twice. The anti-",
     "social behaviour team and the cross-",
     "border taskforce took part. The force recorded 31 firearms of-",
     "fences, and the night-",
     "time economy scheme in Boston and"],
    ["Grantham carried on through the summer, with marshals on the streets",
     "each Friday and Saturday.",
     "",
     "2.2 A further review of domestic homicides began in August and will",
     "report in the new year; its terms of reference were agreed by the",
     "partnership, which has asked the force to share its emerging",
     "",
     "3. Reduce serious violence",
     "",
     "3.1 Knife crime fell across the county, and the offences recorded are",
     "set out in the performance report to the Panel."],
    ["Tackle cyber crime",
     "",
     "The cyber protect team gave 40 talks to community groups.",
     "",
     "Reporting frequency",
     "",
     "This statement is published every quarter and presented to the Panel.",
     "",
     "Jordan Ellery",
     "Chief Executive, Office of the Police and Crime Commissioner"],
]


def export(pages: list[list[str]], *, form_feeds: bool = False, furniture: bool = True,
           tight: bool = False) -> str:
    """The pages as a PDF reader's "Save as text" writes them; ``tight``: with
    no blank line between the furniture and the text."""
    out: list[str] = []
    gap = [] if tight else [""]
    for number, page in enumerate(pages, start=1):
        if furniture:
            out += ["OFFICIAL", OFFICE, *gap]
        out += page
        if furniture:
            out += [*gap, "OFFICIAL", f"Page {number} of {len(pages)}"]
        if form_feeds and number < len(pages):
            out.append("\f")
        else:
            out.append("")
    return "\n".join(out) + "\n"


def read(tmp_path, text: str):
    path = tmp_path / "board-paper.txt"
    path.write_text(text, encoding="utf-8")
    return read_statement(path)


def everything(statement) -> list[str]:
    return [text for section in statement.sections
            for text in [section.heading or "", *(p.text for p in section.paragraphs)]]


def paragraph(statement, printed: str) -> str:
    return next(p.text for s in statement.sections for p in s.paragraphs if p.printed == printed)


@pytest.mark.parametrize("form_feeds, tight", [(False, False), (True, False), (False, True)])
def test_running_headers_footers_and_page_numbers_are_dropped(tmp_path, form_feeds, tight):
    statement = read(tmp_path, export(PAGES, form_feeds=form_feeds, tight=tight))
    read_text = "\n".join(everything(statement))
    assert "OFFICIAL" not in read_text and "Page " not in read_text and OFFICE not in read_text
    # The line above the "Introduction" heading opens the introduction.
    assert [s.heading for s in statement.sections] == [
        "Introduction", "Reduce murder and other homicide", "Reduce serious violence",
        "Tackle cyber crime", "Reporting frequency"]
    assert all(p.kind != "subheading" for s in statement.sections for p in s.paragraphs)


@pytest.mark.parametrize("form_feeds, tight", [(False, False), (True, False), (False, True)])
def test_a_paragraph_cut_by_a_page_break_is_joined_again(tmp_path, form_feeds, tight):
    statement = read(tmp_path, export(PAGES, form_feeds=form_feeds, tight=tight))
    # The rest of 2.1 on the next page opens with a capital: still the same sentence.
    assert paragraph(statement, "2.1").endswith(
        "the night-time economy scheme in Boston and Grantham carried on through the summer, "
        "with marshals on the streets each Friday and Saturday.")
    assert [p.printed for p in statement.sections[1].paragraphs] == ["2.1", "2.2"]


def test_form_feeds_alone_still_join_a_cut_paragraph(tmp_path):
    statement = read(tmp_path, export(PAGES, form_feeds=True, furniture=False))
    assert "Boston and Grantham carried on" in paragraph(statement, "2.1")


def test_a_line_repeated_at_one_page_break_and_in_the_text_is_kept(tmp_path):
    pages = [page[:] for page in PAGES]
    pages[2][9:9] = ["", "Summary of planned activity"]  # under "3. Reduce serious violence"
    pages[3][:0] = ["Summary of planned activity", ""]  # opening the last page
    statement = read(tmp_path, export(pages))
    assert sum(text == "Summary of planned activity" for text in everything(statement)) == 2


def test_a_page_without_a_page_number_keeps_its_lines(tmp_path):
    text = "\n".join(line for page in PAGES for line in [*page, ""])
    statement = read(tmp_path, text)
    assert "Jordan Ellery" in everything(statement)
    assert "Lincolnshire Police" in paragraph(statement, "1.1")


def test_words_hyphenated_at_line_ends_are_joined_and_compounds_kept(tmp_path):
    statement = read(tmp_path, export(PAGES))
    assert "how Lincolnshire Police has contributed" in paragraph(statement, "1.1")
    text = paragraph(statement, "2.1")
    assert "the subject of a review, and the learning has been shared" in text
    assert "31 firearms offences" in text
    # Compounds broken at their own hyphen keep it.
    for compound in ("county-lines group", "anti-social behaviour", "cross-border taskforce",
                     "night-time economy"):
        assert compound in text


def test_contents_list_with_leader_dots_is_left_out(tmp_path):
    statement = read(tmp_path, export(PAGES))
    read_text = "\n".join(everything(statement))
    assert "...." not in read_text and "Contents" not in read_text
    assert statement.sections[0].paragraphs[0].text == "This statement covers July to September 2026."
    assert [p.printed for p in statement.sections[0].paragraphs][1:] == ["1.1"]
    assert [s.priority for s in statement.sections][-1] == "closing"


def test_the_sign_off_closes_the_statement(tmp_path):
    statement = read(tmp_path, export(PAGES))
    closing = statement.sections[-1]
    assert (closing.heading, closing.priority) == ("Reporting frequency", "closing")
    assert [p.text for p in closing.paragraphs][-2:] == [
        "Jordan Ellery", "Chief Executive, Office of the Police and Crime Commissioner"]


def test_a_sign_off_carried_from_quarter_to_quarter_is_not_called_copied(tmp_path):
    statement = read(tmp_path, export(PAGES))
    role = "Chief Executive, Office of the Police and Crime Commissioner for Lincolnshire"
    past = reuse.past_paragraphs([
        {"statement_id": 3, "number": None, "text": role, "date": "2026-08",
         "title": None, "force": "Lincolnshire"},
        {"statement_id": 3, "number": 4, "date": "2026-08", "title": None, "force": "Lincolnshire",
         "text": "The cyber protect team gave 40 talks to community groups."},
    ], before="2026-11", exclude=set())
    findings = reuse.findings(reuse.analyse(from_statement(statement), past))
    copied = [(f.section, f.paragraph) for f in findings if f.kind == "copied-paragraph"]
    assert copied == [("cyber-crime", None)]


def test_pdf_contents_list_and_hyphenated_words(tmp_path):
    builder = PdfBuilder(running_header="Lincolnshire OPCC")
    for line in ["Lincolnshire Police and Crime Panel", "20 November 2026",
                 "Title: National Policing Priorities – quarterly statement", "Contents"]:
        builder.line(line)
    for line in ["1. Introduction ........................................ 2",
                 "2. Reduce murder and other homicide .................... 2",
                 "3. Reduce serious violence ............................. 3"]:
        builder.line(line, gap_after=0)
    builder.heading("Introduction")
    builder.paragraph("This statement covers July to September 2026 and is published every quarter.", 1)
    builder.heading("Reduce murder and other homicide")
    for line in ["Two homicides were recorded in the quarter, and the force recorded 31 firearms of-",
                 "fences. The county-",
                 "lines group met twice."]:
        builder.line(line, gap_after=0)
    builder.heading("Reduce serious violence")
    builder.paragraph("Knife crime fell across the county this quarter.", 3)
    statement = read_statement(Path("statement.pdf"), builder.to_bytes())
    assert [s.heading for s in statement.sections] == [
        "Introduction", "Reduce murder and other homicide", "Reduce serious violence"]
    homicide = statement.sections[1].paragraphs[0].text
    assert "31 firearms offences. The county-lines group met twice." in homicide


@pytest.mark.parametrize("first, second, read_as", [
    ("the partnership's lead for exploitation and the ex-", "tended team", "extended team"),
    ("work with the part-", "ners in the county", "partners in the county"),
    ("patrols in the town centre, stop-", "ping at each school", "stopping at each school"),
    ("the teams will co-", "ordinate their visits", "coordinate their visits"),
    ("a drug-", "related death", "drug-related death"),
    ("a multi-", "agency panel", "multi-agency panel"),
    ("the new high-", "harm team", "high-harm team"),
])
def test_each_line_break_hyphen_is_read_by_the_word_it_splits(tmp_path, first, second, read_as):
    pages = [page[:] for page in PAGES]
    pages[3][2:3] = ["The cyber protect team gave 40 talks to community groups, and", first, second + "."]
    statement = read(tmp_path, export(pages))
    cyber = next(s for s in statement.sections if s.priority == "cyber-crime").paragraphs[0].text
    assert read_as in cyber
