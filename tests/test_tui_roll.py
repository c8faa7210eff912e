"""Rolling forward on the desk: the count after copy forward, the numbers the
roll wrote picked out, a paragraph before and after, rejecting the roll, and
the key to the next paragraph with something left."""

from __future__ import annotations

import pytest
from drafter.tui.rolled import left_for_writer
from drafter.tui.screens.desk import DeskScreen
from drafter.tui.screens.roll import RollScreen
from test_tui_support import (
    copy_forward_from_start,
    desk_app,
    no_cursor_blink,
    notifications,
    open_desk,
    settle,
    static_text,
    wait_for,
)

__all__ = ["no_cursor_blink"]  # the autouse fixture, imported to apply here

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


def quarter_statement(workspace, date: str = "2026-06"):
    """The Severnshire statement for the quarter (its figures roll on to the next)."""
    return next(s for s in workspace.list_statements() if s.force == "Severnshire" and s.date == date)


def rolled_draft(workspace):
    return workspace.new_draft(from_statement=quarter_statement(workspace).id, date="2026-09")


def rolled_paragraph(draft, at_least: int = 1):
    """(section key, index, paragraph) of the first paragraph with ``at_least`` figures rolled."""
    return next((section.key, index, paragraph) for section in draft.sections
                for index, paragraph in enumerate(section.paragraphs)
                if len(paragraph.origin.rolled) >= at_least)


async def go_to_section(pilot, desk, key: str) -> None:
    while desk.session.section_key != key:
        await pilot.press("ctrl+down")
    await settle(pilot)


def rendered(widget) -> str:
    """A Static holding a rich table, as it reads on a wide terminal."""
    from rich.console import Console

    console = Console(width=200, color_system=None)
    with console.capture() as capture:
        console.print(widget.content)
    return capture.get()


def status(desk) -> str:
    return static_text(desk.query_one("#status-roll"))


async def test_copy_forward_says_how_many_figures_rolled_and_how_many_are_left(indexed_workspace):
    source = quarter_statement(indexed_workspace)
    position = [s.id for s in indexed_workspace.list_statements()].index(source.id)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(160, 48)) as pilot:
        desk = await copy_forward_from_start(pilot, position)
        rolled, left = desk.session.draft.roll_counts()
        assert rolled > 10 and left > 0
        expected = f"{rolled} figures rolled forward, {left} left for you"
        assert status(desk) == expected
        assert any(message.startswith(expected) for message in notifications(app))


async def test_notifications_showing_give_way_to_before_and_after(indexed_workspace):
    # At 80x24 the copy forward's summary and Ctrl+F's "Left for you" stood over
    # F12's "Now" column for ten seconds.
    source = quarter_statement(indexed_workspace)
    position = [s.id for s in indexed_workspace.list_statements()].index(source.id)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        desk = await copy_forward_from_start(pilot, position)
        await pilot.press("ctrl+f")
        await wait_for(pilot, lambda: len([t for t in desk.query("Toast") if t.region.height]) >= 2,
                       what="the notifications")
        await pilot.press("f12")
        await wait_for(pilot, lambda: isinstance(app.screen, RollScreen), what="before and after")
        await pilot.pause(0.2)
        dialog = app.screen.query_one("#roll").region
        assert not [toast for toast in app.screen.query("Toast") if toast.region.overlaps(dialog)]
        assert static_text(app.screen.query_one("#roll-after")) == desk.session.section.paragraphs[
            desk.editor.cursor_paragraph()].text
        # A notification given while the dialog is open still shows.
        app.notify("Saved revision 3")
        await wait_for(pilot, lambda: any(t.region.height for t in app.screen.query("Toast")),
                       what="a new notification")
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is desk, what="the desk")
        assert status(desk).endswith(" left"), "what the roll left is still said on the status line"


async def test_the_next_key_visits_every_paragraph_with_something_left(indexed_workspace):
    draft = rolled_draft(indexed_workspace)
    places = [(section.key, index) for section in draft.sections
              for index, paragraph in enumerate(section.paragraphs) if left_for_writer(paragraph)]
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        desk = await open_desk(pilot)
        visited = []
        for _ in range(len(places) + 1):
            await pilot.press("ctrl+f")
            await pilot.pause()
            visited.append((desk.session.section_key, desk.editor.cursor_paragraph()))
        assert visited == places + places[:1]  # in order, then round to the first again
        reason = left_for_writer(desk.session.section.paragraphs[places[0][1]])[0]["reason"]
        assert reason in notifications(app)[-1]


