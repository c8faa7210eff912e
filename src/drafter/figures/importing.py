"""Importing figures from a long-format CSV, one figure per row::

    area,measure,period,value,unit,source
    West Midlands,homicides,2022,45,,HMICFRS Digital Crime and Performance Pack
    West Midlands,victim_satisfaction,2022/23,71.2%,,Victim survey

``area``, ``measure``, ``period`` and ``value`` are required; ``unit`` and
``source`` are optional (a blank source means the file's name). Headers are
matched without regard to case or surrounding spaces, and a byte-order mark is
ignored. Values may carry thousands separators (``65,450``), a ``%`` or a
``£`` (``£400,000``, ``£2m``, ``£1.5 million``). An import checks every row
first and reports every bad one with its line number; only a clean file is
written, in one transaction.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from drafter.errors import BadPeriod, FiguresError
from drafter.figures.model import (
    GBP,
    PERCENT,
    normalise_area,
    normalise_measure,
    plain_number,
)
from drafter.figures.periods import Period
from drafter.store import figures as figure_store

MAX_FILE_BYTES = 20 * 2**20

REQUIRED_COLUMNS = ("area", "measure", "period", "value")
OPTIONAL_COLUMNS = ("unit", "source")
_MEASURE_RE = re.compile(r"[a-z][a-z0-9_]*")
_VALUE_RE = re.compile(
    r"""(?P<sign>[-−]?)\s*(?P<pound>£)?\s*
        (?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)\s*
        (?P<scale>k|thousand|m|mn|million|bn|billion)?\s*
        (?P<percent>%)?""",
    re.VERBOSE | re.IGNORECASE,
)
_SCALES = {"k": 10**3, "thousand": 10**3, "m": 10**6, "mn": 10**6, "million": 10**6,
           "bn": 10**9, "billion": 10**9}
_UNIT_NAMES = {
    "%": PERCENT, "percent": PERCENT, "per cent": PERCENT, "percentage": PERCENT, "pct": PERCENT,
    "£": GBP, "gbp": GBP, "pounds": GBP, "pound": GBP,
}


class Problem(str):
    """One thing wrong with a figures file: ``line 5: value 'n/a' is not a number``.

    ``line`` is None for problems with the whole file; ``reason`` is the text
    without the line number (the CLI prints ``FILE:LINE: reason``).
    """

    line: int | None
    reason: str

    def __new__(cls, reason: str, line: int | None = None):
        self = super().__new__(cls, f"line {line}: {reason}" if line is not None else reason)
        self.line = line
        self.reason = reason
        return self


@dataclass
class ImportReport:
    file: str
    source: str
    rows: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    replacements: list[dict] = field(default_factory=list)
    areas: list[str] = field(default_factory=list)
    measures: list[str] = field(default_factory=list)
    periods: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"file": self.file, "source": self.source, "rows": self.rows, "added": self.added,
                "replaced": self.replaced, "unchanged": self.unchanged,
                "replacements": self.replacements, "areas": self.areas,
                "measures": self.measures, "periods": self.periods}


def parse_value(text: str) -> tuple[Decimal, str | None]:
    """Read a value as written in a spreadsheet: ``(number, unit it implies)``.

    ``65,450`` → (65450, None); ``18.5%`` → (18.5, "percent");
    ``£2m`` / ``£2 million`` → (2000000, "GBP"). Raises ValueError otherwise.
    """
    match = _VALUE_RE.fullmatch(text.strip())
    if not match or (match["percent"] and (match["pound"] or match["scale"])):
        raise ValueError(text)
    number = Decimal(match["number"].replace(",", ""))
    if match["scale"]:
        number *= _SCALES[match["scale"].lower()]
    if match["sign"]:
        number = -number
    unit = PERCENT if match["percent"] else GBP if match["pound"] else None
    return number, unit


def normalise_unit(text: str) -> str | None:
    cleaned = text.strip()
    if not cleaned:
        return None
    return _UNIT_NAMES.get(cleaned.lower(), cleaned.lower())


def _decode(file: str, data: bytes) -> str:
    if not data.strip():
        raise FiguresError(file, [Problem("the file is empty")])
    if data.startswith(b"PK\x03\x04"):
        raise FiguresError(file, [Problem("this is a spreadsheet workbook, not CSV: "
                                          "save it as CSV (comma delimited) and import that")])
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # Excel's "Unicode Text" and some exports are UTF-16 with a byte-order mark.
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:65536]:
        raise FiguresError(file, [Problem("this is a binary file, not CSV text")])
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise FiguresError(file, [Problem(
            f"cannot read the text: byte {exc.start} is neither UTF-8 nor Windows-1252; "
            "save the file as CSV UTF-8")]) from None


def _dialect(text: str) -> str:
    first = text.split("\n", 1)[0]
    if "," not in first:
        for delimiter in (";", "\t"):
            if delimiter in first:
                return delimiter
    return ","


def _header(file: str, header: list[str]) -> dict[str, int]:
    names = [name.strip().lstrip("\ufeff").lower() for name in header]
    problems = []
    seen: dict[str, int] = {}
    for index, name in enumerate(names):
        if name in REQUIRED_COLUMNS + OPTIONAL_COLUMNS:
            if name in seen:
                problems.append(Problem(f"column {name!r} appears twice in the header", 1))
            seen.setdefault(name, index)
    missing = [name for name in REQUIRED_COLUMNS if name not in seen]
    if missing:
        found = ", ".join(repr(n) for n in names if n) or "nothing"
        problems.append(Problem(
            f"not a figures file: the header must name the columns {', '.join(REQUIRED_COLUMNS)} "
            f"(missing {', '.join(missing)}; found {found})", 1))
    if problems:
        raise FiguresError(file, problems)
    return seen


def read_figures_file(path: Path, source: str | None = None) -> list[dict]:
    """Check every row of a figures file and return the rows to store.

    Raises FiguresError listing every problem when any row is bad.
    """
    file = str(path)
    try:
        if path.is_dir():
            raise IsADirectoryError
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise FiguresError(file, [Problem(
                f"file too large ({size / 2**20:.0f} MB; limit {MAX_FILE_BYTES // 2**20} MB): "
                "split it, or import only the forces you report on")])
        if not path.is_file():
            # A pipe or device would block or never end.
            raise FiguresError(file, [Problem("not a regular file")])
        data = path.read_bytes()
    except IsADirectoryError:
        raise FiguresError(file, [Problem("is a directory, not a CSV file")]) from None
    except FileNotFoundError:
        raise FiguresError(file, [Problem("no such file")]) from None
    except OSError as exc:
        raise FiguresError(file, [Problem(f"cannot read ({exc.strerror})")]) from None
    text = _decode(file, data)
    default_source = source or path.name
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_dialect(text))
    try:
        header = next(reader)
    except csv.Error as exc:
        raise FiguresError(file, [Problem(f"not CSV: {exc}", 1)]) from None
    columns = _header(file, header)
    problems: list[Problem] = []
    rows: list[dict] = []
    first_seen: dict[tuple[str, str, str], int] = {}
    spreadsheet_row = 1
    last_line = reader.line_num
    while True:
        line = last_line + 1
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(Problem(f"not CSV: {exc}", line))
            break
        last_line = reader.line_num
        spreadsheet_row += 1
        if not any(cell.strip() for cell in record):
            continue
        where = line
        # A quoted cell spanning lines makes the file's line and the
        # spreadsheet's row differ; say both so either view finds the row.
        note = f"(spreadsheet row {spreadsheet_row}) " if spreadsheet_row != line else ""
        checked = _check_row(record, header, columns, default_source)
        if isinstance(checked, list):
            problems.extend(Problem(note + reason, where) for reason in checked)
            continue
        key = (checked["area"].casefold(), checked["measure"], checked["period"])
        if key in first_seen:
            problems.append(Problem(
                f"{note}duplicate figure: {checked['area']}, {checked['measure']}, "
                f"{checked['period']} is already given on line {first_seen[key]}", where))
            continue
        first_seen[key] = where
        rows.append(checked)
    if problems:
        raise FiguresError(file, problems)
    if not rows:
        raise FiguresError(file, [Problem("the file has a header but no figures")])
    return rows


def _check_row(record: list[str], header: list[str], columns: dict[str, int],
               default_source: str) -> dict | list[str]:
    """The row ready to store, or the list of what is wrong with it."""
    reasons: list[str] = []
    if len(record) > len(header) and any(cell.strip() for cell in record[len(header):]):
        reasons.append(f"the row has {len(record)} fields but the header has {len(header)} "
                       "(a value with a comma needs quotes)")

    def cell(name: str) -> str:
        index = columns.get(name)
        return record[index].strip() if index is not None and index < len(record) else ""

    values = {name: cell(name) for name in REQUIRED_COLUMNS + OPTIONAL_COLUMNS}
    for name in REQUIRED_COLUMNS:
        if not values[name]:
            reasons.append(f"{name} is empty")
    measure = normalise_measure(values["measure"])
    if values["measure"] and not _MEASURE_RE.fullmatch(measure):
        reasons.append(f"measure {values['measure']!r} must be a name of letters, digits and "
                       "underscores, starting with a letter (e.g. knife_offences)")
    period = None
    if values["period"]:
        try:
            period = Period.parse(values["period"])
        except BadPeriod as exc:
            reasons.append(str(exc))
    number = implied_unit = None
    if values["value"]:
        try:
            number, implied_unit = parse_value(values["value"])
        except ValueError:
            reasons.append(f"value {values['value']!r} is not a number")
    unit = normalise_unit(values["unit"])
    if implied_unit and unit and unit != implied_unit:
        reasons.append(f"value {values['value']!r} is in {implied_unit} but the unit column says {unit!r}")
    if reasons:
        return reasons
    return {
        "area": normalise_area(values["area"]),
        "measure": measure,
        "period": str(period),
        "period_start": period.start.isoformat(),
        "value": float(number),
        "unit": unit or implied_unit,
        "source": values["source"] or default_source,
    }


def import_figures(workspace, path: Path) -> ImportReport:
    """Import a figures CSV: all of it or, if any row is bad, none of it.

    Figures with the same area, measure and period as stored ones replace
    them. Raises FiguresError listing every problem (with line numbers).
    """
    path = Path(path)
    rows = read_figures_file(path)
    added, replaced, unchanged = figure_store.store_import(workspace.database, str(path), rows)
    return ImportReport(
        file=str(path),
        source=path.name,
        rows=len(rows),
        added=len(added),
        replaced=len(replaced),
        unchanged=unchanged,
        replacements=[
            {"measure": r["measure"], "area": r["area"], "period": r["period"],
             "old": plain_number(r["old_value"]), "new": plain_number(r["value"])}
            for r in replaced
        ],
        areas=sorted({r["area"] for r in rows}, key=str.casefold),
        measures=sorted({r["measure"] for r in rows}),
        periods=[str(p) for p in sorted({Period.parse(r["period"]) for r in rows},
                                        key=Period.sort_key)],
    )
