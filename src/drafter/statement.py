"""Plain structures shared by the readers, the store and the front ends.

A statement is a header plus sections; a section is a heading (mapped to a
priority id, ``introduction``, ``closing`` or None) plus paragraphs in order,
each keeping the number it was printed with (None when unnumbered) and its
kind: an ordinary paragraph, a bullet, a sub-heading inside the section (web
statements repeat "Summary of planned activity" under every priority) or a
table kept as rows of cells.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import asdict, dataclass, field

from drafter.errors import BadDate

_DATE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$")


def check_date(value: str, *, day_allowed: bool = True) -> str:
    """``value`` when it is a real month (``2023-09``) or, if ``day_allowed``, a
    real day (``2023-09-14``); BadDate saying what was expected otherwise."""
    match = _DATE.match(value or "")
    if not match or (match.group(2) and not day_allowed):
        expected = "expected YYYY-MM or YYYY-MM-DD" if day_allowed else "expected YYYY-MM (a month)"
        raise BadDate(value, expected)
    if match.group(2):
        try:
            datetime.date.fromisoformat(value)
        except ValueError:
            raise BadDate(value, "there is no such day") from None
    return value


PARAGRAPH, BULLET, SUBHEADING, TABLE = "paragraph", "bullet", "subheading", "table"
PARAGRAPH_KINDS = (PARAGRAPH, BULLET, SUBHEADING, TABLE)


CELL_SEPARATOR = " | "


# A cell's own " | " ("Apr | Jun", Markdown's "a \\| b") keeps a no-break space after its bar, so
# that it reads as one cell's words, not as the line between two cells.
_BAR_IN_A_CELL = " |\u00a0"


def table_text(cells: list[list[str]]) -> str:
    """A table as one searchable text: cells joined by " | ", rows by new lines."""
    return "\n".join(CELL_SEPARATOR.join(cell.replace(CELL_SEPARATOR, _BAR_IN_A_CELL) for cell in row)
                     for row in cells)


def cells_of(text: str) -> list[list[str]]:
    """The cells of a table's text (the reverse of :func:`table_text`), a bar inside a cell as written."""
    return [[cell.replace(_BAR_IN_A_CELL, CELL_SEPARATOR) for cell in row.split(CELL_SEPARATOR)]
            for row in text.split("\n")]


MAX_PARAGRAPH_CHARS = 50_000
"""The longest paragraph drafter reads (about 8,000 words). A statement's
paragraphs run to a few hundred characters, a long one or a table to a few
thousand; a longer one is a file whose paragraphs were never told apart.
Review's grammar model (spaCy) parses at most 1,000,000 characters at once,
with time and memory in proportion to the text well before that (a review of
this limit takes about a minute), so a paragraph over it is refused by name:
by review, and by corpus add, so that the corpus never holds one."""


def paragraph_too_long(text: str) -> str | None:
    """What is wrong with a paragraph over :data:`MAX_PARAGRAPH_CHARS`, for a
    message that names the paragraph first; None when its length is fine."""
    if len(text) <= MAX_PARAGRAPH_CHARS:
        return None
    return (f"is {len(text):,} characters long; drafter reads paragraphs of up to "
            f"{MAX_PARAGRAPH_CHARS:,} characters (put a blank line between its paragraphs)")


# Control characters (a bad copy and paste leaves them) print as nothing and
# Word's XML cannot hold them. Those Python counts as white space separate words.
_SPACING_CONTROLS = re.compile("[\x0b\x0c\x1c-\x1f]")
_OTHER_CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x7f]")


def without_control_characters(text: str) -> str:
    """``text`` with its control characters gone (tab, line ends kept): a
    vertical tab, form feed or separator becomes a space, any other is dropped."""
    if text.isprintable():
        return text
    return _OTHER_CONTROLS.sub("", _SPACING_CONTROLS.sub(" ", text))


@dataclass
class Paragraph:
    number: int | None
    text: str
    kind: str = PARAGRAPH
    cells: list[list[str]] | None = None  # a table's rows; None for other kinds
    # The number printed within its section ("3.3"), which ``number`` does not
    # hold; review names the paragraph by it. Not stored: drafts number their own.
    printed: str | None = field(default=None, compare=False)

    def to_dict(self) -> dict:
        data = {"number": self.number, "text": self.text, "kind": self.kind}
        if self.kind == TABLE:
            data["cells"] = [list(row) for row in self.cells or []]
        return data


def counted(paragraphs: list[Paragraph]) -> int:
    """How many paragraphs a listing shows: sub-headings are structure, not paragraphs."""
    return sum(1 for paragraph in paragraphs if paragraph.kind != SUBHEADING)


@dataclass
class Section:
    heading: str | None
    priority: str | None
    paragraphs: list[Paragraph] = field(default_factory=list)


@dataclass
class Statement:
    """A statement as read from a file, before it is stored."""

    title: str | None = None
    force: str | None = None
    board: str | None = None
    date: str | None = None  # ISO: YYYY-MM or YYYY-MM-DD
    presented_by: str | None = None
    header_notes: list[str] = field(default_factory=list)  # "Police and Crime Plan Priority: ..."
    sections: list[Section] = field(default_factory=list)
    # Annexes after the priorities, left out of the sections (never stored or searched).
    annexes: list[Section] = field(default_factory=list)

    @property
    def paragraph_count(self) -> int:
        return sum(counted(s.paragraphs) for s in self.sections)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class StoredStatement:
    """A statement in the corpus, as listed and shown."""

    id: int
    title: str | None
    force: str | None
    date: str | None
    file: str
    paragraphs: int
    board: str | None = None
    presented_by: str | None = None
    header_notes: list[str] = field(default_factory=list)
    format: str | None = None
    content_hash: str | None = None
    added_at: str | None = None
    sections: list[Section] | None = None

    def summary(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "force": self.force,
            "date": self.date,
            "paragraphs": self.paragraphs,
            "file": self.file,
        }

    def to_dict(self) -> dict:
        data = {k: v for k, v in self.summary().items() if k not in ("paragraphs", "file")}
        data["sections"] = [
            {
                "heading": s.heading,
                "priority": s.priority,
                "paragraphs": [p.to_dict() for p in s.paragraphs],
            }
            for s in (self.sections or [])
        ]
        return data
