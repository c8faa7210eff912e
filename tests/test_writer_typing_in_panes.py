"""Typing while a side pane has the focus, as a writer does after F5: the
letters are written in the editor, never lost; a pane's own letter keys and
the desk's ? still do what they say. And the pane lists a writer counts their
way down (Figures, Similar) open at the top and stop at their ends."""

from __future__ import annotations

import pytest
from drafter.tui.screens.help import HelpScreen
from drafter.tui.widgets.figures import SentenceList
from drafter.tui.widgets.preview import PreviewPane
from drafter.tui.widgets.similar import HitList
from test_tui_support import (
    copied_forward_draft,
    desk_app,
    no_cursor_blink,
    notifications,
    open_desk,
    settle,
    show_filled_sentences,
    wait_for,
)

__all__ = ["no_cursor_blink"]  # the autouse fixture, imported to apply here

pytestmark = pytest.mark.anyio
SIZES = pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])


@pytest.fixture
def anyio_backend():
    return "asyncio"


async def go_to(pilot, desk, key: str) -> None:
    while desk.session.section_key != key:
        await pilot.press("ctrl+down")
    await settle(pilot)


@SIZES
async def test_letters_typed_in_the_preview_are_written_in_the_editor(indexed_workspace, size):
    copied_forward_draft(indexed_workspace)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=size) as pilot:
        desk = await open_desk(pilot)
        first_line = desk.editor.document.lines[0]
        await pilot.press("f5")
        await wait_for(pilot, lambda: isinstance(app.focused, PreviewPane), what="the preview")
        await pilot.press(*"Xy z")
        assert app.focused is desk.editor
        assert desk.maximized is None, "a preview opened full screen makes way for the editor"
        assert desk.editor.document.lines[0] == "Xy z" + first_line
        await pilot.press("ctrl+z")
        assert desk.editor.document.lines[0] == first_line, "typed as any other words"


@SIZES
async def test_after_moving_on_from_the_preview_a_letter_still_reaches_the_editor(indexed_workspace, size):
    copied_forward_draft(indexed_workspace)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=size) as pilot:
        desk = await open_desk(pilot)
        await pilot.press("f5", "ctrl+down")
        await settle(pilot)
        assert desk.session.section_key == "homicide"
        first_line = desk.editor.document.lines[0]
        await pilot.press("X")
        assert desk.editor.document.lines[0] == "X" + first_line


async def test_the_panes_own_keys_and_the_desks_question_mark_still_act(indexed_workspace):
    copied_forward_draft(indexed_workspace)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(160, 48)) as pilot:
        desk = await open_desk(pilot)
        await go_to(pilot, desk, "homicide")
        text = desk.editor.text
        await pilot.press("f3")
        await wait_for(pilot, lambda: isinstance(app.focused, HitList), what="the Similar list")
        await pilot.press("a")
        assert notifications(app)[-1] == "Similar: all priorities, best first"
        assert isinstance(app.focused, HitList) and desk.editor.text == text
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert desk.editor.text == text
        await pilot.press("k")
        assert app.focused is desk.editor and desk.editor.text == "k" + text


@SIZES
async def test_the_figures_list_opens_at_the_top_and_stops_at_its_end(indexed_workspace, size):
    copied_forward_draft(indexed_workspace)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=size) as pilot:
        desk = await open_desk(pilot)
        await go_to(pilot, desk, "homicide")
        await show_filled_sentences(pilot, desk)
        sentences = desk.figures.sentences
        count = len(sentences)
        assert count >= 3
        # The writer inserts the last sentence; the list would keep that place.
        await pilot.press(*["down"] * (count - 1), "enter")
        assert sentences[-1].template in notifications(app)[-1]
        await pilot.press("f4")
        assert isinstance(app.focused, SentenceList) and app.focused.highlighted == 0
        # Counted presses: one for each sentence and a few more stay on the last.
        await pilot.press(*["down"] * (count + 3))
        assert app.focused.highlighted == count - 1
        await pilot.press("up", "enter")
        assert sentences[-2].template in notifications(app)[-1]


async def test_the_similar_list_opens_at_its_best_hit_and_stops_at_its_end(indexed_workspace):
    copied_forward_draft(indexed_workspace)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(160, 48)) as pilot:
        desk = await open_desk(pilot)
        await go_to(pilot, desk, "serious-violence")
        await pilot.press("f3")
        await wait_for(pilot, lambda: bool(desk.similar.hits), what="similar paragraphs")
        hits = desk.similar.hit_list
        first = hits.highlighted
        assert desk.similar.hit_for(hits.highlighted_option) is desk.similar.hits[0]
        await pilot.press(*["down"] * (hits.option_count + 2))
        assert desk.similar.hit_for(hits.highlighted_option) is desk.similar.hits[-1]
        await pilot.press("escape", "f3")
        assert hits.highlighted == first
