"""The desk's multi-step actions: export, review, revisions, draft details.

Each asks in a modal, makes sure the draft is saved (the engine exports and
reviews what is stored), then does the work in a thread worker and reports in
a notification. Engine errors become error notifications, never a crash.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from drafter.errors import DrafterError
from drafter.tui.rolled import was_rolled

if TYPE_CHECKING:
    from drafter.tui.screens.desk import DeskScreen


def _in_thread(desk: "DeskScreen", job, done, *, group: str) -> None:
    """Run ``job()`` in a thread; ``done(result)`` on the UI thread, or an error notification."""
    app = desk.app

    def work() -> None:
        try:
            result = job()
        except DrafterError as error:
            app.call_from_thread(app.notify, str(error), severity="error")
            return
        app.call_from_thread(done, result)

    desk.run_worker(work, thread=True, group=group, exclusive=True, exit_on_error=False)


# -- export ----------------------------------------------------------------------------
def export(desk: "DeskScreen") -> None:
    from drafter.tui.screens.export import ExportScreen

    desk.sync_editor()
    desk.app.push_screen(ExportScreen(desk.session.draft, desk.app.export_dir),
                         lambda request: _export_chosen(desk, request))


def _export_chosen(desk: "DeskScreen", request) -> None:
    from drafter.tui.screens.confirm import ConfirmScreen

    if request is None:
        return
    if request.path.exists():
        desk.app.push_screen(
            ConfirmScreen(f"{request.path} exists. Replace it?", yes="Replace", no="Cancel"),
            lambda replace: replace and _export_checked(desk, request))
        return
    _export_checked(desk, request)


def _export_checked(desk: "DeskScreen", request) -> None:
    from drafter.tui.screens.confirm import ConfirmScreen

    def ask() -> None:
        # Asked of what export writes: the draft as stored, changes made elsewhere and all.
        try:
            stored = desk.app.workspace.get_draft(desk.session.draft.id)
        except DrafterError as error:
            desk.notify(str(error), severity="error")
            return
        question = incomplete_question(stored)
        if question is None:
            _export_run(desk, request, force=False)
            return
        desk.app.push_screen(ConfirmScreen(question, yes="Export anyway", no="Cancel"),
                             lambda anyway: anyway and _export_run(desk, request, force=True))

    desk.save_then(ask)


def incomplete_question(draft) -> str | None:
    """What export would refuse the draft for, asked as a question; None when it is complete."""
    from drafter.export import empty_priorities, unfilled_placeholders

    gaps, empty = unfilled_placeholders(draft), empty_priorities(draft)
    if not gaps and not empty:
        return None
    told = []
    if gaps:
        listed = "\n".join(f"  {heading}: {placeholder}" for heading, placeholder in gaps[:5])
        more = f"\n  … and {len(gaps) - 5} more" if len(gaps) > 5 else ""
        # A template's missing figure, or a note the writer left ("TODO", "[insert rate]").
        told.append(f"The draft still has {len(gaps)} unfilled placeholder"
                    f"{'s' if len(gaps) != 1 else ''}:\n{listed}{more}")
    if empty:
        listed = "\n".join(f"  {heading}" for heading in empty)
        told.append(f"These priority sections have nothing in them yet:\n{listed}" if len(empty) > 1
                    else f"This priority section has nothing in it yet:\n{listed}")
    return "\n\n".join([*told, "Export anyway?"])


def _export_run(desk: "DeskScreen", request, *, force: bool) -> None:
    workspace = desk.app.workspace
    draft_id = desk.session.draft.id

    def job():
        return workspace.export_draft(draft_id, request.fmt, request.path, force=force)

    def done(path) -> None:
        desk.app.last_export = path
        desk.app.export_dir = path.parent  # the next export is offered the same folder
        desk.notify(f"Exported to {path}", title="Export")

    _in_thread(desk, job, done, group="export")


# -- review ----------------------------------------------------------------------------
def review(desk: "DeskScreen") -> None:
    from drafter.tui.screens.review import ReviewScreen

    def open_review() -> None:
        desk.app.push_screen(ReviewScreen(desk.app.workspace, desk.session.draft),
                             lambda finding: _jump_to_finding(desk, finding))

    desk.save_then(open_review)


def _jump_to_finding(desk: "DeskScreen", finding) -> None:
    if finding is None:
        return
    section = finding.section
    if section is None and finding.kind == "missing-priority":
        # Its evidence names the missing priorities in order: open the first.
        section = next(iter(finding.evidence.split()), None)
    desk.go_to(section, getattr(finding, "index", None), finding.paragraph)


# -- revisions ---------------------------------------------------------------------------
def revisions(desk: "DeskScreen") -> None:
    from drafter.tui.screens.pickers import RevisionPickerScreen

    def open_list() -> None:
        session = desk.session
        desk.app.push_screen(
            RevisionPickerScreen(desk.app.workspace, session.draft.id, session.revision),
            lambda number: _revision_chosen(desk, number))

    desk.save_then(open_list)


def _revision_chosen(desk: "DeskScreen", number: int | None) -> None:
    from drafter.tui.screens.confirm import ConfirmScreen

    session = desk.session
    if number is None:
        return
    if number == session.revision:
        desk.notify(f"Revision {number} is the text you have now.")
        return
    question = (f"Restore revision {number}? The text you have now stays in the list as "
                f"revision {session.revision}, so this can be undone by restoring that.")
    desk.app.push_screen(ConfirmScreen(question, yes="Restore", no="Cancel"),
                         lambda yes: yes and desk.save_then(lambda: _restore(desk, number)))


def _restore(desk: "DeskScreen", number: int) -> None:
    workspace = desk.app.workspace
    draft_id = desk.session.draft.id
    kept = desk.session.revision  # the text before the restore, saved: what taking it back restores

    def job():
        return workspace.restore_revision(draft_id, number)

    def done(draft) -> None:
        desk.replace_draft(draft)
        desk.restored_over = kept
        desk.notify(f"Restored revision {number} (now revision {draft.revision})")

    _in_thread(desk, job, done, group="restore")


# -- details ------------------------------------------------------------------------------
def edit_details(desk: "DeskScreen") -> None:
    from drafter.export import presenter
    from drafter.tui.screens.details import DetailsScreen, DraftDetails

    draft = desk.session.draft
    current = DraftDetails(title=draft.title, date=draft.date, period=draft.period,
                           area=draft.area, presented_by=presenter(draft))

    def apply(details) -> None:
        if details is None:
            return
        wanted = details.options()
        # A blank presenter is a choice, not a default: the report then has no such line.
        wanted["presented_by"] = details.presented_by
        changed = False
        for name, value in wanted.items():
            if getattr(current, name) != value:
                setattr(draft, name, value)
                changed = True
        if changed:
            desk.session.touch()
            desk.show_sections()
            desk.request_figures()
            desk.save()
        if changed and (draft.period, draft.area) != (current.period, current.area) and was_rolled(draft):
            # The words rolled at copy forward keep their figures: say so, not leave it to be found.
            desk.notify(f"Figures are now {draft.area}, {draft.period} for the Figures pane and review. "
                        "The words copied forward were not rolled again: copy the statement forward "
                        "again (Ctrl+N) to roll them to this period.", title="Draft details", timeout=10)

    desk.app.push_screen(DetailsScreen("Draft details", current, accept="Apply", asks_presenter=True,
                                       area_named=desk.app.workspace.area_named,
                                       period_named=desk.app.workspace.period_named), apply)
