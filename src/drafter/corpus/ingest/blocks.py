"""What every reader hands the segmenter: the document as a list of blocks.

A block is one paragraph-sized piece of the source (a run of text lines, a Word
paragraph, a group of PDF lines, a table) with the hints that only its reader
can know.
Keeping readers to this one shape is what lets a single segmenter decide what
is a heading, a numbered paragraph or a page-break fragment for every format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.corpus.ingest.shapes import continues_numbering, heads_the_next_line, looks_like_heading, \
    opens_numbered
from drafter.priorities import PRIORITY_IDS, classify_heading
from drafter.statement import table_text

_SPACES = re.compile(r"\s+")
_SOFT_HYPHEN = re.compile("\u00ad(?=\\w)")


@dataclass
class Block:
    lines: list[str] = field(default_factory=list)
    # The number the source's own list numbering gives the block (Word numbering,
    # a Markdown ordered list); None when the source does not number it.
    number: int | None = None
    # True: the source marks it as a heading (style, '#', font); False: it cannot
    # be one (a list item, a multi-line run); None: judge by its wording.
    heading: bool | None = None
    # True: the rest of the previous paragraph (continued across a page, a
    # sub-item of a numbered paragraph); False: certainly a new paragraph;
    # None: judge by its wording.
    continues: bool | None = None
    # True: the source marks it as a bullet (a list item, a typed "•").
    bullet: bool = False
    # A table's rows of cell texts (the block's lines are then empty).
    cells: list[list[str]] | None = None
    # The source's heading level (1 for h1 / "#" / Heading 1); None when it has none.
    level: int | None = None
    # True: the text of a box set beside the page's text (a Word text box): statement
    # text wherever the box is anchored, never a header line or a heading.
    boxed: bool = False

    @property
    def text(self) -> str:
        if self.cells is not None:
            return table_text(self.cells)
        return join_lines(self.lines)

    @property
    def is_single_line(self) -> bool:
        return len(self.lines) == 1


def line_break_blocks(lines: list[str]) -> list[Block]:
    """One paragraph's lines, set apart by line breaks rather than paragraph
    marks, as the blocks a reader sees: a heading on the first line is a
    block of its own ("2. Reduce murder and other homicide" over "2.1 There
    were…"), and so is each paragraph whose number carries on the one before
    ("2.2 …" after "2.1 …")."""
    if len(lines) < 2:
        return [Block(lines)]
    blocks = [Block(lines[:1], heading=True)] if heads_the_next_line(lines[0], lines[1]) else []
    numbered = lines[0] if blocks else None
    for line in lines[len(blocks):]:
        if not blocks or blocks[-1].heading or continues_numbering(numbered, line):
            blocks.append(Block([line]))
            if opens_numbered(line):
                numbered = line
        else:
            blocks[-1].lines.append(line)
    return blocks


def join_lines(lines: list[str]) -> str:
    """Lines of one paragraph as one line of text.

    A line ending in a hyphen is joined without a space: compound words broken
    at their hyphen ("first-/time") read correctly that way.
    """
    text = ""
    for line in lines:
        line = _SPACES.sub(" ", line).strip()
        if not line:
            continue
        if not text:
            text = line
        elif text.endswith("-") and not text.endswith(" -"):
            text += line
        else:
            text += " " + line
    return text


def clean_line(text: str) -> str:
    """One line of text with its spacing made ordinary (tabs, no-break spaces), and its
    hyphens: a no-break hyphen ("non\u2011fatal", as Word's own reads) an ordinary one,
    a soft hyphen inside a word (a place it may break) gone, so the words are found as typed."""
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    text = _SOFT_HYPHEN.sub("", text).replace("\u2011", "-").replace("\u2010", "-")
    return _SPACES.sub(" ", text).strip()


def names_a_priority(row: list[str]) -> bool:
    """"Reduce serious violence | what was done": a row of a statement set out
    as a table, a priority's name beside its update (not a bilingual table's
    Welsh heading beside the English one)."""
    return len(row) == 2 and bool(row[1]) and looks_like_heading(row[0]) \
        and classify_heading(row[0]) in PRIORITY_IDS and not one_heading_twice(row[0], row[1])


def one_heading_twice(label: str, value: str) -> bool:
    """"Lleihau trais difrifol | Reduce serious violence": the same section's
    heading in Welsh and in English, however plainly the cells are set."""
    named = classify_heading(label)
    return named is not None and looks_like_heading(label) and looks_like_heading(value) \
        and classify_heading(value) == named


def is_priority_table(rows: list[list[str]]) -> bool:
    return sum(1 for row in rows if names_a_priority(row)) >= 2


def priority_table_blocks(rows: list[list[str]]) -> list[Block]:
    """A table of the priorities, each beside its update, as the sections it
    stands for: each priority's name a heading over its update. The column
    titles above the first priority are left out; another row is text of the
    section it falls in."""
    blocks: list[Block] = []
    for index, row in enumerate(rows):
        if names_a_priority(row):
            blocks += [Block([row[0]], heading=True), Block([row[1]], heading=False)]
        elif blocks or not all(looks_like_heading(cell) for cell in row if cell):
            blocks.append(Block([" ".join(cell for cell in row if cell)], heading=False))
    return blocks
