"""The corpus tables: statements, their sections and their paragraphs.

``corpus_generation`` in ``meta`` goes up with every change to the corpus, so
a saved search index can tell whether it is stale with one read. It goes up by
a random step, and ``corpus_history`` keeps the latest ones, so a database
restored from a backup, which then goes on to other changes, never comes to
the number of an index made from the changes it lost, and an index that is
no earlier state of this database is built again rather than patched.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
from datetime import datetime, timezone

from drafter.errors import NotFound, WorkspaceError
from drafter.statement import SUBHEADING, Paragraph, Section, Statement, StoredStatement
from drafter.store.connection import Database

SCHEMA = """
CREATE TABLE IF NOT EXISTS statements (
    -- AUTOINCREMENT: an id is never reused, so an origin or a reference
    -- to a removed statement can never come to name a different one.
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    file TEXT NOT NULL,
    original TEXT,
    format TEXT,
    content_hash TEXT NOT NULL UNIQUE,
    title TEXT,
    force TEXT,
    board TEXT,
    date TEXT,
    presented_by TEXT,
    paragraphs INTEGER NOT NULL DEFAULT 0,
    added_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sections (
    id INTEGER PRIMARY KEY,
    statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    heading TEXT,
    priority TEXT
);
CREATE INDEX IF NOT EXISTS sections_statement ON sections(statement_id, position);
CREATE TABLE IF NOT EXISTS paragraphs (
    id INTEGER PRIMARY KEY,
    statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
    section_id INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    number INTEGER,
    text TEXT NOT NULL,
    priority TEXT,
    text_hash TEXT NOT NULL,
    predicted_priority TEXT,
    predicted_confidence REAL
);
CREATE INDEX IF NOT EXISTS paragraphs_statement ON paragraphs(statement_id, position);
CREATE INDEX IF NOT EXISTS paragraphs_hash ON paragraphs(text_hash);
"""

# The header lines that say what kind of paper a statement is (a JSON list).
HEADER_NOTES = "ALTER TABLE statements ADD COLUMN header_notes TEXT"


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def text_hash(text: str) -> str:
    """Hash of a paragraph's wording, blind to spacing and case (the analysis cache key)."""
    normal = re.sub(r"\s+", " ", text).strip().lower()
    return hashlib.sha1(normal.encode("utf-8")).hexdigest()


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


HISTORY_KEPT = 500  # generations: an index older than this many changes is built again


def bump_generation(database: Database) -> int:
    with database.transaction():
        row = database.one("SELECT value FROM meta WHERE key = 'corpus_generation'")
        generation = (int(row[0]) if row else 0) + 1 + secrets.randbelow(1 << 20)
        history = [*generation_history(database)[-(HISTORY_KEPT - 1):], generation]
        for key, value in (("corpus_generation", str(generation)),
                           ("corpus_history", " ".join(map(str, history)))):
            database.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
    return generation


def generation_history(database: Database) -> list[int]:
    """This database's latest corpus generations, oldest first."""
    row = database.one("SELECT value FROM meta WHERE key = 'corpus_history'")
    return [int(value) for value in row[0].split()] if row and row[0] else []


def generation(database: Database) -> int:
    row = database.one("SELECT value FROM meta WHERE key = 'corpus_generation'")
    return int(row[0]) if row else 0


def find_by_hash(database: Database, digest: str) -> int | None:
    row = database.one("SELECT id FROM statements WHERE content_hash = ?", (digest,))
    return row[0] if row else None


def insert_statement(database: Database, statement: Statement, *, file: str, original: str | None,
                     fmt: str, digest: str) -> int:
    """Store a parsed statement with all its sections and paragraphs, atomically."""
    with database.transaction():
        cursor = database.execute(
            "INSERT INTO statements (file, original, format, content_hash, title, force, board, date,"
            " presented_by, header_notes, paragraphs, added_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (file, original, fmt, digest, statement.title, statement.force, statement.board,
             statement.date, statement.presented_by, json.dumps(statement.header_notes) if statement.header_notes
             else None, statement.paragraph_count, _now()),
        )
        statement_id = cursor.lastrowid
        position = 0
        for section_position, section in enumerate(statement.sections):
            section_id = database.execute(
                "INSERT INTO sections (statement_id, position, heading, priority) VALUES (?,?,?,?)",
                (statement_id, section_position, section.heading, section.priority),
            ).lastrowid
            rows = []
            for paragraph in section.paragraphs:
                cells = json.dumps(paragraph.cells) if paragraph.cells is not None else None
                rows.append((statement_id, section_id, position, paragraph.number, paragraph.text,
                             section.priority, text_hash(paragraph.text), paragraph.kind, cells))
                position += 1
            database.executemany(
                "INSERT INTO paragraphs (statement_id, section_id, position, number, text, priority,"
                " text_hash, kind, cells) VALUES (?,?,?,?,?,?,?,?,?)",
                rows,
            )
        bump_generation(database)
    return statement_id


