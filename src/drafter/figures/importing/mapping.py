"""Mapping files: which rows and columns of a spreadsheet make up each measure.

``figures-import.toml`` ships beside the sentence templates and is copied
into each workspace's ``templates/`` folder, where a maintainer may edit it.
It has three tables:

- ``[open_data.<measure>]``: which rows of the Home Office's police recorded
  crime open data make up a measure, by ``subgroups``, ``groups``, ``codes``
  or ``descriptions`` (each matched without regard to case), or by phrases
  the group, subgroup or description is ``containing``; or ``sum_of`` other
  measures. A row counts once towards a measure, whichever rule it matches.
- ``[column_titles]``: measure = the column titles that name it in a wide
  table ("Homicides", "Mid-year population estimate").
- ``[units]``: a measure's unit when it is not a count ("persons",
  "percent"), used wherever a file does not say the unit itself.

A file imported again and again can have its own small mapping with
``sheet``, ``period``, ``source``, ``header_row`` (the header's row number),
``[columns]`` (a column's title = its measure, or a table with ``measure``,
``period`` and ``per``, e.g. ``per = 100000`` for a rate), ``[areas]`` (a
row's name = the area it is) and ``leave_out`` (the names of rows to leave
out, such as a force's districts, matched without regard to case); its
``[open_data...]``, ``[column_titles]`` and ``[units]`` add to the
workspace's.

A mistake in either file is named by the line its setting is on
("figures-import.toml:7: open_data.vehicle_crime: unknown key 'subgroup'").
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from drafter.errors import BadPeriod, FiguresError, did_you_mean
from drafter.figures.importing.problems import Problem
from drafter.figures.model import normalise_measure
from drafter.figures.periods import Period
from drafter.settings import bundled_templates, read_toml, toml_line

MAPPING_FILE = "figures-import.toml"
COUNT = "count"
MEASURE_RE = re.compile(r"[a-z][a-z0-9_]*")
RATE_BASES = {1000: "per 1,000 population", 100_000: "per 100,000 population",
              1_000_000: "per million population"}
RATE_SUFFIX = {1000: "per_1000", 100_000: "per_100k", 1_000_000: "per_million"}

_SELECTORS = ("subgroups", "groups", "codes", "descriptions", "containing")
_NOTE = re.compile(r"\[[^\]]*\]|\(\s*notes?\b[^)]*\)|[*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]+")


def normalise_title(text: object) -> str:
    """A column title or offence name as it is matched: footnote marks gone,
    "&" as "and", lower case, single spaces, no trailing colon."""
    cleaned = _NOTE.sub(" ", str(text)).replace("&", " and ").replace("\n", " ")
    return " ".join(cleaned.casefold().split()).strip(" :")


@dataclass(frozen=True)
class OffenceRule:
    """The open-data rows one measure is made of (or the measures it sums)."""

    measure: str
    subgroups: frozenset[str] = frozenset()
    groups: frozenset[str] = frozenset()
    codes: frozenset[str] = frozenset()
    descriptions: frozenset[str] = frozenset()
    containing: tuple[str, ...] = ()
    sum_of: tuple[str, ...] = ()

    def matches(self, group: str, subgroup: str, code: str, description: str) -> bool:
        """Whether a row (its cells already normalised) counts towards this measure."""
        if (subgroup in self.subgroups or group in self.groups or code in self.codes
                or description in self.descriptions):
            return True
        return any(phrase in text for phrase in self.containing
                   for text in (group, subgroup, description))


@dataclass(frozen=True)
class ColumnSpec:
    """What one column of a particular file holds (from its own mapping)."""

    measure: str
    period: Period | None = None
    per: int | None = None


@dataclass
class Mapping:
    open_data: dict[str, OffenceRule] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)
    columns: dict[str, ColumnSpec] = field(default_factory=dict)
    areas: dict[str, str] = field(default_factory=dict)
    leave_out: frozenset[str] = frozenset()  # row names, folded by _folded_name
    file: str | None = None  # the file's own mapping, which problems with its entries name
    sheet: str | None = None
    period: Period | None = None
    source: str | None = None
    header_row: int | None = None
    own_open_data: set[str] = field(default_factory=set)  # open_data measures the file's own mapping gives

    def unit_of(self, measure: str, per: int | None = None) -> str:
        if per:
            return RATE_BASES[per]
        return self.declared_unit(measure) or COUNT

    def declared_unit(self, measure: str) -> str | None:
        """The unit ``[units]`` gives a measure, or a rate's by its name
        (knife_offences_per_100k); None when neither says."""
        if measure in self.units:
            return self.units[measure]
        return next((RATE_BASES[per] for per, suffix in RATE_SUFFIX.items()
                     if measure.endswith(f"_{suffix}")), None)

    def area_name(self, row_name: object) -> object:
        """The name a row's area goes by: the mapping's for it, else its own."""
        return self.areas.get(str(row_name).strip(), row_name)

    def leaves_out(self, row_name: object) -> bool:
        return bool(self.leave_out) and _folded_name(row_name) in self.leave_out


def _folded_name(text: object) -> str:
    return " ".join(str(text).casefold().split())


def mapped_area_problems(mapping: Mapping, areas) -> list[Problem]:
    """Each ``[areas]`` entry naming no area ``areas`` knows, with the closest
    names: a slip in the mapping, not in the file it is used with."""
    problems = _Found(Path(mapping.file) if mapping.file else None)
    for row_name, area in mapping.areas.items():
        named = areas.named(area)
        if named.area is None and named.left_out is None:
            problems.add(f"{_entry('areas', row_name)}: {areas.unknown(area)}", ("areas", row_name))
    return list(problems)


def _entry(table: str, key: str) -> str:
    """A table's entry as the TOML file writes it: ``areas."KP Force Total"``."""
    quoted = key.replace("\\", "\\\\").replace('"', '\\"')
    return f'{table}."{quoted}"'


