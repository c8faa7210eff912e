"""Creating and migrating the schema.

Each store module declares the tables it owns in a ``SCHEMA`` string of
``CREATE ... IF NOT EXISTS`` statements; ``MIGRATIONS`` holds later changes in
order, recorded in ``PRAGMA user_version`` so each runs once.
"""

from __future__ import annotations

import re

from drafter.errors import WorkspaceError
from drafter.store import analyses, drafts, figures, parses, sentence_vectors, statements
from drafter.store.connection import Database

META_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT
);
"""

# Each entry: (version it brings the database to, SQL script).
MIGRATIONS: list[tuple[int, str]] = [
    # Paragraph kinds (bullet, sub-heading, table) and a table's cells as JSON.
    (2, "ALTER TABLE paragraphs ADD COLUMN kind TEXT NOT NULL DEFAULT 'paragraph';"
        "ALTER TABLE paragraphs ADD COLUMN cells TEXT;"
        # Finding the sub-heading above a paragraph is one index seek.
        "CREATE INDEX IF NOT EXISTS paragraphs_section ON paragraphs(section_id, position)"),
    # The parses review reads, kept by text (store/parses).
    (3, parses.SCHEMA),
    # Where the writer last was in each draft (store/drafts).
    (4, drafts.PLACES_SCHEMA),
    # Sentence vectors kept by text (store/sentence_vectors).
    (5, sentence_vectors.SCHEMA),
    # How far into its paragraph the writer's cursor was (store/drafts).
    (6, drafts.PLACES_OFFSET),
    # "Police and Crime Plan Priority: ..." and kin, carried forward (store/statements).
    (7, statements.HEADER_NOTES),
    # A figure's values before later imports revised them (store/figures).
    (8, figures.REVISIONS_SCHEMA),
    # Cells a release gave no figure for, so a later one filling them in says so (store/figures).
    (9, figures.WITHHELD_SCHEMA),
]

BASE_VERSION = 1


LATEST_VERSION = MIGRATIONS[-1][0]


def migrate(database: Database) -> None:
    # A database already up to date takes no write lock (and a read-only one can be read).
    found = database.one("PRAGMA user_version")[0]
    if found == LATEST_VERSION:
        return
    if found > LATEST_VERSION:
        # A colleague's newer drafter has changed it: this one would write rows that one misreads.
        raise WorkspaceError(f"{database.path} was updated by a newer drafter (database version {found}; "
                             f"this drafter knows versions up to {LATEST_VERSION}): update this drafter "
                             "to use this workspace (nothing was read or written)")
    if database.read_only:
        raise WorkspaceError(f"{database.path} was written by an older drafter and must be updated, "
                             "which needs write access: open it once where drafter may write")
    with database.transaction():
        version = database.one("PRAGMA user_version")[0]
        if version == 0:
            for module_schema in (META_SCHEMA, statements.SCHEMA, analyses.SCHEMA,
                                  figures.SCHEMA, drafts.SCHEMA):
                _run_script(database, module_schema)
            version = BASE_VERSION
        for target, script in MIGRATIONS:
            if version < target:
                _run_script(database, script)
                version = target
        database.execute(f"PRAGMA user_version = {version}")


_ADD_COLUMN = re.compile(r"^\s*ALTER\s+TABLE\s+(\w+)\s+ADD\s+COLUMN\s+(\w+)", re.IGNORECASE)


def _run_script(database: Database, script: str) -> None:
    # executescript() would COMMIT the open transaction; run statement by statement.
    for statement in script.split(";"):
        if not statement.strip():
            continue
        added = _ADD_COLUMN.match(statement)
        if added and added.group(2) in {row[1] for row in database.rows(f"PRAGMA table_info({added.group(1)})")}:
            continue  # a column already there is what the migration wanted (as CREATE ... IF NOT EXISTS)
        database.execute(statement)


def get_meta(database: Database, key: str, default: str | None = None) -> str | None:
    row = database.one("SELECT value FROM meta WHERE key = ?", (key,))
    return row[0] if row else default


def set_meta(database: Database, key: str, value: str) -> None:
    with database.transaction():
        database.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )
