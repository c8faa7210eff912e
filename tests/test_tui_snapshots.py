"""Screenshots of the desk's main screens at 80x24 and 160x48, compared with the
accepted SVGs in tests/__snapshots__/. After a deliberate change to the look,
review the new pictures and accept them with ``pytest --snapshot-update``.

The clock is fixed, the export folder is a made-up path and notifications are
cleared before each picture, so nothing in them changes from run to run.
"""

from __future__ import annotations

import pytest
from test_tui_support import (
    copied_forward_draft,
    desk_app,
    no_cursor_blink,
    open_desk,
    settle,
    wait_for,
)

__all__ = ["no_cursor_blink"]  # the autouse fixture, imported to apply here

NARROW, WIDE = (80, 24), (160, 48)
SIZES = pytest.mark.parametrize("size", [NARROW, WIDE], ids=["80x24", "160x48"])


def at_section(key: str, *keys: str):
    """A run_before that opens the desk at section ``key`` and then presses ``keys``."""

    async def run_before(pilot) -> None:
        desk = await open_desk(pilot)
        while desk.session.section_key != key:
            await pilot.press("ctrl+down")
        await settle(pilot)
        if keys:
            await pilot.press(*keys)
            await settle(pilot)
        pilot.app.clear_notifications()
        await pilot.pause()

    return run_before


@SIZES
def test_desk_with_similar_paragraphs(indexed_workspace, snap_compare, size):
    copied_forward_draft(indexed_workspace)
    assert snap_compare(desk_app(indexed_workspace), terminal_size=size,
                        run_before=at_section("serious-violence"))


@SIZES
def test_desk_with_figures(indexed_workspace, snap_compare, size):
    copied_forward_draft(indexed_workspace)

    async def run_before(pilot) -> None:
        await at_section("homicide", "f4")(pilot)
        desk = pilot.app.screen
        await wait_for(pilot, lambda: bool(desk.figures.sentences), what="filled sentences")
        await pilot.pause()

    assert snap_compare(desk_app(indexed_workspace), terminal_size=size, run_before=run_before)


def test_desk_with_preview(indexed_workspace, snap_compare):
    copied_forward_draft(indexed_workspace)
    assert snap_compare(desk_app(indexed_workspace), terminal_size=NARROW,
                        run_before=at_section("introduction", "f5"))


@SIZES
def test_start_screen(indexed_workspace, snap_compare, size):
    async def run_before(pilot) -> None:
        from drafter.tui.screens.start import StartScreen

        await wait_for(pilot, lambda: isinstance(pilot.app.screen, StartScreen), what="start")
        await wait_for(pilot, lambda: pilot.app.index_ready, what="the search index")

    assert snap_compare(desk_app(indexed_workspace), terminal_size=size, run_before=run_before)


def test_help_screen(indexed_workspace, snap_compare):
    copied_forward_draft(indexed_workspace)
    assert snap_compare(desk_app(indexed_workspace), terminal_size=NARROW,
                        run_before=at_section("introduction", "f1"))


def test_export_dialog(indexed_workspace, snap_compare):
    copied_forward_draft(indexed_workspace)
    assert snap_compare(desk_app(indexed_workspace), terminal_size=NARROW,
                        run_before=at_section("introduction", "ctrl+o"))


def typed_under_homicide(text: str):
    """A run_before that types ``text`` as the first paragraph of Homicide in an empty draft."""

    async def run_before(pilot) -> None:
        from test_tui_support import paste

        desk = await open_desk(pilot)
        while desk.session.section_key != "homicide":
            await pilot.press("ctrl+down")
        await settle(pilot)
        asked = len(pilot.app.suggestion_latencies)
        await paste(pilot, text)
        await wait_for(pilot, lambda: len(pilot.app.suggestion_latencies) > asked, what="suggestions")
        await settle(pilot)
        pilot.app.clear_notifications()
        await pilot.pause()

    return run_before


def test_similar_with_a_weak_list(indexed_workspace, snap_compare):
    """Nothing in the corpus is close: the pane says so and every cue is weak."""
    indexed_workspace.new_draft(date="2026-11")
    assert snap_compare(desk_app(indexed_workspace), terminal_size=NARROW,
                        run_before=typed_under_homicide("The Commissioner thanked the volunteers "
                                                        "who staffed the open day stand."))


def test_similar_with_closer_matches_elsewhere(indexed_workspace, snap_compare):
    """Knife crime written under Homicide: the weeks of action under Serious violence come next."""
    indexed_workspace.new_draft(date="2026-11")
    assert snap_compare(desk_app(indexed_workspace), terminal_size=NARROW,
                        run_before=typed_under_homicide("Officers seized weapons during a week of "
                                                        "action against knife crime"))


def rolled_draft(workspace):
    source = next(s for s in workspace.list_statements() if s.force == "Severnshire" and s.date == "2026-06")
    return workspace.new_draft(from_statement=source.id, date="2026-09")


def test_rolled_figures_in_the_editor(indexed_workspace, snap_compare):
    rolled_draft(indexed_workspace)
    assert snap_compare(desk_app(indexed_workspace), terminal_size=NARROW,
                        run_before=at_section("serious-violence"))


def test_a_paragraph_before_and_after_rolling(indexed_workspace, snap_compare):
    rolled_draft(indexed_workspace)
    assert snap_compare(desk_app(indexed_workspace), terminal_size=NARROW,
                        run_before=at_section("serious-violence", "f12"))
