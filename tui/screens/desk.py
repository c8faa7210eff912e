"""The desk: the section list, the editor, and the Similar / Figures / Preview panes.

Everything slow happens in thread workers (search, fill, save, export) whose
results come back through ``call_from_thread``; typing only ever restarts two
timers (suggestions after a short pause, autosave after a longer one). The
panes' work is in ``desk_panes``, saving in ``desk_saving``, the multi-step
actions in ``drafter.tui.actions``.
"""

from __future__ import annotations

from drafter.tui.keys import DESK_ACTIONS, NARROW_HIDDEN
from drafter.tui.layout import STATUS_MARKS, short_title
from drafter.tui.screens.base import ReportsWorkerFailures
from drafter.tui.screens.desk_panes import PanesMixin
from drafter.tui.screens.desk_roll import RollMixin
from drafter.tui.screens.desk_saving import SavingMixin
from drafter.tui.session import DraftSession
from drafter.tui.widgets.editor import SectionEditor
from drafter.tui.widgets.figures import FiguresPane
from drafter.tui.widgets.preview import PreviewPane
from drafter.tui.widgets.sections import SectionList
from drafter.tui.widgets.similar import SimilarPane
from drafter.tui.widgets.status import DeskFooter, StatusBar
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import OptionList, Static, TabbedContent, TabPane, TextArea


class SidePanes(TabbedContent):
    """Similar, Figures and Preview; on a narrow terminal a pane opens full screen."""

    ALLOW_MAXIMIZE = True


