"""The draft's details (Ctrl+G) open on the title: a board report's title is
wider than the field on 80 columns, and the field shows its first words, as
the export dialog's name field does, with the whole title still selected."""

from __future__ import annotations

import pytest
from drafter.tui.screens.details import DetailsScreen
from test_tui_support import desk_app, newest_draft, no_cursor_blink, open_desk, wait_for

__all__ = ["no_cursor_blink"]  # the autouse fixture, imported to apply here

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
async def test_the_title_field_shows_the_start_of_a_long_title(indexed_workspace, size):
    draft = newest_draft(indexed_workspace, "Severnshire")
    assert len(draft.title) > 80
    app = desk_app(indexed_workspace)
    async with app.run_test(size=size) as pilot:
        await open_desk(pilot)
        await pilot.press("ctrl+g")
        await wait_for(pilot, lambda: isinstance(app.screen, DetailsScreen), what="the details")
        await pilot.pause()
        title = app.screen.query_one("#details-title")
        assert title.value == draft.title
        shown = title.render_line(0).text.strip()
        assert shown and draft.title.startswith(shown), "the field opens at the title's start"
        # Enter moves on; the next field opens at its start too.
        await pilot.press("enter")
        await pilot.pause()
        presenter = app.screen.query_one("#details-presented_by")
        if presenter.value:
            assert presenter.value.startswith(presenter.render_line(0).text.strip())
        # Typing replaces the whole title, as it would at the end.
        await pilot.press("shift+tab", *"Quarterly statement")
        assert title.value == "Quarterly statement"
