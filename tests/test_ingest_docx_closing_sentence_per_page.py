"""A board paper that starts each priority on a new page and closes each with
the same sentence keeps that sentence in every section: a sentence is the
statement's, never page furniture, where the rule for running lines (short,
beside most page breaks) took it for a footer and dropped it from all six."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_BREAK

from drafter.corpus import read_statement

SECTIONS = [("Reduce murder and other homicide", "There were 2 homicides between July and September 2026."),
            ("Reduce serious violence", "Knife crime fell to 138 offences in the quarter."),
            ("Disrupt drugs supply and county lines", "Twelve county lines were closed in the quarter."),
            ("Reduce neighbourhood crime", "Residential burglary fell to 541 offences."),
            ("Improve victim satisfaction", "Satisfaction with the service rose to 74.1%."),
            ("Tackle cyber crime", "There were 417 cyber crime reports in the quarter.")]


@pytest.mark.parametrize("closing", [
    "We will keep this priority under review every month.",
    "The Commissioner will continue to hold the Chief Constable to account on this priority every month.",
])
def test_a_closing_sentence_repeated_before_each_page_break_stays(closing):
    document = Document()
    document.add_paragraph("Cheshire Police and Crime Commissioner")
    document.add_paragraph("National Policing Priorities: quarterly statement, July to September 2026")
    for number, (heading, text) in enumerate(SECTIONS):
        document.add_heading(heading, 2)
        document.add_paragraph(text)
        document.add_paragraph(closing)
        if number < len(SECTIONS) - 1:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    saved = io.BytesIO()
    document.save(saved)
    statement = read_statement(Path("cheshire-2026-10.docx"), saved.getvalue())
    kept = [section.heading for section in statement.sections if closing in [p.text for p in section.paragraphs]]
    assert len(kept) == len(SECTIONS)
