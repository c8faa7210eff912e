"""A figure's earlier values: what it was before a later import revised it.

Late-recorded crimes raise last quarter's count, a suppressed cell is filled
in, a rate is worked out again on rebased population estimates. A statement
published before the revision quoted the figure as it then stood; a draft
quoting it now is stale. Review tells both from a number no release gave.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from drafter.figures.figureset import FigureSet

from drafter.figures.model import plain_number


@dataclass(frozen=True)
class Revision:
    """The value ``measure`` had for ``period`` until ``revised_in`` (imported
    ``revised_at``, an ISO date) replaced it."""

    measure: str
    period: str
    value: float
    unit: str | None
    revised_in: str
    revised_at: str
    revised_by: int = 0
    """The import that revised it: imports are numbered in the order they were made."""
    area: str = ""

    def words(self, what: str = "it") -> str:
        """'before derbyshire-release2.csv (imported 2026-11-29) revised it'."""
        return f"before {Path(self.revised_in).name} (imported {self.revised_at[:10]}) revised {what}"


class Revisions:
    """Revised figures by area, measure and period, oldest revision first; one
    area's (``area``, which looking up a measure and period means), or every area's."""

    def __init__(self, revisions=(), area: str = ""):
        self.area = area
        self._by: dict[tuple[str, str, str], list[Revision]] = {}
        self._stood: dict[int, tuple[FigureSet, list]] = {}  # figures worked back (by id), and how they stood
        for revision in revisions:
            self._by.setdefault((revision.area.casefold(), revision.measure, revision.period), []).append(revision)

    @classmethod
    def load(cls, workspace, area: str | None, *, every_area: bool = False) -> "Revisions":
        """The area's revisions, or with ``every_area`` every area's (what ranks were worked out from)."""
        from drafter.store import figures as figure_store

        if not area and not every_area:
            return cls()
        return cls((Revision(row["measure"], row["period"], plain_number(row["value"]), row["unit"],
                             row["revised_in"], row["revised_at"], row["revised_by"], row["area"])
                    for row in figure_store.revisions(workspace.database, None if every_area else area)),
                   area or "")

    def as_they_stood(self, figures: FigureSet) -> list[tuple[Revision, FigureSet]]:
        """``figures`` as they stood before each import that revised some of them,
        the latest first, each with one of that import's revisions (which names
        it): what a statement written between two releases quoted (the first
        release's figures the second revised, the second's the third did)."""
        kept = self._stood.get(id(figures))
        if kept is not None and kept[0] is figures:
            return kept[1]
        imports = sorted({r.revised_by for revisions in self._by.values() for r in revisions}, reverse=True)
        stood = []
        self._stood[id(figures)] = (figures, stood)
        for before in imports:
            earlier = {key: next(r for r in revisions if r.revised_by >= before)
                       for key, revisions in self._by.items() if revisions[-1].revised_by >= before}
            named = next(r for revisions in self._by.values() for r in revisions if r.revised_by == before)
            stood.append((named, FigureSet(replace(f, value=earlier[key].value)
                                           if (key := (f.area.casefold(), f.measure, f.period)) in earlier else f
                                           for f in figures.figures)))
        return stood

    def all_of(self, measure: str, period: str, area: str | None = None) -> list[Revision]:
        """The earlier values of the area's figure (``area``, else the one these revisions are of), oldest first."""
        return self._by.get(((area if area is not None else self.area).casefold(), measure, str(period)), [])

    def quoted(self, measure: str, period: str, matches) -> Revision | None:
        """The latest earlier value of the figure that ``matches`` (a number's
        test of a value) accepts, when the stored value is not what it quotes."""
        return next((r for r in reversed(self.all_of(measure, period)) if matches(float(r.value))),
                    None)
