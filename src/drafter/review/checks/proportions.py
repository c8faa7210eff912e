"""A percentage measure given as a proportion in words: "three in four
victims were satisfied", "nine out of ten victims". Where its sentence names
the measure (a percentage, such as victim satisfaction), the proportion is
held to the figure for the period the sentence names (else the review's),
within the spread a writer means by a fraction in words
(:data:`drafter.claims.fractions.SPREAD`): one that does not hold it is an
``arithmetic`` error. "One in four women" in a sentence naming no such
measure is left alone."""

from __future__ import annotations

import re

from drafter.claims.fractions import SPREAD
from drafter.claims.number_periods import claimed_periods
from drafter.claims.number_words import parse_number_words
from drafter.review.findings import Finding

_NUMBER = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|\d{1,3})"
_PROPORTION = re.compile(rf"\b(?P<n>{_NUMBER})\s+(?:in|out\s+of)\s+(?P<m>{_NUMBER})\b", re.IGNORECASE)


def check_paragraph(evidence, paragraph, measure_mentions) -> list[Finding]:
    doc = paragraph.doc
    if evidence.empty or doc is None:
        return []
    found = []
    for match in _PROPORTION.finditer(doc.text):
        share = _share(match.group("n"), match.group("m"))
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if share is None or span is None:
            continue
        sentence = span.sent
        clause = _clause(doc, sentence, span)
        named = [m.measure for m in measure_mentions if clause[0] <= m.start < clause[1]
                 and evidence.is_percentage(m.measure)]
        if len(set(named)) != 1:
            continue
        periods = [p.period for p in claimed_periods(sentence.text) if p.period is not None]
        period = str(periods[0]) if periods else evidence.period
        figure = evidence.get(named[0], period) if period else None
        if figure is None or abs(float(figure.value) - share) <= SPREAD:
            continue
        found.append(Finding(
            "arithmetic", paragraph.section_label, paragraph.number,
            f"'{match.group()}' ({share:.0f}%) for {named[0].replace('_', ' ')}: the figures give "
            f"{float(figure.value):.1f}% for {period}", sentence.text, index=paragraph.index))
    return found


def _clause(doc, sentence, span) -> tuple[int, int]:
    """Token bounds of the clause holding ``span``: "one in four women …, and victim satisfaction
    rose" gives no proportion of victim satisfaction."""
    start = max([t.i + 1 for t in sentence if t.i < span.start and t.text in _CLAUSE_MARKS], default=sentence.start)
    end = min([t.i for t in sentence if t.i >= span.end and t.text in _CLAUSE_MARKS], default=sentence.end)
    return start, end


_CLAUSE_MARKS = frozenset({",", ";", ":", "(", ")", "–", "—"})


def _share(part: str, whole: str) -> float | None:
    numbers = [float(word) if word.isdigit() else parse_number_words(word) for word in (part, whole)]
    if None in numbers or not 0 < numbers[0] < numbers[1]:
        return None
    return 100.0 * numbers[0] / numbers[1]
