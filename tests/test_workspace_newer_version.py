"""A workspace a colleague's newer drafter has updated is refused by an older
one with one line saying so, before anything is written into it."""

from __future__ import annotations

import pytest

import drafter
from drafter.errors import WorkspaceError
from drafter.store.schema import LATEST_VERSION


def test_a_database_from_a_newer_drafter_is_refused_untouched(tmp_path):
    root = tmp_path / "OPCC Team" / "drafter – statements"
    with drafter.open_workspace(root, seed=False) as workspace:
        workspace.database.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    before = (root / "drafter.db").read_bytes()

    with pytest.raises(WorkspaceError) as refused:
        drafter.open_workspace(root, seed=False)
    message = str(refused.value)
    assert "\n" not in message
    assert "drafter.db was updated by a newer drafter" in message and "update this drafter" in message
    assert (root / "drafter.db").read_bytes() == before
