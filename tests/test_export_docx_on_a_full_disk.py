"""A Word export the disk has no room for is one line naming the file, with
nothing printed after it: a half-written zip file failed again as it was
collected, printing a traceback after the line."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import pytest

import drafter
from drafter.export.docx import write_docx

NO_ROOM = Path("/dev/full")  # every write fails as on a full disk


@pytest.mark.skipif(not NO_ROOM.exists(), reason="no /dev/full here")
def test_a_word_file_with_no_room_fails_once_and_prints_nothing_after(tmp_path, monkeypatch):
    collected = []
    monkeypatch.setattr(sys, "unraisablehook", collected.append)
    with drafter.open_workspace(tmp_path / "office", seed=False) as workspace:
        draft = workspace.new_draft(title="Cumbria Q3 2026", area="Cumbria", period="2026-Q3")
        with pytest.raises(OSError) as failed:
            write_docx(draft, NO_ROOM)
        message = str(failed.value)
        del failed  # its traceback holds what was being written
        gc.collect()
    assert "No space left" in message
    assert collected == []
