"""Reading a wide table's column titles: which measure, which period, what rate.

"Homicides 2022/23" is homicides for 2022/23; "Firearms offences per 100,000
population" is a rate; "Year ending March 2023 (provisional)" names only a
period; "Rate per 100,000" under a grouped heading "Knife or sharp instrument
offences" is that measure's rate. A title's period may be a financial year
(2022/23, 2022-23, FY 2022/23), a calendar year, a quarter (2023-Q2, Q2 2023,
Apr to Jun 2023, or Q1 2023/24, a financial year's first quarter), or a year
ending a month ("year ending March 2023", "12 months to 31 March 2023",
YE2023-06). "(%)", "%", "per cent" or "percentage" in a title makes the
column a percentage.

A title that names a period and other words naming no measure drafter knows
("Calls answered Jul to Sep 2023") is a column of one figure: the measure
given with the import is for it, as for a title naming only its period; one
whose words say it holds something worked out from the figures ("Change
2022/23", "Target 2023/24", "Rank 2023") is not.

The sheet's title (its first line above the table), or failing that the
sheet's name, gives the measure of columns naming none ("Number of offences",
"Rate per 100,000 population") when it names exactly one known measure:
"Table P4: Knife or sharp instrument offences by police force area". Its
other lines are notes, which name the population rates divide by and other
measures in passing, so they give a period at most.

A month or a date alone ("Mar-23", an Excel date cell 2024-03-31) is read
as no period: it may end a quarter, a financial year or a rolling year, and
a guess would store figures under the wrong one. Such a column is named as
naming no period drafter reads; ``--period`` does not settle it (it is for
columns whose titles name no period), a title that says the period, or the
column's period in a mapping, does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime

from drafter.figures.importing.mapping import Mapping, normalise_title
from drafter.figures.model import PERCENT, POPULATION
from drafter.figures.title_periods import PART_KINDS, UNREAD_KINDS, take_title_period
from drafter.figures.periods import Period

_RATE = re.compile(
    r"\b(?:rate\s+)?per\s+(1,000|1000|thousand|100,000|100000|100k|million|1,000,000|1000000)"
    r"(?:\s+(?:of\s+the\s+)?(?:population|people|residents|persons|pop\.?|head\s+of\s+population))?\b")
_RATE_BASE = {"1,000": 1000, "1000": 1000, "thousand": 1000, "100,000": 100_000, "100000": 100_000,
              "100k": 100_000, "million": 1_000_000, "1,000,000": 1_000_000, "1000000": 1_000_000}
# Words that say a column holds values without saying of what.
_VALUE_WORDS = re.compile(r"^(?:(?:number|no\.?|count|total|value|figure|figures|recorded|"
                          r"offences|crimes|rate|of|the|number of offences|recorded crime)\s*)*$")
_FILLER = re.compile(r"\b(?:number of|no\. of|proportion of|total|recorded|count|rate|\(number\)|\(count\))\b"
                     r"|^of\b|[()]")
_NUMBER_TOO = re.compile(r"\b(?:numbers?|counts?|volumes?)\b")
_COUNTED_NOUN = re.compile(r"\s+(?:offences|crimes|incidents)$")
# A bracketed note ending a title: "(police recorded crime)", "(Action Fraud)".
_SOURCE_NOTE = re.compile(r"\s*\(([^()]+)\)$")
# A note on a figure's standing, not on what it counts: "Year ending March 2024 (provisional)".
_STANDING_NOTE = re.compile(r"\((?:provisional|prov\.?|p|revised|r|final|estimated?|est\.?|unaudited|draft|"
                            r"updated)\)")
_PERCENTAGE = re.compile(r"\(\s*%\s*\)|%|\bper\s?cent\b|\bpercent(?:age)?s?\b|\bpct\b")
# Words saying a column holds something worked out from the figures, or set beside them, not a figure.
_NOT_A_FIGURE = re.compile(
    r"\b(?:change|changes|difference|diff|rank|ranking|ranked|position|compared|comparison|vs|versus|"
    r"against|increase|decrease|reduction|trend|target|baseline|average|mean|median|msg|interval|"
    r"confidence|ci|lower|upper|bound|margin|significance|significant|direction|forecast|projected|"
    r"projection)\b|[+±]")
# Words a year's column adds to say it is the whole year, beside the quarters: "Year end 2025/26"
# ("Mid-year population estimate 2025" is still population).
_WHOLE_YEAR = re.compile(r"(?<![\w-])(?:year[\s-]+end(?:ed)?|end\s+of\s+year|full[\s-]+year|whole\s+year|annual|"
                         r"year\s+total|yearly|year)\b")
_MONTH_OR_DATE = "may end a quarter or a year"
_UNREAD_REASONS = {
    "month": f"a month {_MONTH_OR_DATE}",
    "date": f"a date {_MONTH_OR_DATE}",
    "unread": "drafter reads quarters and years",
    "to_date": "a year to date is only part of the period it names",
    "part": "it names part of the period: a quarter, a half or months within it",
}
_NO_MEASURE_HINT = ("give it with --measure, add it to templates/figures-import.toml [column_titles], or map "
                    "the column in a --mapping file")
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
    unit: str | None = None  # a percentage, when the title says so
    unknown_measure: bool = False  # "Calls answered Jul to Sep 2023": a period, and words naming no known measure
    unmapped: "Title | None" = None  # what the title says by itself, when the file's mapping names the column
    bare_period: bool = False  # "Year ending March 2024": a period and nothing else

    @property
    def takes_measure_given(self) -> bool:
        """Whether ``--measure`` is this column's measure, when it names none drafter knows."""
        return self.values_only or self.unknown_measure

    def no_measure_problem(self) -> str:
        return f"{self.text!r} names no measure drafter knows: {_NO_MEASURE_HINT}"

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
    unit = PERCENT if _PERCENTAGE.search(title) else None
    own = mapping.columns.get(title)
    if own is not None:
        return Title(raw, own.measure, own.period, own.per, unit=unit,
                     unmapped=read_title(text, replace(mapping, columns={})))
    rest, per = _take_rate(_STANDING_NOTE.sub(" ", title))
    rest, period, kind = take_title_period(_PERCENTAGE.sub(" ", rest))
    if period is not None and period.months_long == 12:
        rest = _WHOLE_YEAR.sub(" ", rest)
    rest = " ".join(rest.replace(",", " ").split()).strip(" -:")
    plain = " ".join(_FILLER.sub(" ", rest).split())
    # "Knife crime offences", "Drug trafficking offences": a known title with the noun offices add.
    measure = mapping.titles.get(rest) or mapping.titles.get(plain) \
        or mapping.titles.get(_COUNTED_NOUN.sub("", plain)) or _by_its_own_name(plain, mapping) \
        or _before_source_note(rest, mapping)
    values_only = measure is None and bool(_VALUE_WORDS.match(rest))
    return Title(raw, measure, period, per, values_only=values_only,
                 unread=_UNREAD_REASONS[kind] if kind in UNREAD_KINDS else None, unit=unit,
                 unknown_measure=measure is None and not values_only and kind is not None
                 and _one_figure(rest), bare_period=not rest and period is not None)


