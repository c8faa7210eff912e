"""A writer reopening the desk is brought back to the draft, section and
paragraph they were last in: the place is kept with the draft in the
workspace (not as a revision), a draft saved since they left is the newer
work, and a workspace made before places were kept still opens."""

from __future__ import annotations

import sqlite3

import drafter
import pytest
from drafter.errors import NotFound
from test_tui_support import ashmoor_draft, desk_app, no_cursor_blink, open_desk, static_text, wait_for

__all__ = ["no_cursor_blink"]  # the autouse fixture, imported to apply here

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=lambda size: f"{size[0]}x{size[1]}")
async def test_a_reopened_draft_opens_where_the_writer_left_it(indexed_workspace, size):
    draft = ashmoor_draft(indexed_workspace)
    keys = [section.key for section in draft.sections]
    app = desk_app(indexed_workspace)
    async with app.run_test(size=size) as pilot:
        desk = await open_desk(pilot)
        await pilot.press("ctrl+down", "ctrl+down")  # to the third section
        await pilot.press(*["down"] * 14)
        await pilot.press("end", *["left"] * 9)  # mid-paragraph, where the writer was typing
        left_in = desk.session.section_key
        paragraph = desk.editor.cursor_paragraph()
        at = desk.editor.cursor_location
        assert left_in == keys[2] and paragraph and paragraph > 0 and at[1] > 0
        await pilot.press("ctrl+q")
    assert len(indexed_workspace.draft_revisions(draft.id)) == 1, "moving about is not a revision"

    again = desk_app(indexed_workspace)
    async with again.run_test(size=size) as pilot:
        desk = await open_desk(pilot)
        heading = draft.section(left_in).heading
        assert heading in static_text(desk.query_one("#section-bar"))
        assert desk.session.section_key == left_in
        assert desk.editor.cursor_paragraph() == paragraph
        assert desk.editor.cursor_location == at, "back at the same place in the paragraph, not its start"
        assert again.focused is desk.editor
        assert cursor_in_view(desk.editor), "the writer sees where they are"


def cursor_in_view(editor) -> bool:
    top = editor.scroll_offset.y
    row = editor.wrapped_document.location_to_offset(editor.cursor_location).y
    return top <= row < top + editor.scrollable_content_region.height


async def test_a_place_in_a_section_no_longer_there_opens_at_the_start(indexed_workspace):
    draft = ashmoor_draft(indexed_workspace)
    indexed_workspace.remember_draft_place(draft.id, "a-section-since-removed", 4)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(160, 48)) as pilot:
        desk = await open_desk(pilot)
        assert desk.session.section_key == draft.sections[0].key
        assert desk.editor.cursor_location == (0, 0)


async def test_opening_another_draft_keeps_the_place_in_the_one_left(indexed_workspace):
    first = ashmoor_draft(indexed_workspace)
    second = ashmoor_draft(indexed_workspace)  # newest: the desk opens it
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(160, 48)) as pilot:
        desk = await open_desk(pilot)
        assert desk.session.draft.id == second.id
        await pilot.press("ctrl+down")
        app.open_draft_id(first.id)
        await wait_for(pilot, lambda: getattr(app.screen, "session", None) is not None
                       and app.screen.session.draft.id == first.id, what="the other draft")
        await open_desk(pilot)
    assert indexed_workspace.draft_place(second.id) == (second.sections[1].key, 0, 0)
    assert indexed_workspace.draft_place(first.id) is None


def test_a_workspace_from_before_places_were_kept_still_opens(seeded_workspace, tmp_path):
    draft = seeded_workspace.new_draft(title="Kept through the upgrade")
    root = seeded_workspace.path
    seeded_workspace.close()
    # The database as it was before places were kept.
    with sqlite3.connect(root / "drafter.db") as db:
        db.execute("DROP TABLE draft_places")
        db.execute("PRAGMA user_version = 3")
    with drafter.open_workspace(root) as workspace:
        assert [d.title for d in workspace.list_drafts()] == ["Kept through the upgrade"]
        assert workspace.draft_place(draft.id) is None
        workspace.remember_draft_place(draft.id, "homicide", 2, 17)
        assert workspace.draft_place(draft.id) == ("homicide", 2, 17)
        assert workspace.get_draft(draft.id).title == "Kept through the upgrade"
        workspace.delete_draft(draft.id)
        with pytest.raises(NotFound):
            workspace.draft_place(draft.id)


def test_the_place_of_an_unknown_draft_is_not_found(seeded_workspace):
    with pytest.raises(NotFound):
        seeded_workspace.remember_draft_place(999, "homicide", 0)
    with pytest.raises(NotFound):
        seeded_workspace.draft_place(999)


async def test_the_desk_opens_the_draft_the_writer_was_last_in(indexed_workspace):
    first = ashmoor_draft(indexed_workspace)
    second = ashmoor_draft(indexed_workspace)  # saved last: the desk opens it
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        desk = await open_desk(pilot)
        assert desk.session.draft.id == second.id
        await pilot.press("ctrl+l")  # the older draft, only read, then the desk closed
        await wait_for(pilot, lambda: app.screen is not desk, what="the drafts list")
        # The list fills in the background: a key pressed before then lands on nothing.
        await wait_for(pilot, lambda: app.screen.query_one("OptionList").option_count == 2, what="both drafts listed")
        await pilot.press("down", "enter")
        await wait_for(pilot, lambda: getattr(app.screen, "session", None) is not None
                       and app.screen.session.draft.id == first.id, what="the older draft")
        await open_desk(pilot)
        await pilot.press("ctrl+down")
        await pilot.press("ctrl+q")
    assert indexed_workspace.list_drafts()[0].id == second.id, "reading saves nothing"

    again = desk_app(indexed_workspace)
    async with again.run_test(size=(80, 24)) as pilot:
        desk = await open_desk(pilot)
        assert desk.session.draft.id == first.id
        assert desk.session.section_key == first.sections[1].key
        await pilot.press("ctrl+q")

    # A draft saved since the desk was left (here from outside the desk) is the newer work.
    changed = indexed_workspace.get_draft(second.id)
    changed.title = "Changed outside the desk"
    indexed_workspace.save_draft(changed)
    assert indexed_workspace.draft_to_resume() == second.id


def test_each_writer_of_a_shared_workspace_comes_back_to_their_own_draft(seeded_workspace, monkeypatch):
    statement = seeded_workspace.list_statements()[0].id
    monkeypatch.setenv("LOGNAME", "amira")
    amiras = seeded_workspace.new_draft(from_statement=statement)
    seeded_workspace.remember_draft_place(amiras.id, amiras.sections[1].key, 0)
    monkeypatch.setenv("LOGNAME", "ben")
    bens = seeded_workspace.new_draft(from_statement=statement)
    bens.title = "Ben's working copy"
    seeded_workspace.save_draft(bens)
    assert seeded_workspace.draft_to_resume() == bens.id
    monkeypatch.setenv("LOGNAME", "amira")
    assert seeded_workspace.draft_to_resume() == amiras.id, "another writer's save is not Amira's work"
    monkeypatch.setenv("LOGNAME", "cara")  # in none yet: the draft the desk was last left in, or one saved since
    assert seeded_workspace.draft_to_resume() == bens.id
