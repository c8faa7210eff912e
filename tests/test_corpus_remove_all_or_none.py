"""Removing several statements is all or none: a Ctrl-C part-way removes no
statement and keeps every original file, where the statements before it were
removed (one's file left behind) and the command said only 'interrupted'."""

from __future__ import annotations

import pytest

import drafter
import drafter.store.statements

STATEMENT = ("Cumbria Police and Crime Panel\n\n{month} 2026\n\nReduce serious violence\n\n"
             "1. Detached youth workers in {town} ran sessions on carrying blades.\n")


def test_a_removal_stopped_part_way_removes_nothing(tmp_path, monkeypatch):
    files = []
    for month, town in (("May", "Whitehaven"), ("August", "Workington"), ("November", "Maryport")):
        path = tmp_path / f"cumbria-2026-{month.lower()}.txt"
        path.write_text(STATEMENT.format(month=month, town=town), encoding="utf-8")
        files.append(path)
    with drafter.open_workspace(tmp_path / "office", seed=False) as workspace:
        ids = [item["id"] for item in workspace.add_statements(files).added]
        read = drafter.store.statements._stored
        calls = []

        def stopped_at_the_second(*args, **kwargs):
            calls.append(1)
            if len(calls) == 2:
                raise KeyboardInterrupt
            return read(*args, **kwargs)

        monkeypatch.setattr(drafter.store.statements, "_stored", stopped_at_the_second)
        with pytest.raises(KeyboardInterrupt):
            workspace.remove_statements(ids)
        monkeypatch.undo()
        assert sorted(item.id for item in workspace.list_statements()) == sorted(ids)
        assert len(list(workspace.originals_dir.iterdir())) == 3

        removed = workspace.remove_statements(ids)
        assert [item.id for item in removed] == ids
        assert workspace.list_statements() == [] and list(workspace.originals_dir.iterdir()) == []
