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
  counts parts of the total before it, for the period its paragraph named.

Any other undated count ("There were 5 homicides") stays undated: held to
no period, it is never called wrong.

A count whose sentence gives it a span of its own that is no reporting
period ("since April 2026", "so far this financial year", "year to date",
"in total", "over the past six months", "since the scheme began") is a
running total: never dated by its paragraph, so never held to the quarter
the paragraph names, nor moved to the next one by copy forward.
"""

from __future__ import annotations

import re

from drafter.claims.measures import MeasureMention
from drafter.claims.number_periods import paragraph_period
from drafter.claims.numbers import NumberMention
from drafter.figures.periods import Period

_PARTS_OF_TOTAL = re.compile(
    r"(?:within|of|in)\s+(?:this|that|the|these|those)\s+(?:total|figure|number|count)s?\b|"
    r"of\s+(?:these|those|which|them)\b|"
    r"(?:this|these|that|the)\s+(?:total\s+|figures?\s+)?(?:included|includes|comprised|comprises|"
    r"was\s+made\s+up\s+of|were\s+made\s+up\s+of)\b",
    re.IGNORECASE)

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


def undated_count_period(doc, mention: NumberMention, numbers: list[NumberMention],
                         measure_mentions: list[MeasureMention], stated_period: str | None) -> str | None:
    """The period an undated count is for by its sentence's shape (see the
    module's notes), or None; ``stated_period`` is the period the statement
    says it covers (None when it says none)."""
    if stated_period and is_key_figure(doc, mention, measure_mentions):
        return stated_period
    if stated_period and key_figure_compared(doc, mention, numbers, measure_mentions) is not None:
        return str(Period.parse(stated_period).previous_year())
    start = mention.sentence[0]
    # A count offered for comparison ("against 694 a year earlier") is not a part of the total.
    sentence = doc[start:mention.sentence[1]].text
    if mention.role == "current" and _PARTS_OF_TOTAL.match(sentence) and own_span(sentence) is None:
        period = paragraph_period(doc, doc[start].idx)
        return str(period) if period is not None else None
    return None


def key_figure_compared(doc, mention: NumberMention, numbers: list[NumberMention],
                        measure_mentions: list[MeasureMention]) -> NumberMention | None:
    """The key figure a count is offered against, with no period of its own:
    in "Homicides: 3 (up from 4)", 3 for 4."""
    if mention.role != "base" or mention.period_named or doc[mention.token - 1].lower_ != "from":
        return None
    return next((other for other in numbers if other.sentence == mention.sentence and other.token < mention.token
                 and is_key_figure(doc, other, measure_mentions)), None)


def is_key_figure(doc, mention: NumberMention, measure_mentions: list[MeasureMention]) -> bool:
    """"Homicides: 5": the sentence is a measure's name, a colon and then this number."""
    start = mention.sentence[0]
    colon = mention.token - 1
    if colon <= start or doc[colon].text != ":":
        return False
    return any(m.start == start and m.end == colon for m in measure_mentions)
