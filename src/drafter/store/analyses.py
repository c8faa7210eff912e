"""Cache of spaCy analyses, keyed by a paragraph's text hash, so rebuilding the
index does not parse unchanged paragraphs again. ``analyser`` records the
pipeline and settings that produced a row (drafter.search.terms.analyser_id); a
different analyser re-parses.

``terms`` holds the paragraph's index terms separated by spaces (lemmas and
figure classes, see drafter.search.terms); ``words`` the lower-case word each term
came from, aligned one to one, from which the query analyser learns the
corpus's word → lemma table.
"""

from __future__ import annotations

from drafter.store.connection import Database

SCHEMA = """
CREATE TABLE IF NOT EXISTS analyses (
    text_hash TEXT NOT NULL,
    analyser TEXT NOT NULL,
    terms TEXT NOT NULL,
    words TEXT NOT NULL,
    PRIMARY KEY (text_hash, analyser)
);
"""


# From this many hashes asked for at once, one pass over the analyser's rows
# (when they are not many more) is twice as fast as looking each one up.
BULK_FROM = 20_000


def cached(database: Database, analyser: str, hashes: list[str]) -> dict[str, tuple[str, str]]:
    """Return {text_hash: (terms, words)} for the hashes already analysed."""
    if len(hashes) >= BULK_FROM:
        (held,) = database.one("SELECT COUNT(*) FROM analyses WHERE analyser = ?", (analyser,))
        if held <= 2 * len(hashes):
            wanted = set(hashes)
            rows = database.rows("SELECT text_hash, terms, words FROM analyses WHERE analyser = ?", (analyser,))
            return {row[0]: (row[1], row[2]) for row in rows if row[0] in wanted}
    rows = database.rows_in(
        "SELECT text_hash, terms, words FROM analyses WHERE analyser = ? AND text_hash IN ({marks})",
        hashes, before=(analyser,))
    return {row[0]: (row[1], row[2]) for row in rows}


def store(database: Database, analyser: str, rows: list[tuple[str, str, str]]) -> None:
    """Store (text_hash, terms, words) rows for one analyser, unless the
    workspace cannot take them at once (a cache: a search goes on without it)."""
    def write() -> None:
        with database.transaction():
            database.executemany(
                "INSERT OR REPLACE INTO analyses (text_hash, analyser, terms, words) VALUES (?,?,?,?)",
                [(h, analyser, terms, words) for h, terms, words in rows],
            )

    database.write_if_free(write)
