"""Another drafter building the index is waited for, but not for ever: one
stopped part-way (Ctrl+Z in a colleague's terminal) holds its lock for as
long as it is stopped. A search waits a moment, then answers from an index
made in memory, finding what was added meanwhile, where it waited ten minutes
with no word; `drafter index`, which is asked to save it, is named busy in one
line once its wait runs out."""

from __future__ import annotations

import fcntl

import pytest

import drafter
import drafter.search.files
from drafter.errors import SearchIndexError

STATEMENT = ("Cumbria Police and Crime Panel\n\nJuly 2026\n\nReduce serious violence\n\n"
             "1. Detached youth workers patrolled Barrow-in-Furness town centre on Friday evenings.\n")


def test_a_search_held_up_by_a_stopped_drafter_answers_from_memory(tmp_path, monkeypatch):
    statement = tmp_path / "cumbria-2026-07.txt"
    statement.write_text(STATEMENT, encoding="utf-8")
    later = tmp_path / "cumbria-2026-10.txt"
    later.write_text(STATEMENT.replace("July", "October").replace("youth workers patrolled", "street pastors walked"),
                     encoding="utf-8")
    root = tmp_path / "OPCC Team" / "drafter – statements"
    monkeypatch.setattr(drafter.search.files, "SEARCH_WAIT_SECONDS", 0.1)
    monkeypatch.setattr(drafter.search.files, "BUILD_WAIT_SECONDS", 0.3)
    with drafter.open_workspace(root, seed=False) as workspace:
        workspace.add_statements([statement])
        assert "youth workers" in workspace.search("youth workers")[0].text  # the index saved
        lock = root / "models" / "search" / ".lock"
        with open(lock, "w") as stopped_colleague:
            fcntl.flock(stopped_colleague, fcntl.LOCK_EX)
            workspace.add_statements([later])
            assert "street pastors" in workspace.search("street pastors")[0].text
            with pytest.raises(SearchIndexError) as busy:
                workspace.build_index()
        assert "busy: another drafter has been building the search index" in str(busy.value)
        assert "\n" not in str(busy.value)
