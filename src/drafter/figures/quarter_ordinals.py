"""A quarter named by its place in the year ("the second quarter of 2026",
"the last three months of 2024", "the fourth and final quarter of 2025/26"),
written again for another quarter in the same words, as English says them:
"the first three months" and "the last three months" of a year are said, the
quarters between are "the second quarter" and "the third quarter", never
"the second three months"."""

from __future__ import annotations

import re

ORDINAL_NAMES = ("first", "second", "third", "fourth")
# "The last quarter of 2025/26" is its fourth; a year on it is still the last.
LAST_WORDS = ("last", "final")
_THREE_MONTHS = re.compile(r"\b(?:three|3)\s+months\b", re.IGNORECASE)


def quarter_ordinal_words(number: int, ordinal: str, middle: str) -> tuple[str, str]:
    """The ordinal and the words after it ("quarter of", "three months of the financial year")
    for quarter ``number`` (1 to 4), in the words ``ordinal`` and ``middle`` named another."""
    in_words = ordinal.split()[0].isalpha()
    new = ORDINAL_NAMES[number - 1] if in_words else ("1st", "2nd", "3rd", "4th")[number - 1]
    # "The fourth and final quarter" a year on is still both; any other quarter is neither.
    if number == 4 and ordinal.lower().split()[-1] in LAST_WORDS:
        new = ordinal
    elif in_words and _THREE_MONTHS.search(middle):
        if number in (2, 3):
            middle = _THREE_MONTHS.sub("quarter", middle, count=1)
        elif number == 4:
            new = "last"
    if ordinal[:1].isupper() and new[:1].islower():
        new = new[:1].upper() + new[1:]
    return new, middle
