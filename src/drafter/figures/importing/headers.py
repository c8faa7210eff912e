"""Reading a wide table's column titles: which measure, which period, what rate.

"Homicides 2022/23" is homicides for 2022/23; "Firearms offences per 100,000
population" is a rate; "Year ending March 2023 (provisional)" names only a
period; "Rate per 100,000" under a grouped heading "Knife or sharp instrument
offences" is that measure's rate. A title's period may be a financial year
(2022/23, 2022-23, FY 2022/23), a calendar year, a quarter (2023-Q2, Q2 2023,
Apr to Jun 2023, or Q1 2023/24, a financial year's first quarter), or a year
ending a month ("year ending March 2023", "12 months to 31 March 2023",
YE2023-06).

A month or a date alone ("Mar-23", an Excel date cell 2024-03-31) is read
as no period: it may end a quarter, a financial year or a rolling year, and
a guess would store figures under the wrong one. Such a column is named as
naming no period drafter reads; ``--period`` does not settle it (it is for
columns whose titles name no period), a title that says the period, or the
column's period in a mapping, does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from drafter.figures.importing.mapping import Mapping, normalise_title
from drafter.figures.period_text import UNREAD_KINDS, take_title_period
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
# A note on a figure's standing, not on what it counts: "Year ending March 2024 (provisional)".
_STANDING_NOTE = re.compile(r"\((?:provisional|prov\.?|p|revised|r|final|estimated?|est\.?|unaudited|draft|"
                            r"updated)\)")
_MONTH_OR_DATE = "may end a quarter or a year"
_UNREAD_REASONS = {
    "month": f"a month {_MONTH_OR_DATE}",
    "date": f"a date {_MONTH_OR_DATE}",
    "unread": "drafter reads quarters and years",
}
_TITLE_HINT = ("title the column by its period (e.g. 'Jan to Mar 2024', 'Year ending March 2024') or give "
               "it in a --mapping file's [columns]")


@dataclass(frozen=True)
class Title:
    """What a column's title (or a group heading) says."""

    text: str
    measure: str | None = None
    period: Period | None = None
    per: int | None = None
    values_only: bool = False  # "Number", "Rate per 100,000", "2022/23": values of an unnamed measure
    unread: str | None = None  # why the period the title names is none drafter reads ("Mar-23")

    def unread_problem(self) -> str:
        """What a maintainer is told of a column whose title names no period drafter reads."""
        return f"{self.text!r} names no period drafter reads ({self.unread}): {_TITLE_HINT}"


def read_title(text: object, mapping: Mapping) -> Title:
    if isinstance(text, datetime):
        text = text.date()
    raw = "" if text is None else text.isoformat() if isinstance(text, date) else str(text).strip()
    title = normalise_title(raw)
    if not title:
        return Title(raw, values_only=True)
    own = mapping.columns.get(title)
    if own is not None:
        return Title(raw, own.measure, own.period, own.per)
    rest, per = _take_rate(_STANDING_NOTE.sub(" ", title))
    rest, period, kind = take_title_period(rest)
    rest = " ".join(rest.replace(",", " ").split()).strip(" -:")
    measure = mapping.titles.get(rest) or mapping.titles.get(" ".join(_FILLER.sub(" ", rest).split()))
    return Title(raw, measure, period, per, values_only=measure is None and bool(_VALUE_WORDS.match(rest)),
                 unread=_UNREAD_REASONS[kind] if kind in UNREAD_KINDS else None)


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
        rest = _STANDING_NOTE.sub(" ", normalise_title(line))
        for _ in range(4):
            rest, period, kind = take_title_period(rest)
            if period is None:
                break
            (years if kind == "year" else precise).add(period)
    found = precise or years
    return found.pop() if len(found) == 1 else None
