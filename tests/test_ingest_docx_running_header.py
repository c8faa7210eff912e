"""A Word statement whose force and date are only in its page header ("Cheshire
Police and Crime Panel – 14 October 2026") is filed under them, where it was
added as "force unknown, date unknown". The header's lines are never read as
paragraphs of the statement."""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document

from drafter.corpus import read_statement

SECTIONS = [("Reduce murder and other homicide", "There were 2 homicides between July and September 2026."),
            ("Reduce serious violence", "Knife crime fell to 138 offences in the quarter."),
            ("Reduce neighbourhood crime", "Residential burglary fell to 541 offences."),
            ("Tackle cyber crime", "There were 417 cyber crime reports in the quarter.")]


def _statement(header: str, title: str = "National Policing Priorities: quarterly statement") -> bytes:
    document = Document()
    document.sections[0].header.paragraphs[0].text = header
    document.sections[0].footer.paragraphs[0].text = "OFFICIAL"
    document.add_paragraph(title)
    for heading, text in SECTIONS:
        document.add_heading(heading, 2)
        document.add_paragraph(text)
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def test_force_and_date_only_in_the_page_header_are_read():
    statement = read_statement(Path("statement-q2.docx"), _statement("Cheshire Police and Crime Panel – 14 October 2026"))
    assert (statement.force, statement.date) == ("Cheshire", "2026-10-14")
    assert [[p.text for p in s.paragraphs] for s in statement.sections] == [[text] for _, text in SECTIONS]


def test_the_body_comes_before_the_page_header():
    data = _statement("Cheshire Police and Crime Panel – 14 October 2026",
                      "Merseyside Police and Crime Commissioner: National Policing Priorities, 15 July 2026")
    statement = read_statement(Path("statement.docx"), data)
    assert (statement.force, statement.date) == ("Merseyside", "2026-07-15")
