"""Every number checked against the figures: ``stale-figure`` and
``unverified-figure`` findings.

Which figure a number is, by its period and its role, is decided in
:mod:`drafter.claims.matching` (roll forward reads numbers the same way);
this check turns the outcome into findings a reviewer reads.
"""

from __future__ import annotations

from drafter.claims.evidence import Evidence
from drafter.claims.matching import match_numbers
from drafter.claims.measures import MeasureMention, find_mentions
from drafter.claims.numbers import NumberMention
from drafter.figures.exact import MONEY_UNITS
from drafter.fill.wording import stored_value
from drafter.review.checks.counts import about_elsewhere, number_about_elsewhere
from drafter.review.findings import Finding


def measure_mentions_in(doc, evidence: Evidence) -> list[MeasureMention]:
    return find_mentions(doc, evidence.measures) if not evidence.empty else []


def check_numbers(evidence: Evidence, numbers: list[NumberMention], doc,
                  measure_mentions: list[MeasureMention]) -> None:
    """Set ``status``, ``role``, ``measure``, ``period`` and ``derivation`` on each number."""
    match_numbers(evidence, numbers, doc, measure_mentions)


def findings(paragraph, numbers: list[NumberMention], evidence: Evidence, elsewhere,
             measure_mentions: list[MeasureMention]) -> list[Finding]:
    """``stale-figure`` and ``unverified-figure`` findings for one paragraph.

    Without figures there are none: every number is listed as unverified and
    one note for the whole review says which figures would check them. A
    number in a sentence about another area or the nation (``elsewhere``,
    :func:`~drafter.review.checks.counts.other_areas`) is said to be so, not
    missing from the area's figures.
    """
    found: list[Finding] = []
    if evidence.empty:
        return found
    doc = paragraph.doc
    # A number the roll could not move has its own not-rolled finding saying why.
    left_by_roll = {left.get("text") for left in (paragraph.origin or {}).get("not_rolled") or []}
    for mention in numbers:
        sentence = doc[mention.sentence[0]:mention.sentence[1]].text if doc is not None else paragraph.text
        if mention.status == "stale" and mention.text in left_by_roll:
            continue
        if mention.status == "stale":
            message = f"{mention.text} is the figure for {mention.period}, earlier than {evidence.period}"
            current = evidence.get(mention.measure, evidence.period) \
                if mention.measure and evidence.period and "+" not in mention.measure else None
            if current is not None and mention.derivation and mention.derivation.startswith(mention.measure + ","):
                # In the reader's words: "victim satisfaction for 2026-Q2: 76.3%".
                message += (f" ({mention.measure.replace('_', ' ')} for {evidence.period}: "
                            f"{stored_value(current.value, current.unit)})")
            else:
                message += f" ({mention.derivation})"
            found.append(Finding("stale-figure", paragraph.section_label, paragraph.number, message,
                                 sentence, index=paragraph.index))
        elif mention.status == "unverified":
            start, end = mention.sentence
            held = _held_as(evidence, mention, {m.measure for m in measure_mentions if start <= m.start < end})
            if held and not number_about_elsewhere(doc, mention, elsewhere, evidence.area):
                message = (f"{mention.text}: not matched to a measure and period its sentence gives, but the "
                           f"figures hold it as {held}: check it is that figure")
            elif mention.kind == "money":
                message = f"{mention.text}: money amounts are not in the figures; check it against its source"
            elif (number_about_elsewhere(doc, mention, elsewhere, evidence.area) if doc is not None
                  else about_elsewhere(sentence, elsewhere)):
                message = (f"{mention.text}: its sentence is about another area or the nation, which the "
                           f"figures for {evidence.area} cannot check; check it against its source")
            else:
                message = (f"{mention.text}: no matching figure for {evidence.area} "
                           f"({_kind_words(mention)}); check it against its source")
            found.append(Finding("unverified-figure", paragraph.section_label, paragraph.number,
                                 message, sentence, index=paragraph.index))
    return found


def _held_as(evidence: Evidence, mention: NumberMention, named: set[str], most: int = 2) -> str:
    """Where the area's stored figures hold this very number ("asb incidents
    for 2025-Q1"), among the measures its sentence names: a number no
    candidate matched may still be a stored figure of a period its sentence
    did not lead to. Any figure that happens to equal "27 reviews" says nothing."""
    money = mention.kind == "money"  # an amount of money stands for itself: "£1 million" is rarely a coincidence
    if mention.kind not in ("count", "money", "small", "percent", "rate") or mention.value is None \
            or not (named or money):
        return ""
    held = [f for f in evidence.figures.of(area=evidence.area)
            if (money or f.measure in named) and mention.matches(float(f.value))]
    if money:
        held = [f for f in held if (f.unit or "").strip().lower() in MONEY_UNITS]
    if mention.kind == "percent":
        held = [f for f in held if evidence.is_percentage(f.measure)]
    named = sorted({f"{f.measure.replace('_', ' ')} for {f.period}" for f in held})
    if not named or len(named) > most:
        return ""  # a small number many figures hold says nothing
    return " and ".join(named)


def _kind_words(mention: NumberMention) -> str:
    if mention.kind == "percent":
        return "as a percentage, a change on a year earlier or a share"
    if mention.kind == "points":
        return "as a change or a gap in percentage points"
    if mention.kind == "rate":
        return f"as a rate per {mention.per:,.0f} population"
    return "as a count in any period"
