"""What the layouts find in a file: the figures to store, and the problems.

Every layout adds to one :class:`Gathered`, so a workbook whose sheets hold
different layouts is checked as a whole, a figure given twice (in two rows,
two sheets or two cells) is caught wherever the copies are, and nothing is
stored unless the whole file is clean.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Callable

from drafter.figures.exact import MONEY_UNITS, PERCENT_UNITS, is_count_unit
from drafter.figures.importing.mapping import COUNT
from drafter.figures.importing.problems import Problem
from drafter.figures.model import GBP, PERCENT
from drafter.figures.periods import Period


@dataclass
class Gathered:
    source: str
    figures: dict[tuple[str, str, str], dict] = field(default_factory=dict)
    places: dict[tuple[str, str, str], str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    layouts: list[str] = field(default_factory=list)
    sheets: list[str] = field(default_factory=list)
    left_out: set[str] = field(default_factory=set)
    left_out_by_mapping: set[str] = field(default_factory=set)  # rows the mapping's leave_out names
    left_out_regions: set[str] = field(default_factory=set)  # rows for regions, countries and totals
    regions_only: list[str | None] = field(default_factory=list)  # sheets whose rows are regions, not forces
    totals_as_national: list[str] = field(default_factory=list)  # "Total" rows stored as England and Wales
    not_imported: list[str] = field(default_factory=list)
    rows_not_imported: list[str] = field(default_factory=list)  # a measures-in-rows table's unknown rows
    # Columns whose titles name a period drafter cannot read ("Mar-23"): (column, the problem).
    no_period_read: list[tuple[str, Problem]] = field(default_factory=list)
    # Shown when nothing else is read: "Calls answered Jul to Sep 2023" columns, a summary naming no area.
    no_measure_known: list[Problem] = field(default_factory=list)
    given_used: set[str] = field(default_factory=set)  # "measure", "period": given with the import and used
    given_contradicted: dict[str, str] = field(default_factory=dict)  # option -> a column naming another
    options_refused: set[str] = field(default_factory=set)  # options a sheet's title contradicts, said once
    # A --period refusal -> its wording for a workbook whose other sheets need --period.
    refusal_when_others_need: dict[Problem, Problem] = field(default_factory=dict)
    rows_read: int = 0
    no_figure: int = 0
    computed: int = 0
    marked: list[tuple[str, str, Period]] = field(default_factory=list)  # (area, measure, period) with no figure
    national_from_stored: set[str] = field(default_factory=set)  # forces the file lacks, in E&W from storage
    totals_with_stored: list[dict] = field(default_factory=list)  # totals summed with stored parts
    _written: dict[Period, tuple[str, str]] = field(default_factory=dict)  # period -> (name, start)

    def uses(self, layout: str, sheet: str | None) -> None:
        if layout not in self.layouts:
            self.layouts.append(layout)
        if sheet is not None and sheet not in self.sheets:
            self.sheets.append(sheet)

    def add(self, area: str, measure: str, period: Period, value: Decimal, unit: str | None,
            source: str, place: str, duplicate: Callable[[str], Problem] | None = None,
            negative_allowed: bool = False) -> None:
        """Add one figure found at ``place`` (``line 4`` or ``Table P1!D12``).

        A second figure for the same area, measure and period is a problem;
        ``duplicate(first_place)`` makes it, or a default one is placed at
        ``place``.
        """
        written = self._written.get(period)
        if written is None:
            written = self._written[period] = (str(period), period.start.isoformat())
        key = (area.casefold(), measure, written[0])
        if key in self.figures:
            first = self.places[key]
            if duplicate is not None:
                self.problems.append(duplicate(first))
            else:
                self.problems.append(Problem(
                    f"duplicate figure: {area}, {measure}, {period} is already given at {first}",
                    cell=place))
            return
        if value < 0 and not negative_allowed:
            # Counts, rates and shares typed into a table are never below nothing: a minus sign is a slip.
            self.problems.append(problem_at(place, f"{measure} for {area}, {period} is negative ({value}): "
                                                    "a figure cannot be below zero"))
            return
        if Decimal(repr(float(value))) != value:
            # Stored as a float: a value of more than 15 significant digits would come back changed.
            self.problems.append(problem_at(place, f"value {value} has more digits than drafter can "
                                                    "store exactly (at most 15 significant digits)"))
            return
        self.places[key] = place
        self.figures[key] = {
            "area": area, "measure": measure, "period": written[0],
            "period_start": written[1], "value": float(value),
            "unit": unit, "source": source,
        }

    def check_units(self) -> None:
        """A measure has one unit throughout a file: a value in another one ("45%"
        among counts, a count among rates) is a problem at its cell, not a figure
        stored in the wrong unit beside the others."""
        by_measure: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for key, figure in self.figures.items():
            by_measure[figure["measure"]].append((self.places[key], figure["unit"] or COUNT))
        for measure, found in by_measure.items():
            units = Counter(unit for _, unit in found)
            if len(units) < 2:
                continue
            usual, count = units.most_common(1)[0]
            for place, unit in found:
                if unit != usual:
                    self.problems.append(problem_at(
                        place, f"this {measure} value is {_unit_words(unit)[0]}, but the file's other "
                        f"{count:,} {measure} value{'s are' if count != 1 else ' is'} "
                        f"{_unit_words(usual)[count != 1]}"))

    def check_stored_units(self, stored: list[dict]) -> None:
        """A measure keeps one unit across imports: a file giving it in another
        unit than its stored figures ("71.2" as a count beside percentages) is
        refused at its first cell or line in that unit, since fill would word
        one as a count and the other as a percentage, and each figure's
        replacement would only be counted as restated.

        ``stored``: rows of ``measure``, ``unit``, ``figures`` and the earliest
        one's ``area``, ``period`` and ``period_start``, as
        :func:`drafter.store.figures.units_stored` gives them."""
        kinds: dict[str, dict[str, dict]] = defaultdict(dict)  # measure -> unit as fill words it -> stored
        for row in sorted(stored, key=lambda row: row["period_start"]):
            found = kinds[row["measure"]].setdefault(_unit_kind(row["unit"]), {**row, "figures": 0})
            found["figures"] += row["figures"]
        in_file: dict[str, dict[str, str]] = defaultdict(dict)  # measure -> unit -> its first place
        for key, figure in self.figures.items():
            in_file[figure["measure"]].setdefault(_unit_kind(figure["unit"]), self.places[key])
        for measure, units in in_file.items():
            if len(units) > 1:
                continue  # the file disagrees with itself: check_units names its odd cells
            [(kind, place)] = units.items()
            for stored_kind, row in kinds.get(measure, {}).items():
                if stored_kind != kind:
                    self.problems.append(problem_at(place, _unit_change(measure, kind, stored_kind, row)))

    def has(self, area: str, measure: str, period: Period) -> bool:
        return (area.casefold(), measure, str(period)) in self.figures


def problem_at(place: str, reason: str) -> Problem:
    """A problem at a place as :meth:`Sheet.place` writes it (``line 4`` or ``Table P1!D12``)."""
    line = place.removeprefix("line ")
    return Problem(reason, int(line)) if line.isdigit() else Problem(reason, cell=place)


def _unit_kind(unit: str | None) -> str:
    """A unit as fill words it: "count", "persons" and no unit are all counts."""
    text = (unit or "").strip().lower()
    if is_count_unit(text):
        return COUNT
    if text in PERCENT_UNITS:
        return PERCENT
    return GBP if text in MONEY_UNITS else text


def _unit_change(measure: str, kind: str, stored_kind: str, stored: dict) -> str:
    figures = stored["figures"]
    many = figures != 1
    words = _unit_words(stored_kind)[many]
    stored_as = words if words.startswith("in ") else f"as {words}"
    first = f"{stored['area']}, {stored['period']}" + (f" and {figures - 1:,} more" if many else "")
    return (f"{measure} is read here as {_unit_words(kind)[0]}, but it is stored {stored_as} ({first}): a measure "
            f"keeps one unit; give the unit the stored figures have (in the file, or in [units] of "
            f"templates/figures-import.toml), or remove them first ('drafter figures remove')")


def _unit_words(unit: str) -> tuple[str, str]:
    """A unit as one value and as several are said to be in it."""
    if unit.startswith("per "):
        return f"a rate {unit}", f"rates {unit}"
    return {COUNT: ("a count", "counts"), PERCENT: ("a percentage", "percentages"),
            GBP: ("an amount in pounds", "amounts in pounds")}.get(unit, (f"in {unit}", f"in {unit}"))
