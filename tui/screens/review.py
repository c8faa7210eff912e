"""The review screen: findings grouped by section; choosing one jumps to it."""

from __future__ import annotations

from drafter.tui.layout import SEVERITY_MARKS, short_title
from drafter.tui.screens.base import DismissedOnce, ReportsWorkerFailures
from drafter.tui.widgets.lists import HangingLine
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from drafter.errors import DrafterError

SEVERITY_STYLE = {"error": (SEVERITY_MARKS["error"], "bold red"), "warning": (SEVERITY_MARKS["warning"], "yellow"),
                  "info": (SEVERITY_MARKS["info"], "cyan")}
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def grouped(findings: list, section_order: list[str]) -> list[tuple[str, list]]:
    """Findings by section in the draft's order, those about the whole
    statement first and unknown sections last; worst first within."""
    groups: dict[str, list] = {}
    for finding in findings:
        groups.setdefault(finding.section or "", []).append(finding)

    def position(key: str) -> int:
        if not key:
            return -1
        return section_order.index(key) if key in section_order else len(section_order)
    ordered = sorted(groups.items(), key=lambda item: position(item[0]))
    return [(key, sorted(items, key=lambda f: (SEVERITY_ORDER.get(f.severity, 3),
                                                f.paragraph or 0)))
            for key, items in ordered]


NO_FINDINGS = "No findings: nothing to fix."


def finding_prompt(finding, where: str | None = None) -> HangingLine:
    """One finding's line; ``where`` names its paragraph as the review report
    does (``¶22``, or an unnumbered one's first words)."""
    mark, style = SEVERITY_STYLE.get(finding.severity, ("•", ""))
    body = Text()
    if where is None:
        where = f"¶{finding.paragraph}" if finding.paragraph is not None else "section"
    body.append(f"{where:<8}" + (" " if len(where) >= 8 else ""), style="bold")
    body.append(finding.message)
    body.append(f"  [{finding.kind}]", style="dim")
    # Wrapped lines stand under the place and words, so the marks stand alone down the list.
    return HangingLine(Text(f"{mark} ", style=style), body)


class ReviewScreen(DismissedOnce, ReportsWorkerFailures, ModalScreen):
    """Runs the review in the background; Enter on a finding returns it."""

    BINDINGS = [Binding("escape", "close", "Close"), Binding("r", "rerun", "Run again")]

    def __init__(self, workspace, draft) -> None:
        super().__init__()
        self.workspace = workspace
        self.draft_id = draft.id
        self.section_order = [section.key for section in draft.sections]
        self.headings = {section.key: section.heading for section in draft.sections}
        self.findings: list = []

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide-dialog picker", id="review"):
            yield Static("Review", classes="dialog-title")
            yield Static("Reviewing the draft…", id="review-state", markup=False)
            yield OptionList(id="review-findings")
            yield Static("Enter jumps to the paragraph · r runs again · Esc closes",
                         classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()
        self.run_review()

    @work(thread=True, exclusive=True)
    def run_review(self) -> None:
        try:
            report = self.workspace.review(self.draft_id)
        except DrafterError as error:
            self.app.call_from_thread(self.failed, str(error))
            return
        places = {id(finding): report.place(finding) for finding in report.findings}
        summary = report.findings_summary() if report.findings else NO_FINDINGS
        self.app.call_from_thread(self.show, list(report.findings), list(report.notes), places, summary)

    def failed(self, message: str) -> None:
        self.query_one("#review-state", Static).update(f"Review failed: {message}")
        self.app.notify(message, severity="error")

    def show(self, findings: list, notes: list[str] = (), places: dict | None = None,
             summary: str = NO_FINDINGS) -> None:
        """The findings, and under the report's summary of them ("39 findings:
        1 error, 30 warnings, 8 info", as ``drafter review`` words it) what the
        review could not do (numbers left unchecked without figures, nothing
        to compare with)."""
        self.findings = findings
        options: list[Option] = []
        index_of = {id(finding): index for index, finding in enumerate(findings)}
        for key, items in grouped(findings, self.section_order):
            heading = short_title(key, self.headings.get(key)) if key else "Whole statement"
            options.append(Option(Text(heading, style="bold underline"), disabled=True))
            for finding in items:
                where = (places or {}).get(id(finding))
                options.append(Option(finding_prompt(finding, where), id=str(index_of[id(finding)])))
        option_list = self.query_one(OptionList)
        option_list.set_options(options)
        self.query_one("#review-state", Static).update(
            "\n".join([summary, *(f"Note: {note}" for note in notes)]))
        for index, option in enumerate(options):
            if not option.disabled:
                option_list.highlighted = index
                break

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.dismiss(self.findings[int(event.option.id)])

    def action_rerun(self) -> None:
        self.query_one("#review-state", Static).update("Reviewing the draft…")
        self.run_review()

    def action_close(self) -> None:
        self.dismiss(None)
