"""Counts listed quarter by quarter across a year ("The quarterly figures
across the year were 288, 297, 323 and 291", "Over the last four quarters the
figures were 3,771, 3,838, 3,759 and 3,869"): the first is the year's first
quarter, the last its last.

The year is the twelve months the sentence names, else those its paragraph
named before it, else the period under review when that is twelve months
long. Such a list names no period beside each count, so without this each
was looked for among the figures of the quarter its paragraph named last,
and a right figure went unmatched.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from drafter.figures.period_text import PeriodPhrase
from drafter.figures.periods import Period

if TYPE_CHECKING:
    from drafter.claims.matching import SentenceContext
    from drafter.claims.numbers import NumberMention

QUARTERS_IN_A_YEAR = 4
LISTED_QUARTER_STYLE = "listed_quarter"

# Words saying the counts that follow are the year's quarters, one by one.
_QUARTER_BY_QUARTER = re.compile(r"\b(?:quarterly\s+(?:figures|counts|totals|numbers)|quarter\s+by\s+quarter"
                                 r"|(?:in\s+)?each\s+(?:of\s+the\s+(?:four\s+)?)?quarters?"
                                 r"|(?:the|its)\s+(?:last\s+|past\s+)?four\s+quarters|by\s+quarter)\b", re.IGNORECASE)
# What may stand between two counts of such a list: a comma, "and", "then".
_BETWEEN = re.compile(r"\s*(?:,\s*(?:and\s+|then\s+)?|\s+(?:and|then)\s+)")


def listed_quarter_phrase(context: SentenceContext, mention: NumberMention,
                          numbers: list[NumberMention]) -> PeriodPhrase | None:
    """The quarter a count listed quarter by quarter is for, as a phrase of the
    words saying so; None when the sentence lists no year's quarters."""
    if not context.text or _QUARTER_BY_QUARTER.search(context.text) is None:
        return None
    listed = _the_list(context, mention, numbers)
    year = _the_year(context)
    if listed is None or year is None:
        return None
    words = _QUARTER_BY_QUARTER.search(context.text)
    quarter = Period.of_months_ending(year.end.month, year.end.year, 3).shifted(
        -3 * (QUARTERS_IN_A_YEAR - 1 - listed.index(mention)))
    return PeriodPhrase(words.group(0), words.start(), words.end(), LISTED_QUARTER_STYLE, quarter)


def _the_list(context: SentenceContext, mention: NumberMention, numbers: list[NumberMention]):
    """The four counts, one after another, that ``mention`` is one of; else None."""
    counts = sorted((n for n in numbers if n.sentence == mention.sentence and n.kind in ("count", "small")),
                    key=lambda n: n.start)
    for first in range(len(counts) - QUARTERS_IN_A_YEAR + 1):
        run = counts[first:first + QUARTERS_IN_A_YEAR]
        if mention in run and all(_BETWEEN.fullmatch(context.text[a.end - context.start_char:b.start - context.start_char])
                                  for a, b in zip(run, run[1:])):
            return run
    return None


def _the_year(context: SentenceContext) -> Period | None:
    """The twelve months whose quarters are listed."""
    named = [p.period for p in context.phrases if p.period is not None and p.period.months_long == 12]
    for period in (*named, context.paragraph_period, context.review_period):
        if period is not None and period.months_long == 12:
            return period
    return None
