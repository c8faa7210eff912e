"""On 80 columns a pane (Similar, Figures, Preview) opens full screen; going
to a section from there (F2, then Enter) shows that section in the editor,
its paragraphs wrapped to the screen, and the letters typed next are seen
where they go. The pane stayed full screen with the keyboard in the editor
hidden behind it, and the section, once shown, ran past the right edge."""

from __future__ import annotations

import pytest
from drafter.tui.widgets.editor import GUTTER_WIDTH
from test_tui_support import desk_app, no_cursor_blink, open_desk, settle, wait_for

__all__ = ["no_cursor_blink"]  # the autouse fixture, imported to apply here

pytestmark = pytest.mark.anyio

LONG = ("Families bereaved by homicide are offered a caseworker from the first week, who stays "
        "with them through the inquest and the trial, and a peer group meets every month in the "
        "county town for parents and partners.")


@pytest.fixture
def anyio_backend():
    return "asyncio"


def editor_rows(editor) -> list[str]:
    return [editor.render_line(y).text for y in range(editor.size.height)]


@pytest.mark.parametrize("pane", ["f3", "f4"])
async def test_a_section_chosen_from_a_full_screen_pane_is_shown_wrapped_and_typed_in(
        indexed_workspace, pane):
    draft = indexed_workspace.new_draft(date="2026-11")
    draft.section("homicide").set_text(LONG)
    indexed_workspace.save_draft(draft)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        desk = await open_desk(pilot)
        await pilot.press(pane)
        await settle(pilot)
        assert desk.maximized is not None, "on 80 columns the pane opens full screen"
        await pilot.press("f2")
        await wait_for(pilot, lambda: app.screen is not desk, what="the section list")
        await pilot.press("home", "down", "enter")  # Homicide, after the introduction
        await wait_for(pilot, lambda: app.screen is desk, what="the desk again")
        await settle(pilot)
        assert desk.session.section_key == "homicide"
        assert desk.maximized is None, "the editor is shown, not the pane"
        assert app.focused is desk.editor
        rows = editor_rows(desk.editor)
        text = [row[GUTTER_WIDTH:].rstrip() for row in rows]
        assert " ".join(" ".join(text).split()) == LONG, rows
        assert all(len(row.rstrip()) <= desk.editor.size.width for row in rows)
        await pilot.press("ctrl+end", *"Seen.")
        await settle(pilot)
        assert desk.maximized is None
        assert " ".join(editor_rows(desk.editor)).split()[-1] == "county town for parents and partners.Seen.".split()[-1]


async def test_a_finding_chosen_from_the_review_over_a_full_screen_pane_is_shown_in_the_editor(
        indexed_workspace):
    from drafter.tui.screens.review import ReviewScreen

    draft = indexed_workspace.new_draft(date="2026-11")
    draft.section("homicide").set_text(LONG)
    indexed_workspace.save_draft(draft)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        desk = await open_desk(pilot)
        await pilot.press("f4")
        await settle(pilot)
        assert desk.maximized is not None
        await pilot.press("f8")
        await wait_for(pilot, lambda: isinstance(app.screen, ReviewScreen) and app.screen.findings,
                       what="the findings")
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen is desk, what="the desk again")
        await settle(pilot)
        assert desk.maximized is None
        assert app.focused is desk.editor


async def test_a_pane_opened_full_screen_on_80_columns_is_set_beside_the_editor_once_the_terminal_is_widened(
        indexed_workspace):
    indexed_workspace.save_draft(indexed_workspace.new_draft(date="2026-11"))
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        desk = await open_desk(pilot)
        await pilot.press("f4")
        await settle(pilot)
        assert desk.maximized is not None
        await pilot.resize_terminal(160, 48)
        await settle(pilot)
        assert desk.maximized is None, "the editor and the sections are back beside the pane"
        assert desk.editor.region.width > 0 and desk.side.region.width > 0
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert desk.maximized is None, "narrowing again does not reopen a pane by itself"
