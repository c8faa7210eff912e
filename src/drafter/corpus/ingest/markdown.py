"""Markdown statements: ``#`` headings, ordered lists keeping the digits as
written, emphasis and link markup removed, front matter skipped but for the
date a site generator publishes the page under."""

from __future__ import annotations

import re

from drafter.corpus.ingest.blocks import Block, clean_line
from drafter.corpus.ingest.shapes import bullet_text, continues_numbering
from drafter.corpus.ingest.text import decode, ends_heading, lines_of, row_cells, split_lines, text_width
from drafter.figures.periods import MONTHS

_ATX_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*))?$")
_SETEXT_UNDERLINE = re.compile(r"^ {0,3}(=+|-+)\s*$")
_ORDERED_ITEM = re.compile(r"^ {0,3}(\d{1,9})[.)]\s+(.*)$")
_BULLET_ITEM = re.compile(r"^ {0,3}[-*+]\s+(.*)$")
_RULE = re.compile(r"^ {0,3}([-*_])(\s*\1){2,}\s*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_QUOTE = re.compile(r"^ {0,3}>\s?")
_WHOLLY_STRONG = re.compile(r"^(\*\*|__)(.+)\1$")
_TABLE_RULE = re.compile(r"^:?-{3,}:?$")

# Every inline pattern matches in linear time: a span cannot contain its own
# opening character, so a long line of unmatched markers costs no more than
# an ordinary one.
_IMAGE = re.compile(r"!\[([^\[\]]{0,500})\]\([^()\s]{0,2000}\)")
_LINK = re.compile(r"\[([^\[\]]{1,500})\]\([^()\s]{0,2000}(?:\s+\"[^\"]{0,200}\")?\)")
_REFERENCE_LINK = re.compile(r"\[([^\[\]]{1,500})\]\[[^\[\]]{0,100}\]")
_CODE = re.compile(r"`([^`]{1,500})`")
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]{0,500}>")
# An autolink, "<https://example.org/plan>", "<office@example.org>": the address is the text a reader sees.
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^<>\s]{1,2000}|(?:mailto:)?[^<>\s@]{1,200}@[^<>\s@]{1,200}\.[^<>\s@]{1,100})>",
                       re.IGNORECASE)
# A footnote's mark in the text ("2026[^1]") and its note ("[^1]: Figures are provisional"): the
# note is a source or a caveat, no statement text, as a Word document's footnotes are not read.
_FOOTNOTE_MARK = re.compile(r"\[\^[^\[\]\s]{1,100}\]")
_FOOTNOTE_NOTE = re.compile(r"^ {0,3}\[\^[^\[\]\s]{1,100}\]:")
_NOTE_CARRIED_ON = re.compile(r"^(?: {4}|\t)")
# Emphasis markers hug the words they mark: "*word", "word**", "_word_". An
# underscore inside a word (snake_case) or a lone "*" between spaces stays.
_EMPHASIS_MARKS = re.compile(
    r"(?<![\w*])\*{1,3}(?=[^\s*])|(?<=[^\s*])\*{1,3}(?![\w*])"
    r"|(?<![\w_])_{1,3}(?=[^\s_])|(?<=[^\s_])_{1,3}(?![\w_])|~~")
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>~|])")
_MARKUP_CHARACTERS = re.compile(r"[*_\[`<~\\\x00\x01\x02]")
# Stand-ins for text the markup patterns must not touch (escapes, code).
_ESCAPE_MARK, _CODE_MARK, _LINK_MARK = "\x00", "\x01", "\x02"


