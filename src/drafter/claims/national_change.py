"""A percentage change in the nation's figure ("Nationally, knife crime rose
by 1.3%", "The England and Wales knife crime rate increased by 0.4%", "knife
offences fell 2.1% across England and Wales"): checked against the national
figure of the sentence's year and of the year before, worked out by
:mod:`drafter.figures.national` and :func:`drafter.figures.derived.percent_change`.

A sentence may mean the count or the rate ("knife crime rose by 1.3%"): the
percentage holds when it is either's change, and is wrong only when it is
neither. Its verb is held to the sign of the change it quotes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.claims.national_numbers import says_up
from drafter.errors import MissingFigure
from drafter.forces import forces_in_text
from drafter.figures.derived import CHANGE, PER_100K, Derived, percent_change, shown
from drafter.figures.national import national

_UP = r"rose|risen|increased|grew|grown|went\s+up|was\s+up|were\s+up|up|increase|rise"
_DOWN = r"fell|fallen|decreased|declined|dropped|reduced|went\s+down|was\s+down|were\s+down|down|" \
        r"reduction|decrease|fall|drop"
_NATION = r"(?:national(?:ly)?|(?:across|in|for)\s+england\s+(?:and|&)\s+wales|england\s+(?:and|&)\s+wales)"
# "Nationally, knife crime rose by ", "The England and Wales knife crime rate increased by ",
# "against a national increase of ".
_BEFORE = re.compile(rf"{_NATION}(?:,)?(?:\s+[\w'-]+){{0,5}}?\s+(?:has\s+|had\s+)?(?P<verb>{_UP}|{_DOWN})"
                     r"(?:\s+(?:slightly|sharply|marginally))?(?:\s+(?:by|of))?\s+$", re.IGNORECASE)
# "knife offences fell by " … "1.3% across England and Wales", "… 1.3% nationally".
_VERB_BEFORE = re.compile(rf"\b(?P<verb>{_UP}|{_DOWN})(?:\s+(?:slightly|sharply|marginally))?(?:\s+(?:by|of))?\s+$",
                          re.IGNORECASE)
_NATION_AFTER = re.compile(r"^\s*(?:nationally|across\s+england\s+(?:and|&)\s+wales|in\s+england\s+(?:and|&)\s+wales)\b",
                           re.IGNORECASE)
# "… 56,762 offences across England and Wales, " "5.5% fewer than the year before": the change named after it,
# on the year before, which is the change the national figures give.
_COMPARED_AFTER = re.compile(r"^\s*(?P<verb>fewer|more|lower|higher|less)\s+than\s+(?:in\s+)?(?:the\s+year\s+before|"
                             r"a\s+year\s+(?:earlier|before)|the\s+previous\s+(?:year|12\s+months)|last\s+year)\b",
                             re.IGNORECASE)
_NATION_IN_SENTENCE = re.compile(rf"(?:^|[.;!?]\s)(?:(?![.;!?]\s).)*\b{_NATION}\b(?:(?![.;!?]\s).)*$",
                                 re.IGNORECASE | re.DOTALL)
# Words that make the change the force's own, however the nation is named around it.
_OWN = re.compile(r"\b(?:locally|here|our|the\s+force|the\s+county|force[-\s]?wide)\b", re.IGNORECASE)


@dataclass
class NationalChange:
    """A percentage given as the change in the national figure, once checked."""

    mention: object
    verb: str
    changes: list[Derived]  # the count's change and the rate's, as worked out
    holds: bool

    @property
    def says_up(self) -> bool:
        return says_up(self.verb)


def national_change_verb(text: str, start: int, end: int) -> str | None:
    """The verb of a percentage given as the nation's change, or None."""
    before = text[max(0, start - 120):start]
    said = _BEFORE.search(before)
    if said is None and _NATION_AFTER.match(text[end:end + 40]):
        said = _VERB_BEFORE.search(before)
    nation = _NATION_IN_SENTENCE.search(before) if said is None else None
    if nation is not None:
        said = _COMPARED_AFTER.match(text[end:end + 60])
        # "England and Wales recorded 56,762, while Cumbria recorded 118, 73.6% fewer than …": Cumbria's change.
        after_nation = before[list(re.finditer(_NATION, before, re.IGNORECASE))[-1].end():]
        if said is not None and (_OWN.search(nation.group(0)) or forces_in_text(after_nation)):
            return None
    if said is None or _OWN.search(said.group(0)):
        return None
    return " ".join(said.group("verb").split())


def check_national_changes(text: str, numbers, figures_for, anchor) -> list[NationalChange]:
    """Each percentage in ``text`` given as the change in the national figure,
    checked (``anchor(mention)`` says what measure and period it is about)."""
    checked = []
    for mention in numbers:
        if mention.kind != "percent" or mention.status in ("verified", "not-a-figure"):
            continue
        verb = national_change_verb(text, mention.start, mention.end)
        claim = anchor(mention) if verb else None
        if claim is None or claim.period is None or claim.measure is None:
            continue
        changes = [change for per in (None, claim.per or PER_100K)
                   if (change := national_percent_change(figures_for, claim.measure, claim.period, per)) is not None]
        if not changes:
            continue
        found = next((change for change in changes if mention.matches(float(change.value))), None)
        holds = found is not None
        if holds:
            mention.status, mention.source, mention.matched = "verified", found.sources, found
            mention.measure, mention.period, mention.derivation = found.measure, str(found.period), found.derivation
        else:
            mention.status, mention.source, mention.matched = "wrong", None, None
        checked.append(NationalChange(mention, verb, changes, holds))
    return checked


def national_percent_change(figures_for, measure: str, period, per: int | None) -> Derived | None:
    """The national count's (``per`` None) or rate's percentage change on the year before."""
    earlier_period = period.previous_year()
    try:
        now = national(figures_for(period), measure, period, per)
        before = national(figures_for(earlier_period), measure, earlier_period, per)
    except (MissingFigure, ValueError):
        return None
    change = percent_change(now.value, before.value)
    if change is None:
        return None
    what = f"{measure} per {per:,}" if per else measure
    return Derived(CHANGE, change, measure, now.area, period, now.figures + before.figures,
                   f"{what} in England and Wales, {earlier_period} to {period}: {shown(before.value)} to "
                   f"{shown(now.value)} ({change:+.2f}%)", per=per, percentage=True)
