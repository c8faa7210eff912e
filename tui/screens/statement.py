"""A past statement shown whole, scrolled to the paragraph a suggestion came from."""

from __future__ import annotations

from drafter.tui.screens.base import DismissedOnce, ReportsWorkerFailures
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from drafter.errors import DrafterError
from drafter.priorities import section_title


class StatementScreen(DismissedOnce, ReportsWorkerFailures, ModalScreen[None]):
    BINDINGS = [Binding("escape,q", "close", "Close")]

    def __init__(self, workspace, statement_id: int, number: int | None = None,
                 text: str | None = None) -> None:
        super().__init__()
        self.workspace, self.statement_id, self.number = workspace, statement_id, number
        # Unnumbered paragraphs (e.g. a closing section) are found by their words.
        self.text = " ".join(text.split()) if text else None

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide-dialog", id="statement"):
            yield Static("Loading statement…", classes="dialog-title", id="statement-title",
                         markup=False)
            yield VerticalScroll(id="statement-body", can_focus=True)
            yield Static("Esc closes · ↑ ↓ PgUp PgDn scroll", classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one("#statement-body").focus()
        self.load()

    @work(thread=True, exclusive=True)
    def load(self) -> None:
        try:
            statement = self.workspace.get_statement(self.statement_id)
        except DrafterError as error:
            self.app.call_from_thread(self.failed, str(error))
            return
        self.app.call_from_thread(self.show, statement)

    def failed(self, message: str) -> None:
        self.app.notify(message, severity="error")
        self.dismiss(None)

    def show(self, statement) -> None:
        title = " · ".join(part for part in (statement.force, statement.date, statement.title)
                           if part)
        self.query_one("#statement-title", Static).update(title or f"Statement {statement.id}")
        widgets: list[Static] = []
        target = None
        for section in statement.sections or []:
            heading = section_title(section.priority, section.heading)
            if heading:
                widgets.append(Static(heading, classes="statement-heading", markup=False))
            for paragraph in section.paragraphs:
                prefix = f"{paragraph.number}. " if paragraph.number is not None else ""
                widget = Static(prefix + paragraph.text, classes="statement-paragraph",
                                markup=False)
                if target is None and self.is_source(paragraph):
                    widget.add_class("-source")
                    target = widget
                widgets.append(widget)
        body = self.query_one("#statement-body", VerticalScroll)
        body.mount_all(widgets)
        if target is not None:
            self.call_after_refresh(body.scroll_to_widget, target, animate=False, top=True)

    def is_source(self, paragraph) -> bool:
        if self.number is not None:
            return paragraph.number == self.number
        return self.text is not None and " ".join(paragraph.text.split()) == self.text

    def action_close(self) -> None:
        self.dismiss(None)