def default_mapping_file(workspace) -> Path:
    """The workspace's own mapping file, or the bundled one when it has none."""
    own = Path(getattr(workspace, "templates_dir", "")) / MAPPING_FILE
    # Anything by that name is the workspace's own, so a directory or pipe is refused by name.
    return own if os.path.lexists(own) else bundled_templates() / MAPPING_FILE


def load_mapping(workspace, own_file: Path | None = None) -> Mapping:
    """The workspace's mapping with ``own_file`` (a file's own mapping) over it."""
    mapping = Mapping()
    base = default_mapping_file(workspace)
    _apply(mapping, base, _read(base), own=False)
    if own_file is not None:
        own_file = Path(own_file)
        _apply(mapping, own_file, _read(own_file), own=True)
        mapping.file = str(own_file)
    missing = [(rule.measure, part) for rule in mapping.open_data.values()
               for part in rule.sum_of if part not in mapping.open_data]
    if missing:
        measure, part = missing[0]
        path = own_file if own_file is not None and measure in mapping.own_open_data else base
        found = _Found(path)
        found.add(f"open_data.{measure}: sum_of names {part!r}, which is not an open_data measure",
                  *_open_data_entry(measure, "sum_of"))
        raise FiguresError(str(path), list(found))
    overlaps = _parts_overlapping(mapping)
    if overlaps:
        raise FiguresError(_own_file_or_base(mapping, own_file, base, overlaps), [problem for _, problem in overlaps])
    return mapping


def _own_file_or_base(mapping: Mapping, own_file: Path | None, base: Path,
                     overlaps: list[tuple[set[str], Problem]]) -> str:
    """The file the overlapping entries are in: the file's own mapping when it gives either of them."""
    ours = own_file is not None and any(measures & mapping.own_open_data for measures, _ in overlaps)
    return str(own_file if ours else base)


_SELECTED_BY = (("codes", "code"), ("subgroups", "subgroup"), ("groups", "group"),
                ("descriptions", "description"))


def _parts_overlapping(mapping: Mapping) -> list[tuple[set[str], Problem]]:
    """Offence rows two parts of one sum both select: the sum (neighbourhood
    crime) would count them twice, and one of the parts would hold another's offences."""
    found: list[tuple[set[str], Problem]] = []
    for total in mapping.open_data.values():
        parts = [mapping.open_data[part] for part in total.sum_of if part in mapping.open_data]
        for at, first in enumerate(parts):
            for second in parts[at + 1:]:
                for key, name in _SELECTED_BY:
                    for value in sorted(getattr(first, key) & getattr(second, key)):
                        shown_value = value if key == "codes" else repr(value)
                        found.append(({first.measure, second.measure}, Problem(
                            f"open_data: {name} {shown_value} is in both {first.measure} and "
                            f"{second.measure}, parts of {total.measure}, so its rows would be counted "
                            "twice: keep it in one")))
    return found


def _read(path: Path) -> dict:
    if not path.exists():
        raise FiguresError(str(path), [Problem("no such mapping file")])
    # read_toml refuses a directory, a pipe or a device before reading it.
    return read_toml(path, lambda message: FiguresError(str(path), [Problem(
        message.split(": ", 1)[1] if ": " in message else message)]))


