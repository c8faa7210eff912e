"""A draft as a Word document that Word and LibreOffice treat as a real report.

Section headings use the built-in "Heading 1" style (they show in the
navigation pane and a table of contents); the header block is body text with
bold field labels ("Title:"), as printed reports have it. Numbered paragraphs
are a genuine Word list: one numbering definition (decimal, "%1.") attached
to every numbered paragraph through ``numPr`` with the same list id, and to the
"List Number" style, so numbering carries on across the headings between
sections, and a paragraph inserted in Word (by Enter, or set in the style)
renumbers the rest, just as drafter renumbers them. The
closing section is plain body text. Sub-headings use "Heading 2", bullets
"List Bullet" and tables are real Word tables; a web-style draft (no board)
opens with its title in the "Title" style and "Published <month>".

The document's properties (File › Properties) are the statement's own: its
title, its presenter or else its force as author, the time of export; python-docx's
template would otherwise sign every report "python-docx", 2013, with its
own thumbnail.

Word's XML cannot hold control characters, nor U+FFFE, U+FFFF or a lone
surrogate: a bad copy and paste leaves them in a draft, where they print as
nothing, so they are left out of the document (the Markdown and text exports
keep the text as it is) rather than stopping the export.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path

from drafter.drafts.model import Draft
from drafter.export.layout import meeting_month, presenter, prints_heading
from drafter.statement import BULLET, SUBHEADING, TABLE, without_control_characters

LIST_STYLE = "List Number"
HEADING_STYLE = "Heading 1"
SUBHEADING_STYLE = "Heading 2"
BULLET_STYLE = "List Bullet"
TABLE_STYLE = "Table Grid"
_NOT_XML = re.compile("[\ufffe\uffff\ud800-\udfff]")


def _word(text: str | None) -> str:
    """``text`` as Word's XML can hold it (see the module's notes)."""
    return _NOT_XML.sub("", without_control_characters(text or ""))


def _add_numbering(document) -> int:
    """Add a one-level decimal list definition; return its list (``numId``) id."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    numbering = document.part.numbering_part.element
    abstract_ids = [int(el.get(qn("w:abstractNumId"))) for el in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(el.get(qn("w:numId"))) for el in numbering.findall(qn("w:num"))]
    abstract_id = max(abstract_ids, default=-1) + 1
    num_id = max(num_ids, default=0) + 1
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
        '</w:abstractNum>'
    )
    # The schema wants every abstractNum before the first num.
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'
    ))
    return num_id


def _number(paragraph, num_id: int) -> None:
    numbering = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numbering.get_or_add_ilvl().val = 0
    numbering.get_or_add_numId().val = num_id


def _labelled(document, label: str, value: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.add_run(_word(label)).bold = True
    paragraph.add_run(_word(value))


def _describe(document, draft: Draft, now: datetime) -> None:
    """The document properties a reader sees in Word: nothing left from python-docx's template."""
    from docx.opc.constants import RELATIONSHIP_TYPE

    properties = document.core_properties
    properties.title = _word(draft.title)
    properties.subject = _word(draft.board)
    properties.author = _word(presenter(draft) or draft.area)
    properties.last_modified_by = ""
    properties.comments = ""
    properties.created = properties.modified = now
    properties.revision = 1
    # A package part is written only while a relationship leads to it.
    relationships = document.part.package.rels
    for key in [key for key, relationship in relationships.items()
                if relationship.reltype == RELATIONSHIP_TYPE.THUMBNAIL]:
        relationships.pop(key)


def build_docx(draft: Draft, now: datetime | None = None):
    """The draft as a python-docx ``Document`` (not yet saved), its properties
    dated ``now`` (default: the moment of export)."""
    import docx

    document = docx.Document()
    _describe(document, draft, now or datetime.now(timezone.utc).replace(microsecond=0))
    if draft.board:
        # Plain, not bold: a short bold line reads as a heading to Word's outline and to readers.
        document.add_paragraph(_word(draft.board))
        document.add_paragraph(meeting_month(draft.date))
        for note in draft.header_notes:
            label, _, value = note.partition(":")
            _labelled(document, f"{label}: ", value.strip())
        _labelled(document, "Title: ", draft.title)
        if presenter(draft):
            _labelled(document, "Presented by: ", presenter(draft))
    else:
        document.add_paragraph(_word(draft.title), style="Title")
        document.add_paragraph(f"Published {meeting_month(draft.date)}")
    num_id = _add_numbering(document)
    # A paragraph the writer sets in "List Number" from Word's ribbon takes the style's list:
    # made ours, it carries the numbering on rather than starting again at 1.
    document.styles[LIST_STYLE].element.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = num_id
    current = None
    for section, paragraph, number in draft.outline():
        if section is not current:
            if prints_heading(section):
                document.add_paragraph(_word(section.heading), style=HEADING_STYLE)
            current = section
        if paragraph is None:
            continue
        if paragraph.kind == SUBHEADING:
            document.add_paragraph(_word(paragraph.text), style=SUBHEADING_STYLE)
        elif paragraph.kind == BULLET:
            document.add_paragraph(_word(paragraph.text), style=BULLET_STYLE)
        elif paragraph.kind == TABLE:
            _table(document, paragraph.cells or [])
        elif number is None:
            document.add_paragraph(_word(paragraph.text))
        else:
            _number(document.add_paragraph(_word(paragraph.text), style=LIST_STYLE), num_id)
    return document


def _table(document, cells: list[list[str]]) -> None:
    width = max((len(row) for row in cells), default=0)
    if not width:
        return
    table = document.add_table(rows=len(cells), cols=width)
    table.style = TABLE_STYLE
    for row, values in zip(table.rows, cells):
        for cell, value in zip(row.cells, values):
            cell.text = _word(value)
    for cell in table.rows[0].cells:  # the first row names the columns
        for run in (run for paragraph in cell.paragraphs for run in paragraph.runs):
            run.bold = True
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    # Marked as the header row, so a screen reader names each cell's column and Word repeats
    # the row on each page; bold alone is what Word's accessibility checker flags.
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    table.rows[0]._tr.get_or_add_trPr().append(header)


def write_docx(draft: Draft, path: Path) -> None:
    import io

    # Made in memory, then written: a zip file that fails half written (a full
    # disk) also fails again as it is collected, printing a traceback after the one line.
    made = io.BytesIO()
    build_docx(draft).save(made)
    path.write_bytes(made.getvalue())
