"""Page furniture typed into a Word document's body: "OFFICIAL", "Page 2 of 6"
and the office's address at each page's top or foot, as a statement converted
from a PDF, or pasted page by page, carries them. Word keeps its own headers and
footers apart (they are not read); these are paragraphs, found as a text
export's are (:mod:`page_furniture`): page numbers, and short paragraphs that
recur beside most page breaks, which Word marks where it last broke the pages
or where a break was typed."""

from __future__ import annotations

import re

from drafter.corpus.ingest.blocks import Block
from drafter.corpus.ingest.page_furniture import PAGE_BREAK, furniture_lines

# A running line set as a paragraph of its own runs to an office's name and address.
_LONGEST_RUNNING_LINE = 20
# What a paragraph that can be no furniture reads as: too long to be a running line.
_NOT_FURNITURE = " ".join(["text"] * (_LONGEST_RUNNING_LINE + 1))


def without_furniture(blocks: list[Block], page_starts: set[int]) -> list[Block]:
    """``blocks`` without the furniture; ``page_starts`` holds the ``id`` of each
    block a page starts with."""
    lines: list[str] = []
    owners: list[Block | None] = []
    for block in blocks:
        if id(block) in page_starts:
            lines.append(PAGE_BREAK)
            owners.append(None)
        lines += [block.text if _may_be_furniture(block) else _NOT_FURNITURE, ""]
        owners += [block, None]
    gone = {id(owners[at]) for at in furniture_lines(lines, _LONGEST_RUNNING_LINE) if owners[at] is not None}
    return [block for block in blocks if id(block) not in gone] if gone else blocks


def _may_be_furniture(block: Block) -> bool:
    """One line of plain text: not a table, a box, a list item, a heading by its style, or a
    sentence (a section's closing sentence repeated before each page break is the statement's:
    "We will keep this priority under review every month.")."""
    styled_heading = block.heading is True and block.level is not None
    return block.cells is None and not block.boxed and block.number is None and not block.bullet \
        and not styled_heading and block.is_single_line and not _A_SENTENCE.search(block.text)


# Words and a full stop, a question or an exclamation at the end: a running line ("OFFICIAL",
# "Page 2 of 6", "Office of the Police and Crime Commissioner, 1 High Street, Chester CH1 1AA") has none.
_A_SENTENCE = re.compile(r"^(?:\S+\s+){3,}\S*[a-z)][.!?]['’”\"]?\s*$")
