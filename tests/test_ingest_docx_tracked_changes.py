"""Tracked changes beyond a paragraph's own text, read as if accepted: two
paragraphs joined by deleting the mark between them are one paragraph, a
paragraph deleted whole takes nothing with it, and a deleted table row is gone."""

from __future__ import annotations

from pathlib import Path

from builders import DocxBuilder, word_element

from drafter.corpus import read_statement

PRIORITIES = ("Disrupt drugs supply and county lines", "Reduce neighbourhood crime", "Tackle cyber crime")


def _statement(builder: DocxBuilder):
    for heading in PRIORITIES:
        builder.heading(heading, 2)
        builder.paragraph("Work with partners went on.")
    return read_statement(Path("statement.docx"), builder.to_bytes())


def _mark_deleted(paragraph) -> None:
    marks = word_element("rPr")
    marks.append(word_element("del", id="7", author="Editor", date="2026-10-02T09:00:00Z"))
    paragraph._p.get_or_add_pPr().append(marks)


def _deleted_run(paragraph, text: str) -> None:
    deleted = word_element("del", id="8", author="Editor", date="2026-10-02T09:00:00Z")
    run, words = word_element("r"), word_element("delText")
    words.text = text
    run.append(words)
    deleted.append(run)
    paragraph._p.append(deleted)


def test_two_paragraphs_joined_with_changes_tracked_read_as_one():
    builder = DocxBuilder()
    builder.heading("Reduce murder and other homicide", 2)
    builder.paragraph("There were 2 homicides between July and September 2026.")
    _mark_deleted(builder.paragraph("The Homicide Prevention Partnership met in September"))
    builder.paragraph(" and agreed its plan for 2026\u201327.")
    statement = _statement(builder)
    assert [s.heading for s in statement.sections][:2] == ["Reduce murder and other homicide",
                                                           PRIORITIES[0]]
    assert [p.text for p in statement.sections[0].paragraphs] == [
        "There were 2 homicides between July and September 2026.",
        "The Homicide Prevention Partnership met in September and agreed its plan for 2026\u201327."]


def test_a_heading_deleted_whole_leaves_the_paragraph_after_it_as_it_was():
    builder = DocxBuilder()
    builder.heading("Reduce murder and other homicide", 2)
    builder.paragraph("There were 2 homicides between July and September 2026.")
    old_heading = builder.heading("", 3)
    _deleted_run(old_heading, "Homicide prevention")
    _mark_deleted(old_heading)
    builder.paragraph("The partnership agreed its plan for 2026\u201327.")
    statement = _statement(builder)
    assert [p.text for p in statement.sections[0].paragraphs] == [
        "There were 2 homicides between July and September 2026.", "The partnership agreed its plan for 2026\u201327."]


def test_a_deleted_table_row_is_gone():
    builder = DocxBuilder()
    builder.heading("Reduce serious violence", 2)
    table = builder.document.add_table(rows=4, cols=3)
    for row, values in enumerate([["Measure", "Apr to Jun 2026", "Jul to Sep 2026"],
                                  ["Knife crime offences", "150", "160"],
                                  ["Knife crime offences", "155", "138"],
                                  ["Firearms offences", "11", "9"]]):
        for column, value in enumerate(values):
            table.cell(row, column).text = value
    table.rows[1]._tr.get_or_add_trPr().append(word_element("del", id="9", author="Editor"))
    statement = _statement(builder)
    assert statement.sections[0].paragraphs[0].cells == [
        ["Measure", "Apr to Jun 2026", "Jul to Sep 2026"], ["Knife crime offences", "155", "138"],
        ["Firearms offences", "11", "9"]]
