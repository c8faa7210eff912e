"""Just after copying forward, the first Ctrl+F goes to the first paragraph
with something left, even when it is the one the desk opened at: the
Ashmoor introduction's period, last quarter's until the next figures are in,
was passed over."""

from __future__ import annotations

import pytest
from drafter.tui.rolled import left_for_writer
from test_tui_support import (
    ashmoor_draft,
    desk_app,
    newest_statement,
    no_cursor_blink,
    notifications,
    open_desk,
)

__all__ = ["no_cursor_blink"]  # the autouse fixture, imported to apply here

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=lambda size: f"{size[0]}x{size[1]}")
async def test_the_first_ctrl_f_does_not_pass_over_the_paragraph_opened_at(indexed_workspace, size):
    assert newest_statement(indexed_workspace, "Ashmoor").date == "2026-09"
    draft = ashmoor_draft(indexed_workspace)
    first = draft.sections[0]
    assert left_for_writer(first.paragraphs[0]), "the introduction names the copied quarter's months"
    app = desk_app(indexed_workspace)
    async with app.run_test(size=size) as pilot:
        desk = await open_desk(pilot)
        await pilot.press("ctrl+f")
        await pilot.pause()
        assert (desk.session.section_key, desk.editor.cursor_paragraph()) == (first.key, 0)
        assert "April to June 2026" in notifications(app)[-1]
        await pilot.press("ctrl+f")  # then on, as before
        await pilot.pause()
        assert desk.session.section_key != first.key or desk.editor.cursor_paragraph() != 0
