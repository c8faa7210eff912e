"""A paragraph a writer adds to the Word export by setting it in the "List
Number" style (from the ribbon, not by pressing Enter after a numbered one)
carries the numbering on, in Word and when drafter reads the file back.
Before, the style had a list of its own, so the new paragraph was numbered 1
in the middle of the statement.

The statement text is written for these tests.
"""

from __future__ import annotations

from drafter import drafts
from drafter.corpus import read_statement
from drafter.export.docx import LIST_STYLE, build_docx


def test_a_paragraph_set_in_the_list_style_carries_the_numbering_on(empty_workspace, tmp_path):
    draft = drafts.new_draft(empty_workspace, title="Quarterly statement", date="2027-01",
                             board="Testshire Police and Crime Panel")
    draft.set_section_text("serious-violence", "Knife crime fell to 208 offences.\n\n"
                                               "Twenty-one surrender bins are now in place.")
    document = build_docx(draft)
    bins = next(p for p in document.paragraphs if p.text.startswith("Twenty-one"))
    added = bins.insert_paragraph_before("A new bin opened in Tewbridge in November.", style=LIST_STYLE)
    assert added._p.pPr.numPr is None  # numbered by its style alone, as Word sets it
    document.save(str(tmp_path / "testshire-2027-01.docx"))
    violence = next(s for s in read_statement(tmp_path / "testshire-2027-01.docx").sections
                    if s.priority == "serious-violence")
    assert [(p.number, p.text) for p in violence.paragraphs] == [
        (2, "Knife crime fell to 208 offences."), (3, "A new bin opened in Tewbridge in November."),
        (4, "Twenty-one surrender bins are now in place.")]
