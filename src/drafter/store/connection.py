"""Opening the database and running write transactions safely.

Two processes share a workspace (the desk autosaving while a maintainer runs a
long ``corpus add``). WAL lets readers run beside a writer; every write takes
the lock up front with ``BEGIN IMMEDIATE`` so two writers queue on the busy
timeout instead of failing mid-transaction with "database is locked".

A workspace drafter may not write (an archive copy, a folder shared
read-only) is opened read-only: reading works, caches are not kept, and a
write stops with one line saying the workspace is read-only, never that the
database is damaged.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from drafter.errors import WorkspaceError
from drafter.files import new_file_mode

BUSY_TIMEOUT_MS = 60_000
CACHE_WAIT_MS = 200  # a cache's write waits this long for another drafter's, then is left out
IN_CHUNK = 500  # values bound in one IN list


class DatabaseBusy(WorkspaceError, sqlite3.OperationalError):
    """Another process has held the write lock past the wait: one line for the
    user, and still the SQLite error a cache that skips a busy write expects."""


class DiskFull(WorkspaceError, sqlite3.OperationalError):
    """The database could not grow (a full disk, a file size limit, a failing
    write): one line for the user, and still the SQLite error a cache that
    skips a failed write expects."""


class NotAsDrafterMadeIt(WorkspaceError, sqlite3.OperationalError):
    """A table or column drafter keeps is gone (dropped or renamed in a database
    browser): one line for the user, and still the SQLite error a cache that
    skips a failed write expects."""


class Database:
    """The workspace database: one connection with explicit, re-entrant write transactions."""

    def __init__(self, path: Path | str):
        self.path = Path(path) if str(path) != ":memory:" else None
        # Worked out once: the same reason opens the database read-only and names why a save is refused.
        self._read_only_reason = _read_only_reason(self.path) if self.path is not None else None
        self.read_only = self._read_only_reason is not None
        created = self.path is not None and not self.path.exists()
        if self.read_only and created:
            raise WorkspaceError(f"{self._read_only_reason}: drafter needs write access to it "
                                 f"to create {self.path.name}")
        self._needed = "write access"  # what a save is refused for want of
        try:
            conn = self._connect(path)
        except sqlite3.DatabaseError as exc:
            if not (_cannot_grow(exc) and not self.read_only and not created and not _log_pending(self.path)):
                self._refuse(path, exc)
            # A full disk leaves no room for the shared-memory file SQLite reads a WAL database
            # with; with nothing pending in the log, the database is read as it stands.
            self._read_only_reason = f"the disk holding {self.path.parent} has no room ({exc})"
            self._needed, self.read_only = "room on it", True
            try:
                conn = self._connect(path, immutable=True)
            except sqlite3.DatabaseError as again:
                self._refuse(path, again)
        if created:
            _give_usual_permissions(self.path)
        self.conn = conn
        self._depth = 0
        # One connection may be used from a worker thread (the desk's autosave);
        # the lock keeps its transactions from interleaving with the main thread's.
        self._lock = threading.RLock()

    def _connect(self, path: Path | str, immutable: bool = False) -> sqlite3.Connection:
        conn = sqlite3.connect(
            _read_only_uri(self.path, immutable) if self.read_only else str(path), uri=self.read_only,
            isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False,
        )
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if self.path is not None and not self.read_only:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL" if self.path is None else "PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        if self.read_only:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn

    def _refuse(self, path: Path | str, exc: sqlite3.DatabaseError) -> None:
        reason = self._read_only_reason
        if reason and _cannot_write(exc):
            raise WorkspaceError(f"{reason}, and drafter cannot read {self.path.name} without "
                                 f"writing beside it ({exc})") from None
        if _cannot_write(exc):  # a folder the system refuses without saying it is read-only
            raise WorkspaceError(f"{path}: cannot open ({exc}): drafter needs to read and write "
                                 "the database and its folder") from None
        if _cannot_grow(exc):
            raise DiskFull(f"{path}: cannot open the database ({exc}): the disk may be full; nothing was "
                           "changed: make room and try again") from None
        if _damaged(exc) and _is_sqlite_file(self.path):
            raise WorkspaceError(_damage(self.path, exc)) from None
        raise WorkspaceError(f"{path}: not a drafter database ({exc})") from None

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
            self.check_writable()
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                if _busy(exc):
                    raise DatabaseBusy(
                        f"{self.path}: busy: another drafter (the desk or a command) has been saving to this "
                        f"workspace for over {BUSY_TIMEOUT_MS // 1000} seconds; nothing was saved: "
                        "try again when it has finished") from None
                raise
            self._depth = 1
            try:
                yield self
            except BaseException:
                self._depth = 0
                self._roll_back()
                raise
            else:
                self._depth = 0
                try:
                    with self._damage_named():
                        self.conn.execute("COMMIT")
                except BaseException:
                    self._roll_back()
                    raise

    def check_writable(self) -> None:
        """Stop, saying the workspace is read-only, before work that would save."""
        if self.read_only:
            raise WorkspaceError(f"{self._read_only_reason}: drafter needs {self._needed} to "
                                 "save anything here (list, show, search and review still work)")

    def write_if_free(self, write: Callable[[], None]) -> bool:
        """Run ``write`` (which makes its own transaction) for what a cache keeps,
        unless it cannot be made at once: a read-only workspace, another drafter
        saving (a long import), a full disk. A search or review it would speed up
        goes on without it; whether it was written."""
        if self.read_only:
            return False
        with self._lock:
            try:
                self.conn.execute(f"PRAGMA busy_timeout = {CACHE_WAIT_MS}")
                write()
                return True
            except sqlite3.Error:
                return False
            finally:
                self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    def _roll_back(self) -> None:
        # SQLite has already rolled back by itself after a full disk or an I/O
        # error; asking again would hide the reason behind "no transaction is active".
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def execute(self, sql: str, params: tuple | dict = ()) -> sqlite3.Cursor:
        with self._lock, self._damage_named():
            return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows) -> sqlite3.Cursor:
        with self._lock, self._damage_named():
            return self.conn.executemany(sql, rows)

    def query(self, sql: str, params: tuple | dict = ()) -> list[dict]:
        with self._lock, self._damage_named():
            cursor = self.conn.execute(sql, params)
            names = [column[0] for column in cursor.description or ()]
            return [dict(zip(names, row)) for row in cursor.fetchall()]

    def rows(self, sql: str, params: tuple | dict = ()) -> list[tuple]:
        """Like :meth:`query`, as plain tuples (for reading many rows fast)."""
        with self._lock, self._damage_named():
            return self.conn.execute(sql, params).fetchall()

    def one(self, sql: str, params: tuple | dict = ()) -> tuple | None:
        """The first row, as a tuple, or None."""
        with self._lock, self._damage_named():
            return self.conn.execute(sql, params).fetchone()

    @contextmanager
    def _damage_named(self) -> Iterator[None]:
        # Damage deep in the file shows only when a damaged page is read (a search, one statement).
        try:
            yield
        except sqlite3.DatabaseError as exc:
            if _damaged(exc):
                raise WorkspaceError(_damage(self.path, exc)) from None
            if _changed_outside(exc):
                name = self.path.name if self.path else "the database"
                raise NotAsDrafterMadeIt(f"{self.path}: the database is not as drafter made it ({exc}; it was "
                                         f"changed outside drafter): restore {name} from a backup") from None
            if _cannot_grow(exc):
                raise DiskFull(f"{self.path}: cannot write the database ({exc}): the disk may be full "
                               "or a file size limit reached; what was being saved was not, and "
                               "everything saved before is kept: make room and try again") from None
            raise

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


def open_database(path: Path | str, *, kept: Callable[[], str | None] | None = None) -> Database:
    """The database at ``path``, created if missing and brought up to date.

    ``kept()`` says what the workspace around it already holds ("16 original
    files"), or None for a new one: a database missing or empty in a workspace
    that holds something is a lost one, and is refused before anything is
    written over it."""
    from drafter.store.schema import migrate

    if kept is not None and str(path) != ":memory:":
        _refuse_lost(Path(path), kept)
    database = Database(path)
    try:
        migrate(database)
    except WorkspaceError:
        database.close()
        raise
    except sqlite3.DatabaseError as exc:
        database.close()
        if _cannot_write(exc):
            raise WorkspaceError(f"{path}: cannot write ({exc}): drafter needs to read and write "
                                 "the database and its folder") from None
        raise WorkspaceError(f"{path}: cannot use this database ({exc})") from None
    return database


def _refuse_lost(path: Path, kept: Callable[[], str | None]) -> None:
    if path.is_file() and path.stat().st_size > 0:
        return
    log = path.with_name(path.name + "-wal")
    if path.is_file() and log.is_file() and log.stat().st_size > 0:
        return  # SQLite rebuilds the database from its log
    held = kept()
    if held is None:
        return
    state = "empty" if path.exists() else "missing"
    raise WorkspaceError(f"{path} is {state}, but this workspace holds {held}: restore {path.name} "
                         "from a backup (drafter has written nothing); to start afresh instead, use an empty folder")


def _give_usual_permissions(path: Path) -> None:
    # SQLite makes a database rw-r--r-- whatever the umask, so a workspace one
    # writer started in a group folder was read-only to the rest of the team;
    # the log files SQLite keeps beside it take the database's permissions.
    try:
        if path.exists():
            os.chmod(path, new_file_mode(path.parent))
    except OSError:
        pass  # a file system without permissions (a network share) keeps its own


def _read_only_reason(path: Path) -> str | None:
    """"<folder> is read-only" (or the database file) when drafter may not write
    the database or the files SQLite keeps beside it; None when it may."""
    folder = path.parent
    if not os.access(folder, os.W_OK):
        return f"the workspace {folder} is read-only"
    if path.exists() and not os.access(path, os.W_OK):
        return f"{path} is read-only"
    return None


def _damage(path: Path | None, exc: sqlite3.Error) -> str:
    return f"{path}: the database is damaged ({exc}): restore {path.name if path else 'it'} from a backup"


def _primary_code(exc: sqlite3.Error) -> int:
    """SQLite's primary result code (an extended code's low byte)."""
    return (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF


def _damaged(exc: sqlite3.Error) -> bool:
    return _primary_code(exc) in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or "malformed" in str(exc)


def _is_sqlite_file(path: Path | None) -> bool:
    try:
        with open(path, "rb") as file:
            return file.read(16) == b"SQLite format 3\x00"
    except (OSError, TypeError):
        return False


def _changed_outside(exc: sqlite3.Error) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and str(exc).startswith(("no such table", "no such column"))


def _busy(exc: sqlite3.Error) -> bool:
    return _primary_code(exc) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


def _cannot_grow(exc: sqlite3.Error) -> bool:
    return _primary_code(exc) in (sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR)


def _cannot_write(exc: sqlite3.Error) -> bool:
    return _primary_code(exc) in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY)


def _log_pending(path: Path) -> bool:
    log = path.with_name(path.name + "-wal")
    return log.exists() and log.stat().st_size > 0


def _read_only_uri(path: Path, immutable: bool = False) -> str:
    # Without write access to the folder SQLite cannot make the shared-memory
    # file a WAL database is read with; a database with no log beside it has
    # nothing pending, so it is read as it stands.
    folder_writable = os.access(path.parent, os.W_OK) and not immutable
    mode = "mode=ro" if _log_pending(path) or folder_writable else "mode=ro&immutable=1"
    return f"{path.absolute().as_uri()}?{mode}"
