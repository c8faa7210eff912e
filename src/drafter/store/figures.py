"""The figures tables. (Owned by the figures module; see drafter.figures.)

One row per (area, measure, period). Areas compare without regard to case, so
"West Midlands" and "west midlands" are one area, stored as first written.
``period_start`` (ISO date) orders periods of different kinds and finds "the
latest population at or before" a period without parsing every row.
"""

from __future__ import annotations

from datetime import datetime, timezone

from drafter.errors import WorkspaceError
from drafter.store.connection import Database

SCHEMA = """
CREATE TABLE IF NOT EXISTS figure_imports (
    id INTEGER PRIMARY KEY,
    file TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    rows INTEGER NOT NULL DEFAULT 0,
    added INTEGER NOT NULL,
    replaced INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS figures (
    area TEXT NOT NULL COLLATE NOCASE,
    measure TEXT NOT NULL,
    period TEXT NOT NULL,
    period_start TEXT NOT NULL,
    value REAL NOT NULL,
    unit TEXT,
    source TEXT NOT NULL,
    import_id INTEGER REFERENCES figure_imports(id),
    PRIMARY KEY (area, measure, period)
);
CREATE INDEX IF NOT EXISTS figures_by_measure ON figures(measure, area, period_start);
"""

# A figure's value before a later import revised it, so a statement that quoted
# it then is told from one quoting a number no release gave.
REVISIONS_SCHEMA = """
CREATE TABLE IF NOT EXISTS figure_revisions (
    area TEXT NOT NULL COLLATE NOCASE,
    measure TEXT NOT NULL,
    period TEXT NOT NULL,
    value REAL NOT NULL,
    unit TEXT,
    revised_by INTEGER REFERENCES figure_imports(id)
);
CREATE INDEX IF NOT EXISTS figure_revisions_by_area ON figure_revisions(area, measure, period)
"""

# A cell an import marked as having no figure ("[c]", "..", blank) where none was
# stored, so that a later release filling it in says so rather than counting it as added.
WITHHELD_SCHEMA = """
CREATE TABLE IF NOT EXISTS figures_withheld (
    area TEXT NOT NULL COLLATE NOCASE,
    measure TEXT NOT NULL,
    period TEXT NOT NULL,
    withheld_by INTEGER NOT NULL REFERENCES figure_imports(id),
    PRIMARY KEY (area, measure, period)
)
"""

COLUMNS = "area, measure, period, value, unit, source"


class StoredMeanwhile(WorkspaceError):
    """Figures were stored or removed by another drafter while a file was read,
    so what it worked out from the stored figures may be out of date."""


def generation(database: Database) -> int:
    """Goes up with every import or removal of figures: an import that read
    the stored figures (a total made with stored parts) stores its own only
    if none changed since."""
    row = database.one("SELECT value FROM meta WHERE key = 'figures_generation'")
    return int(row[0]) if row else 0


