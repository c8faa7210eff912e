"""Opening a workspace an office relies on: a lost database is named, never
replaced by the samples; a new workspace says it is new; a read-only copy is
read, and called read-only rather than damaged; the settings' area is checked
as ``--area`` is."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from test_bad_input import one_line_error, run, ws  # noqa: F401 (fixtures)

import drafter
from drafter.errors import WorkspaceError


def _seeded_folder(seeded_workspace) -> tuple[Path, int]:
    """The seeded workspace closed, as a folder, and how many originals it keeps."""
    root = seeded_workspace.path
    seeded_workspace.close()
    return root, len(list((root / "originals").iterdir()))


# -- a lost database -----------------------------------------------------------------------

def test_an_emptied_database_is_named_and_not_seeded_again(seeded_workspace, cli):
    root, originals = _seeded_folder(seeded_workspace)
    (root / "drafter.db").write_bytes(b"")
    for name in ("drafter.db-wal", "drafter.db-shm"):
        (root / name).unlink(missing_ok=True)

    line = one_line_error(cli("corpus", "list", workspace=root), f"{root / 'drafter.db'} is empty",
                          f"this workspace holds {originals} original files", "restore drafter.db from a backup")
    assert "not a drafter database" not in line
    assert (root / "drafter.db").stat().st_size == 0
    assert not (root / "drafter.db-wal").exists()
    with pytest.raises(WorkspaceError, match="is empty"):
        drafter.open_workspace(root)


def test_a_deleted_database_is_named_and_not_created_again(seeded_workspace, cli):
    root, originals = _seeded_folder(seeded_workspace)
    for name in ("drafter.db", "drafter.db-wal", "drafter.db-shm"):
        (root / name).unlink(missing_ok=True)

    one_line_error(cli("draft", "list", workspace=root), "drafter.db is missing",
                   f"{originals} original files")
    assert not (root / "drafter.db").exists()


def test_a_workspace_without_originals_is_still_known_by_its_templates(tmp_path, cli):
    root = tmp_path / "ws"
    (root / "templates").mkdir(parents=True)
    one_line_error(cli("corpus", "list", workspace=root), "drafter.db is missing", "holds templates")


def test_a_new_workspace_says_so_once(tmp_path, cli):
    root = tmp_path / "office" / "drafter-work"
    first = cli("corpus", "list", workspace=root)
    assert first.exit_code == 0, first.stderr
    assert first.stderr.strip().splitlines() == [
        f"drafter: started a new workspace at {root}, with the sample statements, figures and templates "
        "(to make it your office's and remove them: drafter init --force NAME --remove-samples)"]
    assert "Severnshire" in first.stdout
    again = cli("corpus", "list", workspace=root)
    assert again.exit_code == 0
    assert again.stderr == ""


@pytest.mark.parametrize("command", [("corpus", "list"), ("init", "--force", "Cumbria")])
def test_an_empty_workspace_name_is_refused_not_a_workspace_started_where_the_script_runs(
        tmp_path, monkeypatch, cli, command):
    monkeypatch.chdir(tmp_path)
    result = cli("--workspace", "", *command)
    assert result.exit_code == 2
    assert result.stderr.startswith("drafter: error: Invalid value for '--workspace' (or DRAFTER_WORKSPACE): "
                                    "the folder's name is empty")
    assert list(tmp_path.iterdir()) == []


def test_a_folder_with_only_settings_is_a_new_workspace(tmp_path):
    # An office may write its settings before the first run.
    root = tmp_path / "ws"
    root.mkdir()
    (root / "settings.toml").write_text('area = "Kent"\nforce = "Kent"\n', encoding="utf-8")
    with drafter.open_workspace(root, seed=False) as workspace:
        assert workspace.settings.area == "Kent"


# -- read-only workspaces ------------------------------------------------------------------

@pytest.fixture
def read_only():
    """Make paths read-only for whoever runs the tests: permissions for a user,
    the immutable attribute for root (whom permissions do not stop)."""
    made: list[Path] = []

    def make(*paths: Path) -> None:
        for path in paths:
            if os.geteuid() == 0:
                if shutil.which("chattr") is None or subprocess.run(
                        ["chattr", "+i", str(path)], capture_output=True).returncode:
                    pytest.skip("cannot make a file read-only for root here")
            else:
                path.chmod(path.stat().st_mode & 0o555)
            made.append(path)
            assert not os.access(path, os.W_OK)

    yield make
    for path in made:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(path)], check=False)
        else:
            path.chmod(path.stat().st_mode | 0o200)


@pytest.fixture
def archive(indexed_workspace):
    """A closed, indexed workspace with one draft: what an office keeps as an archive copy."""
    draft = indexed_workspace.new_draft(title="Severnshire statement for the archive", date="2026-06")
    indexed_workspace.close()
    return indexed_workspace.path, draft.id


def _file_contents(root: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in root.iterdir() if path.is_file()}


def test_a_read_only_workspace_is_read_and_refuses_saves_as_read_only(archive, read_only, cli):
    root, draft_id = archive
    read_only(root / "drafter.db", root)
    before = _file_contents(root)

    listed = cli("corpus", "list", workspace=root)
    assert listed.exit_code == 0, listed.stderr
    assert "Severnshire" in listed.stdout
    shown = cli("draft", "show", draft_id, workspace=root)
    assert shown.exit_code == 0, shown.stderr
    assert "Severnshire statement for the archive" in shown.stdout
    found = cli("search", "knife crime", "--limit", "1", workspace=root)
    assert found.exit_code == 0, found.stderr
    reviewed = cli("review", draft_id, workspace=root)
    assert reviewed.exit_code == 0, reviewed.stderr

    line = one_line_error(cli("draft", "edit", draft_id, "--section", "closing", "--append",
                              "A note added to the archive.", workspace=root),
                          f"the workspace {root} is read-only", "drafter needs write access")
    assert "not a drafter database" not in line
    statement = root.parent / "severnshire-2026-12.txt"
    statement.write_text("Severnshire Police and Crime Panel\n\nDecember 2026\n\nReduce murder and other homicide\n\n"
                         "1. There were two homicides between July and September 2026.\n", encoding="utf-8")
    read_only(root / "originals")  # as a folder shared read-only holds it
    added = cli("corpus", "add", statement, workspace=root)
    one_line_error(added, f"the workspace {root} is read-only", "drafter needs write access")
    assert "cannot keep a copy" not in added.stderr
    assert _file_contents(root) == before


def test_a_read_only_database_in_a_writable_folder_is_called_read_only(archive, read_only, cli):
    root, draft_id = archive
    read_only(root / "drafter.db")
    assert cli("draft", "list", workspace=root).exit_code == 0
    one_line_error(cli("draft", "delete", draft_id, workspace=root),
                   f"{root / 'drafter.db'} is read-only", "drafter needs write access")
    assert cli("draft", "show", draft_id, workspace=root).exit_code == 0


def test_a_read_only_folder_without_a_database_says_it_cannot_create_one(tmp_path, read_only, cli):
    root = tmp_path / "ws"
    root.mkdir()
    read_only(root)
    one_line_error(cli("corpus", "list", workspace=root), f"the workspace {root} is read-only",
                   "to create drafter.db")


def test_a_read_only_archive_without_its_index_is_searched_all_the_same(archive, read_only, cli):
    # The index is a cache a backup may leave out, and a colleague's folder shared
    # read-only has a stale one once statements are added: search makes it in memory.
    root, _draft_id = archive
    shutil.rmtree(root / "models")
    read_only(root / "drafter.db", root)
    searched = cli("search", "knife crime", workspace=root)
    assert searched.exit_code == 0, searched.stderr
    assert "Severnshire" in searched.stdout and "knife" in searched.stdout.lower()
    assert not (root / "models").exists()
    one_line_error(cli("index", "--rebuild", workspace=root), f"{root} is read-only")


# -- the area in settings.toml ----------------------------------------------------------------

@pytest.mark.parametrize("area, shown", [("Narnia", "unknown area 'Narnia'"),
                                         ("Severnshyre", "unknown area 'Severnshyre' (closest: Severnshire")])
def test_an_unknown_area_in_settings_is_named_with_its_line(run, ws, area, shown):
    (ws / "settings.toml").write_text(
        f'# The office\'s settings\nforce = "Severnshire"\n\narea = "{area}"\n', encoding="utf-8")
    one_line_error(run("draft", "new"), "settings.toml: line 4:", shown, "not one of the 43 police forces")
    (ws / "settings.toml").unlink()
    assert run("draft", "list", "--json").json() == []


def test_an_area_in_settings_is_read_as_drafter_spells_it(run, ws):
    (ws / "settings.toml").write_text('area = "Devon & Cornwall Police"\n', encoding="utf-8")
    result = run("draft", "new", "--json")
    assert result.exit_code == 0, result.stderr
    assert result.json()["area"] == "Devon and Cornwall"


def test_a_local_area_listed_in_settings_may_be_the_area(run, ws):
    (ws / "settings.toml").write_text('areas = ["Wessex Community Safety Partnership"]\n'
                                      'area = "Wessex Community Safety Partnership"\n', encoding="utf-8")
    result = run("draft", "new", "--json")
    assert result.exit_code == 0, result.stderr
    assert result.json()["area"] == "Wessex Community Safety Partnership"

