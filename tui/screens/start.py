"""First-run screens: seeding a new workspace, choosing how to start a draft, and
the wait while it is made."""

from __future__ import annotations

from drafter.tui.screens.base import DismissedOnce, ReportsWorkerFailures
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, OptionList, ProgressBar, Static
from textual.widgets.option_list import Option

from drafter.errors import DrafterError


class SeedingScreen(DismissedOnce, ReportsWorkerFailures, Screen[str | None]):
    """Fills a new workspace with the sample statements and figures, showing progress.

    Dismisses with None on success or the error message (the desk still opens:
    a workspace without samples is usable).
    """

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="seeding"):
            yield Static("Setting up your workspace", classes="dialog-title")
            yield Static("Adding the sample statements, figures and sentence templates. "
                         "This happens once.", classes="dialog-text")
            yield ProgressBar(total=None, show_eta=False, id="seeding-progress")
            yield Static("", id="seeding-step", markup=False)

    def on_mount(self) -> None:
        self.seed()

    @work(thread=True, exclusive=True, exit_on_error=False)
    def seed(self) -> None:
        def progress(what: str, done: int, total: int) -> None:
            self.app.call_from_thread(self.show_progress, what, done, total)

        try:
            self.app.workspace.seed(progress=progress)
        except DrafterError as error:
            self.app.call_from_thread(self.dismiss, str(error))
            return
        except Exception as error:  # a first run must still reach the desk
            self.app.call_from_thread(self.dismiss, f"{type(error).__name__}: {error}")
            return
        self.app.call_from_thread(self.dismiss, None)

    def show_progress(self, what: str, done: int, total: int) -> None:
        bar = self.query_one(ProgressBar)
        if total > 0:
            bar.update(total=total, progress=done)
        self.query_one("#seeding-step", Static).update(what)


START_CHOICES = (
    ("copy", "Copy forward from a past statement",
     "Last quarter's words become this quarter's draft, sources kept."),
    ("new", "Start an empty draft",
     "Introduction, the six priorities and the closing, ready to write."),
    ("open", "Open another draft", "Continue a draft saved earlier."),
)


class StartScreen(DismissedOnce, Screen[str | None]):
    """How to start: copy forward, empty, or open a draft. Dismisses with the choice."""

    BINDINGS = [Binding("escape", "cancel", "Back"), Binding("f1", "app.help", "Help")]

    def __init__(self, *, has_drafts: bool, cancellable: bool) -> None:
        super().__init__()
        self.has_drafts = has_drafts
        self.cancellable = cancellable

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="start"):
            yield Static("drafter · the drafting desk", classes="dialog-title")
            yield Static("A statement on the National Policing Priorities, written section "
                         "by section with past paragraphs and this period's figures beside "
                         "you. How would you like to start?", classes="dialog-text")
            options = []
            for key, label, detail in START_CHOICES:
                if key == "open" and not self.has_drafts:
                    continue
                prompt = Text()
                prompt.append(label, style="bold")
                prompt.append("\n" + detail, style="dim")
                options.append(Option(prompt, id=key))
            yield OptionList(*options, id="start-choices")
        yield Footer()

    def on_mount(self) -> None:
        choices = self.query_one(OptionList)
        choices.highlighted = 0
        choices.focus()
        self.call_after_refresh(self.app.start_index_after_paint)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        if action == "cancel":
            return self.cancellable  # nothing to go back to on a first run
        return True

    def action_cancel(self) -> None:
        if self.cancellable:
            self.dismiss(None)


class MakingDraftScreen(DismissedOnce, ModalScreen):
    """Stands in front while a new draft is made: copying forward rolls every figure on,
    which takes seconds, and keys pressed meanwhile must not go to the draft behind."""

    def __init__(self, what: str) -> None:
        super().__init__()
        self.what = what

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="making-draft"):
            yield Static(self.what, classes="dialog-title", markup=False)
            yield Static("The draft opens as soon as it is ready; this takes a few seconds.",
                         classes="dialog-text")
            yield ProgressBar(total=None, show_eta=False, show_percentage=False)
