"""PDF statements: text lines with their font and position (pdfplumber),
running headers, footers and page numbers removed, lines grouped into
paragraphs by spacing, numbering and indentation, and paragraphs that run on
over a page break joined again."""

from __future__ import annotations

import contextlib
import io
import logging
import re

from drafter.corpus.ingest.blocks import Block, clean_line
from drafter.corpus.ingest.contents_list import without_contents_lists
from drafter.corpus.ingest.hyphens import rejoin_broken_words
from drafter.corpus.ingest.pdf_layout import (
    Line,
    group_paragraphs,
    remove_running_lines,
)
from drafter.errors import IngestError
from drafter.files import misnamed

MAX_PAGES = 300
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.I)


def read_pdf(data: bytes, file: str) -> list[Block]:
    if b"%PDF-" not in data[:1024]:
        raise IngestError(file, misnamed(data, ".pdf") or "corrupt PDF (no PDF header)")
    pages = _page_lines(data, file)
    if not any(pages):
        raise IngestError(file, "no text layer (a scanned or image-only PDF)")
    pages = remove_running_lines(pages)
    return rejoin_broken_words(without_contents_lists(group_paragraphs(pages)))


def _page_lines(data: bytes, file: str) -> list[list[Line]]:
    import pdfplumber

    with _quiet_pdfminer():
        try:
            pdf = pdfplumber.open(io.BytesIO(data))
        except Exception as exc:  # pdfminer raises many kinds for damaged files
            raise IngestError(file, _open_problem(exc)) from None
        with pdf:
            try:
                pages = pdf.pages
            except Exception as exc:
                raise IngestError(file, _open_problem(exc)) from None
            if len(pages) > MAX_PAGES:
                raise IngestError(file, f"too many pages for a statement ({len(pages)}; limit {MAX_PAGES})")
            lines: list[list[Line]] = []
            for number, page in enumerate(pages):
                try:
                    lines.append(_lines_of(page, number))
                except Exception as exc:
                    raise IngestError(file, f"corrupt PDF (page {number + 1} cannot be read: "
                                            f"{_reason(exc)})") from None
                finally:
                    page.close()
            return lines


def _lines_of(page, number: int) -> list[Line]:
    out: list[Line] = []
    for raw in page.extract_text_lines(return_chars=True):
        text = clean_line(raw["text"])
        chars = [c for c in raw["chars"] if c.get("text", "").strip()]
        if not text or not chars:
            continue
        sizes = sorted(round(float(c.get("size", 0)), 1) for c in chars)
        bold = sum(1 for c in chars if _BOLD_FONT.search(str(c.get("fontname", "")))) > len(chars) / 2
        out.append(Line(text=text, page=number, x0=float(raw["x0"]), x1=float(raw["x1"]),
                        top=float(raw["top"]), bottom=float(raw["bottom"]),
                        size=sizes[len(sizes) // 2], bold=bold,
                        page_width=float(page.width), page_height=float(page.height),
                        cells=_cells(chars, sizes[len(sizes) // 2])))
    return out


# A gap this many times the font size between two characters sets table cells apart:
# far wider than a word space, even in justified text.
_CELL_GAP = 1.5


def _cells(chars: list[dict], size: float) -> tuple[str, ...]:
    """The line's pieces where wide gaps set them apart, or () for running text."""
    pieces: list[str] = []
    piece = ""
    previous = None
    for char in sorted(chars, key=lambda c: float(c["x0"])):
        if previous is not None:
            gap = float(char["x0"]) - float(previous["x1"])
            if gap > _CELL_GAP * size:
                pieces.append(piece)
                piece = ""
            elif gap > 0.15 * size:
                piece += " "
        piece += char.get("text", "")
        previous = char
    pieces.append(piece)
    cells = tuple(clean_line(text) for text in pieces)
    return cells if len(cells) >= 2 else ()


def _open_problem(exc: Exception) -> str:
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
    name = type(inner).__name__
    if "Password" in name or "Encrypt" in name:
        return "encrypted PDF (password protected)"
    return f"corrupt PDF ({_reason(inner)})"


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return (text[:80] if text else type(exc).__name__)


@contextlib.contextmanager
def _quiet_pdfminer():
    """pdfminer logs a warning for every oddity in a damaged file; the error we
    raise says what matters, so keep its chatter off the user's terminal."""
    logger = logging.getLogger("pdfminer")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)
