"""Changes written as fractions in words: "fell by a third", "up by nearly half".

Only a fraction after "by" (a change's size) is read, never "by quarter"
(how figures are broken down), and not one followed by "of" ("supported by
half of the panel"): a share of something drafter
holds no figures for would only be noise. The fraction is a percentage with
a spread a writer means by it: "a third" is 33.3% give or take 2.5 points,
so a fall of 31% is a third and one of 29% is not ("nearly a third" reaches
down the same spread, "more than a third" up twice it, as bounds on digits do).
"""

from __future__ import annotations

import re

SPREAD = 2.5
"""Percentage points either side of a fraction that a writer still calls it."""

_PARTS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}
_FRACTION = re.compile(
    r"\bby\s+(?:(?:around|about|roughly|approximately|nearly|almost|more\s+than|over|just\s+over|"
    r"just\s+under|under|less\s+than|some)\s+)?"
    r"(?P<words>(?:a|one|two|three|four)[\s-]+(?:half|thirds?|quarters?|fifths?|tenths?)|half)"
    r"\b(?!\s+of\b)",
    re.IGNORECASE)


def fraction_value(words: str) -> float | None:
    """``"two thirds"`` → 66.67 (a percentage); None when the words are no fraction."""
    match = re.fullmatch(r"(?:(a|one|two|three|four)[\s-]+)?(half|thirds?|quarters?|fifths?|tenths?)",
                         words.strip(), re.IGNORECASE)
    if match is None or (match.group(1) is None and match.group(2).lower() != "half"):
        return None  # "by quarter" is how figures are broken down, not a fraction
    count = _COUNTS[(match.group(1) or "a").lower()]
    parts = _PARTS[match.group(2).lower().rstrip("s")]
    if count >= parts or (count > 1) != match.group(2).lower().endswith("s"):
        return None  # "three thirds", "two third": not a fraction anyone writes
    return 100.0 * count / parts


def fraction_mentions(text: str, taken: list[tuple[int, int]]):
    """A NumberMention for each change written as a fraction in ``text``."""
    from drafter.claims.numbers import NumberMention

    found = []
    for match in _FRACTION.finditer(text):
        start, end = match.span("words")
        value = fraction_value(match.group("words"))
        if value is None or any(start < e and s < end for s, e in taken):
            continue
        found.append(NumberMention(match.group("words"), start, end, value, "percent", decimals=1,
                                   in_words=True, spread=SPREAD))
    return found
