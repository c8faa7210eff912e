"""A board paper set in English and Welsh line by line: the board named in
both ("Panel Heddlu a Throsedd Gogledd Cymru / North Wales Police and Crime
Panel"), the agenda item in both ("Agenda item 6 / Eitem 6 ar yr agenda"),
the byline in both and the title in both ("… July to September 2025 / …
Gorffennaf i Fedi 2025"). The board is read as the English board, the agenda
item and byline are left out of the title, the numbered heading under them
("1. Purpose / Pwrpas") opens the body, and review reads the quarter the
title names, not the calendar year before the meeting; a key figures table
headed "This quarter / Y chwarter hwn | Last quarter / Y chwarter diwethaf"
is read as one headed in English, its last quarter's figures not stale.

The paper is written for these tests."""

from __future__ import annotations

from docx import Document

from drafter.corpus import read_statement

FIGURES = """area,measure,period,value
North Wales,homicides,2025-Q2,3
North Wales,homicides,2025-Q3,2
"""


def _paper(path):
    document = Document()
    document.add_paragraph("Panel Heddlu a Throsedd Gogledd Cymru / North Wales Police and Crime Panel")
    document.add_paragraph("8 December 2025 / 8 Rhagfyr 2025")
    document.add_paragraph("Agenda item 6 / Eitem 6 ar yr agenda")
    document.add_heading("National Policing Priorities: July to September 2025 / Blaenoriaethau Plismona "
                         "Cenedlaethol: Gorffennaf i Fedi 2025", level=1)
    document.add_paragraph("Report of the Police and Crime Commissioner for North Wales / Adroddiad Comisiynydd "
                           "Heddlu a Throsedd Gogledd Cymru")
    document.add_heading("1. Purpose / Pwrpas", level=2)
    document.add_paragraph("1.1 This report tells the Panel how the force contributed to the National Policing "
                           "Priorities. All six priorities apply locally.")
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Measure / Mesur", "This quarter / Y chwarter hwn",
                                                 "Last quarter / Y chwarter diwethaf")):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ("Homicides / Dynladdiadau", "2", "3")):
        cell.text = text
    document.add_heading("2. Reduce murder and other homicide / Lleihau llofruddiaeth a dynladdiad arall", level=2)
    document.add_paragraph("2.1 There were 9 homicides in July to September 2025.")
    document.add_paragraph("2.1 Cofnodwyd 9 dynladdiad rhwng Gorffennaf a Medi 2025.")
    document.save(path)
    return path


def test_the_header_in_two_languages_is_read_as_its_fields(tmp_path):
    statement = read_statement(_paper(tmp_path / "north-wales-2025-12.docx"))
    assert statement.board == "North Wales Police and Crime Panel"
    assert statement.presented_by == "Police and Crime Commissioner for North Wales"
    assert statement.title == ("National Policing Priorities: July to September 2025 / Blaenoriaethau Plismona "
                               "Cenedlaethol: Gorffennaf i Fedi 2025")
    assert statement.date == "2025-12-08"
    assert statement.sections[0].heading == "Purpose / Pwrpas"
    assert statement.sections[0].paragraphs[0].text.startswith("This report tells the Panel")


def test_review_reads_the_quarter_a_title_in_two_languages_names(empty_workspace, tmp_path):
    (tmp_path / "figures.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "figures.csv")
    report = empty_workspace.review(_paper(tmp_path / "north-wales-2025-12.docx"))
    assert report.period == "2025-Q3"
    assert [f.message.split(":")[0] for f in report.findings if f.kind == "wrong-figure"] == [
        "9 homicides in 2025-Q3"]


def test_a_table_headed_in_two_languages_reads_its_quarters(empty_workspace, tmp_path):
    (tmp_path / "figures.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "figures.csv")
    report = empty_workspace.review(_paper(tmp_path / "north-wales-2025-12.docx"))
    cells = {m.text: (m.status, m.period) for m in report.figures if m.text in ("2", "3")}
    assert cells == {"2": ("verified", "2025-Q3"), "3": ("verified", "2025-Q2")}
    assert not [f for f in report.findings if f.kind == "stale-figure"]
