"""Shared by the desk tests (no tests here): building the app with a fixed clock
and short delays, waiting for background work, reading what the screen shows."""

from __future__ import annotations

import asyncio
from datetime import datetime
from pathlib import Path

import pytest
from drafter.tui.app import DeskApp, make_app

FIXED_NOW = datetime(2024, 5, 1, 9, 30)
SNAPSHOT_EXPORT_DIR = Path("/srv/statements")


@pytest.fixture(autouse=True)
def no_cursor_blink(monkeypatch):
    """A blinking cursor makes screenshots depend on timing."""
    monkeypatch.setattr(DeskApp, "CURSOR_BLINK", False)


def desk_app(workspace, *, export_dir: Path = SNAPSHOT_EXPORT_DIR, quick: bool = True) -> DeskApp:
    """The real desk with a fixed clock; ``quick`` shortens the typing pauses it waits for."""
    app = make_app(workspace, clock=lambda: FIXED_NOW, export_dir=export_dir)
    if quick:
        app.SUGGEST_DELAY = 0.25
        app.AUTOSAVE_DELAY = 0.3
    return app


async def wait_for(pilot, condition, timeout: float = 30.0, what: str = "condition") -> None:
    """Let the app run until ``condition()`` holds (background work finishes in its own time)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        await pilot.pause(0.02)


def busy(app) -> bool:
    return any(worker.is_running for worker in app.workers)


async def settle(pilot, timeout: float = 30.0) -> None:
    """Wait until no background work is running and its results are on screen."""
    await wait_for(pilot, lambda: not busy(pilot.app), timeout, "background work")
    await pilot.pause(0.05)  # results posted back by the workers are handled
    await wait_for(pilot, lambda: not busy(pilot.app), timeout, "background work")


async def open_desk(pilot):
    """Wait for the desk, the search index and the first suggestions."""
    from drafter.tui.screens.desk import DeskScreen

    app = pilot.app
    # Loading spaCy and the index takes seconds alone and far longer on a machine busy with other
    # work; waiting longer costs a passing run nothing.
    await wait_for(pilot, lambda: isinstance(app.screen, DeskScreen), timeout=120, what="the desk")
    await wait_for(pilot, lambda: app.index_ready, timeout=120, what="the search index")
    await settle(pilot, timeout=120)
    return app.screen


async def paste(pilot, text: str) -> None:
    """Paste ``text`` at the editor's cursor, as a terminal's bracketed paste delivers it."""
    from textual import events

    # The app passes a terminal's paste on to the focused widget.
    pilot.app.post_message(events.Paste(text))
    await pilot.pause()


async def new_paragraph_at_end(pilot, text: str) -> None:
    """Go to the end of the section, leave a blank line and paste ``text``."""
    await pilot.press("ctrl+end", "enter", "enter")
    await paste(pilot, text)


def notifications(app, severity: str | None = None) -> list[str]:
    return [message for level, message in app.notices if severity is None or level == severity]


def static_text(widget) -> str:
    """The plain text a Static shows."""
    return str(widget.render())


def copied_forward_draft(workspace, date: str = "2024-06"):
    """A draft copied forward from the newest statement in the corpus."""
    newest = workspace.list_statements()[0]
    return workspace.new_draft(from_statement=newest.id, date=date)


def newest_statement(workspace, force: str):
    """The newest statement of ``force`` in the corpus."""
    return next(s for s in workspace.list_statements() if s.force == force)


def newest_draft(workspace, force: str):
    """A draft copied forward from ``force``'s newest statement, for the meeting after it."""
    return workspace.new_draft(from_statement=newest_statement(workspace, force).id, date="2026-12")


def ashmoor_draft(workspace):
    """A draft copied forward from the newest Ashmoor statement (a web-style force)."""
    return newest_draft(workspace, "Ashmoor")


async def choose_statement_to_copy(pilot, position: int) -> None:
    """On the start screen: copy forward, then the statement at ``position`` in the list."""
    from drafter.tui.screens.start import StartScreen

    await wait_for(pilot, lambda: isinstance(pilot.app.screen, StartScreen), what="start screen")
    await pilot.press("enter")  # copy forward
    await settle(pilot)
    await pilot.press(*["down"] * position, "enter")


async def copy_forward_from_start(pilot, position: int):
    """Copy the statement at ``position`` forward from the start screen with the form's defaults; the desk."""
    await choose_statement_to_copy(pilot, position)
    await pilot.pause()
    await pilot.press("enter", "enter", "enter", "enter")  # the defaults: Start
    return await open_desk(pilot)


async def show_filled_sentences(pilot, desk) -> None:
    """Open the Figures pane (F4) and wait for its filled sentences."""
    await pilot.press("f4")
    await wait_for(pilot, lambda: bool(desk.figures.sentences), what="filled sentences")


async def open_review(pilot):
    """Open the review (F8) and wait for its findings; the review screen."""
    from drafter.tui.screens.review import ReviewScreen

    app = pilot.app
    await pilot.press("f8")
    await wait_for(pilot, lambda: isinstance(app.screen, ReviewScreen), what="review")
    review = app.screen
    await wait_for(pilot, lambda: bool(review.findings), timeout=60, what="findings")
    return review
