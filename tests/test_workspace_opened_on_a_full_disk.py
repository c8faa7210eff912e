"""A workspace on a disk with no room left (not even for the small file SQLite
reads a database's log with) is read as it stands: list, show and search
work, and a save says the disk has no room, where every command said
'drafter.db: not a drafter database (disk I/O error)'."""

from __future__ import annotations

import resource
import sqlite3
from contextlib import contextmanager

from test_bad_input import one_line_error

STATEMENT = ("Cumbria Police and Crime Panel\n\nJuly 2026\n\nReduce serious violence\n\n"
             "1. Detached youth workers patrolled Barrow-in-Furness town centre on Friday evenings.\n")


@contextmanager
def no_room_left():
    """A file size limit far below the database's: no file may grow, as on a full disk."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))


def test_a_workspace_on_a_full_disk_is_read_and_a_save_names_the_disk(tmp_path, cli):
    root = tmp_path / "office"
    statement = tmp_path / "cumbria-2026-07.txt"
    statement.write_text(STATEMENT, encoding="utf-8")
    assert cli("init", "--force", "Cumbria", workspace=root).exit_code == 0
    assert cli("corpus", "add", statement, workspace=root).exit_code == 0
    checkpoint = sqlite3.connect(root / "drafter.db")
    checkpoint.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    checkpoint.close()
    for log in ("drafter.db-wal", "drafter.db-shm"):  # as a closed drafter leaves it
        (root / log).unlink(missing_ok=True)

    with no_room_left():
        listed = cli("corpus", "list", workspace=root)
        refused = cli("corpus", "remove", "1", workspace=root)
    assert listed.exit_code == 0 and "cumbria-2026-07.txt" in listed.stdout, listed.stderr
    one_line_error(refused, f"the disk holding {root} has no room", "drafter needs room on it to save")

    removed = cli("corpus", "remove", "1", workspace=root)  # room made
    assert removed.exit_code == 0, removed.stderr
