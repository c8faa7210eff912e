"""Months named as a span that is no reporting period: "between June and
August", "June to August" or "July, August and September" without a year, and "June to August 2026" (three
months that are not a calendar quarter); and words that date what follows to
the months before the statement without naming any ("this quarter").

Statements use them for what the office did in the months before the
statement, beside counts no published figure holds ("Between June and
August, 9 closure orders were granted"); the next statement names the three
months after them. :func:`find_month_spans` finds them wherever
:func:`~drafter.figures.period_text.find_periods` finds no period, and
:meth:`MonthSpan.naming` and :meth:`MonthSpan.moved` write other months in the
span's own words ("between June and August" three months on is "between
September and November").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.figures.period_patterns import MONTH_WORDS
from drafter.figures.period_text import MONTH_NUMBERS, find_periods, keep_case, month_like
from drafter.figures.periods import Period

_YEAR = r"(?:19|20)\d{2}"
_SPAN = re.compile(
    rf"\b(?:(?P<lead>between\s+)(?P<b1>{MONTH_WORDS})\.?(?:\s+(?P<by1>{_YEAR}))?\s+and\s+"
    rf"(?P<b2>{MONTH_WORDS})\.?(?:\s+(?P<by2>{_YEAR}))?"
    rf"|(?P<from>from\s+)?(?P<m1>{MONTH_WORDS})\.?(?:\s+(?P<y1>{_YEAR}))?"
    rf"(?P<joiner>\s+(?:to|until)\s+|\s*[-–—]\s*)"
    rf"(?P<m2>{MONTH_WORDS})\.?(?:\s+(?P<y2>{_YEAR}))?"
    # "July, August and September": the three months one by one
    rf"|(?P<l1>{MONTH_WORDS}),\s+(?P<l2>{MONTH_WORDS}),?\s+and\s+(?P<l3>{MONTH_WORDS})(?:\s+(?P<ly>{_YEAR}))?)\b",
    re.IGNORECASE)


@dataclass(frozen=True)
class MonthSpan:
    """A run of months a sentence names (``first_month`` to ``last_month``,
    1-12) that is no reporting period; ``year`` is the year of its last month
    when the words give one."""

    text: str
    start: int
    end: int
    first_month: int
    last_month: int
    year: int | None = None

    @property
    def months_long(self) -> int:
        return (self.last_month - self.first_month) % 12 + 1

    def covers(self, period: Period) -> bool:
        """Whether the span names exactly ``period``'s months (and its year, when it names one)."""
        return (period.first_month, period.end.month, period.months_long) == \
            (self.first_month, self.last_month, self.months_long) and self.year in (None, period.end.year)

    def moved(self, months: int) -> str:
        """The months ``months`` later, in the span's words."""
        last_year = (self.year or 0) + (self.last_month - 1 + months) // 12
        return self._written((self.first_month - 1 + months) % 12 + 1, (self.last_month - 1 + months) % 12 + 1,
                             last_year)

    def extended(self, months: int) -> str:
        """The span run on ``months`` more, from the same month: a total to date
        ("April to December 2023", three months on, is "April 2023 to March 2024")."""
        last = (self.last_month - 1 + months) % 12 + 1
        last_year = (self.year or 0) + (self.last_month - 1 + months) // 12
        return self._written(self.first_month, last, last_year, opening_year=self.first_month > last)

    def naming(self, period: Period) -> str:
        """``period``'s months in the span's words (a year only where the span wrote one)."""
        return self._written(period.first_month, period.end.month, period.end.year)

    def _written(self, first: int, last: int, last_year: int, opening_year: bool = False) -> str:
        match = _SPAN.fullmatch(self.text)
        if match.group("l1"):
            middle = (first % 12) + 1
            year = f" {last_year}" if match.group("ly") else ""
            glue = self.text[match.end("l2"):match.start("l3")]
            return (f"{month_like(first, match.group('l1'))}, {month_like(middle, match.group('l2'))}{glue}"
                    f"{month_like(last, match.group('l3'))}{year}")
        between = match.group("lead") is not None
        words = ("b1", "by1", "b2", "by2") if between else ("m1", "y1", "m2", "y2")
        first_word, first_year, last_word, last_year_word = (match.group(name) for name in words)
        year = f" {last_year}" if last_year_word else ""
        opening = f" {last_year - (first > last)}" if first_year or opening_year and last_year_word else ""
        months = (month_like(first, first_word) + opening, month_like(last, last_word) + year)
        if between:
            return f"{match.group('lead')}{months[0]} and {months[1]}"
        lead = match.group("from") or ""
        return keep_case(f"{lead}{months[0]}{match.group('joiner')}{months[1]}", self.text)


def find_month_spans(text: str) -> list[MonthSpan]:
    """Every span of months ``text`` names that is no reporting period, in order.
    Month names must be capitalised ("may" is a verb as often as a month)."""
    periods = [(p.start, p.end) for p in find_periods(text) if not p.relative]
    found = []
    for match in _SPAN.finditer(text):
        start, end = match.span()
        if any(start < b and a < end for a, b in periods):
            continue
        between, listed = match.group("lead") is not None, match.group("l1") is not None
        first_word, last_word = match.group("b1", "b2") if between else match.group("l1", "l3") if listed \
            else match.group("m1", "m2")
        if not (first_word[:1].isupper() and last_word[:1].isupper()):
            continue
        first, last = MONTH_NUMBERS[first_word.lower()], MONTH_NUMBERS[last_word.lower()]
        if listed and (MONTH_NUMBERS[match.group("l2").lower()] != first % 12 + 1 or last != (first + 1) % 12 + 1):
            continue  # three months one by one, not running on
        first_year, last_year = match.group("by1", "by2") if between else (None, match.group("ly")) if listed \
            else match.group("y1", "y2")
        year = int(last_year) if last_year else int(first_year) + (first > last) if first_year else None
        found.append(MonthSpan(match.group(0), start, end, first, last, year))
    return found


# Words that date what follows to the time just before the statement, naming no
# period: "Activity this quarter has included:", "During the last three months
# we have:", "So far this year:". Plans ("next quarter") are not dated by them.
_OWN_TIME = re.compile(
    r"\b(?:this\s+(?:quarter|month|reporting\s+period)|so\s+far\s+this\s+(?:year|financial\s+year|quarter)"
    r"|(?:in|during|over|across|throughout)\s+the\s+(?:quarter|period|reporting\s+period)\b(?!\s+ahead)"
    r"|the\s+(?:last|past|previous)\s+(?:quarter|(?:three|3|six|6)\s+months|few\s+months|month)"
    r"|(?:in|during)\s+(?:the\s+)?recent\s+months|(?:this|the)\s+quarter's|quarterly\s+(?:performance|activity|update|highlights))\b",
    re.IGNORECASE)


def own_time_words(text: str) -> str | None:
    """The words in ``text`` that date it to the months just before the
    statement without naming a period ("this quarter", "the last three
    months", "so far this year"), or None."""
    found = _OWN_TIME.search(text)
    return found.group(0) if found else None
