"""Cache of sentence vectors (``drafter.search.meaning``), keyed by a
paragraph's text hash and the model that made them, so a paragraph is
encoded once. A vector is float32 bytes; another model's are never read."""

from __future__ import annotations

from drafter.store.connection import Database

SCHEMA = """
CREATE TABLE IF NOT EXISTS sentence_vectors (
    text_hash TEXT NOT NULL,
    model TEXT NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (text_hash, model)
);
"""


def cached(database: Database, model: str, hashes: list[str]) -> dict[str, bytes]:
    """{text_hash: vector bytes} for the hashes already encoded by ``model``."""
    if not hashes:
        return {}
    rows = database.rows_in(
        "SELECT text_hash, vector FROM sentence_vectors WHERE model = ? AND text_hash IN ({marks})",
        hashes, before=(model,))
    return {row[0]: row[1] for row in rows}


def store(database: Database, model: str, rows: list[tuple[str, bytes]]) -> None:
    """Keep (text_hash, vector bytes) rows made by ``model``, unless the
    workspace cannot take them at once (a cache: the search goes on without it)."""
    def write() -> None:
        with database.transaction():
            database.executemany(
                "INSERT OR REPLACE INTO sentence_vectors (text_hash, model, vector) VALUES (?,?,?)",
                [(text_hash, model, vector) for text_hash, vector in rows])

    database.write_if_free(write)
