"""What a template sees: the figures of one rendering, looked up on demand and
remembered for provenance, with a stand-in for every figure that is missing."""

from __future__ import annotations

from decimal import Decimal

import drafter.figures as figure_module
from drafter.figures.periods import Period
from drafter.fill import wording
from drafter.fill.results import placeholder


class Missing:
    """Stands in for a figure that is not stored.

    It prints as a placeholder, is false in tests, compares unequal to
    everything, and any attribute, call or arithmetic on it gives itself, so
    a template runs to the end and every missing figure gets reported.
    """

    def __init__(self, measure: str, area: str, period: str):
        self.measure, self.area, self.period = measure, area, period

    @property
    def text(self) -> str:
        return placeholder(self.measure, self.area, self.period)

    def __str__(self) -> str:
        return self.text

    __html__ = __str__

    def __repr__(self) -> str:
        return self.text

    def __bool__(self) -> bool:
        return False

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        return self

    def __call__(self, *args, **kwargs):
        return self

    def __iter__(self):
        return iter(())

    def __len__(self) -> int:
        return 0

    def __eq__(self, other) -> bool:
        return False

    def __hash__(self) -> int:
        return hash(self.text)

    def _self(self, *args):
        return self

    def _false(self, *args):
        return False

    __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = _self
    __truediv__ = __rtruediv__ = __floordiv__ = __rfloordiv__ = __mod__ = __rmod__ = _self
    __pow__ = __rpow__ = __neg__ = __pos__ = __abs__ = __round__ = _self
    __lt__ = __le__ = __gt__ = __ge__ = _false

    def __ne__(self, other) -> bool:
        return True


def first_missing(*values):
    return next((v for v in values if isinstance(v, Missing)), None)


def _exact(figure: figure_module.Figure):
    """A figure's value for template arithmetic: an int when whole, else an exact
    Decimal, so differences such as 82.3 - 74.0 round as written."""
    return figure.value if isinstance(figure.value, int) else figure.exact


class ChangeView:
    """A change as templates see it: the figures plus how to word them."""

    def __init__(self, change: figure_module.Change, threshold: float, small_count: float,
                 compared_with: str, previous_period: Period):
        self.current = _exact(change.current)
        self.previous = _exact(change.previous)
        self.absolute = change.absolute
        self.percent = change.percent
        self.points = change.points
        self.unit = change.unit
        self.in_points = change.in_points
        self.direction = change.direction
        self.threshold = threshold
        self.compared_with = compared_with
        self.previous_period = previous_period
        self.small = max(abs(change.current.exact), abs(change.previous.exact)) < Decimal(str(small_count))
        size = change.points if change.in_points else change.percent
        # How big the change is, whichever way: what "largest change first" sorts on.
        self.size = abs(size) if size is not None else abs(change.absolute)
        self.stable = (self.direction != "same" and size is not None
                       and wording.round_half_away(abs(size), 1) < Decimal(str(threshold)))

    def _wording_options(self) -> dict:
        return {"unit": self.unit, "threshold": self.threshold}

    def __str__(self) -> str:
        return wording.change_phrase(self.current, self.previous, compared_with=self.compared_with,
                                     **self._wording_options())


class FigureBook:
    """Looks figures up for one rendering and remembers every one it touched."""

    def __init__(self, workspace, area: str, period: Period, settings):
        self.workspace = workspace
        self.area = area
        self.period = period
        self.settings = settings
        self.used: dict[tuple, dict] = {}
        self.missing: dict[tuple, dict] = {}

    def _where(self, period, area) -> tuple[Period, str]:
        return (Period.parse(period) if period is not None else self.period,
                figure_module.normalise_area(area) if area else self.area)

    def _use(self, *figures: figure_module.Figure) -> None:
        for figure in figures:
            self.used.setdefault((figure.measure, figure.area.casefold(), figure.period),
                                 figure.provenance())

    def _miss(self, measure: str, area: str, period: str) -> Missing:
        self.missing.setdefault((measure, area.casefold(), period),
                                {"measure": measure, "area": area, "period": period})
        return Missing(measure, area, period)

    def _lookup(self, measure, period, area):
        found = figure_module.lookup(self.workspace, measure, area, period)
        if found is None:
            return self._miss(figure_module.normalise_measure(measure), area, str(period))
        self._use(found)
        return found

    # The functions templates call -------------------------------------------------
    def figure(self, measure: str, period=None, area=None):
        period, area = self._where(period, area)
        found = self._lookup(measure, period, area)
        return found if isinstance(found, Missing) else _exact(found)

    def rate(self, measure: str, per: int = figure_module.PER_MILLION, period=None, area=None):
        period, area = self._where(period, area)
        count = self._lookup(measure, period, area)
        population = figure_module.population_for(self.workspace, area, period)
        if population is None or population.value <= 0:
            missing = self._miss(figure_module.POPULATION, area, str(period))
            return count if isinstance(count, Missing) else missing
        self._use(population)
        if isinstance(count, Missing):
            return count
        return figure_module.rate_of(count.value, population.value, int(per))

    def change(self, measure: str, period=None, area=None):
        period, area = self._where(period, area)
        current = self._lookup(measure, period, area)
        previous = self._lookup(measure, period.previous_year(), area)
        gap = first_missing(current, previous)
        if gap is not None:
            return gap
        change = figure_module.Change(current, previous, current.exact - previous.exact,
                                      wording.percent_change(current.exact, previous.exact))
        return ChangeView(change, self.settings.threshold(current.measure),
                          self.settings.small(current.measure), period.year_earlier_phrase(),
                          period.previous_year())

    def share(self, part: str, total: str, period=None, area=None):
        period, area = self._where(period, area)
        part_figure = self._lookup(part, period, area)
        total_figure = self._lookup(total, period, area)
        gap = first_missing(part_figure, total_figure)
        if gap is not None:
            return gap
        if total_figure.value == 0:
            return self._miss(total_figure.measure, area, str(period))
        return figure_module.share_of(part_figure.value, total_figure.value)

    def vary(self, *options):
        if not options:
            return ""
        return options[self.period.ordinal % len(options)]

    def context(self) -> dict:
        return {
            "area": self.area,
            "place": self.settings.place(self.area),
            "period": self.period,
            "previous": self.period.previous_year(),
            "figure": self.figure,
            "rate": self.rate,
            "change": self.change,
            "share": self.share,
            "vary": self.vary,
        }
