"""How close a search hit is, in words a writer can trust.

A hit's score is the share of the best score its query could reach (0..1),
which says little on its own: 0.4 is a strong match for a paragraph pasted
whole and 0.15 can be the best a short query gets from an unrelated topic.
The levels below were read from the judged queries of the quality benchmark
(``benchmarks/relevance_calibration.py`` prints the table): of the hits a
query gets, how many a person judged relevant, at each score.
"""

from __future__ import annotations

CLOSE = 0.30
"""From this score up a hit is close: judged relevant in most cases."""
RELATED = 0.18
"""From this score up to CLOSE a hit is related: relevant about half the time."""

RELEVANCE_LEVELS: dict[str, tuple[float, float]] = {
    "close": (CLOSE, 1.0),
    "related": (RELATED, CLOSE),
    "weak": (0.0, RELATED),
}
"""Each level's score range (from, to), closest first."""


def relevance_level(score: float) -> str:
    """``close``, ``related`` or ``weak`` for a hit's score."""
    if score >= CLOSE:
        return "close"
    if score >= RELATED:
        return "related"
    return "weak"
