"""Comparisons with an earlier period that quote no earlier figure: "the same
as a year earlier", "the same number as in July to September 2025", "fewer
than a year earlier", "more than last year", "unchanged on the previous
quarter", "up on a year earlier", "down from last quarter".

Review holds each to the figures and roll forward rewrites its words when the
figure moves; both read it here and ask the figures the same question
(:func:`earlier_value`, :func:`moved`), so a rolled sentence is one review
accepts. Periods come from :mod:`drafter.figures.period_text` and values from
:mod:`drafter.figures.derived`.

A comparison is said of the last count before it in its sentence (else the
last rate or percentage), with no clause between them: "11 county lines in
the quarter, the same as a year earlier", not "5 homicides, including one
that happened more than a year earlier". One that quotes the earlier figure
("up from 9 a year earlier") or the difference ("2 more than a year earlier",
"5% higher than") is not one of these: the sums check those.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from drafter.figures import derived
from drafter.figures.derived import FIGURE, RATE, Derived
from drafter.figures.exact import round_half_away
from drafter.figures.figureset import FigureSet
from drafter.figures.period_text import PeriodPhrase, find_periods
from drafter.figures.periods import QUARTER, Period

SAME, UP, DOWN = "same", "up", "down"

_COMPARATIVE = re.compile(
    r"\b(?:(?P<same>(?:the\s+)?same(?:\s+(?:number|figure|total|level|count|rate|proportion|amount))?\s+as"
    r"|unchanged\s+(?:on|from|compared\s+(?:with|to))|no\s+change\s+(?:on|from)|level\s+with)"
    r"|(?P<up>(?:more|higher|greater)\s+than|up\s+(?:on|from))"
    r"|(?P<down>(?:fewer|lower|less)\s+than|down\s+(?:on|from)))"
    r"\s+(?:(?:that|those|the\s+(?:figure|number|total|level|rate))\s+(?:of|for|in)\s+)?"
    r"(?:(?:in|for|during)\s+)?", re.IGNORECASE)
_PREVIOUS_QUARTER = re.compile(
    r"(?:the\s+)?(?:previous|preceding|prior|last)\s+quarter\b|the\s+quarter\s+before\b"
    r"|the\s+previous\s+three\s+months\b", re.IGNORECASE)
# "than in the same quarter of 2022": the figure's quarter, in the year named.
SAME_QUARTER_OF = re.compile(r"(?:in\s+)?the\s+same\s+(?:quarter|period|(?:three\s+)?months)\s+(?:of|in)\s+"
                             r"(?P<y>\d{4})\b", re.IGNORECASE)
# Differences ("two fewer than a year earlier") name their earlier period the same way.
# "No more than", "not the same as": a negated comparison says something else.
_NEGATED = re.compile(r"\b(?:not|no|never)\s+$", re.IGNORECASE)
# A number right before the comparison is the difference it quotes ("2 more than", "5% higher than").
_QUANTIFIED = re.compile(
    r"(?:\d|%|\bper\s?cent|\bpoints?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|"
    r"hundred|thousand|half|times|twice))\s*$", re.IGNORECASE)
# Words that open another clause between a figure and a comparison after it.
_CLAUSE_WORDS = frozenset({"including", "which", "who", "that", "when", "while", "whereas", "and",
                           "but", "although", "though", "after", "before", "since", "of"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


@dataclass(frozen=True)
class Comparison:
    """One comparison with an earlier period: ``claim`` (same, up or down), where
    it stands in its text (characters), its comparative words as written
    ("the same as", "fewer than") and the period it names."""

    claim: str
    start: int
    end: int
    words_end: int
    words: str
    reference: PeriodPhrase | None
    previous_quarter: bool = False
    quarter_of: int | None = None  # "the same quarter of 2022": the year named (``reference`` is its phrase)

    def against(self, current: Period) -> Period | None:
        """The earlier period meant, for a figure of ``current``; None when
        it names no earlier period of the figure's length."""
        if self.previous_quarter:
            return current.shifted(-3) if current.kind == QUARTER else None
        if self.quarter_of is not None:
            return same_quarter_in(self.quarter_of, current)
        earlier = self.reference.resolve(current)
        if earlier is None or earlier.months_long != current.months_long or not earlier.before(current):
            return None
        return earlier