def _moved_on(database: Database, expected: int | None) -> None:
    found = generation(database)
    if expected is not None and found != expected:
        raise StoredMeanwhile("the stored figures changed while the file was read")
    database.execute("INSERT INTO meta(key, value) VALUES ('figures_generation', ?) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (str(found + 1),))


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


_VALUE_ROW = ("measure", "area", "period", "value")  # value_rows' order


def _numbers_only(database: Database, rows: list, *, as_tuples: bool = False) -> list:
    """``rows`` as read, once each value is checked to be a number: a value
    changed by hand in a database browser ("n/a", a blank) is named with the
    figure it belongs to, where every reader of the figures stopped at it."""
    at = _VALUE_ROW.index("value") if as_tuples else "value"
    for row in rows:
        if isinstance(row[at], (int, float)):
            continue
        found = dict(zip(_VALUE_ROW, row)) if as_tuples else row
        name = database.path.name if database.path else "the database"
        raise WorkspaceError(
            f"{database.path}: the figure {found['measure']} for {found['area']}, {found['period']} is "
            f"stored as {found['value']!r}, not a number (the database was changed outside drafter): "
            f"import its figures file again, or restore {name} from a backup")
    return rows


def get(database: Database, measure: str, area: str, period: str) -> dict | None:
    rows = database.query(
        f"SELECT {COLUMNS} FROM figures WHERE measure = ? AND area = ? AND period = ?",
        (measure, area, period),
    )
    return _numbers_only(database, rows)[0] if rows else None


def latest_at_or_before(database: Database, measure: str, area: str, start: str) -> dict | None:
    """The row of ``measure`` whose period starts latest but not after ``start``."""
    rows = database.query(
        f"SELECT {COLUMNS} FROM figures WHERE measure = ? AND area = ? AND period_start <= ? "
        "ORDER BY period_start DESC, period DESC LIMIT 1",
        (measure, area, start),
    )
    return _numbers_only(database, rows)[0] if rows else None


def select(database: Database, *, area: str | None = None, period: str | None = None,
           measure: str | None = None) -> list[dict]:
    clauses, params = [], []
    for column, value in (("area", area), ("period", period), ("measure", measure)):
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    return _numbers_only(database, database.query(
        f"SELECT {COLUMNS}, period_start FROM figures{where} "
        "ORDER BY area COLLATE NOCASE, measure, period_start, period",
        tuple(params),
    ))


def value_rows(database: Database, *, areas: list[str] | None = None,
               periods: list[str] | None = None) -> list[tuple]:
    """``(measure, area, period, value, unit, source)`` tuples in the order of
    :func:`select`, for loading many figures at once (no dict per row).
    With ``periods``, only those periods' figures, and every population
    (a rate may divide by an earlier period's population)."""
    clauses, params = [], []
    if areas is not None:
        clauses.append(f"area IN ({', '.join('?' * len(areas))})")
        params.extend(areas)
    if periods is not None:
        clauses.append(f"(period IN ({', '.join('?' * len(periods))}) OR measure = 'population')")
        params.extend(periods)
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    return _numbers_only(database, database.rows(
        f"SELECT measure, area, period, value, unit, source FROM figures{where} "
        "ORDER BY area COLLATE NOCASE, measure, period_start, period", tuple(params)), as_tuples=True)


def area_spelling(database: Database, area: str) -> str | None:
    """The area as stored (first spelling imported), matched without regard to case."""
    rows = database.query("SELECT area FROM figures WHERE area = ? LIMIT 1", (area,))
    return rows[0]["area"] if rows else None


def periods(database: Database, area: str) -> list[str]:
    """Every period the area has a figure for."""
    return [row["period"] for row in database.query(
        "SELECT DISTINCT period FROM figures WHERE area = ? ORDER BY period_start, period", (area,))]


def measures(database: Database) -> list[str]:
    return [row["measure"] for row in database.query("SELECT DISTINCT measure FROM figures ORDER BY measure")]


def units_stored(database: Database, measures: list[str]) -> list[dict]:
    """For each of ``measures`` and each unit it is stored in: how many
    figures (``figures``), and the area, period and ``period_start`` of the earliest of them."""
    columns = ("measure", "unit", "figures", "area", "period", "period_start")
    # SQLite gives the bare columns (area, period) from the row MIN() picks.
    return [dict(zip(columns, values)) for values in database.rows_in(
        "SELECT measure, unit, COUNT(*), area, period, MIN(period_start) FROM figures "
        "WHERE measure IN ({marks}) GROUP BY measure, unit", sorted(measures))]


def areas(database: Database) -> list[str]:
    return [row["area"] for row in database.query(
        "SELECT DISTINCT area FROM figures ORDER BY area COLLATE NOCASE")]


def remove(database: Database, *, area: str | None = None, period: str | None = None,
           measure: str | None = None) -> int:
    """Delete the figures matching every filter given, in one transaction; how many."""
    clauses, params = [], []
    for column, value in (("area", area), ("period", period), ("measure", measure)):
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    if not clauses:
        raise ValueError("no filter: refusing to remove every figure")
    with database.transaction():
        _moved_on(database, None)
        database.execute(f"DELETE FROM figure_revisions WHERE {' AND '.join(clauses)}", tuple(params))
        database.execute(f"DELETE FROM figures_withheld WHERE {' AND '.join(clauses)}", tuple(params))
        return database.execute(f"DELETE FROM figures WHERE {' AND '.join(clauses)}",
                                tuple(params)).rowcount


def revisions(database: Database, area: str | None = None) -> list[dict]:
    """The values the area's (every area's when None) stored figures had
    before later imports revised them, oldest revision first: area, measure,
    period, value, unit, and the file (``revised_in``), time (``revised_at``)
    and id (``revised_by``) of the import that revised each."""
    return database.query(
        "SELECT f.area, r.measure, r.period, r.value, r.unit, i.file AS revised_in, "
        "i.imported_at AS revised_at, r.revised_by "
        "FROM figure_revisions r JOIN figure_imports i ON i.id = r.revised_by "
        "JOIN figures f ON f.area = r.area AND f.measure = r.measure AND f.period = r.period "
        + ("WHERE r.area = ? " if area is not None else "") + "ORDER BY r.revised_by",
        (area,) if area is not None else ())


def remove_imported_from(database: Database, file_endings: list[str]) -> int:
    """Delete the figures last imported from a file whose path ends with one of
    ``file_endings`` (a later import of the same figure from elsewhere keeps
    it), in one transaction; how many."""
    if not file_endings:
        return 0
    matches = " OR ".join("file LIKE ? ESCAPE '\\'" for _ in file_endings)
    patterns = tuple("%" + ending.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                     for ending in file_endings)
    with database.transaction():
        _moved_on(database, None)
        removed = database.execute(
            f"DELETE FROM figures WHERE import_id IN (SELECT id FROM figure_imports WHERE {matches})",
            patterns).rowcount
        database.execute("DELETE FROM figure_revisions WHERE NOT EXISTS (SELECT 1 FROM figures f WHERE "
                         "f.area = figure_revisions.area AND f.measure = figure_revisions.measure "
                         "AND f.period = figure_revisions.period)")
        database.execute(f"DELETE FROM figures_withheld WHERE withheld_by IN (SELECT id FROM figure_imports "
                         f"WHERE {matches})", patterns)
        return removed


def store_import(database: Database, file: str, rows: list[dict], withheld: list[tuple[str, str, str]] = (),
                 expected: int | None = None) -> tuple[list[dict], list[dict], int, list[dict]]:
    """Write ``rows`` (area, measure, period, period_start, value, unit, source)
    in one transaction, replacing figures with the same key, and remember the
    cells ``withheld`` ((area, measure, period) the file gives no figure for)
    that have none stored. With ``expected``, the :func:`generation` the rows
    were worked out at, raise StoredMeanwhile, storing nothing, when it has moved on.

    Returns (added rows, replaced rows each with ``old_value``, unchanged
    count, the added rows an earlier import withheld, each with the file that
    did as ``withheld_in``).
    """
    added: list[dict] = []
    replaced: list[dict] = []
    unchanged = 0
    with database.transaction():
        _moved_on(database, expected)
        import_id = database.execute(
            "INSERT INTO figure_imports (file, imported_at, rows, added, replaced) VALUES (?,?,?,0,0)",
            (file, _now(), len(rows)),
        ).lastrowid
        stored, spellings = _stored_for(database, {row["area"] for row in rows})
        inserts, updates = [], []
        for row in rows:
            area = spellings.setdefault(row["area"].casefold(), row["area"])
            row = {**row, "area": area}
            old = stored.get((area.casefold(), row["measure"], row["period"]))
            if old is not None and (old["value"], old["unit"], old["source"]) == \
                    (row["value"], row["unit"], row["source"]):
                unchanged += 1
            elif old is not None:
                updates.append((row["value"], row["unit"], row["source"], import_id,
                                area, row["measure"], row["period"]))
                replaced.append({**row, "old_value": old["value"], "old_unit": old["unit"]})
            else:
                inserts.append((area, row["measure"], row["period"], row["period_start"],
                                row["value"], row["unit"], row["source"], import_id))
                added.append(row)
        database.executemany(
            "INSERT INTO figures (area, measure, period, period_start, value, unit, source, import_id)"
            " VALUES (?,?,?,?,?,?,?,?)", inserts)
        database.executemany(
            "UPDATE figures SET value = ?, unit = ?, source = ?, import_id = ? "
            "WHERE area = ? AND measure = ? AND period = ?", updates)
        database.executemany(
            "INSERT INTO figure_revisions (area, measure, period, value, unit, revised_by) VALUES (?,?,?,?,?,?)",
            [(row["area"], row["measure"], row["period"], row["old_value"], row["old_unit"], import_id)
             for row in replaced if row["old_value"] != row["value"]
             and isinstance(row["old_value"], (int, float))])
        database.execute(
            "UPDATE figure_imports SET added = ?, replaced = ? WHERE id = ?",
            (len(added), len(replaced), import_id),
        )
        filled = _filled_in(database, added)
        database.executemany("DELETE FROM figures_withheld WHERE area = ? AND measure = ? AND period = ?",
                             [(row["area"], row["measure"], row["period"]) for row in filled])
        database.executemany(
            "INSERT OR REPLACE INTO figures_withheld (area, measure, period, withheld_by) SELECT ?, ?, ?, ? "
            "WHERE NOT EXISTS (SELECT 1 FROM figures WHERE area = ? AND measure = ? AND period = ?)",
            [(area, measure, str(period), import_id, area, measure, str(period))
             for area, measure, period in withheld])
    return added, replaced, unchanged, filled


def withheld_cells(database: Database, area: str) -> dict[tuple[str, str], str]:
    """(measure, period) → the file that gave ``area`` no figure for it ("[c]", ".."), where none is stored."""
    return {(measure, period): file for measure, period, file in database.rows(
        "SELECT w.measure, w.period, i.file FROM figures_withheld w JOIN figure_imports i ON i.id = w.withheld_by "
        "WHERE w.area = ?", (area,))}


def _filled_in(database: Database, added: list[dict]) -> list[dict]:
    """The ``added`` rows an earlier import marked as having no figure, each
    with that import's file."""
    if not added:
        return []
    withheld = {(area.casefold(), measure, period): file for area, measure, period, file in database.rows_in(
        "SELECT w.area, w.measure, w.period, i.file FROM figures_withheld w "
        "JOIN figure_imports i ON i.id = w.withheld_by WHERE w.area IN ({marks})",
        sorted({row["area"] for row in added}))}
    return [{**row, "withheld_in": withheld[key]} for row in added
            if (key := (row["area"].casefold(), row["measure"], row["period"])) in withheld]


def _stored_for(database: Database, areas: set[str]) -> tuple[dict, dict]:
    """The stored figures of ``areas`` by (area folded, measure, period), and
    each area's stored spelling by its folded name."""
    stored: dict[tuple[str, str, str], dict] = {}
    spellings: dict[str, str] = {}
    columns = ("area", "measure", "period", "value", "unit", "source")
    for values in database.rows_in(f"SELECT {', '.join(columns)} FROM figures WHERE area IN ({{marks}})",
                                   sorted(areas)):
        row = dict(zip(columns, values))
        stored[(row["area"].casefold(), row["measure"], row["period"])] = row
        spellings.setdefault(row["area"].casefold(), row["area"])
    return stored, spellings
