"""Shared by the desk's dialog tests (no tests here): one dialog shown on its own,
styled as the desk styles it, without a workspace or the search index."""

from __future__ import annotations

from pathlib import Path

import drafter.tui
from textual.app import App
from textual.worker import WorkerState


class ScreenHost(App):
    """An app that opens on ``screen``; the desk's style sheet, no blinking cursor."""

    CSS_PATH = str(Path(drafter.tui.__file__).with_name("drafter.tcss"))
    CURSOR_BLINK = False

    def __init__(self, screen) -> None:
        super().__init__()
        self.first_screen = screen
        self.worker_failures: list[BaseException] = []

    def on_mount(self) -> None:
        self.push_screen(self.first_screen)

    def report_worker_failure(self, event) -> None:
        """As the desk's app is told of its screens' workers: a failure is kept for the test."""
        if event.state == WorkerState.ERROR:
            self.worker_failures.append(event.worker.error)
