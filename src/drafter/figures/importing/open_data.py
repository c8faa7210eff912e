"""The Home Office's police recorded crime open data tables.

One row per force, quarter and offence, under the header ``Financial Year,
Financial Quarter, Force Name, Offence Description, Offence Group, Offence
Subgroup, Offence Code, Number of Offences`` (a workbook holds one sheet per
financial year). The mapping file says which offence rows make up each
measure. For every force the file covers, each measure is added up by
calendar quarter (financial quarter 1 is April to June), then over the four
quarters ending each quarter: financial years (ending March), calendar years
(ending December) and the 12 months ending June and September. England and
Wales is the sum of the 43 forces.

A file need not hold every quarter or force: a re-issue of one quarter, or
a release without one force, is added up with the figures stored before
for the quarters and forces it lacks, so that every stored year that holds
a quarter it revises, and every national total, is restated, never left
out of step (the import's report names the forces taken from storage).

Counting rules, so no figure is invented:

- a quarter of a force is counted only when the file has rows for that force
  and quarter; a measure no row of the whole file matches is not counted at all
  (the recorded crime table has no knife-crime rows, so it gives no
  knife-crime figures rather than zeros);
- a quarter the file covers with no rows for an offence had none of it;
- a marker such as ``[x]``, or a blank number of offences, leaves that
  quarter, and every total that needs it, without a figure;
- a row that is not whole is an error, never padded out: a CSV row with fewer
  fields than the header (or more that hold anything), or a row with an
  offence cell empty;
- a total needs all four of its quarters, from the file or stored.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from operator import itemgetter

from drafter.errors import BadPeriod
from drafter.figures.importing.areas import Areas
from drafter.figures.importing.gathered import Gathered
from drafter.figures.importing.mapping import Mapping, normalise_title
from drafter.figures.importing.problems import cell_number, not_a_number, shown
from drafter.figures.importing.tables import Sheet, filled, filled_width
from drafter.figures.periods import Period
from drafter.forces import ENGLAND_AND_WALES, FORCE_NAMES

LAYOUT = "Home Office open data"
HEADER = ("financial year", "financial quarter", "force name", "offence description",
          "offence group", "offence subgroup", "offence code", "number of offences")
_REQUIRED = ("financial year", "financial quarter", "force name", "number of offences")
_OFFENCE = ("offence group", "offence subgroup", "offence code", "offence description")
UNKNOWN = None  # a quarter's value that a marker withheld


def header_row(sheet: Sheet) -> int | None:
    """The row of the open-data header, when the sheet has one near its top."""
    for index, row in enumerate(sheet.rows[:20]):
        names = {normalise_title(cell) for cell in row if cell not in (None, "")}
        if set(_REQUIRED) <= names and names & set(_OFFENCE):
            return index
    return None


class OpenData:
    """Quarterly counts gathered from one or more open-data sheets."""

    def __init__(self, mapping: Mapping, areas: Areas, gathered: Gathered, stored=None):
        self.mapping, self.areas, self.gathered = mapping, areas, gathered
        self.stored = stored
        """measures -> {(area, measure, period text): value} of the figures
        stored before this import, or None (a file read on its own)."""
        self.restated_with_stored: set[str] = set()
        """Forces the file has no rows for whose stored figures went into
        England and Wales's totals."""
        self.rules = [rule for rule in mapping.open_data.values() if not rule.sum_of]
        self.sums = [rule for rule in mapping.open_data.values() if rule.sum_of]
        # quarter index (year * 4 + calendar quarter - 1) -> count, or UNKNOWN
        self.counts: dict[tuple[str, str], dict[int, Decimal | None]] = defaultdict(dict)
        self.covered: dict[str, set[int]] = defaultdict(set)  # area -> quarters with rows
        self.matched: set[str] = set()
        self._measures_of: dict[tuple, tuple[str, ...]] = {}
        self._quarter_of: dict[tuple, int | None] = {}
        self._unknown_areas: dict[str, int] = {}
        # (area, quarter, offence cells) -> where the row counted for it is: each is counted once.
        self._rows_seen: dict[tuple, str] = {}

    def read(self, sheet: Sheet, header: int) -> None:
        self.gathered.uses(LAYOUT, sheet.name)
        names = [normalise_title(cell) for cell in sheet.rows[header]]
        column = {name: names.index(name) for name in HEADER if name in names}
        year_at, quarter_at = column["financial year"], column["financial quarter"]
        force_at, number_at = column["force name"], column["number of offences"]
        present = [name for name in _OFFENCE if name in column]
        getter = itemgetter(*(column[name] for name in present))
        # itemgetter of one index gives the cell itself, of several a tuple.
        offence_of = getter if len(present) > 1 else (lambda cells: (getter(cells),))
        width = filled_width(sheet.rows[header])
        from_csv = sheet.name is None  # a workbook's rows are all as wide as its sheet
        problems = self.gathered.problems
        for row in range(header + 1, len(sheet.rows)):
            cells = sheet.rows[row]
            if from_csv and len(cells) != width:
                if not any(filled(cell) for cell in cells):
                    continue
                problem = sheet.fields_problem(row, width, header_fields=len(sheet.rows[header]))
                if problem is not None:
                    problems.append(problem)
                    continue
            force = cells[force_at]
            if force in (None, ""):
                if any(cell not in (None, "") for cell in cells):
                    problems.append(sheet.problem("the force name is empty", row, force_at))
                continue
            self.gathered.rows_read += 1
            named = self.areas.named(force)
            if named.area is None:
                if named.left_out:
                    self.gathered.left_out.add(named.left_out)
                elif force not in self._unknown_areas:
                    self._unknown_areas[force] = row
                    problems.append(sheet.problem(self.areas.unknown(str(force)), row, force_at))
                continue
            quarter = self._quarter(sheet, row, cells[year_at], cells[quarter_at], year_at)
            if quarter is None:
                continue
            self.covered[named.area].add(quarter)
            offence = offence_of(cells)
            measures = self._measures_of.get(offence)
            if measures is None:
                blank = next((name for name, cell in zip(present, offence) if not filled(cell)), None)
                if blank is not None:
                    # Matched on the rest, the row could count as another offence or as
                    # none, and a quarter with none of an offence is stored as 0.
                    problems.append(sheet.problem(f"the {blank} is empty", row, column[blank]))
                    continue
                measures = self._measures_of[offence] = self._match(dict(zip(present, offence)))
            if not measures:
                continue
            first = self._rows_seen.setdefault((named.area, quarter, _folded(offence)), sheet.place(row))
            if first != sheet.place(row):
                # Pasted twice, or two overlapping extracts joined: adding both would double the count.
                problems.append(sheet.problem(
                    f"duplicate row: {named.area}, {sheet.text(row, year_at)} {sheet.text(row, quarter_at)}, "
                    f"{_offence_named(present, offence)} is already given on {first}", row, number_at))
                continue
            value = sheet.value(row, number_at)
            if type(value) is float and value.is_integer():
                number = Decimal(int(value))
            elif type(value) is str and value.isdigit():
                number = Decimal(value)
            else:
                try:
                    found = cell_number(value)
                except ValueError:
                    problems.append(sheet.problem(not_a_number(value, "{} is not a number of offences"),
                                                  row, number_at))
                    continue
                if found is not None and found[0] != found[0].to_integral_value():
                    problems.append(sheet.problem(f"{shown(value)} is not a whole number of offences",
                                                  row, number_at))
                    continue
                number = found[0] if found is not None else UNKNOWN
                if number is UNKNOWN:
                    self.gathered.no_figure += 1
            for measure in measures:
                counts = self.counts[(named.area, measure)]
                if number is UNKNOWN or counts.get(quarter, 0) is UNKNOWN:
                    counts[quarter] = UNKNOWN
                else:
                    counts[quarter] = counts.get(quarter, 0) + number

    def _match(self, offence: dict) -> tuple[str, ...]:
        code = offence.get("offence code", "")
        code = str(int(code)) if isinstance(code, float) and code.is_integer() else str(code)
        cells = (normalise_title(offence.get("offence group", "")),
                 normalise_title(offence.get("offence subgroup", "")), code.strip().upper(),
                 normalise_title(offence.get("offence description", "")))
        measures = tuple(rule.measure for rule in self.rules if rule.matches(*cells))
        self.matched.update(measures)
        return measures

    def _quarter(self, sheet: Sheet, row: int, year, quarter, year_at: int) -> int | None:
        """The calendar quarter index of a financial year and quarter, or None (a problem)."""
        key = (year, quarter)
        if key in self._quarter_of:
            return self._quarter_of[key]  # a bad pair is reported once, where first seen
        found = None
        try:
            financial = Period.parse(str(year).strip())
            number = int(float(str(quarter).strip().upper().removeprefix("Q")))
            if financial.kind == "financial" and 1 <= number <= 4:
                # Financial quarter 1 (April to June) is the year's second calendar quarter.
                found = financial.year * 4 + number
        except (BadPeriod, ValueError):
            pass
        self._quarter_of[key] = found
        if found is None:
            self.gathered.problems.append(sheet.problem(
                f"financial year {shown(year)} and quarter {shown(quarter)} are not a financial "
                "year (2023/24) and a quarter 1 to 4", row, year_at))
        return found

    # -- totals ---------------------------------------------------------------
    def finish(self) -> None:
        """Add every quarter's and every year's figures to the gathered figures."""
        counts = {key: value for key, value in self.counts.items() if key[1] in self.matched}
        for rule in self.sums:
            if all(part in self.matched for part in rule.sum_of):
                self.matched.add(rule.measure)
                for area, quarters in self.covered.items():
                    counts[(area, rule.measure)] = {
                        quarter: _total(counts.get((area, part), {}).get(quarter, 0)
                                        for part in rule.sum_of)
                        for quarter in quarters}
        totals: dict[tuple[str, str, Period], Decimal | None] = {}
        every_quarter = set().union(*self.covered.values())
        stored = self.stored(sorted(self.matched)) if self.stored is not None else {}
        stored_quarters = _stored_quarters(stored)
        for area, quarters in self.covered.items():
            for measure in sorted(self.matched):
                by_quarter = counts.get((area, measure), {})
                for quarter in quarters:
                    totals[(area, measure, _quarter_period(quarter))] = by_quarter.get(quarter, 0)
                # A year this file revises a quarter of takes its other quarters
                # from the figures stored before (an earlier release of the same
                # table), so no stored year is left out of step with its quarters.
                earlier = stored_quarters.get((area, measure), {})
                known = {quarter: by_quarter.get(quarter, 0) for quarter in quarters}
                for quarter in set(earlier) - set(quarters):
                    known[quarter] = earlier[quarter]
                for quarter in quarters:
                    for last in range(quarter, quarter + 4):
                        if all(last - back in known for back in range(4)):
                            every_quarter.add(last)
                            totals[(area, measure, _year_ending(last))] = _total(
                                known[last - back] for back in range(4))
        self._add_national(totals, stored)
        source = self.gathered.source
        order = {period: period.sort_key() for (_, _, period) in totals}
        for (area, measure, period), value in sorted(totals.items(),
                                                     key=lambda item: (*item[0][:2], order[item[0][2]])):
            if value is UNKNOWN:
                continue
            if period.months_long == 12 or area == ENGLAND_AND_WALES:
                self.gathered.computed += 1
            # Published offence counts can fall below zero in a quarter when
            # earlier records are cancelled: they are the data as published.
            self.gathered.add(area, measure, period, value, self.mapping.unit_of(measure), source,
                              f"the {LAYOUT} totals", negative_allowed=True)

    def _add_national(self, totals: dict, stored: dict) -> None:
        """England and Wales for every measure and period all 43 forces have:
        from this file, or for a force it has no rows for, from the figures
        stored before (a re-issue without one force restates the total
        from the forces' stored figures, not leaves it as it was)."""
        if ENGLAND_AND_WALES in self.covered or not set(FORCE_NAMES) & set(self.covered):
            return
        keys = {(measure, period) for (area, measure, period) in totals if area in FORCE_NAMES}
        for measure, period in keys:
            values, borrowed = [], []
            for force in FORCE_NAMES:
                if (force, measure, period) in totals:
                    values.append(totals[(force, measure, period)])
                elif (force, measure, str(period)) in stored:
                    values.append(stored[(force, measure, str(period))])
                    borrowed.append(force)
                else:
                    break
            else:
                if all(value is not UNKNOWN for value in values):
                    totals[(ENGLAND_AND_WALES, measure, period)] = sum(values, Decimal(0))
                    self.restated_with_stored.update(borrowed)