def plain(text: str) -> str:
    """Inline Markdown reduced to the words a reader sees."""
    if not _MARKUP_CHARACTERS.search(text):
        return clean_line(text)
    text = text.replace(_ESCAPE_MARK, "").replace(_CODE_MARK, "").replace(_LINK_MARK, "")
    escaped = _ESCAPED.findall(text)
    text = _ESCAPED.sub(_ESCAPE_MARK, text)
    addresses = [re.sub(r"^mailto:", "", found, flags=re.IGNORECASE) for found in _AUTOLINK.findall(text)]
    text = _AUTOLINK.sub(_LINK_MARK, text)  # kept whole: an address's "_" is no emphasis
    text = _FOOTNOTE_MARK.sub("", text)
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _REFERENCE_LINK.sub(r"\1", text)
    code = _CODE.findall(text)
    text = _CODE.sub(_CODE_MARK, text)
    text = _HTML_TAG.sub("", text)
    text = _EMPHASIS_MARKS.sub("", text)
    text = _restore(text, _CODE_MARK, code)
    text = _restore(text, _LINK_MARK, addresses)
    text = _restore(text, _ESCAPE_MARK, escaped)
    return clean_line(text)


def _restore(text: str, mark: str, originals: list[str]) -> str:
    pieces = text.split(mark)
    out = [pieces[0]]
    for original, piece in zip(originals, pieces[1:]):
        out += [original, piece]
    return "".join(out)


_FRONT_MATTER_LINE = re.compile(r"^(\s|-\s|#|[\w.-]+\s*[:=])")


# A site generator's date for the page ("date: 2026-11-12", "date = 2026-11-12T09:00:00Z").
_FRONT_MATTER_DATE = re.compile(r"^(?:date|published|publishdate)\s*[:=]\s*[\"']?(\d{4})-(\d{2})-(\d{2})(?!\d)", re.I)


def _front_matter(lines: list[str]) -> tuple[list[str], list[str]]:
    """A YAML/TOML front matter block's lines, and the lines after it, if the file opens with one."""
    if not lines or lines[0].strip() not in ("---", "+++"):
        return [], lines
    fence = lines[0].strip()
    for index in range(1, len(lines)):
        line = lines[index]
        if line.strip() in (fence, "..."):
            return (lines[1:index], lines[index + 1:]) if index > 1 else ([], lines)
        if line.strip() and not _FRONT_MATTER_LINE.match(line):
            return [], lines
    return [], lines


def _dated_by(front_matter: list[str]) -> Block | None:
    """The date a site generator publishes the page under, as the "Published …"
    line a saved web page's date becomes: front matter is no text to read, but
    its date is when the statement was published."""
    for line in front_matter:
        if found := _FRONT_MATTER_DATE.match(line.strip()):
            year, month, day = map(int, found.groups())
            if 1 <= month <= 12 and 1 <= day <= 31:
                return Block([f"Published {day} {MONTHS[month - 1]} {year}"])
    return None


def _without_comments(text: str) -> str:
    """Text with ``<!-- ... -->`` comments removed (an unclosed one runs to the end)."""
    parts: list[str] = []
    position = 0
    while True:
        start = text.find("<!--", position)
        if start < 0:
            parts.append(text[position:])
            return "".join(parts)
        parts.append(text[position:start])
        end = text.find("-->", start + 4)
        if end < 0:
            return "".join(parts)
        position = end + 3


