"""A set of figures held in memory, looked up by measure, area and period.

Fill, review and roll forward each load the figures they need once (one area,
or every area for national comparisons) and ask the same :class:`FigureSet`,
so they find the same figure for the same question. It holds the one rule
for a year that is not stored: a count for twelve months is the sum of its
four quarters when all four are stored (a calendar, financial or rolling
year alike; never a percentage, a rate or a population), its source saying
so. And it holds the one rule for which population a rate divides by:

    the population figure for the same period when one is stored; otherwise
    the most recent population whose period starts no later than the period
    starts (a 2021 estimate serves 2022-Q1 and 2022/23 until one for 2022 is
    loaded; a 2022/23 estimate, starting in April 2022, does not serve
    2022-Q1).
"""

from __future__ import annotations

from typing import Iterable

from drafter.errors import MissingFigure
from drafter.figures.exact import PERCENT_UNITS, is_count_unit
from drafter.figures.model import (
    POPULATION,
    Figure,
    normalise_area,
    normalise_measure,
    plain_number,
)
from drafter.figures.periods import Period


def is_percentage(figure: Figure) -> bool:
    """Whether the figure is itself a percentage (satisfaction rates): its
    changes are in percentage points, and it has no rate per population."""
    return (figure.unit or "").strip().lower() in PERCENT_UNITS


def is_published_rate(figure: Figure) -> bool:
    """Whether the figure is a rate as published ("per 100,000 population"):
    it has no rate per population of its own, and rates do not add up."""
    return (figure.unit or "").strip().lower().startswith("per ")


