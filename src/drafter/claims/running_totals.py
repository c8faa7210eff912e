"""A running total's span: the words by which a count's sentence gives it a
span of its own that is no reporting period ("since April 2026", "so far
this financial year", "year to date", "in total", "over the past six
months", "since the scheme began"). Such a count is never dated by its
paragraph, so never held to the quarter the paragraph names, nor moved to
the next one by copy forward."""

from __future__ import annotations

import re

# Words giving a count its own span.
_OWN_SPAN = re.compile(
    r"\bsince\b|\bso\s+far\b|\b(?:financial[\s-]+)?year[\s-]+to[\s-]+date\b|(?<!up )\bto\s+date\b|"
    r"\b(?:fy)?ytd\b|\bin\s+total\b|\baltogether\b|\bcumulative(?:ly)?\b|\brunning\s+total\b|"
    r"\bthis\s+(?:financial\s+)?year\b|"
    r"\b(?:over|in|during|across)\s+the\s+(?:past|last|previous)\s+(?:\d+|[a-z]+)\s+(?:weeks|months|years|quarters)\b",
    re.IGNORECASE)
# "The lowest number since 2019", "the first time since 2021": "since" dating a comparison, not a total.
_RECORD_BEFORE = re.compile(r"\b(?:lowest|highest|fewest|most|least|best|worst|first\s+time)\b(?:\s+\w+){0,3}\s+$",
                            re.IGNORECASE)


def own_span(sentence: str) -> str | None:
    """The words by which a count's sentence gives it a span of its own, a
    running total's ("since April 2026", "so far this year"); None when it
    gives none, and the count may be dated by its paragraph."""
    found = next((m for m in _OWN_SPAN.finditer(sentence)
                  if not (m.group(0).lower() == "since" and _RECORD_BEFORE.search(sentence[:m.start()]))), None)
    if found is None:
        return None
    # the span's words as written, to the end of their phrase: "since the scheme began"
    words = re.split(r"[,.;:()]", sentence[found.start():], maxsplit=1)[0].split()
    return " ".join(words[:6])


