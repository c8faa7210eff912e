"""Wide tables: forces in rows, measures (or periods) in columns.

ONS's police force area tables and forces' performance packs put title and
note rows above the table. The table starts at the first row that names an
area in one of its first columns and has a value beside it; its header is
the nearest row above with two or more cells, and a row above that with
headings over the columns ("Homicides" over "Number" and "Rate per
100,000") is read as a group heading. Each column's measure and period come
from its title, its group heading, the file's own mapping, the measure and
period given with the import, or the sheet's title (in that order; see
:mod:`.headers`). Columns that name no known measure are listed as not
imported.

Rows: an "Area code" column, where there is one, tells forces (E23, W15)
and England and Wales (K04) from regions and countries; without codes,
:mod:`.regions` tells the rows of regions, countries and totals from the
forces' (the West Midlands region from the force, "London" the region from
the Metropolitan Police). Those rows, and a row the file's mapping leaves
out (a force's district), are listed as left out; a row whose name is no
known area is an error if it holds values, and a note if it does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from drafter.figures.importing.areas import Areas
from drafter.figures.importing.gathered import Gathered
from drafter.figures.importing.headers import (Title, read_title, sheet_period, title_measure, title_part_period,
                                               title_rate)
from drafter.figures.importing.mapping import RATE_BASES, RATE_SUFFIX, Mapping
from drafter.figures.importing.problems import Problem, cell_number, is_no_figure, not_a_number, shown
from drafter.figures.importing.regions import TableRow, settle
from drafter.figures.importing.title_given import Given, against_title
from drafter.figures.importing.tables import Sheet, filled, filled_width
from drafter.figures.periods import Period
from drafter.figures.title_periods import take_title_period
from drafter.forces import ENGLAND_AND_WALES

LAYOUT = "wide table"
_SCAN_ROWS = 200
_AREA_COLUMNS = 6
_GSS_CODE = re.compile(r"[EWKNS]\d{8}")
_FORCE_CODES = ("E23", "W15")
_NATIONAL_CODE = "K04"
_PART_HINT = ("drafter stores whole quarters and years: import a table of those, or give each column its "
              "period in a --mapping file's [columns]")


@dataclass(frozen=True)
class Column:
    index: int
    measure: str
    period: Period
    unit: str


@dataclass
class Table:
    header: int
    first: int
    area_at: int
    code_at: int | None
    group: int | None
    titles: list[str]
    title_cells: list[tuple[int, int]]  # (row, column) of each of ``titles``
    measure_needed: bool = False  # a column of values names only its period, and no measure was given
    period_at: int | None = None  # "Quarter": a column giving each row's period ("Kent | 2026-Q3 | 412")


def find_table(sheet: Sheet, mapping: Mapping, areas: Areas) -> Table | None:
    """Where the table is in the sheet, or None when no row names an area."""
    rows = sheet.rows
    start = mapping.header_row if mapping.header_row is not None else 0
    for row in range(start, min(len(rows), start + _SCAN_ROWS)):
        for column in range(min(len(rows[row]), _AREA_COLUMNS)):
            cell = rows[row][column]
            if not isinstance(cell, str) or not cell.strip() or not _has_values(rows[row], column):
                continue
            named = areas.named(mapping.area_name(cell))
            # A region's row starts the table too, so rows above its first force are read and listed.
            if named.area or named.left_out or named.region or mapping.leaves_out(cell):
                return _table_at(sheet, mapping, row, column, areas)
    return None


def _table_at(sheet: Sheet, mapping: Mapping, first: int, area_at: int, areas: Areas) -> Table | None:
    rows = sheet.rows
    if mapping.header_row is not None:
        header = mapping.header_row - 1
    else:
        # A region's subtotal above its first force ("North East", "2,345") is the table's, not its header.
        header = next((row for row in range(first - 1, -1, -1)
                       if sum(1 for cell in rows[row] if filled(cell)) >= 2
                       and not _region_row(rows[row], area_at, areas)), None)
        if header is None:
            return None
    group = header - 1 if header > 0 and any(filled(cell) for cell in rows[header - 1][area_at + 1:]) \
        else None
    above = group if group is not None else header
    title_cells = [(row, column) for row in range(above) for column in range(len(rows[row]))
                   if filled(rows[row][column])]
    titles = [sheet.text(row, column) for row, column in title_cells]
    return Table(header, first, area_at, _code_column(sheet, first, area_at), group, titles, title_cells)


def _region_row(cells: list, area_at: int, areas: Areas) -> bool:
    name = cells[area_at] if area_at < len(cells) else None
    return isinstance(name, str) and bool(name.strip()) and areas.named(name).region \
        and _has_values(cells, area_at)


def _has_values(cells: list, name_at: int) -> bool:
    return any(isinstance(cell, (int, float)) and not isinstance(cell, bool)
               or (isinstance(cell, str) and _looks_numeric(cell))
               for column, cell in enumerate(cells) if column != name_at)


def _looks_numeric(text: str) -> bool:
    try:
        return cell_number(text) is not None or is_no_figure(text) and text.strip() != ""
    except ValueError:
        return False


def _code_column(sheet: Sheet, first: int, area_at: int) -> int | None:
    sample = sheet.rows[first:first + 20]
    width = max((len(cells) for cells in sample), default=0)
    for column in range(min(width, _AREA_COLUMNS)):
        if column == area_at:
            continue
        codes = [cells[column] for cells in sample if column < len(cells) and filled(cells[column])]
        if codes and sum(1 for code in codes if _GSS_CODE.fullmatch(str(code).strip())) * 2 >= len(codes):
            return column
    return None


def columns_of(sheet: Sheet, table: Table, mapping: Mapping, measure: str | None,
               period: Period | None, gathered: Gathered) -> list[Column]:
    """What each column holds; a problem for a measure's column with no period.

    A column whose title names a period drafter cannot read ("Mar-23") is
    kept aside in ``gathered.no_period_read``: named as not imported, or as
    the problem when nothing else in the file is read."""
    overrun = sheet.header_overrun(table.header, table.first)
    if overrun is not None:
        gathered.problems.append(overrun)
        return []
    header = sheet.rows[table.header]
    table.period_at = _period_column(sheet, table)
    said_period = sheet_period(table.titles, sheet.name)
    sheet_measure = title_measure(table.titles, sheet.name, mapping)
    sheet_rate = title_rate(table.titles, sheet.name, mapping)
    group_titles = _group_titles(sheet, table, mapping)
    part = _title_naming_part(sheet, table) if said_period is None else None
    found: list[Column] = []
    for index in range(len(header)):
        if index in (table.area_at, table.code_at, table.period_at):
            continue
        title = read_title(header[index], mapping)
        group_at, group = group_titles.get(index, (None, None))
        own_measure = title.measure or (group.measure if title.values_only and group is not None else None)
        # A column whose title names no measure drafter knows takes the one given with the import;
        # the sheet's title speaks only for columns naming nothing but values ("Number of offences").
        chosen = own_measure or (measure if title.takes_measure_given and title.text else None) \
            or (sheet_measure if title.values_only and title.text else None)
        if own_measure is None and title.values_only and title.text \
                and _against_title(sheet, table, gathered, mapping, Given.by_option("measure", measure),
                                   sheet_measure):
            continue
        if title.unmapped is not None and _mapped_against_title(sheet, table, gathered, mapping, title,
                                                                sheet_measure, said_period):
            continue
        has_values = _column_has_values(sheet, table, index)
        unread = _unread_period(sheet, table, index, title, group_at, group)
        if unread is not None and (chosen or title.values_only):
            if has_values:
                named = f"{sheet.place(table.header, index)} {title.text!r}"
                if not title.unread and group is not None:  # the heading over it names the period unread
                    named += f" under {sheet.place(table.group, group_at)} {group.text!r}"
                gathered.no_period_read.append((named, unread))
            continue
        if chosen is None:
            if title.text and has_values:
                gathered.not_imported.append(f"{sheet.place(table.header, index)} {title.text!r}")
                table.measure_needed |= title.takes_measure_given
                if title.unknown_measure:
                    gathered.no_measure_known.append(sheet.problem(title.no_measure_problem(), table.header, index))
            continue
        per = title.per or (group.per if group else None) \
            or (sheet_rate if title.bare_period and group is None and chosen == sheet_measure else None)
        own_period = title.period or (group.period if group else None)
        given_period = Given.by_option("period", period) or Given.by_mapping_period(mapping)
        if own_period is None and _against_title(sheet, table, gathered, mapping, given_period, said_period):
            continue
        if own_period is None and part is not None:
            # Neither --period nor the mapping's period stands in for it: the figures are the part the title says.
            if not any(problem is part for problem in gathered.problems):
                gathered.problems.append(part)
            continue
        when = own_period or period or mapping.period or said_period
        if when is None and table.period_at is not None:
            when = ROW_PERIOD  # each row's, from its period column
        elif when is None:
            gathered.problems.append(sheet.problem(
                f"column {title.text or group.text!r} names no period, and neither does the sheet's "
                "title", table.header, index, needs="period"))
            continue
        _note_given(gathered, f"{sheet.place(table.header, index)} {title.text!r}",
                    measure=(measure, chosen, own_measure is not None),
                    period=(period, when, own_period is not None))
        name = f"{chosen}_{RATE_SUFFIX[per]}" if per else chosen
        unit = title.unit or (group.unit if group and title.values_only else None) or mapping.unit_of(chosen)
        found.append(Column(index, name, when, RATE_BASES[per] if per else unit))
    return found


def _title_naming_part(sheet: Sheet, table: Table) -> Problem | None:
    """The problem with a sheet whose title (or name) says its figures cover
    part of a period ("Homicides, financial year to date 2025/26"): the
    columns that take the title's period would be filed under the whole of it."""
    found = title_part_period(table.titles)
    if found is not None:
        index, why = found
        return sheet.problem(f"the sheet's title {shown(table.titles[index])} names no period drafter stores "
                             f"({why}): {_PART_HINT}", *table.title_cells[index])
    found = title_part_period([sheet.name]) if sheet.name else None
    if found is not None:
        return Problem(f"the sheet's name {sheet.name!r} names no period drafter stores ({found[1]}): {_PART_HINT}")
    return None


