"""A change made elsewhere, carried into the editor's text line by line (no
terminal needed).

When the desk merges a revision saved elsewhere, the section's text changes
under the writer: ``before`` is the section as the desk had it, ``after`` the
same with the other revision's paragraphs in. The editor's text (and each
earlier state its undo history can go back to) is ``before`` as the writer
edited it; here the other revision's change is made to such a text too,
line by line, where the lines it changes still read as in ``before``. Where
they do not, the change cannot be carried and None says so.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

Location = tuple[int, int]


@dataclass(frozen=True)
class LineChange:
    """Lines ``start`` to ``end`` (not included) of ``before`` become ``lines``."""

    start: int
    end: int
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Placed:
    """A change made to a text: at line ``row``, ``removed`` lines became ``added``."""

    row: int
    removed: int
    added: int


def line_changes(before: str, after: str) -> list[LineChange]:
    old, new = before.split("\n"), after.split("\n")
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    return [LineChange(i1, i2, tuple(new[j1:j2]))
            for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]


def _where(change: LineChange, opcodes) -> int | None:
    """The line of the edited text where ``change`` goes, or None when the lines
    it changes (or the place it adds lines at) were edited there."""
    for tag, i1, i2, j1, j2 in opcodes:
        if change.start == change.end:
            if tag == "equal" and i1 <= change.start <= i2:
                return j1 + change.start - i1
            if change.start in (i1, i2) and tag != "equal":
                return j1 if change.start == i1 else j2
        elif tag == "equal" and i1 <= change.start and change.end <= i2:
            return j1 + change.start - i1
    return None


def carry(changes: list[LineChange], before: str, text: str) -> tuple[str, list[Placed]] | None:
    """``text`` (``before`` as edited since) with ``changes`` made to it as well,
    and where each went; None when one of them falls on lines edited here."""
    old, lines = before.split("\n"), text.split("\n")
    opcodes = difflib.SequenceMatcher(None, old, lines, autojunk=False).get_opcodes()
    placed = []
    for change in changes:
        row = _where(change, opcodes)
        if row is None:
            return None
        placed.append(Placed(row, change.end - change.start, len(change.lines)))
    # From the last up, so the rows of those above still hold.
    for change, where in sorted(zip(changes, placed), key=lambda pair: pair[1].row, reverse=True):
        lines[where.row:where.row + where.removed] = change.lines
    return "\n".join(lines), placed


def moved(location: Location, placed: list[Placed]) -> Location:
    """Where ``location`` of the edited text is once the changes are made: lower
    by the lines added above it; on a line that was replaced, at its first line."""
    row, column = location
    shift = 0
    for change in placed:
        if change.row + change.removed <= row:
            shift += change.added - change.removed
        elif change.row <= row < change.row + change.removed:
            return change.row + shift, 0
    return row + shift, column


def differing_span(old: str, new: str) -> tuple[Location, Location, str]:
    """The one span of ``old`` to replace (from, to) and what by, to make ``new``."""
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    return (_location(old, prefix), _location(old, len(old) - suffix),
            new[prefix:len(new) - suffix])


def _location(text: str, offset: int) -> Location:
    row = text.count("\n", 0, offset)
    return row, offset - (text.rfind("\n", 0, offset) + 1)
