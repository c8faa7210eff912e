"""Importing a figures file: all of it or, if anything is wrong, none of it.

Each sheet (a CSV file is one) is read in the layout it is in: the long
layout (one figure per row), the Home Office's open data (one row per force,
quarter and offence), a wide table (areas in rows, measures in columns) or,
failing that, one area's measures in rows under a title naming the area.
Every problem in every sheet is collected first; only a clean file is
stored, in one transaction, replacing figures with the same area, measure and
period.
"""

from __future__ import annotations

from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from drafter.errors import BadPeriod, FiguresError
from drafter.files import path_as_text
from drafter.figures.importing import long, measure_rows, open_data, wide
from drafter.figures.importing.areas import Areas
from drafter.figures.importing.gathered import Gathered
from drafter.figures.importing.mapping import MEASURE_RE, load_mapping, mapped_area_problems
from drafter.figures.importing.problems import Problem
from drafter.figures.importing.tables import Sheet, read_sheets
from drafter.figures.importing.totals import restate_totals
from drafter.figures.model import closest_measure, normalise_measure, plain_number
from drafter.figures.periods import Period
from drafter.store import figures as figure_store

NOT_FIGURES = ("not a figures file: expected columns area, measure, period and value; the Home "
               "Office's open data header; or a table with police force areas in its rows")


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
    layouts: list[str] = field(default_factory=list)
    sheets: list[str] = field(default_factory=list)
    rows_read: int = 0
    computed: int = 0
    no_figure: int = 0
    left_out: list[str] = field(default_factory=list)  # rows for no police force area: bodies, regions, totals
    left_out_regions: list[str] = field(default_factory=list)  # those of them for regions, countries, totals
    left_out_by_mapping: list[str] = field(default_factory=list)  # rows its leave_out names
    regions_only: list[str] = field(default_factory=list)  # sheets (a CSV file: the file) of regions, no force
    totals_as_national: list[str] = field(default_factory=list)  # "Total" rows stored as England and Wales
    not_imported: list[str] = field(default_factory=list)
    rows_not_imported: list[str] = field(default_factory=list)  # rows naming no known measure
    no_period_read: list[str] = field(default_factory=list)  # columns whose title's period drafter cannot read
    new_measures: dict[str, str | None] = field(default_factory=dict)  # never stored before → a close known one
    kept: list[dict] = field(default_factory=list)  # stored figures this file marks as having none
    filled: list[dict] = field(default_factory=list)  # figures added where an earlier file gave none
    national_from_stored: list[str] = field(default_factory=list)  # forces whose stored figures made E&W's
    fractional_counts: list[dict] = field(default_factory=list)  # counts stored with a fraction ("7.5 homicides")
    totals_with_stored: list[dict] = field(default_factory=list)  # totals worked out again with stored parts

    @property
    def revised(self) -> int:
        """Replaced figures whose value changed; the rest of ``replaced`` were restated with the
        same value (a new source or unit)."""
        return sum(1 for item in self.replacements if item["old"] != item["new"])

    def to_dict(self) -> dict:
        return {"file": self.file, "source": self.source, "rows": self.rows, "added": self.added,
                "replaced": self.replaced, "revised": self.revised, "restated": self.replaced - self.revised,
                "unchanged": self.unchanged,
                "replacements": self.replacements, "areas": self.areas,
                "measures": self.measures, "periods": self.periods, "layouts": self.layouts,
                "sheets": self.sheets, "rows_read": self.rows_read, "computed": self.computed,
                "no_figure": self.no_figure, "left_out": self.left_out,
                "left_out_regions": self.left_out_regions,
                "left_out_by_mapping": self.left_out_by_mapping,
                "regions_only": self.regions_only, "totals_as_national": self.totals_as_national,
                "not_imported": self.not_imported, "rows_not_imported": self.rows_not_imported,
                "no_period_read": self.no_period_read,
                "new_measures": self.new_measures, "kept": self.kept, "filled": self.filled,
                "national_from_stored": self.national_from_stored,
                "fractional_counts": self.fractional_counts, "totals_with_stored": self.totals_with_stored}


