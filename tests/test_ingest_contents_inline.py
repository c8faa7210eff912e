"""A contents list run on in one line ("Contents: Homicide (page 2); Serious
violence (page 3); ..."), as a short paper or a PDF saved as text gives it,
is left out as a contents list, not read into the statement's title or
opened as a section; a line of figures written the same way is kept (the
Gloucestershire statements here are invented for these tests)."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import DocxBuilder, PdfBuilder

from drafter.corpus import read_statement

HEADER = ["Gloucestershire Police and Crime Commissioner", "Statement on the National Policing Priorities",
          "December 2026"]
BODY = ["Reduce murder and other homicide", "", "1. Two homicides were recorded in the quarter.", "",
        "Reduce serious violence", "", "2. Knife crime fell for the third quarter running.", "",
        "Reduce neighbourhood crime", "", "3. Burglary patrols were extended to the market towns."]
TITLE = "Gloucestershire Police and Crime Commissioner – Statement on the National Policing Priorities"

INLINE = [
    "Contents: Homicide (page 2); Serious violence (page 3); Neighbourhood crime (page 4)",
    "Contents: Homicide, page 2; Serious violence, page 3; Neighbourhood crime, page 4",
    "CONTENTS – Homicide 2 | Serious violence 3 | Neighbourhood crime 4",
    "Contents: Homicide (p. 2), Serious violence (p. 3), Neighbourhood crime (p. 4).",
    "Table of contents: Introduction ... 1; Homicide ... 2; Serious violence ... 3",
    "In this statement: Homicide (page 2) • Serious violence (page 3) • Neighbourhood crime (page 4)",
    # A bilingual statement's list, in Welsh or both languages.
    "Cynnwys: Lladdiad (tudalen 2); Trais difrifol (tudalen 3); Troseddau cymdogaeth (tudalen 4)",
    "Cynnwys / Contents: Lladdiad / Homicide (tudalen 2); Trais difrifol / Serious violence (tudalen 3)",
    "Contents / Cynnwys: Homicide, t. 2; Serious violence, t. 3; Neighbourhood crime, t. 4",
    # Pages as ranges, and entries run on after leader dots with nothing between them.
    "Contents: Homicide (pages 2-3); Serious violence (pages 3-4); Neighbourhood crime (page 5)",
    "Contents: Homicide (pp. 2–3); Serious violence (p. 3); Neighbourhood crime (p. 4)",
    "CONTENTS Homicide ...... 2 Serious violence ...... 3 Neighbourhood crime ...... 4",
]


def read_text(tmp_path, lines: list[str]):
    path = tmp_path / "gloucestershire-2026-12.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return read_statement(path)


def everything(statement) -> str:
    return "\n".join([statement.title or "", *(s.heading or "" for s in statement.sections),
                      *(p.text for s in statement.sections for p in s.paragraphs)])


@pytest.mark.parametrize("contents", INLINE)
@pytest.mark.parametrize("blank_lines", [True, False])
def test_a_contents_list_on_one_line_is_left_out(tmp_path, contents, blank_lines):
    lines = [*HEADER, "", contents, "", *BODY] if blank_lines else [*HEADER, contents, *BODY]
    statement = read_text(tmp_path, lines)
    assert statement.title == TITLE
    assert [s.priority for s in statement.sections] == ["homicide", "serious-violence", "neighbourhood-crime"]
    assert "page 3" not in everything(statement).lower() and "(p. 3)" not in everything(statement)
    assert "tudalen" not in everything(statement) and "t. 3" not in everything(statement)


def test_a_contents_line_the_page_wraps_is_left_out(tmp_path):
    statement = read_text(tmp_path, [*HEADER, "", "Contents: Homicide (page 2); Serious violence (page 3);",
                                     "Drug supply and county lines (page 4); Neighbourhood crime (page 5)",
                                     "", *BODY])
    assert statement.title == TITLE and "Drug supply" not in everything(statement)


@pytest.mark.parametrize("kept", [
    "In this report: Homicides 7; Knife offences 208; Burglaries 312",          # figures, not pages
    "Contents: Homicide (page 5); Serious violence (page 3)",                 # pages that go back
    "Contents: this statement covers homicide, serious violence and neighbourhood crime.",
])
def test_a_line_that_only_looks_like_one_is_kept(tmp_path, kept):
    statement = read_text(tmp_path, [*HEADER, "", "Introduction", "", kept, "", *BODY])
    assert kept.split(":")[1].strip().rstrip(".") in everything(statement)


def test_a_contents_line_in_a_pdf_is_left_out():
    builder = PdfBuilder()
    for line in HEADER:
        builder.line(line)
    builder.line("Contents: Homicide (page 2); Serious violence (page 3); Drug supply and county lines "
                 "(page 4); Neighbourhood crime (page 5); Victim satisfaction (page 6); Fraud (page 7)")
    builder.heading("Reduce murder and other homicide")
    builder.paragraph("Two homicides were recorded in the quarter.", 1)
    builder.heading("Reduce serious violence")
    builder.paragraph("Knife crime fell for the third quarter running.", 2)
    statement = read_statement(Path("gloucestershire-2026-12.pdf"), builder.to_bytes())
    assert statement.title == TITLE
    assert [s.priority for s in statement.sections] == ["homicide", "serious-violence"]
    assert "page 4" not in everything(statement)


def test_a_contents_line_in_a_word_document_is_left_out():
    builder = DocxBuilder()
    for line in HEADER:
        builder.paragraph(line)
    builder.paragraph("Contents: Homicide (page 2); Serious violence (page 3); Neighbourhood crime (page 4)")
    builder.heading("Reduce murder and other homicide")
    builder.paragraph("Two homicides were recorded in the quarter.")
    builder.heading("Reduce serious violence")
    builder.paragraph("Knife crime fell for the third quarter running.")
    statement = read_statement(Path("gloucestershire-2026-12.docx"), builder.to_bytes())
    assert statement.title == TITLE
    assert [s.priority for s in statement.sections] == ["homicide", "serious-violence"]