def _against_title(sheet: Sheet, table: Table, gathered: Gathered, mapping: Mapping, given: Given | None,
                   said) -> bool:
    return against_title(sheet, table.titles, table.title_cells, gathered, mapping, given, said)


def _mapped_against_title(sheet: Sheet, table: Table, gathered: Gathered, mapping: Mapping, title: Title,
                          sheet_measure: str | None, said_period: Period | None) -> bool:
    """Whether the file's mapping gives a column the title speaks for (one
    naming only values, or no period) a measure or period the title does not."""
    unmapped = title.unmapped
    measure_against = unmapped.values_only and _against_title(
        sheet, table, gathered, mapping,
        Given.by_mapped_column(mapping, title.text, "measure", title.measure), sheet_measure)
    period_against = unmapped.period is None and title.period is not None and _against_title(
        sheet, table, gathered, mapping,
        Given.by_mapped_column(mapping, title.text, "period", title.period), said_period)
    return measure_against or period_against


def _unread_period(sheet: Sheet, table: Table, index: int, title: Title, group_at: int | None,
                   group: Title | None) -> Problem | None:
    """Why the column's own period cannot be read, at the cell naming it; None when it can, or names none."""
    if title.period is not None:
        return None
    if title.unread:
        return sheet.problem(title.unread_problem(), table.header, index)
    if group is not None and group.period is None and group.unread:
        return sheet.problem(group.unread_problem(), table.group, group_at)
    return None


