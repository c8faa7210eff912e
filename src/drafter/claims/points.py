"""A change in percentage points written "points" alone: "+2.8 points" in a
table's Change column beside "72.0% | 74.8%", "up 3 points to 74%". A
number before "points" is one only when its line quotes percentages and the
number reads as a change (signed, with decimals, or after "up", "down",
"by", "rose", "fell"): "the plan's 5 points" stay a count.
"""

from __future__ import annotations

import re

_BARE_POINTS = re.compile(r"\s?points\b", re.IGNORECASE)
_MOVED_BY = re.compile(r"(?:[+\-−±]|\b(?:up|down|by|rose|fell|gained|lost)\s)$", re.IGNORECASE)
_QUOTES_PERCENT = re.compile(r"\d\s?(?:%|per\s?cent\b|percent\b)", re.IGNORECASE)


def bare_points(text: str, start: int, end: int, decimals: int) -> re.Match | None:
    """The " points" after the number at ``start``..``end`` of ``text`` when it
    makes the number a change in percentage points, else None."""
    if not decimals and not _MOVED_BY.search(text[max(0, start - 5):start]):
        return None
    line = text[text.rfind("\n", 0, start) + 1:].split("\n", 1)[0]
    return _BARE_POINTS.match(text, end) if _QUOTES_PERCENT.search(line) else None
