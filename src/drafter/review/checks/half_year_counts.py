"""A count for half a year, added up from its two quarters: no figure is
stored for half a year, so "8 homicides in Quarters 1 and 2 of 2026/27" is
held to the homicides of 2026-Q2 and 2026-Q3 together (the sum from
:func:`drafter.figures.derived.half_year_total`); so is a count for the
financial year so far ("514 drug seizures so far in 2026/27", "since April
2026"), to its quarters up to the statement's. One that matches is
verified; one that does not is a ``wrong-figure`` naming the quarters'
figures. Where a quarter's figure is not stored, or the words leave the half
unknown ("the first half of the year"), the count stays unverified, as
a count to check against its source."""

from __future__ import annotations

import re

from drafter.claims.evidence import Evidence
from drafter.claims.measures import MeasureMention
from drafter.claims.numbers import NumberMention
from drafter.claims.running_totals import counts_half_a_year, counts_year_to_date, own_span
from drafter.errors import MissingFigure
from drafter.figures.derived import half_year_total, shown
from drafter.figures.period_text import HALF_YEAR_STYLE
from drafter.figures.periods import Period
from drafter.review.checks.counts import count_measure
from drafter.review.checks.elsewhere import OtherAreas, number_about_elsewhere
from drafter.review.findings import Finding

_COUNTS = ("count", "small")


def check_paragraph(evidence: Evidence, paragraph, numbers: list[NumberMention],
                    measure_mentions: list[MeasureMention], elsewhere: OtherAreas | None) -> list[Finding]:
    """Verify, or find wrong, each count of ``paragraph`` given for half a year."""
    doc = paragraph.doc
    if evidence.empty or doc is None or not evidence.period:
        return []
    main = Period.parse(evidence.period)
    found = []
    for mention in numbers:
        if mention.kind not in _COUNTS or mention.status != "unverified" or mention.approximate:
            continue
        start, end = mention.sentence
        sentence = doc[start:end].text
        at = mention.start - doc[start].idx
        if mention.period_style == HALF_YEAR_STYLE:
            words, quarters = counts_half_a_year(sentence, at, main) or (None, None)
        elif mention.period_named:
            continue
        elif mention.role != "base":  # "up from 480": what the total is compared with, not the total
            words, quarters = counts_year_to_date(own_span(sentence, at), main, sentence) or (None, None)
            if quarters and _another_count_between(sentence, at, words, numbers, mention):
                continue  # "420 drug seizures, and 514 so far this financial year": the span is 514's
        else:
            continue
        measure = count_measure(paragraph, mention, numbers, measure_mentions, evidence.area) if quarters else None
        if measure is None and quarters and mention.period_style != HALF_YEAR_STYLE:
            measure = _totalled_count_measure(doc, mention, numbers, measure_mentions)
        if measure is None or evidence.is_percentage(measure.measure) \
                or number_about_elsewhere(doc, mention, elsewhere, evidence.area):
            continue
        try:
            total = half_year_total(evidence.figures, measure.measure, evidence.area, quarters)
        except MissingFigure:
            continue
        mention.measure, mention.derivation = total.measure, f"{total.derivation} ('{words}')"
        mention.source = "; ".join(dict.fromkeys(f.source for f in total.figures if f.source)) or None
        if mention.matches(float(total.value)):
            mention.status, mention.matched = "verified", total
            continue
        mention.status = "wrong"
        parts = " and ".join(f"{shown(f.value)} in {f.period}" for f in total.figures)
        how_many = "two" if len(total.figures) == 2 else len(total.figures)
        given = f"{shown(total.value)} for {evidence.area}, its {how_many} quarters added up ({parts})"
        named = doc[measure.start:measure.end].text
        if named[:1].isupper() and named[1:2].islower():
            named = named[0].lower() + named[1:]  # the sentence's first words
        when = _in_words(words)
        # "9 homicides in …" reads as a count; "neighbourhood crime" is named first.
        said = f"{mention.text} {named} {when}: the figures give {given}" if named.endswith("s") \
            else f"{named}: {mention.text} {when}, where the figures give {given}"
        found.append(Finding("wrong-figure", paragraph.section_label, paragraph.number, said, sentence,
                             index=paragraph.index))
    return found


def _in_words(words: str) -> str:
    """"in the six months to September 2026", "in Quarters 1 and 2 of 2026/27"."""
    as_said = ("between", "from", "since", "so far", "across", "over", "combined", "in total")
    words = words[0].lower() + words[1:] if words.lower().startswith(as_said) else words  # "So far in …" opened it
    lead = "" if words.lower().startswith(as_said) else "in "
    article = "the " if words[:1].islower() and not words.lower().startswith(("the ", *as_said)) else ""
    return lead + article + words


def _totalled_count_measure(doc, mention: NumberMention, numbers: list[NumberMention],
                            measure_mentions: list[MeasureMention]) -> MeasureMention | None:
    """The measure of the count a total carries on from in its sentence: "Officers made 263
    drug seizures in …, bringing the total since April 2026 to 514" totals drug seizures."""
    earlier = [n for n in numbers if n.sentence == mention.sentence and n.end <= mention.start
               and n.kind in _COUNTS and n.status == "verified" and n.measure]
    if not earlier or not re.search(r"\btotal\b", doc.text[earlier[-1].end:mention.start], re.IGNORECASE):
        return None
    return next((m for m in measure_mentions if m.measure == earlier[-1].measure
                 and mention.sentence[0] <= m.start < mention.sentence[1]), None)


def _another_count_between(sentence: str, at: int, words: str, numbers, mention) -> bool:
    """Whether another count of the sentence stands between the number at ``at`` and the
    words giving a total's span, which are then that count's, not this one's."""
    span = sentence.lower().find(words.lower())
    if span < 0:
        return False
    offset = mention.start - at
    low, high = sorted((at, span))
    return any(n is not mention and n.sentence == mention.sentence and n.kind in _COUNTS
               and low < n.start - offset < high for n in numbers)
