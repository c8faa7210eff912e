"""The values derived from stored figures: rates per population, changes on
a year earlier, shares. Computed on demand, never stored, so they cannot drift
from the figures they come from; each carries the figures it used, so a
sentence built on it can show its provenance. ``rate``, ``change`` and
``share`` raise :class:`~drafter.errors.MissingFigure` naming the first figure
that is not there; ``lookup`` returns None. The pure helpers (``rate_of``,
``share_of``, ``percent_change``) do the same arithmetic on plain numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from drafter.errors import MissingFigure
from drafter.figures.exact import PERCENT_UNITS, to_decimal
from drafter.figures.model import POPULATION, Figure, normalise_area, normalise_measure
from drafter.figures.periods import Period
from drafter.store import figures as figure_store

PER_MILLION = 1_000_000
PER_100K = 100_000


def _database(source):
    """Accept a workspace or a Database."""
    return getattr(source, "database", source)


def lookup(workspace, measure: str, area: str, period: "str | Period") -> Figure | None:
    """The stored figure for exactly this measure, area and period, or None."""
    row = figure_store.get(_database(workspace), normalise_measure(measure),
                           normalise_area(area), str(Period.parse(period)))
    return Figure.from_row(row) if row else None


def require(workspace, measure: str, area: str, period: "str | Period") -> Figure:
    """Like :func:`lookup` but raises MissingFigure when there is none."""
    figure = lookup(workspace, measure, area, period)
    if figure is None:
        raise MissingFigure(normalise_measure(measure), normalise_area(area), str(Period.parse(period)))
    return figure


def population_for(workspace, area: str, period: "str | Period") -> Figure | None:
    """The population to divide by for ``period``: the figure for that period,
    else the latest population whose period starts no later than it does
    (a 2022 estimate serves 2022-Q3 and 2022/23; a 2021 one serves 2022
    until 2022's is published)."""
    period = Period.parse(period)
    exact = lookup(workspace, POPULATION, area, period)
    if exact is not None:
        return exact
    row = figure_store.latest_at_or_before(_database(workspace), POPULATION, normalise_area(area),
                                           period.start.isoformat())
    return Figure.from_row(row) if row else None


def list_figures(workspace, *, area: str | None = None, period: str | None = None,
                 measure: str | None = None) -> list[Figure]:
    """Stored figures, optionally filtered, by area, measure and date order."""
    rows = figure_store.select(
        _database(workspace),
        area=normalise_area(area) if area else None,
        period=str(Period.parse(period)) if period else None,
        measure=normalise_measure(measure) if measure else None,
    )
    return [Figure.from_row(row) for row in rows]



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
    return {PER_MILLION: "per million", 1_000_000_000: "per billion"}.get(per, f"per {per:,}")


@dataclass(frozen=True)
class Rate:
    """``count`` per ``per`` of ``population`` (an exact Decimal in ``value``)."""

    value: Decimal
    per: int
    count: Figure
    population: Figure

    @property
    def figures(self) -> list[Figure]:
        return [self.count, self.population]

    def to_dict(self) -> dict:
        return {"value": float(self.value), "per": self.per,
                "figures": [f.provenance() for f in self.figures]}


@dataclass(frozen=True)
class Change:
    """A figure against the same period a year earlier.

    ``absolute`` is current minus previous; ``percent`` the percentage change
    (None when the earlier value is zero or negative). For measures that are
    themselves percentages (unit ``percent``) ``points`` is the difference in
    percentage points, which is what a sentence should report.
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
        return (self.unit or "").lower() in PERCENT_UNITS

    @property
    def points(self) -> Decimal:
        return self.absolute

    @property
    def direction(self) -> str:
        """``increase``, ``decrease`` or ``same``."""
        return "increase" if self.absolute > 0 else "decrease" if self.absolute < 0 else "same"

    def to_dict(self) -> dict:
        return {"absolute": float(self.absolute),
                "percent": None if self.percent is None else float(self.percent),
                "direction": self.direction,
                "figures": [f.provenance() for f in self.figures]}


@dataclass(frozen=True)
class Share:
    """``part`` as a percentage of ``total`` (``value``, an exact Decimal)."""

    value: Decimal
    part: Figure
    total: Figure

    @property
    def figures(self) -> list[Figure]:
        return [self.part, self.total]

    def to_dict(self) -> dict:
        return {"value": float(self.value), "figures": [f.provenance() for f in self.figures]}


def rate(workspace, measure: str, area: str, period: "str | Period", per: int = PER_MILLION) -> Rate:
    """``measure`` per ``per`` population for the area and period.

    The population is that of :func:`population_for`. Raises MissingFigure
    for the count or the population.
    """
    period = Period.parse(period)
    count = require(workspace, measure, area, period)
    population = population_for(workspace, area, period)
    if population is None:
        raise MissingFigure(POPULATION, normalise_area(area), str(period))
    if population.value <= 0:
        raise MissingFigure(POPULATION, population.area, population.period)
    return Rate(rate_of(count.value, population.value, per), per, count, population)


def change(workspace, measure: str, area: str, period: "str | Period") -> Change:
    """``measure`` in ``period`` against the same period a year earlier.

    Raises MissingFigure for either year.
    """
    period = Period.parse(period)
    current = require(workspace, measure, area, period)
    previous = require(workspace, measure, area, period.previous_year())
    return Change(current, previous, current.exact - previous.exact,
                  percent_change(current.exact, previous.exact))


def share(workspace, part: str, total: str, area: str, period: "str | Period") -> Share:
    """``part`` as a percentage of ``total`` (e.g. robbery_personal of
    neighbourhood_crime) for the area and period. Raises MissingFigure."""
    part_figure = require(workspace, part, area, period)
    total_figure = require(workspace, total, area, period)
    if total_figure.value == 0:
        raise MissingFigure(total_figure.measure, total_figure.area, total_figure.period)
    return Share(share_of(part_figure.value, total_figure.value), part_figure, total_figure)
