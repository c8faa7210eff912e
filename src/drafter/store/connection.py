"""Opening the database and running write transactions safely.

Two processes share a workspace (the desk autosaving while a maintainer runs a
long ``corpus add``). WAL lets readers run beside a writer; every write takes
the lock up front with ``BEGIN IMMEDIATE`` so two writers queue on the busy
timeout instead of failing mid-transaction with "database is locked".
"""

from __future__ import annotations

import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from drafter.errors import WorkspaceError

BUSY_TIMEOUT_MS = 60_000
IN_CHUNK = 500  # values bound in one IN list


class Database:
    """The workspace database: one connection with explicit, re-entrant write transactions."""

    def __init__(self, path: Path | str):
        self.path = Path(path) if str(path) != ":memory:" else None
        try:
            conn = sqlite3.connect(
                str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                check_same_thread=False,
            )
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if self.path is not None:
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL" if self.path is None else "PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.DatabaseError as exc:
            raise WorkspaceError(f"{path}: not a drafter database ({exc})") from None
        self.conn = conn
        self._depth = 0
        # One connection may be used from a worker thread (the desk's autosave);
        # the lock keeps its transactions from interleaving with the main thread's.
        self._lock = threading.RLock()

    @contextmanager
    def transaction(self) -> Iterator["Database"]:
        """Run the block as one write transaction; nested blocks join the outer one."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self
                finally:
                    self._depth -= 1
                return
            self.conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield self
            except BaseException:
                self._depth = 0
                self.conn.execute("ROLLBACK")
                raise
            else:
                self._depth = 0
                self.conn.execute("COMMIT")

    def execute(self, sql: str, params: tuple | dict = ()) -> sqlite3.Cursor:
        with self._lock:
            return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows) -> sqlite3.Cursor:
        with self._lock:
            return self.conn.executemany(sql, rows)

    def query(self, sql: str, params: tuple | dict = ()) -> list[dict]:
        with self._lock:
            cursor = self.conn.execute(sql, params)
            names = [column[0] for column in cursor.description or ()]
            return [dict(zip(names, row)) for row in cursor.fetchall()]

    def rows(self, sql: str, params: tuple | dict = ()) -> list[tuple]:
        """Like :meth:`query`, as plain tuples (for reading many rows fast)."""
        with self._lock:
            return self.conn.execute(sql, params).fetchall()

    def one(self, sql: str, params: tuple | dict = ()) -> tuple | None:
        """The first row, as a tuple, or None."""
        with self._lock:
            return self.conn.execute(sql, params).fetchone()

    def rows_in(self, sql: str, values: list, before: tuple = ()) -> list[tuple]:
        """Rows of ``sql`` whose ``{marks}`` is an ``IN`` list of ``values``
        (after the ``before`` parameters), asked for in chunks: SQLite limits
        how many values one statement binds."""
        found: list[tuple] = []
        for start in range(0, len(values), IN_CHUNK):
            chunk = values[start:start + IN_CHUNK]
            found += self.rows(sql.format(marks=",".join("?" * len(chunk))), (*before, *chunk))
        return found

    def close(self) -> None:
        with self._lock:
            self.conn.close()


def open_database(path: Path | str) -> Database:
    from drafter.store.schema import migrate

    database = Database(path)
    try:
        migrate(database)
    except sqlite3.DatabaseError as exc:
        database.close()
        raise WorkspaceError(f"{path}: cannot use this database ({exc})") from None
    return database
