"""The desk's side panes at work: Similar (searched as the writer pauses),
Figures (filled for the draft's period and area) and Preview.

A mixin of ``DeskScreen``: searches and fills run in thread workers, and a
result is shown only if it still answers the latest request.
"""

from __future__ import annotations

from time import perf_counter

from drafter.tui.layout import INDEX_READY, paragraph_label, short_title
from drafter.tui.suggestions import ALL_PRIORITIES, SECTION, Exclusions, arrange
from drafter.tui.widgets.figures import FiguresPane
from drafter.tui.widgets.preview import PreviewPane
from drafter.tui.widgets.similar import SimilarPane
from drafter.tui.widgets.status import StatusBar
from textual import work
from textual.widgets import TabbedContent

from drafter.errors import BadQuery, DrafterError, SynonymsError
from drafter.priorities import PRIORITY_IDS, default_heading

SIMILAR_LIMIT = 8


class PanesMixin:
    """Similar, Figures and Preview for ``DeskScreen``."""

    _similar_timer = None
    _similar_token = 0
    _similar_query: tuple | None = None
    _similar_corpus: tuple | None = None
    """What searches read (the corpus, the synonyms file) when the pane last searched."""
    CORPUS_CHECK_EVERY = 3.0
    """Seconds between looks at whether statements were added or removed elsewhere."""
    similar_scope = SECTION
    """``section`` (the section's priority, closer matches elsewhere below) or ``all``."""
    _similar_waiting = False
    _fill_token = 0
    _told_broken: frozenset[str] = frozenset()

    # -- suggestions -----------------------------------------------------------------
    def schedule_similar(self) -> None:
        if self._similar_timer is not None:
            self._similar_timer.stop()
        self._similar_timer = self.set_timer(self.app.SUGGEST_DELAY, self.request_similar)

    def similar_query(self) -> tuple[str, str | None, str, Exclusions]:
        """(text to search for, the section's priority, heading for the pane, what not to suggest)."""
        key = self.session.section_key
        priority = key if key in PRIORITY_IDS else None
        scope = "all priorities" if priority and self.similar_scope == ALL_PRIORITIES else short_title(key)
        editor = self.editor
        text = editor.current_paragraph_text()
        index = editor.cursor_paragraph()
        heading = self.session.section.heading or default_heading(key)
        if text and index is not None:
            kinds = [span.kind for span in editor.spans]
            label = paragraph_label(kinds, index, self.session.first_number())
            if kinds[index] == "subheading":
                # "Our performance" says nothing of the priority: searched, as the section's
                # heading is, with the heading's words and within the section.
                return (f"{heading} {text.lstrip('# ')}", priority, f"Like {label} · {scope}",
                        Exclusions().holding(self.held()))
            paragraph = self.paragraph_under_cursor()
            exclusions = Exclusions.for_paragraph(paragraph.text if paragraph else text,
                                                  paragraph.origin if paragraph else None)
            return text, priority, f"Like {label} · {scope}", exclusions.holding(self.held())
        return heading, priority, f"Like the heading · {scope}", Exclusions().holding(self.held())

    def held(self) -> list:
        return [paragraph for section in self.session.draft.sections
                for paragraph in section.paragraphs]

    def request_similar(self) -> None:
        text, priority, heading, exclusions = self.similar_query()
        query = (text, priority, self.similar_scope, exclusions)
        if query == self._similar_query:
            return
        if not self.app.index_ready:
            self._similar_waiting = True
            self.similar.show_state(self.app.index_state or "Loading search index…")
            return
        self._similar_waiting = False
        self._similar_query = query
        self._similar_token += 1
        self.run_similar(self._similar_token, text, priority, heading, exclusions,
                         self.similar_scope, perf_counter())

    def check_corpus(self) -> None:
        """A statement added or removed elsewhere (``drafter corpus``), or the
        synonyms file edited, while the pane shows hits: it searches again, so
        it never offers a removed one for Enter to insert, nor hits the
        synonyms no longer give. Looked at only while the pane shows a search."""
        if self._similar_corpus is not None and self._similar_query is not None and self.app.index_ready:
            self._check_search_inputs(self._similar_corpus)

    @work(thread=True, exclusive=True, group="corpus-check", exit_on_error=False)
    def _check_search_inputs(self, searched: tuple) -> None:
        # Off the screen's thread: a build may hold the database for a moment.
        if self.app.workspace.search_generation() != searched:
            self.app.call_from_thread(self.search_similar_again)

    def search_similar_again(self) -> None:
        self._similar_query = None
        self.request_similar()

    @work(thread=True, exclusive=True, group="similar", exit_on_error=False)
    def run_similar(self, token: int, text: str, priority: str | None, heading: str,
                    exclusions: Exclusions, scope: str, started: float) -> None:
        workspace = self.app.workspace
        self._similar_corpus = workspace.search_generation()
        # More than shown: the paragraphs the draft holds, and their sources, are left out.
        wanted = SIMILAR_LIMIT + 2 + len(exclusions.held)
        try:
            own = workspace.search(text, priority=priority, limit=wanted) \
                if priority is not None and scope != ALL_PRIORITIES else []
            everywhere = workspace.search(text, limit=wanted) \
                if priority is None or scope == ALL_PRIORITIES or exclusions.text else []
        except BadQuery:
            self.app.call_from_thread(self.similar_failed, token,
                                      "type a few more words to see similar paragraphs")
            return
        except SynonymsError as error:
            self.app.call_from_thread(self.similar_stopped_by_synonyms, token, str(error))
            return
        except DrafterError as error:
            self.app.call_from_thread(self.similar_failed, token, f"search unavailable: {error}")
            return
        key = self.session.section_key
        groups = arrange([hit for hit in own if not exclusions.excludes(hit)],
                         [hit for hit in everywhere if not exclusions.excludes(hit)],
                         section_name=short_title(key), priority=priority, scope=scope,
                         limit=SIMILAR_LIMIT, elsewhere=bool(exclusions.text),
                         held_back=([hit for hit in own if exclusions.excludes(hit)],
                                    [hit for hit in everywhere if exclusions.excludes(hit)]))
        self.app.call_from_thread(self.show_similar, token, groups, heading, started)

    def show_similar(self, token: int, groups: list, heading: str, started: float) -> None:
        if token != self._similar_token:
            return
        self.similar.show_groups(groups, heading)
        self.app.record_suggestion(started, perf_counter())
        self.app.search_worked()

    def similar_failed(self, token: int, message: str) -> None:
        if token == self._similar_token:
            self._similar_query = None
            self.similar.show_groups([], "")
            self.similar.show_state(message[:1].upper() + message[1:])

    def similar_stopped_by_synonyms(self, token: int, message: str) -> None:
        """The pane keeps saying which line of the file is wrong until it is fixed."""
        from drafter.tui.app import synonyms_advice

        self.app.synonyms_failed(message)
        if token == self._similar_token:
            self._similar_query = None  # the next request searches again
            self.similar.show_groups([], "")
            self.similar.show_problem(synonyms_advice(message))

    def switch_similar_scope(self) -> None:
        """Between the section's priority first (with closer matches elsewhere) and all priorities."""
        self.similar_scope = SECTION if self.similar_scope == ALL_PRIORITIES else ALL_PRIORITIES
        key = self.session.section_key
        if key not in PRIORITY_IDS:
            self.notify(f"Similar searches every priority for {short_title(key)}")
        elif self.similar_scope == ALL_PRIORITIES:
            self.notify("Similar: all priorities, best first")
        else:
            self.notify(f"Similar: {short_title(key)} first, closer matches elsewhere below")
        self._similar_query = None
        self.request_similar()

    def on_similar_pane_switch_scope(self, event: SimilarPane.SwitchScope) -> None:
        self.switch_similar_scope()

    def show_index_state(self, state: str) -> None:
        # 80 columns cannot hold "Search ready" beside the draft's counts: only
        # a state the writer must know about (loading, stopped) is shown there.
        quiet = self.narrow and self.app.index_ready and state == INDEX_READY
        self.query_one(StatusBar).show_index("" if quiet else state)
        if self.app.index_ready and self._similar_waiting:
            self.request_similar()

    def on_similar_pane_insert(self, event: SimilarPane.Insert) -> None:
        from drafter.drafts import Origin

        hit = event.hit
        label = " ".join(str(part) for part in (hit.force, hit.date) if part)
        where = f"¶{hit.number}" if hit.number is not None else \
            f"p{hit.statement_place}" if hit.statement_place else "a paragraph"
        elsewhere = f" ({short_title(hit.priority)})" \
            if hit.priority and hit.priority != self.session.section_key else ""
        self.insert_paragraph(hit.text, Origin.corpus(hit.statement_id, hit.number, hit.statement_place),
                              f"Inserted {where} of {label or 'a past statement'}{elsewhere}",
                              as_written=hit.editor_text if hit.kind != "paragraph" else None)

    def on_similar_pane_open_source(self, event: SimilarPane.OpenSource) -> None:
        from drafter.tui.screens.statement import StatementScreen

        hit = event.hit
        self.app.push_screen(StatementScreen(self.app.workspace, hit.statement_id, hit.number,
                                             hit.text))

    # -- figures ------------------------------------------------------------------------
    def request_figures(self) -> None:
        key = self.session.section_key
        draft = self.session.draft
        pane = self.figures
        if key not in PRIORITY_IDS:
            pane.show_nothing("Figure sentences are kept for the six priorities")
            return
        if not draft.period:
            pane.show_nothing("Set the draft's figures period (Ctrl+G)")
            return
        pane.show_state(f"Filling templates for {draft.area} {draft.period}…")
        self._fill_token += 1
        self.run_fill(self._fill_token, key, draft.period, draft.area)

    @work(thread=True, exclusive=True, group="figures", exit_on_error=False)
    def run_fill(self, token: int, key: str, period: str, area: str) -> None:
        try:
            result = self.app.workspace.fill(key, period, area)
            measures = sorted({figure["measure"] for sentence in [*result.sentences, *result.not_fillable]
                               for figure in sentence.figures} - {"population"})
            compared = [c for c in self.app.workspace.national_comparisons(period, measures, area)
                        if c.rank is not None or c.national is not None]
        except DrafterError as error:
            self.app.call_from_thread(self.fill_failed, token, str(error))
            return
        self.app.call_from_thread(self.show_fill, token, result, f"For {area} {period}", compared)

    def show_fill(self, token: int, result, heading: str, compared=()) -> None:
        # A section or period changed since: a newer fill is on its way.
        if token == self._fill_token:
            self.figures.show_fill(result, heading, compared)
            for line in result.broken:
                # Said once a session: the pane's state line keeps the count.
                if line not in self._told_broken:
                    self._told_broken = self._told_broken | {line}
                    self.notify(line, severity="error", timeout=15)

    def fill_failed(self, token: int, message: str) -> None:
        if token == self._fill_token:
            self.figures.show_problem(f"Figures unavailable: {message.rstrip('.')}. "
                                      "Put it right, then F4 fills them again.")
        self.notify(message, severity="error")

    def on_figures_pane_insert(self, event: FiguresPane.Insert) -> None:
        from drafter.drafts import Origin

        sentence = event.sentence
        self.insert_paragraph(sentence.text,
                              Origin.from_template(sentence.template, list(sentence.figures or [])),
                              f"Inserted {sentence.template}")
        for gap in getattr(sentence, "missing", None) or []:
            self.notify(f"missing figure: {gap.get('measure')} for {gap.get('area')} "
                        f"{gap.get('period')}; the sentence holds a placeholder until it is "
                        "imported or edited", severity="warning")

    # -- preview ----------------------------------------------------------------------------
    def show_preview(self) -> None:
        from drafter.export import render_text

        self.sync_editor()
        draft = self.session.draft
        subheadings = {paragraph.text for section in draft.sections
                       for paragraph in section.paragraphs if paragraph.kind == "subheading"}
        self.query_one(PreviewPane).show_statement(
            render_text(draft), [section.heading for section in draft.sections],
            self.session.section.heading, subheadings)

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        if event.pane.id == "tab-preview":
            self.show_preview()
