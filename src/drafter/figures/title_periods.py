"""Periods as spreadsheet column titles and title lines name them, more
tersely than sentences do ("Homicides 2022/23", "YE2023-06", "Q2 2023", "Apr
2022 to Mar 2023"): read for the figures import. Sentences' own wording is
:mod:`drafter.figures.period_text`'s.
"""

from __future__ import annotations

import calendar
import re

from drafter.errors import BadPeriod
from drafter.figures.period_patterns import MONTH_WORDS
from drafter.figures.period_text import MONTH_NUMBERS
from drafter.figures.periods import Period

# Titles are terser than prose ("Homicides 2022/23", "YE2023-06", "Q2 2023",
# "FY ending March 2023", "Apr 2022 to Mar 2023", "Jul to Sep 2023", "YE Sep
# 2025", "Rolling 12 months to Sep 2025") and are read lower-cased, one period at a time. A month or a date on its own
# ("Mar-23", "31/03/2024") is no period: it may end a quarter or a year;
# after "12 months to" or "quarter ending" it ends the period named.
_DAY = r"(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?"
# Two digits alone start a financial year only right after "FY" ("FY25/26"):
# "22/23" on its own may be a date or a count of counts.
_FINANCIAL_YEAR = r"((?:19|20)\d{2}|(?<=fy)\d{2}|(?<=fy )\d{2})\s*[/\-–]\s*(\d{2}|(?:19|20)\d{2})"
# Beside a quarter's number they do too: "Q4 25/26", "25/26 Q4".
_QUARTERS_YEAR = r"((?:19|20)\d{2}|\d{2})\s*[/\-–]\s*(\d{2}|(?:19|20)\d{2})"
_FY = r"(?:(?:fy|financial\s+year)\s*)?"
# A date after "12 months to" ends the period: day first, as England and Wales
# write it ("31/03/2024", "31.03.24"), or ISO ("2024-03-31").
_DATE = r"(?:(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})|(\d{4})-(\d{1,2})-(\d{1,2}))\b"
# "Rolling 12 months to September 2025", "12 months to the end of March 2024".
_ROLLING = r"(?:rolling\s+)?"
_END_OF = r"(?:(?:the\s+)?end\s+(?:of\s+)?)?"
_TITLE_PERIODS = (
    ("span", re.compile(rf"\b({MONTH_WORDS})\.?(?:\s+(\d{{4}}|\d{{2}}))?\s*(?:to|-|–|—)\s*({MONTH_WORDS})\.?\s+"
                        rf"(\d{{4}}|\d{{2}})\b")),
    ("ending", re.compile(rf"\b{_ROLLING}(?:(?:the\s+)?(?:12|twelve)\s+months?|year|fy)\s+(?:ending|to|ended)\s+"
                          rf"{_END_OF}{_DAY}({MONTH_WORDS})\.?\s*(?:[-/'’]\s*)?(\d{{4}}|\d{{2}})\b")),
    ("ye_month", re.compile(rf"\b{_ROLLING}(?:ye|r12m?)\s+(?:to\s+)?({MONTH_WORDS})\.?\s*(?:[-/'’]\s*)?(\d{{4}}|\d{{2}})\b")),
    ("quarter_ending", re.compile(rf"\b(?:quarter|(?:3|three)\s+months?)\s+(?:ending|to|ended)\s+"
                                  rf"{_DAY}({MONTH_WORDS})\.?\s+(\d{{4}})\b")),
    ("ending_date", re.compile(rf"\b{_ROLLING}(?:(?:the\s+)?(?:12|twelve)\s+months?|year|fy)\s+(?:ending|to|ended)\s+"
                               rf"{_END_OF}{_DATE}")),
    ("quarter_ending_date", re.compile(rf"\b(?:quarter|(?:3|three)\s+months?)\s+(?:ending|to|ended)\s+{_DATE}")),
    ("ye", re.compile(r"\bye\s*(\d{4})\s*-\s*(\d{1,2})\b")),
    ("date", re.compile(r"\b(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\b")),
    ("financial_quarter", re.compile(rf"\b(?:q|quarter\s*)([1-4])\s+(?:of\s+)?{_FY}{_QUARTERS_YEAR}\b")),
    ("financial_quarter_after", re.compile(rf"\b{_FY}{_QUARTERS_YEAR}\s*-?\s*q([1-4])\b")),
    ("financial", re.compile(rf"\b{_FY}{_FINANCIAL_YEAR}\b")),
    ("quarter", re.compile(r"\b((?:19|20)\d{2})\s*-?\s*q([1-4])\b")),
    ("quarter_first", re.compile(r"\bq([1-4])\s+((?:19|20)\d{2})\b")),
    ("month", re.compile(rf"\b(?:{MONTH_WORDS})\.?(?:\s*[-/'’]\s*|\s+)(?:(?:19|20)\d{{2}}|\d{{2}})\b")),
    ("year", re.compile(r"\b(?:calendar\s+year\s+|cy\s*|mid[\s-]?)?((?:19|20)\d{2})\b")),
)
# Months with no year of their own beside a period: "Q2 (Jul-Sep) 2025/26", "2023/24 (Apr-Mar)".
_MONTHS_APART = re.compile(rf"\(\s*({MONTH_WORDS})\.?\s*(?:to|-|–|—)\s*({MONTH_WORDS})\.?\s*\)"
                           rf"|\b({MONTH_WORDS})\.?\s*(?:to|-|–|—)\s*({MONTH_WORDS})\b(?!\.?\s*[-/'’]?\s*\d)")
