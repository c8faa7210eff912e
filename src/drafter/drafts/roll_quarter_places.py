"""A quarter named by its place in a year the words do not give ("July to
September 2026, the third calendar quarter of the year", "the final quarter of
the financial year"), rolled forward: no period phrase reads it, so it was
left as written, and a statement on October to December was still "the third
calendar quarter". Where it is the place of the quarter the figures move from,
in the calendar year or the financial one (as its words say, or as that
quarter is counted), it moves to the place of the quarter they move to; else
it is left, and named for the writer when the figures wait for the next one."""

from __future__ import annotations

import re

from drafter.figures.quarter_ordinals import LAST_WORDS, ORDINAL_NAMES

_PLACE = re.compile(r"\b(?P<ord>first|second|third|fourth|final|last)\s+(?P<kind>calendar\s+|financial\s+)?"
                    r"quarter\s+of\s+the\s+(?P<year_kind>calendar\s+|financial\s+)?year\b", re.IGNORECASE)
_NUMBERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}


def quarter_places_moved(sentence: str, main, target) -> list[tuple[int, int, str]]:
    """(start, end, new ordinal) for each quarter ``sentence`` names by its place in the year
    that is ``main``'s place, written as ``target``'s."""
    moved = []
    for found in _PLACE.finditer(sentence):
        said, number = found.group("ord"), _NUMBERS[found.group("ord").lower()]
        words = f"{found.group('kind') or ''}{found.group('year_kind') or ''}".lower()
        financial = "financial" in words or "calendar" not in words and number != main.quarter
        if number != (main.financial_quarter if financial else main.quarter):
            continue
        new = target.financial_quarter if financial else target.quarter
        ordinal = said if new == 4 and said.lower() in LAST_WORDS else ORDINAL_NAMES[new - 1]
        ordinal = ordinal[:1].upper() + ordinal[1:] if said[:1].isupper() else ordinal
        moved.append((found.start("ord"), found.end("ord"), ordinal))
    return moved


def quarter_places(sentence: str) -> list[str]:
    """The words of each quarter ``sentence`` names by its place in the year."""
    return [found.group() for found in _PLACE.finditer(sentence)]
