"""A wide table's rows for regions, countries and totals, told from its areas' rows.

ONS tables list the English regions and Wales among the forces, as headings
before their forces or as subtotals after them, and England and Wales and
its countries at the top; a pack may end with "Total". None of these is a
police force area, so their rows are left out and listed. Two names belong
to a region and a force alike: "West Midlands", and "London" (a region, and
the Metropolitan Police's everyday name). docs/architecture.md ("Region,
country and total rows") gives the rules this module keeps:

- such a name beside a row naming the same force another way ("London" and
  "Metropolitan Police") is the region;
- of two rows with such a name, the region's is the one with no figures,
  else the one that is the sum of its region's forces, else the one on the
  side of their forces the table's other regions are on; when nothing
  tells, the file is refused at the second row;
- one row with such a name is the region in a table with rows for two or
  more other regions, unless the table also has every other force of that
  region; otherwise it is the force;
- "Total" or "All forces" is England and Wales when the table has no
  England and Wales row, has a row for each of the 43 forces, and is their
  sum in every column of counts where all of them have a figure; otherwise
  it is left out.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Protocol

from drafter.figures.importing.problems import Problem, cell_number
from drafter.figures.importing.tables import Sheet
from drafter.figures.model import PERCENT
from drafter.forces import ENGLAND_AND_WALES, FORCE_NAMES, forces_in_region

COUNTRY = "England"  # a country's row, not a region's: it says nothing of how regions are laid out


class Column(Protocol):
    index: int
    unit: str


@dataclass(frozen=True)
class TableRow:
    """A row of a wide table by what its name (or area code) says: the
    ``area`` it would be stored under, the ``region`` or country it names
    (both, for "West Midlands"), or a ``total``."""

    row: int
    name: str
    area: str | None = None
    region: str | None = None
    total: bool = False
    has_values: bool = True


@dataclass
class Settled:
    stored: list[tuple[TableRow, str]] = field(default_factory=list)  # each row to store, with its area
    left_out: list[TableRow] = field(default_factory=list)  # regions, countries, totals
    problems: list[Problem] = field(default_factory=list)

    @property
    def regions_only(self) -> bool:
        """Whether the table's figures are for regions and countries, not for any force."""
        return any(entry.region and entry.has_values for entry in self.left_out) \
            and all(area == ENGLAND_AND_WALES for _, area in self.stored)


def settle(sheet: Sheet, rows: list[TableRow], columns: list[Column], area_at: int) -> Settled:
    """Which rows are stored, under which area, and which are left out."""
    table = _Table(sheet, rows, columns)
    settled = Settled()
    as_region: set[int] = set()
    for area, both in table.both.items():
        if table.plain.get(area):
            as_region.update(entry.row for entry in both)
        elif len(both) == 1:
            if table.stands_for_region(both[0]):
                as_region.add(both[0].row)
        else:
            region_row = table.region_of_pair(both)
            if region_row is None:
                settled.problems.append(_cannot_tell(sheet, both, area_at))
                as_region.update(entry.row for entry in both)  # one problem, not a duplicate figure as well
            else:
                as_region.add(region_row.row)
    totals = []
    for entry in rows:
        if entry.total:
            totals.append(entry)
        elif entry.area is None or entry.row in as_region:
            settled.left_out.append(entry)
        else:
            settled.stored.append((entry, entry.area))
    by_area: dict[str, list[TableRow]] = defaultdict(list)
    for entry, area in settled.stored:
        by_area[area].append(entry)
    for entry in totals:
        if not by_area[ENGLAND_AND_WALES] and table.is_national_total(entry, by_area):
            by_area[ENGLAND_AND_WALES].append(entry)
            settled.stored.append((entry, ENGLAND_AND_WALES))
        else:
            settled.left_out.append(entry)
    return settled


class _Table:
    def __init__(self, sheet: Sheet, rows: list[TableRow], columns: list[Column]):
        self.sheet = sheet
        self.columns = [column for column in columns
                        if not column.unit.startswith("per ") and column.unit != PERCENT]
        self.plain: dict[str, list[TableRow]] = defaultdict(list)  # area -> rows naming only it
        self.both: dict[str, list[TableRow]] = defaultdict(list)  # area -> rows naming its region too
        for entry in rows:
            if entry.area is not None and not entry.total:
                (self.both if entry.region else self.plain)[entry.area].append(entry)
        self.regions = [entry for entry in rows
                        if entry.area is None and entry.region and not entry.total]

    def stands_for_region(self, entry: TableRow) -> bool:
        others = {row.region for row in self.regions} - {entry.region, COUNTRY}
        return len(others) >= 2 and not all(self.plain.get(force) for force in self._others(entry))

    def region_of_pair(self, both: list[TableRow]) -> TableRow | None:
        """Which of the rows with a name that is a force's and a region's is the region's."""
        blank = [entry for entry in both if not entry.has_values]
        if len(blank) == 1:
            return blank[0]
        if len(both) == 2:
            first, second = both
            adding_up = [region for region, force in ((first, second), (second, first))
                         if self._sum_of_region(region, force)]
            if len(adding_up) == 1:
                return adding_up[0]
        side = self._side_of_forces()
        return both[-1] if side == "after" else both[0] if side == "before" else None

    def _sum_of_region(self, region: TableRow, force: TableRow) -> bool:
        others = [self.plain.get(name, []) for name in self._others(force)]
        if any(len(rows) != 1 for rows in others):
            return False
        return self._adds_up(region, [force, *(rows[0] for rows in others)]) is True

    def _others(self, entry: TableRow) -> list[str]:
        return [force for force in forces_in_region(entry.region or "") if force != entry.area]

    def _side_of_forces(self) -> str | None:
        """Whether the table's regions come "after" their forces (subtotals) or
        "before" them (headings), as its rows for regions that are no force's
        name show; None when they do not show it."""
        after = before = 0
        for entry in self.regions:
            members = [rows[0].row for force in forces_in_region(entry.region or "")
                       if (rows := self.plain.get(force))]
            if members and entry.row > max(members):
                after += 1
            elif members and entry.row < min(members):
                before += 1
        return "after" if after > before else "before" if before > after else None

    def is_national_total(self, total: TableRow, by_area: dict[str, list[TableRow]]) -> bool:
        forces = [by_area.get(name, []) for name in FORCE_NAMES]
        if any(len(rows) != 1 for rows in forces):
            return False
        return self._adds_up(total, [rows[0] for rows in forces]) is True

    def _adds_up(self, total: TableRow, parts: list[TableRow]) -> bool | None:
        """Whether ``total`` is the sum of ``parts`` in every column of counts
        where all of them have a figure; None when there is no such column."""
        checked = False
        for column in self.columns:
            values = [self._number(entry.row, column.index) for entry in (total, *parts)]
            if any(value is None for value in values):
                continue
            if values[0] != sum(values[1:]):
                return False
            checked = True
        return checked or None

    def _number(self, row: int, column: int) -> Decimal | None:
        try:
            found = cell_number(self.sheet.value(row, column))
        except ValueError:
            return None  # a bad cell: named where the row's figures are read
        return found[0] if found is not None and found[1] is None else None


def _cannot_tell(sheet: Sheet, both: list[TableRow], area_at: int) -> Problem:
    first, second = both[0], both[1]
    region = first.region
    return sheet.problem(
        f"this row and the one at {sheet.place(first.row, area_at)} are both named {second.name!r}, one "
        f"for {first.area} and one for the {region} region, and nothing tells which is which (neither "
        f"is the sum of the region's forces); call the region's row '{region} region'",
        second.row, area_at)
