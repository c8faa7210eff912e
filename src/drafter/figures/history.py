"""A force's value for a period against its own earlier periods of the same
length: what "the lowest the force has recorded", "the highest since 2019"
and "the lowest for five years" are held to.

Part of the one home for derived values, with :mod:`drafter.figures.national`:

* **Which periods.** Earlier periods as long as the one claimed and in step
  with it: a quarter against every earlier quarter, a calendar year against
  earlier calendar years, a financial year against financial years. A year
  missing as such but stored as its four quarters counts (the figure set
  adds them up).
* **How far back.** From the period after the one "since" names; over the
  stretch of months a claim names ("for five years": the five years ending
  with the period claimed); with neither ("ever", "on record"), as far back
  as the force's figures for the measure go, which never settles such a
  claim on its own.
* **What is compared.** The count, or the rate per ``per`` (worked out from
  counts, else the published rate), as :func:`drafter.figures.national.values`
  gives it for a rank, and as a reader sees it: counts whole, rates to one
  decimal place. An equal earlier value does not make a "lowest" untrue.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from decimal import Decimal

from drafter.errors import MissingFigure
from drafter.figures.derived import Derived
from drafter.figures.exact import round_half_away
from drafter.figures.figureset import FigureSet
from drafter.figures.national import HIGHEST, values
from drafter.figures.periods import Period


@dataclass(frozen=True)
class History:
    """``current`` against ``earlier`` (the stretch's periods with a value,
    oldest first); ``missing`` the stretch's periods without one; ``bounded``
    whether the claim named where the stretch starts ("since 2019", "for five
    years") rather than "ever"."""

    current: Derived
    earlier: tuple[Derived, ...]
    missing: tuple[Period, ...]
    bounded: bool
    order: str

    @cached_property
    def _whole(self) -> bool:
        values = (self.current, *self.earlier)
        return self.current.per is None and not self.current.percentage and \
            all(v.value == v.value.to_integral_value() for v in values)

    def shown(self, value: Derived) -> Decimal:
        """A value as a reader sees it: counts whole, rates and percentages to one decimal place."""
        return round_half_away(value.value, 0 if self._whole else 1)

    @property
    def beyond(self) -> list[Derived]:
        """The earlier values past the current one: lower than a lowest, higher
        than a highest; the furthest first."""
        mine = self.shown(self.current)
        past = [v for v in self.earlier
                if (self.shown(v) > mine if self.order == HIGHEST else self.shown(v) < mine)]
        return sorted(past, key=lambda v: -self.shown(v) if self.order == HIGHEST else self.shown(v))

    @property
    def complete(self) -> bool:
        """Whether every period of a bounded stretch has a value."""
        return self.bounded and bool(self.earlier) and not self.missing


def _same_length_before(period: Period, floor: int) -> list[Period]:
    """Earlier periods as long as ``period`` and in step with it, starting no earlier than month ``floor``."""
    step = 12 if period.months_long == 12 else 3
    found, first = [], period.first - step
    while first >= floor:
        found.append(Period(first, period.months_long))
        first -= step
    return found[::-1]


def history(figures: FigureSet, measure: str, area: str, period, per: int | None = None, order: str = HIGHEST,
            since: Period | None = None, months: int | None = None) -> History:
    """``area``'s ``measure`` for ``period`` against its earlier periods since
    ``since``, or over the ``months`` ending with ``period``, or as far back as
    stored. MissingFigure when the period itself has no value."""
    period = Period.parse(period)

    def value(when: Period) -> Derived:
        return values(figures, measure, (area,), when, per)[area]

    current = value(period)
    if since is not None:
        start_month = since.last + 1
    elif months is not None:
        start_month = period.last + 1 - months
    else:
        stored = [Period.parse(f.period).first for f in figures.of(area=area, measure=measure)]
        start_month = min(stored, default=period.first)
    earlier, missing = [], []
    for when in _same_length_before(period, start_month):
        try:
            earlier.append(value(when))
        except MissingFigure:
            missing.append(when)
    return History(current, tuple(earlier), tuple(missing), since is not None or months is not None, order)
