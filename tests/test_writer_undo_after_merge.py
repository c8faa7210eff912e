"""Undo after the desk merges a change made elsewhere (``drafter draft edit
--append`` while the desk is open): the writer's own edits can still be
undone, and the other change stays; where the writer's earlier edits were to
the very lines changed elsewhere, the notice says undo stops at the merge."""

from __future__ import annotations

import pytest
from test_tui_desk_problems import CLI_WORDS, edit_elsewhere, prefix_elsewhere, saved_after
from test_tui_support import (
    copied_forward_draft,
    desk_app,
    no_cursor_blink,
    notifications,
    open_desk,
    paste,
    settle,
)

__all__ = ["no_cursor_blink"]  # the autouse fixture, imported to apply here

pytestmark = pytest.mark.anyio
SIZES = pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
UNDO_STOPS = "Undo (Ctrl+Z) goes back no further than this change"
# Words arrive pasted, one undo step each: typed, a save (and so the merge) could
# fall between two letters on a loaded machine, splitting them into two steps.


@pytest.fixture
def anyio_backend():
    return "asyncio"


async def at_section(pilot, desk, key: str) -> None:
    while desk.session.section_key != key:
        await pilot.press("ctrl+down")
    await settle(pilot)


@SIZES
async def test_words_typed_before_the_merge_can_still_be_undone(indexed_workspace, size):
    draft = copied_forward_draft(indexed_workspace)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=size) as pilot:
        desk = await open_desk(pilot)
        await at_section(pilot, desk, "homicide")
        as_opened = desk.editor.text
        outside = edit_elsewhere(indexed_workspace, draft.id, "homicide", CLI_WORDS)
        await pilot.press("ctrl+home")
        await paste(pilot, "Desk edit. ")
        await saved_after(pilot, desk, outside)
        assert "Homicide are in your text now" in notifications(app, "warning")[-1]
        assert UNDO_STOPS not in notifications(app, "warning")[-1]
        assert desk.editor.text == "Desk edit. " + as_opened + "\n\n" + CLI_WORDS
        cursor = desk.editor.cursor_location
        assert cursor == (0, len("Desk edit. ")), "the cursor stays after the words typed"
        await pilot.press("ctrl+z")
        assert desk.editor.text == as_opened + "\n\n" + CLI_WORDS, "the typing is undone, the other change kept"
        await pilot.press("ctrl+y")
        assert desk.editor.text.startswith("Desk edit. ")
        await pilot.press("ctrl+z")
        await saved_after(pilot, desk, desk.session.revision)
        stored = indexed_workspace.get_draft(draft.id).section("homicide").text()
        assert stored == as_opened + "\n\n" + CLI_WORDS


async def test_undo_stops_at_the_merge_when_earlier_edits_were_to_the_lines_it_changed(indexed_workspace):
    draft = copied_forward_draft(indexed_workspace)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        desk = await open_desk(pilot)
        await at_section(pilot, desk, "homicide")
        as_opened = desk.editor.text
        # The writer edits the first paragraph and the desk saves it; then the first
        # paragraph is changed elsewhere, while the writer types in the last.
        await pilot.press("ctrl+home")
        await paste(pilot, "Mine. ")
        await saved_after(pilot, desk, desk.session.revision)
        outside = prefix_elsewhere(indexed_workspace, draft.id, "homicide", CLI_WORDS)
        await pilot.press("ctrl+end")
        await paste(pilot, " Later.")
        await saved_after(pilot, desk, outside)
        told = notifications(app, "warning")[-1]
        assert "Homicide are in your text now" in told and UNDO_STOPS in told
        merged = desk.editor.text
        assert merged.startswith(f"{CLI_WORDS} Mine. ") and merged.endswith(" Later.")
        await pilot.press("ctrl+z")
        assert desk.editor.text == merged.removesuffix(" Later."), "what was typed since still undoes"
        await pilot.press("ctrl+z")
        assert desk.editor.text == merged.removesuffix(" Later."), "nothing before the merge"
        assert desk.editor.text != as_opened
