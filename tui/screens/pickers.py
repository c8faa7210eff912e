"""Modal lists to choose from: past statements, drafts, revisions."""

from __future__ import annotations

from datetime import datetime

from drafter.tui.screens.base import DismissedOnce, ReportsWorkerFailures
from drafter.tui.widgets.lists import HangingLine
from rich.cells import cell_len
from rich.console import Group
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from drafter.errors import DrafterError


def local_time(stamp: str | None) -> str:
    """An ISO timestamp (UTC) as local ``YYYY-MM-DD HH:MM``; unparseable ones unchanged."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


class Details:
    """Facts about an item on indented lines, joined by " · " and wrapped only
    between facts, so "0/8 sections done" is never cut in two and every line
    starts under the first."""

    SEPARATOR = " · "

    def __init__(self, facts: list[str], *, indent: int = 2, style: str = "dim") -> None:
        self.facts, self.indent, self.style = [fact for fact in facts if fact], indent, style

    def lines(self, width: int) -> list[str]:
        room = max(1, width - self.indent)
        lines: list[str] = []
        for fact in self.facts:
            joined = f"{lines[-1]}{self.SEPARATOR}{fact}" if lines else fact
            if lines and cell_len(joined) <= room:
                lines[-1] = joined
            else:
                lines.append(fact)
        return lines

    def __str__(self) -> str:
        return self.SEPARATOR.join(self.facts)

    def __rich_console__(self, console, options):
        for line in self.lines(options.max_width):
            yield Text(" " * self.indent + line, style=self.style)


class PickerScreen(DismissedOnce, ReportsWorkerFailures, ModalScreen):
    """A titled list loaded in the background; Enter returns the option's id."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]
    TITLE_TEXT = ""
    HINT = "Enter chooses · Esc cancels"
    EMPTY = "Nothing to choose from."

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide-dialog picker"):
            yield Static(self.TITLE_TEXT, classes="dialog-title", markup=False)
            yield Static("Loading…", classes="picker-state", markup=False)
            yield OptionList(classes="picker-list")
            yield Static(self.HINT, classes="dialog-hint", markup=False)

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()
        self.load()

    @work(thread=True, exclusive=True)
    def load(self) -> None:
        try:
            rows = self.fetch()
        except DrafterError as error:
            self.app.call_from_thread(self.show_error, str(error))
            return
        self.app.call_from_thread(self.show, rows)

    def fetch(self) -> list:
        raise NotImplementedError

    def option(self, row) -> Option:
        raise NotImplementedError

    def show(self, rows: list) -> None:
        options = [self.option(row) for row in rows]
        option_list = self.query_one(OptionList)
        option_list.set_options(options)
        state = self.query_one(".picker-state", Static)
        state.update(self.EMPTY if not options else self.summary(rows))
        if options:
            option_list.highlighted = self.first_choice(rows)

    def first_choice(self, rows: list) -> int:
        """The row highlighted when the list opens."""
        return 0

    def summary(self, rows: list) -> str:
        return ""

    def show_error(self, message: str) -> None:
        self.app.notify(message, severity="error")
        self.dismiss(None)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(int(event.option.id))

    def action_cancel(self) -> None:
        self.dismiss(None)


class StatementPickerScreen(PickerScreen):
    """Past statements, newest first, to copy a new draft forward from."""

    TITLE_TEXT = "Copy forward from a past statement"
    EMPTY = "The corpus has no statements yet (drafter corpus add FILES adds some)."

    def __init__(self, workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.own_force: str | None = None

    def fetch(self) -> list:
        self.own_force = self.workspace.settings.force
        return self.workspace.list_statements()

    def first_choice(self, rows: list) -> int:
        """The newest statement of the workspace's own force: a corpus holding
        other forces' statements (for Similar) may list one of theirs first."""
        own = (self.own_force or "").casefold()
        return next((at for at, row in enumerate(rows) if (row.force or "").casefold() == own), 0)

    def summary(self, rows: list) -> str:
        said = f"{len(rows)} statement{'s' if len(rows) != 1 else ''}, newest first"
        if self.first_choice(rows):
            said += f"; {self.own_force}'s newest is highlighted"
        return said

    def option(self, statement) -> Option:
        facts = [statement.force or "unknown force", f"{statement.paragraphs} ¶", statement.file]
        date = Text(f"{statement.date or '????'}  ", style="bold")
        return Option(HangingLine(date, Details(facts, indent=0, style="")), id=str(statement.id))


class DraftPickerScreen(PickerScreen):
    """The workspace's drafts, most recently saved first."""

    TITLE_TEXT = "Open a draft"
    EMPTY = "No drafts yet."

    def __init__(self, workspace) -> None:
        super().__init__()
        self.workspace = workspace

    def fetch(self) -> list:
        return self.workspace.list_drafts()

    def option(self, draft) -> Option:
        figures = " ".join(part for part in (draft.area, draft.period) if part)
        facts = [f"draft {draft.id}", draft.date or "", f"figures {figures}" if figures else "",
                 f"rev {draft.revision}", f"{draft.sections_done}/{draft.sections_total} sections done",
                 f"{draft.paragraphs} ¶", f"saved {local_time(draft.updated_at)}"]
        return Option(Group(Text(draft.title or "Untitled", style="bold"), Details(facts)),
                      id=str(draft.id))


class RevisionPickerScreen(PickerScreen):
    """A draft's saved revisions, newest first; choosing one asks before restoring."""

    TITLE_TEXT = "Revisions"
    HINT = "Enter restores (after asking) · Esc cancels"
    EMPTY = "No revisions saved yet."

    def __init__(self, workspace, draft_id: int, current: int) -> None:
        super().__init__()
        self.workspace, self.draft_id, self.current = workspace, draft_id, current

    def fetch(self) -> list:
        return list(reversed(self.workspace.draft_revisions(self.draft_id)))

    def summary(self, rows: list) -> str:
        count = f"{len(rows)} revision{'s' if len(rows) != 1 else ''}"
        return f"{count}; the current one is rev {self.current}"

    def option(self, revision) -> Option:
        facts = [local_time(revision.saved_at), f"{revision.paragraphs} ¶", revision.note or "",
                 "current" if revision.number == self.current else ""]
        number = Text(f"rev {revision.number:<4} ", style="bold")
        return Option(HangingLine(number, Details(facts, indent=0, style="")), id=str(revision.number))
