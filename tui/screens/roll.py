"""One paragraph before and after rolling forward: the words as copied beside
the words now, what moved (each number, its figure, periods and source) and
what was left for the writer, with keys to reject the roll or go on to the
next paragraph with something left. Dismissed with ``reject``, ``next`` or None."""

from __future__ import annotations

from drafter.tui.rolled import left_for_writer, side_by_side
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from drafter.tui.screens.base import DismissedOnce


def moved_table(rolled: list[dict]) -> Table:
    table = Table(box=None, show_header=False, padding=(0, 1, 0, 0), expand=True)
    table.add_column("change", no_wrap=True)
    table.add_column("figure", ratio=1)
    for entry in rolled:
        change = Text(f"{entry.get('old')} → ")
        change.append(str(entry.get("new")), style="bold green")
        measure = str(entry.get("measure", "")).replace("_", " ")
        where = ", ".join(str(part) for part in (measure, entry.get("area")) if part)
        table.add_row(change, f"{where}: {entry.get('from_period')} → {entry.get('to_period')}"
                              + (f" ({entry['source']})" if entry.get("source") else ""))
    return table


def left_table(entries: list[dict]) -> Table:
    table = Table(box=None, show_header=False, padding=(0, 1, 0, 0), expand=True)
    table.add_column("words", ratio=1)
    table.add_column("reason", ratio=2)
    for entry in entries:
        table.add_row(Text(f"“{entry.get('text')}”", style="bold yellow"), str(entry.get("reason", "")))
    return table


class RollScreen(DismissedOnce, ModalScreen[str | None]):
    BINDINGS = [
        Binding("escape,q", "close", "Close"),
        Binding("r", "answer('reject')", "Reject the roll"),
        Binding("n", "answer('next')", "Next left"),
    ]

    def __init__(self, paragraph, where: str) -> None:
        super().__init__()
        self.paragraph, self.where = paragraph, where

    def compose(self) -> ComposeResult:
        origin = self.paragraph.origin
        before, after = side_by_side(origin.copied or "", self.paragraph.text)
        left = left_for_writer(self.paragraph)
        periods = sorted({(e.get("from_period"), e.get("to_period")) for e in origin.rolled})
        moved = "; ".join(f"{old} → {new}" for old, new in periods[:2])
        with Vertical(classes="dialog wide-dialog", id="roll"):
            yield Static(f"{self.where} · rolled forward {moved}" if moved
                         else f"{self.where} · copied forward; no figure in it moved",
                         classes="dialog-title", markup=False)
            with VerticalScroll(id="roll-body", can_focus=True):
                with Horizontal(id="roll-versions"):
                    with Vertical(classes="roll-version"):
                        yield Static("As copied", classes="roll-label")
                        yield Static(before, id="roll-before")
                    with Vertical(classes="roll-version"):
                        yield Static("Now", classes="roll-label")
                        yield Static(after, id="roll-after")
                count = len(origin.rolled)
                yield Static(f"Moved: {count} figure{'s' if count != 1 else ''}"
                             if count else "Moved: no figure", classes="roll-label")
                if origin.rolled:
                    yield Static(moved_table(origin.rolled), id="roll-moved")
                yield Static(f"Left for you: {len(left)}" if left else "Left for you: nothing",
                             classes="roll-label")
                if left:
                    yield Static(left_table(left), id="roll-left")
            yield Static("r rejects the roll · n next paragraph with something left · Esc closes",
                         classes="dialog-hint", markup=False)

    def on_mount(self) -> None:
        self.query_one("#roll-body").focus()

    def action_answer(self, answer: str) -> None:
        self.dismiss(answer)

    def action_close(self) -> None:
        self.dismiss(None)
