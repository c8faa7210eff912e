"""A draft's save is all or nothing: when the disk fills while a new draft or
a revision is being stored, the command says nothing was saved and nothing
was, so trying again once there is room makes one draft, not two; and a
save that is stored says so."""

from __future__ import annotations

import pytest
from test_bad_input import one_line_error

import drafter.store.drafts
from drafter.store.connection import DiskFull


@pytest.fixture
def disk_fills_on_the_last_write(monkeypatch):
    """The disk fills just as the save's last write (the draft the writer comes back to) is made."""
    def full(database, *args, **kwargs):
        raise DiskFull(f"{database.path}: cannot write the database (database or disk is full): the disk may "
                       "be full or a file size limit reached; what was being saved was not, and everything "
                       "saved before is kept: make room and try again")
    monkeypatch.setattr(drafter.store.drafts, "note_worked_on", full)


def test_a_new_draft_the_disk_had_no_room_for_is_not_stored(tmp_path, cli, monkeypatch, disk_fills_on_the_last_write):
    root = tmp_path / "office"
    assert cli("init", "--force", "Cumbria", workspace=root).exit_code == 0
    one_line_error(cli("draft", "new", "--title", "Cumbria Q3 2026", workspace=root),
                   "disk is full", "what was being saved was not")
    assert "Cumbria Q3 2026" not in cli("draft", "list", workspace=root).stdout

    monkeypatch.undo()  # room made
    made = cli("draft", "new", "--title", "Cumbria Q3 2026", workspace=root)
    assert made.exit_code == 0 and "created draft 1" in made.stdout
    assert cli("draft", "list", workspace=root).stdout.count("Cumbria Q3 2026") == 1


def test_a_revision_the_disk_had_no_room_for_is_not_stored(tmp_path, cli, monkeypatch):
    root = tmp_path / "office"
    assert cli("init", "--force", "Cumbria", workspace=root).exit_code == 0
    assert cli("draft", "new", "--title", "Cumbria Q3 2026", workspace=root).exit_code == 0
    monkeypatch.setattr(drafter.store.drafts, "note_worked_on",
                        lambda database, *rest: (_ for _ in ()).throw(DiskFull(f"{database.path}: disk is full")))
    one_line_error(cli("draft", "edit", "1", "--section", "homicide", "--append",
                       "The review group met twice in the quarter.", workspace=root), "disk is full")
    assert "met twice" not in cli("draft", "show", "1", workspace=root).stdout
    revisions = cli("draft", "revisions", "1", workspace=root).stdout.splitlines()[1:]
    assert [line.split()[0] for line in revisions] == ["1"]
