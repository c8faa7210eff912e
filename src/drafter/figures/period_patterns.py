"""The patterns by which sentences name periods, for :mod:`drafter.figures.period_text`
to read and write: month names, the table of styles (each with its regular
expression, longest readings first), relative phrases, bare numbered quarters, and
the words that make a year part of a name.
"""

from __future__ import annotations

import re
from datetime import date

from drafter.figures.welsh_period_text import WELSH_PATTERNS

# Month names as sentences write them, in full or abbreviated (month spans read them too).
MONTH_NUMBERS = {name: number for number, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec"),
), start=1) for name in names}
MONTH_WORDS = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
_MONTH_ABBREVIATIONS = "|".join(sorted((name for name in MONTH_NUMBERS if len(name) <= 4
                                        and name not in ("june", "july")), key=len, reverse=True))
_YEAR = r"(?:19|20)\d{2}"
# "Oct-Dec 25", "Jan–Mar '26": a two-digit year only after abbreviated months, as performance
# packs write them ("April to June 26 homicides" is a count), only a year statements on the national
# priorities can be about (from 2019 to two years ahead: "Jul-Sep 38 homicides", "Jul-Sep 12 arrests"
# are counts), and never before a figure's own digits.
_SHORT_YEARS = "|".join(f"{year:02d}" for year in range(19, date.today().year % 100 + 3))
SHORT_MONTHS = re.compile(
    rf"\b(?P<m1>{_MONTH_ABBREVIATIONS})\.?\s*(?P<joiner>\s(?:to|-|–|—)\s|[-–—])\s*"
    rf"(?P<m2>{_MONTH_ABBREVIATIONS})\.?\s+(?P<apostrophe>['’])?(?P<y2>{_SHORT_YEARS})\b(?![%]|[.,]\d)",
    re.IGNORECASE)
# The last day of the month a period ends with, as "the twelve months to 31 March 2026" names it.
_DAY = r"(?:(?P<d>\d{1,2})(?P<suffix>st|nd|rd|th)?\s+)?"
ORDINAL_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                  "fourth": 4, "4th": 4, "last": 4, "final": 4}

# Half a year, which no reporting period is ("the first half of 2026/27", "Quarters 1 and 2 of
# 2026/27", "Q3-Q4 2025/26", "H1 2026/27", "the six months to September 2026", "the same half of
# 2025/26"): taken as naming none, so its year is not read as the whole year.
_HALF_YEAR = (rf"\b(?:(?:the\s+)?(?:first|second|1st|2nd|same|last|latest)\s+half(?:[\s-]+year)?\s+(?:of\s+)?(?:the\s+)?"
              rf"(?:financial\s+year\s+|year\s+)?(?:{_YEAR}\s*[/\-–]\s*\d{{2,4}}|{_YEAR})"
              rf"|(?:Quarters|Qtrs?\.?|Q)\s*[1-4]\s*(?:and|&|to|-|–)\s*(?:Q\s*)?[1-4]\s+(?:of\s+)?(?:FY\s*)?"
              rf"(?:{_YEAR}\s*[/\-–]\s*\d{{2,4}}|{_YEAR})"
              rf"|H[12]\s+(?:FY\s*)?(?:{_YEAR}\s*[/\-–]\s*\d{{2,4}}|{_YEAR})"
              rf"|(?:six|6)\s+months\s+\(?(?:ending|ended|to)\s+{_DAY}(?:{MONTH_WORDS})\.?\s+{_YEAR})\b")

HALF_YEAR = re.compile(_HALF_YEAR, re.IGNORECASE)
# "YE Sep 26", "YE March 2026": a year named by its end as performance packs shorten it.
SHORT_YEAR_ENDING = re.compile(rf"\bYE\s*(?P<m>(?i:{MONTH_WORDS}))\.?\s*[-/'’]?\s*(?P<y>{_YEAR}|\d{{2}})\b")
HALF_YEAR_STYLE = "half_year"
"""The style of a phrase naming half a year, which resolves to no period."""

