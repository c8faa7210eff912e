"""A Word statement whose pages carry their furniture in the body ("OFFICIAL",
"Page 2 of 3", the panel's name and date, the office's address), as one converted from a PDF or
pasted page by page does, is read without it: those lines are not
paragraphs of the sections they fall in."""

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


def _statement(page_numbers: bool):
    document = Document()
    document.add_paragraph("OFFICIAL")
    document.add_paragraph("National Policing Priorities: quarterly statement, July to September 2026")
    for page in range(3):
        for heading, text in SECTIONS[page * 2:page * 2 + 2]:
            document.add_heading(heading, 2)
            document.add_paragraph(text)
        if page_numbers:
            document.add_paragraph(f"Page {page + 1} of 3")
        document.add_paragraph("Cheshire Police and Crime Panel, 14 October 2026")
        document.add_paragraph("Office of the Police and Crime Commissioner for Cheshire, Clemonds Hey, "
                               "Oakmere Road, Winsford, CW7 2UA")
        if page < 2:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            document.add_paragraph("OFFICIAL")
    stream = io.BytesIO()
    document.save(stream)
    return read_statement(Path("cheshire-2026-10.docx"), stream.getvalue())


@pytest.mark.parametrize("page_numbers", [True, False])
def test_page_furniture_typed_in_the_body_is_not_read_as_paragraphs(page_numbers):
    statement = _statement(page_numbers)
    assert [[p.text for p in s.paragraphs] for s in statement.sections if s.heading] == [
        [text] for _, text in SECTIONS]
