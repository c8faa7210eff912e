"""A search waits for another drafter building the index, but not for ever:
one stopped part-way (Ctrl+Z in a colleague's terminal) is named in one line
once the wait runs out, where the search hung with no word."""

from __future__ import annotations

import fcntl

import pytest

import drafter
import drafter.search.files
from drafter.errors import SearchIndexError

STATEMENT = ("Cumbria Police and Crime Panel\n\nJuly 2026\n\nReduce serious violence\n\n"
             "1. Detached youth workers patrolled Barrow-in-Furness town centre on Friday evenings.\n")


def test_a_build_held_up_by_a_stopped_drafter_is_named_busy(tmp_path, monkeypatch):
    statement = tmp_path / "cumbria-2026-07.txt"
    statement.write_text(STATEMENT, encoding="utf-8")
    root = tmp_path / "OPCC Team" / "drafter – statements"
    monkeypatch.setattr(drafter.search.files, "BUILD_WAIT_SECONDS", 0.1)
    with drafter.open_workspace(root, seed=False) as workspace:
        workspace.add_statements([statement])
        lock = root / "models" / "search" / ".lock"
        lock.parent.mkdir(parents=True, exist_ok=True)
        with open(lock, "w") as stopped_colleague:
            fcntl.flock(stopped_colleague, fcntl.LOCK_EX)
            with pytest.raises(SearchIndexError) as busy:
                workspace.search("youth workers")
        assert "busy: another drafter has been building the search index" in str(busy.value)
        assert "\n" not in str(busy.value)
        assert "youth workers" in workspace.search("youth workers")[0].text
