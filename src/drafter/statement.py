"""Plain structures shared by the readers, the store and the front ends.

A statement is a header plus sections; a section is a heading (mapped to a
priority id, ``introduction``, ``closing`` or None) plus paragraphs in order,
each keeping the number it was printed with (None when unnumbered).
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


@dataclass
class Paragraph:
    number: int | None
    text: str


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
    sections: list[Section] = field(default_factory=list)

    @property
    def paragraph_count(self) -> int:
        return sum(len(s.paragraphs) for s in self.sections)

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
                "paragraphs": [{"number": p.number, "text": p.text} for p in s.paragraphs],
            }
            for s in (self.sections or [])
        ]
        return data
