"""Periods as sentences name them: finding them, and writing another period
in the same words.

Statements name a reporting period in many ways, and review (which figure
does a number belong to?) and roll forward (move "April to June 2026" on to
"July to September 2026") must read them alike:

=====================  ==============================================
style                  examples
=====================  ==============================================
``months``             April to June 2026; April 2022 to March 2023
``between``            between April and June 2026
``year_ending``        the year ending December 2022; 12 months to June 2023;
                       the last 12 months (to June 2023)
``quarter_ending``     the quarter ending June 2024; three months to June 2024
``ordinal_quarter``    the second quarter of 2024; the last three months of 2024
``financial_quarter``  Q2 2023/24; Quarter 2 of 2023-24
``calendar_quarter``   Q3 2022; Quarter 3 of 2022 (``year_quarter``: 2022 Q3, 2022-Q3)
``financial``          2023/24; 2023-24; financial year 2022/2023; financial year 2022 to 2023
``year``               in 2022
``relative``           the year prior; the same quarter a year earlier; the previous quarter
``numbered_quarter``   Quarter 1, Q3 (no year: read by the statement's own period)
``welsh_...``          rhwng Ebrill a Mehefin 2026; y flwyddyn hyd at Fehefin 2026
                       (:mod:`~drafter.figures.welsh_period_text`)
=====================  ==============================================

A year that is part of a name is not a period: "the Order 2021", "Police and
Crime Plan 2021-2025", "the 2022 annual assessment". Relative phrases are
resolved against the period a sentence is about (:meth:`PeriodPhrase.resolve`).

Spreadsheet column titles and title lines name periods more tersely
("Homicides 2022/23", "YE2023-06", "Q2 2023"): :mod:`drafter.figures.title_periods`
reads them for the figures import.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from functools import lru_cache

from drafter.figures.period_patterns import (
    DETERMINERS, HALF_YEAR_STYLE, MONTH_NUMBERS, NAME_WORDS, NUMBERED_QUARTER, ORDINAL_WORDS, PATTERNS, QUARTER_BEFORE,
    RELATIVE,
)
from drafter.figures.periods import FINANCIAL, MONTHS, QUARTER, YEAR, Period
from drafter.figures.quarter_ordinals import quarter_ordinal_words
from drafter.figures.welsh_period_text import names_welsh_month, welsh_period, welsh_rewrite


@dataclass(frozen=True)
class PeriodPhrase:
    """A period named in text: where (character offsets), how, and which period.

    ``period`` is None for a relative phrase ("the year prior", "the
    previous quarter"), whose ``offset`` (months, -12 or -3) says where it
    lies from the period a sentence is about.
    """

    text: str
    start: int
    end: int
    style: str
    period: Period | None = None
    offset: int = 0
    quarter: int = 0  # the number of a bare "Quarter 1", whose quarter depends on the statement

    @property
    def relative(self) -> bool:
        return self.period is None

    def resolve(self, current: Period | None) -> Period | None:
        """The period meant: its own, or ``current`` moved by ``offset``."""
        if self.period is not None:
            return self.period
        if current is None or self.style == HALF_YEAR_STYLE:
            return None
        if self.quarter:
            return current.numbered_quarter(self.quarter)
        if self.offset == -3:  # the quarter before: only a quarter has one
            return current.shifted(-3) if current.months_long == 3 else None
        return current.previous_year()


def _year(text: str | None) -> int | None:
    return int(text) if text else None


def _financial_start(text: str) -> int | None:
    """The first year of ``2023/24``, ``2023-24`` or ``2023/2024``; None if the years do not follow."""
    match = re.fullmatch(r"(\d{4})(?:\s*[/\-–]\s*|\s+to\s+)(\d{2,4})", text.strip())
    if not match:
        return None
    start, end = int(match.group(1)), match.group(2)
    expected = start + 1 if len(end) == 4 else (start + 1) % 100
    return start if int(end) == expected else None


def _period_of(style: str, match: re.Match) -> Period | None:
    group = match.groupdict()
    if style.startswith("welsh_"):
        return welsh_period(style, match)
    if style == "short_months":
        return Period.of_month_span(MONTH_NUMBERS[group["m1"].lower()], MONTH_NUMBERS[group["m2"].lower()],
                                    2000 + int(group["y2"]))
    if style in ("months", "between"):
        return Period.of_month_span(MONTH_NUMBERS[group["m1"].lower()], MONTH_NUMBERS[group["m2"].lower()],
                                    int(group["y2"]), _year(group.get("y1")))
    if style == "short_year_ending":
        year = int(group["y"]) + (2000 if len(group["y"]) == 2 else 0)
        return Period.of_months_ending(MONTH_NUMBERS[group["m"].lower()], year, 12)
    if style in ("year_ending", "quarter_ending"):
        month, year = MONTH_NUMBERS[group["m"].lower()], int(group["y"])
        if group["d"] and int(group["d"]) != monthrange(year, month)[1]:
            return None  # "the twelve months to 15 March 2026" is no reporting period
        return Period.of_months_ending(month, year, 3 if style == "quarter_ending" else 12)
    if style == "ordinal_quarter":
        number = ORDINAL_WORDS[group["ord"].lower().split()[-1]]  # "fourth and final": its last word
        start = _financial_start(group["fy"])
        if start is not None:
            return Period.of_months(start + (number == 4), (number * 3 + 1) % 12 or 12, 3)
        return Period.of_months(int(group["fy"][:4]), (number - 1) * 3 + 1, 3)
    if style == "financial_quarter":
        start = _financial_start(group["fy"])
        if start is None:
            return None
        number = int(group["n"])
        return Period.of_months(start + (number == 4), (number * 3 + 1) % 12 or 12, 3)
    if style in ("calendar_quarter", "year_quarter"):
        return Period.of_months(int(group["y"]), (int(group["n"]) - 1) * 3 + 1, 3)
    if style == "fy_short":
        start, end = int(group["s"]), int(group["e"])
        return Period.of_months(2000 + start, 4, 12) if end == (start + 1) % 100 else None
    if style == "financial":
        start = _financial_start(match.group(0))
        return Period.of_months(start, 4, 12) if start is not None else None
    if style == "year":
        return Period.of_months(int(group["y"]), 1, 12)
    return None


def _part_of_name(text: str, start: int, end: int) -> bool:
    """"Order 2021", "Plan 2021-2025", "the 2022 annual assessment", "*2022 ...*"."""
    before = text[max(0, start - 60):start]
    words = re.findall(r"[A-Za-z()]+", before)
    if words:
        last = words[-1].strip("()")
        if last[:1].isupper() and last.lower() in NAME_WORDS:
            return True
        # "the Annual Assessment of Policing 2022": a title in capitals naming a document
        title = []
        for word in reversed(words):
            if word[:1].isupper() or word in ("of", "and", "for", "the", "on"):
                title.append(word.strip("()").lower())
            else:
                break
        if last[:1].isupper() and any(word in NAME_WORDS for word in title):
            return True
        if last.lower() in DETERMINERS:
            following = re.match(r"\s+([a-z][a-z-]+)", text[end:end + 30])
            if following and following.group(1) not in ("to", "and", "or", "was", "were", "is", "financial",
                                                        "calendar"):
                return True  # "the 2022 annual assessment", but "the 2023-24 financial year"
    if before.endswith(("*", "‘", "'", "“", '"', "_")):
        return True
    return False


# "data extracted in early July 2026", "figures correct as at July 2026": when the figures were drawn
# from a system, which no figure is for.
_DRAWN_WORDS = (r"\b(?:extracted|downloaded|retrieved|refreshed|(?:correct|accurate)\s+as\s+(?:at|of))"
                r"(?:\s+from\s+[\w\s'’-]{1,40}?)?(?:\s+(?:on|in|at|during))?"
                r"(?:\s+(?:early|mid|late|the\s+(?:start|beginning|middle|end)\s+of))?[-\s]*")
_DATA_DRAWN = re.compile(_DRAWN_WORDS + "$", re.IGNORECASE)


_MONTH_NAMES = "|".join(name for name in MONTH_NUMBERS if len(name) > 3 or name == "may")
_DATA_DRAWN_ON = re.compile(_DRAWN_WORDS + rf"(?P<when>(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{_MONTH_NAMES})"
                            r"(?:\s+(?:19|20)\d\d)?|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2}))\b", re.IGNORECASE)


def data_drawn_dates(text: str) -> list[re.Match]:
    """Each date ``text`` gives as when figures were drawn ("data extracted on 5 July 2026":
    group ``when``, "5 July 2026")."""
    return list(_DATA_DRAWN_ON.finditer(text))


def month_of_date(when: str) -> int | None:
    """The month a date names with its year ("5 July 2026"), counted as a period's ``first``; else None."""
    slashed = re.fullmatch(r"\d{1,2}/(\d{1,2})/(\d{4}|\d{2})", when)
    if slashed:
        month, year = int(slashed.group(1)), int(slashed.group(2))
        return (year + 2000 if year < 100 else year) * 12 + month - 1 if 1 <= month <= 12 else None
    named = re.search(r"([A-Za-z]+)\s+((?:19|20)\d\d)$", when)
    month = MONTH_NUMBERS.get(named.group(1).lower()) if named else None
    return int(named.group(2)) * 12 + month - 1 if month else None


def when_data_was_drawn(text: str, start: int) -> bool:
    """Whether the period or date at ``start`` of ``text`` says when figures were drawn from a system."""
    return bool(_DATA_DRAWN.search(text, max(0, start - 80), start))


def find_periods(text: str) -> list[PeriodPhrase]:
    """Every period ``text`` names, in order (longest readings first where
    they overlap: "April to June 2026" is one quarter, not a year)."""
    return list(_periods_named(text))


# A review reads the same sentence's periods many times over (each number, each check);
# the phrases are immutable, so each text is read once.
@lru_cache(maxsize=8192)
def _periods_named(text: str) -> tuple[PeriodPhrase, ...]:
    found: list[PeriodPhrase] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return not any(start < b and a < end for a, b in taken)

    welsh = names_welsh_month(text)
    for style, pattern in PATTERNS:
        if not welsh and style.startswith("welsh_"):
            continue
        for match in pattern.finditer(text):
            start, end = match.span()
            if not free(start, end):
                continue
            if style == "year" and _part_of_name(text, start, end):
                taken.append((start, end))
                continue
            if style == "financial" and _part_of_name(text, start, end) or when_data_was_drawn(text, start):
                taken.append((start, end))
                continue
            period = _period_of(style, match)
            if period is None:
                if style in ("months", "short_months", "between", "financial", "year_ending", "quarter_ending", "half_year",
                             "short_year_ending") \
                        or style.startswith("welsh_"):
                    taken.append((start, end))  # "2021-2025", "May to July 2024": not periods
                continue
            found.append(PeriodPhrase(match.group(0), start, end, style, period))
            taken.append((start, end))
    for match in RELATIVE.finditer(text):
        if free(*match.span()):
            found.append(PeriodPhrase(match.group(0), match.start(), match.end(), "relative",
                                      None, -12))
            taken.append(match.span())
    for match in QUARTER_BEFORE.finditer(text):
        if free(*match.span()):
            found.append(PeriodPhrase(match.group(0), match.start(), match.end(), "relative", None, -3))
            taken.append(match.span())
    for match in NUMBERED_QUARTER.finditer(text):
        if free(*match.span()):
            found.append(PeriodPhrase(match.group(0), match.start(), match.end(), "numbered_quarter", None,
                                      quarter=int(match.group("n"))))
    found.sort(key=lambda phrase: phrase.start)
    return tuple(found)


# -- writing a period in the words of another -------------------------------------------
def month_like(number: int, like: str) -> str:
    """Month ``number`` written as ``like`` is: in full or abbreviated, in capitals or not."""
    name = MONTHS[number - 1]
    if like.rstrip(".").lower() not in {month.lower() for month in MONTHS}:
        name = name[:3]  # an abbreviation ("Apr") stays one
    return name.upper() if like.isupper() and len(like) > 1 else name


def _financial_text(start: int, like: str) -> str:
    match = re.fullmatch(r"\d{4}(\s*[/\-–]\s*|\s+to\s+)(\d{2,4})", like.strip())
    separator, end = (match.group(1), match.group(2)) if match else ("/", "00")
    following = start + 1 if len(end) == 4 else f"{(start + 1) % 100:02d}"
    return f"{start}{separator}{following}"


def _ordinal_suffix(day: int) -> str:
    return "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def keep_case(new: str, old: str) -> str:
    """``new`` with a capital first letter where ``old`` had one (a sentence's first word)."""
    if old[:1].isupper() and new[:1].islower():
        return new[:1].upper() + new[1:]
    return new


def rewrite(phrase: PeriodPhrase, period: Period) -> str:
    """``period`` in the words ``phrase`` used: "April to June 2026" with
    2026-Q3 gives "July to September 2026"; "Q2 2023/24" with 2023-Q4 gives
    "Q3 2023/24". When the style cannot say ``period`` (a year written as
    "in 2022" moved to a rolling year), the period's own label is used."""
    style, old = phrase.style, phrase.text
    first, last = period.start, period.end
    if style == "relative":
        return old
    if style == "numbered_quarter":
        return f"{old[:-1]}{period.financial_quarter}" if period.kind == QUARTER else period.label()
    if style.startswith("welsh_") and (welsh := welsh_rewrite(style, old, period)) is not None:
        return welsh
    if style in ("months", "between"):
        pattern = dict(PATTERNS)[style]
        match = pattern.fullmatch(old)
        if match:
            m1, m2 = month_like(first.month, match.group("m1")), month_like(last.month, match.group("m2"))
            y1 = f" {first.year}" if match.group("y1") or first.year != last.year else ""
            if style == "between":
                lead = old[:old.lower().index("between") + len("between")]
                return f"{lead} {m1}{y1} and {m2} {last.year}"
            joiner = match.group("joiner")
            return keep_case(f"{m1}{y1}{joiner}{m2} {last.year}", old)
    if style == "short_months":
        match = dict(PATTERNS)[style].fullmatch(old)
        if match:  # "Oct-Dec 25" a quarter on is "Jan-Mar 26"
            m1, m2 = month_like(first.month, match.group("m1")), month_like(last.month, match.group("m2"))
            return f"{m1}{match.group('joiner')}{m2} {match.group('apostrophe') or ''}{last.year % 100:02d}"
    if style in ("year_ending", "quarter_ending"):
        pattern = dict(PATTERNS)[style]
        match = pattern.fullmatch(old)
        wanted = "quarter" if period.kind == QUARTER else "year"
        span_word = "quarter" if style == "quarter_ending" else "year"
        if match and wanted == span_word:
            if match.group("d"):  # "31 March 2026" a quarter on is "30 June 2026", "31st" "30th"
                day = f"{last.day}{_ordinal_suffix(last.day)}" if match.group("suffix") else str(last.day)
                after_day = match.end("suffix") if match.group("suffix") else match.end("d")
                return (f"{old[:match.start('d')]}{day}{old[after_day:match.start('m')]}"
                        f"{month_like(last.month, match.group('m'))} {last.year}")
            head = old[:match.start("m")]
            return f"{head}{month_like(last.month, match.group('m'))} {last.year}"
    if style == "short_year_ending" and period.months_long == 12:
        match = dict(PATTERNS)[style].fullmatch(old)
        if match:
            year = str(last.year) if len(match.group("y")) == 4 else f"{last.year % 100:02d}"
            month = month_like(last.month, match.group("m"))
            return f"{old[:match.start('m')]}{month}{old[match.end('m'):match.start('y')]}{year}"
    if style == "ordinal_quarter" and period.kind == QUARTER:
        match = dict(PATTERNS)[style].fullmatch(old)
        if match:
            fiscal = _financial_start(match.group("fy")) is not None
            if fiscal:
                number = (period.quarter - 2) % 4 + 1
                start = period.year - (period.quarter == 1)
                year_text = _financial_text(start, match.group("fy"))
            else:
                number, year_text = period.quarter, str(period.year)
            ordinal, middle = quarter_ordinal_words(number, match.group("ord"), old[match.end("ord"):match.start("fy")])
            return f"{old[:match.start('ord')]}{ordinal}{middle}{year_text}"
    if style == "financial_quarter" and period.kind == QUARTER:
        match = dict(PATTERNS)[style].fullmatch(old)
        if match:
            number = (period.quarter - 2) % 4 + 1
            start = period.year - (period.quarter == 1)
            return (f"{old[:match.start('n')]}{number}{old[match.end('n'):match.start('fy')]}"
                    f"{_financial_text(start, match.group('fy'))}")
    if style == "calendar_quarter" and period.kind == QUARTER:
        match = dict(PATTERNS)[style].fullmatch(old)
        if match:  # "Quarter 2 of 2026" stays in its words: "Quarter 3 of 2026"
            return f"{old[:match.start('n')]}{period.quarter}{old[match.end('n'):match.start('y')]}{period.year}"
    if style == "year_quarter" and period.kind == QUARTER:
        match = dict(PATTERNS)[style].fullmatch(old)
        if match:  # "2025 Q4" a quarter on is "2026 Q1"
            return f"{period.year}{old[match.end('y'):match.start('n')]}{period.quarter}"
        return f"Q{period.quarter} {period.year}"
    if style == "financial" and period.kind == FINANCIAL:
        return _financial_text(period.year, old)
    if style == "fy_short" and period.kind == FINANCIAL:
        match = dict(PATTERNS)[style].fullmatch(old)
        if match:
            return f"{old[:match.start('s')]}{period.year % 100:02d}{match.group('sep')}{(period.year + 1) % 100:02d}"
    if style == "year" and period.kind == YEAR:
        return str(period.year)
    return period.label()
