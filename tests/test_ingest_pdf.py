"""PDF statements: page furniture removed, paragraphs found by spacing,
numbers and indentation, paragraphs running over a page joined again."""

from __future__ import annotations

from pathlib import Path

from builders import PdfBuilder

from drafter.corpus import read_statement

HEADER = ["Eastmoor Police and Crime Panel", "9 May 2024",
          "Title: Eastmoor Police and Crime Commissioner – priorities statement"]
LONG = ("Neighbourhood teams held {n} street meetings this quarter, and residents raised parking, "
        "speeding and anti-social behaviour most often; each issue was logged, given an owner and "
        "reported back at the following meeting so that people could see what had changed. ")


def long_paragraph(n: int, sentences: int = 4) -> str:
    return (LONG.format(n=n) * sentences).strip()


def read_pdf(builder: PdfBuilder):
    return read_statement(Path("statement.pdf"), builder.to_bytes())


def build(paragraphs: list[str], **options) -> PdfBuilder:
    builder = PdfBuilder(**options)
    for line in HEADER:
        builder.line(line)
    builder.heading("Reduce neighbourhood crime")
    for number, text in enumerate(paragraphs, start=1):
        builder.paragraph(text, number)
    return builder


def test_running_header_and_page_footers_are_removed():
    builder = build([long_paragraph(n) for n in range(1, 13)], running_header="Eastmoor OPCC – official")
    assert builder.pdf.page_no() >= 3
    statement = read_pdf(builder)
    text = " ".join(p.text for s in statement.sections for p in s.paragraphs)
    assert "official" not in text and "Page" not in text
    assert [p.number for p in statement.sections[0].paragraphs] == list(range(1, 13))


def test_paragraph_running_over_a_page_break_is_one_paragraph():
    paragraphs = [long_paragraph(n) for n in range(1, 9)]
    builder = PdfBuilder(running_header="Eastmoor OPCC")
    for line in HEADER:
        builder.line(line)
    builder.heading("Reduce neighbourhood crime")
    split = [n for n, text in enumerate(paragraphs, start=1) if builder.paragraph(text, n)]
    assert split  # the layout really breaks a paragraph across pages
    statement = read_pdf(builder)
    read = {p.number: p.text for p in statement.sections[0].paragraphs}
    assert list(read) == list(range(1, 9))
    for number in split:
        assert read[number] == paragraphs[number - 1]


def test_header_and_headings_from_a_pdf():
    builder = build([long_paragraph(1, 1)])
    builder.heading("Tackle cyber crime")
    builder.paragraph("Victims of online fraud are now called back within two days.", 2)
    statement = read_pdf(builder)
    assert (statement.board, statement.date, statement.force) == (
        "Eastmoor Police and Crime Panel", "2024-05-09", "Eastmoor")
    assert [(s.heading, s.priority) for s in statement.sections] == [
        ("Reduce neighbourhood crime", "neighbourhood-crime"), ("Tackle cyber crime", "cyber-crime")]


def test_paragraphs_without_gaps_split_on_numbers_and_short_lines():
    builder = PdfBuilder(page_footer=False)
    for line in HEADER:
        builder.line(line, gap_after=0)
    builder.heading("Reduce serious violence")
    builder.line("1. " + long_paragraph(1, 1), gap_after=0)
    builder.line("2. " + long_paragraph(2, 1), gap_after=0)
    builder.line("The figures above are provisional.", gap_after=0)
    builder.line("Tackle cyber crime", bold=True, gap_after=0)
    builder.line("3. Fraud reports rose by a third.", gap_after=0)
    statement = read_pdf(builder)
    assert statement.board == "Eastmoor Police and Crime Panel"
    assert [[p.number for p in s.paragraphs] for s in statement.sections] == [[1, 2, None], [3]]


def test_bare_page_number_in_the_footer_is_removed():
    builder = PdfBuilder(page_footer=False)
    builder.heading("Introduction")
    builder.paragraph("The force opened a new custody suite in January.", 1)
    builder.pdf.set_y(-18)
    builder.pdf.set_font("Helvetica", "", 9)
    builder.pdf.cell(0, 5, "3", align="C")
    statement = read_pdf(builder)
    assert [(p.number, p.text) for p in statement.sections[0].paragraphs] == [
        (1, "The force opened a new custody suite in January.")]


def test_hanging_numbers_and_first_line_indents():
    builder = PdfBuilder(running_header="Eastmoor OPCC")
    for line in HEADER:
        builder.line(line)
    builder.heading("Reduce neighbourhood crime")
    texts = [long_paragraph(n, 3) for n in range(1, 9)]
    split = [n for n, text in enumerate(texts, start=1) if builder.paragraph(text, n, hanging=True)]
    assert split
    builder.heading("Tackle cyber crime")
    indented = ["Fraud advice sessions reached older residents in every district this quarter, and "
                "officers followed up each report within two days of it being made to them. " * 2] * 3
    for text in indented:  # no gap between paragraphs: only the indent marks where each starts
        builder.line("      " + text.strip(), gap_after=0)
    statement = read_pdf(builder)
    first, second = statement.sections
    assert {p.number: p.text for p in first.paragraphs} == dict(enumerate(texts, start=1))
    assert [(p.number, p.text) for p in second.paragraphs] == [(None, text.strip()) for text in indented]
