"""A share the words give of one measure in another: "Vehicle crime
accounted for 64.7% of neighbourhood crime", "Residential burglary made up
half of neighbourhood crime". Both measures named, the share is held to
their figures for the number's period (else the review's), as
:func:`drafter.figures.derived.share` works it out: one that does not
round to it (a fraction in words within the spread a writer means by it)
is an ``arithmetic`` error. A share of something the figures do not hold
("a third of the panel") is left alone."""

from __future__ import annotations

import re

from drafter.claims.fractions import SPREAD, fraction_value
from drafter.claims.numbers import ABOVE_WORDS, BELOW_WORDS, NumberMention
from drafter.errors import MissingFigure
from drafter.figures.derived import share
from drafter.review.checks.revised import STALE_NOW, share_before_revision
from drafter.review.findings import Finding

_HOLDS = r"\b(?:accounted\s+for|account\s+for|accounts\s+for|made\s+up|make\s+up|makes\s+up|represented|formed)\s+"
_ROUGHLY = r"(?:(?P<bound>around|about|roughly|nearly|almost|just\s+over|just\s+under|more\s+than|less\s+than|over|under)\s+)?"
_IN_WORDS = re.compile(_HOLDS + _ROUGHLY + r"(?P<words>(?:a|one|two|three|four)[\s-]+(?:half|thirds?|quarters?|fifths?|"
                       r"tenths?)|half)\s+of\b", re.IGNORECASE)
_BEFORE_DIGITS = re.compile(_HOLDS + _ROUGHLY + r"$", re.IGNORECASE)
_OF = re.compile(r"\s+of\s+(?:all\s+)?(?:the\s+)?", re.IGNORECASE)


def check_paragraph(evidence, paragraph, numbers: list[NumberMention], measure_mentions) -> list[Finding]:
    doc = paragraph.doc
    if evidence.empty or doc is None:
        return []
    found = []
    for mention in numbers:
        if mention.kind == "percent" and mention.status != "verified" and not mention.in_words \
                and _BEFORE_DIGITS.search(doc.text, max(0, mention.start - 40), mention.start):
            found += _held(evidence, paragraph, mention.text, mention.start, mention.end, mention.matches,
                           measure_mentions, mention.period, mention)
    for match in _IN_WORDS.finditer(doc.text):
        value = fraction_value(match.group("words"))
        if value is not None:
            said = doc.text[match.start("bound") if match.group("bound") else match.start("words"):match.end("words")]
            found += _held(evidence, paragraph, said, match.start("words"), match.end("words"),
                           _within(value, " ".join((match.group("bound") or "").lower().split())), measure_mentions)
    return found


def _within(value: float, bound: str):
    """Whether a share is what a fraction in words says, as :mod:`drafter.claims.fractions` reads one:
    "more than half" reaches up twice the spread, "nearly half" down as far, "half" the spread either side."""
    if bound in ABOVE_WORDS:
        return lambda worked: value <= worked <= value + 2 * SPREAD
    if bound in BELOW_WORDS:
        return lambda worked: value - 2 * SPREAD <= worked <= value
    return lambda worked: abs(worked - value) <= SPREAD


def _held(evidence, paragraph, said, start, end, rounds_to, measure_mentions, period=None, mention=None):
    doc = paragraph.doc
    at = doc.char_span(start, end, alignment_mode="expand")
    of = _OF.match(doc.text, end)
    if at is None or of is None:
        return []
    sentence = at.sent
    before = [m for m in measure_mentions if sentence.start <= m.start and m.end <= at.start]
    after = [m for m in measure_mentions if doc[m.start].idx == of.end()]
    if not before or not after or before[-1].measure == after[0].measure:
        return []
    part, whole = before[-1].measure, after[0].measure
    try:
        worked = share(evidence.figures, part, whole, evidence.area, period or evidence.period)
    except (MissingFigure, ValueError):
        return []
    if rounds_to(float(worked.value)):
        if mention is not None:
            mention.status, mention.measure, mention.derivation = "verified", part, worked.derivation
        return []
    period = period or evidence.period
    if (before := share_before_revision(evidence, part, whole, period, rounds_to)) is not None:
        revision, then = before
        message = (f"{said} for {part.replace('_', ' ')} as a share of {whole.replace('_', ' ')} was the share "
                   f"{revision.words('its figures')} ({then.derivation}): now {float(worked.value):.1f}% "
                   f"({worked.derivation}); {STALE_NOW}")
        if mention is None:
            return [Finding("stale-figure", paragraph.section_label, paragraph.number, message, sentence.text,
                            index=paragraph.index)]
        mention.status, mention.measure, mention.period = "stale", part, period
        mention.presented_for, mention.source = period, None
        mention.derivation = f"{then.derivation} {revision.words('its figures')}"
        evidence.said[id(mention)] = message  # the stale-figure finding says it
        return []
    if mention is not None:
        mention.status, mention.measure, mention.derivation = "wrong", part, worked.derivation
    return [Finding("arithmetic", paragraph.section_label, paragraph.number,
                    f"{said} for {part.replace('_', ' ')} as a share of {whole.replace('_', ' ')}: the figures give "
                    f"{float(worked.value):.1f}% ({worked.derivation})", sentence.text, index=paragraph.index)]