def markdown_blocks(text: str, file: str) -> list[Block]:
    blocks: list[Block] = []
    current: list[str] = []
    current_number: list[int | None] = [None]
    current_bullet = [False]
    table: list[list[str]] = []
    in_fence = False

    def close() -> None:
        if len(current) > 1 and current_number[0] is None and not current_bullet[0] \
                and not _WHOLLY_STRONG.match(" ".join(line.strip() for line in current)):
            # Lines copied from a web page, with no blank line between paragraphs.
            blocks.extend(split_lines([plain(line) for line in current]))
            current.clear()
        if current:
            blocks.append(_block(current, current_number[0], current_bullet[0]))
            current.clear()
        current_number[0] = None
        current_bullet[0] = False
        if table:
            blocks.append(Block(cells=[[plain(cell) for cell in row] for row in table]))
            table.clear()

    front_matter, lines = _front_matter(lines_of(_without_comments(text), file))
    widths = _run_widths(lines)
    in_note = False
    for index, raw in enumerate(lines):
        if _FENCE.match(raw):
            close()
            in_fence = not in_fence
            continue
        if not in_fence and (_FOOTNOTE_NOTE.match(raw) or in_note and (
                not raw.strip() or _NOTE_CARRIED_ON.match(raw))):
            close()
            # A note runs on over lines indented under it, and after a blank line, until a line is not.
            in_note = True
            continue
        in_note = False
        line = _QUOTE.sub("", raw) if not in_fence else raw
        if not line.strip():
            close()
            continue
        cells = None if in_fence else row_cells(line) if line.lstrip().startswith("|") else None
        if cells is not None:
            if not table:
                close()
            if not all(_TABLE_RULE.match(cell) for cell in cells if cell):
                table.append(cells)
            continue
        if table:
            close()
        heading = _ATX_HEADING.match(line)
        if heading:
            close()
            # A closing run of '#' is decoration ("## Heading ##").
            words = (heading.group(2) or "").rstrip().rstrip("#").rstrip()
            if words:
                blocks.append(Block([plain(words)], heading=True, level=len(heading.group(1))))
            continue
        if current and len(current) == 1 and current_number[0] is None and _SETEXT_UNDERLINE.match(line):
            level = 1 if line.strip().startswith("=") else 2
            blocks.append(Block([plain(current[0])], heading=True, level=level))
            current.clear()
            continue
        if _RULE.match(line):
            close()
            continue
        ordered = _ORDERED_ITEM.match(line)
        bullet = _BULLET_ITEM.match(line)
        if ordered:
            close()
            current_number[0] = int(ordered.group(1))
            current.append(ordered.group(2))
        elif bullet or bullet_text(line.strip()) is not None:
            close()
            current_bullet[0] = True
            current.append(bullet.group(1) if bullet else bullet_text(line.strip()))
        else:
            if current_number[0] is not None and _ends_item(current_number[0], current, line, widths[index]):
                close()
            current.append(line)
    close()
    if dated := _dated_by(front_matter):
        blocks.insert(1 if blocks and blocks[0].heading else 0, dated)
    return blocks


def _run_widths(lines: list[str]) -> list[int]:
    """For each line, the width of its run of lines between blank lines (see ``text_width``)."""
    widths: list[int] = []
    start = 0
    for end in range(len(lines) + 1):
        if end == len(lines) or not lines[end].strip():
            widths += [text_width(lines[start:end])] * (end - start) + [0] * (end < len(lines))
            start = end + 1
    return widths


def _ends_item(number: int, item: list[str], line: str, width: int) -> bool:
    """Is ``line``, with no blank line before it, a paragraph of its own under
    numbered item ``item`` rather than more of its text? So it is when it
    carries on the numbering ("2.1 There were…" under "2. Reduce murder and
    other homicide") or the item is a heading (as with a blank line between)."""
    first, text = f"{number}. {plain(item[0])}", plain(line)
    if continues_numbering(first, text):
        return True
    return len(item) == 1 and not text[:1].islower() and ends_heading(first, text, width)


def _block(lines: list[str], number: int | None, bullet: bool) -> Block:
    strong = _WHOLLY_STRONG.match(" ".join(line.strip() for line in lines))
    texts = [plain(line) for line in lines]
    if bullet:
        return Block(texts, heading=False, bullet=True)
    if number is not None:
        # The segmenter tells "2. Specified Information Order" (a heading) from paragraph 2.
        return Block(texts, number=number)
    if strong and len(lines) == 1:
        return Block(texts, heading=None if strong.group(2).rstrip().endswith(".") else True)
    return Block(texts)


def read_markdown(data: bytes, file: str) -> list[Block]:
    return markdown_blocks(decode(data, file), file)