# Words saying a column's figures are the year so far, not the period it names.
_TO_DATE = re.compile(rf"\b(?:f?ytd|(?:financial\s+|calendar\s+)?year[\s-]+to[\s-]+date|to[\s-]+date|"
                      rf"to\s+(?:the\s+)?end\s+(?:of\s+)?(?:{MONTH_WORDS}))\b")
# Words naming a part of the period: a quarter ("2025/26 Q1-Q2"), a half ("H1 2025/26").
_PART_NAMED = re.compile(r"\b(?:(?:q|quarters?\s*)[1-4]|(?:first|second)\s+half(?:\s+of)?|half[\s-]+year|h[12])\b")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)")
UNREAD_KINDS = frozenset({"month", "date", "unread", "to_date", "part"})
"""What :func:`take_title_period` calls a title's period it cannot read."""
PART_KINDS = frozenset({"to_date", "part"})
"""Of those, a period the title's figures cover only part of ("2025/26 YTD")."""


def take_title_period(text: str) -> tuple[str, Period | None, str | None]:
    """``text`` without the first period a column title names, that period,
    and its kind (``year`` for a bare year). Something shaped like a period
    that is none ("Mar 2023 to Apr 2022", "year ending April 2023", "Mar-23")
    is taken out with no period and a kind in UNREAD_KINDS (``month``,
    ``date`` or ``unread``), so its years are not read as a year either; so is
    a period whose figures the title says are only part of it (``to_date``,
    ``part``: "2025/26 YTD", "2025/26 (Apr-Sep)"), with the words saying so. The
    text is unchanged, with None and None, when it names nothing like a period."""
    lowered = text.lower()
    # Months named apart from the period, "Q2 (Jul-Sep) 2025/26", are set aside to be checked against it.
    months = _MONTHS_APART.search(lowered)
    if months:
        lowered = lowered[:months.start()] + " " * (months.end() - months.start()) + lowered[months.end():]
    for kind, pattern in _TITLE_PERIODS:
        match = pattern.search(lowered)
        if not match:
            continue
        if kind in ("month", "date"):
            return _without(text, match, months), None, kind
        period = _title_period(kind, match.groups())
        if period is None:
            return _without_part_words(_without(text, match, months)), None, "unread"
        return _whole_or_part(text, match, months, period, kind)
    return text, None, None


def _without(text: str, *spans) -> str:
    """``text`` with the matched spans taken out (each leaves a space), and brackets left empty."""
    for span in sorted((span for span in spans if span is not None), key=lambda found: -found.start()):
        text = text[:span.start()] + " " + text[span.end():]
    return _EMPTY_BRACKETS.sub(" ", text)