def find_comparisons(text: str) -> list[Comparison]:
    """Every comparison in ``text`` with an earlier period it names, quoting no
    earlier figure, in order."""
    periods = {phrase.start: phrase for phrase in find_periods(text)}
    found: list[Comparison] = []
    for match in _COMPARATIVE.finditer(text):
        before = text[max(0, match.start() - 30):match.start()]
        if _NEGATED.search(before) or _QUANTIFIED.search(before):
            continue
        claim = next(name for name in (SAME, UP, DOWN) if match.group(name))
        words = match.group(claim)
        words_end = match.start() + len(words)
        comparison = comparison_after(text, periods, match.end(), claim, match.start(), words_end, words)
        if comparison is not None:
            found.append(comparison)
    return found


def comparison_after(text: str, periods: dict, at: int, claim: str, start: int, words_end: int,
                     words: str) -> Comparison | None:
    """The comparison whose words end at ``at``, if the earlier period it is
    made with (a period phrase of ``periods``, by where it starts, or "the
    previous quarter") follows them there; else None."""
    # "than in the year ending June 2025": the phrase starts after its "the"
    the = re.match(r"the\s+", text[at:at + 8], re.IGNORECASE)
    reference = periods.get(at) or (periods.get(at + the.end()) if the else None)
    if reference is not None:
        return Comparison(claim, start, reference.end, words_end, words, reference)
    same = SAME_QUARTER_OF.match(text, at)
    if same is not None and periods.get(same.start("y")) is not None:
        return Comparison(claim, start, same.end(), words_end, words, periods[same.start("y")],
                          quarter_of=int(same.group("y")))
    previous = _PREVIOUS_QUARTER.match(text, at)
    return Comparison(claim, start, previous.end(), words_end, words, None, True) if previous else None


def same_quarter_in(year: int, current: Period) -> Period | None:
    """The quarter of ``current`` in ``year``, what "the same quarter of 2022"
    names for a figure of ``current``; None for another kind of period, or
    one not earlier."""
    if current.kind != QUARTER:
        return None
    earlier = current.shifted(12 * (year - current.end.year))
    return earlier if earlier is not None and earlier.before(current) else None


def same_quarters_read(text: str, phrases: list[PeriodPhrase], *fallbacks) -> list[PeriodPhrase]:
    """``phrases`` (:func:`~drafter.figures.period_text.find_periods` of ``text``) with the
    year of "8 in the same quarter of 2025" read as the quarter it names: the quarter
    of the sentence's own (the first other quarter it names, else the first quarter of
    ``fallbacks``: its paragraph's, the statement's) in that year, where there is one."""
    named = [p.period for p in phrases if p.period is not None]
    own = next((period for period in (*named, *fallbacks) if period is not None and period.kind == QUARTER), None)
    if own is None:
        return phrases
    read = []
    for phrase in phrases:
        same = SAME_QUARTER_OF.search(text, max(0, phrase.start - 40), phrase.end) \
            if phrase.style == "year" else None
        quarter = same_quarter_in(int(same.group("y")), own) if same and same.end() == phrase.end else None
        if quarter is None:
            read.append(phrase)
            continue
        # The phrase is the whole of "the same quarter of 2025", so a number it follows is dated by it
        # ("3,612 knife offences in the same quarter of 2025") as by "July to September 2025".
        starts = same.start() + same.group(0).lower().index("the")
        read.append(PeriodPhrase(text[starts:phrase.end], starts, phrase.end, "same_quarter", quarter))
    return read


