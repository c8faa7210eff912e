"""Half-yearly statements copied forward: the statement after one on a half
year is six months on, and the words naming a half year move with it.

No reporting period is half a year (figures are stored for quarters and
twelve months), so a half-yearly statement's own period is read by the
quarters and years it quotes: without telling it apart, copy forward moved
it a quarter, like a quarterly statement. A statement says it is half-yearly
in its title or opening ("Half-Year Statement", "twice a year", "every six
months") or its closing ("The next half-year statement …"); its figures then
move six months, and its half-year words with them: "Quarters 3 and 4 of
2025/26" becomes "Quarters 1 and 2 of 2026/27", "the second half of the
year" "the first half of the year", "H2 2025/26" "H1 2026/27", "the six
months to March 2026" "the six months to September 2026", "October 2025 to
March 2026" "April to September 2026", and "the same half of 2024/25" the
half a year before the draft's, "the same half of 2025/26".
"""

from __future__ import annotations

import re
from calendar import monthrange

from drafter.claims.running_totals import half_years
from drafter.figures.month_spans import find_month_spans
from drafter.figures.period_text import MONTH_NUMBERS, keep_case, month_like
from drafter.figures.periods import Period
from drafter.priorities import PUBLISHED_HALF_YEARLY

HALF_A_YEAR = 6

# How many opening paragraphs, and closing ones, may say how often the statement is published.
_SAYING_PARAGRAPHS = 3

_YEARS = r"(?P<fy>(?:19|20)\d{2})(?:(?P<sep>\s*[/\-–]\s*)(?P<fy_end>\d{2,4}))?"
_QUARTERS = re.compile(rf"(?P<q1>[1-4])(?P<mid>\s*(?:and|&|to|-|–)\s*(?:Q\s*)?)(?P<q2>[1-4])(?P<gap>\s+(?:of\s+)?"
                       rf"(?:FY\s*)?){_YEARS}", re.IGNORECASE)
_HALF = re.compile(rf"\b(?P<which>first|second|1st|2nd|same|H1|H2)\b(?P<rest>.*?)(?:{_YEARS})?$", re.IGNORECASE)
_SIX_MONTHS_TO = re.compile(r"(?P<day>\d{1,2})?(?P<suffix>st|nd|rd|th)?\s*(?P<m>[A-Za-z]+)\.?\s+(?P<y>(?:19|20)\d{2})$")
_SWAPPED = {"first": "second", "second": "first", "1st": "2nd", "2nd": "1st", "h1": "H2", "h2": "H1"}


def says_half_yearly(title: str | None, paragraphs) -> bool:
    """Whether a statement says it is published every six months, in its title,
    its opening paragraphs or its closing ones."""
    texts = [title or "", *(p.text for p in paragraphs[:_SAYING_PARAGRAPHS]),
             *(p.text for p in paragraphs[-_SAYING_PARAGRAPHS:])]
    return any(PUBLISHED_HALF_YEARLY.search(text) for text in texts)


def half_years_moved(text: str, main: Period, target: Period) -> list[tuple[int, int, str]]:
    """(start, end, new words) for each half year ``text`` names, six months on,
    when the statement moves half a year from ``main`` to ``target``; none otherwise."""
    if main.months_to(target) != HALF_A_YEAR:
        return []
    moved = [(start, end, new) for start, end, words in half_years(text)
             if (new := _moved(words, main)) is not None and new != words]
    taken = [(start, end) for start, end, _ in moved]
    moved += [(span.start, span.end, span.moved(HALF_A_YEAR)) for span in find_month_spans(text)
              if span.months_long == HALF_A_YEAR and not any(span.start < b and a < span.end for a, b in taken)]
    return moved


def _moved(words: str, main: Period) -> str | None:
    """``words`` naming half a year, naming the half a year after it."""
    if quarters := _QUARTERS.search(words):
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
        day = f"{last}{_suffix(last) if found.group('suffix') else ''} "
    return f"{words[:found.start()]}{day}{month_like(month, found.group('m'))} {year}"


def _suffix(day: int) -> str:
    return "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
