"""Choose a section from a modal list (narrow terminals, where the list is hidden)."""

from __future__ import annotations

from drafter.tui.widgets.sections import SectionList
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static

from drafter.tui.screens.base import DismissedOnce


class SectionPickerScreen(DismissedOnce, ModalScreen[str | None]):
    BINDINGS = [Binding("escape,f2", "cancel", "Cancel")]

    def __init__(self, draft, current_key: str) -> None:
        super().__init__()
        self.draft, self.current_key = draft, current_key

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="section-picker"):
            yield Static("Go to section", classes="dialog-title")
            yield SectionList(id="picker-sections")
            yield Static("Enter opens · Esc cancels", classes="dialog-hint")

    def on_mount(self) -> None:
        sections = self.query_one(SectionList)
        sections.show_draft(self.draft, self.current_key)
        sections.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
