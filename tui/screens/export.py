"""Ask where to export the statement, and in which format."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.content import Content
from textual.widgets import Button, Input, RadioButton, RadioSet, Static

from drafter.tui.screens.base import DismissedOnce

from drafter.tui.widgets.keys_in_order import InOrderInput

FORMATS = (("docx", "Word (.docx)"), ("md", "Markdown (.md)"), ("txt", "Plain text (.txt)"))


class FormatButton(RadioButton):
    """A format to choose. Textual draws every radio button's dot and tells the
    chosen one by its colour alone, which a terminal without colour (NO_COLOR,
    a monochrome console, a screen magnifier's high contrast) does not show:
    here only the chosen format has its dot."""

    @property
    def _button(self) -> Content:
        drawn = super()._button
        if self.value:
            return drawn
        # The same cells and styles, the dot left out: the button keeps its place and shape.
        return Content(drawn.plain.replace(self.BUTTON_INNER, " "), list(drawn.spans))


@dataclass
class ExportRequest:
    fmt: str
    path: Path


def with_format(name: str, fmt: str) -> str:
    """The same file name with the suffix of ``fmt`` (only a known export suffix is replaced)."""
    path = Path(name)
    if path.suffix.lower() in {".docx", ".md", ".txt"}:
        path = path.with_suffix("")
    return f"{path}.{fmt}"


class ExportScreen(DismissedOnce, ModalScreen[ExportRequest | None]):
    """Format, folder and file name; the folder and name start at the CLI's defaults."""

    # Up and Down change the format from the name field (where the dialog opens),
    # so Markdown is one key away rather than two Shift+Tabs and a Space.
    BINDINGS = [Binding("escape", "cancel", "Cancel"),
                Binding("up", "format(-1)", "Previous format", show=False),
                Binding("down", "format(1)", "Next format", show=False)]
    # Below 22 rows (70x20) the dialog's blank lines give way, so a problem said
    # under the fields leaves the buttons and the hint on the screen.
    VERTICAL_BREAKPOINTS = [(0, "-short"), (22, "-tall")]

    def __init__(self, draft, directory: Path, fmt: str = "docx") -> None:
        super().__init__()
        self.draft = draft
        self.fmt = fmt
        self.directory = str(directory)
        self.file_name = self.suggested_name(fmt, Path(directory))

    def suggested_name(self, fmt: str, folder: Path) -> str:
        """The CLI's default name (title and date) for ``fmt``, never a file in
        ``folder`` (``-2`` only when one of that name and extension is there)."""
        from drafter.export import default_output

        try:
            return default_output(self.draft, fmt, folder).name
        except OSError:  # a folder typed that cannot be looked in: the name as for any other
            return default_output(self.draft, fmt, Path(self.directory)).name

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="export"):
            yield Static("Export the statement", classes="dialog-title")
            with RadioSet(id="export-format"):
                for fmt, label in FORMATS:
                    yield FormatButton(label, value=(fmt == self.fmt), name=fmt)
            # The name first: the dialog opens on it, and Tab goes on to the folder
            # (below it), not past the folder to the Export button.
            yield Static("File name", classes="field-label")
            yield InOrderInput(self.file_name, id="export-name", compact=True)
            yield Static("Folder", classes="field-label")
            yield InOrderInput(self.directory, id="export-folder", compact=True)
            yield Static("", id="export-problem", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Export", variant="primary", id="export-go", compact=True)
                yield Button("Cancel", id="export-cancel", compact=True)
            yield Static("↑↓ format · Enter exports · Tab moves between fields · Esc cancels",
                         classes="dialog-hint")

    def on_mount(self) -> None:
        blink = getattr(self.app, "CURSOR_BLINK", True)
        for field in self.query(Input):
            field.cursor_blink = blink
        self.query_one("#export-name", Input).focus()

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        self.fmt = event.pressed.name or "docx"
        name = self.query_one("#export-name", Input)
        if name.value.strip() == self.file_name:
            # Still the suggestion: suggest again for this format, as "report-2.docx"
            # (a report.docx is there) must not become "report-2.md" beside no report.md.
            self.file_name = self.suggested_name(self.fmt, self.folder)
            name.value = self.file_name
        else:  # the writer's own name keeps its words
            name.value = with_format(name.value, self.fmt)

    def action_format(self, step: int) -> None:
        names = [fmt for fmt, _label in FORMATS]
        chosen = names[(names.index(self.fmt) + step) % len(names)]
        next(button for button in self.query(RadioButton) if button.name == chosen).value = True

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "export-go":
            self.submit()
        else:
            self.dismiss(None)

    @property
    def folder(self) -> Path:
        return Path(self.query_one("#export-folder", Input).value.strip() or ".").expanduser()

    @property
    def path(self) -> Path:
        return self.folder / self.query_one("#export-name", Input).value.strip()

    def problem(self) -> str | None:
        """What stops the export as asked, in words the writer can act on, or None."""
        from drafter.export import name_problem

        name = self.query_one("#export-name", Input).value.strip()
        if not name:
            return "Give the file a name."
        path = self.path
        try:
            if path.is_dir():
                return f"{path} is a folder: give a file name."
            if path.parent.exists() and not path.parent.is_dir():
                return f"{path.parent} is a file, not a folder: choose the folder to export into."
            if not path.parent.is_dir():
                return f"The folder {path.parent} does not exist: choose one that does."
        except OSError as error:  # e.g. a name longer than the disk allows
            return f"{path}: {(error.strerror or str(error)).lower()}; choose another name."
        problem = name_problem(name, self.fmt)
        return f"{problem[:1].upper()}{problem[1:]}." if problem is not None else None

    def submit(self) -> None:
        # The dialog stays open on a problem, with what was typed, to be put right.
        problem = self.problem()
        shown = self.query_one("#export-problem", Static)
        shown.update(problem or "")
        shown.display = problem is not None
        if problem is not None:
            self.app.notify(problem, severity="error")
            return
        self.dismiss(ExportRequest(self.fmt, self.path))

    def action_cancel(self) -> None:
        self.dismiss(None)
