"""Opening another draft (Ctrl+L) puts the cursor where the writer left it,
and the Similar pane follows the paragraph the cursor is in."""

from __future__ import annotations

import pytest
from test_tui_support import desk_app, no_cursor_blink, open_desk, wait_for

__all__ = ["no_cursor_blink"]

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


async def test_similar_follows_the_cursor_of_a_draft_opened_where_it_was_left(indexed_workspace):
    statement = next(s for s in indexed_workspace.list_statements() if s.force == "Severnshire")
    left = indexed_workspace.new_draft(from_statement=statement.id, date="2026-12")
    indexed_workspace.new_draft(from_statement=statement.id, date="2026-12")  # saved last: the desk opens it
    key = "drugs-county-lines"
    indexed_workspace.remember_draft_place(left.id, key, 2, 10)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(160, 48)) as pilot:
        desk = await open_desk(pilot)
        await wait_for(pilot, lambda: app.index_ready, timeout=60, what="the search index")
        await pilot.press("ctrl+l")
        await wait_for(pilot, lambda: app.screen is not desk, what="the drafts list")
        await wait_for(pilot, lambda: app.screen.query_one("OptionList").option_count == 2, what="both drafts")
        await pilot.press("down", "enter")
        await wait_for(pilot, lambda: getattr(app.screen, "session", None) is not None
                       and app.screen.session.draft.id == left.id, what="the draft left")
        opened = await open_desk(pilot)
        first = opened.session.first_number()
        index = opened.editor.cursor_paragraph()
        assert opened.session.section_key == key and index == 2
        await wait_for(pilot, lambda: opened.similar.heading.startswith("Like ¶"), timeout=30,
                       what="the Similar pane")
        assert opened.similar.heading.startswith(f"Like ¶{first + index} ")
