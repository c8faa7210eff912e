"""Plain-text statements: decoding the bytes, then lines into blocks.

Statements saved from Word on Windows are often Windows-1252 rather than
UTF-8; decoding falls back to it so a "£" survives either way.
"""

from __future__ import annotations

import codecs
import re

from drafter.corpus.ingest.blocks import Block, clean_line
from drafter.corpus.ingest.contents_list import without_contents_lists
from drafter.corpus.ingest.header import is_header_line, is_known_field, is_whole_field
from drafter.corpus.ingest.hyphens import rejoin_broken_words
from drafter.corpus.ingest.page_furniture import PAGE_BREAK, without_page_furniture
from drafter.corpus.ingest.recognise import is_template_header
from drafter.corpus.ingest.shapes import (
    MAX_NUMBERED_HEADING_WORDS,
    bullet_text,
    continues_numbering,
    ends_sentence,
    is_key_figure_line,
    is_title_case,
    looks_like_heading,
    numbered_heading_over,
    opens_numbered,
    typed_number,
)
from drafter.errors import IngestError
from drafter.priorities import classify_heading

BINARY = "binary file, not a statement"
# Statements run to a few hundred lines; this bounds the time a file can take.
MAX_LINES = 100_000

# A line longer than this is a whole paragraph (copied from a web page), not a wrapped line.
ONE_PARAGRAPH_PER_LINE = 110
# Table cells set out in columns: apart by a tab or three spaces or more.
_COLUMN_GAP = re.compile(r"\t+\s*| {3,}")
_PIPE = re.compile(r"(?<!\\)\|")

# Control characters other than tab, newline, carriage return and form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


# Files that are really another format under a text name, by their first bytes.
_MISNAMED = (
    (b"PK\x03\x04", "a Word document or other zip archive, not text (if it is a statement, "
                     "give it a .docx name)"),
    (b"%PDF-", "a PDF, not text (if it is a statement, give it a .pdf name)"),
    (b"{\\rtf", "an RTF document, not text: save it from Word as .docx or plain text"),
)


def _as_windows_1252(error: UnicodeDecodeError) -> tuple[str, int]:
    """A byte that is not UTF-8, read as Windows-1252 (strict: an undefined byte is binary)."""
    return error.object[error.start:error.start + 1].decode("cp1252"), error.start + 1


_WINDOWS_1252_FALLBACK = "drafter-windows-1252"
codecs.register_error(_WINDOWS_1252_FALLBACK, _as_windows_1252)


def decode(data: bytes, file: str) -> str:
    """Text of a .txt or .md file: UTF-8 (BOM or not), UTF-16 (with a BOM, or
    plainly UTF-16 without), else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise IngestError(file, BINARY) from None
    for magic, reason in _MISNAMED:
        if data.startswith(magic):
            raise IngestError(file, reason)
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is None:
            raise IngestError(file, BINARY)
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                # Windows-1252 bytes, perhaps in a file that is partly UTF-8 (text pasted
                # in from elsewhere): each valid UTF-8 run is read as UTF-8, the rest as
                # Windows-1252, so "–" is not turned into "â€“".
                text = data.decode("utf-8-sig", errors=_WINDOWS_1252_FALLBACK)
            except UnicodeDecodeError:
                raise IngestError(file, BINARY) from None
    controls = len(_CONTROL.findall(text))
    if controls and controls > len(text) // 100:
        raise IngestError(file, BINARY)
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """The text if ``data`` reads as UTF-16 without a byte-order mark (mostly
    ASCII, so every other byte is zero), else None."""
    sample = data[:4096]
    if len(data) % 2 or len(sample) < 4:
        return None
    for encoding, high_bytes in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if high_bytes.count(0) >= 0.9 * len(high_bytes):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            return None if "\x00" in text else text
    return None


def lines_of(text: str, file: str, page_breaks: bool = False) -> list[str]:
    """Lines with Windows/old-Mac endings unified; a form feed (page break) is
    a blank line, or with ``page_breaks`` a line of its own."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\f", f"\n{PAGE_BREAK}\n" if page_breaks else "\n\n")
    lines = text.split("\n")
    if len(lines) > MAX_LINES:
        raise IngestError(file, f"too many lines for a statement ({len(lines):,}; limit {MAX_LINES:,})")
    return lines


