"""Building real statement files at test time: Markdown, Word and PDF.

Tests describe a document as a list of ``Part``s (header lines, headings,
numbered and unnumbered paragraphs) and turn it into file bytes with
``markdown_text``, ``docx_bytes`` or ``pdf_bytes``. ``DocxBuilder`` and
``PdfBuilder`` are the lower-level pieces, usable on their own (e.g. for a
Word file with list numbering that restarts).

No binary fixtures are committed: every file is built here from text.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import Iterable

HEADER, HEADING, NUMBERED, PARAGRAPH = "header", "heading", "numbered", "paragraph"

_NUMBERED_LINE = re.compile(r"^(\d+)\.\s+(.*)$")


@dataclass
class Part:
    kind: str  # HEADER, HEADING, NUMBERED or PARAGRAPH
    text: str
    number: int | None = None


def parts_from_text(text: str) -> list[Part]:
    """A plain-text statement shaped like the reference (header lines up to
    "Presented by:", then headings, "N. " paragraphs and plain paragraphs) as
    parts. Lines starting in lower case finish the paragraph before them, the
    way a page break left them in the text."""
    lines: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if lines and line[0].islower():
            lines[-1] = f"{lines[-1]} {line}"
        else:
            lines.append(line)
    parts: list[Part] = []
    in_header = True
    for line in lines:
        numbered = _NUMBERED_LINE.match(line)
        if in_header:
            parts.append(Part(HEADER, line))
            in_header = not line.lower().startswith("presented by")
        elif numbered:
            parts.append(Part(NUMBERED, numbered.group(2), int(numbered.group(1))))
        elif len(line.split()) <= 12 and not line.endswith("."):
            parts.append(Part(HEADING, line))
        else:
            parts.append(Part(PARAGRAPH, line))
    return parts


# -- Markdown ---------------------------------------------------------------

def markdown_text(parts: Iterable[Part], *, front_matter: bool = True) -> str:
    out: list[str] = []
    if front_matter:
        out += ["---", "layout: statement", "tags: [priorities, quarterly]", "---", ""]
    for part in parts:
        if part.kind == HEADING:
            out += [f"## {part.text}", ""]
        elif part.kind == NUMBERED:
            out.append(f"{part.number}. {part.text}")
        elif part.kind == HEADER and ":" in part.text:
            label, value = part.text.split(":", 1)
            out += [f"**{label}:** {value.strip()}", ""]
        else:
            if out and out[-1] != "":
                out.append("")
            out += [part.text, ""]
    return "\n".join(out) + "\n"


# -- Word -------------------------------------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


class DocxBuilder:
    """A Word document built with python-docx, with real list numbering:
    set directly on paragraphs (``numbered``) or through the "List Number"
    style (``numbered_by_style``), continued or restarted."""

    def __init__(self):
        import docx

        self.document = docx.Document()
        self._abstract_id: int | None = None
        self._num_id: int | None = None

    # lists numbered on the paragraph ---------------------------------------
    def new_list(self, restart_at: int | None = None, continue_previous: bool = False,
                 levels: tuple[tuple[str, str], ...] = (("decimal", "%1."), ("lowerLetter", "%2)"))) -> int:
        """Start a list and return its numId. ``continue_previous`` makes a new
        numId over the same abstract list (Word continues the count);
        ``restart_at`` adds a startOverride (Word's "Restart at"); ``levels``
        gives each level's (numFmt, lvlText), ("decimal", "%1.%2") for "2.1"."""
        numbering = self.document.part.numbering_part.element
        if self._abstract_id is None or not continue_previous and restart_at is None:
            self._abstract_id = self._add_abstract(numbering, levels)
        num = numbering.add_num(self._abstract_id)
        if restart_at is not None:
            override = word_element("lvlOverride", ilvl="0")
            override.append(word_element("startOverride", val=str(restart_at)))
            num.append(override)
        self._num_id = num.numId
        return num.numId

    def numbered(self, text: str, *, num_id: int | None = None, level: int = 0, container=None):
        """A paragraph numbered by Word (numPr on the paragraph); the text has no number."""
        if num_id is None:
            num_id = self._num_id if self._num_id is not None else self.new_list()
        paragraph = (container or self.document).add_paragraph(text)
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = level
        num_pr.get_or_add_numId().val = num_id
        return paragraph

    def numbered_by_style(self, text: str, *, container=None):
        """A paragraph numbered through its "List Number" style only."""
        return (container or self.document).add_paragraph(text, style="List Number")

    # everything else ----------------------------------------------------------
    def heading(self, text: str, level: int = 1):
        return self.document.add_heading(text, level=level)

    def paragraph(self, text: str, *, bold: bool = False, container=None):
        paragraph = (container or self.document).add_paragraph()
        run = paragraph.add_run(text)
        run.bold = bold or None
        return paragraph

    def table_cell(self, rows: int = 1, cols: int = 1, row: int = 0, col: int = 0):
        """A cell of a new table, to add paragraphs to (pass it as ``container``).
        The cell starts with one empty paragraph, which readers skip."""
        table = self.document.add_table(rows=rows, cols=cols)
        return table.cell(row, col)

    def header_row(self, label: str, value: str, table=None):
        table = table or self.document.add_table(rows=0, cols=2)
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
        return table

    def to_bytes(self) -> bytes:
        stream = io.BytesIO()
        self.document.save(stream)
        return stream.getvalue()

    def _add_abstract(self, numbering, levels: tuple[tuple[str, str], ...]) -> int:
        existing = [int(a.get(f"{{{_W}}}abstractNumId")) for a in numbering.findall(f"{{{_W}}}abstractNum")]
        abstract_id = max(existing, default=0) + 1
        abstract = word_element("abstractNum", abstractNumId=str(abstract_id))
        for level, (fmt, text) in enumerate(levels):
            lvl = word_element("lvl", ilvl=str(level))
            lvl.append(word_element("start", val="1"))
            lvl.append(word_element("numFmt", val=fmt))
            lvl.append(word_element("lvlText", val=text))
            lvl.append(word_element("lvlJc", val="left"))
            abstract.append(lvl)
        first_num = numbering.find(f"{{{_W}}}num")
        if first_num is not None:  # the schema wants every abstractNum before the nums
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
        return abstract_id


def word_element(tag: str, **attributes: str):
    """A ``<w:tag>`` element with ``w:`` attributes, for XML python-docx has no API for."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement(f"w:{tag}")
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), value)
    return element


def docx_bytes(parts: Iterable[Part], *, numbering: str = "direct", heading_style: bool = True,
               in_table: Iterable[int] = (), header_table: bool = False) -> bytes:
    """A statement as a .docx. ``numbering``: "direct" (numPr on each
    paragraph), "style" ("List Number"), or "typed" (the number in the text).
    ``in_table``: paragraph numbers to put inside a one-cell table.
    ``heading_style``: Word heading styles, else short bold paragraphs.
    ``header_table``: "Label: value" header lines as a two-column table."""
    builder = DocxBuilder()
    boxed = set(in_table)
    table = None
    for part in parts:
        if part.kind == HEADER:
            if header_table and ":" in part.text:
                label, value = part.text.split(":", 1)
                table = builder.header_row(label.strip(), value.strip(), table)
            else:
                builder.paragraph(part.text)
        elif part.kind == HEADING:
            builder.heading(part.text, 2) if heading_style else builder.paragraph(part.text, bold=True)
        elif part.kind == NUMBERED:
            container = builder.table_cell() if part.number in boxed else None
            if numbering == "direct":
                builder.numbered(part.text, container=container)
            elif numbering == "style":
                builder.numbered_by_style(part.text, container=container)
            else:
                builder.paragraph(f"{part.number}. {part.text}", container=container)
        else:
            builder.paragraph(part.text)
    return builder.to_bytes()


# -- PDF --------------------------------------------------------------------

@dataclass
class PdfResult:
    data: bytes
    # Paragraph numbers whose text runs from one page onto the next.
    split_across_pages: list[int] = field(default_factory=list)
    pages: int = 0


class PdfBuilder:
    """An A4 PDF set like a printed statement (fpdf2, core fonts): optional
    running header on every page and "Page n of N" footers. Text must be
    representable in Windows-1252 (so "£", "–" and curly quotes are fine)."""

    def __init__(self, *, running_header: str | None = None, page_footer: bool = True,
                 body_size: float = 11):
        from fpdf import FPDF

        builder = self

        class _Document(FPDF):
            def header(self):
                if builder.running_header:
                    self.set_font("Helvetica", "I", 8)
                    self.cell(0, 5, builder.running_header, align="R", new_x="LMARGIN", new_y="NEXT")
                    self.ln(6)

            def footer(self):
                if builder.page_footer:
                    self.set_y(-15)
                    self.set_font("Helvetica", "", 8)
                    self.cell(0, 10, f"Page {self.page_no()} of {{nb}}", align="C")

        self.running_header = running_header
        self.page_footer = page_footer
        self.body_size = body_size
        self.pdf = _Document(format="A4")
        # Core fonts in Windows-1252, so "£" and "–" print as in the source.
        self.pdf.core_fonts_encoding = "windows-1252"
        self.pdf.set_auto_page_break(True, margin=22)
        self.pdf.add_page()

    def line(self, text: str, *, bold: bool = False, size: float | None = None, gap_after: float = 3):
        self.pdf.set_font("Helvetica", "B" if bold else "", size or self.body_size)
        self.pdf.multi_cell(0, (size or self.body_size) * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(gap_after)

    def paragraph(self, text: str, number: int | None = None, *, hanging: bool = False) -> bool:
        """Set a paragraph; True when it ran over a page break. ``hanging`` sets
        the number in its own column with the text indented beside it, as Word does."""
        height = self.body_size * 0.5
        if not (hanging and number is not None):
            page = self.pdf.page_no()
            self.line(f"{number}. {text}" if number is not None else text)
            return self.pdf.page_no() != page
        if self.pdf.will_page_break(2 * height):
            self.pdf.add_page()  # keep the number with the first line of its text
        page = self.pdf.page_no()
        self.pdf.set_font("Helvetica", "", self.body_size)
        self.pdf.cell(10, height, f"{number}.")
        self.pdf.multi_cell(0, height, text, new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(3)
        return self.pdf.page_no() != page

    def heading(self, text: str):
        self.pdf.ln(2)
        self.line(text, bold=True, size=self.body_size + 2)

    def page_break(self):
        self.pdf.add_page()

    def to_bytes(self) -> bytes:
        return bytes(self.pdf.output())


def pdf_bytes(parts: Iterable[Part], *, running_header: str | None = "National Policing Priorities: quarterly statement",
              page_footer: bool = True) -> PdfResult:
    builder = PdfBuilder(running_header=running_header, page_footer=page_footer)
    split: list[int] = []
    for part in parts:
        if part.kind == HEADER:
            builder.line(part.text, gap_after=4)
        elif part.kind == HEADING:
            builder.heading(part.text)
        elif builder.paragraph(part.text, part.number) and part.number is not None:
            split.append(part.number)
    data = builder.to_bytes()
    return PdfResult(data, split, builder.pdf.page_no())


# -- small statements in plain text -------------------------------------------

SAMPLE_HEADER = [
    "Severnshire Police and Crime Panel",
    "14 March 2024",
    "Title: Quarterly statement on the National Policing Priorities – Severnshire Police and Crime Commissioner",
    "Presented by: Head of Policy",
]


def statement_text(sections: list[tuple[str, list[str]]], *, header: list[str] = SAMPLE_HEADER,
                   start: int = 1, closing: str | None = None) -> str:
    """A plain-text statement: header lines, then each (heading, paragraphs)
    with paragraphs numbered on from ``start``; ``closing`` adds an unnumbered
    "Reporting frequency" section."""
    out = [*header, ""]
    number = start
    for heading, paragraphs in sections:
        out += [heading, ""]
        for paragraph in paragraphs:
            out.append(f"{number}. {paragraph}")
            number += 1
        out.append("")
    if closing:
        out += ["Reporting frequency", "", closing, ""]
    return "\n".join(out)
