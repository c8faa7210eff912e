"""The one segmenter every reader feeds: blocks in, a Statement out.

It finds where the header ends, which blocks are section headings, which are
numbered paragraphs (keeping the printed numbers), and which blocks are the
rest of a paragraph cut by a page break.
"""

from __future__ import annotations

import re

from drafter.corpus.ingest import header as header_lines
from drafter.corpus.ingest.blocks import Block
from drafter.errors import IngestError
from drafter.priorities import MAX_HEADING_WORDS, classify_heading
from drafter.statement import Paragraph, Section, Statement

NO_STRUCTURE = "no statement structure found (no numbered paragraphs or section headings)"

# "12. text", "12) text"; the space after the mark keeps "1.5 million" out.
_TYPED_NUMBER = re.compile(r"^\(?(\d{1,3})\s?[.)]\s+(?=\S)")
# Headings are sometimes numbered ("2 Reduce Serious Violence", "3.1 Knife crime").
_HEADING_NUMBER = re.compile(r"^\(?\d{1,2}(?:\.\d{1,2})*\s?[.)]?\s+(?=\S)")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")
# Long enough to be prose rather than a header line such as a title.
_MAX_HEADER_WORDS = 30


def typed_number(text: str) -> tuple[int | None, str]:
    """(12, "rest") for text that starts with a typed paragraph number."""
    match = _TYPED_NUMBER.match(text)
    if match:
        return int(match.group(1)), text[match.end():]
    return None, text


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text.rstrip()))


def looks_like_heading(text: str) -> bool:
    """Short, capitalised, no full stop, not numbered: how statements set headings."""
    words = text.split()
    if not words or len(words) > MAX_HEADING_WORDS:
        return False
    first = text.lstrip("\"'‘“(")[:1]
    if not first.isalpha() or not first.isupper():
        return False
    return not text.rstrip().endswith((".", ",", ";")) and typed_number(text)[0] is None


class _Item:
    """A block once the segmenter has decided what it is."""

    def __init__(self, block: Block):
        self.block = block
        self.text = block.text
        self.number = block.number
        if block.heading is True:
            self.text = _HEADING_NUMBER.sub("", self.text)
        elif self.number is None:
            self.number, self.text = typed_number(self.text)
        self.is_heading = self.number is None and _is_heading(block, self.text)
        self.priority = classify_heading(self.text) if self.is_heading else None


def _is_heading(block: Block, text: str) -> bool:
    if block.heading is False or block.continues:
        return False
    if block.heading is True:
        return 0 < len(text.split()) <= MAX_HEADING_WORDS
    return block.is_single_line and looks_like_heading(text)


def segment(blocks: list[Block], file: str) -> Statement:
    """Turn a reader's blocks into a Statement, or say why there is none."""
    items = [_Item(block) for block in blocks if block.text]
    if not items:
        raise IngestError(file, "no text found")
    start = _body_start(items)
    if start is None:
        raise IngestError(file, NO_STRUCTURE)
    header_items = items[:start]
    body = items[start:]
    # A heading drafter cannot name still opens the body when it sits just
    # before the first numbered paragraph; before a recognised heading it is
    # part of the header (a document title, say).
    if header_items and body[0].number is not None:
        last = header_items[-1]
        if last.is_heading and not header_lines.is_header_line(last.text):
            body.insert(0, header_items.pop())
    # Prose before the first section (a preamble) is kept as paragraphs, not header.
    prose = [item for item in header_items if _is_prose(item.text)]
    fields = [item for item in header_items if not _is_prose(item.text)]
    header = header_lines.read_header([line for item in fields for line in _header_lines(item)])
    statement = Statement(title=header.title, force=header.force, board=header.board,
                          date=header.date, presented_by=header.presented_by)
    statement.sections = _sections([*prose, *body])
    return statement


def _header_lines(item: _Item) -> list[str]:
    """A header block's lines: one per field when the source set several
    fields without a blank line between them, else the block as one line."""
    lines = item.block.lines
    if len(lines) < 2 or sum(map(header_lines.is_header_line, lines)) < 2:
        return [item.text]
    out: list[str] = []
    for line in lines:
        if out and not header_lines.is_header_line(line):
            out[-1] = f"{out[-1]} {line}"  # the wrapped rest of a long field
        else:
            out.append(line)
    return out


def _body_start(items: list[_Item]) -> int | None:
    for index, item in enumerate(items):
        if item.number is not None:
            return index
        if item.priority is not None and not header_lines.is_known_field(item.text):
            return index
    return None


def _is_prose(text: str) -> bool:
    if header_lines.is_header_line(text):
        return False
    return len(text.split()) > _MAX_HEADER_WORDS or (ends_sentence(text) and len(text.split()) > MAX_HEADING_WORDS)


def _sections(items: list[_Item]) -> list[Section]:
    sections: list[Section] = []
    for item in items:
        if item.is_heading:
            sections.append(Section(item.text, item.priority, []))
            continue
        if not sections:
            sections.append(Section(None, None, []))
        paragraphs = sections[-1].paragraphs
        if paragraphs and item.number is None and _continues(item, paragraphs[-1]):
            paragraphs[-1].text = _join(paragraphs[-1].text, item.text)
        else:
            paragraphs.append(Paragraph(item.number, item.text))
    return sections


def _continues(item: _Item, previous: Paragraph) -> bool:
    """Is this block the rest of the previous paragraph (cut by a page break)?"""
    if item.block.continues is not None:
        return item.block.continues
    first = item.text[:1]
    return first.isalpha() and first.islower() and not ends_sentence(previous.text)


def _join(before: str, after: str) -> str:
    if before.endswith("-") and not before.endswith(" -"):
        return before + after
    return f"{before} {after}"
