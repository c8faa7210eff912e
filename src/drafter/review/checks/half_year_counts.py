"""A count for half a year, added up from its two quarters: no figure is
stored for half a year, so "8 homicides in Quarters 1 and 2 of 2026/27" is
held to the homicides of 2026-Q2 and 2026-Q3 together (the sum from
:func:`drafter.figures.derived.half_year_total`). One that matches is
verified; one that does not is a ``wrong-figure`` naming both quarters'
figures. Where a quarter's figure is not stored, or the words leave the half
unknown ("the first half of the year"), the count stays unverified, as
half a year's count to check against its source."""

from __future__ import annotations

from drafter.claims.evidence import Evidence
from drafter.claims.measures import MeasureMention
from drafter.claims.numbers import NumberMention
from drafter.claims.running_totals import counts_half_a_year
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
        if mention.period_style != HALF_YEAR_STYLE or mention.kind not in _COUNTS \
                or mention.status != "unverified" or mention.approximate:
            continue
        start, end = mention.sentence
        sentence = doc[start:end].text
        words, quarters = counts_half_a_year(sentence, mention.start - doc[start].idx, main) or (None, None)
        measure = count_measure(paragraph, mention, numbers, measure_mentions, evidence.area) if quarters else None
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
        given = f"{shown(total.value)} for {evidence.area}, its two quarters added up ({parts})"
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
    lead = "" if words.lower().startswith(("between", "from")) else "in "
    article = "the " if words[:1].islower() and not words.lower().startswith(("the ", "between", "from")) else ""
    return lead + article + words