def list_statements(database: Database) -> list[StoredStatement]:
    rows = database.query(
        "SELECT * FROM statements ORDER BY COALESCE(date, '') DESC, id DESC"
    )
    # Listing shows no header notes: one changed by hand must not hide the
    # corpus, nor the id to remove and add again.
    return [_stored(database, {**row, "header_notes": None}) for row in rows]


def _stored(database: Database, row: dict, sections: list[Section] | None = None) -> StoredStatement:
    return StoredStatement(
        id=row["id"], title=row["title"], force=row["force"], date=row["date"], file=row["file"],
        paragraphs=row["paragraphs"], board=row["board"], presented_by=row["presented_by"],
        header_notes=_stored_json(database, row.get("header_notes"), f"statement {row['id']}'s header notes",
                                  lambda notes: all(isinstance(note, str) for note in notes)) or [],
        format=row["format"], content_hash=row["content_hash"], added_at=row["added_at"],
        sections=sections,
    )


def get_statement(database: Database, statement_id: int) -> StoredStatement:
    rows = database.query("SELECT * FROM statements WHERE id = ?", (statement_id,))
    if not rows:
        raise NotFound("statement", statement_id)
    sections: dict[int, Section] = {}
    for section in database.query(
        "SELECT id, heading, priority FROM sections WHERE statement_id = ? ORDER BY position",
        (statement_id,),
    ):
        sections[section["id"]] = Section(section["heading"], section["priority"], [])
    for paragraph in database.query(
        "SELECT section_id, number, text, kind, cells FROM paragraphs WHERE statement_id = ?"
        " ORDER BY position",
        (statement_id,),
    ):
        sections[paragraph["section_id"]].paragraphs.append(
            Paragraph(paragraph["number"], paragraph["text"], paragraph["kind"],
                      _cells(database, paragraph["cells"], statement_id, paragraph["number"]))
        )
    return _stored(database, rows[0], list(sections.values()))


def remove_statements(database: Database, statement_ids: list[int]) -> list[tuple[StoredStatement, str | None]]:
    """Delete the statements in one transaction, none when one is not stored
    (NotFound) or the work is stopped part-way (a Ctrl-C); each with the
    workspace-relative path of its original file when no statement left shares it."""
    removed = []
    with database.transaction():
        for statement_id in dict.fromkeys(statement_ids):
            rows = database.query("SELECT * FROM statements WHERE id = ?", (statement_id,))
            if not rows:
                raise NotFound("statement", statement_id)
            # Read without its paragraphs or notes: removing a statement changed by hand is the way back.
            removed.append((_stored(database, {**rows[0], "header_notes": None}), rows[0]["original"]))
            database.execute("DELETE FROM statements WHERE id = ?", (statement_id,))
        bump_generation(database)
        still_used = {row[0] for row in database.rows("SELECT DISTINCT original FROM statements")}
    return [(stored, original if original not in still_used else None) for stored, original in removed]


# The sub-heading a paragraph sits under: the last one before it in its section.
_SUBHEADING = (
    "(SELECT h.text FROM paragraphs h WHERE h.section_id = p.section_id"
    f" AND h.kind = '{SUBHEADING}' AND h.position < p.position"
    " ORDER BY h.position DESC LIMIT 1) AS subheading"
)


