"""Words with their offsets, compared blind to case and surrounding punctuation."""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"\S+")
_EDGE_PUNCTUATION = "\"'‘’“”()[]{}.,;:!?*–—-…"


@dataclass(frozen=True)
class Word:
    key: str    # what comparisons use: lower case, edge punctuation stripped
    start: int  # character offsets of the word as written
    end: int


def words(text: str) -> list[Word]:
    found = []
    for match in _WORD.finditer(text):
        key = match.group().lower().strip(_EDGE_PUNCTUATION)
        if key:
            found.append(Word(key, match.start(), match.end()))
    return found


def keys(text: str) -> list[str]:
    """Just the comparison keys (what reuse compares across the whole corpus, so it is kept fast)."""
    stripped = (word.strip(_EDGE_PUNCTUATION) for word in text.lower().split())
    return [word for word in stripped if word]


_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"}


def wording(found: list[str]) -> list[str]:
    """Comparison keys without figures and month names, which change every
    quarter: what last quarter's sentence and this one's share."""
    return [key for key in found if key not in _MONTHS and not any(c.isdigit() for c in key)]
