"""The draft's header details: title, who presents it, meeting date, figures period, area."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from drafter.tui.screens.base import DismissedOnce

from drafter.errors import DrafterError
from drafter.tui.widgets.keys_in_order import InOrderInput

DATE_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
PERIOD_RE = re.compile(r"^\d{4}(-Q[1-4]|/\d{2})?$")


@dataclass
class DraftDetails:
    title: str
    date: str
    period: str
    area: str
    presented_by: str = ""

    def options(self) -> dict:
        """Keyword arguments for ``Workspace.new_draft`` (blank ones left to its defaults)."""
        return {name: value for name, value in self.__dict__.items() if value}


def usual_title_of(workspace) -> Callable[[str], str]:
    """For a new empty draft's form: the title a blank title gives, for the area as typed."""
    from drafter.drafts import usual_header

    def title_for(area: str) -> str:
        try:
            area = workspace.area_named(area) if area.strip() else ""
        except DrafterError:
            area = area.strip()  # said when the form is accepted; the title follows what is typed
        return usual_header(workspace.settings, area).title

    return title_for


def title_hint(title: str, room: int | None = None) -> str:
    """A placeholder naming the title a blank field gives, by its end (the force's name,
    the quarter a house style dates it by); within ``room`` columns its first words give
    way ("blank: “… Statement, April to June 2026”"), as the field shows a placeholder's
    start and the end is what the writer needs to see."""
    *_, tail = title.rpartition(" – ")
    opening = "… – " if tail != title else ""
    words = tail.split(" ")
    while room is not None and len(words) > 1 and cell_len(f"blank: “{opening}{' '.join(words)}”") > room:
        words, opening = words[1:], "… "
    return f"blank: “{opening}{' '.join(words)}”"


def copied_title(statement) -> str | None:
    """The title a blank title field keeps when copying ``statement`` forward."""
    return getattr(statement, "title", None) or None


def check_details(details: DraftDetails, period_by_shape: bool = True) -> tuple[str, str] | None:
    """The first problem with the details, as (field, message), or None; the period by its
    shape only when no workspace reads it (``period_by_shape``)."""
    if details.date and not DATE_RE.match(details.date):
        return "date", f"meeting date {details.date!r}: expected YYYY-MM, e.g. 2023-09"
    if period_by_shape and details.period and not PERIOD_RE.match(details.period):
        return "period", f"figures period {details.period!r}: expected 2022, 2022-Q3 or 2022/23"
    return None


class DetailsScreen(DismissedOnce, ModalScreen[DraftDetails | None]):
    """A small form; Enter in the last field (or the button) accepts.

    ``area_named`` (``Workspace.area_named``) checks the area and spells it as
    drafter does: a name that is no force or known area would match no figures,
    so the form stays open on it, saying the closest names.
    """

    BINDINGS = [Binding("escape", "cancel", "Cancel")]
    # Below 30 rows the fields sit closer, so five of them and a problem under
    # them still fit with the buttons (80x24).
    VERTICAL_BREAKPOINTS = [(0, "-short"), (30, "-tall")]

    FIELDS = (
        ("title", "Title", "blank: the usual board report title"),
        ("presented_by", "Presented by", "blank: the report has no \u201cPresented by\u201d line"),
        ("date", "Meeting date (YYYY-MM)", "e.g. 2023-09"),
        ("period", "Figures period (2022, 2022-Q3 or 2022/23)",
         "blank: the latest quarter with figures, up to the meeting"),
        ("area", "Area for figures", "e.g. Severnshire"),
    )

    def __init__(self, heading: str, details: DraftDetails, accept: str = "Start",
                 placeholders: dict[str, str] | None = None,
                 area_named: Callable[[str], str] | None = None, asks_presenter: bool = False,
                 title_for: Callable[[str], str] | None = None,
                 period_named: Callable[[str], str] | None = None,
                 kept_title: str | None = None) -> None:
        super().__init__()
        self.heading, self.details, self.accept = heading, details, accept
        self.placeholders = placeholders or {}
        self.area_named, self.period_named = area_named, period_named
        self.title_for = title_for
        """The title a blank title field gives, for the area typed: said in the field."""
        self.kept_title = kept_title
        """The title a blank title field keeps (the statement copied forward's): said in the field."""
        # A new draft's form keeps four fields (four Enters start it): copy forward takes
        # the statement's presenter, and the draft's details (Ctrl+G) can name one.
        self.fields = [field for field in self.FIELDS if asks_presenter or field[0] != "presented_by"]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="details"):
            yield Static(self.heading, classes="dialog-title", markup=False)
            with Vertical(id="details-fields"):
                for position, (name, label, placeholder) in enumerate(self.fields):
                    yield Static(label, classes="field-label" + (" first" if not position else ""))
                    yield InOrderInput(getattr(self.details, name) or "", compact=True,
                                placeholder=self.placeholders.get(name, placeholder),
                                id=f"details-{name}")
            yield Static("", id="details-problem", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.accept, variant="primary", id="details-ok", compact=True)
                yield Button("Cancel", id="details-cancel", compact=True)
            yield Static("Enter: next field, and on the last one "
                         f"{self.accept.lower()} · Esc cancels", classes="dialog-hint")

    def on_mount(self) -> None:
        blink = getattr(self.app, "CURSOR_BLINK", True)
        for field in self.query(Input):
            field.cursor_blink = blink
        self.query_one("#details-title", Input).focus()
        self.show_usual_title()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "details-area":
            self.show_usual_title()

    def on_resize(self) -> None:
        self.call_after_refresh(self.show_usual_title)

    def show_usual_title(self) -> None:
        """The title a blank field gives, its end within the field's width."""
        field = self.query_one("#details-title", Input)
        if self.title_for is not None:
            title = self.title_for(self.query_one("#details-area", Input).value)
        elif self.kept_title:
            title = self.kept_title
        else:
            return
        # The cursor's cell after the text is kept free; before layout, no room is known.
        room = field.content_size.width - 1 if field.content_size.width else None
        field.placeholder = title_hint(title, room)

    def collect(self) -> DraftDetails:
        values = {name: self.query_one(f"#details-{name}", Input).value.strip()
                  for name, _, _ in self.fields}
        return DraftDetails(**values)

    def enter_in_field(self, field: Input) -> None:
        """Enter moves to the next field at once (keys typed ahead follow it), and
        on the last one accepts."""
        fields = list(self.query(Input))
        if field is fields[-1]:
            self.submit()
        else:
            self.set_focus(fields[fields.index(field) + 1])

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "details-ok":
            self.submit()
        else:
            self.dismiss(None)

    def submit(self) -> None:
        # The form stays open on a problem, said under the fields, the field at fault focused.
        details = self.collect()
        problem = check_details(details, self.period_named is None)
        if problem is None and details.period and self.period_named is not None:
            try:  # as drafter reads a period anywhere: "2026-Q2", "April to June 2026", "YE2026-06"
                details.period = self.period_named(details.period)
            except DrafterError as error:
                problem = "period", str(error)
        if problem is None and details.area and self.area_named is not None:
            try:
                details.area = self.area_named(details.area)
            except DrafterError as error:
                problem = "area", str(error)
        shown = self.query_one("#details-problem", Static)
        shown.display = problem is not None
        if problem is not None:
            field, message = problem
            shown.update(f"{message[:1].upper()}{message[1:]}.")
            self.query_one(f"#details-{field}", Input).focus()
            return
        self.dismiss(details)

    def action_cancel(self) -> None:
        self.dismiss(None)
