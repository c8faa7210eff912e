"""A total for the financial (or calendar) year so far, copied forward a quarter within
the same year: "514 drug seizures so far in 2026/27" in a
statement on July to September becomes the sum of April to December a
quarter on (:func:`drafter.figures.derived.year_to_date_total`, the sum
review holds it to), its words unchanged, since they still name the year.
One crossing into the next financial year, whose words would have to name
another year, or whose quarters are not all stored, is kept as written and
named for the writer, as before."""

from __future__ import annotations

from drafter.claims.running_totals import counts_year_to_date, own_span
from drafter.drafts.roll_half_year_counts import total_rolled


def year_to_date_rolled(doc, mention, measure_mentions, figures, mover, area: str | None, edits, result,
                        restyle) -> bool:
    """Move ``mention``, a total for the financial year so far, to the total a quarter on
    within the same year; whether it did (``restyle`` writes a value as the number was written)."""
    if doc is None or area is None or mention.kind not in ("count", "small") or mention.in_words \
            or mention.period_named or mover.target == mover.main:
        return False
    sentence = doc[mention.sentence[0]:mention.sentence[1]].text
    at = mention.start - doc[mention.sentence[0]].idx
    span = own_span(sentence, at)
    words, quarters = counts_year_to_date(span, mover.main, sentence) or (None, None)
    # The same words read for the quarter the draft is for: the year's quarters a quarter on.
    later = (counts_year_to_date(span, mover.target, sentence) or (None, ()))[1] if quarters else ()
    if not quarters or len(later) != len(quarters) + 1 or later[:-1] != quarters:
        return False  # not a quarter on within the same year
    return total_rolled(doc, mention, measure_mentions, figures, area, quarters, later, edits, result, restyle)