class DeskScreen(PanesMixin, RollMixin, SavingMixin, ReportsWorkerFailures, Screen):
    """One draft open for writing."""

    BINDINGS = [Binding(action.keys, action.action, action.label, show=action.show,
                        tooltip=action.description, priority=action.takes_priority)
                for action in DESK_ACTIONS]
    ALLOW_IN_MAXIMIZED_VIEW = "#bottom"
    # Esc is the desk's own "back to the editor" (which also restores a pane
    # opened full screen); Textual's minimize alone would leave the focus in
    # the pane, so the next letters typed would go to its keys.
    ESCAPE_TO_MINIMIZE = False

    def __init__(self, session: DraftSession, *, wide: bool = False) -> None:
        # The layout class is set from the start (not at the first resize), so a
        # desk opened later neither flashes the other layout nor restyles twice.
        super().__init__(classes="-wide" if wide else "-narrow")
        self.session = session
        self._synced_text: str | None = None
        self._cursor_paragraph: int | None = None
        self._painted = False
        self._after_save: list = []
        self.restored_over: int | None = None  # the revision a restore replaced, while it is the last change

    # -- layout -----------------------------------------------------------------
    def compose(self) -> ComposeResult:
        with Horizontal(id="body"):
            yield SectionList(id="sections")
            with Vertical(id="writing"):
                yield Static("", id="section-bar")
                yield SectionEditor(id="editor")
            with SidePanes(id="side", initial="tab-similar"):
                with TabPane("Similar", id="tab-similar"):
                    yield SimilarPane(id="similar")
                with TabPane("Figures", id="tab-figures"):
                    yield FiguresPane(id="figures")
                with TabPane("Preview", id="tab-preview"):
                    yield PreviewPane(id="preview")
        with Vertical(id="bottom"):
            yield StatusBar(id="status")
            yield DeskFooter(NARROW_HIDDEN, self.app.WIDE_AT)

    @property
    def editor(self) -> SectionEditor:
        return self.query_one(SectionEditor)

    @property
    def similar(self) -> SimilarPane:
        return self.query_one(SimilarPane)

    @property
    def figures(self) -> FiguresPane:
        return self.query_one(FiguresPane)

    @property
    def side(self) -> TabbedContent:
        return self.query_one("#side", TabbedContent)

    def on_mount(self) -> None:
        self.watch(self.app, "index_state", self.show_index_state)
        self.set_interval(self.CORPUS_CHECK_EVERY, self.check_corpus)
        self.call_after_refresh(self.after_first_paint)
        self.load_section(self.session.section_key)
        if self.session.resume_paragraph is not None:
            self.editor.go_to_paragraph(self.session.resume_paragraph, self.session.resume_offset or 0)
            self._cursor_paragraph = self.editor.cursor_paragraph()
            self.request_similar()  # the section's first paragraph was asked for as it loaded
        self.show_save_state()
        self.editor.focus()

    def after_first_paint(self) -> None:
        """Start the background work that would slow the first frame (imports, loading)."""
        self._painted = True
        self.request_figures()
        self.app.start_index_after_paint()

    # -- sections -----------------------------------------------------------------
    def load_section(self, key: str) -> None:
        """Put section ``key`` in the editor (saving the one being left if it changed)."""
        if self._synced_text is not None:
            self.sync_editor()
            if self.session.dirty:
                self.save()
        self.session.section_key = key
        section = self.session.section
        editor = self.editor
        editor.set_first_number(self.session.first_number())
        editor.load_text(section.text())
        self._synced_text = editor.text
        editor.move_cursor((0, 0))
        editor.scroll_home(animate=False)
        self._cursor_paragraph = editor.cursor_paragraph()
        self.show_marks()
        self.show_sections()
        if self._painted:
            self.request_figures()
        self.request_similar()
        if self.side.active == "tab-preview":
            self.show_preview()

    def show_sections(self) -> None:
        session = self.session
        self.query_one(SectionList).show_draft(session.draft, session.section_key)
        section = session.section
        keys = session.keys
        # The status before the heading, and a long heading cut with "…": a
        # priority's full title is longer than a narrow terminal.
        bar = Text(no_wrap=True, overflow="ellipsis")
        bar.append(f"{keys.index(section.key) + 1}/{len(keys)} ", style="dim")
        bar.append(f"{STATUS_MARKS.get(section.status, '')} {section.status}  ", style="dim")
        bar.append(section.heading, style="bold")
        self.query_one("#section-bar", Static).update(bar)
        self.editor.set_first_number(session.first_number())
        draft = session.draft
        where = (f"{draft.area} {draft.period} · {draft.paragraph_count} ¶ · "
                 f"{draft.word_count:,} words")
        self.query_one(StatusBar).show_where(where)
        self.show_roll_summary()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list.id == "sections" and event.option.id:
            event.stop()
            self.load_section(event.option.id)
            self.editor.focus()

    # -- editing ---------------------------------------------------------------------
    def sync_editor(self) -> bool:
        """Hand the editor's text to the draft; True when the draft changed."""
        text = self.editor.text
        if text == self._synced_text:
            return False
        self._synced_text = text
        changed = self.session.update_text(text)
        if changed:
            self.show_marks()
            self.show_sections()
        return changed

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if self.editor.text == self._synced_text:
            return
        self.query_one(StatusBar).show_save("Editing…")
        self.restart_autosave()
        self.schedule_similar()

    def on_text_area_selection_changed(self, event: TextArea.SelectionChanged) -> None:
        paragraph = self.editor.cursor_paragraph()
        if paragraph != self._cursor_paragraph:
            self._cursor_paragraph = paragraph
            self.schedule_similar()

    def paragraph_under_cursor(self):
        """The draft's paragraph under the cursor (as last synced), or None.

        While the editor's paragraphs line up with the draft's they are paired
        by position (an edit in progress keeps its provenance); otherwise by words.
        """
        editor = self.editor
        index = editor.cursor_paragraph()
        if index is None:
            return None
        paragraphs = self.session.section.paragraphs
        if len(paragraphs) == len(editor.spans):
            return paragraphs[index]
        from drafter.tui.layout import clean_words

        words = clean_words(editor.current_paragraph_text())
        return next((paragraph for paragraph in paragraphs if paragraph.text == words), None)

    def insert_paragraph(self, text: str, origin, message: str, as_written: str | None = None) -> None:
        """Insert ``text`` after the cursor's paragraph; ``as_written``, the
        editor's markup of a past paragraph (a bullet, a table), keeps its kind."""
        self.sync_editor()
        editor = self.editor
        editor.insert_paragraph(as_written or " ".join(text.split()), as_written is not None)
        self.sync_editor()
        self.session.adopt_origin(text, origin)
        self._cursor_paragraph = editor.cursor_paragraph()
        self.show_sections()
        self.schedule_similar()  # the pane follows the cursor to the new paragraph
        self.restart_autosave()
        self.minimize()
        editor.focus()
        self.notify(message)

    # -- actions -------------------------------------------------------------------------------
    def action_help(self) -> None:
        self.app.action_help()

    def action_sections(self) -> None:
        sections = self.query_one(SectionList)
        if sections.display and not self.narrow:
            sections.focus()
            return
        from drafter.tui.screens.sections import SectionPickerScreen

        self.sync_editor()

        def chosen(key: str | None) -> None:
            # Back to the editor, as Esc would: on a narrow terminal a pane
            # open full screen would hide the section chosen, and the letters
            # typed next would go to an editor out of sight.
            self.minimize()
            if key:
                self.load_section(key)
            self.editor.focus()

        self.app.push_screen(SectionPickerScreen(self.session.draft, self.session.section_key),
                             chosen)

    @property
    def narrow(self) -> bool:
        return self.size.width < self.app.WIDE_AT

    def on_resize(self) -> None:
        # Across the breakpoint the bottom lines hold more or less: the roll
        # count has a short wording, the save state no time, the index state
        # only a problem, the footer fewer keys.
        self.show_roll_summary()
        self.show_save_state()
        self.show_index_state(self.app.index_state)
        self.query_one(DeskFooter).fit()
        if not self.narrow and self.maximized is not None:
            # A wide terminal shows the panes beside the editor; one kept full
            # screen would hide the editor and the sections for no reason.
            self.minimize()

    def _show_tab(self, tab: str, focus) -> None:
        self.side.active = tab
        if self.narrow:
            self.maximize(self.side, container=False)
        focus.focus()

    def action_similar_scope(self) -> None:
        self.switch_similar_scope()

    def action_similar(self) -> None:
        # Opened afresh at the best hit, so counted presses of Down mean the same each time.
        self.similar.hit_list.from_top()
        self._show_tab("tab-similar", self.similar.hit_list)
        self.request_similar()  # after a failed search, opening the pane tries again

    def action_figures(self) -> None:
        if self.figures.has_problem:  # a template put right since is read again
            self.request_figures()
        self.figures.sentence_list.from_top()
        self._show_tab("tab-figures", self.figures.sentence_list)

    def action_preview(self) -> None:
        self.show_preview()
        self._show_tab("tab-preview", self.query_one(PreviewPane))

    def action_edit(self) -> None:
        self.minimize()
        self.editor.focus()

    def action_undo(self) -> None:
        self.action_edit()
        self.editor.action_undo()

    def nothing_to_undo(self) -> None:
        """Undo with nothing in the editor to take back: after a restore, which is no
        edit of the text, say how to take it back, where the key did nothing."""
        if self.restored_over is not None:
            self.notify(f"Nothing to undo since the restore: to go back, restore revision "
                        f"{self.restored_over} (F9)")

    def action_redo(self) -> None:
        self.action_edit()
        self.editor.redo()

    def action_save(self) -> None:
        self.save(announce=True)

    def action_next_section(self) -> None:
        self.load_section(self.session.neighbour(1))

    def action_previous_section(self) -> None:
        self.load_section(self.session.neighbour(-1))

    def action_toggle_done(self) -> None:
        self.sync_editor()
        section = self.session.section
        if section.status == "done":
            status = "drafting" if section.paragraphs else "empty"
        else:
            status = "done"
        self.session.set_status(status)
        self.show_sections()
        self.restart_autosave()
        self.notify(f"{short_title(section.key)}: {status}")

    def action_rebuild_index(self) -> None:
        self.app.rebuild_index()

    def action_new_draft(self) -> None:
        self.app.choose_start(cancellable=True)

    def action_open_draft(self) -> None:
        self.app.choose_draft()

    def action_details(self) -> None:
        from drafter.tui.actions import edit_details

        edit_details(self)

    def action_export(self) -> None:
        from drafter.tui.actions import export

        export(self)

    def action_review(self) -> None:
        from drafter.tui.actions import review

        review(self)

    def action_revisions(self) -> None:
        from drafter.tui.actions import revisions

        revisions(self)

    def replace_draft(self, draft) -> None:
        """Show ``draft`` (a restored revision) in place of the current one."""
        session = self.session
        session.adopt(draft)
        if session.section_key not in session.keys:
            session.section_key = session.keys[0]
        self._synced_text = None
        self.load_section(session.section_key)
        self.show_save_state()

    def go_to(self, section_key: str | None, index: int | None, number: int | None) -> None:
        """Open a section at a paragraph (by position, else by printed number),
        in the editor: a pane open full screen on a narrow terminal gives way."""
        self.minimize()
        if section_key in self.session.keys and section_key != self.session.section_key:
            self.load_section(section_key)
        if index is None and number is not None:
            first = self.session.first_number()
            index = number - first if first is not None else None
        if index is not None:
            self.editor.go_to_paragraph(index)
        self.editor.focus()