def _before_source_note(words: str, mapping: Mapping) -> str | None:
    """The measure a title names before a bracketed note of where it comes from,
    "Homicides (police recorded crime)", "Fraud reports (Action Fraud)": the note
    names no measure of its own, so it is no part of what is counted."""
    note = _SOURCE_NOTE.search(words)
    if note is None or measures_named(note.group(1), mapping):
        return None
    rest = words[:note.start()].strip(" -:")
    return mapping.titles.get(rest) or mapping.titles.get(_COUNTED_NOUN.sub("", rest))


def _one_figure(words: str) -> bool:
    """Whether a title's words, its period taken out, may name one figure: not
    a comparison of two periods, nor a change, rank or target."""
    return not _NOT_A_FIGURE.search(words) and take_title_period(words)[2] is None


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


def title_part_period(lines: list[str]) -> tuple[int, str] | None:
    """The first of a sheet's title lines naming a period its figures cover
    only part of ("Homicides, financial year to date 2025/26", "Quarter 2 (Apr
    to Jun) 2025/26"), and why; None when none does. Its columns naming no
    period of their own hold that part, which is no period drafter stores."""
    for index, line in enumerate(lines):
        rest = _STANDING_NOTE.sub(" ", normalise_title(line))
        for _ in range(4):
            rest, period, kind = take_title_period(rest)
            if kind in PART_KINDS:
                return index, _UNREAD_REASONS[kind]
            if period is None:
                break
    return None


def sheet_period(title_lines: list[str], sheet_name: str | None) -> Period | None:
    """The period the sheet's title lines name, else the one its name does
    ("Year ending March 2024", "Knife crime 2023-24": a tab's name cannot hold "/")."""
    return title_period(title_lines) or (title_period([sheet_name]) if sheet_name else None)


def title_measure(title_lines: list[str], sheet_name: str | None, mapping: Mapping) -> str | None:
    """The measure the sheet's title (its first line) names, else the one its
    name does; None when the first to name any names more than one."""
    for text in (*title_lines[:1], sheet_name or ""):
        named = measures_named(text, mapping)
        if named:
            return named.pop() if len(named) == 1 else None
    return None


def title_rate(title_lines: list[str], sheet_name: str | None, mapping: Mapping) -> int | None:
    """The rate the line naming the sheet's measure says its figures are
    ("Table 2: Knife or sharp instrument offences per 100,000 population"),
    for columns titled by their period alone; None when it names none, or
    also a number ("number and rate per 100,000"), which leaves open which
    column is which."""
    for text in (*title_lines[:1], sheet_name or ""):
        if measures_named(text, mapping):
            line = normalise_title(text)
            if _NUMBER_TOO.search(line):
                return None
            return _take_rate(line)[1]
    return None


def measures_named(text: str, mapping: Mapping) -> set[str]:
    """The known measures a line of text names by their column titles, as
    whole words. A title inside a longer one naming another measure is part
    of that one ("victim satisfaction" in "domestic abuse victim
    satisfaction"); population named beside another measure is what its rate
    divides by, not the table's measure."""
    text = _RATE.sub(" ", normalise_title(text))
    found = [(match.start(), match.end(), measure) for alias, measure in mapping.titles.items()
             for match in re.finditer(rf"(?<!\w){re.escape(alias)}(?!\w)", text)]
    named = {measure for start, end, measure in found
             if not any(other != measure and outer_start <= start and end <= outer_end
                        and outer_end - outer_start > end - start
                        for outer_start, outer_end, other in found)}
    if len(named) > 1:
        named.discard(POPULATION)
    return named


def _by_its_own_name(title: str, mapping: Mapping) -> str | None:
    """"Knife offences": a measure's own name, spaces for its underscores."""
    named = "_".join(title.split())
    return named if named in mapping.titles.values() else None
