"""The drafts tables: one row per draft, one row per saved revision.

A revision holds the whole draft as JSON, so any revision can be read back on
its own and nothing a writer saved is ever overwritten. ``drafts`` keeps the
head's number and content hash, so an autosave costs one SELECT of that row,
one INSERT and one UPDATE, all in one ``BEGIN IMMEDIATE`` transaction: a
process killed mid-save leaves the previous head in place. A save that names
the revision it was made on (its parent) is refused in that same transaction
when another save has become the head since, so a change made to an older
head can never replace a newer one unseen.
"""

from __future__ import annotations

from datetime import datetime, timezone

from drafter.drafts.model import UnknownRevision
from drafter.errors import DraftChanged, NotFound, WorkspaceError
from drafter.store.connection import Database

SCHEMA = """
CREATE TABLE IF NOT EXISTS drafts (
    -- AUTOINCREMENT: an id is never reused, so an origin or a reference
    -- to a removed draft can never come to name a different one.
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT,
    date TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    head_revision INTEGER,
    head_hash TEXT,
    paragraphs INTEGER NOT NULL DEFAULT 0,
    sections_done INTEGER NOT NULL DEFAULT 0,
    sections_total INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS draft_revisions (
    id INTEGER PRIMARY KEY,
    draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    saved_at TEXT NOT NULL,
    content TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    paragraphs INTEGER NOT NULL DEFAULT 0,
    note TEXT,
    UNIQUE (draft_id, number)
);
"""
# Added by migration 4. A table of its own, not columns of ``drafts``: moving
# about a draft is not an edit, and creating it is safe to run twice.
PLACES_SCHEMA = """
CREATE TABLE IF NOT EXISTS draft_places (
    draft_id INTEGER PRIMARY KEY REFERENCES drafts(id) ON DELETE CASCADE,
    section TEXT NOT NULL,
    paragraph INTEGER
);
"""
# Added by migration 6: how far into the paragraph the cursor was (characters).
PLACES_OFFSET = "ALTER TABLE draft_places ADD COLUMN offset INTEGER"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def create_draft(database: Database, *, content: str, content_hash: str, title: str, date: str,
                 paragraphs: int, sections_done: int, sections_total: int,
                 note: str | None, writer: str | None = None) -> int:
    """Store a new draft with its first revision (number 1), as the draft
    ``writer`` comes back to, in one transaction; returns the draft id."""
    now = _now()
    with database.transaction():
        draft_id = database.execute(
            "INSERT INTO drafts (title, date, created_at, updated_at, head_revision, head_hash,"
            " paragraphs, sections_done, sections_total) VALUES (?,?,?,?,1,?,?,?,?)",
            (title, date, now, now, content_hash, paragraphs, sections_done, sections_total),
        ).lastrowid
        database.execute(
            "INSERT INTO draft_revisions (draft_id, number, saved_at, content, content_hash,"
            " paragraphs, note) VALUES (?,1,?,?,?,?,?)",
            (draft_id, now, content, content_hash, paragraphs, note),
        )
        # In the draft's own transaction: on a full disk a save that failed after
        # the draft was stored said nothing was saved, and a retry made a second.
        note_worked_on(database, draft_id, writer)
    return draft_id


def save_revision(database: Database, draft_id: int, *, content: str, content_hash: str,
                  title: str, date: str, paragraphs: int, sections_done: int,
                  sections_total: int, note: str | None,
                  parent: int | None = None, writer: str | None = None) -> tuple[int, bool]:
    """Add a revision unless the content equals the head's; returns (head number, added).

    With ``parent``, the revision the content was made from: DraftChanged when
    the head is another revision by the time the lock is held. Remembers the
    draft as the one ``writer`` comes back to, in the same transaction."""
    with database.transaction():
        row = database.one(
            "SELECT head_revision, head_hash FROM drafts WHERE id = ?", (draft_id,)
        )
        if row is None:
            raise NotFound("draft", draft_id)
        head, head_hash = row
        if parent is not None and head != parent and head_hash != content_hash:
            raise DraftChanged(draft_id, parent, head)
        note_worked_on(database, draft_id, writer)
        if head_hash == content_hash:
            return head, False
        number = (head or 0) + 1
        now = _now()
        database.execute(
            "INSERT INTO draft_revisions (draft_id, number, saved_at, content, content_hash,"
            " paragraphs, note) VALUES (?,?,?,?,?,?,?)",
            (draft_id, number, now, content, content_hash, paragraphs, note),
        )
        database.execute(
            "UPDATE drafts SET head_revision = ?, head_hash = ?, updated_at = ?, title = ?, date = ?,"
            " paragraphs = ?, sections_done = ?, sections_total = ? WHERE id = ?",
            (number, content_hash, now, title, date, paragraphs, sections_done, sections_total,
             draft_id),
        )
    return number, True


def head_content(database: Database, draft_id: int) -> tuple[int, str]:
    """(head revision number, its JSON content)."""
    row = database.one(
        "SELECT r.number, r.content FROM drafts d JOIN draft_revisions r"
        " ON r.draft_id = d.id AND r.number = d.head_revision WHERE d.id = ?",
        (draft_id,),
    )
    if row is None:
        _head_missing(database, draft_id)
    return row[0], row[1]


