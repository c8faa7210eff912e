"""Word (.docx) statements, read from the document XML in document order:
body paragraphs and table cells, with the numbers Word's list numbering
prints, headings by style or by a short bold line.

The XML is read directly because list numbers that come from a paragraph's
style (e.g. "List Number") are not in the text and generic converters miss them.
"""

from __future__ import annotations

import re

from drafter.corpus.ingest.blocks import Block, clean_line, line_break_blocks, one_heading_twice
from drafter.corpus.ingest.contents_list import is_inline_contents
from drafter.corpus.ingest.docx_furniture import without_furniture
from drafter.corpus.ingest.docx_numbering import Numbering
from drafter.corpus.ingest.docx_package import WordPackage
from drafter.corpus.ingest.docx_revisions import accepted, row_deleted
from drafter.corpus.ingest.docx_styles import Styles, attribute, qualified, toggle
from drafter.corpus.ingest.table_titles import word_header_joined
from drafter.corpus.ingest.recognise import is_template_header
from drafter.corpus.ingest.header import is_known_field
from drafter.corpus.ingest.shapes import ends_sentence, looks_like_heading
from drafter.errors import IngestError
from drafter.figures.period_text import find_periods
from drafter.priorities import PRIORITY_IDS, classify_heading

# Statements run to a few hundred paragraphs; this bounds the time a file can take.
MAX_PARAGRAPHS = 50_000
# Run-level wrappers whose text is part of the paragraph as it reads now.
_TRANSPARENT = {"hyperlink", "ins", "moveTo", "smartTag", "sdt", "sdtContent", "fldSimple",
                "customXml", "dir", "bdo"}
# A row of a header table ("Title" | "Performance Report ...") has a short first cell.
_MAX_LABEL_WORDS = 6
_MAX_VALUE_WORDS = 30
# A paragraph number typed alone in a table's first column ("12.", "(12)").
_CELL_NUMBER = re.compile(r"^\(?(\d{1,3})[.)]?$")
_CELL_SECTION_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3})+\.?$")
# A table of contents typed by hand: its title, then entries ending in a page
# number after a tab or a dotted leader ("Reduce serious violence<tab>4").
_CONTENTS_TITLE = re.compile(r"^(?:table of )?contents:?$", re.I)
_PAGE_REFERENCE = re.compile(r"(?:\t|\.{4,}|…{2,})\s*\d{1,3}\s*$")
# A footnote's number typed by hand, as superscript: "2", "12", "3,4".
_FOOTNOTE_MARK = re.compile(r"^\d{1,2}(?:[,\u2013-]\d{1,2})*$")
_MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006"


