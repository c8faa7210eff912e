"""The period of a count its sentence does not date, where its words still
leave a reader in no doubt which one it is.

Two shapes:

- a **key figure**, "Homicides: 5" or "Drug trafficking offences: 118 (up
  from 172)", a measure's name, a colon and the count: the way a "Key
  figures" list gives the period the statement covers, when the statement
  says which period that is ("This statement covers April to June 2026"),
  and the count it is compared with ("up from 172") the same period a year
  before;
- a **part of a dated total**, "Neighbourhood crime fell to 2,576 in April
  to June 2026. Within this total, residential burglaries numbered 672, …":
  a sentence opening on "Within this total", "Of these" or "This included"
  counts parts of the total before it, for the period its paragraph named, as
  a clause does (", of which 672 were residential burglaries").

Any other undated count ("There were 5 homicides") stays undated: held to
no period, it is never called wrong.

A count whose sentence gives it a span of its own
(:mod:`drafter.claims.running_totals`: "since April 2026") is a running
total, never read as a part of the total before it.
"""

from __future__ import annotations

import re

from drafter.claims.measures import GENERIC_WORDS, MeasureMention, token_forms
from drafter.claims.number_periods import paragraph_period
from drafter.claims.numbers import NumberMention
from drafter.claims.running_totals import own_span
from drafter.claims.stated_counts import token_after
from drafter.figures.period_text import find_periods
from drafter.figures.periods import Period

_PARTS_OF_TOTAL = re.compile(
    r"(?:within|of|in)\s+(?:this|that|the|these|those)\s+(?:total|figure|number|count)s?\b|"
    r"of\s+(?:these|those|which|them)\b|"
    r"(?:this|these|that|the)\s+(?:total\s+|figures?\s+)?(?:included|includes|comprised|comprises|"
    r"was\s+made\s+up\s+of|were\s+made\s+up\s+of)\b",
    re.IGNORECASE)

# What may stand between a key figure's measure and its count: "Homicides: 5", "Homicides – 5".
_KEY_SEPARATORS = frozenset({":", "–", "—", "-"})


def undated_count_period(doc, mention: NumberMention, numbers: list[NumberMention],
                         measure_mentions: list[MeasureMention], stated_period: str | None) -> str | None:
    """The period an undated count is for by its sentence's shape (see the
    module's notes), or None; ``stated_period`` is the period the statement
    says it covers (None when it says none)."""
    if stated_period and key_figure_measure(doc, mention, numbers, measure_mentions) is not None:
        return stated_period
    if stated_period and key_figure_compared(doc, mention, numbers, measure_mentions) is not None:
        return str(Period.parse(stated_period).previous_year())
    start = mention.sentence[0]
    # A count offered for comparison ("against 694 a year earlier") is not a part of the total.
    sentence = doc[start:mention.sentence[1]].text
    if mention.role == "current" and parts_of_total(sentence) and own_span(sentence) is None:
        period = paragraph_period(doc, doc[start].idx)
        return str(period) if period is not None else None
    return None


def parts_of_total(sentence: str) -> bool:
    """Whether a sentence opens as a list of the parts of the total before it ("Of these, …")."""
    return bool(_PARTS_OF_TOTAL.match(sentence))


# "… 2,576 offences in April to June 2026, of which 672 were …": a clause listing the total's parts.
_PART_CLAUSE = re.compile(r"[,;–—(]\s*(?:of\s+(?:which|these|those|them)|including)\s*,?\s*$", re.IGNORECASE)


def part_clause_before(text: str, start: int) -> bool:
    """Whether the number at ``start`` of ``text`` opens a clause listing
    parts of the total just before it (", of which 672 were residential burglaries")."""
    return bool(_PART_CLAUSE.search(text[max(0, start - 20):start]))


