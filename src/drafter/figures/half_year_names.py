"""Where words name half a year, which no reporting period is: "the first half
of 2026/27", "Quarters 1 and 2 of 2026/27", "H1 2026/27", "the six months to
September 2026", "the first half of the year", "April to September 2026",
"between October 2025 and March 2026".

One reading for every part of drafter that meets them: the periods module
refuses them as a period (figures are stored for quarters and twelve
months), review gives a count beside them half a year's span, never the
year's it names, and copy forward of a half-yearly statement moves them."""

from __future__ import annotations

import re

from drafter.figures.month_spans import find_month_spans
from drafter.figures.period_patterns import HALF_YEAR, MONTH_WORDS
from drafter.figures.period_text import MONTH_NUMBERS, find_periods
from drafter.figures.periods import QUARTER, Period

HALF_A_YEAR = 6

# Half of a year the statement names elsewhere, and a total said to be the half year's.
_HALF_OF_THE_YEAR = re.compile(r"\b(?:first|second|1st|2nd|same)\s+half(?:[\s-]+year)?\s+of\s+the\s+"
                               r"(?:financial\s+|calendar\s+)?year\b|\bhalf[\s-]year(?:ly)?\s+(?:total|figures?)\b",
                               re.IGNORECASE)


# Two quarters said to be counted as one ("the second and third quarters of 2026 together",
# "in total across Q2 2026 and Q3 2026"): any two quarters in a row are half a calendar or financial year.
_TOGETHER_AFTER = re.compile(r"\s*,?\s*(?:taken\s+)?(?:together|combined|between\s+them|in\s+total)\b", re.IGNORECASE)
# "across" alone does not say so ("Across Q2 and Q3, homicides fell from 1 to 0" gives each quarter's).
_ACROSS_BEFORE = re.compile(r"\b(?:(?:across|over)\s+both|combined\s+(?:over|across)|in\s+total\s+(?:in|over|across))\s+"
                            r"(?:the\s+)?$", re.IGNORECASE)
_AND_BETWEEN = re.compile(r"\s*(?:and|&|plus)\s*(?:the\s+|in\s+(?:the\s+)?)?", re.IGNORECASE)


def quarters_together(text: str) -> list[tuple[int, int, str]]:
    """Two quarters in a row that ``text`` counts as one: (start, end, words), the words taking in
    those that say so ("across …", "… together"), so that they are read alike on their own."""
    phrases = _quarters_named(text)
    found = []
    for first, second in zip(phrases, phrases[1:]):
        if second.period != first.period.shifted(3) or not _AND_BETWEEN.fullmatch(text[first.end:second.start]):
            continue
        after = _TOGETHER_AFTER.match(text, second.end)
        before = _ACROSS_BEFORE.search(text, max(0, first.start - 30), first.start)
        if after or before:
            start, end = before.start() if before else first.start, after.end() if after else second.end
            found.append((start, end, text[start:end]))
    return found


def _quarters_named(text: str) -> list:
    return [phrase for phrase in find_periods(text) if phrase.period is not None and phrase.period.kind == QUARTER]


def half_years(text: str) -> list[tuple[int, int, str]]:
    """Where ``text`` names half a year: (start, end, words), in order."""
    found = [(match.start(), match.end(), match.group(0))
             for pattern in (HALF_YEAR, _HALF_OF_THE_YEAR) for match in pattern.finditer(text)]
    found += [span for span in quarters_together(text)
              if not any(span[0] < end and start < span[1] for start, end, _ in found)]
    # Six months named by their first and last, with the year: a month span with no year
    # ("between April and September") may be months of any year, and is left to be read as such.
    found += [(span.start, span.end, span.text) for span in find_month_spans(text)
              if span.months_long == HALF_A_YEAR and span.year is not None
              and not any(span.start < end and start < span.end for start, end, _ in found)]
    return sorted(found)


def half_year(text: str) -> str | None:
    """The first words in ``text`` naming half a year; None when it names none."""
    found = half_years(text)
    return found[0][2] if found else None


YEARS = r"(?P<fy>(?:19|20)\d{2})(?:(?P<sep>\s*[/\-–]\s*)(?P<fy_end>\d{2,4}))?"
"""The year half-year words end on, "2026" or a financial year, "2025/26" (``sep`` set)."""
QUARTERS_OF_A_YEAR = re.compile(rf"(?P<q1>[1-4])(?P<mid>\s*(?:and|&|to|-|–)\s*(?:Q\s*)?)(?P<q2>[1-4])"
                                rf"(?P<gap>\s+(?:of\s+)?(?:FY\s*)?){YEARS}", re.IGNORECASE)