MOST_MEASURES = 500
READS = 3  # times a file is read while other imports keep changing the stored figures


def import_figures(workspace, path: Path, *, sheet: str | None = None, measure: str | None = None,
                   period: str | None = None, mapping: Path | None = None) -> ImportReport:
    """Import a figures file (.csv, .xlsx or .ods).

    ``sheet`` picks one sheet of a workbook; ``measure`` and ``period`` say
    what a wide table's columns hold when their titles and the sheet do not;
    ``mapping`` is a file's own mapping (see :mod:`.mapping`). Raises
    FiguresError listing every problem, each with its line or cell.
    """
    path = Path(path)
    for attempt in range(1, READS + 1):
        # Totals made with stored parts, and years with stored quarters, are worked out
        # while the file is read: another import stored meanwhile means reading it again,
        # and the last time with the others held off.
        with workspace.database.transaction() if attempt == READS else nullcontext():
            seen = figure_store.generation(workspace.database)
            gathered = read_figures_file(workspace, path, sheet=sheet, measure=measure, period=period,
                                         mapping=mapping)
            rows = list(gathered.figures.values())
            known = set(figure_store.measures(workspace.database))
            kept = _stored_among(workspace.database, gathered.marked)
            try:
                added, replaced, unchanged, filled = figure_store.store_import(
                    workspace.database, path_as_text(path), rows, gathered.marked, expected=seen)
                break
            except figure_store.StoredMeanwhile:
                continue
    return ImportReport(
        file=str(path), source=gathered.source, rows=len(rows), added=len(added),
        replaced=len(replaced), unchanged=unchanged,
        replacements=[
            {"measure": r["measure"], "area": r["area"], "period": r["period"],
             # a value changed by hand outside drafter ("n/a") is reported as it was stored
             "old": plain_number(r["old_value"]) if isinstance(r["old_value"], (int, float)) else r["old_value"],
             "new": plain_number(r["value"])}
            for r in replaced
        ],
        areas=sorted({r["area"] for r in rows}, key=str.casefold),
        measures=sorted({r["measure"] for r in rows}),
        periods=[str(p) for p in sorted(map(Period.parse, {r["period"] for r in rows}),
                                        key=Period.sort_key)],
        layouts=gathered.layouts, sheets=gathered.sheets, rows_read=gathered.rows_read,
        computed=gathered.computed, no_figure=gathered.no_figure,
        left_out=sorted(gathered.left_out | gathered.left_out_regions, key=str.casefold),
        left_out_regions=sorted(gathered.left_out_regions, key=str.casefold),
        left_out_by_mapping=sorted(gathered.left_out_by_mapping, key=str.casefold),
        regions_only=[sheet or path_as_text(path.name) for sheet in gathered.regions_only],
        totals_as_national=gathered.totals_as_national,
        not_imported=gathered.not_imported,
        rows_not_imported=gathered.rows_not_imported,
        no_period_read=[column for column, _ in gathered.no_period_read],
        new_measures=_new_measures({r["measure"] for r in rows}, known),
        kept=[{"measure": r["measure"], "area": r["area"], "period": r["period"],
               "value": plain_number(r["value"]), "source": r["source"]} for r in kept],
        filled=[{"measure": r["measure"], "area": r["area"], "period": r["period"],
                 "value": plain_number(r["value"]), "withheld_in": r["withheld_in"]} for r in filled],
        national_from_stored=sorted(gathered.national_from_stored, key=str.casefold),
        totals_with_stored=gathered.totals_with_stored,
        fractional_counts=[{"measure": r["measure"], "area": r["area"], "period": r["period"],
                            "value": plain_number(r["value"]), "place": place}
                           for key, r in gathered.figures.items() if _fractional_count(r)
                           for place in [gathered.places[key]]],
    )


def _fractional_count(row: dict) -> bool:
    """A count with a fraction: stored as given (full-time equivalents are
    real), but said, since "7.5 homicides" is more often a slip in the cell."""
    unit = (row.get("unit") or "count").strip().lower()
    value = float(row["value"])
    return unit == "count" and "_per_" not in row["measure"] and value != int(value)


