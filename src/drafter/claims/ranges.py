"""A range of counts written as one ("between 130 and 140 knife offences"):
either end stands for any value from the lower to the higher, so the figure
is held to the range, never to each end as if it were the count."""

from __future__ import annotations

import re

_OPENS = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_JOINS = re.compile(r"\s+and\s+", re.IGNORECASE)
_COUNTS = ("count", "small")


def read_ranges(mentions: list, text: str) -> None:
    """Make each "between LOW and HIGH" pair of whole counts a range: LOW a
    bound from below and HIGH one from above, each reaching to the other."""
    for low, high in zip(mentions, mentions[1:]):
        if low.kind not in _COUNTS or high.kind not in _COUNTS or low.decimals or high.decimals \
                or not low.value < high.value or not _OPENS.search(text, 0, low.start) \
                or not _JOINS.fullmatch(text, low.end, high.start):
            continue
        low.range_with, high.range_with = high, low
        for end, side in ((low, "above"), (high, "below")):
            end.approximate, end.bound, end.close = True, side, False
            end.spread = (high.value - low.value) / 2
