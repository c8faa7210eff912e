"""A count for half a year, copied forward with a half-yearly statement: "In
Quarters 3 and 4 of 2025/26 there were 8 homicides" becomes "In Quarters 1
and 2 of 2026/27 there were 9 homicides", the count worked out again as the
next half's two quarters added up; two quarters each named and counted
together ("in Q1 2026 and Q2 2026 combined") move a quarter on with a
quarterly statement (:func:`drafter.figures.derived.half_year_total`,
the sum review holds it to). Its half-year words move with it
(:mod:`drafter.drafts.roll_half_years`). One its quarters do not add up to
in the statement copied, or whose next quarters are not stored, is kept as
written and named for the writer, as before."""

from __future__ import annotations

from drafter.claims.matching import allowed_measures, sentence_context
from drafter.claims.running_totals import counts_half_a_year
from drafter.errors import MissingFigure
from drafter.figures.derived import half_year_total
from drafter.figures.figureset import FigureSet
from drafter.figures.half_year_names import HALF_A_YEAR, quarters_together

A_QUARTER = 3


def half_year_count_rolled(doc, mention, measure_mentions, figures: FigureSet, mover, area: str | None,
                           edits, result, restyle, moved_periods: dict | None = None) -> bool:
    """Move ``mention``, a count for half a year, to the next half's count when the
    statement moves six months on, or two quarters named each a quarter on; whether it did
    (``restyle`` writes a value as the number was written; ``moved_periods`` is told the
    quarters moved, by sentence, so that their words move with them)."""
    months = mover.main.months_to(mover.target)
    if doc is None or area is None or mention.kind not in ("count", "small") or mention.in_words \
            or months not in (HALF_A_YEAR, A_QUARTER):
        return False
    words, quarters = counts_half_a_year(doc[mention.sentence[0]:mention.sentence[1]].text,
                                         mention.start - doc[mention.sentence[0]].idx, mover.main) or (None, None)
    if months == A_QUARTER and not (words and quarters_together(words)):
        return False  # only two quarters each named move a quarter on, as their words do
    later = tuple(quarter.shifted(months) for quarter in quarters) if quarters else ()
    if not quarters or any(quarter is None for quarter in later):
        return False
    rolled = total_rolled(doc, mention, measure_mentions, figures, area, quarters, later, edits, result, restyle)
    if rolled and months == A_QUARTER and moved_periods is not None:
        moved_periods.setdefault(mention.sentence, {}).update(zip(quarters, later))
    return rolled


def total_rolled(doc, mention, measure_mentions, figures: FigureSet, area: str, quarters, later, edits, result,
                 restyle) -> bool:
    """Move ``mention``, a count its sentence gives for ``quarters`` added up, to the same
    measure's ``later`` quarters added up (:func:`drafter.figures.derived.half_year_total`, the
    sum review holds it to); whether it did. Half a year's count and a year-to-date total
    are moved alike."""
    named = sorted(allowed_measures(doc, mention, sentence_context(doc, mention, list(measure_mentions))) or ())
    if len(named) != 1:
        return False
    try:
        old = half_year_total(figures, named[0], area, quarters)
        new = half_year_total(figures, named[0], area, later)
    except MissingFigure:
        return False
    written = restyle(mention, new.value) if mention.matches(float(old.value)) else None
    if written is None or not edits.add(mention.start, mention.end, written):
        return False
    result.rolled.append({"old": mention.text, "new": written, "measure": old.measure, "area": old.area,
                          "from_period": " + ".join(str(q) for q in quarters),
                          "to_period": " + ".join(str(q) for q in later), "source": new.sources})
    return True