class _Found(list):
    """The problems found in one mapping file, each named by the line its
    setting is on: the first of the places given, as (table, key), that the
    file has; a key of "" is the table's own ``[table]`` line."""

    def __init__(self, path: Path | None):
        super().__init__()
        self.path = path

    def add(self, reason: str, *places: tuple[str | None, str]) -> None:
        line = None
        for table, key in places if self.path is not None else ():
            try:
                line = toml_line(self.path, key, table)
            except OSError:
                break
            if line is not None:
                break
        self.append(Problem(reason, line))


def _open_data_entry(measure: str, key: str = "") -> list[tuple[str | None, str]]:
    """Where ``open_data.<measure>`` (or its ``key``) may be set: its own table, or inline."""
    own_table = [(f"open_data.{measure}", key)] if key else []
    return [*own_table, (f"open_data.{measure}", ""), ("open_data", measure), (None, "open_data")]


def _apply(mapping: Mapping, path: Path, data: dict, own: bool) -> None:
    problems = _Found(path)
    allowed = {"open_data", "column_titles", "units"}
    if own:
        allowed |= {"columns", "areas", "leave_out", "sheet", "period", "source", "header_row"}
    for key in data:
        if key not in allowed:
            problems.add(_unknown("setting", key, sorted(allowed), ", ".join(sorted(allowed))),
                         (None, key), (key, ""))
    for name, rule in _table(data, "open_data", problems).items():
        checked = _offence_rule(name, rule, problems)
        if checked:
            mapping.open_data[checked.measure] = checked
            if own:
                mapping.own_open_data.add(checked.measure)
    titled_here: dict[str, str] = {}  # a title as matched -> the measure this file lists it under
    for name, titles in _table(data, "column_titles", problems).items():
        at = ("column_titles", name)
        measure = _measure(name, f"column_titles.{name}", problems, at)
        if measure and _is_list_of_text(titles, f"column_titles.{name}", problems, at):
            for title in titles:
                _add_title(mapping, titled_here, title, measure, problems)
    for name, unit in _table(data, "units", problems).items():
        measure = _measure(name, f"units.{name}", problems, ("units", name))
        if measure and isinstance(unit, str) and unit.strip():
            mapping.units[measure] = unit.strip()
        elif measure:
            problems.add(f"units.{name} must be text, e.g. \"persons\"", ("units", name))
    if own:
        _apply_own(mapping, data, problems)
    if problems:
        raise FiguresError(str(path), problems)


def _add_title(mapping: Mapping, titled_here: dict[str, str], title: str, measure: str,
               problems: _Found) -> None:
    """A column title of ``measure``; one listed under another measure too is
    refused, since its columns would go to whichever came last, unsaid. A
    file's own mapping may name a title the workspace's gives another measure:
    that file's columns are its measure."""
    folded = normalise_title(title)
    other = titled_here.get(folded)
    if other is not None and other != measure:
        problems.add(f"column_titles: {title!r} is a title of both {other} and {measure}: "
                     "a column title names one measure", ("column_titles", measure))
        return
    titled_here[folded] = mapping.titles[folded] = measure


def _apply_own(mapping: Mapping, data: dict, problems: _Found) -> None:
    for key in ("sheet", "source"):
        if key in data:
            if isinstance(data[key], str) and data[key].strip():
                setattr(mapping, key, data[key].strip())
            else:
                problems.add(f"{key} must be text", (None, key))
    if "period" in data:
        mapping.period = _period(data["period"], "period", problems, (None, "period"))
    if "header_row" in data:
        row = data["header_row"]
        if isinstance(row, int) and not isinstance(row, bool) and row >= 1:
            mapping.header_row = row
        else:
            problems.add("header_row must be a row number (1 is the first row)", (None, "header_row"))
    for title, spec in _table(data, "columns", problems).items():
        checked = _column(title, spec, problems)
        if checked:
            mapping.columns[normalise_title(title)] = checked
    if "leave_out" in data:
        names = data["leave_out"]
        if isinstance(names, list) and all(isinstance(name, str) and name.strip() for name in names):
            mapping.leave_out = frozenset(_folded_name(name) for name in names)
        else:
            problems.add('leave_out must be a list of row names, e.g. ["North Kent", "West Kent"]',
                         (None, "leave_out"))
    for name, area in _table(data, "areas", problems).items():
        if mapping.leaves_out(name):
            problems.add(f"{_entry('areas', name)}: the row is also in leave_out; "
                         "give it an area or leave it out, not both", ("areas", name))
        elif isinstance(area, str) and area.strip():
            mapping.areas[str(name).strip()] = area.strip()
        else:
            problems.add(f"{_entry('areas', name)} must be the name of an area (to leave "
                         "the row out, list it in leave_out = [...])", ("areas", name))


