"""Every value derived from figures: the only arithmetic drafter does on them.

Fill writes these values into sentences, review checks the numbers a
statement quotes against them, and roll forward recomputes them for the next
period, all by calling the functions here on one :class:`~drafter.figures.figureset.FigureSet`,
so a sentence drafter writes can never be disputed by its own review.

* a **rate** per million, per 100,000 or per 1,000 population (the population
  by the one rule in :mod:`drafter.figures.figureset`);
* a **change** on the same period a year earlier (or any earlier period):
  in per cent for counts, in percentage points for measures that are
  percentages themselves;
* a **share** of a larger measure, or of a total of several;
* a **total** (sum) of measures, such as fraud and cyber crime reports together, or of a
  measure's two quarters of half a year;
* an **average** of the same period over several years ("the three-year
  average"), and a figure's change on it;
* a **difference** between two measures of the same period (satisfaction of
  victims of domestic abuse against victims overall, in points);
* **national comparisons** (:mod:`drafter.figures.national`, built on the
  functions here and part of this one home): a force's **rank** among the 43
  forces or in its region, the **national** (England and Wales) figure or
  rate, and the **gap** to it.

Values are exact Decimals; each :class:`Derived` carries the figures it used
(provenance) and says how it was worked out. A missing figure raises
:class:`~drafter.errors.MissingFigure` naming it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Iterable

from drafter.errors import MissingFigure
from drafter.figures.exact import to_decimal
from drafter.figures.figureset import FigureSet, is_percentage, is_published_rate
from drafter.figures.model import POPULATION, Figure
from drafter.figures.periods import Period

if TYPE_CHECKING:
    from drafter.figures.national import Gap, Standing

PER_MILLION = 1_000_000
PER_100K = 100_000
PER_THOUSAND = 1_000
RATE_BASES = (PER_MILLION, PER_100K, PER_THOUSAND)

FIGURE, RATE, CHANGE, POINTS, SHARE, TOTAL, DIFFERENCE, AVERAGE = (
    "figure", "rate", "change", "points", "share", "total", "difference", "average")
RANK, NATIONAL, GAP, RATIO = "rank", "national", "gap", "ratio"  # see drafter.figures.national


# -- plain arithmetic -------------------------------------------------------------------
def percent_change(current, previous) -> Decimal | None:
    """Exact percentage change from ``previous`` to ``current``; None when the
    previous value is zero or negative (no meaningful percentage)."""
    now, before = to_decimal(current), to_decimal(previous)
    if before <= 0:
        return None
    return (now - before) / before * 100


def rate_of(count, population, per: int = PER_MILLION) -> Decimal:
    """``count`` per ``per`` people, exactly: rate_of(45, 2_920_000) ≈ 15.41."""
    people = to_decimal(population)
    if people <= 0:
        raise ValueError("population must be positive")
    return to_decimal(count) * per / people


def share_of(part, total) -> Decimal:
    """``part`` as a percentage of ``total``, exactly."""
    whole = to_decimal(total)
    if whole == 0:
        raise ValueError("total must not be zero")
    return to_decimal(part) * 100 / whole


def per_phrase(per: int) -> str:
    """``per million``, ``per 100,000``, ``per 1,000``."""
    return {PER_MILLION: "per million", 1_000_000_000: "per billion"}.get(int(per), f"per {int(per):,}")


def shown(value) -> str:
    """A value in a derivation: whole numbers with separators, else two decimals."""
    number = to_decimal(value)
    if number == number.to_integral_value():
        return f"{number:,.0f}"
    return f"{number:,.2f}"


def rate_shown(value) -> str:
    """A rate as statements quote it: one decimal, two below 1 ("0.45 per 100,000")."""
    number = float(value)
    return f"{number:.1f}" if number >= 1 else f"{number:.2f}"


# -- derived values ----------------------------------------------------------------------
@dataclass(frozen=True)
class Derived:
    """A value worked out from figures.

    ``kind`` is ``figure``, ``rate``, ``change`` (per cent), ``points``
    (change in percentage points), ``share``, ``total``, ``difference``, or
    one of the national comparisons: ``rank`` (``value`` the position, 1 =
    first, ``comparison`` the whole ranking), ``national`` (the England and
    Wales figure or rate), ``gap`` (an area's value less the national one,
    ``comparison`` the two values as written and which side of it the area is)
    and ``ratio`` (an area's rate over the national rate: "2.6 times");
    ``measure`` the measure it is about (for a share, the part; for a total,
    the measures joined by " + "); ``period`` the period it is for and
    ``against`` the earlier period a change compares with.
    """

    kind: str
    value: Decimal
    measure: str
    area: str
    period: Period
    figures: tuple[Figure, ...]
    derivation: str
    per: int | None = None
    against: Period | None = None
    percentage: bool = False  # written with a % sign (shares, changes, percentage measures)
    comparison: "Standing | Gap | None" = field(default=None, compare=False)
    whole: str | None = None  # a ratio's: what it is to, when not England and Wales ("Wales")

    @property
    def standing(self) -> "Standing | None":
        """A rank's whole ranking (None for other kinds)."""
        return self.comparison if self.kind == RANK else None

    @property
    def sources(self) -> str:
        seen: list[str] = []
        for figure in self.figures:
            if figure.source and figure.source not in seen:
                seen.append(figure.source)
        return "; ".join(seen)

    def provenance(self) -> list[dict]:
        return [figure.provenance() for figure in self.figures]


@dataclass(frozen=True)
class Change:
    """A figure against an earlier one (by default the same period a year earlier).

    ``absolute`` is current minus previous; ``percent`` the percentage change
    (None when the earlier value is zero or negative). For measures that are
    themselves percentages ``points`` is the difference in percentage points,
    which is what a sentence should report.
    """

    current: Figure
    previous: Figure
    absolute: Decimal
    percent: Decimal | None

    @property
    def figures(self) -> list[Figure]:
        return [self.current, self.previous]

    @property
    def unit(self) -> str | None:
        return self.current.unit

    @property
    def in_points(self) -> bool:
        return is_percentage(self.current)

    @property
    def points(self) -> Decimal:
        return self.absolute

    @property
    def direction(self) -> str:
        """``increase``, ``decrease`` or ``same``."""
        return "increase" if self.absolute > 0 else "decrease" if self.absolute < 0 else "same"

    def as_derived(self) -> Derived | None:
        """The change as a reader sees it: points for a percentage measure, else per cent."""
        current, previous = self.current, self.previous
        period, against = Period.parse(current.period), Period.parse(previous.period)
        if self.in_points:
            return Derived(POINTS, self.absolute, current.measure, current.area, period,
                           (current, previous),
                           f"{current.measure}, {previous.period} → {current.period}: "
                           f"{shown(previous.value)} → {shown(current.value)} = "
                           f"{self.absolute:+.2f} percentage points", against=against)
        if self.percent is None:
            return None
        return Derived(CHANGE, self.percent, current.measure, current.area, period, (current, previous),
                       f"{current.measure}, {previous.period} → {current.period}: "
                       f"{shown(previous.value)} → {shown(current.value)} = {self.percent:+.2f}%",
                       against=against, percentage=True)

    def to_dict(self) -> dict:
        return {"absolute": float(self.absolute),
                "percent": None if self.percent is None else float(self.percent),
                "direction": self.direction,
                "figures": [f.provenance() for f in self.figures]}


def figure(figures: FigureSet, measure: str, area: str, period) -> Derived:
    """The stored figure itself, as a Derived (so every value has one shape)."""
    found = figures.require(measure, area, period)
    return Derived(FIGURE, found.exact, found.measure, found.area, Period.parse(found.period),
                   (found,), f"{found.measure}, {found.period} = {shown(found.value)}",
                   percentage=is_percentage(found))


def rate(figures: FigureSet, measure: str, area: str, period, per: int = PER_MILLION) -> Derived:
    """``measure`` per ``per`` population. MissingFigure for the count or the population."""
    period = Period.parse(period)
    count = figures.require(measure, area, period)
    population = figures.population(area, period)
    if population is None or population.value <= 0:
        raise MissingFigure(POPULATION, count.area, str(period))
    value = rate_of(count.value, population.value, int(per))
    return Derived(RATE, value, count.measure, count.area, period, (count, population),
                   f"{count.measure} {per_phrase(per)} population, {period}: {shown(count.value)} / "
                   f"{shown(population.value)} ({population.period}) × {int(per):,} = {value:.2f}",
                   per=int(per))


def change(figures: FigureSet, measure: str, area: str, period, against=None) -> Change:
    """``measure`` in ``period`` against ``against`` (default: a year earlier)."""
    period = Period.parse(period)
    earlier = Period.parse(against) if against is not None else period.previous_year()
    current = figures.require(measure, area, period)
    previous = figures.require(measure, area, earlier)
    return Change(current, previous, current.exact - previous.exact,
                  percent_change(current.exact, previous.exact))


def total(figures: FigureSet, measures: Iterable[str], area: str, period) -> Derived:
    """The sum of ``measures`` (fraud and cyber crime reports together)."""
    parts = [figures.require(m, area, period) for m in measures]
    value = sum((p.exact for p in parts), Decimal(0))
    names = " + ".join(p.measure for p in parts)
    return Derived(TOTAL, value, names, parts[0].area, Period.parse(period), tuple(parts),
                   f"{names}, {period}: {' + '.join(shown(p.value) for p in parts)} = {shown(value)}")


def year_to_date_total(figures: FigureSet, measure: str, area: str, period) -> Derived:
    """``measure`` over the financial year so far, its quarters up to ``period`` added up
    ("514 drug seizures so far in 2026/27"). Dated by ``period``."""
    return half_year_total(figures, measure, area, Period.parse(period).year_to_date())


def half_year_total(figures: FigureSet, measure: str, area: str, quarters: "tuple[Period, ...]") -> Derived:
    """``measure`` over half a year, its two quarters added up: no figure is stored for half a
    year ("8 homicides in Quarters 1 and 2 of 2026/27"); or over the quarters of a year so far.
    Dated by the last of ``quarters``."""
    parts = [figures.require(measure, area, quarter) for quarter in quarters]
    value = sum((p.exact for p in parts), Decimal(0))
    return Derived(TOTAL, value, parts[0].measure, parts[0].area, Period.parse(quarters[-1]), tuple(parts),
                   f"{parts[0].measure}, {' + '.join(p.period for p in parts)}: "
                   f"{' + '.join(shown(p.value) for p in parts)} = {shown(value)}")


def average_of_years(figures: FigureSet, measure: str, area: str, period, years: int,
                     including: bool = False) -> Derived:
    """``measure``'s mean over the same period of ``years`` years: the years before ``period``
    (the average a period is set against, "9.8% below the three-year average"), or with
    ``including`` the years to and including it. Dated ``period``."""
    period = Period.parse(period)
    back = range(0, years) if including else range(1, years + 1)
    periods = [period.shifted(-12 * step) for step in reversed(back)]
    parts = [figures.require(measure, area, earlier) for earlier in periods]
    value = sum((p.exact for p in parts), Decimal(0)) / len(parts)
    return Derived(AVERAGE, value, parts[0].measure, parts[0].area, period, tuple(parts),
                   f"{parts[0].measure}, the mean of {', '.join(p.period for p in parts)}: "
                   f"({' + '.join(shown(p.value) for p in parts)}) / {len(parts)} = {value:,.2f}",
                   percentage=is_percentage(parts[0]))


def change_on_average(figures: FigureSet, measure: str, area: str, period, years: int,
                      including: bool = False) -> Derived:
    """``measure``'s figure for ``period`` against :func:`average_of_years`: in per cent for a
    count, in percentage points for a percentage; ValueError for an average of none."""
    average = average_of_years(figures, measure, area, period, years, including)
    now = figures.require(measure, area, average.period)
    if is_percentage(now):
        moved, kind, unit = now.exact - average.value, POINTS, " points"
    else:
        moved, kind, unit = percent_change(now.exact, average.value), CHANGE, "%"
        if moved is None:
            raise ValueError(f"the {years}-year average of {now.measure} to set {now.period} against is none, "
                             "so no change in per cent can be worked out on it")
    return Derived(kind, moved, now.measure, now.area, average.period, (now, *average.figures),
                   f"{now.measure}, {now.period} against {average.derivation.split(', ', 1)[1].split(':')[0]} "
                   f"({average.value:,.2f}): {moved:+.2f}{unit}", percentage=True)


def share(figures: FigureSet, part: str, whole: "str | Iterable[str]", area: str, period) -> Derived:
    """``part`` as a percentage of ``whole``: a measure (robbery of neighbourhood
    crime) or several measures added up (cyber crime of fraud and cyber crime)."""
    part_figure = figures.require(part, area, period)
    if isinstance(whole, str):
        whole_figure = figures.require(whole, area, period)
        whole_value, whole_name, used = whole_figure.exact, whole_figure.measure, (whole_figure,)
    else:
        added = total(figures, whole, area, period)
        whole_value, whole_name, used = added.value, added.measure, added.figures
    if whole_value == 0:
        raise MissingFigure(whole_name, part_figure.area, str(period))
    value = share_of(part_figure.value, whole_value)
    return Derived(SHARE, value, part_figure.measure, part_figure.area, Period.parse(period),
                   (part_figure, *[f for f in used if f is not part_figure]),
                   f"{part_figure.measure} as a share of {whole_name}, {period}: "
                   f"{shown(part_figure.value)} / {shown(whole_value)} = {value:.2f}%", percentage=True)


def difference(figures: FigureSet, first: str, second: str, area: str, period) -> Derived:
    """``first`` minus ``second`` in the same period (in points when both are percentages)."""
    a = figures.require(first, area, period)
    b = figures.require(second, area, period)
    value = a.exact - b.exact
    unit = " percentage points" if is_percentage(a) and is_percentage(b) else ""
    return Derived(DIFFERENCE, value, f"{a.measure} - {b.measure}", a.area, Period.parse(period), (a, b),
                   f"{a.measure} - {b.measure}, {period}: {shown(a.value)} - {shown(b.value)} = "
                   f"{value:+.2f}{unit}")


@dataclass
class Derivable:
    """Every value derivable for one area and period, for matching a quoted
    number against (review) or recomputing it (roll forward)."""

    values: list[Derived] = field(default_factory=list)

    def of_kind(self, *kinds: str) -> list[Derived]:
        return [d for d in self.values if d.kind in kinds]


def derivable(figures: FigureSet, area: str, period, measures: Iterable[str] | None = None) -> Derivable:
    """Figures, rates (per million, 100,000, 1,000) and year-on-year changes of
    every measure of ``area`` in ``period`` (limited to ``measures`` when given);
    a percentage or a published rate has no rate of its own."""
    period = Period.parse(period)
    wanted = set(measures) if measures is not None else None
    found = Derivable()
    for measure in figures.measures_in(area, period):
        if wanted is not None and measure not in wanted:
            continue
        stored = figures.get(measure, area, period)
        found.values.append(figure(figures, stored.measure, area, period))
        if stored.measure == POPULATION:
            continue
        if not (is_percentage(stored) or is_published_rate(stored)):
            for per in RATE_BASES:
                try:
                    found.values.append(rate(figures, stored.measure, area, period, per))
                except MissingFigure:
                    break
        try:
            moved = change(figures, stored.measure, area, period).as_derived()
        except MissingFigure:
            moved = None
        if moved is not None:
            found.values.append(moved)
    return found
