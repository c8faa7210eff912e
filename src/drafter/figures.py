"""Crime figures: importing them from CSV, looking them up, and the values
derived from them (rates, changes, shares).

A figures file is long-format CSV, one figure per row::

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

Derived values are computed from stored figures on demand, never stored, so
they cannot drift from the figures they come from. Each carries the figures it
used, so a sentence built on it can show its provenance. ``rate``, ``change``
and ``share`` raise :class:`~drafter.errors.MissingFigure` naming the first
figure that is not there; ``lookup`` returns None. The pure helpers
(``rate_of``, ``share_of``, ``drafter.wording.percent_change``) do the same
arithmetic on plain numbers, for checking a number quoted in a draft.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from drafter.errors import BadPeriod, FiguresError, MissingFigure
from drafter.periods import Period
from drafter.store import figures as figure_store
from drafter.wording import PERCENT_UNITS, percent_change, to_decimal

# Every force's yearly and quarterly figures for a decade fit in a few MB; a
# file far beyond that is a mistake, refused before it is read into memory.
MAX_FILE_BYTES = 20 * 2**20

REQUIRED_COLUMNS = ("area", "measure", "period", "value")
OPTIONAL_COLUMNS = ("unit", "source")
POPULATION = "population"

PER_MILLION = 1_000_000
PER_100K = 100_000

PERCENT = "percent"
GBP = "GBP"

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


# -- figures --------------------------------------------------------------------
def _plain_number(value: float | int | Decimal) -> int | float:
    number = float(value)
    return int(number) if number.is_integer() else number


@dataclass(frozen=True)
class Figure:
    """One stored figure: ``value`` is an int when whole, else a float."""

    measure: str
    area: str
    period: str
    value: int | float
    unit: str | None = None
    source: str | None = None

    @property
    def exact(self) -> Decimal:
        """The value as an exact Decimal (for arithmetic and rounding)."""
        return to_decimal(self.value)

    def to_dict(self) -> dict:
        return {"measure": self.measure, "area": self.area, "period": self.period,
                "value": self.value, "unit": self.unit, "source": self.source}

    def provenance(self) -> dict:
        """What a filled sentence records about a figure it used."""
        return {"measure": self.measure, "area": self.area, "period": self.period,
                "value": self.value, "source": self.source}

    @classmethod
    def from_row(cls, row: dict) -> "Figure":
        return cls(row["measure"], row["area"], row["period"], _plain_number(row["value"]),
                   row.get("unit"), row.get("source"))


def normalise_measure(text: str) -> str:
    """``Neighbourhood crime`` → ``neighbourhood_crime``."""
    return re.sub(r"[\s\-]+", "_", text.strip().lower())


def normalise_area(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip())


def _database(source):
    """Accept a workspace or a Database."""
    return getattr(source, "database", source)


def lookup(workspace, measure: str, area: str, period: "str | Period") -> Figure | None:
    """The stored figure for exactly this measure, area and period, or None."""
    row = figure_store.get(_database(workspace), normalise_measure(measure),
                           normalise_area(area), str(Period.parse(period)))
    return Figure.from_row(row) if row else None


def require(workspace, measure: str, area: str, period: "str | Period") -> Figure:
    """Like :func:`lookup` but raises MissingFigure when there is none."""
    figure = lookup(workspace, measure, area, period)
    if figure is None:
        raise MissingFigure(normalise_measure(measure), normalise_area(area), str(Period.parse(period)))
    return figure


def population_for(workspace, area: str, period: "str | Period") -> Figure | None:
    """The population to divide by for ``period``: the figure for that period,
    else the latest population whose period starts no later than it does
    (a 2022 estimate serves 2022-Q3 and 2022/23; a 2021 one serves 2022
    until 2022's is published)."""
    period = Period.parse(period)
    exact = lookup(workspace, POPULATION, area, period)
    if exact is not None:
        return exact
    row = figure_store.latest_at_or_before(_database(workspace), POPULATION, normalise_area(area),
                                           period.start.isoformat())
    return Figure.from_row(row) if row else None


def list_figures(workspace, *, area: str | None = None, period: str | None = None,
                 measure: str | None = None) -> list[Figure]:
    """Stored figures, optionally filtered, by area, measure and date order."""
    rows = figure_store.select(
        _database(workspace),
        area=normalise_area(area) if area else None,
        period=str(Period.parse(period)) if period else None,
        measure=normalise_measure(measure) if measure else None,
    )
    return [Figure.from_row(row) for row in rows]


# -- derived values --------------------------------------------------------------
def rate_of(count, population, per: int = PER_MILLION) -> Decimal:
    """``count`` per ``per`` people, exactly: rate_of(45, 2_920_000) ≈ 15.41."""
    people = to_decimal(population)
    if people <= 0:
        raise ValueError("population must be positive")
    return to_decimal(count) * per / people


def share_of(part, total) -> Decimal:
    """``part`` as a percentage of ``total``, exactly."""
    whole = to_decimal(total)
    if whole == 0:
        raise ValueError("total must not be zero")
    return to_decimal(part) * 100 / whole


def per_phrase(per: int) -> str:
    """``per million``, ``per 100,000``, ``per 1,000``."""
    return {PER_MILLION: "per million", 1_000_000_000: "per billion"}.get(per, f"per {per:,}")


@dataclass(frozen=True)
class Rate:
    """``count`` per ``per`` of ``population`` (an exact Decimal in ``value``)."""

    value: Decimal
    per: int
    count: Figure
    population: Figure

    @property
    def figures(self) -> list[Figure]:
        return [self.count, self.population]

    def to_dict(self) -> dict:
        return {"value": float(self.value), "per": self.per,
                "figures": [f.provenance() for f in self.figures]}


@dataclass(frozen=True)
class Change:
    """A figure against the same period a year earlier.

    ``absolute`` is current minus previous; ``percent`` the percentage change
    (None when the earlier value is zero or negative). For measures that are
    themselves percentages (unit ``percent``) ``points`` is the difference in
    percentage points, which is what a sentence should report.
    """

    current: Figure
    previous: Figure
    absolute: Decimal
    percent: Decimal | None

    @property
    def figures(self) -> list[Figure]:
        return [self.current, self.previous]

    @property
    def unit(self) -> str | None:
        return self.current.unit

    @property
    def in_points(self) -> bool:
        return (self.unit or "").lower() in PERCENT_UNITS

    @property
    def points(self) -> Decimal:
        return self.absolute

    @property
    def direction(self) -> str:
        """``increase``, ``decrease`` or ``same``."""
        return "increase" if self.absolute > 0 else "decrease" if self.absolute < 0 else "same"

    def to_dict(self) -> dict:
        return {"absolute": float(self.absolute),
                "percent": None if self.percent is None else float(self.percent),
                "direction": self.direction,
                "figures": [f.provenance() for f in self.figures]}


@dataclass(frozen=True)
class Share:
    """``part`` as a percentage of ``total`` (``value``, an exact Decimal)."""

    value: Decimal
    part: Figure
    total: Figure

    @property
    def figures(self) -> list[Figure]:
        return [self.part, self.total]

    def to_dict(self) -> dict:
        return {"value": float(self.value), "figures": [f.provenance() for f in self.figures]}


def rate(workspace, measure: str, area: str, period: "str | Period", per: int = PER_MILLION) -> Rate:
    """``measure`` per ``per`` population for the area and period.

    The population is that of :func:`population_for`. Raises MissingFigure
    for the count or the population.
    """
    period = Period.parse(period)
    count = require(workspace, measure, area, period)
    population = population_for(workspace, area, period)
    if population is None:
        raise MissingFigure(POPULATION, normalise_area(area), str(period))
    if population.value <= 0:
        raise MissingFigure(POPULATION, population.area, population.period)
    return Rate(rate_of(count.value, population.value, per), per, count, population)


def change(workspace, measure: str, area: str, period: "str | Period") -> Change:
    """``measure`` in ``period`` against the same period a year earlier.

    Raises MissingFigure for either year.
    """
    period = Period.parse(period)
    current = require(workspace, measure, area, period)
    previous = require(workspace, measure, area, period.previous_year())
    return Change(current, previous, current.exact - previous.exact,
                  percent_change(current.exact, previous.exact))


def share(workspace, part: str, total: str, area: str, period: "str | Period") -> Share:
    """``part`` as a percentage of ``total`` (e.g. robbery_personal of
    neighbourhood_crime) for the area and period. Raises MissingFigure."""
    part_figure = require(workspace, part, area, period)
    total_figure = require(workspace, total, area, period)
    if total_figure.value == 0:
        raise MissingFigure(total_figure.measure, total_figure.area, total_figure.period)
    return Share(share_of(part_figure.value, total_figure.value), part_figure, total_figure)


# -- import -----------------------------------------------------------------------
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
    added, replaced, unchanged = figure_store.store_import(_database(workspace), str(path), rows)
    return ImportReport(
        file=str(path),
        source=path.name,
        rows=len(rows),
        added=len(added),
        replaced=len(replaced),
        unchanged=unchanged,
        replacements=[
            {"measure": r["measure"], "area": r["area"], "period": r["period"],
             "old": _plain_number(r["old_value"]), "new": _plain_number(r["value"])}
            for r in replaced
        ],
        areas=sorted({r["area"] for r in rows}, key=str.casefold),
        measures=sorted({r["measure"] for r in rows}),
        periods=[str(p) for p in sorted({Period.parse(r["period"]) for r in rows},
                                        key=Period.sort_key)],
    )