"""The two quarters of a year half-year words number, "Quarters 3 and 4 of 2025/26", "Q3-Q4 2025/26":
read here, written again half a year on by :mod:`drafter.figures.half_year_text`."""
_HALF_OF = re.compile(rf"\b(?:(?P<which>first|1st|second|2nd)\s+half|(?P<h>H[12]))\b(?:[\s-]+year)?\s+(?:of\s+)?"
                      rf"(?:the\s+)?(?P<fy_words>financial\s+year\s+)?(?:year\s+)?(?:FY\s*)?{YEARS}", re.IGNORECASE)
_SAME_HALF = re.compile(rf"\bsame\s+half\b(?:[\s-]+year)?(?:\s+(?:of|in)\s+(?:the\s+)?(?:financial\s+year\s+)?{YEARS})?",
                        re.IGNORECASE)
_SIX_MONTHS_TO = re.compile(rf"\b(?:six|6)\s+months\s+\(?(?:ending|ended|to)\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?"
                            rf"(?P<month>{MONTH_WORDS})\.?\s+(?P<year>(?:19|20)\d{{2}})", re.IGNORECASE)


def named_half_year(texts) -> Period | None:
    """The last quarter of the half year the first of ``texts`` to name one names ("Half-Year
    Statement, January to June 2026": 2026-Q2), the latest where it names two: what a
    half-yearly statement titled so reports on; None when none names a half its words fix."""
    for text in texts:
        named = [quarters[-1] for _, _, words in half_years(text or "") if (quarters := half_year_quarters(words))]
        if named:
            return max(named, key=lambda quarter: quarter.last)
    return None


def half_year_quarters(words: str, main: Period | None = None) -> tuple[Period, Period] | None:
    """The two quarters of the half year ``words`` name ("Quarters 1 and 2 of 2026/27":
    2026-Q2 and 2026-Q3), so that a count for it can be added up from theirs; "the same
    half of 2025/26" is the half a year before the one ending with ``main``, the statement's
    period. None for words that leave the half unknown ("the first half of the year")."""
    named = [phrase.period for phrase in _quarters_named(words)]
    if len(named) == 2 and named[1] == named[0].shifted(3):  # two quarters counted together, each named
        return named[0], named[1]
    end = _half_year_end(words, main)
    last = Period.of_months_ending(*end, 3) if end is not None else None
    first = last.shifted(-3) if last is not None else None
    return (first, last) if first is not None else None


def _half_year_end(words: str, main: Period | None) -> tuple[int, int] | None:
    """(month, year) the half year ``words`` name ends with."""
    if found := _SIX_MONTHS_TO.search(words):
        return MONTH_NUMBERS[found.group("month").lower()], int(found.group("year"))
    if found := QUARTERS_OF_A_YEAR.search(words):
        first, second = int(found.group("q1")), int(found.group("q2"))
        if second != first + 1:  # "Quarters 2 and 3 of 2026/27" are July to December 2026
            return None
        return _quarter_end(second, int(found.group("fy")), financial=bool(found.group("sep")))
    if same := _SAME_HALF.search(words):
        if main is None:
            return None
        if same.group("fy") is None:  # the same half a year before the statement's
            return main.end.month, main.end.year - 1
        # The year it names, in the half the statement's period ends in.
        financial = bool(same.group("sep"))
        second_half = main.end.month in (10, 11, 12, 1, 2, 3) if financial else main.end.month > 6
        return _quarter_end(4 if second_half else 2, int(same.group("fy")), financial=financial)
    if found := _HALF_OF.search(words):
        second_half = (found.group("which") or found.group("h")).lower() in ("second", "2nd", "h2")
        financial = bool(found.group("sep") or found.group("fy_words"))
        return _quarter_end(4 if second_half else 2, int(found.group("fy")), financial=financial)
    spans = [span for span in find_month_spans(words) if span.months_long == HALF_A_YEAR and span.year]
    return (spans[0].last_month, spans[0].year) if spans else None


def _quarter_end(number: int, year: int, *, financial: bool) -> tuple[int, int]:
    """(month, year) quarter ``number`` of ``year`` ends with: of the financial year from April
    when ``financial``, else of the calendar year."""
    if not financial:
        return number * 3, year
    month = number * 3 + 3
    return (month - 12, year + 1) if month > 12 else (month, year)
