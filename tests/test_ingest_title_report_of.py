"""A Word heading "Report of the Police and Crime Commissioner for Thames
Valley: National Policing Priorities" is the statement's title, not a byline
naming who presents it (the text is invented for these tests)."""

from __future__ import annotations

from docx import Document

from drafter.corpus import read_statement

TITLE = "Report of the Police and Crime Commissioner for Thames Valley: National Policing Priorities"


def test_a_report_of_heading_with_its_subject_after_a_colon_is_the_title(tmp_path):
    document = Document()
    document.add_paragraph("Thames Valley Police and Crime Panel – 24 July 2026")
    document.add_heading(TITLE, 1)
    document.add_heading("1. Introduction", 2)
    document.add_paragraph("1.1 This report sets out Thames Valley Police's contribution to the priorities.")
    document.add_heading("2. Reduce murder and other homicide", 2)
    document.add_paragraph("2.1 Every homicide in the year was reviewed by the prevention panel.")
    path = tmp_path / "thames-valley-2026-07.docx"
    document.save(path)
    statement = read_statement(path)
    assert statement.title == TITLE
    assert statement.force == "Thames Valley"


def test_a_report_of_line_naming_only_who_reports_is_still_a_byline(tmp_path):
    path = tmp_path / "cheshire-2026-07.txt"
    path.write_text("Cheshire Police and Crime Panel\n10 July 2026\n\nNational Policing Priorities statement\n\n"
                    "Report of the Police and Crime Commissioner for Cheshire\n\nReduce murder and other homicide\n\n"
                    "Every homicide in the year was reviewed by the prevention panel.\n", encoding="utf-8")
    statement = read_statement(path)
    assert statement.title == "National Policing Priorities statement"
