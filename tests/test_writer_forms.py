"""The new draft's details form as a writer who knows it types into it: keys
that arrive together (typed ahead, or over a slow connection) land in the
fields they were typed for, and four Enters accept the defaults."""

from __future__ import annotations

import pytest
from drafter.tui.screens.desk import DeskScreen
from drafter.tui.screens.details import DetailsScreen
from test_tui_support import choose_statement_to_copy, desk_app, no_cursor_blink, open_desk, wait_for
from textual import events

__all__ = ["no_cursor_blink"]  # the autouse fixture, imported to apply here

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


KEY_NAMES = {"-": "minus", " ": "space", "\r": "enter"}


def typed_together(app, keys: list[str]) -> None:
    """Keys reaching the desk in one read from the terminal, as a burst does:
    characters as typed, named keys (``enter``, ``ctrl+u``) by name."""
    for key in keys:
        if key == "enter":
            key = "\r"
        if len(key) == 1:
            app.post_message(events.Key(KEY_NAMES.get(key, key), key))
        else:
            app.post_message(events.Key(key, None))


async def to_details(pilot, statement_position: int) -> DetailsScreen:
    app = pilot.app
    await choose_statement_to_copy(pilot, statement_position)
    await wait_for(pilot, lambda: isinstance(app.screen, DetailsScreen), what="the details form")
    await pilot.pause()
    return app.screen


def position_of(workspace, force: str, date: str) -> int:
    statements = workspace.list_statements()
    return next(i for i, s in enumerate(statements) if s.force == force and s.date == date)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=lambda size: f"{size[0]}x{size[1]}")
async def test_four_enters_together_accept_the_defaults(indexed_workspace, size):
    app = desk_app(indexed_workspace)
    async with app.run_test(size=size) as pilot:
        await to_details(pilot, position_of(indexed_workspace, "Ashmoor", "2026-06"))
        typed_together(app, ["enter"] * 4)
        desk = await open_desk(pilot)
        assert isinstance(desk, DeskScreen)
        draft = desk.session.draft
        assert (draft.area, draft.date, draft.period) == ("Ashmoor", "2026-09", "2026-Q2")


async def test_fields_typed_ahead_land_where_they_were_typed(indexed_workspace):
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await to_details(pilot, position_of(indexed_workspace, "Ashmoor", "2026-06"))
        title = "Ashmoor quarterly update"
        keys = [*title, "enter", "ctrl+u", *"2026-10", "enter", "enter", "enter"]
        typed_together(app, keys)
        await wait_for(pilot, lambda: app.screen is not form, what="the form to go")
        desk = await open_desk(pilot)
        draft = desk.session.draft
        assert draft.title == title
        assert draft.date == "2026-10"
        assert draft.area == "Ashmoor"


async def test_a_figures_period_typed_in_words_is_read_as_drafter_reads_it(indexed_workspace):
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await to_details(pilot, position_of(indexed_workspace, "Ashmoor", "2026-06"))
        typed_together(app, ["enter", "enter", *"Mar-23", "enter", "enter"])
        await wait_for(pilot, lambda: "period 'Mar-23'" in str(form.query_one("#details-problem").render()),
                       what="the period's problem")
        assert app.screen is form
        typed_together(app, ["ctrl+u", *"April to June 2026", "enter", "enter"])
        desk = await open_desk(pilot)
        assert desk.session.draft.period == "2026-Q2"
