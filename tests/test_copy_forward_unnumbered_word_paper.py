"""A Word statement for a Police and Crime Panel that numbers none of its
paragraphs (sub-headings under each priority, a figures table) is copied
forward in that style: the board stays in the header and the paragraphs stay
unnumbered. The board alone made the copy a numbered board paper, so its
export read "1. This update sets out …" where the office never numbers.

The statement and figures are written for these tests.
"""

from __future__ import annotations

from builders import DocxBuilder

from drafter.export.layout import render_text


def _paper() -> bytes:
    builder = DocxBuilder()
    builder.paragraph("Dorset Police and Crime Panel")
    builder.paragraph("16 June 2026")
    builder.paragraph("Title: Update on the National Policing Priorities: Quarter 4 2025/26")
    builder.heading("Introduction")
    builder.paragraph("This update covers January to March 2026, the final quarter of 2025/26.")
    builder.heading("Reduce murder and other homicide")
    builder.heading("Performance", level=2)
    builder.paragraph("There were two homicides in January to March 2026.")
    return builder.to_bytes()


def test_an_unnumbered_word_paper_for_a_panel_copies_forward_unnumbered(empty_workspace, tmp_path):
    (tmp_path / "figures.csv").write_text("area,measure,period,value\nDorset,homicides,2026-Q1,2\n"
                                          "Dorset,homicides,2026-Q2,3\n", encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "figures.csv")
    (tmp_path / "dorset-2026-06.docx").write_bytes(_paper())
    empty_workspace.add_statements([tmp_path / "dorset-2026-06.docx"], force="Dorset")
    draft = empty_workspace.new_draft(from_statement=empty_workspace.list_statements()[0].id)
    assert draft.board == "Dorset Police and Crime Panel"
    assert [number for _, _, number in draft.numbered()] == [None] * len(list(draft.numbered()))
    text = render_text(draft)
    assert "\nThis update covers April to June 2026, the first quarter of 2026/27.\n" in text
    assert "\nThere were three homicides in April to June 2026.\n" in text
    assert "1. " not in text
