"""A table pasted from Word whose first column holds figures ("155\\t138",
"1\\t4") keeps that column, where its first cell was taken for a list's number and
dropped; text hidden by a character style ("Reviewer note", Font > Hidden) is not
read, as text hidden by the run's own formatting is not."""

from __future__ import annotations

import io

from docx import Document
from docx.enum.style import WD_STYLE_TYPE

from drafter.corpus import read_statement
from drafter.drafts.markup import items_of


def test_a_pasted_table_of_figures_keeps_its_first_column():
    [table] = items_of(["Apr to Jun 2026\tJul to Sep 2026", "155\t138"])
    assert table.cells == [["Apr to Jun 2026", "Jul to Sep 2026"], ["155", "138"]]
    [table] = items_of(["Quarter\tHomicides", "1\t4", "2\t3"])
    assert table.cells == [["Quarter", "Homicides"], ["1", "4"], ["2", "3"]]


def test_a_pasted_numbered_paragraph_is_still_a_list_item():
    [item] = items_of(["3.3\tThe force opened two new hubs in the quarter."])
    assert item.text == "The force opened two new hubs in the quarter."


def test_text_hidden_by_a_character_style_is_not_read(tmp_path):
    document = Document()
    note = document.styles.add_style("Reviewer note", WD_STYLE_TYPE.CHARACTER)
    note.font.hidden = True
    document.add_paragraph("Cumbria Police and Crime Panel")
    document.add_paragraph("Reduce serious violence", style="Heading 1")
    paragraph = document.add_paragraph("Firearms offences fell to 9 in the quarter")
    paragraph.add_run(" (check: was it 19?)", style="Reviewer note")
    paragraph.add_run(".")
    for heading in ("Reduce murder and other homicide", "Reduce neighbourhood crime", "Improve victim satisfaction"):
        document.add_paragraph(heading, style="Heading 1")
        document.add_paragraph("Work with partners continues.")
    path = tmp_path / "cumbria.docx"
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(buffer.getvalue())
    statement = read_statement(path)
    texts = [p.text for section in statement.sections for p in section.paragraphs]
    assert "Firearms offences fell to 9 in the quarter." in texts
    assert not [text for text in texts if "19" in text]
