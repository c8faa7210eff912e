"""Every save is a revision a writer can list, compare and bring back."""

from __future__ import annotations

import pytest

from drafter import drafts
from drafter.drafts import UnknownRevision
from drafter.errors import NotFound


@pytest.fixture
def history(empty_workspace):
    """A draft saved three times: revision 1 (new), 2 (one paragraph), 3 (edited, plus another)."""
    draft = drafts.new_draft(empty_workspace, date="2024-06")
    drafts.append_paragraph(draft, "homicide", "There were twelve homicides in the county last year.")
    drafts.save_draft(empty_workspace, draft, note="first homicide paragraph")
    draft.set_section_text("homicide", "There were eleven homicides in the county last year.\n\n"
                                       "Each was reviewed with partners.")
    drafts.save_draft(empty_workspace, draft, note="second thoughts")
    return empty_workspace, draft


def test_saves_make_numbered_revisions_with_notes_and_sizes(history):
    workspace, draft = history
    assert draft.revision == 3
    listed = drafts.list_revisions(workspace, draft.id)
    assert [(r.number, r.note, r.paragraphs) for r in listed] == [
        (1, "new draft", 2), (2, "first homicide paragraph", 3), (3, "second thoughts", 4)]
    assert listed[0].size < listed[1].size < listed[2].size
    assert all(r.saved_at.startswith("20") for r in listed)


def test_saving_unchanged_content_adds_no_revision(history):
    workspace, draft = history
    again = drafts.save_draft(workspace, drafts.get_draft(workspace, draft.id), note="autosave")
    assert again.revision == 3
    assert len(drafts.list_revisions(workspace, draft.id)) == 3


def test_get_draft_returns_the_head(history):
    workspace, draft = history
    loaded = drafts.get_draft(workspace, draft.id)
    assert loaded == draft
    assert loaded.section("homicide").paragraphs[0].text.startswith("There were eleven")


def test_list_drafts_summarises_each_draft(history):
    workspace, draft = history
    other = drafts.new_draft(workspace, title="Second draft", date="2024-09")
    listed = drafts.list_drafts(workspace)
    assert [(d.id, d.title, d.revision) for d in listed][0] == (other.id, "Second draft", 1)
    mine = next(d for d in listed if d.id == draft.id)
    assert (mine.date, mine.revision, mine.paragraphs, mine.sections_total) == ("2024-06", 3, 4, 8)


def test_diff_shows_word_changes_and_additions_per_section(history):
    workspace, draft = history
    text = drafts.diff_revisions(workspace, draft.id, 2, 3)
    assert text.splitlines()[:2] == ["--- revision 2", "+++ revision 3"]
    assert "@@ Reduce Murder and other Homicide [homicide] @@" in text
    assert "~ There were [-twelve-] {+eleven+} homicides in the county last year." in text
    assert "+ Each was reviewed with partners." in text
    assert "Reduce Serious Violence" not in text
    backwards = drafts.diff_revisions(workspace, draft.id, 3, 1)
    assert "- Each was reviewed with partners." in backwards
    assert "status: drafting -> empty" in backwards
    same = drafts.diff_revisions(workspace, draft.id, 2, 2)
    assert "no differences between revisions 2 and 2" in same


def test_restore_adds_a_revision_equal_to_the_old_one(history):
    workspace, draft = history
    restored = drafts.restore_revision(workspace, draft.id, 2)
    assert restored.revision == 4
    assert drafts.get_draft(workspace, draft.id).to_dict() == drafts.get_revision(workspace, draft.id, 2).to_dict()
    listed = drafts.list_revisions(workspace, draft.id)
    assert [r.number for r in listed] == [1, 2, 3, 4]
    assert listed[-1].note == "restored revision 2"
    # Nothing was lost: revision 3's wording is still there to restore in turn.
    assert "eleven" in drafts.get_revision(workspace, draft.id, 3).section("homicide").text()


def test_restoring_the_head_adds_nothing(history):
    workspace, draft = history
    assert drafts.restore_revision(workspace, draft.id, 3).revision == 3
    assert len(drafts.list_revisions(workspace, draft.id)) == 3


def test_unknown_ids_are_reported(history):
    workspace, draft = history
    with pytest.raises(NotFound, match="no draft with id 99"):
        drafts.get_draft(workspace, 99)
    with pytest.raises(NotFound, match="no draft with id 99"):
        drafts.list_revisions(workspace, 99)
    with pytest.raises(UnknownRevision, match=f"draft {draft.id} has no revision 9"):
        drafts.restore_revision(workspace, draft.id, 9)
    with pytest.raises(NotFound, match="no draft with id 99"):
        drafts.diff_revisions(workspace, 99, 1, 2)
    ghost = drafts.get_draft(workspace, draft.id)
    ghost.id = 99
    with pytest.raises(NotFound, match="no draft with id 99"):
        drafts.save_draft(workspace, ghost)


def test_delete_removes_the_draft_and_its_revisions(history):
    workspace, draft = history
    drafts.delete_draft(workspace, draft.id)
    assert drafts.list_drafts(workspace) == []
    left = workspace.database.execute("SELECT count(*) FROM draft_revisions").fetchone()[0]
    assert left == 0
    with pytest.raises(NotFound):
        drafts.delete_draft(workspace, draft.id)


def test_a_save_is_one_insert_and_one_update(history):
    workspace, draft = history
    statements: list[str] = []
    workspace.database.conn.set_trace_callback(statements.append)
    try:
        drafts.append_paragraph(draft, "cyber-crime", "Courier fraud warnings went to older residents.")
        drafts.save_draft(workspace, draft)
    finally:
        workspace.database.conn.set_trace_callback(None)
    writes = [s.split()[0].upper() for s in statements if not s.upper().startswith(("SELECT", "PRAGMA"))]
    assert writes == ["BEGIN", "INSERT", "UPDATE", "COMMIT"]


def test_a_later_save_from_elsewhere_does_not_lose_the_earlier_one(history):
    workspace, draft = history
    desk = drafts.get_draft(workspace, draft.id)
    script = drafts.get_draft(workspace, draft.id)
    drafts.append_paragraph(desk, "cyber-crime", "Written at the desk.")
    drafts.append_paragraph(script, "drugs-county-lines", "Written by a script.")
    drafts.save_draft(workspace, desk)
    drafts.save_draft(workspace, script)
    assert drafts.get_draft(workspace, draft.id).section("drugs-county-lines").text() == "Written by a script."
    assert drafts.get_revision(workspace, draft.id, 4).section("cyber-crime").text() == "Written at the desk."
