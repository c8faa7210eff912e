"""The figures a statement's numbers are checked against: one area's figures,
the period under review, and every value :mod:`drafter.figures.derived` can
work out from them, as candidates a quoted number may be.

Nothing is computed here: each candidate is a :class:`~drafter.figures.Derived`
from the same functions fill writes sentences with.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations

from drafter.errors import MissingFigure
from drafter.figures import derived
from drafter.figures.derived import Derived
from drafter.figures.figureset import FigureSet, is_percentage
from drafter.figures.model import POPULATION, Figure
from drafter.figures.periods import Period
from drafter.figures.revisions import Revisions

# Sums of more measures than this are not tried (a sentence rarely adds up more).
MOST_PARTS = 4


@dataclass(frozen=True)
class Candidate:
    """A value a quoted number may be: a figure or one derived from figures."""

    value: float
    kind: str  # figure | rate | change | points | share | total | difference
    measure: str
    period: str
    derivation: str
    source: str
    per: float | None = None
    percent: bool = False  # compares with numbers written as percentages
    derived: Derived | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(cls, value: Derived) -> "Candidate":
        return cls(float(value.value), value.kind, value.measure, str(value.period), value.derivation,
                   value.sources, float(value.per) if value.per else None, value.percentage, value)


class Evidence:
    """One area's figures with the review period; candidates split into the
    period under review (and later) and earlier periods."""

    def __init__(self, figures: FigureSet, area: str | None, period: str | None,
                 revisions: Revisions | None = None, withheld: dict[tuple[str, str], str] | None = None):
        self.figures = figures
        self.revisions = revisions or Revisions()
        self.withheld = withheld or {}
        """(measure, period) → the file that gave no figure for it, where none is stored."""
        self.said_why_unchecked: set[int] = set()
        """The numbers (by ``id``) a check has already said why review cannot check (a withheld cell)."""
        self.said: dict[int, str] = {}
        """What review said of a number (by ``id``) that quotes a value a re-issue revised, worked out from one."""
        self.area = area
        self.period = period
        self._review = Period.parse(period) if period else None
        self._candidates: dict[bool, list[Candidate]] = {}
        self._in_period: dict[Period, list[Candidate]] = {}
        self._combined_cache: dict[tuple[frozenset, Period], list[Candidate]] = {}
        self._percentage = {f.measure: is_percentage(f) for f in figures.of(area=area)} if area else {}
        self._periods = sorted({Period.parse(f.period) for f in figures.figures}, key=Period.sort_key)

    @property
    def empty(self) -> bool:
        return self.figures.empty or self.area is None

    @property
    def measures(self) -> tuple[str, ...]:
        return tuple(m for m in self.figures.measures(self.area) if m != POPULATION) if self.area else ()

    def get(self, measure: str, period) -> Figure | None:
        return self.figures.get(measure, self.area, period) if self.area else None

    def is_percentage(self, measure: str) -> bool:
        return self._percentage.get(measure, False)

    def is_current(self, period) -> bool:
        """The review period, anything overlapping or after it, and the latest
        complete period of each kind (a quarterly statement quotes last year's
        annual figures until the year is out)."""
        if self._review is None:
            return True
        period = Period.parse(period)
        return not period.before(self._review) or period.latest_of_its_kind_at(self._review)

    def population(self, period) -> Figure | None:
        return self.figures.population(self.area, period)

    # -- derived values, None when a figure is missing ------------------------------------
    def change(self, measure: str, period, against=None) -> derived.Change | None:
        try:
            return derived.change(self.figures, measure, self.area, period, against)
        except MissingFigure:
            return None

    def rate(self, measure: str, period, per) -> Derived | None:
        try:
            return derived.rate(self.figures, measure, self.area, period, int(per))
        except MissingFigure:
            return None

    # -- candidates -----------------------------------------------------------------------
    def candidates(self, current: bool) -> list[Candidate]:
        """Figures, rates and changes of every period on one side of the review period."""
        if current not in self._candidates:
            found: list[Candidate] = []
            for period in self._periods:
                if self.is_current(period) == current:
                    found.extend(self.in_period(period))
            self._candidates[current] = found
        return self._candidates[current]

    def in_period(self, period) -> list[Candidate]:
        if self.area is None:
            return []
        period = Period.parse(period)
        if period not in self._in_period:
            self._in_period[period] = [Candidate.of(value) for value in
                                       derived.derivable(self.figures, self.area, period).values]
        return self._in_period[period]

    def combinations(self, measures: set[str], current: bool) -> list[Candidate]:
        """Values only a sentence's own measures make, in every period on one side
        of the review period (see :meth:`combined`)."""
        return [c for period in self._periods if self.is_current(period) == current
                for c in self.combined(measures, period)]

    def combined(self, measures: set[str], period) -> list[Candidate]:
        """Shares of one named measure in another or in the sum of several, the
        sums, and the differences between two named percentages, in ``period``."""
        named = frozenset(m for m in measures if m != POPULATION)
        period = Period.parse(period)
        if len(named) < 2:
            return []
        key = (named, period)
        if key not in self._combined_cache:
            stored = sorted(m for m in named if self.get(m, period) is not None)
            self._combined_cache[key] = self._combined(stored, period)
        return self._combined_cache[key]

    def _combined(self, stored: list[str], period: Period) -> list[Candidate]:
        found: list[Candidate] = []
        counts = [m for m in stored if not self.is_percentage(m)]
        percentages = [m for m in stored if self.is_percentage(m)]
        for part in counts:
            for whole in counts:
                if whole != part and self.get(whole, period).value > self.get(part, period).value:
                    found.append(Candidate.of(derived.share(self.figures, part, whole, self.area, period)))
        for size in range(2, min(MOST_PARTS, len(counts)) + 1):
            for parts in combinations(counts, size):
                added = derived.total(self.figures, parts, self.area, period)
                if added.value == 0:
                    continue
                found.append(Candidate.of(added))
                for part in parts:
                    found.append(Candidate.of(derived.share(self.figures, part, list(parts), self.area, period)))
        for first, second in combinations(percentages, 2):
            gap = derived.difference(self.figures, first, second, self.area, period)
            found.append(Candidate.of(gap))
        return found


def resolve_area(all_areas: list[str], wanted: str | None) -> str | None:
    """The figures' own spelling of ``wanted``: exact (any case), else the area
    whose name the wanted one contains ("West Midlands Police" → "West Midlands")
    or that contains it."""
    if not wanted:
        return None
    lowered = wanted.casefold().strip()
    for area in all_areas:
        if area.casefold() == lowered:
            return area
    containing = [a for a in all_areas if a.casefold() in lowered]
    if containing:
        return max(containing, key=len)
    contained = [a for a in all_areas if lowered in a.casefold()]
    return min(contained, key=len) if contained else None


def load_evidence(workspace, area: str | None, period: str | None) -> Evidence:
    """The figures for ``area`` (matched to the stored spelling) from the workspace."""
    resolved = resolve_area(workspace.figure_areas(), area)
    from drafter.store.figures import withheld_cells

    figures = FigureSet.load(workspace, [resolved]) if resolved else FigureSet()
    return Evidence(figures, resolved or area, period, Revisions.load(workspace, resolved),
                    withheld_cells(workspace.database, resolved) if resolved else None)
