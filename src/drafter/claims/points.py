"""A change in percentage points written "points" (or "pts") alone: "+2.8 points" in a
table's Change column beside "72.0% | 74.8%", "up 3 points to 74%". A
number before "points" is one only when its line quotes percentages and the
number reads as a change (signed, with decimals, or after "up", "down",
"by", "rose", "fell"): "the plan's 5 points" stay a count.
"""

from __future__ import annotations

import re

from drafter.figures.derived import FIGURE

_BARE_POINTS = re.compile(r"\s?(?:points|pts?\.?(?!\w))", re.IGNORECASE)  # "+1.8 pts" in a Change column
_MOVED_BY = re.compile(r"(?:[+\-−±]|\b(?:up|down|by|rose|fell|gained|lost)\s)$", re.IGNORECASE)
# A line quoting percentages, or a table row headed as one ("Victim satisfaction (%) | 73.4 | 71.9 | +1.5 points").
_QUOTES_PERCENT = re.compile(r"\d\s?(?:%|per\s?cent\b|percent\b)|^[^|\n]*\((?:%|per\s?cent)\)[^|\n]*\|",
                             re.IGNORECASE)


def bare_points(text: str, start: int, end: int, decimals: int) -> re.Match | None:
    """The " points" after the number at ``start``..``end`` of ``text`` when it
    makes the number a change in percentage points, else None."""
    if not decimals and not _MOVED_BY.search(text[max(0, start - 5):start]):
        return None
    line = text[text.rfind("\n", 0, start) + 1:].split("\n", 1)[0]
    return _BARE_POINTS.match(text, end) if _QUOTES_PERCENT.search(line) else None


def measure_of_points(doc, mention, numbers, measure_mentions) -> str | None:
    """The measure a change in percentage points is of: the one named nearest it,
    else, in a sentence naming none, the one measure of the percentages quoted
    before it there ("Satisfaction rose to 73.1% …, up 2.3 percentage points on
    the previous quarter": the 73.1% is victim satisfaction, and so is the change),
    or with none before it, after it ("rose by 2.3 percentage points …, to 73.1%")."""
    from drafter.claims.matching import nearest_measure

    named = nearest_measure(doc, mention, list(measure_mentions))
    if named is not None:
        return named.measure
    quoted = [n for n in numbers if n.sentence == mention.sentence and n.kind == "percent"
              and n.status in ("verified", "stale") and n.measure
              and n.matched is not None and n.matched.kind == FIGURE]
    before = {n.measure for n in quoted if n.start < mention.start}
    if before:
        return before.pop() if len(before) == 1 else None
    # "Satisfaction rose by 2.1 percentage points on the previous quarter, to 73.9%": the level after it
    after = {n.measure for n in quoted}
    return after.pop() if len(after) == 1 else None