def _note_given(gathered: Gathered, column: str, **options: tuple) -> None:
    """Record, for each option given with the import (``--measure``,
    ``--period``), whether this column used it or names its own, different one:
    an option no column used, against what the file says, is not passed over
    in silence."""
    for option, (given, chosen, own) in options.items():
        if given is None:
            continue
        if not own:
            gathered.given_used.add(option)
        elif chosen != given:
            gathered.given_contradicted.setdefault(option, f"{column} names its own {option}, {chosen}")


def _group_titles(sheet: Sheet, table: Table, mapping: Mapping) -> dict[int, tuple[int, Title]]:
    """Each column's group heading and the column it is in: the nearest heading at or left of it."""
    if table.group is None:
        return {}
    cells = sheet.rows[table.group]
    titles, current = {}, None
    for index in range(table.area_at + 1, len(sheet.rows[table.header])):
        if index < len(cells) and filled(cells[index]):
            current = (index, read_title(cells[index], mapping))
        if current is not None:
            titles[index] = current
    return titles


def _column_has_values(sheet: Sheet, table: Table, index: int) -> bool:
    return any(index < len(cells) and filled(cells[index]) for cells in sheet.rows[table.first:])


def read_wide(sheet: Sheet, table: Table, columns: list[Column], mapping: Mapping, areas: Areas,
              gathered: Gathered, source: str) -> None:
    gathered.uses(LAYOUT, sheet.name)
    named = [found for row in range(table.first, len(sheet.rows))
             if (name := sheet.text(row, table.area_at))
             and (found := _row_named(sheet, table, row, name, mapping, areas, columns, gathered))]
    if table.period_at is None:
        if _read_rows(sheet, table, named, columns, areas, gathered, source):
            gathered.regions_only.append(sheet.name)
        return
    # One period's rows at a time: a force named once a period, its region told from it as in any table.
    by_period: dict[Period, list[TableRow]] = {}
    for entry in named:
        written = sheet.text(entry.row, table.period_at)
        when = row_period(written)
        if when is None:
            gathered.problems.append(sheet.problem(f"{written!r} is no period drafter can read (a quarter, "
                                                   "2026-Q3; a year, 2025/26; a year ending, YE2026-06)",
                                                   entry.row, table.period_at))
        else:
            by_period.setdefault(when, []).append(entry)
    regions_only = [_read_rows(sheet, table, entries, [column if column.period is not ROW_PERIOD
                                                       else replace(column, period=when) for column in columns],
                               areas, gathered, source) for when, entries in by_period.items()]
    if regions_only and all(regions_only):
        gathered.regions_only.append(sheet.name)


