"""How close a search hit is, in words a writer can trust.

A hit's score is the share of the best score its query could reach (0..1),
which says little on its own: 0.4 is a strong match for a paragraph pasted
whole and 0.15 can be the best a short query gets from an unrelated topic.
The levels below were read from the judged queries of the quality benchmark
(``benchmarks/relevance_calibration.py`` prints the table): of the ten hits
each judged query gets (the tuning and held-out sets, and each topic's
paragraph pasted whole), how many a person judged relevant, at each score.
Close is the lowest score from which at least half the hits are relevant,
related the lowest from which at least one in five up to close is:

=========  ===========  ==========================
level      score        judged relevant (of hits)
=========  ===========  ==========================
close      0.31 – 1     79% (of 39)
related    0.20 – 0.31  32% (of 97)
weak       0 – 0.20     6% (of 1098)
=========  ===========  ==========================

Recalibrate (run the benchmark, move the thresholds) when scoring or
ranking changes. Since a term counts once within a synonyms clause and a
query word no paragraph holds counts in the best score, scores are lower
than they were (the 0.31 and 0.20 above once gave 52% and 21%), and the
rule would now put close at 0.21 and related at 0.11 (a paragraph sharing
one word only of a short query keeps half its score, ``coordination.py``). The thresholds are
kept: lowered, a homicide paragraph on knife deaths becomes "related" to a
sentence about a knife-crime week of action, where the desk now says
"nothing close" under Homicide and offers the week-of-action paragraphs
under Serious violence.
"""

from __future__ import annotations

CLOSE = 0.31
"""From this score up a hit is close: judged relevant about half the time."""
RELATED = 0.20
"""From this score up to CLOSE a hit is related: relevant about one time in five."""

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
