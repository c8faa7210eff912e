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

from drafter.figures.importing.mapping import Mapping, normalise_title
from drafter.figures.period_text import take_title_period
from drafter.figures.periods import Period

_RATE = re.compile(
    r"\b(?:rate\s+)?per\s+(1,000|1000|thousand|100,000|100000|100k|million|1,000,000|1000000)"
    r"(?:\s+(?:of\s+the\s+)?(?:population|people|residents|persons|pop\.?|head\s+of\s+population))?\b")
_RATE_BASE = {"1,000": 1000, "1000": 1000, "thousand": 1000, "100,000": 100_000, "100000": 100_000,
              "100k": 100_000, "million": 1_000_000, "1,000,000": 1_000_000, "1000000": 1_000_000}
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
    rest, period, _ = take_title_period(rest)
    rest = " ".join(rest.replace(",", " ").split()).strip(" -:")
    measure = mapping.titles.get(rest) or mapping.titles.get(" ".join(_FILLER.sub(" ", rest).split()))
    return Title(raw, measure, period, per, values_only=measure is None and bool(_VALUE_WORDS.match(rest)))


def _take_rate(title: str) -> tuple[str, int | None]:
    match = _RATE.search(title)
    if not match:
        return title, None
    return title[:match.start()] + " " + title[match.end():], _RATE_BASE[match.group(1)]


def title_period(lines: list[str]) -> Period | None:
    """The one period a sheet's title and note lines name, or None when they
    name none, or more than one. A bare year counts only when nothing more
    precise is named: "year ending March 2023, published April 2023" is 2022/23."""
    precise, years = set(), set()
    for line in lines:
        rest = normalise_title(line)
        for _ in range(4):
            rest, period, kind = take_title_period(rest)
            if period is None:
                break
            (years if kind == "year" else precise).add(period)
    found = precise or years
    return found.pop() if len(found) == 1 else None