def _read_rows(sheet: Sheet, table: Table, named: list[TableRow], columns: list[Column], areas: Areas,
               gathered: Gathered, source: str) -> bool:
    """Store the rows ``named``; whether they were all for regions and countries."""
    settled = settle(sheet, named, columns, table.area_at)
    gathered.problems.extend(settled.problems)
    # In a CSV file, an area's row must line up with the header; a region's
    # heading may stop short, but not run on (an unquoted "London, City of").
    heading_rows = [sheet.rows[row] for row in (table.header, table.group) if row is not None]
    width = max(filled_width(cells) for cells in heading_rows)
    header_fields = max(len(cells) for cells in heading_rows)
    rows = [*settled.stored, *((entry, None) for entry in settled.left_out)]
    for entry, area in sorted(rows, key=lambda pair: pair[0].row):
        problem = sheet.fields_problem(entry.row, width, needed=None if area else 0,
                                      header_fields=header_fields)
        if problem is not None:
            gathered.problems.append(problem)
        elif area is None:
            if entry.has_values:
                # "West Midlands" left out beside the force stored under that name is its region.
                also_an_area = not entry.total and areas.named(entry.name).area is not None
                gathered.left_out_regions.add(f"{entry.name} region" if also_an_area else entry.name)
        else:
            if entry.total:
                gathered.totals_as_national.append(f"{entry.name!r} at {sheet.place(entry.row, table.area_at)}")
            gathered.rows_read += 1
            for column in columns:
                add_value(sheet, entry.row, column, area, gathered, source)
    return settled.regions_only


# Titles of a column giving each row's period.
_PERIOD_TITLES = frozenset({"period", "quarter", "reporting period", "time period", "financial quarter",
                            "financial year", "year", "year ending", "12 months ending", "rolling 12 months to"})
ROW_PERIOD = Period(0, 3)  # a column's period is its row's


def row_period(written: str) -> Period | None:
    """The period a cell of a period column names ("2026-Q3", "Q3 2026/27", "YE Jun 26"), or None."""
    rest, period, _ = take_title_period(written)
    return period if period is not None and not rest.strip() else None


def _period_column(sheet: Sheet, table: Table) -> int | None:
    """The column giving each row's period: titled as one, with a cell under it (one naming no
    period drafter reads is named by its line when the rows are read)."""
    header = sheet.rows[table.header]
    for index, title in enumerate(header):
        if index == table.area_at or " ".join(str(title or "").lower().split()) not in _PERIOD_TITLES:
            continue
        written = [sheet.text(row, index) for row in range(table.first, len(sheet.rows))
                   if sheet.text(row, table.area_at) and sheet.text(row, index)]
        if written:
            return index
    return None


def _row_named(sheet: Sheet, table: Table, row: int, name: str, mapping: Mapping, areas: Areas,
               columns: list[Column], gathered: Gathered) -> TableRow | None:
    """What a row is for, by its area code or its name; None to skip it."""
    if mapping.leaves_out(name):
        gathered.left_out_by_mapping.add(name)
        return None
    named = areas.named(mapping.area_name(name))
    cells = sheet.rows[row]
    has_values = any(filled(cells[c.index]) for c in columns if c.index < len(cells))
    if table.code_at is not None:
        code = sheet.text(row, table.code_at).upper()
        if code.startswith(_NATIONAL_CODE):
            return TableRow(row, named.text, area=ENGLAND_AND_WALES, has_values=has_values)
        if _GSS_CODE.fullmatch(code) and not code.startswith(_FORCE_CODES):
            return TableRow(row, named.text, region=named.region or named.text, has_values=has_values)
        if _GSS_CODE.fullmatch(code) and named.area is not None:
            return TableRow(row, named.text, area=named.area, has_values=has_values)  # the force, by its code
    if named.left_out:
        gathered.left_out.add(named.left_out)
        return None
    if named.area is not None or named.region or named.total:
        return TableRow(row, named.text, area=named.area, region=named.region, total=named.total,
                        has_values=has_values)
    if has_values:
        gathered.problems.append(sheet.problem(areas.unknown_row(name), row, table.area_at))
    return None  # a note under the table


def add_value(sheet: Sheet, row: int, column: Column, area: str, gathered: Gathered,
               source: str) -> None:
    value = sheet.value(row, column.index)
    try:
        found = cell_number(value)
    except ValueError:
        gathered.problems.append(sheet.problem(not_a_number(value), row, column.index))
        return
    if found is None:
        gathered.no_figure += 1
        gathered.marked.append((area, column.measure, column.period))
        return
    place = sheet.place(row, column.index)
    gathered.add(area, column.measure, column.period, found[0], found[1] or column.unit, source, place,
                 duplicate=lambda first: sheet.problem(
                     f"duplicate figure: {area}, {column.measure}, {column.period} is already "
                     f"given at {first}", row, column.index))
