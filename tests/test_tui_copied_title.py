"""Copying forward keeps the statement's title when the form's title is left
blank. A web-style title dates itself ("National Crime and Policing Measures:
Q1 2026/27"), so the form shows the title it will keep, where the writer can
see last quarter in it and type this quarter's."""

from __future__ import annotations

import pytest
from drafter.tui.screens.details import DetailsScreen
from test_tui_support import choose_statement_to_copy, desk_app, newest_statement, no_cursor_blink, open_desk, wait_for

__all__ = ["no_cursor_blink"]  # the autouse fixture, imported to apply here

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
async def test_the_copy_forward_form_shows_the_dated_title_it_keeps(indexed_workspace, size):
    ashmoor = newest_statement(indexed_workspace, "Ashmoor")
    assert ashmoor.title.endswith("Q1 2026/27")
    order = [statement.id for statement in indexed_workspace.list_statements()]
    severnshire = newest_statement(indexed_workspace, "Severnshire")
    app = desk_app(indexed_workspace)
    async with app.run_test(size=size) as pilot:
        # The list opens on the office's own newest statement; Ashmoor's is counted from there.
        await choose_statement_to_copy(pilot, order.index(ashmoor.id) - order.index(severnshire.id))
        await wait_for(pilot, lambda: isinstance(app.screen, DetailsScreen), what="the form")
        title = app.screen.query_one("#details-title")
        assert title.value == ""
        assert title.placeholder == "blank: “National Crime and Policing Measures: Q1 2026/27”"
        await pilot.press(*"National Crime and Policing Measures: Q2 2026/27", "enter", "enter", "enter", "enter")
        desk = await open_desk(pilot)
        assert desk.session.draft.title == "National Crime and Policing Measures: Q2 2026/27"
