"""The real West Midlands statement, read as .txt and converted at test time
to .md, .docx and .pdf: every format must give the same structure."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import docx_bytes, markdown_text, parts_from_text, pdf_bytes

from drafter.corpus import read_statement

SECTION_KEYS = ["introduction", "homicide", "serious-violence", "drugs-county-lines",
                "neighbourhood-crime", "victim-satisfaction", "cyber-crime", "closing"]
# The paragraphs the source text splits with a page break (and a blank line).
PAGE_BREAK_PARAGRAPHS = {5: ("services to", "support victims"),
                         11: ("a team of", "professionals"),
                         17: ("caught and", "punished"),
                         22: ("to address", "neighbourhood crime")}


@pytest.fixture
def reference(reference_path):
    return read_statement(reference_path)


@pytest.fixture
def reference_parts(reference_path):
    return parts_from_text(reference_path.read_text(encoding="utf-8"))


def numbered(statement):
    return [p.number for s in statement.sections for p in s.paragraphs if p.number is not None]


def flat(statement):
    return [(s.heading, s.priority, p.number, p.text) for s in statement.sections for p in s.paragraphs]


def assert_reference_structure(statement):
    assert [s.priority for s in statement.sections] == SECTION_KEYS
    assert numbered(statement) == list(range(1, 32))
    closing = statement.sections[-1]
    assert [p.number for p in closing.paragraphs] == [None]
    assert closing.paragraphs[0].text.startswith("Reports on performance")


def test_reference_header(reference):
    assert reference.date == "2023-09"
    assert reference.force == "West Midlands"
    assert reference.board == "Strategic Policing and Crime Board"
    assert reference.title.startswith("Performance Report")
    assert reference.title.endswith("Commissioner Statement")
    assert reference.presented_by is None  # "N/A"


def test_reference_sections_and_numbers(reference):
    assert_reference_structure(reference)
    headings = [s.heading for s in reference.sections]
    assert headings[0] == "Introduction" and headings[-1] == "Reporting frequency"
    by_section = {s.priority: [p.number for p in s.paragraphs] for s in reference.sections}
    assert by_section["introduction"] == [1]
    assert by_section["homicide"] == list(range(2, 10))
    assert by_section["serious-violence"] == list(range(10, 18))
    assert by_section["drugs-county-lines"] == list(range(18, 22))
    assert by_section["neighbourhood-crime"] == list(range(22, 26))
    assert by_section["victim-satisfaction"] == [26, 27, 28]
    assert by_section["cyber-crime"] == [29, 30, 31]


def test_reference_header_lines_stay_out_of_sections(reference):
    texts = " ".join(p.text for s in reference.sections for p in s.paragraphs)
    assert "Regular Item" not in texts
    assert "Presented by" not in texts


@pytest.mark.parametrize("number", sorted(PAGE_BREAK_PARAGRAPHS))
def test_reference_page_break_fragments_rejoined(reference, number):
    before, after = PAGE_BREAK_PARAGRAPHS[number]
    paragraph = next(p for s in reference.sections for p in s.paragraphs if p.number == number)
    assert f"{before} {after}" in paragraph.text
    assert paragraph.text.endswith(".")
    # The fragment is not left behind as a paragraph of its own.
    assert not any(p.text.startswith(after) for s in reference.sections for p in s.paragraphs)


def test_reference_paragraph_five_is_one_paragraph(reference):
    homicide = next(s for s in reference.sections if s.priority == "homicide")
    five = next(p for p in homicide.paragraphs if p.number == 5)
    start, rest = five.text.split("services to support victims", 1)
    assert start and len(rest) > len(start)  # the longer half came after the page break
    assert five.text.endswith("to stop.")
    assert len(homicide.paragraphs) == 8


def test_reference_pound_signs_survive(reference):
    eleven = next(p for s in reference.sections for p in s.paragraphs if p.number == 11)
    assert "£2 million" in eleven.text


def test_reference_as_markdown(reference, reference_parts, tmp_path):
    path = tmp_path / "statement.md"
    path.write_text(markdown_text(reference_parts), encoding="utf-8")
    statement = read_statement(path)
    assert_reference_structure(statement)
    assert (statement.date, statement.force, statement.board) == ("2023-09", "West Midlands",
                                                                  "Strategic Policing and Crime Board")
    # Emphasis markers are Markdown, not words.
    expected = [(h, k, n, t.replace("*", "")) for h, k, n, t in flat(reference)]
    assert flat(statement) == expected


@pytest.mark.parametrize("numbering", ["direct", "style"])
def test_reference_as_docx(reference, reference_parts, numbering):
    data = docx_bytes(reference_parts, numbering=numbering, in_table=[15])
    statement = read_statement(Path("statement.docx"), data)
    assert_reference_structure(statement)
    assert flat(statement) == flat(reference)
    assert (statement.date, statement.force, statement.title) == (reference.date, reference.force, reference.title)


def test_reference_as_docx_with_bold_headings_and_header_table(reference, reference_parts):
    data = docx_bytes(reference_parts, numbering="style", heading_style=False, header_table=True)
    statement = read_statement(Path("statement.docx"), data)
    assert_reference_structure(statement)
    assert flat(statement) == flat(reference)
    assert statement.title == reference.title
    assert statement.presented_by is None


def test_reference_as_docx_with_typed_numbers(reference, reference_parts):
    data = docx_bytes(reference_parts, numbering="typed")
    statement = read_statement(Path("statement.docx"), data)
    assert flat(statement) == flat(reference)


def test_reference_as_pdf(reference, reference_parts):
    built = pdf_bytes(reference_parts)
    assert built.pages > 1 and built.split_across_pages  # the PDF really has run-on paragraphs
    statement = read_statement(Path("statement.pdf"), built.data)
    assert_reference_structure(statement)
    assert (statement.date, statement.force, statement.board) == (reference.date, reference.force, reference.board)
    assert flat(statement) == flat(reference)
    texts = [p.text for s in statement.sections for p in s.paragraphs]
    assert not any("Page " in text and " of " in text[-12:] for text in texts)
    assert not any("quarterly statement" in text for text in texts)  # the running header
