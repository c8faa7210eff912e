"""The command palette (Ctrl+P) as a writer reads it: each desk action titled
by its name and key with what it does beneath, Undo and Redo there, and of
Textual's own commands only Quit."""

from __future__ import annotations

import pytest
from test_tui_support import copied_forward_draft, desk_app, no_cursor_blink, open_desk, wait_for

__all__ = ["no_cursor_blink"]  # the autouse fixture, imported to apply here

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


def shown_lines(widget) -> list[str]:
    """The lines a list shows on the terminal now, as the writer reads them."""
    return [widget.render_line(y).text.rstrip() for y in range(widget.size.height)]


def command_list(app):
    return app.screen.query("CommandList").first()


async def search_palette(pilot, query: str) -> list[str]:
    """What the palette lists for ``query`` (typed from an empty search)."""
    await pilot.press("ctrl+u", *["space" if char == " " else char for char in query])
    await wait_for(pilot, lambda: command_list(pilot.app).option_count > 0
                   or "No matches" in str(pilot.app.screen.query_one("#--results").render()),
                   what="the palette's answer")
    await pilot.pause(0.1)
    # Textual says "No matches found" in the list for a moment before it hides it: no command either way.
    return [line.strip() for line in shown_lines(command_list(pilot.app))
            if line.strip() and line.strip() != "No matches found"]


async def test_the_palette_names_each_action_with_its_key_and_says_what_it_does(indexed_workspace):
    copied_forward_draft(indexed_workspace)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(160, 48)) as pilot:
        desk = await open_desk(pilot)
        await pilot.press("ctrl+p")
        await wait_for(pilot, lambda: command_list(app).option_count > 0, what="the palette")
        listed = [line.strip() for line in shown_lines(command_list(app)) if line.strip()]
        assert listed[:4] == ["Help (F1)", "Show the keys and how the desk works (? works outside the editor)",
                              "Sections (F2)", "Show the section list and move to a section"]
        assert await search_palette(pilot, "undo") == [
            "Undo (Ctrl+Z)", "Undo the last change in the editor",
            "Redo (Ctrl+Y)", "Redo the change just undone"]
        for system_command in ("theme", "screenshot", "maximize"):
            assert await search_palette(pilot, system_command) == [], system_command
        # Textual's own "Keys" is left out; the desk's help is found by its words.
        assert await search_palette(pilot, "keys") == [
            "Help (F1)", "Show the keys and how the desk works (? works outside the editor)"]
        assert await search_palette(pilot, "quit") == ["Quit (Ctrl+Q)", "Save the draft and leave the desk"]
        # Found by what it does, below anything found by name.
        assert (await search_palette(pilot, "before and after"))[0] == "Before/after (F12)"

        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is desk, what="the desk")
        as_opened = desk.editor.text
        await pilot.press(*"Typo")
        assert desk.editor.text == "Typo" + as_opened
        await pilot.press("ctrl+p")
        await wait_for(pilot, lambda: command_list(app).option_count > 0, what="the palette")
        await search_palette(pilot, "undo")
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen is desk, what="the desk")
        assert desk.editor.text == as_opened and app.focused is desk.editor