async def test_rolled_numbers_are_picked_out_in_the_editor(indexed_workspace):
    draft = rolled_draft(indexed_workspace)
    key, index, paragraph = rolled_paragraph(draft)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(160, 48)) as pilot:
        desk = await open_desk(pilot)
        await go_to_section(pilot, desk, key)
        row = desk.editor.spans[index].first
        line = desk.editor.get_line(row)
        rolled_colour = desk.editor.get_component_rich_style("section-editor--rolled").color
        picked = [line.plain[span.start:span.end] for span in line.spans
                  if getattr(span.style, "color", None) == rolled_colour]
        assert picked == [entry["new"] for entry in paragraph.origin.rolled]
        # As drawn, with the cursor in the paragraph (its line highlighted), they keep their colour.
        editor = desk.editor
        assert editor.cursor_paragraph() == index
        drawn = [segment for y in range(editor.scrollable_content_region.height)
                 for segment in editor.render_line(y) if segment.style is not None]
        coloured = [segment.text for segment in drawn if segment.style.color == rolled_colour]
        assert coloured == picked


async def test_before_and_after_then_rejecting_the_roll(indexed_workspace):
    draft = rolled_draft(indexed_workspace)
    key, index, paragraph = rolled_paragraph(draft, at_least=2)
    rolled_before = draft.roll_counts()[0]
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        desk = await open_desk(pilot)
        await go_to_section(pilot, desk, key)
        desk.editor.go_to_paragraph(index)
        await pilot.press("f12")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, RollScreen)
        assert static_text(dialog.query_one("#roll-before")) == paragraph.origin.copied
        assert static_text(dialog.query_one("#roll-after")) == paragraph.text
        moved = rendered(dialog.query_one("#roll-moved"))
        for entry in paragraph.origin.rolled:
            assert f"{entry['old']} → {entry['new']}" in moved
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, DeskScreen)
        assert paragraph.origin.copied in desk.editor.text
        await wait_for(pilot, lambda: not desk.session.dirty, what="the save")
        stored = indexed_workspace.get_draft(draft.id)
        restored = stored.section(key).paragraphs[index]
        assert restored.text == restored.origin.copied and not restored.origin.rolled
        assert indexed_workspace.draft_revisions(draft.id)[-1].note.startswith("rejected the roll")
        remaining = rolled_before - len(paragraph.origin.rolled)
        assert status(desk).startswith(f"{remaining} rolled")
        # Nothing left to reject: said, not done.
        await pilot.press("alt+r")
        await pilot.pause()
        assert "already reads as copied" in notifications(app)[-1]


async def test_undoing_a_rejected_roll_brings_back_its_record_and_redoing_takes_it_again(indexed_workspace):
    draft = rolled_draft(indexed_workspace)
    key, index, paragraph = rolled_paragraph(draft, at_least=2)
    rolled_words, rolled_record = paragraph.text, [dict(entry) for entry in paragraph.origin.rolled]
    rolled_before = draft.roll_counts()[0]
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        desk = await open_desk(pilot)
        await go_to_section(pilot, desk, key)
        desk.editor.go_to_paragraph(index)
        await pilot.press("alt+r")
        await settle(pilot)
        assert status(desk).startswith(f"{rolled_before - len(rolled_record)} rolled")
        await pilot.press("ctrl+z")
        await settle(pilot)
        desk.sync_editor()
        undone = desk.session.section.paragraphs[index]
        assert undone.text == rolled_words and undone.origin.rolled == rolled_record
        desk.show_roll_summary()
        assert status(desk).startswith(f"{rolled_before} rolled")
        await wait_for(pilot, lambda: not desk.session.dirty, timeout=30, what="the autosave")
        stored = indexed_workspace.get_draft(draft.id).section(key).paragraphs[index]
        assert stored.text == rolled_words and stored.origin.rolled == rolled_record
        await pilot.press("ctrl+y")
        await settle(pilot)
        desk.sync_editor()
        redone = desk.session.section.paragraphs[index]
        assert redone.text == redone.origin.copied and not redone.origin.rolled