def corpus_paragraphs(database: Database, statement_ids: list[int] | None = None) -> list[dict]:
    """Every paragraph (of the given statements, when given) with what
    retrieval shows beside it, in corpus order. Sub-headings are left out:
    they name what follows, they are not text to reuse."""
    where, parameters = "", ()
    if statement_ids is not None:
        where = f" AND p.statement_id IN ({','.join('?' * len(statement_ids))})"
        parameters = tuple(statement_ids)
    return database.query(
        "SELECT p.id, p.statement_id, p.number, p.position, p.text, p.text_hash, p.priority,"
        " p.predicted_priority, p.predicted_confidence, p.kind, s.title, s.force, s.date, s.file,"
        f" sec.heading, {_SUBHEADING} FROM paragraphs p JOIN statements s ON s.id = p.statement_id"
        f" JOIN sections sec ON sec.id = p.section_id WHERE p.kind != '{SUBHEADING}'{where}"
        " ORDER BY p.statement_id, p.position",
        parameters,
    )


_INDEX_COLUMNS = ("id", "statement_id", "position", "text_hash", "priority", "force", "date")


def index_rows(database: Database, statement_ids: list[int] | None = None) -> list[dict]:
    """What the search index keeps of each paragraph (of the given statements,
    when given), in corpus order, sub-headings left out as in
    :func:`corpus_paragraphs`. No text: a build reads the text only of
    paragraphs it has never analysed (:func:`texts_by_hash`), and leaving it
    and the sub-heading lookup out reads 100k rows three times faster."""
    where, parameters = "", ()
    if statement_ids is not None:
        where = f" AND p.statement_id IN ({','.join('?' * len(statement_ids))})"
        parameters = tuple(statement_ids)
    rows = database.rows(
        "SELECT p.id, p.statement_id, p.position, p.text_hash, p.priority, s.force, s.date"
        " FROM paragraphs p JOIN statements s ON s.id = p.statement_id"
        f" WHERE p.kind != '{SUBHEADING}'{where} ORDER BY p.statement_id, p.position",
        parameters,
    )
    return [dict(zip(_INDEX_COLUMNS, row)) for row in rows]


def texts_by_hash(database: Database, hashes: list[str]) -> dict[str, str]:
    """A paragraph text for each of ``hashes`` that some paragraph has."""
    return dict(database.rows_in(
        "SELECT text_hash, text FROM paragraphs WHERE text_hash IN ({marks})", hashes))


def force_statements(database: Database, force: str | None) -> list[tuple[int, str | None]]:
    """(id, date) of every stored statement of ``force`` (of no known force for None)."""
    return [(row[0], row[1]) for row in
            database.rows("SELECT id, date FROM statements WHERE force IS ?", (force,))]


def in_month(database: Database, force: str, month: str) -> list[tuple[int, str]]:
    """(id, file) of every stored statement of ``force`` dated in ``month`` (YYYY-MM)."""
    return [(row[0], row[1]) for row in database.rows(
        "SELECT id, file FROM statements WHERE force = ? AND substr(date, 1, 7) = ? ORDER BY id",
        (force, month))]


def force_and_date(database: Database, statement_id: int) -> tuple[str | None, str | None]:
    """The force and date a statement is stored under."""
    row = database.one("SELECT force, date FROM statements WHERE id = ?", (statement_id,))
    return (row[0], row[1]) if row else (None, None)


def statement_ids(database: Database) -> list[int]:
    """The id of every stored statement."""
    return [row[0] for row in database.rows("SELECT id FROM statements ORDER BY id")]


def paragraphs_by_id(database: Database, ids: list[int]) -> dict[int, dict]:
    """Paragraphs (a table's with its cells) with their statement's title, force, date and file
    and the sub-heading they sit under, by paragraph id (ids no longer stored are left out)."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = database.query(
        "SELECT p.id, p.statement_id, p.number, p.position, p.text, p.priority, p.predicted_priority,"
        f" p.kind, p.cells, {_SUBHEADING}, s.title, s.force, s.date, s.file FROM paragraphs p JOIN statements s"
        f" ON s.id = p.statement_id WHERE p.id IN ({marks})", tuple(ids))
    return {row["id"]: _with_cells(database, row) for row in rows}


def statement_forces(database: Database) -> dict[int, str | None]:
    """Each stored statement's force, by statement id."""
    return {row[0]: row[1] for row in database.rows("SELECT id, force FROM statements")}


