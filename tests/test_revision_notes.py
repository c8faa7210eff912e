"""A save given no note of its own (every save the desk makes as the writer
pauses) is noted with what it changed, so the revisions list (F9, and `draft
revisions`) says which save is which, where the desk's saves showed only a
time and a paragraph count and a writer had to restore one to find out."""

from __future__ import annotations

import pytest
from drafter.tui.screens.pickers import RevisionPickerScreen
from test_tui_support import (
    copied_forward_draft,
    desk_app,
    new_paragraph_at_end,
    no_cursor_blink,
    open_desk,
    settle,
    wait_for,
)

__all__ = ["no_cursor_blink"]  # the autouse fixture, imported to apply here


def _noted(workspace, draft_id: int) -> str | None:
    return workspace.draft_revisions(draft_id)[-1].note


def test_a_save_without_a_note_says_which_sections_changed_and_how(indexed_workspace):
    draft = copied_forward_draft(indexed_workspace)
    violence = draft.section("serious-violence")
    edited = violence.paragraphs[0].text.replace(".", ", in every district.", 1)
    violence.set_text("\n\n".join([edited, *(p.text for p in violence.paragraphs[1:]),
                                   "Weekend patrols ran in the town centres."]))
    draft.section("homicide").set_status("done")
    indexed_workspace.save_draft(draft)
    note = _noted(indexed_workspace, draft.id)
    heading = draft.section("serious-violence").heading
    assert f"{heading}: 1 ¶ added, 1 edited" in note
    assert f"{draft.section('homicide').heading}: marked done" in note


def test_a_note_given_is_kept_as_given(indexed_workspace):
    draft = copied_forward_draft(indexed_workspace)
    draft.section("homicide").set_status("done")
    indexed_workspace.save_draft(draft, note="ready for the panel")
    assert _noted(indexed_workspace, draft.id) == "ready for the panel"


def test_a_change_to_the_header_is_named(indexed_workspace):
    draft = copied_forward_draft(indexed_workspace)
    draft.title = draft.title + " (revised)"
    indexed_workspace.save_draft(draft)
    assert _noted(indexed_workspace, draft.id) == "title changed"


def test_many_sections_changed_are_counted_not_all_listed(indexed_workspace):
    draft = copied_forward_draft(indexed_workspace)
    for section in draft.sections:
        section.set_text(section.text() + "\n\nOne more line.")
    indexed_workspace.save_draft(draft)
    note = _noted(indexed_workspace, draft.id)
    assert note.count("¶ added") == 3
    assert note.endswith(f"{len(draft.sections) - 3} more sections")


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_the_desks_revision_list_says_what_each_save_changed(indexed_workspace, anyio_backend):
    draft = copied_forward_draft(indexed_workspace)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        desk = await open_desk(pilot)
        await new_paragraph_at_end(pilot, "A sentence the writer added.")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: not desk.session.dirty, what="the save")
        await pilot.press("f9")
        await settle(pilot)
        assert isinstance(app.screen, RevisionPickerScreen)
        newest = str(app.screen.query_one("OptionList").get_option_at_index(0).prompt)
    assert f"{draft.sections[0].heading}: 1 ¶ added" in newest