def _column(title: str, spec, problems: _Found) -> ColumnSpec | None:
    where = f"columns.{title!r}"
    at = ("columns", title)
    if isinstance(spec, str):
        spec = {"measure": spec}
    if not isinstance(spec, dict):
        problems.add(f"{where} must be a measure or a table with measure, period, per", at)
        return None
    unknown = set(spec) - {"measure", "period", "per"}
    if unknown:
        problems.add(f"{where}: {_unknown('key', sorted(unknown)[0], ('measure', 'period', 'per'), 'measure, period, per')}",
                     at)
    measure = _measure(spec.get("measure", ""), f"{where}.measure", problems, at)
    period = _period(spec["period"], f"{where}.period", problems, at) if "period" in spec else None
    per = spec.get("per")
    if per is not None and per not in RATE_BASES:
        problems.add(f"{where}.per must be 1000, 100000 or 1000000", at)
        per = None
    return ColumnSpec(measure, period, per) if measure else None


def _unknown(what: str, name: str, allowed, expected: str) -> str:
    """"unknown key 'subgroup' (did you mean 'subgroups'?)", or the keys expected when none is close."""
    return f"unknown {what} {name!r}" + (did_you_mean(name, allowed) or f" (expected {expected})")


def _offence_rule(name: str, rule, problems: _Found) -> OffenceRule | None:
    where = f"open_data.{name}"
    at = _open_data_entry(name)
    measure = _measure(name, where, problems, *at)
    if not isinstance(rule, dict):
        problems.add(f"{where} must be a table", *at)
        return None
    unknown = set(rule) - {*_SELECTORS, "sum_of"}
    if unknown:
        first = sorted(unknown)[0]
        expected = f"{', '.join(_SELECTORS)} or sum_of"
        problems.add(f"{where}: {_unknown('key', first, (*_SELECTORS, 'sum_of'), expected)}",
                     *_open_data_entry(name, first))
    lists = {}
    for key in (*_SELECTORS, "sum_of"):
        values = rule.get(key, [])
        listed = _is_list_of_text(values, f"{where}.{key}", problems, *_open_data_entry(name, key))
        lists[key] = values if listed else []
    if not any(lists.values()):
        problems.add(f"{where} selects no rows: give subgroups, groups, codes, "
                     "descriptions, containing or sum_of", *at)
        return None
    if lists["sum_of"] and any(lists[key] for key in _SELECTORS):
        problems.add(f"{where}: a measure is either a sum_of other measures or a "
                     "selection of rows, not both", *_open_data_entry(name, "sum_of"))
        return None
    if not measure:
        return None

    def folded(key: str) -> frozenset[str]:
        return frozenset(normalise_title(value) for value in lists[key])

    return OffenceRule(measure, folded("subgroups"), folded("groups"),
                       frozenset(code.strip().upper() for code in lists["codes"]),
                       folded("descriptions"), tuple(sorted(folded("containing"))),
                       tuple(normalise_measure(part) for part in lists["sum_of"]))


def _table(data: dict, key: str, problems: _Found) -> dict:
    value = data.get(key, {})
    if not isinstance(value, dict):
        problems.add(f"{key} must be a table ([{key}])", (None, key))
        return {}
    return value


def _is_list_of_text(value, where: str, problems: _Found, *at: tuple[str | None, str]) -> bool:
    if isinstance(value, list) and all(isinstance(item, str) and item.strip() for item in value):
        return True
    problems.add(f"{where} must be a list of text, e.g. [\"Homicide\"]", *at)
    return False


def _measure(name, where: str, problems: _Found, *at: tuple[str | None, str]) -> str | None:
    measure = normalise_measure(str(name))
    if MEASURE_RE.fullmatch(measure):
        return measure
    problems.add(f"{where}: measure {name!r} must be a name of letters, digits and "
                 "underscores, starting with a letter (e.g. knife_offences)", *at)
    return None


def _period(value, where: str, problems: _Found, *at: tuple[str | None, str]) -> Period | None:
    try:
        return Period.parse(value)
    except BadPeriod as exc:
        problems.add(f"{where}: {exc}", *at)
        return None
