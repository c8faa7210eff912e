"""Plain-text statements: decoding the bytes, then lines into blocks.

Statements saved from Word on Windows are often Windows-1252 rather than
UTF-8; decoding falls back to it so a "£" survives either way.
"""

from __future__ import annotations

import re

from drafter.corpus.ingest.blocks import Block, clean_line
from drafter.corpus.ingest.segment import typed_number
from drafter.errors import IngestError

BINARY = "binary file, not a statement"
# Statements run to a few hundred lines; this bounds the time a file can take.
MAX_LINES = 100_000

# Control characters other than tab, newline, carriage return and form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


# Files that are really another format under a text name, by their first bytes.
_MISNAMED = (
    (b"PK\x03\x04", "a Word document or other zip archive, not text (if it is a statement, "
                     "give it a .docx name)"),
    (b"%PDF-", "a PDF, not text (if it is a statement, give it a .pdf name)"),
    (b"{\\rtf", "an RTF document, not text: save it from Word as .docx or plain text"),
)


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
                text = data.decode("cp1252")
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


def lines_of(text: str, file: str) -> list[str]:
    """Lines with Windows/old-Mac endings unified; a form feed (page break) is a blank line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    lines = text.split("\n")
    if len(lines) > MAX_LINES:
        raise IngestError(file, f"too many lines for a statement ({len(lines):,}; limit {MAX_LINES:,})")
    return lines


def text_blocks(text: str, file: str) -> list[Block]:
    """Blank lines separate blocks; a line starting with a paragraph number starts a new one
    (statements often put numbered paragraphs on consecutive lines)."""
    blocks: list[Block] = []
    current: list[str] = []

    def close() -> None:
        if current:
            blocks.append(Block(list(current)))
            current.clear()

    for raw in lines_of(text, file):
        line = clean_line(raw)
        if not line:
            close()
            continue
        if current and typed_number(line)[0] is not None:
            close()
        current.append(line)
    close()
    return blocks


def read_text(data: bytes, file: str) -> list[Block]:
    return text_blocks(decode(data, file), file)
