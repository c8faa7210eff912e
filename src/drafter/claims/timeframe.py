"""Periods as spans of months, and the periods a sentence names.

A period string is ``YYYY`` (calendar year), ``YYYY-Qn`` (calendar quarter:
Q1 is January to March) or ``YYYY/YY`` (financial year, April to March).
Months are counted from year 0 so spans compare with plain integers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_YEAR = re.compile(r"^(\d{4})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_FINANCIAL = re.compile(r"^(\d{4})/(\d{2})$")

MONTHS = {name: number for number, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec"),
), start=1) for name in names}

_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
_TEXT_QUARTER = re.compile(
    rf"\b(?P<first>{_MONTH_WORDS})\s+(?:to|-|–)\s+(?P<last>{_MONTH_WORDS})\s+(?P<year>(?:19|20)\d{{2}})\b",
    re.IGNORECASE)
_TEXT_YEAR_ENDING = re.compile(
    rf"\byear\s+(?:ending|ended|to)\s+(?P<month>{_MONTH_WORDS})\s+(?P<year>(?:19|20)\d{{2}})\b",
    re.IGNORECASE)
_TEXT_FINANCIAL = re.compile(r"(?<![\w/])(?P<start>(?:19|20)\d{2})/(?P<end>\d{2})(?![\w/])")
_TEXT_YEAR = re.compile(r"(?<![\w/£$,.])(?P<year>(?:19|20)\d{2})(?![\w/%]|[,.]\d)")


@dataclass(frozen=True)
class Span:
    """Months ``first``..``last`` inclusive, counted as year * 12 + month - 1."""

    first: int
    last: int

    def before(self, other: "Span") -> bool:
        return self.last < other.first


def span(period: str) -> Span | None:
    """The months a period string covers, or None if it is not a period."""
    if match := _YEAR.match(period):
        year = int(match.group(1))
        return Span(year * 12, year * 12 + 11)
    if match := _QUARTER.match(period):
        year, quarter = int(match.group(1)), int(match.group(2))
        first = year * 12 + (quarter - 1) * 3
        return Span(first, first + 2)
    if match := _FINANCIAL.match(period):
        year = int(match.group(1))
        return Span(year * 12 + 3, year * 12 + 14)
    return None


def year_earlier(period: str) -> str | None:
    """The same period a year before: ``2022`` → ``2021``, ``2023-Q2`` → ``2022-Q2``."""
    if match := _YEAR.match(period):
        return str(int(match.group(1)) - 1)
    if match := _QUARTER.match(period):
        return f"{int(match.group(1)) - 1}-Q{match.group(2)}"
    if match := _FINANCIAL.match(period):
        start = int(match.group(1)) - 1
        return f"{start}/{(start + 1) % 100:02d}"
    return None


def sort_key(period: str) -> tuple[int, int]:
    found = span(period)
    return (found.first, found.last) if found else (0, 0)


@dataclass(frozen=True)
class PeriodMention:
    """A period named in text: its period string and character offsets."""

    period: str
    start: int
    end: int


def periods_in(text: str) -> list[PeriodMention]:
    """Periods a sentence names: "April to June 2026" (a quarter), "year ending
    December 2022", "2022/23", "2021"."""
    found: list[PeriodMention] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return not any(start < b and a < end for a, b in taken)

    for match in _TEXT_QUARTER.finditer(text):
        first, last = MONTHS[match.group("first").lower()], MONTHS[match.group("last").lower()]
        if first in (1, 4, 7, 10) and last == first + 2:
            found.append(PeriodMention(f"{match.group('year')}-Q{(first - 1) // 3 + 1}",
                                       match.start(), match.end()))
            taken.append((match.start(), match.end()))
    for match in _TEXT_YEAR_ENDING.finditer(text):
        month, year = MONTHS[match.group("month").lower()], int(match.group("year"))
        if month == 12:
            period = str(year)
        elif month == 3:
            period = f"{year - 1}/{year % 100:02d}"
        else:
            continue
        found.append(PeriodMention(period, match.start(), match.end()))
        taken.append((match.start(), match.end()))
    for match in _TEXT_FINANCIAL.finditer(text):
        if free(match.start(), match.end()):
            found.append(PeriodMention(match.group(), match.start(), match.end()))
            taken.append((match.start(), match.end()))
    for match in _TEXT_YEAR.finditer(text):
        if free(match.start(), match.end()):
            found.append(PeriodMention(match.group("year"), match.start(), match.end()))
    found.sort(key=lambda m: m.start)
    return found
