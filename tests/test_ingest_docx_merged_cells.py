"""A Word table's cells merged across columns or down rows in its body are
read in the columns they stand in: the cells after a "[c]" merged over two
quarters stay under their own titles, and a measure's name merged down beside
two of its rows names both."""

from __future__ import annotations

import io

from docx import Document

from drafter.corpus.ingest.docx import read_docx

FIGURES = [
    ["Measure", "Apr to Jun 2026", "Jul to Sep 2026", "Change"],
    ["County lines closed", "9", "12", "+3"],
    ["Drug trafficking offences", "[c]", None, "*"],
]


def _cells(document) -> list[list[list[str]]]:
    stream = io.BytesIO()
    document.save(stream)
    return [block.cells for block in read_docx(stream.getvalue(), "statement.docx") if block.cells]


def test_a_cell_merged_across_columns_leaves_the_next_cell_under_its_title():
    document = Document()
    table = document.add_table(rows=3, cols=4)
    for row, values in enumerate(FIGURES):
        for column, value in enumerate(values):
            if value is not None:
                table.cell(row, column).text = value
    table.cell(2, 1).merge(table.cell(2, 2))
    assert _cells(document) == [[FIGURES[0], FIGURES[1], ["Drug trafficking offences", "[c]", "", "*"]]]


def test_a_name_merged_down_two_rows_names_both():
    document = Document()
    table = document.add_table(rows=3, cols=4)
    for column, title in enumerate(["Measure", "", "Apr to Jun 2026", "Jul to Sep 2026"]):
        table.cell(0, column).text = title
    table.cell(1, 0).merge(table.cell(2, 0)).text = "Knife crime"
    for column, value in enumerate(["Offences", "155", "138"], start=1):
        table.cell(1, column).text = value
    for column, value in enumerate(["Rate per 1,000", "0.14", "0.12"], start=1):
        table.cell(2, column).text = value
    assert _cells(document)[0][1:] == [["Knife crime", "Offences", "155", "138"],
                                       ["Knife crime", "Rate per 1,000", "0.14", "0.12"]]


def test_a_title_merged_across_two_columns_over_figures_is_one_row_of_titles():
    """"Measure" spanning a name and a sub-name column, over rows of figures: the
    first row of figures is not read as a second row of titles."""
    document = Document()
    table = document.add_table(rows=3, cols=4)
    for column, title in enumerate(["", "", "Apr to Jun 2026", "Jul to Sep 2026"]):
        table.cell(0, column).text = title
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Measure"
    for row, values in ((1, ["Knife crime", "Offences", "155", "138"]),
                        (2, ["Firearms", "Offences", "11", "9"])):
        for column, value in enumerate(values):
            table.cell(row, column).text = value
    assert _cells(document) == [[["Measure", "", "Apr to Jun 2026", "Jul to Sep 2026"],
                                 ["Knife crime", "Offences", "155", "138"], ["Firearms", "Offences", "11", "9"]]]
