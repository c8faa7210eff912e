"""A search while another drafter holds the workspace's write lock (a long
import, a colleague's import stopped with Ctrl+Z): the index is built without
the caches it would have saved, and the search answers at once, where it
waited a minute and then failed as 'busy ... nothing was saved'."""

from __future__ import annotations

import sqlite3

import drafter

STATEMENT = ("Cumbria Police and Crime Panel\n\nJuly 2026\n\nReduce serious violence\n\n"
             "1. Detached youth workers patrolled Barrow-in-Furness town centre on Friday evenings.\n\n"
             "Partnership work\n\n2. Volunteers ran a knife amnesty at Workington library in the summer holidays.\n")


def test_a_search_does_not_wait_for_another_drafters_save(tmp_path):
    statement = tmp_path / "cumbria-2026-07.txt"
    statement.write_text(STATEMENT, encoding="utf-8")
    root = tmp_path / "OPCC Team" / "drafter – statements"
    with drafter.open_workspace(root, seed=False) as workspace:
        workspace.add_statements([statement])
        colleague = sqlite3.connect(root / "drafter.db", isolation_level=None)
        colleague.execute("BEGIN IMMEDIATE")
        try:
            hits = workspace.search("knife amnesty library")
        finally:
            colleague.execute("ROLLBACK")
            colleague.close()
        assert "Workington library" in hits[0].text