class FigureSet:
    """Figures looked up by (measure, area, period); areas match without regard to case."""

    def __init__(self, figures: Iterable[Figure] = ()):
        self.figures: list[Figure] = list(figures)
        self._by_key: dict[tuple[str, str, str], Figure] = {}
        self._spelling: dict[str, str] = {}
        self._by_area_period: dict[tuple[str, str], list[Figure]] = {}
        self._populations: dict[str, list[tuple[Period, Figure]]] = {}
        for figure in self.figures:
            area = figure.area.casefold()
            self._by_key.setdefault((figure.measure, area, figure.period), figure)
            self._spelling.setdefault(area, figure.area)
            self._by_area_period.setdefault((area, figure.period), []).append(figure)
            if figure.measure == POPULATION and figure.value > 0:
                self._populations.setdefault(area, []).append((Period.parse(figure.period), figure))
        for found in self._populations.values():
            found.sort(key=lambda pair: pair[0].sort_key())
        self._quarters: dict[tuple[str, str], dict[int, Figure]] = {}
        for figure in self.figures:
            period = Period.parse(figure.period)
            if period.months_long == 3 and figure.measure != POPULATION and is_count_unit(figure.unit):
                self._quarters.setdefault((figure.measure, figure.area.casefold()), {})[period.first] = figure
        self._sums: dict[tuple[str, str, str], Figure | None] = {}

    @classmethod
    def load(cls, workspace, areas: Iterable[str] | None = None,
             periods: "Iterable[Period | str] | None" = None) -> "FigureSet":
        """The workspace's figures for ``areas`` (every area when None), and
        with ``periods`` only those periods' figures (with the quarters of a
        year, which may add up to it, and every population, for the population
        rule): what a national comparison for a period needs."""
        from drafter.store import figures as figure_store

        chosen = None if areas is None else list(dict.fromkeys(normalise_area(a) for a in areas if a))
        wanted = None if periods is None else list(dict.fromkeys(
            str(found) for p in periods for found in _with_quarters(Period.parse(p))))
        if chosen == [] or wanted == []:
            return cls()
        rows = figure_store.value_rows(workspace.database, areas=chosen, periods=wanted)
        return cls(Figure(measure, area, period, plain_number(value), unit, source)
                   for measure, area, period, value, unit, source in rows)

    # -- looking up -------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.figures)

    @property
    def empty(self) -> bool:
        return not self.figures

    def area_spelling(self, area: str) -> str | None:
        """The area as stored, or None when no figure names it."""
        return self._spelling.get(normalise_area(area).casefold())

    @property
    def areas(self) -> list[str]:
        return sorted(self._spelling.values(), key=str.casefold)

    def measures(self, area: str | None = None) -> list[str]:
        wanted = normalise_area(area).casefold() if area else None
        return sorted({f.measure for f in self.figures
                       if wanted is None or f.area.casefold() == wanted})

    def get(self, measure: str, area: str, period: "Period | str") -> Figure | None:
        """The stored figure, else for twelve months the sum of four stored quarters."""
        key = (normalise_measure(measure), normalise_area(area).casefold(), str(Period.parse(period)))
        stored = self._by_key.get(key)
        if stored is not None:
            return stored
        if key not in self._sums:
            self._sums[key] = self._sum_of_quarters(*key)
        return self._sums[key]

    def _sum_of_quarters(self, measure: str, area: str, period_text: str) -> Figure | None:
        period = Period.parse(period_text)
        quarters = self._quarters.get((measure, area))
        if period.months_long != 12 or not quarters:
            return None
        parts = [quarters.get(period.first + 3 * k) for k in range(4)]
        if any(part is None for part in parts):
            return None
        value = sum(part.exact for part in parts)
        sources = "; ".join(dict.fromkeys(part.source for part in parts if part.source))
        return Figure(measure, parts[0].area, period_text, plain_number(value), parts[0].unit,
                      f"sum of {parts[0].period} to {parts[-1].period}" + (f" ({sources})" if sources else ""))

    def measures_in(self, area: str, period: "Period | str") -> list[str]:
        """Every measure with a figure for ``period``: stored, or summed from its quarters."""
        period = Period.parse(period)
        found = {f.measure for f in self.of(area=area, period=period)}
        if period.months_long == 12:
            wanted = normalise_area(area).casefold()
            found |= {measure for (measure, where) in self._quarters
                      if where == wanted and self.get(measure, area, period) is not None}
        return sorted(found)

    def require(self, measure: str, area: str, period: "Period | str") -> Figure:
        """Like :meth:`get`, but MissingFigure names what is not there."""
        figure = self.get(measure, area, period)
        if figure is None:
            raise MissingFigure(normalise_measure(measure),
                                self.area_spelling(area) or normalise_area(area),
                                str(Period.parse(period)))
        return figure

    def of(self, *, area: str | None = None, measure: str | None = None,
           period: "Period | str | None" = None) -> list[Figure]:
        """The figures matching every filter given."""
        wanted_area = normalise_area(area).casefold() if area else None
        wanted_period = str(Period.parse(period)) if period is not None else None
        wanted_measure = normalise_measure(measure) if measure is not None else None
        if wanted_area is not None and wanted_period is not None:
            return [f for f in self._by_area_period.get((wanted_area, wanted_period), ())
                    if wanted_measure is None or f.measure == wanted_measure]
        return [f for f in self.figures
                if (wanted_area is None or f.area.casefold() == wanted_area)
                and (wanted_measure is None or f.measure == wanted_measure)
                and (wanted_period is None or f.period == wanted_period)]

    def population(self, area: str, period: "Period | str") -> Figure | None:
        """The population a rate for ``period`` divides by (see the module notes)."""
        period = Period.parse(period)
        exact = self.get(POPULATION, area, period)
        if exact is not None:
            return exact
        known = self._populations.get(normalise_area(area).casefold(), [])
        earlier = [figure for start, figure in known if start.first <= period.first]
        return earlier[-1] if earlier else None


def _with_quarters(period: Period) -> list[Period]:
    """The period, and for twelve months the four quarters that may add up to it."""
    if period.months_long != 12:
        return [period]
    starts = [divmod(period.first + 3 * k, 12) for k in range(4)]
    quarters = [Period.of_months(year, month + 1, 3) for year, month in starts]
    return [period, *(q for q in quarters if q is not None)]


def list_figures(workspace, *, area: str | None = None, period: str | None = None,
                 measure: str | None = None) -> list[Figure]:
    """Stored figures, optionally filtered, by area, measure and the date
    each period ends (a year after its last quarter: 2022-Q4, 2023-Q1, 2022/23,
    where by start the year stood among its quarters)."""
    from drafter.store import figures as figure_store

    rows = figure_store.select(
        workspace.database,
        area=normalise_area(area) if area else None,
        period=str(Period.parse(period)) if period else None,
        measure=normalise_measure(measure) if measure else None,
    )
    figures = [Figure.from_row(row) for row in rows]

    def by_end(figure: Figure) -> tuple:
        period = Period.parse(figure.period)
        return figure.area.casefold(), figure.measure, period.last, period.months_long
    return sorted(figures, key=by_end)
