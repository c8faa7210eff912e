"""A team shares one workspace through a group folder (umask 002): what one
writer's drafter makes, the database above all, the others can write too."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

import drafter

STATEMENT = """Cumbria Police and Crime Panel

July 2026

Reduce murder and other homicide

1. There were 2 homicides in Cumbria between April and June 2026.
"""


@pytest.fixture
def team_umask():
    before = os.umask(0o002)
    yield
    os.umask(before)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_workspace_is_group_writable_under_a_group_umask(tmp_path, team_umask):
    statement = tmp_path / "cumbria-2026-07.txt"
    statement.write_text(STATEMENT, encoding="utf-8")
    root = tmp_path / "OPCC Team" / "drafter – statements"
    with drafter.open_workspace(root, samples=False) as workspace:
        workspace.set_office("Cumbria")
        added = workspace.add_statements([statement])
        assert added.added
    for made in (root / "drafter.db", root / "settings.toml", root / "acronyms.txt",
                 root / "templates" / "homicide.j2", *(root / "originals").iterdir()):
        assert _mode(made) == 0o664, made.name


def test_a_file_written_again_keeps_the_permissions_it_was_given(tmp_path, team_umask):
    root = tmp_path / "ws"
    drafter.open_workspace(root, samples=False).close()
    settings = root / "settings.toml"
    settings.chmod(0o660)
    with drafter.open_workspace(root) as workspace:
        workspace.set_office("Cumbria")
    assert "Cumbria" in settings.read_text(encoding="utf-8")
    assert _mode(settings) == 0o660


@pytest.fixture
def own_umask():
    before = os.umask(0o022)
    yield
    os.umask(before)


def test_a_writer_with_a_private_umask_leaves_a_shared_workspace_writable_by_the_group(tmp_path, own_umask):
    """The team's folder is group-writable (2775); one writer's umask is 022. What that
    writer's drafter makes in it, folders and files, the group may still write."""
    statement = tmp_path / "cumbria-2026-07.txt"
    statement.write_text(STATEMENT, encoding="utf-8")
    team = tmp_path / "OPCC Team"
    team.mkdir()
    team.chmod(0o2775)
    root = team / "drafter – statements"
    with drafter.open_workspace(root, samples=False) as workspace:
        workspace.set_office("Cumbria")
        assert workspace.add_statements([statement]).added
        workspace.search("homicides")
    folders = [root, root / "originals", root / "templates", *(path for path in (root / "models").rglob("*")
                                                               if path.is_dir())]
    assert all(_mode(folder) & 0o2070 == 0o2070 for folder in folders), \
        [(folder.name, oct(_mode(folder))) for folder in folders]
    for made in (root / "drafter.db", root / "settings.toml", *(root / "originals").iterdir()):
        assert _mode(made) & 0o060 == 0o060, made.name


def test_a_private_folder_stays_private(tmp_path, own_umask):
    root = tmp_path / "mine"
    drafter.open_workspace(root, samples=False).close()
    assert _mode(root / "drafter.db") == 0o644 and _mode(root / "templates") == 0o755
