"""Which numbers a rate's unit belongs to: "45.2 per 100,000 population"
gives 45.2 its base; a unit opening its sentence ("Per 100,000 population,
...") every bare number of it, and one in a table row's label every bare
number of the row's other cells; a bare number compared with a rate ("11.3 per
million in 2025, compared with 13.8 in 2024"), or listed after one, each said
of an area ("155.2 per 100,000 in London, 98.1 in West Midlands"), the
rate's base."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from drafter.claims.numbers import NumberMention

# "per 100,000 population", "for every 1,000 residents": the unit of the number beside it, not a figure.
RATE_UNIT_PATTERN = re.compile(
    r"\b(?:per|for\s+every)\s+(?P<base>100,000|100 000|100000|100k|10,000|10000|1,000|1000|thousand|million|"
    r"1,000,000|head of population|capita)\b(?:\s+(?:of\s+the\s+)?(?:population|people|residents|"
    r"head of population|(?P<households>households|homes|dwellings)))?", re.IGNORECASE)
PER_HOUSEHOLDS = "rate-households"  # "12.4 per 1,000 households": a rate on a base no figure holds
_RATE_BASES = {"100,000": 1e5, "100 000": 1e5, "100000": 1e5, "100k": 1e5, "10,000": 1e4, "10000": 1e4, "1,000": 1e3,
               "1000": 1e3, "thousand": 1e3, "million": 1e6, "1,000,000": 1e6, "head of population": 1.0, "capita": 1.0}
# "49.3 knife or sharp instrument offences per 100,000": the words between a rate and its unit name what it counts.
_COUNTED_BETWEEN = re.compile(r"\s+(?:(?!than\b|compared\b|against\b|rate\b|and\b)[a-z-]+\s+){0,5}(?:offences|crimes|"
                              r"incidents|homicides|burglaries|robberies|thefts|seizures)\s+")
# A bare number compared with a rate ("11.3 per million in 2025, compared with 13.8 in 2024"), or called one after one.
_COMPARED = re.compile(r"(?:compared\s+(?:with|to)|against|from|than|versus|vs\.?|up\s+from|down\s+from|"
                       r"\brate\s+(?:of|was|is|at|stood\s+at))\s*$", re.IGNORECASE)


def find_rate_units(text: str) -> list[tuple[int, int, float, str]]:
    """(start, end, base, kind) of each rate unit in ``text``; ``kind`` is
    ``rate``, or :data:`PER_HOUSEHOLDS` for a base no figure holds."""
    return [(m.start(), m.end(), _RATE_BASES[m.group("base").lower()],
             PER_HOUSEHOLDS if m.group("households") else "rate") for m in RATE_UNIT_PATTERN.finditer(text)]


def give_rates_their_numbers(mentions: list, text: str, rate_units) -> None:
    """Set ``kind`` and ``per`` of each number a rate unit of ``text`` belongs to."""
    for start, end, base, kind in rate_units:
        owners = _sentence_numbers(mentions, text, start) if _leads_sentence(text, start) else \
            _row_numbers(mentions, text, end) or \
            [owner for owner in [_rate_owner(mentions, text, start, end)] if owner is not None]
        for owner in owners:
            owner.kind, owner.per = kind, base
    for index, mention in enumerate(mentions):
        if mention.kind or mention.in_words:
            continue
        rate = _compared_rate(mentions[:index], text, mention) or _listed_after_a_rate(mentions[:index], text, mention)
        if rate is not None:
            mention.kind, mention.per = "rate", rate.per


def _sentence_end(text: str, start: int) -> int:
    found = re.search(r"[.!?](?:\s|$)|;", text[start:])
    return start + found.start() if found else len(text)


def _leads_sentence(text: str, unit_start: int) -> bool:
    """The rate unit opens its sentence ("Per 100,000 population, ...")."""
    return text[:unit_start].rstrip()[-1:] in ("", ".", ";", ":", "!", "?")


def _sentence_numbers(mentions, text: str, unit_start: int) -> list[NumberMention]:
    """The bare numbers of the sentence a leading rate unit governs."""
    end = _sentence_end(text, unit_start)
    return [m for m in mentions if unit_start < m.start < end and not m.kind and not m.in_words
            and not (m.plain and 1900 <= m.value <= 2100)]


def _row_numbers(mentions, text: str, unit_end: int) -> list[NumberMention]:
    """A table row whose label is a rate ("Rate per 1,000 population | 0.14 | 0.12"):
    the bare numbers of every cell after the label, each a rate on its base."""
    row_end = text.find("\n", unit_end)
    row_end = len(text) if row_end < 0 else row_end
    label_end = re.match(r"[^|\d\n]*\|", text[unit_end:row_end])
    if label_end is None:
        return []
    return [m for m in mentions if unit_end + label_end.end() <= m.start < row_end and not m.kind
            and not m.in_words and not (m.plain and 1900 <= m.value <= 2100)]


def _compared_rate(earlier: list[NumberMention], text: str, mention: NumberMention) -> NumberMention | None:
    """The rate a bare number is compared with in its own sentence, if any."""
    if not _COMPARED.search(text[max(0, mention.start - 20):mention.start]):
        return None
    sentence_start = max(text.rfind(". ", 0, mention.start), text.rfind("; ", 0, mention.start))
    rates = [m for m in earlier if m.kind == "rate" and m.start > sentence_start]
    return rates[-1] if rates and mention.decimals == rates[-1].decimals else None


# "155.2 per 100,000 in London, 98.1 in West Midlands and 120.5 in Kent": the rate's unit carried down its list.
_LISTED_AFTER = re.compile(r"(?:\s+per\s+[\w,]+(?:\s+(?:population|people|residents))?)?"
                           r"\s+(?:in|for|across)\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}"
                           r"(?:\s*,\s*(?:and\s+|while\s+)?|\s+and\s+)")


def _listed_after_a_rate(earlier: list[NumberMention], text: str, mention: NumberMention) -> NumberMention | None:
    """The rate a bare number is listed after, each said of an area ("155.2 per 100,000 in London, 98.1
    in West Midlands"): it is a rate on the same base, where it would read as a count."""
    if not earlier or earlier[-1].kind != "rate" or earlier[-1].decimals != mention.decimals:
        return None
    listed = _LISTED_AFTER.fullmatch(text, earlier[-1].end, mention.start)
    return earlier[-1] if listed and re.match(r"\s+(?:in|for|across)\s", text[mention.end:]) else None


def _rate_owner(mentions, text, unit_start, unit_end) -> NumberMention | None:
    """The number a "per 100,000 population" belongs to: just before it, else just after.
    Only bare numbers qualify (not percentages, money, years already told apart)."""
    before = [m for m in mentions if m.end <= unit_start and not m.kind]
    if before:
        candidate = before[-1]
        gap = text[candidate.end:unit_start]
        if (len(gap.split()) <= 2 and not re.search(r"[.;:]", gap) or _COUNTED_BETWEEN.fullmatch(gap)) \
                and not re.search(r"[\n|]", gap):  # a table's row label names the cells after it, not before
            return candidate
    after = [m for m in mentions if m.start >= unit_end and not m.kind]
    if after:
        candidate = after[0]
        gap = text[unit_end:candidate.start]
        if len(gap.split()) <= 3 and not re.search(r"[.;:\n]", gap):
            return candidate
    return None
