"""The status bar: which draft and section, what rolling forward left, the save
state, the search index state."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Static


class StatusBar(Horizontal):
    """``Draft 2 · Serious violence ¶10–17    Saved · rev 12 · 14:03 │ Index ready``."""

    def compose(self) -> ComposeResult:
        yield Static("", id="status-where", markup=False)
        yield Static("", id="status-roll", markup=False)
        yield Static("", id="status-save", markup=False)
        yield Static("", id="status-index", markup=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._shown: dict[str, str] = {}

    def _show(self, part: str, text: str) -> None:
        # Typing calls this on every key: only a real change may cost a layout.
        if self._shown.get(part) != text:
            self._shown[part] = text
            self.query_one(f"#status-{part}", Static).update(text)

    def show_where(self, text: str) -> None:
        self._show("where", text)

    def show_roll(self, text: str) -> None:
        """What rolling forward left (nothing shown for a draft that was not rolled)."""
        self._show("roll", text)
        self.query_one("#status-roll", Static).display = bool(text)

    def show_save(self, text: str) -> None:
        self._show("save", text)

    def show_index(self, text: str) -> None:
        self._show("index", text)