def _whole_or_part(text: str, match, months, period: Period, kind: str) -> tuple[str, Period | None, str]:
    """The period a title names, or no period (kind ``to_date`` or ``part``)
    when its other words say the figures cover only part of it: a year to
    date ("2025/26 YTD", "financial year to date 2025/26", "to end of
    September"), a quarter or months within it ("Q2 (Jul-Sep) 2025/26"
    where no quarter pattern reads the two together, "2025/26 (Apr-Sep)").
    Months naming the whole period ("2023/24 (Apr-Mar)") are part of its name."""
    rest = _without(text, match, months)
    if _TO_DATE.search(rest.lower()):
        return _without_part_words(rest), None, "to_date"
    if months is not None:
        first, last = (MONTH_NUMBERS[name.lower()] for name in months.groups() if name)
        if (first, last) != (period.first_month, (period.first + period.months_long - 1) % 12 + 1):
            return _without_part_words(rest), None, "part"
    if _PART_NAMED.search(rest.lower()):
        return _without_part_words(rest), None, "part"
    return rest, period, kind


def _without_part_words(rest: str) -> str:
    """A title's words with those naming a part of its period taken out
    ("YTD", "Q1-Q2"), so what is left names its measure, or nothing."""
    for pattern in (_TO_DATE, _PART_NAMED):
        rest = _without(rest, *pattern.finditer(rest.lower()))
    return rest


def named_period(text: str) -> Period | None:
    """The period ``text`` names as the whole of it, as a column title would
    ("Q2 2026/27", "Jul to Sep 2023", "year ending March 2024"); None when it
    says anything more, or names none drafter reads ("Mar-23")."""
    rest, period, _ = take_title_period(text)
    return period if period is not None and not rest.strip(" ,.-:") else None


def _title_period(kind: str, groups: tuple) -> Period | None:
    try:
        if kind == "span":  # "Apr 2022 to Mar 2023", as ONS titles its columns; "Jul to Sep 2023"
            first_month, last_month = MONTH_NUMBERS[groups[0]], MONTH_NUMBERS[groups[2]]
            last_year = _full_year(groups[3])
            first_year = _full_year(groups[1]) if groups[1] else last_year - (first_month > last_month)
            first, last = first_year * 12 + first_month - 1, last_year * 12 + last_month - 1
            return Period.of_months(first // 12, first % 12 + 1, last - first + 1) if last >= first else None
        if kind in ("ending", "quarter_ending"):
            return _period_ending_on(kind, groups[0], MONTH_NUMBERS[groups[1]], _full_year(groups[2]))
        if kind == "ye_month":  # "YE Sep 2025", "Rolling 12 months to Sep 2025" written short
            return _period_ending_on("ending", None, MONTH_NUMBERS[groups[0]], _full_year(groups[1]))
        if kind in ("ending_date", "quarter_ending_date"):
            return _period_ending_on(kind.removesuffix("_date"), *_day_month_year(groups))
        if kind == "ye":
            return Period.parse(f"YE{groups[0]}-{int(groups[1]):02d}")
        if kind in ("financial_quarter", "financial_quarter_after"):
            number, start, end = (groups[0], *groups[1:]) if kind == "financial_quarter" else (groups[2], *groups[:2])
            year = Period.parse(f"{_full_year(start)}/{end}").year
            # Financial quarter 1 is April to June; quarter 4 is January to March of the next year.
            return Period.of_months(year + (number == "4"), (int(number) * 3 + 1) % 12 or 12, 3)
        if kind == "financial":
            return Period.parse(f"{_full_year(groups[0])}/{groups[1]}")
        if kind == "quarter":
            return Period.parse(f"{groups[0]}-Q{groups[1]}")
        if kind == "quarter_first":
            return Period.parse(f"{groups[1]}-Q{groups[0]}")
        return Period.parse(groups[0])
    except BadPeriod:
        return None


def _full_year(year: str) -> int:
    """A year as a title writes it, in full or by its last two digits ("Jul-Sep 25")."""
    return int(year) + (2000 if len(year) == 2 else 0)


def _day_month_year(groups: tuple) -> tuple[str, int, int]:
    day, month, year, iso_year, iso_month, iso_day = groups
    if iso_year:
        return iso_day, int(iso_month), int(iso_year)
    return day, int(month), int(year) + (2000 if len(year) == 2 else 0)


def _period_ending_on(kind: str, day: str | None, month: int, year: int) -> Period | None:
    if not 1 <= month <= 12:
        return None
    if day and int(day) != calendar.monthrange(year, month)[1]:
        return None  # "12 months to 15 March 2024" is no reporting period
    if kind == "quarter_ending":
        return Period.of_months(year, month - 2, 3) if month % 3 == 0 else None
    return Period.parse(f"YE{year}-{month:02d}")
