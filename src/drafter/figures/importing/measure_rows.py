"""A force's own performance summary: measures in rows, periods in columns.

"Lancashire Constabulary: quarterly performance summary" above a header row
"Measure | Apr - Jun 2025 | Jul - Sep 2025 | Change" and rows "Homicides",
"Knife crime offences", "Victim satisfaction (%)". The area is the one the
sheet's title lines name (a force, or a local area of the workspace's
settings); each row's measure is read from its label as a wide table's
column title is ("(%)" a percentage, "per 100,000" a rate), each column's
period from its title. A column naming no period ("Change", "% change") and a
row naming no known measure are listed as not imported; a column naming a
period drafter does not store ("2025/26 YTD") is listed as such.

Tried only when no row of the sheet names a police force area.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.figures.importing.areas import Areas
from drafter.figures.importing.gathered import Gathered
from drafter.figures.importing.headers import Title, read_title
from drafter.figures.importing.mapping import RATE_BASES, RATE_SUFFIX, Mapping
from drafter.figures.importing.problems import Problem
from drafter.figures.importing.tables import Sheet, filled
from drafter.figures.importing.wide import add_value
from drafter.figures.periods import Period
from drafter.forces import forces_in_text

LAYOUT = "measures in rows"
_SCAN_ROWS = 30
_LABEL_COLUMNS = 3


@dataclass(frozen=True)
class _Column:
    index: int
    measure: str
    period: Period
    unit: str


@dataclass
class MeasureRows:
    header: int
    label_at: int
    periods: dict[int, Period]  # column -> the period its title names
    unread: dict[int, Title]  # columns whose title names a period drafter does not store
    others: list[int]  # columns naming no period ("Change")
    titles: list[tuple[int, int, str]]  # (row, column, text) of the lines above the header


def find_measure_rows(sheet: Sheet, mapping: Mapping) -> MeasureRows | None:
    """The table, when the sheet has a header row of periods over rows
    labelled by known measures; None when it has no such table."""
    rows = sheet.rows
    for header in range(min(len(rows), _SCAN_ROWS)):
        cells = rows[header]
        titles = {index: read_title(cell, mapping) for index, cell in enumerate(cells) if filled(cell)}
        periods = {index: title.period for index, title in titles.items()
                   if title.period is not None and title.measure is None and title.values_only}
        if not periods:
            continue
        # "Priority | Measure | Q1 2026/27": the priority's words ("Neighbourhood crime") may name a
        # measure too, but the column naming the most is the one labelling each row's figures.
        named = {index: _measures_labelled(sheet, header, index, mapping)
                 for index in range(min(min(periods), _LABEL_COLUMNS))}
        label_at = max((index for index in named if named[index]), key=lambda index: (named[index], index),
                       default=None)
        if label_at is None:
            continue
        unread = {index: title for index, title in titles.items()
                  if index > label_at and title.unread and title.measure is None}
        others = [index for index in titles if index > label_at and index not in periods and index not in unread]
        above = [(row, column, sheet.text(row, column)) for row in range(header)
                 for column in range(len(rows[row])) if filled(rows[row][column])]
        return MeasureRows(header, label_at, periods, unread, others, above)
    return None


def _measures_labelled(sheet: Sheet, header: int, at: int, mapping: Mapping) -> int:
    """How many of the column's labels under the header name a known measure."""
    labels = [cells[at] for cells in sheet.rows[header + 1:header + 1 + _SCAN_ROWS]
              if at < len(cells) and isinstance(cells[at], str) and cells[at].strip()]
    return sum(read_title(label, mapping).measure is not None for label in labels)


def area_of(sheet: Sheet, table: MeasureRows, areas: Areas) -> tuple[str | None, Problem | None]:
    """The one area the title lines (or the sheet's name) name, or the
    problem: none named, or more than one."""
    texts = [text for _, _, text in table.titles] + ([sheet.name] if sheet.name else [])
    for text in texts:
        named = {mention.force for mention in forces_in_text(text)}
        named |= {local for local in areas.local if _names(text, local)}
        if len(named) == 1:
            return named.pop(), None
        if len(named) > 1:
            return None, _problem(sheet, table, f"the title {text!r} names {' and '.join(sorted(named))}: "
                                                f"{_AREA_HINT}")
    return None, _problem(sheet, table, f"a table of measures in rows names no area above it: {_AREA_HINT}")


_AREA_HINT = ("name the one force or area its figures are for in the sheet's title "
              "(e.g. 'Lancashire: performance summary')")


def _names(text: str, area: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(area)}(?!\w)", text, re.IGNORECASE) is not None


def _problem(sheet: Sheet, table: MeasureRows, reason: str) -> Problem:
    if table.titles:
        row, column, _ = table.titles[0]
        return sheet.problem(reason, row, column)
    return sheet.problem(reason, table.header, table.label_at)


def read_measure_rows(sheet: Sheet, table: MeasureRows, area: str, mapping: Mapping, gathered: Gathered,
                      source: str) -> None:
    """Each known measure's row, one figure a period column."""
    gathered.uses(LAYOUT, sheet.name)
    for index in table.others:
        gathered.not_imported.append(f"{sheet.place(table.header, index)} {sheet.text(table.header, index)!r}")
    for index, title in table.unread.items():
        gathered.no_period_read.append((f"{sheet.place(table.header, index)} {title.text!r}",
                                        sheet.problem(title.unread_problem(), table.header, index)))
    periods = _one_column_a_period(sheet, table, gathered)
    for row in range(table.header + 1, len(sheet.rows)):
        cells = sheet.rows[row]
        label = cells[table.label_at] if table.label_at < len(cells) else None
        has_values = any(filled(cells[index]) for index in table.periods if index < len(cells))
        if not filled(label) or not has_values:
            continue
        title = read_title(label, mapping)
        if title.measure is None or title.period is not None:
            gathered.rows_not_imported.append(f"{sheet.place(row, table.label_at)} {str(label).strip()!r}")
            continue
        measure = f"{title.measure}_{RATE_SUFFIX[title.per]}" if title.per else title.measure
        unit = RATE_BASES[title.per] if title.per else title.unit or mapping.unit_of(title.measure)
        gathered.rows_read += 1
        for index, period in periods.items():
            add_value(sheet, row, _Column(index, measure, period, unit), area, gathered, source)


def _one_column_a_period(sheet: Sheet, table: MeasureRows, gathered: Gathered) -> dict[int, Period]:
    """The period columns, each period's first; a later column naming a period again ("Q4 25/26"
    and "Jan-Mar 26") is one problem at its title, not a duplicate figure on every row."""
    first: dict[Period, int] = {}
    for index, period in table.periods.items():
        if period in first:
            earlier = first[period]
            where = f" ({sheet.place(table.header, earlier)})" if sheet.name is not None else ""  # a CSV line is one
            gathered.problems.append(sheet.problem(
                f"{sheet.text(table.header, index)!r} names {period}, as {sheet.text(table.header, earlier)!r}"
                f"{where} does: give each period one column", table.header, index))
        else:
            first[period] = index
    return {index: period for period, index in first.items()}