def text_blocks(text: str, file: str) -> list[Block]:
    """Blank lines separate blocks; within a run of lines, new blocks start
    where the text shows one (see :func:`run_blocks`)."""
    blocks: list[Block] = []
    run: list[str] = []
    after_page_break = False
    for raw in [*without_page_furniture(lines_of(text, file, page_breaks=True)), ""]:
        if raw.strip():
            run.append(raw)
            continue
        if run:
            first = len(blocks)
            blocks.extend(run_blocks(run))
            if after_page_break and first > 0:
                _mark_run_on(blocks[first - 1], blocks[first])
            run = []
            after_page_break = False
        after_page_break = after_page_break or raw == PAGE_BREAK
    return rejoin_broken_words(without_contents_lists(blocks))


def _mark_run_on(before: Block, after: Block) -> None:
    """A paragraph cut by a page break whose rest starts with a capital
    ("…at Severnford" / "Tewbridge hospitals…") is marked as carrying on, as
    the PDF reader does; the segmenter already joins a rest in lower case."""
    if before.cells is not None or after.cells is not None or after.bullet or len(before.lines) < 2:
        return
    last, first = before.lines[-1], after.lines[0]
    if ends_sentence(last) or last.rstrip().endswith(":") or opens_numbered(first) \
            or bullet_text(first) is not None \
            or not first[:1].isupper():
        return
    after.continues = True


def text_width(lines: list[str]) -> int:
    """The width lines are set in: the longest (a hard-wrapped text's wrapping width)."""
    return max((len(line.strip()) for line in lines), default=0)


def run_blocks(raw_lines: list[str]) -> list[Block]:
    """Blocks of one run of non-blank lines: tables set out in columns, then
    the lines cut where a paragraph, bullet or heading starts (statements
    copied from web pages have no blank lines between blocks)."""
    blocks: list[Block] = []
    plain: list[str] = []
    for piece, cells in column_tables(raw_lines):
        if cells is not None:
            blocks.extend(split_lines(plain))
            plain = []
            blocks.append(Block(cells=cells))
        else:
            plain.append(clean_line(piece))
    blocks.extend(split_lines(plain))
    return blocks


def split_lines(lines: list[str]) -> list[Block]:
    lines = [line for line in lines if line]
    blocks: list[Block] = []
    # A paragraph copied from a web page is one long line; a hard-wrapped one
    # is many lines of about the same width.
    one_per_line = max((len(line) for line in lines), default=0) > ONE_PARAGRAPH_PER_LINE
    width = text_width(lines)
    numbered: str | None = None  # the last paragraph opened by a paragraph or section number
    for index, line in enumerate(lines):
        mark = bullet_text(line)
        if not blocks or _starts_block(lines, index, one_per_line, blocks[-1], numbered, width):
            blocks.append(Block([mark] if mark is not None else [line], bullet=mark is not None))
            if opens_numbered(line) or index + 1 < len(lines) and numbered_heading_over(line, lines[index + 1]):
                numbered = line
        else:
            blocks[-1].lines.append(line)
    return blocks


def _starts_block(lines: list[str], index: int, one_per_line: bool, current: Block,
                  numbered: str | None, width: int) -> bool:
    line, previous = lines[index], lines[index - 1]
    if typed_number(line)[0] is not None or bullet_text(line) is not None:
        return True
    if continues_numbering(numbered, line):
        return True  # "2.1 There were…" under "2. Reduce murder and other homicide"
    if index + 1 < len(lines) and numbered_heading_over(line, lines[index + 1]):
        return True  # "3 Reduce serious violence" over "3.1 Knife crime…"
    if line[:1].islower():
        return False  # the rest of a wrapped sentence
    if is_key_figure_line(line) and is_key_figure_line(typed_number(previous)[1] or previous):
        return True  # "2. Homicides: 3" over "Knife and sharp instrument offences: 301": a list, one a line
    if is_known_field(previous) and not is_whole_field(previous) and not is_header_line(line):
        return False  # the wrapped rest of a long header field
    stands_alone = len(current.lines) == 1 and ends_heading(previous, line, width)
    after_end = ends_sentence(previous) or previous.rstrip().endswith(":")
    if current.bullet:
        return after_end or looks_like_heading(line)
    if stands_alone or (after_end and looks_like_heading(line)):
        return True
    if looks_like_heading(line) and classify_heading(line) is not None:
        return True  # a priority heading, known by its wording
    # In hard-wrapped text a finished sentence may well go on in the same paragraph.
    return after_end and one_per_line


