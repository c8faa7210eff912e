"""Statements shaped the way offices really publish them, beyond the house
styles: a Word table of contents, run-in priority labels ("Homicide: ..."),
a title block of several lines, bilingual headings, a sign-off, a saved web
page's byline, table caption and "on this page" links. Each test names what a
reader of the corpus would see go wrong."""

from __future__ import annotations

import io
from pathlib import Path

from drafter.corpus import read_statement
from drafter.priorities import PRIORITY_IDS

PRIORITIES = [(heading, priority) for heading, priority in (
    ("Reducing murder and other homicide", "homicide"),
    ("Reducing serious violence", "serious-violence"),
    ("Disrupting drugs supply and county lines", "drugs-county-lines"),
    ("Reducing neighbourhood crime", "neighbourhood-crime"),
    ("Improving victim satisfaction", "victim-satisfaction"),
    ("Tackling cyber crime", "cyber-crime"))]


def sections(statement):
    return [(section.heading, section.priority) for section in statement.sections]


def _word_statement(contents) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("National Policing Priorities: Quarterly Statement", style="Title")
    document.add_paragraph("Date: 20 May 2024")
    contents(document)
    document.add_paragraph("Introduction", style="Heading 1")
    document.add_paragraph("The Commissioner publishes a statement each quarter on Cheshire "
                           "Constabulary's contribution to the national priorities for policing.")
    for page, (heading, _) in enumerate(PRIORITIES, 3):
        document.add_paragraph(heading, style="Heading 1")
        document.add_paragraph(f"Work on this priority is described on page {page} of the plan.")
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def _typed_contents(document) -> None:
    document.add_paragraph("Contents", style="Heading 1")
    for page, heading in enumerate(["Introduction", *(h for h, _ in PRIORITIES)], 2):
        document.add_paragraph(f"{heading}\t{page}")


def _word_contents(document) -> None:
    from docx.enum.style import WD_STYLE_TYPE

    document.add_paragraph("Contents", style="TOC Heading")
    entry = document.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH)
    for page, heading in enumerate(["Introduction", *(h for h, _ in PRIORITIES)], 2):
        document.add_paragraph(f"{heading}\t{page}", style=entry)


def test_a_word_table_of_contents_is_not_read_as_empty_sections():
    for contents in (_typed_contents, _word_contents):
        statement = read_statement(Path("cheshire-2024-05.docx"), _word_statement(contents))
        assert sections(statement) == [("Introduction", "introduction"), *PRIORITIES], contents.__name__
        assert all(section.paragraphs for section in statement.sections)


def test_a_tab_and_number_in_the_body_is_kept():
    def figures_typed_with_tabs(document):
        document.add_paragraph("Homicides in the year\t14")

    statement = read_statement(Path("cheshire-2024-05.docx"), _word_statement(figures_typed_with_tabs))
    assert "Homicides in the year 14" in [p.text for s in statement.sections for p in s.paragraphs] + [
        s.heading for s in statement.sections]
    assert set(PRIORITY_IDS) <= {s.priority for s in statement.sections}
