"""Comparisons with an earlier period that quote no earlier figure ("the same
as a year earlier", "fewer than in July to September 2025", "up on the
previous quarter"), held to the stored figure for the period they name.

A comparison the figures contradict is a ``direction`` error, as a change word
pointing the wrong way is; one they bear out is listed as verified. Nothing is
said when the measure or the earlier figure is not known, nor of a sentence
about another area. A change word the direction check already reads ("higher"
beside a number) is left to it, and a sentence it has found wrong is not
reported twice.

The comparison is said of the figure before it (:func:`drafter.claims.comparisons.compared_figure`);
in a sentence quoting no figure before it ("Residential burglary was unchanged on
the previous quarter"), of the measure it names, in the period the sentence
names, else the review period.
"""

from __future__ import annotations

from drafter.claims.comparisons import compared_figure, earlier_value, find_comparisons, moved, says
from drafter.claims.evidence import Evidence
from drafter.claims.measures import MeasureMention, change_direction, measure_for
from drafter.claims.numbers import FIGURE_KINDS, NumberMention
from drafter.errors import MissingFigure
from drafter.figures import derived
from drafter.figures.derived import shown
from drafter.figures.period_text import find_periods
from drafter.review.checks.elsewhere import about_elsewhere
from drafter.review.findings import Finding


def check_paragraph(evidence: Evidence, paragraph, numbers: list[NumberMention],
                    measure_mentions: list[MeasureMention], elsewhere,
                    said: set[str] = frozenset()) -> tuple[list[Finding], list[dict]]:
    """Findings for one paragraph's comparisons, and a record of each one
    checked. ``said`` holds the sentences a direction finding already names."""
    doc = paragraph.doc
    if doc is None or evidence.empty or paragraph.kind == "table":
        return [], []
    findings: list[Finding] = []
    checked: list[dict] = []
    for comparison in find_comparisons(paragraph.text):
        words = doc.char_span(comparison.start, comparison.words_end, alignment_mode="expand")
        if words is None or change_direction(words[0]) is not None:
            continue
        sentence = words[0].sent
        if sentence.text in said or about_elsewhere(sentence.text, elsewhere, evidence.area):
            continue
        current, decimals = _current(evidence, doc, comparison, numbers, measure_mentions, words[0])
        if current is None:
            continue
        against = comparison.against(current.period)
        if against is None:
            continue
        try:
            earlier = earlier_value(evidence.figures, current, against)
        except MissingFigure:
            continue
        actual = moved(current.value, earlier.value, decimals)
        text = paragraph.text[comparison.start:comparison.end]
        went = (f"the figures went from {shown(earlier.value)} in {against} to "
                f"{shown(current.value)} in {current.period}")
        holds = actual == comparison.claim
        checked.append({"section": paragraph.section_label, "paragraph": paragraph.printed_number,
                        "index": paragraph.index, "text": text, "measure": current.measure, "period": str(current.period),
                        "against": str(against), "claim": comparison.claim,
                        "status": "verified" if holds else "wrong", "derivation": went})
        if not holds:
            findings.append(Finding("direction", paragraph.section_label, paragraph.number,
                                    f"'{text}' says {current.measure.replace('_', ' ')} "
                                    f"{says(comparison.claim)}, but {went}",
                                    sentence.text, index=paragraph.index))
    return findings, checked


def _current(evidence: Evidence, doc, comparison, numbers, measure_mentions, word):
    """The value the comparison is said of, and the decimals it is compared to."""
    mention = compared_figure(doc, comparison, numbers)
    if mention is not None:
        return mention.matched, mention.decimals
    sentence = word.sent
    if any(n.kind in FIGURE_KINDS and sentence.start_char <= n.start < comparison.start for n in numbers):
        return None, 0  # a figure no stored one explains: its own finding says so
    measure = measure_for(word, measure_mentions)
    if measure is None:
        return None, 0
    named = [phrase.period for phrase in find_periods(sentence.text)
             if phrase.period is not None and not phrase.relative
             and not comparison.start <= sentence.start_char + phrase.start < comparison.end]
    held = [p for p in named if evidence.get(measure.measure, p) is not None]
    if named and not held:
        return None, 0  # the sentence is about a period the figures do not hold
    period = next((p for p in held if evidence.is_current(p)), held[0] if held else evidence.period)
    if period is None or evidence.get(measure.measure, period) is None:
        return None, 0
    current = derived.figure(evidence.figures, measure.measure, evidence.area, period)
    # No number is written to say how precise the claim is: a percentage as statements give
    # one (to a decimal place), anything else as stored.
    return current, 1 if current.percentage else _AS_STORED


_AS_STORED = 6