def ends_heading(line: str, following: str, width: int) -> bool:
    """Is ``line`` a heading the ``following`` line comes under, numbered or
    not ("Reduce serious violence", "2. Specified Information Order")? A
    numbered priority's name in sentence case ("2. Reduce murder and other
    homicide") is one when the next word would have fitted in the ``width``
    its lines are set in, so the line was not wrapped there."""
    number, rest = typed_number(line)
    if number is None:
        return looks_like_heading(line) and not _wrapped_sentence(line, following, width)
    bare = rest.rstrip().removesuffix(".")
    if len(bare.split()) > MAX_NUMBERED_HEADING_WORDS or not looks_like_heading(bare):
        return False
    if is_title_case(bare):
        return True
    next_word = following.split()[0] if following.split() else ""
    return classify_heading(bare) is not None and len(line) + 1 + len(next_word) <= width


# A hard-wrapped line is about as wide as the text is set in; a heading is seldom this long.
MIN_WRAPPED_WIDTH = 60
# Words a sentence goes on after, which no heading ends with.
_BREAKS_OFF = frozenset({"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "that",
                         "the", "to", "where", "which", "who", "with"})


def _wrapped_sentence(line: str, following: str, width: int) -> bool:
    """Is ``line`` the first line of a hard-wrapped sentence rather than a
    heading ("Knife or sharp instrument offences fell by 8.5% to 1,570 in the
    year ending" over "March 2026. …")? It fills the width its lines are set
    in, so the next word would not have fitted, and it names no priority
    unless it quotes a figure or breaks off where no heading ends ("… the
    local policing teams in")."""
    next_word = following.split()[0] if following.split() else ""
    if len(line) < MIN_WRAPPED_WIDTH or len(line) + 1 + len(next_word) <= width:
        return False
    return classify_heading(line) is None or any(char.isdigit() for char in line) \
        or line.split()[-1].lower() in _BREAKS_OFF


def column_tables(raw_lines: list[str]) -> list[tuple[str, list[list[str]] | None]]:
    """The run's lines, with each table set out in columns (cells apart by
    tabs or runs of spaces, or between "|") replaced by its rows of cells."""
    split = [row_cells(line) for line in raw_lines]
    out: list[tuple[str, list[list[str]] | None]] = []
    index = 0
    while index < len(raw_lines):
        end = index
        while end < len(raw_lines) and split[end] is not None:
            end += 1
        rows = [row for row in split[index:end] if not _is_rule(row)]
        if end - index >= 2 or (rows and is_template_header(rows[0])):
            out.append(("", rows))
            index = end
        else:
            out.append((raw_lines[index], None))
            index += 1
    return out


def row_cells(raw: str) -> list[str] | None:
    """A line's cells when it is a table row (``| a | b |`` or columns set
    apart by wide gaps), else None."""
    stripped = raw.strip()
    if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
        cells = [clean_line(cell) for cell in _PIPE.split(stripped[1:-1])]
    else:
        cells = [clean_line(cell) for cell in _COLUMN_GAP.split(stripped)]
    cells = [cell.replace("\\|", "|") for cell in cells]
    return cells if len([cell for cell in cells if cell]) >= 2 else None


def _is_rule(row: list[str]) -> bool:
    """A Markdown table's ``|---|:---:|`` line."""
    return all(re.fullmatch(r":?-{3,}:?", cell) for cell in row if cell)


def read_text(data: bytes, file: str) -> list[Block]:
    return text_blocks(decode(data, file), file)
