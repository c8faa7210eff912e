"""A Word table whose column titles are grouped over two header rows (a
cell merged across "Apr to Jun 2025 | Apr to Jun 2026", "Measure" and
"Change" merged down both rows) is read as one row of titles over its
figures, each checked for its column's period, where the titles were split
over two ragged rows and the year before's figure called stale (the bundled
figures: Severnshire had 214 knife offences in April to June 2025 and 208
in April to June 2026)."""

from __future__ import annotations

from docx import Document

from drafter.corpus.ingest.docx import read_docx


def _statement(path):
    document = Document()
    document.add_paragraph("Severnshire Police and Crime Panel")
    document.add_paragraph("5 August 2026")
    document.add_paragraph("1. This statement on the National Policing Priorities covers April to June 2026.")
    document.add_heading("Reduce serious violence", level=2)
    table = document.add_table(rows=3, cols=4)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "Measure"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "Offences"
    table.cell(0, 3).merge(table.cell(1, 3)).text = "Change"
    table.cell(1, 1).text, table.cell(1, 2).text = "Apr to Jun 2025", "Apr to Jun 2026"
    for column, text in enumerate(["Knife crime offences", "214", "208", "-2.8%"]):
        table.cell(2, column).text = text
    document.add_paragraph("2. Navigators worked in two emergency departments.")
    for heading in ("Reduce murder and other homicide", "Reduce neighbourhood crime", "Tackle cyber crime"):
        document.add_heading(heading, level=2)
        document.add_paragraph("Work with partners went on.")
    document.save(path)
    return path


def test_grouped_word_column_titles_become_one_row(tmp_path):
    path = _statement(tmp_path / "severnshire-2026-08.docx")
    assert [block.cells for block in read_docx(path.read_bytes(), path.name) if block.cells] == [[
        ["Measure", "Apr to Jun 2025", "Apr to Jun 2026", "Change"], ["Knife crime offences", "214", "208", "-2.8%"]]]


def test_a_grouped_word_tables_figures_are_checked_for_their_columns(seeded_workspace, tmp_path):
    report = seeded_workspace.review(_statement(tmp_path / "severnshire-2026-08.docx"))
    assert {(m.text, m.period): m.status for m in report.figures if m.text in ("214", "208", "2.8%")} == {
        ("214", "2025-Q2"): "verified", ("208", "2026-Q2"): "verified", ("2.8%", "2026-Q2"): "verified"}
    assert not [f for f in report.findings if f.kind in ("stale-figure", "wrong-figure", "unverified-figure")]


def _grouped_by_quarter(path, group: str, below: tuple[str, str]):
    """Knife crime in a table whose quarter and years are split over two header rows."""
    document = Document()
    document.add_paragraph("Severnshire Police and Crime Panel")
    document.add_paragraph("5 August 2026")
    document.add_paragraph("1. This statement on the National Policing Priorities covers April to June 2026.")
    document.add_heading("Reduce serious violence", level=2)
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "Measure"
    table.cell(0, 1).merge(table.cell(0, 2)).text = group
    table.cell(1, 1).text, table.cell(1, 2).text = below
    for column, text in enumerate(["Knife crime offences", "214", "208"]):
        table.cell(2, column).text = text
    for heading in ("Reduce murder and other homicide", "Reduce neighbourhood crime", "Tackle cyber crime"):
        document.add_heading(heading, level=2)
        document.add_paragraph("Work with partners went on.")
    document.save(path)
    return path


def test_a_quarter_over_its_years_and_a_year_over_its_quarters_read_as_quarters(tmp_path):
    by_year = _grouped_by_quarter(tmp_path / "a.docx", "Apr to Jun", ("2025", "2026"))
    by_quarter = _grouped_by_quarter(tmp_path / "b.docx", "2026", ("Apr to Jun", "Jul to Sep"))
    assert [block.cells[0] for block in read_docx(by_year.read_bytes(), "a.docx") if block.cells] == [
        ["Measure", "Apr to Jun 2025", "Apr to Jun 2026"]]
    assert [block.cells[0] for block in read_docx(by_quarter.read_bytes(), "b.docx") if block.cells] == [
        ["Measure", "Apr to Jun 2026", "Jul to Sep 2026"]]


def test_a_quarter_over_its_years_checks_each_figure_for_its_quarter(seeded_workspace, tmp_path):
    path = _grouped_by_quarter(tmp_path / "severnshire-2026-08.docx", "Apr to Jun", ("2025", "2026"))
    report = seeded_workspace.review(path)
    assert {(m.text, m.period): m.status for m in report.figures if m.text in ("214", "208")} == {
        ("214", "2025-Q2"): "verified", ("208", "2026-Q2"): "verified"}