def compared_figure(doc, comparison: Comparison, numbers):
    """The number ``comparison`` is said of: the last count before it in its
    sentence, else the last rate or percentage, matched to a figure, with no
    clause between them; None when there is none."""
    start = comparison.start
    sentence = next((s for s in doc.sents if s.start_char <= start < s.end_char), None)
    if sentence is None:
        return None
    before = [n for n in numbers if sentence.start_char <= n.start and n.end <= start
              and n.matched is not None and n.status in ("verified", "stale") and n.role != "base"
              and n.matched.kind in (FIGURE, RATE)]
    counts = [n for n in before if n.matched.kind == FIGURE and not n.matched.percentage]
    chosen = (counts or before or [None])[-1]
    if chosen is None:
        return None
    # "between October and December 2025": a period's own words open no clause
    named = [(p.start + sentence.start_char, p.end + sentence.start_char) for p in find_periods(sentence.text)]
    between = [t for t in doc[chosen.token + 1:sentence.end] if t.idx < start
               and not any(a <= t.idx < b for a, b in named)]
    # The verb of the count's own clause stands between ("Four county lines were closed, the same as a
    # year earlier"); another clause's does not ("…, which was …, the same as").
    own = set(doc[chosen.token].ancestors)
    if len(between) > 1 and between[-1].lower_ == "and" and any(t.lower_ == "than" for t in between[:-1]):
        between = between[:-1]  # "4 fewer than the previous quarter and 7 fewer than …": both said of the count
    if any((t.tag_ in _FINITE_TAGS and t not in own and not (t.dep_ in ("aux", "auxpass") and t.head in own))
           or t.lower_ in _CLAUSE_WORDS for t in between):
        return None
    return chosen


def earlier_value(figures: FigureSet, current: Derived, against: Period) -> Derived:
    """``current`` (a figure or a rate) worked out for the earlier period
    ``against`` by the function that worked it out; MissingFigure when it
    cannot be."""
    if current.kind == RATE:
        return derived.rate(figures, current.measure, current.area, against, current.per)
    return derived.figure(figures, current.measure, current.area, against)


def moved(current: Decimal, earlier: Decimal, decimals: int = 0) -> str:
    """How ``current`` stands to ``earlier`` at the precision written: same, up or down."""
    now, then = round_half_away(current, decimals), round_half_away(earlier, decimals)
    return SAME if now == then else UP if now > then else DOWN


def says(claim: str) -> str:
    """What a claim says of the figure, for a finding."""
    return {SAME: "did not change", UP: "went up", DOWN: "went down"}[claim]


# "… compared with the same quarter a year earlier", "… on the same quarter of 2023": the words leading
# from a change to what it is measured from, which :func:`compared_with` reads.
MEASURED_FROM = re.compile(r"\b(?:compared\s+(?:with|to)|on|against|than)\s+", re.IGNORECASE)
_YEAR_EARLIER = re.compile(r"(?:in\s+)?(?:(?:a|one|the\s+previous)\s+year\s+(?:earlier|before|ago)|last\s+year"
                           r"|the\s+(?:previous|preceding|prior)\s+(?:financial\s+)?year"
                           r"|the\s+(?:same\s+)?(?:quarter|period)\s+(?:a\s+year\s+earlier|last\s+year))\b",
                           re.IGNORECASE)
_QUARTER_EARLIER = re.compile(r"(?:in\s+)?(?:the\s+previous|the\s+preceding|last|the\s+last)\s+quarter\b",
                              re.IGNORECASE)


def compared_with(rest: str, current: Period) -> Period | None:
    """The period the words after "fewer than" name: one written out ("in
    2024"), a year earlier, or the quarter before."""
    named = [p for p in find_periods(rest) if p.start == rest.find(p.text) and rest[:p.start].strip().lower() in ("", "in", "in the", "the")]
    if named and named[0].period is not None:
        return named[0].period
    if _YEAR_EARLIER.match(rest):
        return current.previous_year()
    if same := SAME_QUARTER_OF.match(rest):
        return same_quarter_in(int(same.group("y")), current)
    if _QUARTER_EARLIER.match(rest) and current.months_long == 3:
        return current.shifted(-3)
    return None
