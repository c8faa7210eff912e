"""Two edits of one draft at once: each paragraph ends up in the draft, or the
edit that could not be made on the newest revision says so; an edit is never
reported saved while a newer revision leaves it out."""

from __future__ import annotations

import subprocess
import sys

import pytest

import drafter
from drafter.drafts import DraftChanged

WRITERS = 6


@pytest.fixture
def draft_workspace(workspace_dir):
    with drafter.open_workspace(workspace_dir, seed=False) as workspace:
        draft = workspace.new_draft(title="Kestrel Vale quarterly statement", date="2026-03")
    return workspace_dir, draft.id


def _closing(root, draft_id) -> list[str]:
    with drafter.open_workspace(root, seed=False) as workspace:
        return [p.text for p in workspace.get_draft(draft_id).section("closing").paragraphs]


def test_a_save_made_on_an_older_revision_is_refused_and_keeps_the_newer_one(draft_workspace):
    root, draft_id = draft_workspace
    with drafter.open_workspace(root, seed=False) as office, drafter.open_workspace(root, seed=False) as home:
        first = office.get_draft(draft_id)
        second = home.get_draft(draft_id)
        first.section("closing").paragraphs.append(_paragraph("The panel meets again in June."))
        office.save_draft(first, parent=1)
        second.section("closing").paragraphs.append(_paragraph("Questions go to the office by email."))
        with pytest.raises(DraftChanged, match="draft .* changed while this edit was being saved"):
            home.save_draft(second, parent=1)
        assert [info.number for info in home.draft_revisions(draft_id)] == [1, 2]
    assert _closing(root, draft_id)[-1] == "The panel meets again in June."


def _paragraph(text):
    from drafter.drafts import DraftParagraph, Origin

    return DraftParagraph(text, Origin.writer())


def test_edits_from_several_processes_at_once_each_keep_their_paragraph(draft_workspace):
    root, draft_id = draft_workspace
    writers = [
        subprocess.Popen(
            [sys.executable, "-m", "drafter.cli.main", "--workspace", str(root), "draft", "edit",
             str(draft_id), "--section", "closing", "--append", f"Note {n} from the partnership team."],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for n in range(WRITERS)
    ]
    outcomes = [(*writer.communicate(timeout=300), writer.returncode) for writer in writers]

    for out, err, code in outcomes:
        assert code == 0, err
        assert "appended a paragraph to closing" in out
    closing = _closing(root, draft_id)
    assert sorted(text for text in closing if text.startswith("Note ")) == sorted(
        f"Note {n} from the partnership team." for n in range(WRITERS))
    with drafter.open_workspace(root, seed=False) as workspace:
        assert len(workspace.draft_revisions(draft_id)) == WRITERS + 1


def _rival_saves_after_each_read(monkeypatch, root, draft_id, times):
    """Another writer saves a paragraph right after each of the command's reads
    of the draft (up to ``times``), as a second process could."""
    rival = drafter.open_workspace(root, seed=False)
    read = drafter.Workspace.get_draft
    saved = []

    def get_draft_then_rival_saves(self, wanted):
        draft = read(self, wanted)
        if self is not rival and len(saved) < times:
            theirs = read(rival, wanted)
            text = f"Rival note {len(saved) + 1}."
            theirs.section("closing").paragraphs.append(_paragraph(text))
            rival.save_draft(theirs)
            saved.append(text)
        return draft

    monkeypatch.setattr(drafter.Workspace, "get_draft", get_draft_then_rival_saves)
    return rival, saved


def test_an_edit_overtaken_by_another_save_is_made_again_on_the_new_revision(draft_workspace, cli, monkeypatch):
    root, draft_id = draft_workspace
    rival, saved = _rival_saves_after_each_read(monkeypatch, root, draft_id, times=2)
    try:
        result = cli("draft", "edit", draft_id, "--section", "closing", "--append",
                     "Our own closing note.", workspace=root)
    finally:
        rival.close()
    monkeypatch.undo()

    assert result.exit_code == 0, result.stderr
    assert "revision 4: appended a paragraph to closing" in result.stdout
    assert _closing(root, draft_id)[-3:] == [*saved, "Our own closing note."]


def test_an_edit_that_never_gets_the_newest_revision_is_refused_in_one_line(draft_workspace, cli, monkeypatch):
    root, draft_id = draft_workspace
    rival, saved = _rival_saves_after_each_read(monkeypatch, root, draft_id, times=1000)
    try:
        result = cli("draft", "edit", draft_id, "--section", "closing", "--append",
                     "Our own closing note.", workspace=root)
    finally:
        rival.close()
    monkeypatch.undo()

    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert f"draft {draft_id} changed while this edit was being saved" in lines[0]
    assert lines[0].endswith("run it again")
    closing = _closing(root, draft_id)
    assert "Our own closing note." not in closing
    assert closing[-len(saved):] == saved