class _Reader:
    def __init__(self, package: WordPackage):
        root = package.document()
        self.ns = root.tag[1:].split("}")[0] if root.tag.startswith("{") else ""
        self.file = package.file
        self.body = root.find(self.w("body"))
        if self.body is None:
            raise IngestError(package.file, "corrupt DOCX (document has no body)")
        self.styles = Styles(package.styles(), self.ns)
        self.numbering = Numbering(package.numbering(), self.styles, self.ns)

    def w(self, tag: str) -> str:
        return qualified(self.ns, tag)

    def local(self, element) -> str:
        tag = element.tag if isinstance(element.tag, str) else ""
        return tag.split("}")[-1] if tag.startswith(f"{{{self.ns}}}") else ""

    def blocks(self) -> list[Block]:
        paragraphs = sum(1 for _ in self.body.iter(self.w("p")))
        if paragraphs > MAX_PARAGRAPHS:
            raise IngestError(self.file, f"too many paragraphs for a statement "
                                         f"({paragraphs:,}; limit {MAX_PARAGRAPHS:,})")
        self.page_starts: set[int] = set()
        return _bold_headings_levelled(_cover_unboxed(without_furniture(self.container(self.body),
                                                                          self.page_starts)))

    def container(self, element) -> list[Block]:
        """Blocks of a body, table cell or content control, in document order.
        A table of contents is left out: its entries repeat the headings and
        would read as empty sections."""
        blocks: list[Block] = []
        contents: int | None = None  # where a "Contents" title sits in blocks
        titles: set[int] = set()  # contents titles that had entries
        new_page = False  # a page break since the last paragraph with text
        for child in accepted(element, self.ns, lambda p: bool(self.raw_text(p).strip())):
            kind = self.local(child)
            if kind == "p":
                if self.starts_page(child):
                    new_page = True
                block = self.paragraph(child)
                boxes = self.text_boxes(child)
                if block is None:
                    blocks.extend(boxes)
                    continue
                styled = self.styles.is_contents(self.style_of(child))
                if styled or contents is not None and _PAGE_REFERENCE.search(self.raw_text(child)) \
                        or is_inline_contents(block.text):
                    if contents is not None:
                        titles.add(contents)
                    continue
                contents = len(blocks) if _CONTENTS_TITLE.match(block.text) else None
                plain = block.heading is None and block.number is None and not block.bullet
                # A heading and its text in one paragraph, apart by a line break (Shift+Enter).
                first = len(blocks)
                blocks.extend(line_break_blocks(block.lines) if plain else [block])
                if new_page and element is self.body:
                    self.page_starts.add(id(blocks[first]))
                new_page = False
                blocks.extend(boxes)
                continue
            contents = None
            if kind == "tbl":
                blocks.extend(self.table(child))
            elif kind in ("sdt", "sdtContent", "customXml") and not self.is_placeholder(child):
                blocks.extend(self.container(child))
        return [block for index, block in enumerate(blocks) if index not in titles]

    def table(self, table) -> list[Block]:
        trs = list(self.rows(table))
        rows = [[self.container(cell) for cell in row if self.local(cell) == "tc"] for row in trs]
        if _is_data_table(rows):
            texts = [[" ".join(block.text for block in cell) for cell in row] for row in rows]
            laid = self.on_grid(trs, texts)
            titles = word_header_joined([self.spans(row) for row in trs[:2]], texts[:2], laid[2:])
            return [Block(cells=[titles, *laid[2:]] if titles else laid)]
        if _is_priority_table(rows):
            # "Reduce serious violence | what was done": each row is that priority's section; the
            # column titles above the first ("National priority | Our contribution") are left out,
            # as a web page's are, and another row is text of the section it falls in.
            first = next(index for index, cells in enumerate(rows) if _names_a_priority(cells))
            return [block for index, cells in enumerate(rows) if index >= first or not _column_titles(cells)
                    for block in (
                        [Block([cells[0][0].text], heading=True), *cells[1]] if _names_a_priority(cells)
                        else [Block(block.lines, number=block.number, heading=False) for block in self.row(cells)])]
        return [block for cells in rows for block in self.row(cells)]

    def spans(self, row) -> list[tuple[int, str | None]]:
        """Each cell's columns spanned and its vertical merge ("restart", "continue", None)."""
        found = []
        for cell in (cell for cell in row if self.local(cell) == "tc"):
            properties = cell.find(self.w("tcPr"))
            span = properties.find(self.w("gridSpan")) if properties is not None else None
            merge = properties.find(self.w("vMerge")) if properties is not None else None
            try:
                columns = max(1, min(int(attribute(span, self.ns, "val") or 1), 50))
            except ValueError:
                columns = 1
            found.append((columns, None if merge is None else attribute(merge, self.ns, "val") or "continue"))
        return found

    def on_grid(self, trs, texts: list[list[str]]) -> list[list[str]]:
        """Each row's cell texts in the table's columns: a cell merged across columns
        ("[c]" over two quarters) has its text in the first and leaves the others
        empty, so the cells after it stay under their own titles; a cell merged down
        from the row above ("Knife crime" beside two measures) repeats its text; the
        columns a row skips (``gridBefore``) are empty."""
        laid: list[list[str]] = []
        for tr, cells in zip(trs, texts):
            row = [""] * _grid_skip(tr, self.ns, "gridBefore")
            for (span, merge), text in zip(self.spans(tr), cells):
                if merge == "continue" and laid and len(row) < len(laid[-1]):
                    text = laid[-1][len(row)]
                row += [text] + [""] * (span - 1)
            laid.append(row + [""] * _grid_skip(tr, self.ns, "gridAfter"))
        return laid

    def rows(self, element):
        for child in element:
            kind = self.local(child)
            if kind == "tr":
                if not row_deleted(child, self.ns):
                    yield child
            elif kind in ("sdt", "sdtContent", "customXml"):
                yield from self.rows(child)

    def row(self, cells: list[list[Block]]) -> list[Block]:
        """A header-style row becomes one "Label: value" line; other rows keep
        their cells' paragraphs in order."""
        filled = [cell for cell in cells if cell]
        single = all(len(cell) == 1 and cell[0].number is None for cell in filled)
        if len(filled) == 2 and single:
            label, value = filled[0][0].text, filled[1][0].text
            number = _CELL_NUMBER.match(label)
            if number and not looks_like_heading(value):
                return [Block([value], number=int(number.group(1)), heading=False)]
            if number or _CELL_SECTION_NUMBER.match(label):
                # A board paper set out in a table: "2. | Reduce murder…", "2.1 | There were…", read as typed.
                return [Block([f"{label} {value}"])]
            field = f"{label.rstrip(': ')}: {value}"
            if (filled[0][0].heading and filled[1][0].heading or one_heading_twice(label, value)) \
                    and not is_known_field(field):
                # A bilingual statement set in two columns: one heading in each language.
                return [Block([f"{label} / {value}"], heading=True, level=filled[0][0].level)]
            if len(label.split()) <= _MAX_LABEL_WORDS and len(value.split()) <= _MAX_VALUE_WORDS \
                    and not ends_sentence(label):
                return [Block([field])]
        return [block for cell in cells for block in cell]

    def starts_page(self, p) -> bool:
        """Does a page break fall in or before this paragraph (typed, set on it, or
        where Word last broke the pages)?"""
        properties = p.find(self.w("pPr"))
        if properties is not None and toggle(properties.find(self.w("pageBreakBefore")), self.ns):
            return True
        return any(attribute(br, self.ns, "type") == "page" for br in p.iter(self.w("br"))) \
            or next(p.iter(self.w("lastRenderedPageBreak")), None) is not None

    def style_of(self, p) -> str | None:
        ppr = p.find(self.w("pPr"))
        return attribute(ppr.find(self.w("pStyle")) if ppr is not None else None, self.ns, "val")

    def raw_text(self, p) -> str:
        """The paragraph's text with its tabs, as typed."""
        pieces: list[str] = []
        self.runs(p, pieces, [], False)
        return "".join(pieces)

    def paragraph(self, p) -> Block | None:
        ppr = p.find(self.w("pPr"))
        style_id = self.style_of(p)
        style_bold = self.styles.bold(style_id)
        pieces: list[str] = []
        bold_flags: list[bool] = []
        self.runs(p, pieces, bold_flags, style_bold)
        lines = [clean_line(line) for line in "".join(pieces).split("\n")]
        lines = [line for line in lines if line]
        numbered = self.numbering.paragraph_numbering(ppr, style_id)
        # Word counts an empty list paragraph too (it prints its number alone).
        label = self.numbering.label(*numbered) if numbered else None
        if not lines:
            return None
        outline = _outline_level(ppr, self.ns)
        if self.styles.is_heading(style_id) or outline is not None:
            level = outline + 1 if outline is not None else self.styles.heading_level(style_id)
            if label is not None and label.is_paragraph_number and label.text.rstrip(".").isdigit():
                # "2." as Word prints it, so the "2.1" under it reads as section 2's first paragraph.
                lines = [f"{label.text} {lines[0]}".strip(), *lines[1:]]
            return Block(lines, heading=True, level=level)
        if label is not None and label.format == "bullet":
            return Block(lines, heading=False, bullet=True)
        if label is not None:
            if label.is_paragraph_number:
                return Block(lines, number=label.value, heading=False)
            prefixed = [f"{label.text} {lines[0]}".strip(), *lines[1:]]
            if label.is_section_paragraph_number:
                return Block(prefixed, heading=False, continues=False)
            # A sub-item (a), b) under a numbered paragraph) belongs to that paragraph.
            return Block(prefixed, heading=False, continues=True if label.level > 0 else None)
        text = " ".join(lines)
        if bold_flags and all(bold_flags) and looks_like_heading(text):
            return Block(lines, heading=True)
        return Block(lines)

    def runs(self, element, pieces: list[str], bold_flags: list[bool], style_bold: bool) -> None:
        for child in element:
            kind = self.local(child)
            if kind == "r":
                if self.is_hidden(child):
                    # Hidden text (a note to colleagues, a figure to check) is not printed.
                    continue
                text = self.run_text(child)
                if _FOOTNOTE_MARK.match(text) and self.is_superscript(child):
                    # A footnote number typed as superscript ("June 2026²") is not part of the text.
                    continue
                if text:
                    pieces.append(text)
                    if text.strip():
                        rpr = child.find(self.w("rPr"))
                        own = toggle(rpr.find(self.w("b")), self.ns) if rpr is not None else None
                        bold_flags.append(style_bold if own is None else own)
            elif kind in _TRANSPARENT and not self.is_placeholder(child):
                self.runs(child, pieces, bold_flags, style_bold)

    def is_placeholder(self, element) -> bool:
        """A content control left unfilled, showing its prompt ("Click or tap here to enter text.")."""
        properties = element.find(self.w("sdtPr")) if self.local(element) == "sdt" else None
        return properties is not None and properties.find(self.w("showingPlcHdr")) is not None

    def is_hidden(self, run) -> bool:
        """Hidden by the run's own formatting, else by its character style."""
        rpr = run.find(self.w("rPr"))
        own = toggle(rpr.find(self.w("vanish")), self.ns) if rpr is not None else None
        if own is not None:
            return own
        style = attribute(rpr.find(self.w("rStyle")), self.ns, "val") if rpr is not None else None
        return self.styles.hidden(style)

    def is_superscript(self, run) -> bool:
        rpr = run.find(self.w("rPr"))
        align = rpr.find(self.w("vertAlign")) if rpr is not None else None
        return attribute(align, self.ns, "val") == "superscript"

    def text_boxes(self, element) -> list[Block]:
        """The paragraphs of the text boxes anchored in a paragraph ("At a glance: ..."
        panels), read as text after it. A box is saved twice, as a drawing and as an
        older VML picture for other programs; only the first is read."""
        blocks: list[Block] = []
        for child in element:
            kind = self.local(child)
            if kind == "txbxContent":
                blocks.extend(Block(block.lines, number=block.number, heading=False, bullet=block.bullet,
                                    cells=block.cells, boxed=True) for block in self.container(child))
            elif child.tag != f"{{{_MARKUP_COMPATIBILITY}}}Fallback":
                blocks.extend(self.text_boxes(child))
        return blocks

    def run_text(self, run) -> str:
        out: list[str] = []
        for child in run:
            kind = self.local(child)
            if kind == "t":
                out.append(child.text or "")
            elif kind in ("tab", "ptab"):
                out.append("\t")
            elif kind in ("br", "cr"):
                # A page or column break inside a paragraph is not a line of its own.
                out.append(" " if attribute(child, self.ns, "type") in ("page", "column") else "\n")
            elif kind == "noBreakHyphen":
                out.append("-")
        return "".join(out)


