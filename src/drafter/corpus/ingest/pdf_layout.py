"""From positioned PDF text lines to paragraph blocks.

A PDF has no paragraphs, only lines at positions. Statements are set in one
body font, so paragraph breaks show as a larger gap than the line spacing, a
new printed number, a first-line indent or a short last line; headings show
as a larger or bold font. Page furniture (running headers, footers, page
numbers) sits in bands at the top and bottom of each page.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from statistics import median

from drafter.corpus.ingest.blocks import Block
from drafter.corpus.ingest.shapes import (
    bullet_text,
    continues_numbering,
    ends_sentence,
    looks_like_heading,
    opens_numbered,
    typed_number,
)
from drafter.priorities import MAX_HEADING_WORDS

# Share of the page height at the top and at the bottom where furniture sits.
BAND = 0.12
# A line found in a band on at least this share of pages is a running header or footer.
RUNNING_SHARE = 0.5
# Running headers and footers are short; a full-width line is body text.
FURNITURE_WIDTH = 0.6
_PAGE_NUMBER = re.compile(
    r"^(page\s*)?\d{1,4}(\s*(of|/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$|^\d{1,4}\s*\|\s*page$", re.I)
_DIGITS = re.compile(r"\d+")
# Tolerances in points.
_ALIGN = 3.0
_SAME_HEIGHT = 2.0
_PARAGRAPH_GAP = 1.35  # times the line pitch


@dataclass
class Line:
    text: str
    page: int
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    page_width: float
    page_height: float
    # The line's pieces where wide gaps set them apart, as a table's cells are ("Knife offences",
    # "412", "388"); empty for a line of running text.
    cells: tuple[str, ...] = ()

    @property
    def in_band(self) -> bool:
        return self.top < self.page_height * BAND or self.bottom > self.page_height * (1 - BAND)


def remove_running_lines(pages: list[list[Line]]) -> list[list[Line]]:
    """Drop page numbers, and lines repeated at the same height in the header or
    footer band of most pages (body text that happens to repeat drifts in height)."""
    def key(line: Line) -> str:
        return _DIGITS.sub("#", line.text.lower())

    with_text = [page for page in pages if page]
    needed = max(2, math.ceil(len(with_text) * RUNNING_SHARE))
    heights: dict[str, dict[int, float]] = {}
    for page in with_text:
        for line in page:
            if line.in_band and line.x1 - line.x0 < FURNITURE_WIDTH * line.page_width:
                heights.setdefault(key(line), {}).setdefault(line.page, line.top)
    running: set[str] = set()
    for text, by_page in heights.items():
        if len(by_page) < needed:
            continue
        usual = Counter(round(top) for top in by_page.values()).most_common(1)[0][0]
        if sum(1 for top in by_page.values() if abs(top - usual) <= _SAME_HEIGHT) >= needed:
            running.add(text)
    return [[line for line in page
             if not (line.in_band and (key(line) in running or _PAGE_NUMBER.match(line.text)))]
            for page in pages]


class _Layout:
    """The measurements of the body text every paragraph decision compares against."""

    def __init__(self, lines: list[Line]):
        weights = Counter()
        for line in lines:
            weights[line.size] += len(line.text)
        self.body_size = weights.most_common(1)[0][0] if weights else 10.0
        body = [line for line in lines if abs(line.size - self.body_size) < 0.5] or lines
        pitches = [b.top - a.top for a, b in zip(body, body[1:])
                   if a.page == b.page and 0 < b.top - a.top < 3 * self.body_size]
        self.pitch = median(pitches) if pitches else self.body_size * 1.2
        lefts = Counter(round(line.x0) for line in body)
        self.left = float(lefts.most_common(1)[0][0]) if lefts else 0.0
        ends = sorted(line.x1 for line in body)
        self.right = ends[int(len(ends) * 0.9)] if ends else 0.0
        self.width = max(self.right - self.left, 1.0)

    def is_heading(self, line: Line) -> bool:
        if len(line.text.split()) > MAX_HEADING_WORDS or typed_number(line.text)[0] is not None:
            return False
        if line.size >= self.body_size + 1:
            return True
        return line.bold and looks_like_heading(line.text)

    def short_by(self, line: Line) -> float:
        """How far short of the right margin a line stops, as a share of the text width."""
        return (self.right - line.x1) / self.width


def group_paragraphs(pages: list[list[Line]]) -> list[Block]:
    lines = [line for page in pages for line in page]
    layout = _Layout(lines)
    blocks: list[Block] = []
    current: list[Line] = []
    current_heading = False

    def close() -> None:
        if current:
            blocks.append(Block([line.text for line in current], heading=True if current_heading else None))
            current.clear()

    numbered: str | None = None  # the last line opening a numbered paragraph or heading
    rows = _table_rows(lines)
    for index, line in enumerate(lines):
        if index in rows:
            close()
            if rows[index]:
                blocks.append(Block(cells=[list(row.cells) for row in rows[index]]))
            continue
        heading = layout.is_heading(line)
        # "2.2 …" carrying on "2.1 …" opens a paragraph however little space is
        # left above it (under a table, whose rows are as close as a paragraph's lines).
        if current and (continues_numbering(numbered, line.text)
                        or _starts_paragraph(layout, current, current_heading, line, heading)):
            close()
        if not current:
            current_heading = heading
            if opens_numbered(line.text):
                numbered = line.text
        current.append(line)
    close()
    return blocks


# A cell of figures: "412", "-7.3%", "£1,204", "[x]", "..".
_FIGURE_CELL = re.compile(r"^(?:[-+–−]?[£$]?\d[\d,. ]*%?|\[[a-z]\]|\.\.|-|–|\*)$", re.I)


def _table_rows(lines: list[Line]) -> dict[int, list[Line]]:
    """A table of figures set out in a PDF: two lines or more in a row on one
    page, each split by wide gaps into as many cells, every line after the
    first (the column titles) holding a figure. The first line's index maps to
    the table's rows, the others' to nothing. Two columns of running text are
    no table: their cells hold no figures."""
    found: dict[int, list[Line]] = {}
    index = 0
    while index < len(lines):
        end = index + 1
        width = len(lines[index].cells)
        while end < len(lines) and width >= 2 and len(lines[end].cells) == width \
                and lines[end].page == lines[index].page \
                and any(_FIGURE_CELL.match(cell) for cell in lines[end].cells[1:]):
            end += 1
        if end - index >= 2:
            found[index] = lines[index:end]
            found.update((later, []) for later in range(index + 1, end))
        index = end
    return found


def _starts_paragraph(layout: _Layout, current: list[Line], current_heading: bool,
                      line: Line, heading: bool) -> bool:
    previous = current[-1]
    if heading != current_heading:
        return True
    if line.page != previous.page:
        return not _runs_on(layout, current, line, heading)
    if heading:
        return line.top - previous.bottom > 0.6 * line.size
    if typed_number(line.text)[0] is not None or bullet_text(line.text) is not None:
        return True
    if looks_like_heading(line.text) and layout.short_by(line) > 0.25 and (
            ends_sentence(previous.text) or previous.text.endswith(":")):
        return True  # a short heading set in the body font, after a finished sentence
    if line.top - previous.top > _PARAGRAPH_GAP * layout.pitch:
        return True
    if len(current) > 1 and line.x0 > previous.x0 + _ALIGN:
        return True  # a first-line indent after the previous paragraph's run-on lines
    short = layout.short_by(previous)
    return short > 0.25 or (short > 0.1 and ends_sentence(previous.text))


def _runs_on(layout: _Layout, current: list[Line], line: Line, heading: bool) -> bool:
    """Does the first line of a page carry on the last paragraph of the page before?"""
    if heading or typed_number(line.text)[0] is not None:
        return False
    previous = current[-1]
    first = line.text[:1]
    if (first.isalpha() and first.islower()) or not ends_sentence(previous.text):
        return True
    # A sentence can end exactly at the foot of a page; the paragraph ran on if
    # that line is full width and the new page's line sits where run-on lines do.
    margin = current[-1].x0 if len(current) > 1 else layout.left
    return layout.short_by(previous) <= 0.15 and abs(line.x0 - margin) <= _ALIGN