PATTERNS: list[tuple[str, re.Pattern]] = [
    ("half_year", HALF_YEAR),
    ("between", re.compile(
        rf"\bbetween\s+(?P<m1>{MONTH_WORDS})\.?(?:\s+(?P<y1>{_YEAR}))?\s+and\s+(?P<m2>{MONTH_WORDS})\.?\s+(?P<y2>{_YEAR})\b",
        re.IGNORECASE)),
    ("months", re.compile(
        rf"\b(?P<m1>{MONTH_WORDS})\.?(?:\s+(?P<y1>{_YEAR}))?\s*(?P<joiner>\s(?:to|until|-|–|—)\s|[-–—])\s*"
        rf"(?P<m2>{MONTH_WORDS})\.?\s+(?P<y2>{_YEAR})\b", re.IGNORECASE)),
    ("short_months", SHORT_MONTHS),
    ("year_ending", re.compile(
        rf"\b(?P<lead>year|(?:12|twelve)\s+months)\s+\(?(?P<verb>ending|ended|to)\s+(?:(?:the\s+)?end\s+of\s+)?"
        rf"{_DAY}(?P<m>{MONTH_WORDS})\.?\s+(?P<y>{_YEAR})\b", re.IGNORECASE)),
    ("short_year_ending", SHORT_YEAR_ENDING),
    ("quarter_ending", re.compile(
        rf"\b(?:quarter|(?:three|3)\s+months)\s+\(?(?P<verb>ending|ended|to)\s+{_DAY}(?P<m>{MONTH_WORDS})\.?\s+"
        rf"(?P<y>{_YEAR})\b", re.IGNORECASE)),
    ("ordinal_quarter", re.compile(
        rf"\b(?P<ord>(?:fourth|4th)\s+and\s+(?:final|last)|first|second|third|fourth|last|final|1st|2nd|3rd|4th)"
        rf"\s+(?:quarter|(?:three|3)\s+months)\s+(?:of\s+)?"
        rf"(?:(?P<fy_word>the\s+)?(?:financial\s+year\s+)?)?(?P<fy>{_YEAR}\s*[/\-–]\s*\d{{2,4}}|{_YEAR})\b",
        re.IGNORECASE)),
    ("financial_quarter", re.compile(
        rf"\b(?P<q>Q|Quarter\s+)(?P<n>[1-4])(?P<of>\s+of)?\s+(?:FY\s*)?(?P<fy>{_YEAR}\s*[/\-–]\s*\d{{2,4}})\b",
        re.IGNORECASE)),
    ("calendar_quarter", re.compile(
        rf"\b(?:Q|[Qq]uarter\s+)(?P<n>[1-4])(?:\s+of|,)?\s+(?P<y>{_YEAR})\b(?!\s*[/\-–]\s*\d)")),
    ("year_quarter", re.compile(rf"(?<![\w/£$,.*-])(?P<y>{_YEAR})(?:\s*-\s*|\s+)Q(?P<n>[1-4])\b")),
    ("financial", re.compile(rf"(?<=financial year )(?P<fy>{_YEAR})\s+to\s+(?P<end>{_YEAR})\b",  # as GOV.UK writes it
                             re.IGNORECASE)),
    # "FY25/26": two digits make a financial year only after "FY".
    ("fy_short", re.compile(r"\bFY\s?(?P<s>\d{2})(?P<sep>\s*[/\-–]\s*)(?P<e>\d{2})\b", re.IGNORECASE)),
    *WELSH_PATTERNS,  # before years alone: "rhwng Ebrill a Mehefin 2026" is one quarter
    ("financial", re.compile(
        rf"(?<![\w/£$.,-])(?P<fy>{_YEAR})(?P<sep>\s*[/\-–]\s*)(?P<end>\d{{4}}|\d{{2}})(?![\w/%]|[.,]\d)")),
    ("year", re.compile(rf"(?<![\w/£$,.*-])(?P<y>{_YEAR})(?![\w/%*]|[,.]\d|\s*[-–/]\s*\d)")),
]

RELATIVE = re.compile(
    r"\b(?:the\s+same\s+(?:quarter|period|month|months)\s+(?:a|one|the\s+previous|last|of\s+the\s+previous)\s+year"
    r"(?:\s+earlier)?|the\s+same\s+(?:quarter|period)\s+(?:in\s+|of\s+)?(?:the\s+)?previous\s+(?:financial\s+)?year"
    r"|the\s+same\s+(?:quarter|period)\s+last\s+year|the\s+(?:year|twelve\s+months)\s+(?:prior|before)"
    r"|the\s+previous\s+(?:financial\s+)?year|the\s+previous\s+twelve\s+months|the\s+prior\s+year"
    r"|a\s+year\s+(?:earlier|before|ago)|last\s+year|the\s+year\s+before)\b", re.IGNORECASE)
# The quarter before ("compared with 61 in the previous quarter"); "the last quarter" is as often
# the one just reported ("In the last quarter, 5 homicides were recorded"), so only "last quarter" bare.
QUARTER_BEFORE = re.compile(
    r"\b(?:the\s+(?:previous|preceding|prior)\s+quarter|(?<!\bthe\s)last\s+quarter|the\s+quarter\s+before)\b"
    r"(?!\s+of\b)", re.IGNORECASE)

# "Quarter 1", "Qtr 3" with no year: the statement it stands in says which (PeriodPhrase.resolve);
# "during the quarter 3 county lines were closed" counts 3.
NUMBERED_QUARTER = re.compile(r"(?<!\bthe\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\beach\s)(?<!\bevery\s)"
                              r"(?<!\ba\s)(?<!\bper\s)(?<!\blast\s)(?<!\bnext\s)(?<!\bone\s)"
                              r"\b(?:quarter\s*|qtr\.?\s*|Q)(?P<n>[1-4])(?![\w%]|[.,]\d)", re.IGNORECASE)

# A capitalised word before a year that makes the year part of a name.
NAME_WORDS = frozenset({"order", "act", "regulations", "regulation", "plan", "strategy", "bill",
                         "directive", "framework", "review", "report", "assessment", "survey",
                         "programme", "charter", "code", "guidance", "policy", "agreement"})
DETERMINERS = frozenset({"the", "this", "that", "its", "our", "their", "his", "her", "a", "an"})
