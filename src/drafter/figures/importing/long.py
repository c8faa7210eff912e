"""The long layout: one figure per row::

    area,measure,period,value,unit,source
    West Midlands,homicides,2022,45,,HMICFRS Digital Crime and Performance Pack
    West Midlands,victim_satisfaction,2022/23,71.2%,,Victim survey

``area``, ``measure``, ``period`` and ``value`` are required; ``unit`` and
``source`` are optional (a blank source means the file's name; a blank unit,
with no ``%`` or ``£`` in the value, the unit ``[units]`` of the mapping gives
the measure, or a rate's by its name). A row for a body with no police force
area (British Transport Police, Action Fraud) is left out and listed, as in
the other layouts. Headers are matched without regard to case or surrounding
spaces. Values may carry thousands separators (``65,450``), a ``%`` or a
``£`` (``£400,000``, ``£2m``, ``£1.5 million``) and a footnote mark after the
number (``123 [note 4]``); a row marking no figure (``[x]``, ``..``) is refused,
since each row is there for its figure. Every bad row is reported
with its line (or, in a workbook, its cell).
"""

from __future__ import annotations

import re

from drafter.errors import BadPeriod
from drafter.figures.importing.areas import Areas
from drafter.figures.importing.gathered import Gathered
from drafter.figures.importing.mapping import MEASURE_RE, Mapping
from drafter.figures.importing.problems import (
    Problem,
    cell_number,
    normalise_unit,
    not_a_number,
    shown,
)
from drafter.figures.importing.tables import Sheet, filled, filled_width
from drafter.figures.model import normalise_measure
from drafter.figures.periods import Period

REQUIRED_COLUMNS = ("area", "measure", "period", "value")
# "2025-06-30", "30/06/2025", a date cell: the day a quarter or a year ends, not which.
_A_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")
OPTIONAL_COLUMNS = ("unit", "source")
LAYOUT = "long"


def header_row(sheet: Sheet) -> int | None:
    """The row holding the long layout's header: the first row naming area,
    measure, period and value, below nothing but title and note lines; None
    when the first row that is more than such a line is not that header."""
    index = _first_past_the_title(sheet)
    if index is None or not set(REQUIRED_COLUMNS) <= {_name(cell) for cell in sheet.rows[index]}:
        return None
    return index


def _first_past_the_title(sheet: Sheet) -> int | None:
    """The first of the top rows that is more than a title or note line (a row
    naming the four columns fills more cells than a title does)."""
    return next((i for i, row in enumerate(sheet.rows[:_TOP_ROWS]) if not _title_or_note(row)), None)


def missing_columns_problem(sheet: Sheet) -> Problem | None:
    """Why the header row is not a long-layout header, when it looks like an attempt at one."""
    index = _first_past_the_title(sheet)
    if index is None:
        return None
    names = [_name(cell) for cell in sheet.rows[index]]
    known = [name for name in names if name in REQUIRED_COLUMNS + OPTIONAL_COLUMNS]
    if not known:
        return None
    missing = [name for name in REQUIRED_COLUMNS if name not in names]
    found = ", ".join(repr(n) for n in names if n) or "nothing"
    return sheet.problem(
        f"not a figures file: the header must name the columns {', '.join(REQUIRED_COLUMNS)} "
        f"(missing {', '.join(missing)}; found {found})", index, 0)


# A title or note line above the header ("Derbyshire Constabulary: figures for
# the OPCC", "Provisional, extracted 4 August") fills a cell or two; a header
# or a row of figures fills more.
_TOP_ROWS = 30
_MOST_CELLS_OF_A_TITLE = 2


def _title_or_note(row) -> bool:
    return sum(1 for cell in row if _name(cell)) <= _MOST_CELLS_OF_A_TITLE


def _name(cell) -> str:
    return str(cell).strip().lstrip("\ufeff").lower() if cell is not None else ""