def _offence_named(present: list[str], offence: tuple) -> str:
    """An offence row as a message names it: its description, else its code."""
    cells = dict(zip(present, offence))
    for name in ("offence description", "offence code", "offence subgroup", "offence group"):
        if filled(cells.get(name)):
            text = " ".join(str(cells[name]).split())
            return text if name == "offence description" else f"{name} {text}"
    return "the same offence"


def _stored_quarters(stored: dict) -> dict[tuple[str, str], dict[int, Decimal]]:
    """(area, measure) -> {quarter index: value} of the stored quarters."""
    found: dict[tuple[str, str], dict[int, Decimal]] = defaultdict(dict)
    for (area, measure, text), value in stored.items():
        period = Period.parse(text)
        if period.quarter is not None:
            found[(area, measure)][period.year * 4 + period.quarter - 1] = value
    return found


def _total(values) -> Decimal | None:
    total = Decimal(0)
    for value in values:
        if value is UNKNOWN:
            return UNKNOWN
        total += value
    return total


def _quarter_period(index: int) -> Period:
    year, quarter = divmod(index, 4)
    return Period.parse(f"{year}-Q{quarter + 1}")


def _year_ending(index: int) -> Period:
    """The four quarters ending with quarter ``index``: a calendar year (ending
    December), a financial year (March) or a rolling year (June, September)."""
    year, quarter = divmod(index, 4)
    return Period.parse(f"YE{year}-{(quarter + 1) * 3:02d}")


def _folded(offence: tuple) -> tuple:
    """An offence's cells as rules match them, so "murder " is the row "Murder" is."""
    return tuple(normalise_title(cell) if isinstance(cell, str) else cell for cell in offence)