def _stored_among(database, cells: list[tuple]) -> list[dict]:
    """The stored figures for ``cells`` ((area, measure, period) the file marks as
    having no figure), read one measure at a time rather than one cell at a time."""
    wanted = {(area, measure, str(period)) for area, measure, period in cells}
    stored = [row for measure in sorted({measure for _, measure, _ in wanted})
              for row in figure_store.select(database, measure=measure)]
    return [row for row in stored if (row["area"], row["measure"], row["period"]) in wanted]


def _stored_values(database):
    """The lookup open data's totals use for quarters and forces a file does
    not cover: measures -> {(area, measure, period): value} stored now."""
    from decimal import Decimal

    from drafter.figures.exact import to_decimal

    def stored(measures: list[str]) -> dict[tuple[str, str, str], Decimal]:
        return {(row["area"], measure, row["period"]): to_decimal(plain_number(row["value"]))
                for measure in measures for row in figure_store.select(database, measure=measure)}
    return stored


def _new_measures(imported: set[str], known: set[str]) -> dict[str, str | None]:
    """Measures the workspace held no figure of before, each with the stored one
    it is closest to: "homicdes" is a slip for "homicides" more often than a new measure."""
    if not known:
        return {}  # a first import: every measure is new
    return {measure: None if _rate_of_known(measure, known) else closest_measure(measure, known)
            for measure in sorted(imported - known)}


def _rate_of_known(measure: str, known: set[str]) -> bool:
    """"knife_offences_per_1000" is a rate of a stored measure on another base, not a slip for "…_per_100k"."""
    base, per, _ = measure.partition("_per_")
    return bool(per) and base in known


def read_figures_file(workspace, path: Path, *, sheet: str | None = None, measure: str | None = None,
                      period: str | None = None, mapping: Path | None = None) -> Gathered:
    """Read and check every sheet of a figures file; the figures to store.

    Raises FiguresError listing every problem when anything is wrong.
    """
    file = str(path)
    chosen_measure, chosen_period = _options(file, measure, period)
    rules = load_mapping(workspace, mapping)
    sheets = read_sheets(path, sheet or rules.sheet)
    settings = workspace.settings
    areas = Areas((*settings.areas, settings.area, settings.force))
    mapping_problems = mapped_area_problems(rules, areas)
    if mapping_problems:
        raise FiguresError(rules.file, mapping_problems)
    gathered = Gathered(source=rules.source or path_as_text(path.name))
    stored = _stored_values(workspace.database)
    counts = open_data.OpenData(rules, areas, gathered, stored=stored)
    passed_over: list[str] = []
    for current in sheets:
        why = _read_sheet(current, rules, areas, gathered, counts, chosen_measure, chosen_period)
        if why:
            passed_over.append(f"{current.name!r} ({why})" if current.name else why)
    if "period" in gathered.given_used or any(problem.needs == "period" for problem in gathered.problems):
        gathered.problems = [gathered.refusal_when_others_need.get(problem, problem)
                             for problem in gathered.problems]
    if open_data.LAYOUT in gathered.layouts:
        counts.finish()
        gathered.national_from_stored = set(counts.restated_with_stored)
    gathered.totals_with_stored = restate_totals(gathered, rules, stored)
    if (chosen_measure or chosen_period) and wide.LAYOUT not in gathered.layouts and gathered.layouts:
        gathered.problems.append(Problem(
            "the file gives the measure and period of every figure itself; import it without "
            "naming a measure or period"))
    if not gathered.layouts:
        # Nothing else was read: the columns whose periods or measures were not are why.
        gathered.problems.extend(problem for _, problem in gathered.no_period_read)
        gathered.problems.extend(gathered.no_measure_known)
    for option, given in (("measure", chosen_measure), ("period", chosen_period)):
        if given is not None and option not in gathered.given_used and option in gathered.given_contradicted \
                and option not in gathered.options_refused:
            gathered.problems.append(Problem(
                f"--{option} {given} was not used: {gathered.given_contradicted[option]} (--{option} is "
                f"for columns whose titles name no {option})"))
    gathered.check_units()
    if not gathered.layouts and not gathered.problems:
        gathered.problems.append(_nothing_found(sheets, passed_over))
    measures = {row["measure"] for row in gathered.figures.values()}
    if len(measures) <= MOST_MEASURES:
        gathered.check_stored_units(figure_store.units_stored(workspace.database, sorted(measures)))
    else:
        # Every measure is filled, checked and offered by name: a file naming thousands
        # is a column read as the measure that is not one (and would slow every fill).
        gathered.problems.append(Problem(
            f"the file names {len(measures):,} different measures (at most {MOST_MEASURES} are taken from one "
            f"file): check its measure column, e.g. {', '.join(sorted(measures)[:3])}"))
    if gathered.problems:
        raise FiguresError(file, gathered.problems)
    if not gathered.figures and gathered.regions_only:
        raise FiguresError(file, [Problem(
            f"no figures for any force: the table's rows are for regions and countries "
            f"({_some(sorted(gathered.left_out_regions, key=str.casefold))}), not police force areas")])
    if not gathered.figures:
        marked = f": all {gathered.no_figure:,} values are blank or missing-value markers" \
            if gathered.no_figure else ""
        raise FiguresError(file, [Problem(f"no figures found{marked}")])
    return gathered


