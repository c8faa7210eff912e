"""A quarter's statement written at the desk in a hurry, each problem met
checked as the writer sees it: the wait while a draft is copied forward is
said, and keys pressed meanwhile do not land in the draft behind; a second
export goes where the first went; the status line keeps the draft's counts
whole on 80 columns; a report pasted as one long paragraph wraps whole, its
number on its first row only; an area that is no force is refused in the
details form, which stays open on it; Enter typed twice on its last field
closes it once, where the second closed the screen under it and stopped the
desk."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from drafter.tui.screens.desk import DeskScreen
from drafter.tui.screens.details import DetailsScreen
from drafter.tui.screens.export import ExportScreen
from drafter.tui.screens.start import MakingDraftScreen, StartScreen
from drafter.tui.widgets.editor import GUTTER_WIDTH
from test_tui_support import (
    copied_forward_draft,
    desk_app,
    no_cursor_blink,
    open_desk,
    paste,
    settle,
    static_text,
    wait_for,
)

__all__ = ["no_cursor_blink"]  # the autouse fixture, imported to apply here

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture
def held_back(indexed_workspace, monkeypatch) -> threading.Event:
    """Making a draft in the desk's background waits until the event is set,
    as a slow copy forward does; drafts the test itself makes are not held."""
    go = threading.Event()
    new_draft = indexed_workspace.new_draft

    def slow_new_draft(**options):
        if threading.current_thread() is not threading.main_thread():
            go.wait(60)
        return new_draft(**options)

    monkeypatch.setattr(indexed_workspace, "new_draft", slow_new_draft)
    return go


# -- copying forward takes seconds ----------------------------------------------------------
@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
async def test_copying_forward_says_so_and_keys_do_not_reach_the_draft_behind(
        indexed_workspace, held_back, size):
    earlier = copied_forward_draft(indexed_workspace)
    newest = indexed_workspace.list_statements()[0]
    app = desk_app(indexed_workspace)
    async with app.run_test(size=size) as pilot:
        desk = await open_desk(pilot)
        text_before = desk.editor.text
        await pilot.press("ctrl+n", "enter")  # copy forward
        await settle(pilot)
        await pilot.press("enter")  # the newest statement
        await pilot.pause()
        await pilot.press("enter", "enter", "enter", "enter")  # the defaults: Start
        await wait_for(pilot, lambda: isinstance(app.screen, MakingDraftScreen),
                       what="the wait to be shown")
        waiting = app.screen.query_one("#making-draft")
        title = static_text(waiting.query_one(".dialog-title"))
        assert title.startswith(f"Copying forward {newest.force} {newest.date}")
        assert waiting.region.right <= size[0] and waiting.region.bottom <= size[1]
        await pilot.press(*"abc", "enter")
        await pilot.pause()
        assert desk.editor.text == text_before, "nothing typed into the draft behind"
        held_back.set()
        await wait_for(pilot, lambda: isinstance(app.screen, DeskScreen) and app.screen is not desk,
                       what="the new draft")
        assert app.screen.session.draft.id != earlier.id
        assert app.screen.session.draft.from_statement == newest.id
        await settle(pilot)
    assert indexed_workspace.get_draft(earlier.id).section("introduction").text() \
        == earlier.section("introduction").text()


async def test_starting_the_first_draft_shows_the_wait_not_a_blank_screen(
        indexed_workspace, held_back):
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen), what="start screen")
        await pilot.press("down", "enter")  # an empty draft
        await pilot.pause()
        await pilot.press("enter", "enter", "enter", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, MakingDraftScreen),
                       what="the wait to be shown")
        assert static_text(app.screen.query_one(".dialog-title")) == "Starting an empty draft…"
        held_back.set()
        await open_desk(pilot)
        assert [type(screen) for screen in app.screen_stack[1:]] == [DeskScreen]


# -- exporting twice ----------------------------------------------------------------------------
async def test_a_second_export_offers_the_folder_the_first_went_to(indexed_workspace, tmp_path):
    copied_forward_draft(indexed_workspace)
    started_in, chosen = tmp_path / "home", tmp_path / "Panel papers"
    started_in.mkdir()
    chosen.mkdir()
    app = desk_app(indexed_workspace, export_dir=started_in)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_desk(pilot)
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen), what="the dialog")
        app.screen.query_one("#export-folder").value = str(chosen)
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.last_export is not None, what="the export")
        assert app.last_export.parent == chosen and app.last_export.suffix == ".docx"
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen), what="the dialog again")
        assert app.screen.query_one("#export-folder").value == str(chosen)


# -- the status line on 80 columns ----------------------------------------------------------------
def shown_whole(widget) -> bool:
    return widget.content_region.width >= len(static_text(widget))


async def test_the_status_line_keeps_the_drafts_counts_whole_on_80_columns(indexed_workspace):
    draft = copied_forward_draft(indexed_workspace)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(160, 48)) as pilot:
        desk = await open_desk(pilot)
        where = desk.query_one("#status-where")
        counts = f"{draft.paragraph_count} ¶ · {draft.word_count:,} words"
        assert static_text(where).endswith(counts) and shown_whole(where)
        assert static_text(desk.query_one("#status-index")) == "Search ready"
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert desk.query_one("#status-roll").display, "what the roll left is still said"
        assert static_text(where).endswith(counts) and shown_whole(where)
        # A state the writer must act on takes the counts' room back, in its short words where
        # its whole words would cut the draft's area and period too.
        app.index_state = "Building search index… 40%"
        await pilot.pause()
        assert static_text(desk.query_one("#status-index")) == "Indexing… 40%"
        assert where.render_line(0).text.strip().startswith(f"{draft.area} {draft.period}")
        await pilot.resize_terminal(120, 30)
        await pilot.pause()
        assert static_text(desk.query_one("#status-index")) == "Building search index… 40%"


# -- a report pasted as one paragraph ---------------------------------------------------------
def whole_statement_as_one_paragraph(name: str) -> str:
    path = Path(__file__).parent.parent / "corpus" / "statements" / name
    return " ".join(path.read_text(encoding="utf-8").split())


async def test_a_long_pasted_paragraph_wraps_whole_with_its_number_on_its_first_row(
        indexed_workspace):
    copied_forward_draft(indexed_workspace)
    pasted = whole_statement_as_one_paragraph("severnshire-2026-06.txt")
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        desk = await open_desk(pilot)
        editor = desk.editor
        following = desk.session.section.paragraphs[0].text
        await pilot.press("ctrl+home")
        await paste(pilot, pasted + "\n\n")
        await settle(pilot)
        shown = {}
        for top in range(0, editor.wrapped_document.height, editor.size.height):
            editor.scroll_to(y=top, animate=False)
            await pilot.pause()
            for y in range(editor.size.height):
                shown[editor.scroll_offset.y + y] = editor.render_line(y).text
        rows = [shown[y] for y in range(editor.wrapped_document.height)]
        gutters = [row[:GUTTER_WIDTH].strip() for row in rows]
        text = [row[GUTTER_WIDTH:].rstrip() for row in rows]
        numbered = [(index, label) for index, label in enumerate(gutters) if label]
        first = desk.session.first_number()
        blank = text.index("")
        assert numbered[:2] == [(0, str(first)), (blank + 1, str(first + 1))]
        assert " ".join(text[:blank]).split() == pasted.split()
        assert text[blank + 1].startswith(following.split()[0])


# -- the draft's area -----------------------------------------------------------------------------
@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
async def test_an_area_that_is_no_force_keeps_the_details_form_open(indexed_workspace, size):
    draft = copied_forward_draft(indexed_workspace)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=size) as pilot:
        desk = await open_desk(pilot)
        await pilot.press("ctrl+g")
        await wait_for(pilot, lambda: isinstance(app.screen, DetailsScreen), what="the form")
        form = app.screen
        area = form.query_one("#details-area")
        area.value = "Ynys Mon"
        area.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is form, "the form stays open"
        problem = form.query_one("#details-problem")
        assert problem.display and "Unknown area 'Ynys Mon'" in static_text(problem)
        assert problem.region.bottom <= size[1] and problem.region.height >= 2
        assert app.focused is area
        area.value = "north wales police"
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen is desk, what="the form to close")
        assert desk.session.draft.area == "North Wales", "spelt as drafter spells it"
        await wait_for(pilot, lambda: not desk.session.dirty, what="the save")
    assert indexed_workspace.get_draft(draft.id).area == "North Wales"


async def test_starting_a_draft_for_an_area_that_is_no_force_keeps_the_form_open(
        indexed_workspace):
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen), what="start screen")
        await pilot.press("down", "enter")  # an empty draft
        await wait_for(pilot, lambda: isinstance(app.screen, DetailsScreen), what="the form")
        form = app.screen
        form.query_one("#details-title").value = "Quarterly statement — Ŵyŷ “draft”"
        form.query_one("#details-area").value = "Gwent Polise"
        form.query_one("#details-area").focus()
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is form and "Gwent" in static_text(form.query_one("#details-problem"))
        assert form.query_one("#details-title").value == "Quarterly statement — Ŵyŷ “draft”"
        form.query_one("#details-area").value = "Gwent"
        await pilot.press("enter")
        desk = await open_desk(pilot)
        assert (desk.session.draft.area, desk.session.draft.title) == \
            ("Gwent", "Quarterly statement — Ŵyŷ “draft”")


# -- keys that arrive together ------------------------------------------------------------------
async def arriving_together(pilot, *keys: str) -> None:
    """Keys reaching the desk in one read, as over a slow remote connection:
    each is queued before the first is handled."""
    from textual import events

    characters = {"backspace": "\x7f", "ctrl+u": "\x15", "left": None}
    for key in keys:
        pilot.app.post_message(events.Key(key, characters.get(key, key)))
    await pilot.pause()


async def test_keys_arriving_together_act_in_the_order_typed(indexed_workspace, tmp_path):
    copied_forward_draft(indexed_workspace)
    app = desk_app(indexed_workspace, export_dir=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        desk = await open_desk(pilot)
        editor = desk.query_one("#editor")
        first_line = editor.document.get_line(0)
        editor.focus()
        editor.move_cursor((0, 0))
        await arriving_together(pilot, "x", "y", "z", "backspace", "W", "left", "V")
        assert editor.document.get_line(0) == "xyVW" + first_line
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen), what="the dialog")
        await arriving_together(pilot, "ctrl+u", *"plan.docx")
        assert app.screen.query_one("#export-name").value == "plan.docx"


async def test_enter_twice_on_the_details_forms_last_field_closes_it_once(indexed_workspace):
    copied_forward_draft(indexed_workspace)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        desk = await open_desk(pilot)
        await pilot.press("ctrl+g")
        await wait_for(pilot, lambda: isinstance(app.screen, DetailsScreen), what="the form")
        app.screen.query_one("#details-area").focus()
        await arriving_together(pilot, "enter", "enter")
        await wait_for(pilot, lambda: app.screen is desk, what="the form to close")
        await pilot.pause()
        assert app.screen is desk and app.is_running, "the second Enter reached a closed form and stopped the desk"
