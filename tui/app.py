"""The desk application: first-run seeding, the search index in the background,
choosing or starting a draft, and saving before quitting.

``make_app(workspace)`` is the one way to build it, for the CLI and the tests.
"""

from __future__ import annotations

from collections import deque
from datetime import datetime
from pathlib import Path
from typing import Callable

from drafter.tui.commands import DeskPalette
from drafter.tui.layout import INDEX_READY
from drafter.tui.notifications import DeskNotifications
from drafter.tui.screens.desk_saving import SAVE_ERRORS
from drafter.tui.session import DraftSession
from drafter.tui.stray_keys import StrayKeysToEditor
from drafter.tui.terminal import desk_driver
from textual import work
from textual.app import App
from textual.binding import Binding
from textual.reactive import reactive
from textual.worker import Worker, WorkerState

from drafter.errors import BadQuery, DrafterError, SynonymsError

Clock = Callable[[], datetime]


def synonyms_advice(message: str) -> str:
    """What to do about a bad synonyms file: the file is fixed, not the index."""
    return (f"Search is stopped by the synonyms file: {message}. Fix that line and save "
            "the file; the next search reads it again (keep typing, or press F3).")


class DeskApp(DeskNotifications, DeskPalette, StrayKeysToEditor, App):
    """The drafting desk over one workspace."""

    CSS_PATH = "drafter.tcss"
    TITLE = "drafter desk"
    # Below WIDE_AT columns the section list folds away and the side panes go
    # under the editor, so an 80x24 terminal keeps a usable editor.
    WIDE_AT = 120
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (WIDE_AT, "-wide")]
    BINDINGS = [
        Binding("f1", "help", "Help", show=False),
        Binding("ctrl+q", "quit", "Quit", priority=True),
    ]

    CURSOR_BLINK = True
    """Tests turn this off so screenshots do not depend on the blink phase."""
    SUGGEST_DELAY = 0.3
    """Seconds of pause in typing before Similar is refreshed."""
    AUTOSAVE_DELAY = 1.5
    """Seconds of pause in typing before the draft is saved."""

    index_state = reactive("Loading search index…")
    """What the status bar says about the search index."""

    def __init__(self, workspace, *, clock: Clock | None = None,
                 export_dir: Path | None = None) -> None:
        super().__init__()
        self.workspace = workspace
        self.now: Clock = clock or datetime.now
        self.export_dir = Path(export_dir) if export_dir is not None else Path.cwd()
        self._index_started = False
        self._synonyms_problem: str | None = None
        self.index_ready = False
        self.last_export: Path | None = None
        self.suggestion_times: deque[tuple[float, float]] = deque(maxlen=1000)
        """(asked, shown) perf_counter times of each suggestion refresh (for the benchmark)."""
        self.notices: deque[tuple[str, str]] = deque(maxlen=200)
        """Every notification shown, newest last: (severity, message)."""

    def get_driver_class(self):
        return desk_driver(super().get_driver_class())

    # -- start-up ---------------------------------------------------------------------
    def on_mount(self) -> None:
        self._catch_hangups()
        if not self.workspace.is_seeded:
            from drafter.tui.screens.start import SeedingScreen

            self.push_screen(SeedingScreen(), self._seeded)
        else:
            self._start_desk()  # the first frame is already the desk

    def _catch_hangups(self) -> None:
        """Save before going when the terminal goes away (SSH dropped, tmux killed)."""
        import asyncio
        import signal

        loop = asyncio.get_running_loop()
        self._signals = []
        for number in (signal.SIGHUP, signal.SIGTERM):
            try:
                loop.add_signal_handler(number, self._save_and_exit)
            except (NotImplementedError, RuntimeError, ValueError):
                continue  # not the main thread, or a platform without these signals
            self._signals.append(number)

    def on_unmount(self) -> None:
        import asyncio

        loop = asyncio.get_running_loop()
        for number in getattr(self, "_signals", []):
            loop.remove_signal_handler(number)

    def _save_and_exit(self) -> None:
        desk = self.desk
        try:
            if desk is not None:
                desk.save_before_leaving()
        except SAVE_ERRORS as error:
            self.log.error(f"could not save on hangup: {error}")
        finally:
            self.exit()  # whatever went wrong, a desk told to go must not stay

    def _seeded(self, problem: str | None) -> None:
        if problem:
            self.notify(f"The sample data could not be added: {problem}", severity="error")
        self._start_desk()

    def _start_desk(self) -> None:
        try:
            resume = self.workspace.draft_to_resume()
        except DrafterError as error:
            self.notify(str(error), severity="error")
            resume = None
        if resume is not None:
            self.open_draft_id(resume)
        else:
            self.choose_start(cancellable=False)

    def _list_drafts(self) -> list:
        try:
            return self.workspace.list_drafts()
        except DrafterError as error:
            self.notify(str(error), severity="error")
            return []

    # -- the search index -----------------------------------------------------------------
    def start_index_after_paint(self) -> None:
        """Called by the first screen a writer sees, once it is on the terminal.

        Loading the index imports numpy, scikit-learn and spaCy; begun any
        earlier, those imports would hold up the first paint.
        """
        if not self._index_started:
            self._index_started = True
            self.set_timer(0.1, self.prepare_index)

    @work(thread=True, exclusive=True, group="index", exit_on_error=False)
    def prepare_index(self, rebuild: bool = False) -> None:
        """Build the index if the corpus moved on (or when asked), then load it, off the UI thread."""
        def say(state: str) -> None:
            self.call_from_thread(setattr, self, "index_state", state)

        def progress(what: str, done: int, total: int) -> None:
            percent = f" {100 * done // total}%" if total else ""
            say(f"Building search index…{percent}")

        self.call_from_thread(setattr, self, "index_ready", False)
        say("Loading search index…")
        try:
            if rebuild or not self.workspace.index_is_current():
                say("Building search index…")
                self.workspace.build_index(rebuild=rebuild, progress=progress, for_search=not rebuild)
            self.workspace.prepare_search()
            # One search also reads in the tables a query is analysed with.
            self.workspace.search("police and crime plan", limit=1)
        except BadQuery:
            pass  # the warm-up words are too common for this corpus; the index is loaded
        except SynonymsError as error:
            # The index is loaded: only the synonyms file is wrong, and every
            # search reads it again once it changes, so no rebuild is needed.
            self.call_from_thread(self._index_loaded)
            self.call_from_thread(self.synonyms_failed, str(error))
            return
        except DrafterError as error:
            self.call_from_thread(self._index_failed, str(error))
            return
        self.call_from_thread(self._index_loaded, rebuild)
        try:
            self.workspace.prepare_meaning()
        except DrafterError as error:
            # Ordering by meaning is an extra: search goes on by words alone.
            self.call_from_thread(self.notify, f"Similar orders by words alone: {error}", severity="warning")

    def _index_loaded(self, rebuilt: bool = False) -> None:
        self.index_ready, self.index_state = True, INDEX_READY
        if rebuilt:  # asked for with Ctrl+R; at 80 columns or fewer the status line keeps the draft's counts
            self.notify("Search index rebuilt: Similar searches the corpus as it is now.")

    def _index_failed(self, message: str) -> None:
        self.index_state = "Search unavailable"
        self.notify(f"Search is unavailable: {message}. Ctrl+R rebuilds the index.",
                    severity="error")

    def rebuild_index(self) -> None:
        """Rebuild as the writer asked; a problem found again is said again."""
        self._synonyms_problem = None
        self.prepare_index(rebuild=True)

    def synonyms_failed(self, message: str) -> None:
        """A search stopped at the workspace's synonyms file; said once per problem."""
        self.index_state = "Search stopped: synonyms.txt"
        if message != self._synonyms_problem:
            self._synonyms_problem = message
            self.notify(synonyms_advice(message), severity="error")

    def search_worked(self) -> None:
        if self._synonyms_problem is not None:
            self._synonyms_problem = None
            self.index_state = INDEX_READY
            self.notify("The synonyms file reads well again: search is back.")

    def record_suggestion(self, asked: float, shown: float) -> None:
        self.suggestion_times.append((asked, shown))

    @property
    def suggestion_latencies(self) -> list[float]:
        """Seconds from each search being asked for to its hits being in the pane."""
        return [shown - asked for asked, shown in self.suggestion_times]

    # -- drafts -------------------------------------------------------------------------------
    @property
    def desk(self):
        """The desk screen in the stack, if a draft is open."""
        from drafter.tui.screens.desk import DeskScreen

        for screen in reversed(self.screen_stack):
            if isinstance(screen, DeskScreen):
                return screen
        return None

    def open_draft(self, draft) -> None:
        """Show ``draft`` on a new desk, saving the one open now."""
        from drafter.tui.screens.desk import DeskScreen

        current = self.desk
        if current is not None:
            try:
                current.save_before_leaving()
            except SAVE_ERRORS as error:
                self.notify(f"Could not save: {error}", severity="error")
                return
        session = DraftSession(self.workspace, draft)
        try:
            session.resume_at(self.workspace.draft_place(draft.id))
        except SAVE_ERRORS as error:  # a place not found is no reason not to open the draft
            self.log.error(f"could not read where draft {draft.id} was left: {error}")
        new_desk = DeskScreen(session, wide=self.size.width >= self.WIDE_AT)
        while len(self.screen_stack) > 1 and self.screen is not current:
            self.pop_screen()
        if current is not None and self.screen is current:
            self.switch_screen(new_desk)
        else:
            self.push_screen(new_desk)

    def open_draft_id(self, draft_id: int) -> None:
        try:
            draft = self.workspace.get_draft(draft_id)
        except DrafterError as error:
            self.notify(str(error), severity="error")
            return
        self.open_draft(draft)

    def choose_draft(self) -> None:
        from drafter.tui.screens.pickers import DraftPickerScreen

        self.push_screen(DraftPickerScreen(self.workspace),
                         lambda draft_id: draft_id is not None and self.open_draft_id(draft_id))

    def choose_start(self, *, cancellable: bool) -> None:
        from drafter.tui.screens.start import StartScreen

        has_drafts = bool(self._list_drafts())
        self.push_screen(StartScreen(has_drafts=has_drafts, cancellable=cancellable),
                         lambda choice: self._start_chosen(choice, cancellable))

    def _start_chosen(self, choice: str | None, cancellable: bool) -> None:
        from drafter.tui.screens.pickers import DraftPickerScreen, StatementPickerScreen

        def back() -> None:
            # With no desk behind it, a cancelled step returns to the start screen.
            if self.desk is None:
                self.choose_start(cancellable=cancellable)

        def statement_chosen(statement_id: int | None) -> None:
            if statement_id is None:
                back()
            else:
                self.ask_details(statement_id, back)

        def draft_chosen(draft_id: int | None) -> None:
            if draft_id is None:
                back()
            else:
                self.open_draft_id(draft_id)

        if choice == "new":
            self.ask_details(None, back)
        elif choice == "copy":
            self.push_screen(StatementPickerScreen(self.workspace), statement_chosen)
        elif choice == "open":
            self.push_screen(DraftPickerScreen(self.workspace), draft_chosen)

    def ask_details(self, statement_id: int | None, cancelled: Callable[[], None]) -> None:
        from drafter.tui.screens.details import DetailsScreen, DraftDetails, copied_title, usual_title_of

        source = self.statement_or_none(statement_id)
        details = DraftDetails(title="", date=self.default_meeting(source), period="",
                               area=self.default_area(source))
        heading = ("New draft copied forward" if statement_id is not None else "New draft")

        def accepted(chosen) -> None:
            from drafter.tui.screens.start import MakingDraftScreen

            if chosen is None:
                cancelled()
                return
            self.push_screen(MakingDraftScreen(self.making_what(source)))
            self.create_draft(chosen.options(), statement_id)

        placeholders = {"title": "blank: the title of the statement copied",
                        "period": "blank: the period after the statement's, if its figures are in"} \
            if statement_id is not None else {}
        title_for = None if statement_id is not None else usual_title_of(self.workspace)
        self.push_screen(DetailsScreen(heading, details, placeholders=placeholders, title_for=title_for,
                                       area_named=self.workspace.area_named,
                                       period_named=self.workspace.period_named,
                                       kept_title=copied_title(source)), accepted)

    def statement_or_none(self, statement_id: int | None):
        """The statement a draft is copied from, read once for the form's defaults."""
        if statement_id is None:
            return None
        try:
            return self.workspace.get_statement(statement_id)
        except DrafterError:
            return None

    @staticmethod
    def making_what(source) -> str:
        if source is None:
            return "Starting an empty draft…"
        named = " ".join(part for part in (source.force, source.date) if part)
        return f"Copying forward {named or 'the statement'}, its figures rolled on…"

    def default_area(self, source) -> str:
        """A copied-forward draft's figures are its source force's (as on the command line)."""
        return (source.force if source is not None else None) or self.workspace.settings.area

    def default_meeting(self, source) -> str:
        from drafter.drafts import next_quarter

        return next_quarter(source.date) if source is not None else f"{self.now():%Y-%m}"

    @work(thread=True, exclusive=True, group="new-draft", exit_on_error=False)
    def create_draft(self, options: dict, statement_id: int | None) -> None:
        try:
            draft = self.workspace.new_draft(from_statement=statement_id, **options)
        except DrafterError as error:
            self.call_from_thread(self._create_failed, str(error))
            return
        self.call_from_thread(self._created, draft)

    def _made(self) -> None:
        from drafter.tui.screens.start import MakingDraftScreen

        if isinstance(self.screen, MakingDraftScreen):
            self.pop_screen()

    def _created(self, draft) -> None:
        self._made()
        self.open_draft(draft)
        desk = self.desk
        if desk is not None and desk.session.draft is draft:
            desk.announce_roll()

    def _create_failed(self, message: str) -> None:
        self._made()
        self.notify(message, severity="error")
        if self.desk is None:
            self.choose_start(cancellable=False)

    # -- help, quitting -------------------------------------------------------------------------
    def action_help(self) -> None:
        from drafter.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    async def action_quit(self) -> None:
        """Save the open draft, then quit; if saving fails, ask before losing words."""
        desk = self.desk
        if desk is not None:
            await desk.keys_typed()
            try:
                desk.save_before_leaving()
            except SAVE_ERRORS as error:
                self._ask_quit_unsaved(str(error))
                return
        self.exit()

    def _ask_quit_unsaved(self, message: str) -> None:
        from drafter.tui.screens.confirm import ConfirmScreen

        question = (f"Your latest changes could not be saved ({message}). "
                    "Quit anyway and lose them?")
        self.push_screen(ConfirmScreen(question, yes="Quit without saving", no="Stay"),
                         lambda quit_anyway: quit_anyway and self.exit())

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        self.report_worker_failure(event)

    def report_worker_failure(self, event: Worker.StateChanged) -> None:
        """A worker that failed unexpectedly is reported, and the desk carries on."""
        if event.state != WorkerState.ERROR:
            return
        error = event.worker.error
        self.log.error(f"worker {event.worker.name} failed: {error!r}")
        self.notify(f"Something went wrong ({type(error).__name__}: {error}); "
                    "your draft is safe, and the desk carries on.",
                    severity="error", markup=False)
        if event.worker.group == "index":
            self.index_state = "Search unavailable"
        elif event.worker.group == "new-draft":
            self._made()
            if self.desk is None:
                self.choose_start(cancellable=False)


def make_app(workspace, *, clock: Clock | None = None, export_dir: Path | None = None) -> DeskApp:
    """Build the desk for ``workspace``.

    Parameters
    ----------
    workspace : Workspace
        An open workspace (the CLI opens it with ``seed=False``; the desk seeds
        a new one itself, showing progress).
    clock : callable, optional
        Returns the current time; fixed in tests so screens are reproducible.
    export_dir : Path, optional
        Where exports are offered by default (the current directory).
    """
    return DeskApp(workspace, clock=clock, export_dir=export_dir)
