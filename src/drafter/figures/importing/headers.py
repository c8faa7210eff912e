"""Reading a wide table's column titles: which measure, which period, what rate.

"Homicides 2022/23" is homicides for 2022/23; "Firearms offences per 100,000
population" is a rate; "Year ending March 2023" names only a period; "Rate
per 100,000" under a grouped heading "Knife or sharp instrument offences" is
that measure's rate. A title's period may be a financial year (2022/23,
2022-23), a calendar year, a quarter (2023-Q2, Q2 2023), or a year ending
a month ("year ending March 2023", "12 months to June 2023", YE2023-06).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.errors import BadPeriod
from drafter.figures.importing.mapping import Mapping, normalise_title
from drafter.figures.periods import MONTHS, Period

_MONTH = {name.lower(): number for number, name in enumerate(MONTHS, 1)}
_MONTH.update({name.lower()[:3]: number for number, name in enumerate(MONTHS, 1)})
_MONTH["sept"] = 9
_MONTH_WORD = "|".join(sorted(_MONTH, key=len, reverse=True))

_RATE = re.compile(
    r"\b(?:rate\s+)?per\s+(1,000|1000|thousand|100,000|100000|100k|million|1,000,000|1000000)"
    r"(?:\s+(?:of\s+the\s+)?(?:population|people|residents|persons|pop\.?|head\s+of\s+population))?\b")
_RATE_BASE = {"1,000": 1000, "1000": 1000, "thousand": 1000, "100,000": 100_000, "100000": 100_000,
              "100k": 100_000, "million": 1_000_000, "1,000,000": 1_000_000, "1000000": 1_000_000}
_PERIODS = (
    ("ending", re.compile(rf"\b(?:(?:the\s+)?(?:12|twelve)\s+months?|year|fy)\s+(?:ending|to|ended)\s+"
                          rf"({_MONTH_WORD})\.?\s+(\d{{4}})\b")),
    ("ye", re.compile(r"\bye\s*(\d{4})\s*-\s*(\d{1,2})\b")),
    ("financial", re.compile(r"\b((?:19|20)\d{2})\s*[/\-–]\s*(\d{2}|(?:19|20)\d{2})\b")),
    ("quarter", re.compile(r"\b((?:19|20)\d{2})\s*-?\s*q([1-4])\b")),
    ("quarter_first", re.compile(r"\bq([1-4])\s+((?:19|20)\d{2})\b")),
    ("year", re.compile(r"\b((?:19|20)\d{2})\b")),
)
# Words that say a column holds values without saying of what.
_VALUE_WORDS = re.compile(r"^(?:(?:number|no\.?|count|total|value|figure|figures|recorded|"
                          r"offences|crimes|rate|of|the|number of offences|recorded crime)\s*)*$")
_FILLER = re.compile(r"\b(?:number of|no\. of|total|recorded|count|rate|\(number\)|\(count\))\b|[()]")


@dataclass(frozen=True)
class Title:
    """What a column's title (or a group heading) says."""

    text: str
    measure: str | None = None
    period: Period | None = None
    per: int | None = None
    values_only: bool = False  # "Number", "Rate per 100,000", "2022/23": values of an unnamed measure


def read_title(text: object, mapping: Mapping) -> Title:
    raw = "" if text is None else str(text).strip()
    title = normalise_title(raw)
    if not title:
        return Title(raw, values_only=True)
    own = mapping.columns.get(title)
    if own is not None:
        return Title(raw, own.measure, own.period, own.per)
    rest, per = _take_rate(title)
    rest, period = take_period(rest)
    rest = " ".join(rest.replace(",", " ").split()).strip(" -:")
    measure = mapping.titles.get(rest) or mapping.titles.get(" ".join(_FILLER.sub(" ", rest).split()))
    return Title(raw, measure, period, per, values_only=measure is None and bool(_VALUE_WORDS.match(rest)))


def _take_rate(title: str) -> tuple[str, int | None]:
    match = _RATE.search(title)
    if not match:
        return title, None
    return title[:match.start()] + " " + title[match.end():], _RATE_BASE[match.group(1)]


def take_period(text: str) -> tuple[str, Period | None]:
    """``text`` without the first period it names, and that period (or None)."""
    rest, period, _ = _take(text)
    return rest, period


def _take(text: str) -> tuple[str, Period | None, str | None]:
    lowered = text.lower()
    for kind, pattern in _PERIODS:
        match = pattern.search(lowered)
        if not match:
            continue
        period = _period(kind, match.groups())
        if period is not None:
            return text[:match.start()] + " " + text[match.end():], period, kind
    return text, None, None


def _period(kind: str, groups: tuple) -> Period | None:
    try:
        if kind == "ending":
            return Period.parse(f"YE{groups[1]}-{_MONTH[groups[0]]:02d}")
        if kind == "ye":
            return Period.parse(f"YE{groups[0]}-{int(groups[1]):02d}")
        if kind == "financial":
            return Period.parse(f"{groups[0]}/{groups[1]}")
        if kind == "quarter":
            return Period.parse(f"{groups[0]}-Q{groups[1]}")
        if kind == "quarter_first":
            return Period.parse(f"{groups[1]}-Q{groups[0]}")
        return Period.parse(groups[0])
    except BadPeriod:
        return None


def title_period(lines: list[str]) -> Period | None:
    """The one period a sheet's title and note lines name, or None when they
    name none, or more than one. A bare year counts only when nothing more
    precise is named: "year ending March 2023, published April 2023" is 2022/23."""
    precise, years = set(), set()
    for line in lines:
        rest = normalise_title(line)
        for _ in range(4):
            rest, period, kind = _take(rest)
            if period is None:
                break
            (years if kind == "year" else precise).add(period)
    found = precise or years
    return found.pop() if len(found) == 1 else None
