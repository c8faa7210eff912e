"""Where a statement's periods move to when it is rolled forward, and each
figure it quotes worked out again for the period it moves to: by
:mod:`drafter.figures.derived` and :mod:`drafter.figures.national`, as fill
and review work them out."""

from __future__ import annotations

from dataclasses import dataclass

from drafter.claims.national_change import national_percent_change
from drafter.errors import MissingFigure
from drafter.figures import derived
from drafter.figures.derived import (
    CHANGE,
    DIFFERENCE,
    FIGURE,
    GAP,
    NATIONAL,
    POINTS,
    RATE,
    RATIO,
    SHARE,
    TOTAL,
    Derived,
)
from drafter.figures.figureset import FigureSet
from drafter.figures.national import national, national_gap, national_share
from drafter.figures.national_ratio import national_ratio
from drafter.figures.periods import Period
from drafter.forces import ENGLAND_AND_WALES


@dataclass
class Mover:
    """Where each period moves: the period it takes the place of among
    periods of its own kind, counted back from the main period's end, is the
    one it takes among periods counted back from the target's end. A quarter
    moves a quarter when the statement moves a quarter; a calendar year moves
    only once the target reaches the next year's end (a quarterly statement
    keeps quoting last year's annual figures until the year is complete)."""

    main: Period
    target: Period
    step: int = 0
    """How many months on the next statement is (6 for a half-yearly one), when the
    figures stay for ``main`` until that period's are stored; 0 when they move."""

    def move_rolling(self, period: Period) -> Period:
        """A year named by its end ("the 12 months to December 2025", "the year
        ending March 2026") moves with the data: by as many months as the statement."""
        return period.shifted(self.main.months_to(self.target)) or period

    def move(self, period: Period) -> Period:
        return period.moved(self.main, self.target)

    def move_as_named(self, period: Period, style: str | None) -> Period:
        """``period`` moved as the words naming it say: by its end ("the year
        ending March 2026", "in the 12 months to March 2026, 886") with the
        data, else among periods of its kind."""
        if style in ("year_ending", "short_year_ending") and period.months_long == 12:
            return self.move_rolling(period)
        return self.move(period)


def recompute(figures: FigureSet, old: Derived, mover: Mover, period: Period | None = None,
              base_kept: bool = False) -> Derived:
    """``old`` worked out again for ``period`` (by default the one it moves to);
    ``base_kept``: a change still measured from the period it was (one before the
    pandemic, :mod:`drafter.claims.baselines`). MissingFigure if it cannot be."""
    period = period or mover.move(old.period)
    area = old.area
    if old.kind == FIGURE:
        return derived.figure(figures, old.measure, area, period)
    if old.kind == RATE:
        return derived.rate(figures, old.measure, area, period, old.per)
    if old.kind == CHANGE and area == ENGLAND_AND_WALES:  # "Nationally, knife crime rose by 1.3%"
        moved = national_percent_change(lambda _period: figures, old.measure, period, old.per)
        if moved is None:
            raise MissingFigure(old.measure, area, str(period))
        return moved
    if old.kind in (CHANGE, POINTS):
        # What a change is on moves as far as the period it is of: "up 2.4% in the year ending
        # March 2026" (on 2024/25) is on the year ending June 2025 once moved to June 2026.
        against = None if old.against is None else old.against if base_kept else \
            old.against.shifted(old.period.months_to(period)) or mover.move(old.against)
        moved = derived.change(figures, old.measure, area, period, against).as_derived()
        if moved is None:
            raise MissingFigure(old.measure, area, str(against or period.previous_year()))
        return moved
    if old.kind == SHARE and old.whole:  # "30.0% of the England and Wales total"
        return national_share(figures, old.measure, area, period, old.whole)
    if old.kind == SHARE:
        part = old.figures[0].measure
        wholes = [f.measure for f in old.figures[1:]]
        return derived.share(figures, part, wholes[0] if len(wholes) == 1 else wholes, area, period)
    if old.kind == TOTAL:
        return derived.total(figures, [f.measure for f in old.figures], area, period)
    if old.kind == NATIONAL:
        return national(figures, old.measure, period, old.per, old.area)
    if old.kind == GAP:  # "7.6% below the national rate": a rate's gap is a share of the national rate
        return national_gap(figures, old.measure, area, period, old.per, percent=old.percentage and bool(old.per))
    if old.kind == RATIO:  # "2.6 times the national rate"
        return national_ratio(figures, old.measure, area, period, old.per, old.whole or ENGLAND_AND_WALES)
    if old.kind == DIFFERENCE:
        first, second = (f.measure for f in old.figures)
        return derived.difference(figures, first, second, area, period)
    raise MissingFigure(old.measure, area, str(period))
