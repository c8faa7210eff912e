"""A force's rate given as a multiple of the national rate ("2.6 times the
England and Wales rate", "more than double the national average", "nearly
three times the Welsh rate", "0.7 times the Wales rate", "half the rate for England and Wales"): held to
the ratio :func:`drafter.figures.national_ratio.national_ratio` works out, for the force the sentence
says it of: the last force its clause names before it ("…, while the West Midlands' rate was 1.9
times the national rate"), else the statement's own.

A multiple in figures with decimals ("2.6 times") holds when the ratio
rounds to it; a whole one, or one in words, holds as its words say: "more
than double" above 2, "at least" from it, "nearly three times" from 85% of
3 up to 3, "about" or "around" within 15%, and a bare "twice" or "three
times" within 10%."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from drafter.errors import MissingFigure
from drafter.figures.derived import Derived
from drafter.figures.exact import round_half_away
from drafter.figures.national_ratio import national_ratio
from drafter.figures.national import WALES
from drafter.forces import CLAUSE_JOIN, ENGLAND_AND_WALES, forces_in_text
from drafter.nlp import text_of

_WORDS = {"twice": 2, "double": 2, "treble": 3, "triple": 3, "half": Decimal("0.5"), "two": 2, "three": 3,
          "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_ABOVE, _FROM, _BELOW, _NEARLY, _ABOUT = "above", "from", "below", "nearly", "about"
_QUALIFIERS = {"more than": _ABOVE, "over": _ABOVE, "just over": _ABOVE, "at least": _FROM, "less than": _BELOW,
               "under": _BELOW, "just under": _BELOW, "almost": _NEARLY, "nearly": _NEARLY, "around": _ABOUT,
               "about": _ABOUT, "roughly": _ABOUT, "approximately": _ABOUT, "some": _ABOUT, "close to": _ABOUT}
TIMES_NATIONAL = re.compile(
    r"(?:\b(?P<qualifier>more\s+than|just\s+over|over|at\s+least|less\s+than|just\s+under|under|almost|nearly|"
    r"around|about|roughly|approximately|some|close\s+to)\s+)?"
    r"(?P<multiple>(?<![\d.])(?P<number>\d+(?:\.\d+)?)\s+times|\b(?P<word>two|three|four|five|six|seven|eight|nine|ten)"
    r"\s+times|\btwice|\bdouble|\btreble|\btriple|\bhalf)"
    r"\s+(?:(?:as\s+(?:high|great|large)\s+as|higher\s+than|that\s+of)\s+)?(?:the\s+)?"
    r"(?:(?:national|england\s+(?:and|&)\s+wales|(?P<welsh>welsh|(?:all[-\s])?wales))\s+(?:average\s+)?"
    r"(?:rate|average|figure|level)"
    r"|(?:average\s+)?rate\s+(?:for|in|across)\s+(?:england\s+(?:and|&)\s+wales|(?P<wales>wales)))\b",
    re.IGNORECASE)


@dataclass
class TimesNational:
    """One multiple of the national rate, once checked: ``ratio`` what the
    figures give (None when they cannot), ``mention`` the number a multiple in
    figures is."""

    text: str
    start: int
    end: int
    multiple: Decimal
    qualifier: str | None
    ratio: Derived | None = None
    mention: object = None

    @property
    def holds(self) -> bool:
        return self.ratio is not None and _within(self.ratio.value, self.multiple, self.qualifier, self.mention)


def check_times_national(doc, numbers, area: str | None, figures_for, anchor) -> list[TimesNational]:
    """Each multiple of the national rate in a paragraph (``doc``) said of
    ``area``, checked (``anchor(span)`` says what measure and period it is about)."""
    found = []
    for match, claim, force in multiples_in(doc, area, anchor):
        said = match.group("number") or match.group("word") or match.group("multiple").split()[0]
        mention = next((n for n in numbers if n.start == match.start("number")), None) \
            if match.group("number") else None
        qualifier = " ".join(match.group("qualifier").lower().split()) if match.group("qualifier") else None
        times = TimesNational(match.group(0), match.start(), match.end(),
                              Decimal(said) if said[0].isdigit() else Decimal(_WORDS[said.lower()]), qualifier,
                              mention=mention)
        whole = WALES if match.group("welsh") or match.group("wales") else ENGLAND_AND_WALES
        try:
            times.ratio = national_ratio(figures_for(claim.period), claim.measure, force, claim.period, claim.per,
                                         whole)
        except (MissingFigure, ValueError, KeyError):
            pass
        if mention is not None and times.ratio is not None:
            mention.measure, mention.period, mention.derivation = claim.measure, str(claim.period), \
                times.ratio.derivation
            mention.status = "verified" if times.holds else "wrong"
            mention.matched, mention.source = (times.ratio, times.ratio.sources) if times.holds else (None, None)
        found.append(times)
    return found


def multiples_in(doc, area: str | None, anchor) -> list[tuple[re.Match, object, str]]:
    """Each multiple of the national rate in a paragraph, with the claim (measure,
    period) ``anchor`` reads it as and the force it is said of (``area``, or another)."""
    if doc is None or area is None:
        return []
    return [(match, *about) for match in TIMES_NATIONAL.finditer(text_of(doc))
            if (about := _about(doc, match, area, anchor)) is not None]


def multiples_left(multiples: list[TimesNational], figures, move) -> list[dict]:
    """The multiples in words ("more than double the national rate") that no
    longer hold once their period moves (``move``), named for the writer; one
    in figures is worked out again as any figure is."""
    left = []
    for multiple in multiples:
        ratio = multiple.ratio
        if multiple.mention is not None or ratio is None or move(ratio.period) == ratio.period:
            continue
        period = move(ratio.period)
        try:
            now = national_ratio(figures, ratio.measure, ratio.area, period, ratio.per, ratio.whole or ENGLAND_AND_WALES)
        except (MissingFigure, ValueError, KeyError):
            left.append({"text": multiple.text, "reason": f"no ratio to the national rate for {period}: kept as "
                                                          "written, check it"})
            continue
        if not _within(now.value, multiple.multiple, multiple.qualifier, None):
            left.append({"text": multiple.text, "reason": f"no longer holds for {period}: the figures give "
                                                          f"{now.value:.2f} times, reword"})
    return left


def _about(doc, match, area: str, anchor):
    """The measure and period a multiple is of, and the force it is said of: the last
    one named before it in its clause, else ``area`` when its sentence names no other."""
    sentence = next((s for s in doc.sents if s.start_char <= match.start() < s.end_char), None)
    if sentence is None:
        return None
    at = match.start() - sentence.start_char
    named = forces_in_text(sentence.text)
    before = [m for m in named if m.end <= at and not CLAUSE_JOIN.search(sentence.text, m.end, at)]
    force = before[-1].force if before else None if any(m.force != area for m in named) else area
    if force is None or force == ENGLAND_AND_WALES:
        return None
    claim = anchor(_Span(match.start(), match.end(), (sentence.start, sentence.end)))
    if claim is None or claim.measure is None or claim.period is None:
        return None
    return claim, force


@dataclass
class _Span:
    """Where a multiple is, as the anchor of a national claim reads a number's place."""

    start: int
    end: int
    sentence: tuple[int, int]


def _within(ratio: Decimal, multiple: Decimal, qualifier: str | None, mention) -> bool:
    kind = _QUALIFIERS.get(qualifier) if qualifier else None
    if kind == _ABOVE:
        return ratio > multiple
    if kind == _FROM:
        return ratio >= multiple
    if kind == _BELOW:
        return ratio < multiple
    if kind == _NEARLY:
        return multiple * Decimal("0.85") <= ratio < multiple
    if kind == _ABOUT:
        return abs(ratio - multiple) <= multiple * Decimal("0.15")
    if mention is not None and mention.decimals:
        return round_half_away(ratio, mention.decimals) == multiple
    return abs(ratio - multiple) <= multiple * Decimal("0.1")