def _bold_headings_levelled(blocks: list[Block]) -> list[Block]:
    """A heading that is only a bold line, under one set in Word's heading styles, is a
    level below it: "Operation Sceptre" under "Reduce serious violence" (Heading 1) is
    that section's sub-heading, as "Heading 2" would make it."""
    styled: int | None = None
    levelled = []
    for block in blocks:
        if block.heading and block.level is not None:
            styled = block.level
        elif block.heading and styled is not None and not block.boxed and block.cells is None:
            block = Block(block.lines, heading=True, level=styled + 1)
        levelled.append(block)
    return levelled


def _cover_unboxed(blocks: list[Block]) -> list[Block]:
    """A cover page of text boxes ("Cheshire Police and Crime Panel", "14 October 2026",
    the title) before the statement's first paragraph: its lines are the header, not
    text. Boxes holding a sentence ("At a glance: 4 homicides ...") stay text."""
    cover = next((index for index, block in enumerate(blocks) if not block.boxed), len(blocks))
    if not cover or not all(block.is_single_line and block.cells is None and not ends_sentence(block.text)
                            for block in blocks[:cover]):
        return blocks
    return [Block(block.lines) for block in blocks[:cover]] + blocks[cover:]


def _is_data_table(rows: list[list[list[Block]]]) -> bool:
    """A table of figures (the Home Office template, say), kept as rows of
    cells: three columns or more, or a header row the template names. Two
    columns are a header's "Title | ..." fields or a number beside its paragraph."""
    widths = [len(row) for row in rows if any(row)]
    if not widths:
        return False
    first = [" ".join(block.text for block in cell) for cell in rows[0]]
    return max(widths) >= 3 or is_template_header(first)


