"""A batch of statements stopped by ``kill`` where Ctrl-C is ignored (run in
the background by a script, or by a service manager): the file being stored
when the signal comes is stored whole, with its original and its entry in
the report, and the batch stops after it, as it does for Ctrl-C."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from builders import statement_text
from test_drafts_support import unseeded_workspace

import drafter
from drafter.store import statements as statement_store

TEXT = statement_text(
    [("Reduce serious violence", ["Knife crime fell by 11% this quarter in Thurrock and Basildon."])],
    closing="This statement comes to the panel every quarter.",
)


@pytest.fixture
def signals_as_a_background_batch_has_them():
    """SIGINT ignored, as a shell starts a background job; SIGTERM as the CLI sets it while a command runs."""
    before = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    yield
    for number, handler in before.items():
        signal.signal(number, handler)


def test_a_kill_while_a_statement_is_stored_keeps_it_whole(tmp_path, monkeypatch,
                                                          signals_as_a_background_batch_has_them):
    root = tmp_path / "ws"
    unseeded_workspace(root).close()
    folder = tmp_path / "batch"
    folder.mkdir()
    for n in range(3):
        (folder / f"essex-{n}.txt").write_text(TEXT.replace("11%", f"{n + 11}%"), encoding="utf-8")
    insert = statement_store.insert_statement

    def killed_while_storing_the_second(*args, **kwargs):
        stored = insert(*args, **kwargs)
        if stored == 2:
            os.kill(os.getpid(), signal.SIGTERM)
        return stored

    monkeypatch.setattr(statement_store, "insert_statement", killed_while_storing_the_second)
    with drafter.open_workspace(root) as workspace:
        report = workspace.add_statements([folder])
        assert [item["file"] for item in report.added] == ["essex-0.txt", "essex-1.txt"]
        assert [Path(p).name for p in report.not_attempted] == ["essex-2.txt"]
        stored = workspace.list_statements()
        assert sorted(s.file for s in stored) == ["essex-0.txt", "essex-1.txt"]
    assert len(list((root / "originals").iterdir())) == 2