def get_paragraph(database: Database, statement_id: int, number: int) -> dict:
    rows = database.query(
        "SELECT p.*, s.title, s.force, s.date, s.file FROM paragraphs p"
        " JOIN statements s ON s.id = p.statement_id WHERE p.statement_id = ? AND p.number = ?",
        (statement_id, number),
    )
    if not rows:
        get_statement(database, statement_id)  # raises NotFound for an unknown statement
        low, high = database.one(
            "SELECT MIN(number), MAX(number) FROM paragraphs WHERE statement_id = ?", (statement_id,)
        )
        # Say which numbers the statement does have, so the writer can pick one.
        having = (f"its paragraphs are numbered {low} to {high}" if low is not None
                  else f"it has no numbered paragraphs: give a paragraph's place, as 'drafter corpus show "
                       f"{statement_id}' lists it, e.g. {statement_id}:p1")
        raise NotFound("paragraph", f"{statement_id}:{number}",
                       f"statement {statement_id} has no paragraph {number} ({having})")
    return _with_cells(database, rows[0])


def get_paragraph_at(database: Database, statement_id: int, place: int) -> dict:
    """The paragraph at ``place`` (1 for the first) in the statement's order,
    the address of a paragraph a statement printed no number for."""
    rows = database.query(
        "SELECT p.*, s.title, s.force, s.date, s.file FROM paragraphs p"
        " JOIN statements s ON s.id = p.statement_id WHERE p.statement_id = ?"
        " ORDER BY p.position LIMIT 1 OFFSET ?",
        (statement_id, place - 1),
    ) if place >= 1 else []
    if not rows:
        get_statement(database, statement_id)  # raises NotFound for an unknown statement
        count = database.one("SELECT COUNT(*) FROM paragraphs WHERE statement_id = ?", (statement_id,))[0]
        raise NotFound("paragraph", f"{statement_id}:p{place}",
                       f"statement {statement_id} has no paragraph p{place} (its paragraphs are p1 to p{count})")
    return _with_cells(database, rows[0])


def _with_cells(database: Database, row) -> dict:
    """A paragraph's row with a table's cells as rows of strings (None for any other kind)."""
    found = dict(row)
    found["cells"] = _cells(database, found.get("cells"), found["statement_id"], found["number"])
    return found


def _cells(database: Database, stored: str | None, statement_id: int, number: int | None) -> list[list[str]] | None:
    """A table's cells as stored (JSON) read back as rows of strings; None for any other kind."""
    where = f"paragraph {number}" if number is not None else "a paragraph"
    return _stored_json(database, stored, f"statement {statement_id}, {where}: its table's cells",
                        lambda rows: all(isinstance(row, list) and all(isinstance(cell, str) for cell in row)
                                         for row in rows))


def _stored_json(database: Database, stored: str | None, what: str, fits) -> list | None:
    """A list kept as JSON, read back; one changed by hand in a database browser
    so that it no longer reads as drafter wrote it is named, with the way back,
    where the reader stopped at it with an internal error."""
    if not stored:
        return None
    try:
        found = json.loads(stored)
    except ValueError:
        found = None
    if isinstance(found, list) and fits(found):
        return found
    name = database.path.name if database.path else "the database"
    raise WorkspaceError(f"{database.path}: {what} are not as drafter stored them (the database was changed "
                         f"outside drafter): remove the statement and add its file again, or restore {name} "
                         "from a backup")


def numbers_its_paragraphs(database: Database, statement_id: int) -> bool:
    """Whether the statement printed a number for any of its paragraphs."""
    return database.one("SELECT COUNT(number) FROM paragraphs WHERE statement_id = ?", (statement_id,))[0] > 0


def set_predictions(database: Database, predictions: list[tuple[int, str, float]]) -> None:
    """Store (paragraph id, predicted priority, confidence) for unlabelled
    paragraphs, unless the workspace cannot take them at once: the index a
    search builds holds them too, so the search goes on without them."""
    def write() -> None:
        with database.transaction():
            database.executemany(
                "UPDATE paragraphs SET predicted_priority = ?, predicted_confidence = ? WHERE id = ?",
                [(priority, confidence, pid) for pid, priority, confidence in predictions],
            )

    database.write_if_free(write)
