"""The help screen: what the desk is for and every key, from the one key table."""

from __future__ import annotations

from drafter.tui.keys import DESK_ACTIONS, PANE_KEYS, display_key
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from drafter.tui.screens.base import DismissedOnce

INTRODUCTION = (
    "The desk writes one statement section by section. The editor holds the current "
    "section; leave a blank line between paragraphs and the numbers in the gutter are the "
    "ones the export will print. Beside it, Similar shows past paragraphs like the one "
    "under the cursor, Figures shows template sentences filled with this period's figures, "
    "and Preview shows the whole statement. Work is saved as you pause; every save is a "
    "revision you can go back to."
)


def key_table() -> Table:
    table = Table(box=None, show_header=False, padding=(0, 2, 0, 0), expand=True)
    table.add_column("key", style="bold", no_wrap=True, width=17)
    table.add_column("what", ratio=1)
    for action in DESK_ACTIONS:
        keys = " / ".join(display_key(key) for key in action.keys.split(","))
        table.add_row(keys, action.description)
    current = None
    for where, key, description in PANE_KEYS:
        if where != current:
            table.add_row("", "")
            table.add_row(Text(where, style="underline"), "")
            current = where
        table.add_row(" / ".join(display_key(k) for k in key.split(" / ")), description)
    return table


class HelpScreen(DismissedOnce, ModalScreen[None]):
    BINDINGS = [Binding("escape,f1,q,question_mark", "close", "Close")]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide-dialog", id="help"):
            yield Static("Help", classes="dialog-title")
            with VerticalScroll():
                yield Static(INTRODUCTION, classes="dialog-text", markup=False)
                yield Static(key_table())
            yield Static("Esc closes", classes="dialog-hint")

    def action_close(self) -> None:
        self.dismiss(None)