async def test_a_draft_that_was_not_rolled_says_so(indexed_workspace):
    indexed_workspace.new_draft(date="2026-11")
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        desk = await open_desk(pilot)
        assert not desk.query_one("#status-roll").display
        await pilot.press("ctrl+f")
        await pilot.pause()
        assert "not rolled forward" in notifications(app)[-1]
        await pilot.press("f12")
        await pilot.pause()
        assert isinstance(app.screen, DeskScreen)
        assert notifications(app)[-1] == "This draft was not copied forward from a statement: nothing in it was rolled."


async def test_the_roll_actions_are_in_the_palette(indexed_workspace):
    rolled_draft(indexed_workspace)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(160, 48)) as pilot:
        await open_desk(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"before and after")
        await wait_for(pilot, lambda: app.screen.query("CommandList").first().option_count > 0,
                       what="palette matches")
        await pilot.press("down", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, RollScreen), what="before and after")


async def test_an_alt_key_from_a_terminal_acts_and_types_nothing(indexed_workspace):
    from textual import events

    draft = rolled_draft(indexed_workspace)
    key, index, paragraph = rolled_paragraph(draft)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        desk = await open_desk(pilot)
        await go_to_section(pilot, desk, key)
        desk.editor.go_to_paragraph(index)
        # A terminal sends Alt+R as Esc then "r": a key that carries its letter.
        app.post_message(events.Key("alt+r", "r"))
        await settle(pilot)
        assert desk.session.section.paragraphs[index].text == paragraph.origin.copied
        assert "\nr" not in desk.editor.text and not desk.editor.text.startswith("r")


async def test_a_terminal_made_narrow_keeps_the_cursor_the_count_and_the_keys_in_view(indexed_workspace):
    from textual.widgets import Footer

    def footer_keys(desk) -> list:
        return [key for key in desk.query_one(Footer).children if getattr(key, "action", None)]

    draft = rolled_draft(indexed_workspace)
    rolled, left = draft.roll_counts()
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(160, 48)) as pilot:
        desk = await open_desk(pilot)
        await pilot.press("ctrl+f")  # the first paragraph with something left, mid-section
        await settle(pilot)
        assert status(desk) == f"{rolled} figures rolled forward, {left} left for you"
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        editor = desk.editor
        row = editor.wrapped_document.location_to_offset(editor.cursor_location).y
        assert editor.scroll_offset.y <= row < editor.scroll_offset.y + editor.scrollable_content_region.height
        # The short wording leaves room for where the writer is.
        assert status(desk) == f"{rolled} rolled · {left} left"
        keys = footer_keys(desk)
        shown = {key.action for key in keys}
        assert {"help", "sections", "similar", "figures", "review", "quit"} <= shown, shown
        assert all(key.region.right <= 80 for key in keys)
        await pilot.resize_terminal(160, 48)
        await settle(pilot)
        assert status(desk) == f"{rolled} figures rolled forward, {left} left for you"
        assert {"save", "export", "revisions"} <= {key.action for key in footer_keys(desk)}


async def test_n_in_before_and_after_shows_the_next_paragraph_left_and_types_nothing(indexed_workspace):
    draft = rolled_draft(indexed_workspace)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        desk = await open_desk(pilot)
        await pilot.press("ctrl+f")  # the first paragraph with something left
        await settle(pilot)
        seen = []
        for _ in range(3):
            await pilot.press("n" if seen else "f12")
            await wait_for(pilot, lambda: isinstance(app.screen, RollScreen) and static_text(
                app.screen.query_one(".dialog-title")) not in seen, what="the next paragraph's before and after")
            seen.append(static_text(app.screen.query_one(".dialog-title")))
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, DeskScreen) and len(set(seen)) == 3
    saved = indexed_workspace.get_draft(draft.id)
    assert all(p.text == q.text for s, t in zip(saved.sections, draft.sections)
               for p, q in zip(s.paragraphs, t.paragraphs)), "no key typed into the statement"


async def test_changing_a_rolled_drafts_period_says_its_words_were_not_rolled_again(indexed_workspace):
    draft = rolled_draft(indexed_workspace)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        desk = await open_desk(pilot)
        text = desk.editor.text
        await pilot.press("ctrl+g")
        await pilot.pause()
        app.screen.query_one("#details-period").value = "2025"
        await pilot.press("tab", "tab", "tab", "tab", "enter")
        await settle(pilot)
        assert any("were not rolled again" in message and "Severnshire, 2025" in message
                   for message in notifications(app))
        assert desk.editor.text == text
    assert indexed_workspace.get_draft(draft.id).period == "2025"
