"""The index's lock file made by a colleague whose files the group may only
read (umask 022 in the team's folder): another writer's search still builds
the index, the lock being taken on a file opened for reading, where the search
stopped with 'cannot build the search index here'."""

from __future__ import annotations

from test_workspace_opening import read_only

import drafter

__all__ = ["read_only"]  # the fixture, imported to apply here

STATEMENT = ("Cumbria Police and Crime Panel\n\nJuly 2026\n\nReduce serious violence\n\n"
             "1. Detached youth workers patrolled Barrow-in-Furness town centre on Friday evenings.\n")


def test_a_lock_file_this_user_may_not_write_still_locks(tmp_path, read_only):
    statement = tmp_path / "cumbria-2026-07.txt"
    statement.write_text(STATEMENT, encoding="utf-8")
    root = tmp_path / "OPCC Team" / "drafter – statements"
    with drafter.open_workspace(root, seed=False) as workspace:
        workspace.add_statements([statement])
        lock = root / "models" / "search" / ".lock"
        lock.parent.mkdir(parents=True)
        lock.touch()
        read_only(lock)
        assert "youth workers" in workspace.search("youth workers Barrow")[0].text