def _some(names: list[str], shown: int = 4) -> str:
    more = len(names) - shown
    return ", ".join(names[:shown]) + (f" and {more} more" if more > 0 else "")


def _options(file: str, measure: str | None, period: str | None) -> tuple[str | None, Period | None]:
    chosen_measure = normalise_measure(measure) if measure else None
    if chosen_measure is not None and not MEASURE_RE.fullmatch(chosen_measure):
        raise FiguresError(file, [Problem(
            f"measure {measure!r} must be a name of letters, digits and underscores, starting with "
            "a letter (e.g. knife_offences)")])
    try:
        return chosen_measure, Period.parse(period) if period else None
    except BadPeriod as exc:
        raise FiguresError(file, [Problem(str(exc))]) from None


def _read_sheet(sheet: Sheet, rules, areas: Areas, gathered: Gathered, counts, measure: str | None,
                period: Period | None) -> str | None:
    """Read one sheet in whichever layout it is in; why not, when it holds no figures."""
    if not any(cell not in (None, "") for row in sheet.rows for cell in row):
        return "empty"
    header = open_data.header_row(sheet)
    if header is not None:
        counts.read(sheet, header)
        return None
    header = long.header_row(sheet)
    if header is not None:
        long.read_long(sheet, header, areas, gathered, rules)
        return None
    source = gathered.source if sheet.name is None or rules.source else f"{gathered.source}, {sheet.name}"
    table = wide.find_table(sheet, rules, areas)
    if table is None:
        return _read_measure_rows(sheet, rules, areas, gathered, source)
    columns = wide.columns_of(sheet, table, rules, measure, period, gathered)
    if not columns:
        return "no column names a known measure" + (": give it with --measure" if table.measure_needed else "")
    wide.read_wide(sheet, table, columns, rules, areas, gathered, source)
    return None


def _read_measure_rows(sheet: Sheet, rules, areas: Areas, gathered: Gathered, source: str) -> str | None:
    """A force's own summary, measures in rows under a title naming the force; why not, when it is none."""
    table = measure_rows.find_measure_rows(sheet, rules)
    if table is None:
        return "no row names a police force area"
    area, problem = measure_rows.area_of(sheet, table, areas)
    if problem is not None:
        # The problem when nothing else in the file is read; beside other sheets, it is passed over.
        gathered.no_measure_known.append(problem)
        return "a table of measures in rows naming no one area"
    measure_rows.read_measure_rows(sheet, table, area, rules, gathered, source)
    return None


def _nothing_found(sheets: list[Sheet], passed_over: list[str]) -> Problem:
    if len(sheets) == 1 and sheets[0].name is None:
        return long.missing_columns_problem(sheets[0]) or Problem(NOT_FIGURES)
    return Problem("no sheet holds figures: " + "; ".join(passed_over))
