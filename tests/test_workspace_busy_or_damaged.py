"""A workspace another drafter is saving to (the desk in a long save, a large
``corpus add``) is waited for; when the wait runs out, the command stops with
one line saying the workspace is busy and nothing was saved, never an
internal error, and nothing stored is lost or half-written. A damaged
database is called damaged, with the way back (a backup), whether the damage
is found on opening or only when a damaged page is read."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from test_bad_input import one_line_error

import drafter.store.connection

STATEMENT = """Severnshire Police and Crime Panel

10 December 2026

1. Reduce murder and other homicide

1.1 There were two homicides in Severnshire between July and September 2026.

2. Reduce serious violence

2.1 Knife crime fell to 121 offences in the quarter, from 136 a year earlier.
"""


def test_a_workspace_held_by_another_writer_is_named_busy(tmp_path, cli, monkeypatch):
    root = tmp_path / "office"
    assert cli("init", "--force", "Cumbria", workspace=root).exit_code == 0
    statement = tmp_path / "cumbria-2026-12.txt"
    statement.write_text(STATEMENT.replace("Severnshire", "Cumbria"), encoding="utf-8")
    monkeypatch.setattr(drafter.store.connection, "BUSY_TIMEOUT_MS", 50)

    other = sqlite3.connect(root / "drafter.db", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        line = one_line_error(cli("corpus", "add", statement, workspace=root),
                              str(root / "drafter.db"), "busy", "nothing was saved")
        assert "database is locked" not in line
    finally:
        other.execute("ROLLBACK")
        other.close()

    assert "cumbria-2026-12.txt" not in cli("corpus", "list", workspace=root).stdout
    assert not [path for path in (root / "originals").glob("*") if path.is_file()]
    added = cli("corpus", "add", statement, workspace=root)
    assert added.exit_code == 0, added.stderr
    assert "cumbria-2026-12.txt" in cli("corpus", "list", workspace=root).stdout


def _page_headers_scribbled(database: Path, offsets) -> None:
    """The b-tree page headers at ``offsets`` overwritten, as a failing disk leaves them."""
    data = bytearray(database.read_bytes())
    for offset in offsets:
        data[offset:offset + 12] = b"\xff" * 12
    database.write_bytes(bytes(data))


def test_a_damaged_database_is_named_damaged_with_the_way_back(tmp_path, cli):
    root = tmp_path / "office"
    assert cli("init", "--force", "Cumbria", workspace=root).exit_code == 0
    statement = tmp_path / "cumbria-2026-12.txt"
    statement.write_text(STATEMENT.replace("Severnshire", "Cumbria"), encoding="utf-8")
    assert cli("corpus", "add", statement, workspace=root).exit_code == 0
    database = root / "drafter.db"
    checkpoint = sqlite3.connect(database)
    checkpoint.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    checkpoint.close()

    size = database.stat().st_size
    _page_headers_scribbled(database, range(8192, size, 4096))  # found when a damaged page is read
    line = one_line_error(cli("search", "knife crime", workspace=root), str(database), "damaged",
                          "restore drafter.db from a backup")
    assert "internal error" not in line

    _page_headers_scribbled(database, [100])  # the first page's, after the file's header: found on opening
    line = one_line_error(cli("corpus", "list", workspace=root), str(database), "damaged",
                          "restore drafter.db from a backup")
    assert "not a drafter database" not in line


def test_a_file_that_is_no_database_at_all_is_named_so(tmp_path, cli):
    root = tmp_path / "office"
    assert cli("init", "--force", "Cumbria", workspace=root).exit_code == 0
    (root / "drafter.db").write_bytes(b"PK\x03\x04" + bytes(range(256)) * 64)
    for name in ("drafter.db-wal", "drafter.db-shm"):
        (root / name).unlink(missing_ok=True)
    one_line_error(cli("corpus", "list", workspace=root), str(root / "drafter.db"), "not a drafter database")
