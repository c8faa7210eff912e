"""Cache of the parses review reads (spaCy docs as DocBin bytes), keyed by a
text's hash and the parser that made them (``drafter.review.parsing``), so a
text is parsed once however often it is reviewed. Like ``analyses`` (the
search index's lemmas, which carry no parse), it holds nothing that cannot be
made again: it is capped at ``KEEP`` rows, the least recently used going
first.
"""

from __future__ import annotations

import time

from drafter.store.connection import Database

KEEP = 5000

SCHEMA = """
CREATE TABLE IF NOT EXISTS parses (
    text_hash TEXT NOT NULL,
    parser TEXT NOT NULL,
    doc BLOB NOT NULL,
    used REAL NOT NULL,
    PRIMARY KEY (text_hash, parser)
);
CREATE INDEX IF NOT EXISTS parses_used ON parses(used)
"""


def cached(database: Database, parser: str, hashes: list[str]) -> dict[str, bytes]:
    """{text_hash: doc bytes} for the hashes already parsed by ``parser``."""
    rows = database.rows_in("SELECT text_hash, doc FROM parses WHERE parser = ? AND text_hash IN ({marks})",
                            hashes, before=(parser,))
    return {row[0]: row[1] for row in rows}


def store(database: Database, parser: str, rows: list[tuple[str, bytes]], used: list[str]) -> None:
    """Store new (text_hash, doc bytes) rows, mark ``used`` hashes as just used,
    and keep the newest ``KEEP`` rows.

    A cache write that cannot be made at once (a read-only workspace, another
    process writing, such as a long ``corpus add``) is skipped rather than
    waited for: the review it would speed up does not depend on it.
    """
    database.write_if_free(lambda: _store(database, parser, rows, used))


def _store(database: Database, parser: str, rows: list[tuple[str, bytes]], used: list[str]) -> None:
    now = time.time()
    with database.transaction():
        database.executemany(
            "INSERT OR REPLACE INTO parses (text_hash, parser, doc, used) VALUES (?,?,?,?)",
            [(digest, parser, doc, now) for digest, doc in rows])
        database.executemany("UPDATE parses SET used = ? WHERE parser = ? AND text_hash = ?",
                                  [(now, parser, digest) for digest in used])
        database.execute(
            "DELETE FROM parses WHERE rowid IN (SELECT rowid FROM parses ORDER BY used DESC "
            "LIMIT -1 OFFSET ?)", (KEEP,))