def key_figure_compared(doc, mention: NumberMention, numbers: list[NumberMention],
                        measure_mentions: list[MeasureMention]) -> NumberMention | None:
    """The key figure a count is offered against, with no period of its own:
    in "Homicides: 3 (up from 4)", 3 for 4."""
    if mention.role != "base" or mention.period_named or doc[mention.token - 1].lower_ != "from":
        return None
    return next((other for other in numbers if other.sentence == mention.sentence and other.token < mention.token
                 and key_figure_measure(doc, other, numbers, measure_mentions) is not None), None)


def key_figure_measure(doc, mention: NumberMention, numbers: list[NumberMention],
                       measure_mentions: list[MeasureMention]) -> MeasureMention | None:
    """The measure of a key figure, or None when the number is none: its
    sentence is a measure's name, a colon or a dash, and then this number
    ("Homicides: 5", "Homicides – 5"; "Homicides 5" only with nothing after
    but a bracket), or counts with their measures' names and nothing else, a
    label and its colon before them ("118 drug trafficking offences", "At a
    glance: 7 homicides and 280 knife offences")."""
    start, end = mention.sentence
    separator = mention.token - 1
    closing = doc[separator].text[:1] == ")" and doc[separator].text[1:] in _KEY_SEPARATORS  # "):" as one token
    if separator > start and (doc[separator].text in _KEY_SEPARATORS or closing):
        label_end = _before_bracketed_period(doc, start, separator if closing else separator - 1)
        named = [m for m in measure_mentions if m.start == start and m.end in (separator, label_end)]
        if named:
            return named[0]
    named = [m for m in measure_mentions if m.start == start and m.end == mention.token]
    if named:
        return named[0] if _nothing_after(doc, token_after(doc, mention), end) else None
    return _headline_measure(doc, mention, numbers, measure_mentions)


def _before_bracketed_period(doc, start: int, closing: int) -> int | None:
    """Where a label ends before a bracket naming only a period, closed at token ``closing``
    by the key figure's separator ("Neighbourhood crime (12 months to June 2023): 3,838"), else None."""
    if closing <= start or not doc[closing].text.startswith(")"):
        return None
    opening = next((t.i for t in reversed(doc[start:closing]) if t.text == "("), None)
    if opening is None:
        return None
    inside = doc[opening + 1:closing].text.strip()
    phrases = [p for p in find_periods(inside) if p.period is not None]
    return opening if len(phrases) == 1 and phrases[0].text == inside else None


def _headline_measure(doc, mention: NumberMention, numbers: list[NumberMention],
                      measure_mentions: list[MeasureMention]) -> MeasureMention | None:
    """"At a glance: 7 homicides and 280 knife offences": the measure named
    after this number, where the sentence holds no verb to date the counts,
    only counts and their measures' names joined by commas and "and"."""
    start, end = mention.sentence
    colon = next((t.i for t in doc[start:end] if t.text == ":"), None)
    position = colon + 1 if colon is not None else start
    if colon is not None and any(t.like_num for t in doc[start:colon]):
        return None  # "Homicides in 2025: 14" dates its own count
    bracket = next((t.i for t in doc[position:end] if t.text == "("), end)
    listed = sorted((n for n in numbers if n.sentence == mention.sentence and position <= n.token < bracket),
                    key=lambda n: n.token)
    found = None
    for number in listed:
        if number.token != position:
            return None
        after = token_after(doc, number)
        named = [m for m in measure_mentions if m.start == after]
        if not named:
            return None
        if number is mention:
            found = named[0]
        position = named[0].end
        if position < bracket and token_forms(doc[position]) & GENERIC_WORDS:
            position += 1  # "… neighbourhood crime offences"
        while position < bracket and doc[position].lower_ in (",", "and"):
            position += 1
    return found if _nothing_after(doc, position, end, bracket=len(listed) == 1) else None


def _nothing_after(doc, position: int, end: int, bracket: bool = True) -> bool:
    """Whether only a full stop, or a bracket ("(up from 172)") and a full stop, follow."""
    if bracket and position < end and doc[position].text == "(":
        close = next((t.i for t in doc[position:end] if t.text == ")"), None)
        if close is None:
            return False
        position = close + 1
    return all(t.is_punct and t.text not in ("(", ")") for t in doc[position:end])