def _head_missing(database: Database, draft_id: int) -> None:
    """NotFound for a draft that is not stored; for one whose latest revision
    was deleted by hand (a database browser), what is left and the way back,
    where the draft drafter still listed was said not to exist."""
    row = database.one("SELECT head_revision, (SELECT MAX(number) FROM draft_revisions WHERE draft_id = d.id)"
                       " FROM drafts d WHERE d.id = ?", (draft_id,))
    if row is None:
        raise NotFound("draft", draft_id)
    head, latest = row
    back = (f"bring back revision {latest}, the latest still stored, with 'drafter draft restore {draft_id} "
            f"{latest}'" if latest else f"delete it with 'drafter draft delete {draft_id}'")
    raise WorkspaceError(f"{database.path}: draft {draft_id}'s latest revision ({head}) is not stored (the "
                         f"database was changed outside drafter): {back}, or restore "
                         f"{database.path.name if database.path else 'the database'} from a backup")


def revision_content(database: Database, draft_id: int, number: int) -> str:
    row = database.one(
        "SELECT content FROM draft_revisions WHERE draft_id = ? AND number = ?", (draft_id, number)
    )
    if row is None:
        check_exists(database, draft_id)
        raise UnknownRevision(draft_id, number)
    return row[0]


def check_exists(database: Database, draft_id: int) -> None:
    if database.one("SELECT 1 FROM drafts WHERE id = ?", (draft_id,)) is None:
        raise NotFound("draft", draft_id)


def list_revisions(database: Database, draft_id: int) -> list[dict]:
    check_exists(database, draft_id)
    return database.query(
        "SELECT number, saved_at, note, length(CAST(content AS BLOB)) AS size, paragraphs"
        " FROM draft_revisions WHERE draft_id = ? ORDER BY number",
        (draft_id,),
    )


def list_drafts(database: Database) -> list[dict]:
    return database.query(
        "SELECT d.id, d.title, d.date, d.head_revision AS revision, d.created_at, d.updated_at, d.paragraphs,"
        # json_valid: a revision changed by hand is named when opened, not taken for a damaged database here
        " d.sections_done, d.sections_total, CASE WHEN json_valid(r.content) THEN json_extract(r.content, '$.area')"
        " END AS area, CASE WHEN json_valid(r.content) THEN json_extract(r.content, '$.period') END AS period"
        " FROM drafts d"
        " LEFT JOIN draft_revisions r ON r.draft_id = d.id AND r.number = d.head_revision"
        " ORDER BY d.updated_at DESC, d.id DESC"
    )


LAST_LEFT = "last_draft_left"
"""The ``meta`` key holding the draft whose place was kept last, and when: "<id> <time>";
``LAST_LEFT:<writer>`` holds the draft one writer was last in or saved, so a team
sharing a workspace each come back to their own."""


def _remember_left(database: Database, draft_id: int, writer: str | None) -> None:
    keys = (LAST_LEFT, f"{LAST_LEFT}:{writer}") if writer else (LAST_LEFT,)
    for key in keys:
        database.execute("INSERT INTO meta (key, value) VALUES (?, ?) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, f"{draft_id} {_now()}"))


def note_worked_on(database: Database, draft_id: int, writer: str | None) -> None:
    """Remember that ``writer`` saved ``draft_id``: the draft they come back to. Written only
    when it is another draft than the one remembered, so a save stays one insert and one update."""
    if not writer:
        return
    row = database.one("SELECT value FROM meta WHERE key = ?", (f"{LAST_LEFT}:{writer}",))
    if row is None or row[0].partition(" ")[0] != str(draft_id):
        with database.transaction():
            database.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                             "value = excluded.value", (f"{LAST_LEFT}:{writer}", f"{draft_id} {_now()}"))


def set_place(database: Database, draft_id: int, section: str, paragraph: int | None,
              offset: int | None = None, writer: str | None = None) -> None:
    """Remember where the writer is in the draft, and that it is the draft they were
    last in; not a revision, so moving about never adds one (and never changes
    ``updated_at``, which orders the list)."""
    with database.transaction():
        check_exists(database, draft_id)
        database.execute(
            "INSERT INTO draft_places (draft_id, section, paragraph, offset) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(draft_id) DO UPDATE SET section = excluded.section,"
            " paragraph = excluded.paragraph, offset = excluded.offset",
            (draft_id, section, paragraph, offset),
        )
        _remember_left(database, draft_id, writer)


def last_left(database: Database, writer: str | None = None) -> tuple[int, str] | None:
    """(draft id, when) of the draft whose place was kept last (by ``writer``, when named), or None."""
    row = database.one("SELECT value FROM meta WHERE key = ?", (f"{LAST_LEFT}:{writer}" if writer else LAST_LEFT,))
    if row is None:
        return None
    draft_id, _, when = row[0].partition(" ")
    return int(draft_id), when


def get_place(database: Database, draft_id: int) -> tuple[str, int | None, int | None] | None:
    """(section key, paragraph index, offset in the paragraph) last remembered, or None."""
    row = database.one("SELECT section, paragraph, offset FROM draft_places WHERE draft_id = ?", (draft_id,))
    if row is None:
        check_exists(database, draft_id)
        return None
    return row[0], row[1], row[2]


def delete_draft(database: Database, draft_id: int) -> None:
    with database.transaction():
        check_exists(database, draft_id)
        # Revisions go too (ON DELETE CASCADE); deleting them first keeps that true
        # even on a connection opened without foreign keys.
        database.execute("DELETE FROM draft_revisions WHERE draft_id = ?", (draft_id,))
        database.execute("DELETE FROM draft_places WHERE draft_id = ?", (draft_id,))
        database.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))
