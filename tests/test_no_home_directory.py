"""drafter run with no home directory (a service account, ``env -i``, a cron
job): a workspace or file named with '~', or none named at all, is one line
saying what to give instead, never an internal error."""

from __future__ import annotations

import pytest

import drafter
from drafter.errors import DrafterError, WorkspaceError


@pytest.fixture
def no_home(monkeypatch):
    monkeypatch.delenv("HOME", raising=False)
    monkeypatch.delenv("DRAFTER_WORKSPACE", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    # As for a user the system's user database does not list.
    monkeypatch.setattr("pwd.getpwuid", lambda uid: (_ for _ in ()).throw(KeyError(uid)))


def test_no_workspace_and_no_home_says_to_give_one(no_home):
    with pytest.raises(WorkspaceError) as refused:
        drafter.open_workspace()
    assert "no home directory" in str(refused.value)
    assert "name the workspace's folder, or set DRAFTER_WORKSPACE" in str(refused.value)


def test_a_workspace_named_from_home_says_there_is_none(no_home, tmp_path, monkeypatch):
    monkeypatch.setenv("DRAFTER_WORKSPACE", "~/npp")
    with pytest.raises(WorkspaceError, match=r"^~/npp: '~' stands for a home directory, and there is none"):
        drafter.open_workspace()
    with pytest.raises(WorkspaceError, match="give the full path"):
        drafter.open_workspace("~/npp")


def test_an_export_named_from_home_says_there_is_none(no_home, workspace_dir):
    with drafter.open_workspace(workspace_dir) as workspace:
        draft = workspace.new_draft(title="Cumbria statement", date="2026-10")
        with pytest.raises(DrafterError, match=r"^~/statement.md: '~' stands for a home directory"):
            workspace.export_draft(draft.id, "md", "~/statement.md", force=True)
