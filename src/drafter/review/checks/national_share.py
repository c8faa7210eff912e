"""A force's share of the nation's count: "the Met recorded 13,731 knife offences,
30.0% of the England and Wales total", "almost a third of all knife crime in
England and Wales". With every force's figures loaded (or the nation's own), the
share is held to :func:`drafter.figures.national.national_share` for the measure
the words after it name, else the count before it in its sentence; a wrong one
is a ``wrong-rank`` error, the kind national comparisons are found under. A share
in a sentence naming another force before it is that force's, held to its figures.
"""

from __future__ import annotations

import re

from drafter.claims.numbers import NumberMention
from drafter.errors import DrafterError
from drafter.figures.national import national_share
from drafter.figures.periods import Period
from drafter.forces import forces_in_text
from drafter.nlp import text_of
from drafter.review.findings import Finding

# "of the England and Wales total", "of all knife crime in England and Wales", "of the national total".
_OF_THE_NATION = re.compile(
    r"\s+of\s+(?:all\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,6}?(?:(?:recorded|reported|committed)\s+)?"
    r"(?:(?:in|across)\s+(?:the\s+whole\s+of\s+)?England\s+(?:and|&)\s+Wales\b(?!\s+(?:average|rate))"
    r"|(?:England\s+(?:and|&)\s+Wales|national)\s+(?:total|figure|count)\b)", re.IGNORECASE)


def check(read, figures_for, period: str | None, own_area: str | None) -> list[Finding]:
    """Findings for each unverified percentage of ``read`` given as the force's share of
    the nation's count; ``figures_for(period)`` gives every force's figures for a period."""
    found = []
    for paragraph, numbers, measure_mentions, _ in read:
        for mention in numbers:
            subject = _force_said_of(paragraph.doc, mention) or own_area
            worked = share_of_the_nation(paragraph.doc, mention, numbers, measure_mentions, figures_for, period,
                                         subject)
            if worked is None or mention.status != "wrong":
                continue
            start, end = mention.sentence
            found.append(Finding("wrong-rank", paragraph.section_label, paragraph.number,
                                 f"{mention.text} is given as {subject}'s share of the "
                                 f"{worked.measure.replace('_', ' ')} in England and Wales in {worked.period}, but "
                                 f"the figures give {float(worked.value):.1f}% ({worked.derivation})",
                                 paragraph.doc[start:end].text, index=paragraph.index))
    return found


def _force_said_of(doc, mention: NumberMention) -> str | None:
    """The one force a share's sentence names before it ("The Met accounted for 19.8% of all
    knife offences in England and Wales", in another force's statement): that force's share."""
    if doc is None:
        return None
    start = doc[mention.sentence[0]].idx
    named = {m.force for m in forces_in_text(text_of(doc)[start:mention.start])}
    return named.pop() if len(named) == 1 else None


def may_give_a_share_of_the_nation(text: str) -> bool:
    """Whether ``text`` may give a force's share of the nation's count (worth every force's figures)."""
    return bool(_OF_THE_NATION.search(text))


def share_of_the_nation(doc, mention: NumberMention, numbers, measure_mentions, figures_for, period: str | None,
                        own_area: str | None):
    """The force's share of the nation's count an unverified percentage is given as, worked
    out by ``national_share`` (None where it is none); the mention marked verified, or wrong,
    by it. Review holds the share to it; copy forward moves it to the new period's."""
    if doc is None or own_area is None or mention.kind != "percent" or mention.status != "unverified":
        return None
    of = _OF_THE_NATION.match(text_of(doc), mention.end)
    start, end = mention.sentence
    if of is None or any(m.force != own_area for m in forces_in_text(doc[start:end].text)):
        return None
    measure, when = _measure_and_period(doc, mention, numbers, measure_mentions, of, period)
    if measure is None or when is None:
        return None
    try:
        worked = national_share(figures_for(when), measure, own_area, when)
    except (DrafterError, ValueError, KeyError):
        return None
    mention.measure, mention.period, mention.derivation = measure, str(when), worked.derivation
    if mention.matches(float(worked.value)):
        mention.status, mention.matched = "verified", worked
    else:
        mention.status = "wrong"
    return worked


def _measure_and_period(doc, mention: NumberMention, numbers, measure_mentions, of,
                        period: str | None) -> tuple[str | None, Period | None]:
    """The measure the words after the share name, else the count's before it in its
    sentence; the period of that count, else the share's own, else the review's."""
    named = {m.measure for m in measure_mentions if of.start() <= doc[m.start].idx < of.end()}
    counts = [n for n in numbers if n.sentence == mention.sentence and n.end <= mention.start
              and n.kind == "count" and n.status == "verified" and n.measure and n.period]
    if len(named) > 1:
        return None, None
    measure = named.pop() if named else counts[-1].measure if counts else None
    same = [n for n in counts if n.measure == measure]
    when = same[-1].period if same else mention.period or period
    return measure, Period.parse(when) if when else None
