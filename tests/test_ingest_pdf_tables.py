"""In a PDF board paper, a table of figures is read as a table (its column
titles are no heading, its rows no paragraph run together), and a numbered
paragraph set just under it ("2.2 Operation Sceptre ran …") opens a paragraph
of its own, as it carries on the section's numbering, rather than running on
from the table's last row and losing its number to it.

The paper is written for these tests; the force and figures are fictional."""

from __future__ import annotations

import io
from pathlib import Path

from drafter.corpus import read_statement


def _paper() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()

    def heading(text: str) -> None:
        pdf.set_font("Helvetica", "B", 12)
        pdf.set_x(10)
        pdf.multi_cell(190, 7, text)
        pdf.ln(1)

    def paragraph(text: str) -> None:
        pdf.set_font("Helvetica", "", 11)
        pdf.set_x(10)
        pdf.multi_cell(190, 6, text)
        pdf.ln(2)

    heading("Severnshire Police and Crime Panel")
    paragraph("20 November 2026")
    heading("National Policing Priorities: July to September 2026")
    heading("1. Reduce murder and other homicide")
    paragraph("1.1 There were four homicides in the quarter.")
    heading("2. Reduce serious violence")
    paragraph("2.1 Knife crime fell in the quarter. The table below gives the figures.")
    pdf.set_font("Helvetica", "", 11)
    with pdf.table(col_widths=(70, 40, 40), width=150, align="LEFT") as table:
        for cells in (("Measure", "Jul-Sep 2025", "Jul-Sep 2026"), ("Knife offences", "412", "388"),
                      ("Firearms offences", "9", "7")):
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.ln(3)
    paragraph("2.2 Operation Sceptre ran in Severnford and Tewbridge.")
    heading("3. Tackle cyber crime")
    paragraph("3.1 The cyber team gave 28 talks.")
    stream = io.BytesIO()
    pdf.output(stream)
    return stream.getvalue()


def test_a_numbered_paragraph_under_a_table_keeps_its_number_and_place():
    statement = read_statement(Path("severnshire-2026-11.pdf"), _paper(), areas=["Severnshire"])
    violence = next(section for section in statement.sections if section.priority == "serious-violence")
    assert [p.kind for p in violence.paragraphs] == ["paragraph", "table", "paragraph"]
    assert violence.paragraphs[1].cells == [["Measure", "Jul-Sep 2025", "Jul-Sep 2026"],
                                            ["Knife offences", "412", "388"], ["Firearms offences", "9", "7"]]
    assert violence.paragraphs[2].text == "Operation Sceptre ran in Severnford and Tewbridge."
    assert [section.priority for section in statement.sections] == ["homicide", "serious-violence", "cyber-crime"]


def test_two_columns_of_running_text_are_no_table():
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(190, 8, "How Severnshire Police contributes to the National Policing Priorities.",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(190, 8, "Reduce serious violence", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    left = ["Knife crime fell in the quarter after", "the summer campaign in Severnford,",
            "led by neighbourhood teams."]
    right = ["Bleed kits are now held in venues", "across Tewbridge and the towns", "around it, with more to come."]
    for one, other in zip(left, right):
        pdf.cell(90, 6, one)
        pdf.cell(10, 6, "")
        pdf.cell(90, 6, other, new_x="LMARGIN", new_y="NEXT")
    stream = io.BytesIO()
    pdf.output(stream)
    statement = read_statement(Path("severnshire-2026-11.pdf"), stream.getvalue(), areas=["Severnshire"])
    texts = [p for section in statement.sections for p in section.paragraphs]
    assert texts and not [p for p in texts if p.kind == "table"]
