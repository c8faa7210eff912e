"""Export formats and file names: the format a name asks for, and the default
name (``<title-slug>-<date>.<ext>`` in the current directory, the date left
out when the title already names the month), which never replaces an
existing file (``-2``, ``-3``... are added instead)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from drafter.drafts.model import Draft
from drafter.errors import ExportError
from drafter.export.layout import MONTHS, meeting_month

FORMATS = {"md": ".md", "txt": ".txt", "docx": ".docx"}
FORMAT_ALIASES = {"markdown": "md", "text": "txt", "word": "docx"}
SLUG_MAX = 60


def format_for(path: Path | str | None) -> str | None:
    """The export format a file name asks for by its extension (``report.docx`` → ``docx``), or None."""
    if not path:
        return None
    suffix = Path(path).suffix.lower()
    return next((name for name, ext in FORMATS.items() if ext == suffix), None)


def name_problem(name: Path | str, fmt: str) -> str | None:
    """Why a file called ``name`` cannot hold format ``fmt``: its extension is
    another format's, or one drafter does not write (a board secretary opening
    "report.pdf" would find Markdown in it); None when it fits or has none."""
    asked = format_for(name)
    suffix = Path(name).suffix
    if asked is None and suffix:
        *others, last = FORMATS.values()
        return (f"the name ends in {suffix}, which drafter does not write (it writes "
                f"{', '.join(others)} or {last}); name the file {Path(name).stem}{FORMATS[fmt]}")
    if asked is not None and asked != fmt:
        # A Word file named .md (or the reverse) opens as garbage.
        return (f"the name ends in {FORMATS[asked]} but the format is {fmt}; "
                f"use a {FORMATS[fmt]} name or the {asked} format")
    return None


def normalise_format(fmt: str) -> str:
    name = (fmt or "").lower().lstrip(".")
    name = FORMAT_ALIASES.get(name, name)
    if name not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}: expected one of {', '.join(FORMATS)}")
    return name


# Words left dangling where a long title is cut: a period's, which mean nothing once its year is
# cut off ("...-july-to-september" before "-2027-01" reads as July to September 2027), and the
# small words before them.
_DANGLING_WORDS = {month.lower() for month in MONTHS} | {month.lower()[:3] for month in MONTHS} | {
    "to", "and", "quarter", "q1", "q2", "q3", "q4", "ending", "year", "the", "for", "of", "in", "a"}


def slug(text: str) -> str:
    # A letter with an accent is the letter ("Gŵyl" is gwyl, not g-yl); an apostrophe joins its word.
    plain = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode("ascii")
    words = re.sub(r"[^a-z0-9]+", " ", re.sub(r"(?<=\w)['’](?=\w)", "", plain)).split()
    kept: list[str] = []
    for word in words:
        if len("-".join([*kept, word])) > SLUG_MAX:
            while len(kept) > 1 and kept[-1] in _DANGLING_WORDS:
                kept.pop()
            break
        kept.append(word)
    return "-".join(kept) or "draft"


def names_month(title_slug: str, date: str) -> bool:
    """Whether a title (as its slug) already names the meeting's month and year:
    ``...-december-2026`` or ``...-2026-12`` for ``2026-12``."""
    said = {date, slug(meeting_month(date))}
    padded = f"-{title_slug}-"
    return any(f"-{words}-" in padded for words in said if words)


def default_stem(draft: Draft) -> str:
    """The title's slug, then the meeting's date unless the title says it already."""
    title = slug(draft.title)
    if not draft.date or names_month(title, draft.date):
        return title
    return f"{title}-{draft.date}"


def default_output(draft: Draft, fmt: str, directory: Path | None = None) -> Path:
    """``<title-slug>-<date>.<ext>`` in ``directory`` (default: the current one), never an existing file."""
    folder = Path.cwd() if directory is None else directory
    stem = default_stem(draft)
    candidate = folder / f"{stem}{FORMATS[fmt]}"
    counter = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{counter}{FORMATS[fmt]}"
        counter += 1
    return candidate
