"""A typed or exported contents list: "Contents", then lines that end in
leader dots and a page number ("2. Reduce serious violence ...... 3").

It lists the statement's headings; read as text it would open sections of
its own and copy into every draft, so it is left out, as a Word table of
contents is.
"""

from __future__ import annotations

import re

from drafter.corpus.ingest.blocks import Block

# Leader dots (or an ellipsis, middle dots, underscores) and a page number closing the line.
_LEADER_LINE = re.compile(r"\S.*?\s*(?:\.\s?){4,}\s*\d{1,4}$|\S.*?\s*(?:[…·_]\s?){2,}\s*\d{1,4}$")
_CONTENTS_HEADING = re.compile(r"^(?:table\s+of\s+)?contents(?:\s+page)?:?$", re.I)


def is_leader_line(line: str) -> bool:
    return bool(_LEADER_LINE.fullmatch(line.strip()))


def without_contents_lists(blocks: list[Block]) -> list[Block]:
    """``blocks`` without contents-list lines, and without a "Contents"
    heading whose list is left out."""
    out: list[Block] = []
    for block in blocks:
        if block.cells is not None:
            out.append(block)
            continue
        kept = [line for line in block.lines if not is_leader_line(line)]
        if len(kept) == len(block.lines):
            out.append(block)
            continue
        if out and _is_contents_heading(out[-1]):
            out.pop()
        if kept and _CONTENTS_HEADING.match(kept[0].strip()):
            kept = kept[1:]
        if kept:
            block.lines = kept
            out.append(block)
    return out


def _is_contents_heading(block: Block) -> bool:
    return block.cells is None and len(block.lines) == 1 and bool(_CONTENTS_HEADING.match(block.lines[0].strip()))
