"""Half a year as sentences name it, written again half a year on: "Quarters
3 and 4 of 2025/26" becomes "Quarters 1 and 2 of 2026/27", "the second half
of the year" "the first half of the year", "H2 2025/26" "H1 2026/27", "the
six months to 31 March 2026" "the six months to 30 September 2026", and "the
same half of 2024/25" the half a year before the next statement's. No
reporting period is half a year; copy forward of a half-yearly statement
(:mod:`drafter.drafts.roll_half_years`) moves these words with its figures."""

from __future__ import annotations

import re
from calendar import monthrange

from drafter.figures.half_year_names import HALF_A_YEAR, QUARTERS_OF_A_YEAR, YEARS
from drafter.figures.ordinals import ordinal
from drafter.figures.period_text import MONTH_NUMBERS, keep_case, month_like
from drafter.figures.periods import Period

_HALF = re.compile(rf"\b(?P<which>first|second|1st|2nd|same|H1|H2)\b(?P<rest>.*?)(?:{YEARS})?$", re.IGNORECASE)
_SIX_MONTHS_TO = re.compile(r"(?P<day>\d{1,2})?(?P<suffix>st|nd|rd|th)?\s*(?P<m>[A-Za-z]+)\.?\s+(?P<y>(?:19|20)\d{2})$")
_SWAPPED = {"first": "second", "second": "first", "1st": "2nd", "2nd": "1st", "h1": "H2", "h2": "H1"}


def half_year_on(words: str, main: Period) -> str | None:
    """``words`` naming half a year ("Quarters 3 and 4 of 2025/26", "H2 2025/26", "the six months
    to March 2026", "the same half of 2024/25" of a statement on ``main``), naming the half a
    year after it; None for words naming no half year."""
    if quarters := QUARTERS_OF_A_YEAR.search(words):
        first, second = int(quarters.group("q1")), int(quarters.group("q2"))
        wraps = first >= 3
        new = (f"{(first + 1) % 4 + 1}{quarters.group('mid')}{(second + 1) % 4 + 1}{quarters.group('gap')}"
               f"{_years(quarters, 1 if wraps else 0)}")
        return words[:quarters.start()] + new + words[quarters.end():]
    if re.match(r"(?:the\s+)?(?:six|6)\s+months", words, re.IGNORECASE):
        return _six_months_on(words)
    half = _HALF.search(words)
    if half is None:
        return None
    which = half.group("which").lower()
    if which == "same":  # the same half a year before: of the year that half is in, half a year on
        later = main.last - 12 + HALF_A_YEAR
        year_starts = (later - 3) // 12 if half.group("sep") else later // 12
        return words[:half.start("fy")] + _years(half, year_starts - int(half.group("fy"))) \
            if half.group("fy") else words
    swapped = _SWAPPED[which]
    into_next = which in ("second", "2nd", "h2")
    new = keep_case(swapped, half.group("which")) + half.group("rest")
    if half.group("fy"):
        new += _years(half, 1 if into_next else 0)
    return words[:half.start()] + new


def _years(match: re.Match, on: int) -> str:
    """The year or financial year ``match`` names (its ``fy`` groups), ``on`` years later, as written."""
    start = int(match.group("fy")) + on
    if not match.group("sep"):
        return str(start)
    end = match.group("fy_end")
    return f"{start}{match.group('sep')}{start + 1 if len(end) == 4 else f'{(start + 1) % 100:02d}'}"


def _six_months_on(words: str) -> str | None:
    """"the six months to March 2026" → "the six months to September 2026" (a day the month's last)."""
    found = _SIX_MONTHS_TO.search(words)
    if found is None or found.group("m").lower() not in MONTH_NUMBERS:
        return None
    month = MONTH_NUMBERS[found.group("m").lower()] + HALF_A_YEAR
    year = int(found.group("y")) + (month > 12)
    month = (month - 1) % 12 + 1
    day = ""
    if found.group("day"):
        last = monthrange(year, month)[1]
        day = f"{ordinal(last) if found.group('suffix') else last} "
    return f"{words[:found.start()]}{day}{month_like(month, found.group('m'))} {year}"
