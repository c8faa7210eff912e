"""Which of several measures changed most between two periods: what "the
biggest rise came in vehicle crime" is held to.

A change is compared by its percentage, and by its count where a writer's
"most significant" may mean the most offences; a measure that is itself a
percentage (satisfaction) moves in points, which are not set against
percentages of counts; and one as large as the others together is their
whole, not one of them.
"""

from __future__ import annotations

from dataclasses import dataclass

from drafter.errors import MissingFigure
from drafter.figures import derived
from drafter.figures.derived import Change, shown


@dataclass(frozen=True)
class ChangesCompared:
    """The changes of ``measures`` from ``against`` to ``period``, those with figures for both."""

    period: str
    against: str
    changes: dict[str, Change]

    def extreme(self, rising: bool | None, by_count: bool = False) -> str | None:
        """The measure that rose (or fell; with ``rising`` None, moved either way)
        most, by percentage or by count; None if none did."""
        moved = {m: c for m, c in self.changes.items()
                 if (c.absolute > 0 if rising else c.absolute < 0 if rising is False else c.absolute != 0)
                 and (by_count or c.percent is not None)}
        if not moved:
            return None
        size = (lambda m: moved[m].absolute) if by_count else (lambda m: moved[m].percent)
        if rising is None:
            return max(moved, key=lambda m: abs(size(m)))
        return max(moved, key=size) if rising else min(moved, key=size)

    def holds(self, measure: str, rising: bool | None) -> bool:
        """Whether ``measure`` rose (fell, moved) most by percentage or by count."""
        return measure in (self.extreme(rising), self.extreme(rising, by_count=True))

    def described(self, measure: str) -> str:
        change = self.changes[measure]
        size = f"{change.percent:+.1f}%" if change.percent is not None else f"{change.absolute:+}"
        return (f"{measure.replace('_', ' ')} {shown(change.previous.value)} → "
                f"{shown(change.current.value)} ({size})")


def changes_compared(figures, measures, area: str, period, against=None) -> ChangesCompared:
    """The changes of the count measures among ``measures`` that have figures for both periods."""
    changes: dict[str, Change] = {}
    for measure in dict.fromkeys(measures):
        try:
            change = derived.change(figures, measure, area, period, against)
        except MissingFigure:
            continue
        if not change.in_points:
            changes[measure] = change
    whole = _whole_of_the_others(changes)
    if whole is not None:
        del changes[whole]
    first = next(iter(changes.values()), None)
    return ChangesCompared(str(period), first.previous.period if first else str(against or ""), changes)


def _whole_of_the_others(changes: dict[str, Change]) -> str | None:
    """A measure at least as large as all the others together ("neighbourhood
    crime" beside burglary, theft and vehicle crime) is their whole, not one of
    the things compared: its rise is theirs added up."""
    if len(changes) < 3:
        return None
    largest = max(changes, key=lambda m: changes[m].current.exact)
    rest = sum(change.current.exact for measure, change in changes.items() if measure != largest)
    return largest if changes[largest].current.exact >= rest else None


def changes_across_forces(figures, measure: str, forces, period, against=None) -> ChangesCompared | None:
    """The change of one count ``measure`` in each of ``forces``: what "the largest
    fall of any force" is held to; None unless every force has figures for both periods."""
    changes: dict[str, Change] = {}
    for force in forces:
        try:
            change = derived.change(figures, measure, force, period, against)
        except MissingFigure:
            return None
        if change.in_points:
            return None
        changes[force] = change
    first = next(iter(changes.values()), None)
    return ChangesCompared(str(period), first.previous.period, changes) if first else None
