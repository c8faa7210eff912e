"""A workspace whose ``settings.toml`` was deleted by hand (a folder tidied, a
sync gone wrong) is still its office's: the file is written again for the
force and board the workspace records, with a warning, where drafter fell back
without a word to the samples' Severnshire and filled and drafted for it."""

from __future__ import annotations

import pytest

import drafter
from drafter.settings import SETTINGS_FILE


def test_a_lost_settings_file_is_written_again_for_the_office(tmp_path):
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.set_office("Cumbria", "Cumbria Police, Fire and Crime Panel")
    (tmp_path / "ws" / SETTINGS_FILE).unlink()
    with pytest.warns(UserWarning, match="written again for Cumbria"):
        workspace = drafter.open_workspace(tmp_path / "ws", seed=False)
    with workspace:
        assert (workspace.settings.area, workspace.settings.force, workspace.settings.board) == (
            "Cumbria", "Cumbria", "Cumbria Police, Fire and Crime Panel")
    written = (tmp_path / "ws" / SETTINGS_FILE).read_text(encoding="utf-8")
    assert 'force = "Cumbria"' in written and 'board = "Cumbria Police, Fire and Crime Panel"' in written


def test_a_workspace_with_no_office_on_record_keeps_the_defaults_quietly(tmp_path, recwarn):
    with drafter.open_workspace(tmp_path / "ws", seed=False):
        pass
    (tmp_path / "ws" / SETTINGS_FILE).unlink(missing_ok=True)
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        assert workspace.settings.force == "Severnshire"
    assert not [w for w in recwarn if "written again" in str(w.message)]
