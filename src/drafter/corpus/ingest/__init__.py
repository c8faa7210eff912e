"""Reading past statements (.txt, .md, .docx, .pdf, saved web pages) into a Statement.

Each format has a reader that turns the file into blocks (``blocks.Block``);
one segmenter (``segment``) turns blocks into header, sections and numbered
paragraphs for every format alike. Anything wrong with a file is an
``IngestError`` with a one-line reason: nothing else escapes ``read_statement``.
"""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Callable

from drafter.corpus.ingest.blocks import Block
from drafter.errors import IngestError
from drafter.statement import Statement

# A macro-enabled Word document (.docm) is a .docx with macros beside it, which are never run.
SUPPORTED_SUFFIXES = {".txt", ".md", ".docx", ".docm", ".pdf", ".html", ".htm", ".mhtml", ".mht"}

MB = 1024 * 1024
# Far above any statement (the reference is 21 KB of text); refused before reading.
# A saved page carries its scripts and styles, so it may be several times its text.
SIZE_LIMITS = {".txt": 5 * MB, ".md": 5 * MB, ".docx": 20 * MB, ".docm": 20 * MB, ".pdf": 20 * MB,
               ".html": 10 * MB, ".htm": 10 * MB,
               # A page saved as one file carries its images too, encoded as text.
               ".mhtml": 30 * MB, ".mht": 30 * MB}

__all__ = ["SUPPORTED_SUFFIXES", "SIZE_LIMITS", "is_office_lock_file", "read_file", "read_statement"]


def is_office_lock_file(name: str | Path) -> bool:
    """Word's "owner file" (``~$atement.docx``), left beside a document while
    it is open: a few bytes naming who has it open, never a statement."""
    return Path(str(name).replace("\\", "/")).name.startswith("~$")


def _reader(suffix: str) -> Callable[[bytes, str], list[Block]]:
    if suffix == ".txt":
        from drafter.corpus.ingest.text import read_text
        return read_text
    if suffix == ".md":
        from drafter.corpus.ingest.markdown import read_markdown
        return read_markdown
    if suffix in (".docx", ".docm"):
        from drafter.corpus.ingest.docx import read_docx
        return read_docx
    if suffix in (".html", ".htm"):
        from drafter.corpus.ingest.html import read_html
        return read_html
    if suffix in (".mhtml", ".mht"):
        from drafter.corpus.ingest.web_archive import read_web_archive
        return read_web_archive
    from drafter.corpus.ingest.pdf import read_pdf
    return read_pdf


def read_statement(path: Path, data: bytes | None = None, areas: tuple[str, ...] = ()) -> Statement:
    """Read one statement file. ``data`` is the file's bytes if already read;
    ``areas`` are names besides the 43 forces that may be the statement's force.

    Raises IngestError(file, problem) for anything that is not a readable statement.
    """
    path = Path(path)
    file = str(path)
    suffix = _supported_suffix(path)
    limit = SIZE_LIMITS[suffix]
    if data is None:
        data = _read_bounded(path, file, limit)
    _check_size(len(data), limit, file)
    if not data.strip():
        raise IngestError(file, "empty file")
    try:
        from drafter.corpus.ingest.segment import segment

        blocks = _reader(suffix)(data, file)
        return segment(blocks, file, tuple(areas), site=_site_owner(data, file, suffix),
                       running=_running_lines(data, file, suffix))
    except IngestError:
        raise
    except RecursionError:
        raise IngestError(file, f"{suffix[1:].upper()} too deeply nested to read") from None
    except MemoryError:
        raise IngestError(file, "file too large to read into memory") from None
    except Exception as exc:  # a damaged file can trip a library in ways no check foresees
        reason = " ".join(str(exc).split())[:80] or type(exc).__name__
        raise IngestError(file, f"unreadable {suffix[1:].upper()} ({reason})") from None


def _site_owner(data: bytes, file: str, suffix: str) -> str | None:
    """The website a saved page is from, when it names a force (see ``page_owner``)."""
    if suffix not in (".html", ".htm", ".mhtml", ".mht"):
        return None
    from drafter.corpus.ingest.page_owner import site_owner
    from drafter.corpus.ingest.web_archive import page_html
    return site_owner(page_html(data, file) if suffix in (".mhtml", ".mht") else data)


def _running_lines(data: bytes, file: str, suffix: str) -> list[str]:
    """A Word statement's page headers and footers, where its force and date may be."""
    if suffix not in (".docx", ".docm"):
        return []
    from drafter.corpus.ingest.docx import running_lines
    return running_lines(data, file)


def read_file(path: Path) -> bytes:
    """The bytes of a statement file, refused (IngestError) before reading when
    its format is not supported, it is a directory or it is over the size limit."""
    path = Path(path)
    return _read_bounded(path, str(path), SIZE_LIMITS[_supported_suffix(path)])


def _supported_suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        shown = suffix or "(no file extension)"
        raise IngestError(str(path), f"unsupported format {shown}: expected one of "
                                     f"{', '.join(sorted(SUPPORTED_SUFFIXES))}{_what_to_do(path)}")
    return suffix


# Documents a statement may have been saved as that drafter does not read (what a word
# processor can save again as .docx).
UNREAD_DOCUMENTS = {".rtf": "an RTF", ".doc": "a Word 97-2003 (.doc)", ".odt": "an OpenDocument text (.odt)",
                    ".pages": "a Pages", ".wpd": "a WordPerfect"}


def _what_to_do(path: Path) -> str:
    """What a maintainer most often has in hand instead of a statement: figures, or
    a statement in a format a word processor can save again."""
    from drafter.figures.importing.tables import WORKBOOK_SUFFIXES

    suffix = path.suffix.lower()
    if suffix in (".csv", ".xls", *WORKBOOK_SUFFIXES):
        saved = " (saved as .xlsx)" if suffix == ".xls" else ""
        return f"; figures go in with drafter figures import {path.name}{saved}"
    if suffix in UNREAD_DOCUMENTS:
        return "; save the statement as .docx (or .pdf) and add that"
    return ""


def _read_bounded(path: Path, file: str, limit: int) -> bytes:
    try:
        if path.is_dir():
            raise IngestError(file, "is a directory, not a file")
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            # A pipe or device would block or never end.
            raise IngestError(file, "not a regular file")
        _check_size(info.st_size, limit, file)
        with path.open("rb") as stream:
            # A file that grows after stat() is still never read past the limit.
            return stream.read(limit + 1)
    except OSError as exc:
        raise IngestError(file, (exc.strerror or str(exc)).lower()) from None


def _check_size(size: int, limit: int, file: str) -> None:
    if size > limit:
        raise IngestError(file, f"file too large ({_megabytes(size)}; limit {_megabytes(limit)})")


def _megabytes(size: int) -> str:
    value = size / MB
    return f"{value:.0f} MB" if value >= 10 or value == int(value) else f"{value:.1f} MB"