def read_long(sheet: Sheet, header: int, areas: Areas, gathered: Gathered, mapping: Mapping) -> None:
    gathered.uses(LAYOUT, sheet.name)
    names = [_name(cell) for cell in sheet.rows[header]]
    columns: dict[str, int] = {}
    for index, name in enumerate(names):
        if name in REQUIRED_COLUMNS + OPTIONAL_COLUMNS:
            if name in columns:
                gathered.problems.append(sheet.problem(f"column {name!r} appears twice in the header",
                                                       header, index))
            columns.setdefault(name, index)
    width = filled_width(sheet.rows[header])
    # The unit and source columns may be left off the end of a row, not the figure's own.
    needed = max(columns[name] for name in REQUIRED_COLUMNS) + 1
    # In a CSV file, text under an untitled header field between titled ones is refused
    # as it is past the last: a note, or a value's comma that shifted the cells after it.
    untitled = [index for index, name in enumerate(names[:width]) if not name] if sheet.name is None else []
    unknown: set[str] = set()
    found = False
    for row in range(header + 1, len(sheet.rows)):
        record = sheet.rows[row]
        if not any(str(cell).strip() for cell in record if cell is not None):
            continue
        gathered.rows_read += 1
        found = True
        problem = sheet.fields_problem(row, width, needed, header_fields=len(sheet.rows[header])) \
            or next((sheet.untitled_problem(row, index) for index in untitled
                     if index < len(record) and filled(record[index])), None)
        if problem is not None:
            gathered.problems.append(problem)
            continue
        _read_row(sheet, row, record, columns, areas, gathered, unknown, mapping)
    if not found:
        gathered.problems.append(Problem("the file has a header but no figures") if sheet.name is None
                                 else sheet.problem("the sheet has a header but no figures", header))


def _read_row(sheet: Sheet, row: int, record: list, columns: dict[str, int], areas: Areas,
              gathered: Gathered, unknown: set[str], mapping: Mapping) -> None:
    """Check one row and add its figure; an unknown area is reported on its first row only."""
    reasons: list[tuple[str, str]] = []  # (column, reason)
    text = {name: sheet.text(row, columns[name]) if name in columns else ""
            for name in REQUIRED_COLUMNS + OPTIONAL_COLUMNS}
    # A formula that failed reads as a blank cell; the sheet knows what it left instead.
    value = sheet.value(row, columns["value"])
    if not text["value"] and value not in ("", None):
        text["value"] = str(value)
    filled_cells = [] if any(text[name] for name in ("measure", "period", "value")) \
        else [column for column in range(len(record)) if sheet.text(row, column)]
    if len(filled_cells) == 1:
        # "Notes: figures are provisional" under the figures: one line for it, not one a column.
        gathered.problems.append(sheet.problem(
            f"{shown(sheet.text(row, filled_cells[0]))} is a note, not a figure: every row gives area, "
            "measure, period and value (move notes out of the file)", row, filled_cells[0]))
        return
    for name in REQUIRED_COLUMNS:
        if not text[name]:
            reasons.append((name, f"{name} is empty"))
    area = None
    if text["area"]:
        named = areas.named(text["area"])
        if named.left_out:
            # British Transport Police and the fraud bodies police no area: listed, not refused.
            gathered.left_out.add(named.left_out)
            return
        area = named.area
        if area is None and text["area"] not in unknown:
            unknown.add(text["area"])
            reasons.append(("area", areas.unknown(text["area"])))
    measure = normalise_measure(text["measure"])
    if text["measure"] and not MEASURE_RE.fullmatch(measure):
        reasons.append(("measure", f"measure {text['measure']!r} must be a name of letters, digits "
                                   "and underscores, starting with a letter (e.g. knife_offences)"))
    period = None
    if text["period"]:
        try:  # also as a column title or a sentence writes it: "Q2 2026/27", "Jul to Sep 2023"
            period = Period.parse(text["period"])
        except BadPeriod as exc:
            reasons.append(("period", f"{exc} (a date names no period: it may end a quarter or a year)"
                            if _A_DATE.fullmatch(text["period"]) else str(exc)))
    number = implied_unit = None
    if text["value"]:
        try:
            # Read as the other layouts read a cell: "123 [note 4]" is 123.
            read = cell_number(value)
        except ValueError:
            reasons.append(("value", not_a_number(value, "value {} is not a number")))
        else:
            if read is None:
                # Each row is there for its figure, so a marker such as "n/a" is a mistake here.
                reasons.append(("value", f"value {shown(value)} marks no figure, but each row here "
                                         "gives one: leave the row out"))
            else:
                number, implied_unit = read
    unit = normalise_unit(text["unit"])
    if implied_unit and unit and unit != implied_unit:
        reasons.append(("unit", f"value {shown(value)} is in {implied_unit} but the unit column "
                                f"says {unit!r}"))
    if reasons or area is None:
        gathered.problems.extend(sheet.problem(reason, row, columns.get(column))
                                 for column, reason in reasons)
        return
    gathered.add(area, measure, period, number, unit or implied_unit or mapping.declared_unit(measure),
                 text["source"] or gathered.source, sheet.place(row, columns["value"]),
                 duplicate=lambda first: sheet.problem(
                     f"duplicate figure: {area}, {measure}, {period} is already given on {first}",
                     row, columns["value"]))
