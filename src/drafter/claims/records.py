"""Claims that set a force against its own past: "the lowest annual figure
the force has recorded", "its lowest ever", "the lowest in the force's
history", "the highest since 2019", "the lowest for five years" (the wording:
:mod:`drafter.claims.rank_groups`). They say nothing about other forces, so
they are never held to the 43 forces' figures; they are held to the force's
own figures for earlier periods of the same length
(:mod:`drafter.figures.history`):

* **wrong** when a stored earlier period of the stretch the claim covers
  is past it (lower than a "lowest"), named with its period and value;
* **verified** when the claim names where its stretch starts ("since 2019",
  "for five years") and every period of it is stored and not past it;
* **unverifiable** otherwise: the stored periods hold it, but do not reach
  back as far as the claim does ("ever", "on record", or "since 2015" with
  figures from 2021), which the reason says; or there is no earlier period,
  or no figure for the period itself, to compare with.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.claims.number_periods import claimed_periods, paragraph_period
from drafter.claims.rank_groups import OwnPast, own_past
from drafter.claims.ranks import RANK_PHRASE, UNVERIFIABLE, VERIFIED, WRONG, RankClaim, claim_at, named_measures
from drafter.errors import MissingFigure
from drafter.fill.wording import and_list
from drafter.figures.derived import per_phrase
from drafter.figures.figureset import FigureSet
from drafter.figures.history import History, history
from drafter.figures.national import HIGHEST, place_words
from drafter.figures.periods import QUARTER, Period
from drafter.forces import forces_in_text

RECORD = "record"
_CUE = re.compile(r"highest|lowest|largest|smallest|greatest|biggest", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.()]")
_NAMES_OTHER = re.compile(r"\bof\s+\w")  # "the highest level of investment": what it is the highest of
_KIND_WORDS = {QUARTER: "quarters", "year": "years", "financial": "financial years", "rolling": "12-month periods"}


@dataclass
class RecordClaim(RankClaim):
    """A rank among the force's own periods (``kind`` ``record``): ``past``
    says how far back it reaches; ``checked_back_to`` is the earliest stored
    period it holds against when those do not reach as far back as it does."""

    past: OwnPast | None = None
    checked_back_to: Period | None = None


def read_records(text: str, doc, measures: tuple[str, ...], area: str | None, period,
                 mentions: list | None = None) -> list[RecordClaim]:
    """Every own-past claim in a paragraph (its spaCy ``doc``) about ``measures``;
    ``area`` and ``period`` stand in where a sentence names none (after the
    latest period its paragraph named before it); ``mentions``: the measures the
    paragraph names (:func:`~drafter.claims.ranks.named_measures`), when found already."""
    if doc is None or not _CUE.search(text):
        return []
    if mentions is None:
        mentions = named_measures(doc, measures)
    found = []
    for sentence in doc.sents:
        words, offset = sentence.text, sentence.start_char
        local = [m for m in mentions if sentence.start <= m.start < sentence.end]
        matches = list(RANK_PHRASE.finditer(words))
        for index, match in enumerate(matches):
            past = own_past(words, match.start(), match.end()) if match.group("order") else None
            if past is None:
                continue
            following = matches[index + 1].start() if index + 1 < len(matches) else len(words)
            about = _measures_about(doc, words, offset, match, past, local)
            read = claim_at("rank", match, doc, words, offset, about, following, area) if about else None
            if read is None:
                continue
            claim = RecordClaim(**{**vars(read), "kind": RECORD, "past": past, "among": RECORD,
                                   "start": offset + past.begin, "end": offset + past.end})
            claim.text = doc.text[claim.start:claim.end]
            claim.tokens = (sentence.start, sentence.end)
            named = forces_in_text(words[:match.start()])
            claim.area = named[-1].force if named else area
            claim.period = _own_period(words, match.end(), past, paragraph_period(doc, offset) or period)
            found.append(claim)
    return found


def _measures_about(doc, words: str, offset: int, match, past: OwnPast, mentions: list) -> list:
    """The measures a claim can be about: one named in its own words ("the
    lowest number of burglaries since 2019", "its lowest rate of knife
    crime"), else one named before it ("Homicides were at their lowest level
    since 2019"), unless its words name something else ("the highest level of
    investment since 2010")."""
    end = past.end
    if end <= match.end():  # "its lowest number of knife offences, 865": to the end of its clause
        stop = _CLAUSE_END.search(words, match.end())
        end = stop.start() if stop else len(words)
    inside = [m for m in mentions if offset + match.start() <= doc[m.start].idx < offset + end]
    if inside:
        return inside
    if _NAMES_OTHER.search(words, match.end(), end):
        return []
    return [m for m in mentions if doc[m.start].idx < offset + match.start()]


def _own_period(words: str, after: int, past: OwnPast, fallback) -> Period | None:
    """The period the claim is about: the first its sentence names outside
    the claim's own words ("since 2019" is where it counts from) and other
    than one compared with ("rose on July to September 2025, and reports are
    now at their highest" is no claim about July to September 2025)."""
    named = [p.period for p in claimed_periods(words) if p.period is not None and not after <= p.start < past.end]
    if named:
        return named[0]
    return Period.parse(fallback) if fallback else None


def check_record(claim: RecordClaim, figures: FigureSet) -> RecordClaim:
    """Set ``status`` and ``reason`` from the force's own figures (``figures``
    holding its every period)."""
    if claim.past.unreadable:
        claim.status, claim.reason = UNVERIFIABLE, f"{claim.past.unreadable}: check it against the force's records"
        return claim
    if claim.area is None or claim.period is None or claim.measure is None:
        claim.status, claim.reason = UNVERIFIABLE, "no force or period to check it for"
        return claim
    try:
        found = history(figures, claim.measure, claim.area, claim.period, claim.per, claim.order,
                        since=claim.past.since, months=claim.past.months)
    except (MissingFigure, ValueError) as gap:
        claim.status = UNVERIFIABLE
        claim.reason = (f"no {gap.measure} for {gap.area} in {gap.period} to compare with its earlier periods"
                        if isinstance(gap, MissingFigure) else str(gap))
        return claim
    claim.status, claim.reason = _verdict(claim, found)
    return claim


def _verdict(claim: RecordClaim, found: History) -> tuple[str, str]:
    basis = f"{claim.measure}{' ' + per_phrase(claim.per) if claim.per else ''}"
    value = f"{found.shown(found.current):,}"
    kind = _KIND_WORDS[claim.period.kind]
    beyond, place = found.beyond, claim.position or 1
    said = f"{'joint ' if claim.joint else ''}{place_words(place)}{claim.order}"
    if len(beyond) >= place:
        side = "higher" if claim.order == HIGHEST else "lower"
        named = and_list([f"{v.period} ({found.shown(v):,})" for v in beyond[:3]]
                         + ([f"{len(beyond) - 3} more"] if len(beyond) > 3 else []))
        return WRONG, (f"not the {said} of {claim.area}'s own {kind}{_stretch(claim)}: {basis} was {side} in "
                       f"{named} than in {claim.period} ({value})")
    if not found.earlier:
        return UNVERIFIABLE, (f"no earlier {kind} of {basis} are stored for {claim.area} to compare "
                              f"{claim.period} ({value}) with: check it against the force's records")
    first, count = found.earlier[0].period, len(found.earlier) + 1
    standing = f"{claim.period} ({value}) is the {place_words(len(beyond) + 1)}{claim.order}"
    past = {id(v) for v in beyond}
    after = [v for v in sorted(found.earlier, key=found.shown, reverse=claim.order == HIGHEST) if id(v) not in past]
    nearest = basis + (f"; next {claim.order}: {after[0].period} {found.shown(after[0]):,}" if after else "")
    if found.complete:
        if len(beyond) == place - 1:
            return VERIFIED, f"{standing} of {claim.area}'s {count} {kind} from {first} ({nearest})"
        return WRONG, f"{standing} of {claim.area}'s {count} {kind} from {first}, not the {said} ({nearest})"
    missing = [str(p) for p in found.missing[:3]] + (["others"] if len(found.missing) > 3 else [])
    unstored = (f"earlier {kind} are not stored" if not found.bounded else
                f"{and_list(missing)} {'is' if len(missing) == 1 else 'are'} not stored")
    claim.checked_back_to = first
    return UNVERIFIABLE, (f"checked only back to {first}, the earliest stored: {standing} of {claim.area}'s "
                          f"{count} stored {kind} ({nearest}); {unstored}: check it against the force's records")


def _stretch(claim: RecordClaim) -> str:
    """How far back the claim reaches, as a finding says it."""
    if claim.past.since is not None:
        return f" after {claim.past.since}"
    months = claim.past.months
    if months is not None:
        return f" in the {months // 12} years to {claim.period}" if months % 12 == 0 else \
            f" in the {months // 3} quarters to {claim.period}"
    return ""