def _names_a_priority(cells: list[list[Block]]) -> bool:
    if not (len(cells) == 2 and len(cells[0]) == 1 and cells[1] and looks_like_heading(cells[0][0].text)):
        return False
    # Not a bilingual statement's two columns: the Welsh heading beside the English one.
    return classify_heading(cells[0][0].text) in PRIORITY_IDS \
        and not (len(cells[1]) == 1 and one_heading_twice(cells[0][0].text, cells[1][0].text))


def _column_titles(cells: list[list[Block]]) -> bool:
    """A row of a table's column titles naming no period: every filled cell one short line
    that reads as a heading. Titles naming the period ("Update for October to December
    2023") are kept, as the statement's own word on what it covers."""
    filled = [cell for cell in cells if cell]
    return bool(filled) and all(len(cell) == 1 and looks_like_heading(cell[0].text)
                                and not find_periods(cell[0].text) for cell in filled)


def _is_priority_table(rows: list[list[list[Block]]]) -> bool:
    """Two columns, a priority's name beside its update, in two rows or more."""
    return sum(1 for cells in rows if _names_a_priority(cells)) >= 2


def _grid_skip(tr, ns: str, kind: str) -> int:
    """The grid columns a row leaves out before or after its cells (``gridBefore``, ``gridAfter``)."""
    properties = tr.find(qualified(ns, "trPr"))
    value = attribute(properties.find(qualified(ns, kind)) if properties is not None else None, ns, "val")
    return min(int(value), 50) if value and value.isdigit() else 0


def _outline_level(ppr, ns: str) -> int | None:
    if ppr is None:
        return None
    value = attribute(ppr.find(qualified(ns, "outlineLvl")), ns, "val")
    return int(value) if value and value.isdigit() and int(value) < 9 else None


def read_docx(data: bytes, file: str) -> list[Block]:
    return _Reader(WordPackage(data, file)).blocks()


def running_lines(data: bytes, file: str) -> list[str]:
    """The text of a Word statement's page headers and footers, a line a paragraph
    ("Cheshire Police and Crime Panel – 14 October 2026"): where its force and date
    may be when the body does not give them. Never paragraphs of the statement; a
    header that cannot be read gives none."""
    try:
        package = WordPackage(data, file)
        parts = package.running_parts()
    except IngestError:
        return []
    lines = []
    for root in parts:
        ns = root.tag[1:].split("}")[0] if root.tag.startswith("{") else ""
        for p in root.iter(qualified(ns, "p")):
            line = clean_line("".join(t.text or "" for t in p.iter(qualified(ns, "t"))))
            if line:
                lines.append(line)
    return list(dict.fromkeys(lines))
