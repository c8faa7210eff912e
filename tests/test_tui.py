"""The desk driven as a writer drives it, through Textual's pilot: starting a
draft, moving between sections, inserting a past paragraph and a figure
sentence, autosave and revisions, export, review, and errors that must become
notifications rather than crashes."""

from __future__ import annotations

import pytest
from drafter.tui.keys import DESK_ACTIONS
from drafter.tui.screens.desk import DeskScreen
from drafter.tui.widgets.sections import SectionList
from test_tui_support import (
    busy,
    copied_forward_draft,
    desk_app,
    new_paragraph_at_end,
    no_cursor_blink,
    notifications,
    open_desk,
    open_review,
    settle,
    show_filled_sentences,
    static_text,
    wait_for,
)

import drafter

__all__ = ["no_cursor_blink"]  # the autouse fixture, imported to apply here

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"

NARROW, WIDE = (80, 24), (160, 48)


async def go_to_section(pilot, key: str) -> DeskScreen:
    desk = pilot.app.screen
    while desk.session.section_key != key:
        await pilot.press("ctrl+down")
    await settle(pilot)
    return desk


# -- starting ---------------------------------------------------------------------------
async def test_first_run_with_no_drafts_offers_to_start_one(indexed_workspace):
    app = desk_app(indexed_workspace)
    async with app.run_test(size=NARROW) as pilot:
        from drafter.tui.screens.start import StartScreen

        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen), what="start screen")
        await pilot.press("down", "enter")  # "Start an empty draft"
        await pilot.pause()
        await pilot.press("enter", "enter", "enter", "enter")  # accept every default
        desk = await open_desk(pilot)
        drafts = indexed_workspace.list_drafts()
        assert len(drafts) == 1
        assert desk.session.draft.id == drafts[0].id
        assert desk.session.draft.date == "2024-05", "the meeting defaults to this month"
        assert [s.key for s in desk.session.draft.sections][0] == "introduction"


async def test_copy_forward_picks_from_the_corpus_newest_first(indexed_workspace):
    app = desk_app(indexed_workspace)
    newest = indexed_workspace.list_statements()[0]
    async with app.run_test(size=NARROW) as pilot:
        from drafter.tui.screens.start import StartScreen

        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen), what="start screen")
        await pilot.press("enter")  # "Copy forward from a past statement"
        await settle(pilot)
        await pilot.press("enter")  # the newest statement is highlighted first
        await pilot.pause()
        await pilot.press("enter", "enter", "enter", "enter")
        desk = await open_desk(pilot)
        draft = desk.session.draft
        assert draft.from_statement == newest.id
        origins = {p.origin.kind for s in draft.sections for p in s.paragraphs}
        assert "corpus" in origins


async def test_a_new_workspace_is_seeded_then_offers_a_start(empty_workspace):
    from drafter.tui.screens.start import StartScreen

    from drafter.store.schema import get_meta

    app = desk_app(empty_workspace)
    async with app.run_test(size=NARROW) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen), timeout=120,
                       what="seeding to finish")
        assert get_meta(empty_workspace.database, "seeded") == "1"
        assert empty_workspace.list_statements()
        await wait_for(pilot, lambda: not busy(app), timeout=120, what="the index")


# -- sections and editing ---------------------------------------------------------------------
async def test_the_latest_draft_opens_with_its_sections_to_move_between(indexed_workspace):
    copied_forward_draft(indexed_workspace, date="2024-03")
    latest = copied_forward_draft(indexed_workspace, date="2024-06")
    app = desk_app(indexed_workspace)
    async with app.run_test(size=WIDE) as pilot:
        desk = await open_desk(pilot)
        assert desk.session.draft.id == latest.id
        assert desk.editor.text == latest.sections[0].text()
        sections = desk.query_one(SectionList)
        assert sections.display and sections.option_count == 8
        desk = await go_to_section(pilot, "serious-violence")
        section = desk.session.draft.section("serious-violence")
        assert desk.editor.text == section.text()
        assert section.heading in static_text(desk.query_one("#section-bar"))
        # The gutter shows the numbers the export will print.
        first = desk.session.first_number()
        assert desk.editor._labels[0] == str(first)
        await pilot.press("ctrl+up")
        assert desk.session.section_key == "homicide"


async def test_narrow_terminal_folds_the_section_list_into_a_dialog(indexed_workspace):
    copied_forward_draft(indexed_workspace)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=NARROW) as pilot:
        desk = await open_desk(pilot)
        assert not desk.query_one("#sections", SectionList).display
        await pilot.press("f2")
        await pilot.pause()
        from drafter.tui.screens.sections import SectionPickerScreen

        assert isinstance(app.screen, SectionPickerScreen)
        await pilot.press("down", "enter")  # the list opens on the current section
        await pilot.pause()
        assert app.screen is desk and desk.session.section_key == "homicide"


async def test_typing_autosaves_a_revision_and_shows_it(indexed_workspace):
    draft = copied_forward_draft(indexed_workspace)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=NARROW) as pilot:
        await open_desk(pilot)
        desk = await go_to_section(pilot, "cyber-crime")
        before = len(indexed_workspace.draft_revisions(draft.id))
        await new_paragraph_at_end(pilot, "Courier fraud warnings went to 900 homes.")
        await wait_for(pilot, lambda: len(indexed_workspace.draft_revisions(draft.id)) > before,
                       what="an autosave")
        await settle(pilot)
        saved = indexed_workspace.get_draft(draft.id)
        assert saved.section("cyber-crime").paragraphs[-1].text == \
            "Courier fraud warnings went to 900 homes."
        # 80 columns leave the time out, to keep the draft's counts whole.
        assert static_text(desk.query_one("#status-save")) == f"Saved · rev {saved.revision}"
        await pilot.resize_terminal(*WIDE)
        await pilot.pause()
        assert static_text(desk.query_one("#status-save")) == \
            f"Saved · rev {saved.revision} · 09:30"


async def test_quitting_saves_what_was_typed(indexed_workspace):
    draft = copied_forward_draft(indexed_workspace)
    app = desk_app(indexed_workspace, quick=False)  # no autosave before the quit
    async with app.run_test(size=NARROW) as pilot:
        await open_desk(pilot)
        await pilot.press("ctrl+end", "enter", "enter", *"Last words before leaving.")
        await pilot.press("ctrl+q")
        await pilot.pause()
    saved = indexed_workspace.get_draft(draft.id)
    assert saved.section("introduction").paragraphs[-1].text == "Last words before leaving."


async def test_a_save_that_fails_keeps_the_words_and_asks_before_quitting(indexed_workspace):
    from drafter.tui.screens.confirm import ConfirmScreen

    draft = copied_forward_draft(indexed_workspace)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=NARROW) as pilot:
        desk = await open_desk(pilot)
        # Another process deletes the draft while it is open here.
        other = drafter.open_workspace(indexed_workspace.path, seed=False)
        other.delete_draft(draft.id)
        other.close()
        await new_paragraph_at_end(pilot, "Words that cannot be stored.")
        await wait_for(pilot, lambda: bool(notifications(app, "error")), what="a failed save")
        assert "Could not save" in notifications(app, "error")[-1]
        assert static_text(desk.query_one("#status-save")) == "NOT SAVED"
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen), "quitting asks before losing words"
        await pilot.press("n")
        await pilot.pause()
        assert app.is_running and "Words that cannot be stored." in desk.editor.text


# -- suggestions and figures ---------------------------------------------------------------------
async def test_similar_shows_past_paragraphs_for_the_sections_priority(indexed_workspace):
    copied_forward_draft(indexed_workspace)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=WIDE) as pilot:
        await open_desk(pilot)
        desk = await go_to_section(pilot, "serious-violence")
        await pilot.press("ctrl+end", "enter", "enter", *"knife surrender bins weapons")
        await wait_for(pilot, lambda: desk.similar.hits and "knife" in
                       desk.similar.hits[0].text.lower(), what="suggestions for the new text")
        own = desk.similar.groups[0]
        assert own.title == "Serious violence" and own.hits
        assert {hit.priority for hit in own.hits} == {"serious-violence"}
        state = static_text(desk.query_one("#similar-state"))
        assert state.startswith("Like ¶")
        assert app.suggestion_latencies


async def test_a_suggestions_source_can_be_read_and_inserting_it_keeps_its_source(
        indexed_workspace):
    from drafter.tui.screens.statement import StatementScreen

    draft = copied_forward_draft(indexed_workspace)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=NARROW) as pilot:
        await open_desk(pilot)
        desk = await go_to_section(pilot, "serious-violence")
        count = len(desk.session.section.paragraphs)
        await wait_for(pilot, lambda: bool(desk.similar.hits), what="suggestions")
        hit = desk.similar.hits[1]
        # The whole statement it comes from, scrolled to the paragraph.
        await pilot.press("f3", "down", "o")
        await settle(pilot)
        assert isinstance(app.screen, StatementScreen)
        source = app.screen.query(".-source")
        assert len(source) == 1
        assert " ".join(hit.text.split())[:40] in " ".join(static_text(source.first()).split())
        await pilot.press("escape")
        assert app.screen is desk
        await pilot.press("enter")
        await settle(pilot)
        assert app.focused is desk.editor
        assert " ".join(hit.text.split()) in desk.editor.text
        section = desk.session.section
        assert len(section.paragraphs) == count + 1
        inserted = next(p for p in section.paragraphs if p.text == " ".join(hit.text.split()))
        assert (inserted.origin.kind, inserted.origin.statement_id, inserted.origin.number) == \
            ("corpus", hit.statement_id, hit.number)
        await wait_for(pilot, lambda: not desk.session.dirty, what="the autosave")
        stored = indexed_workspace.get_draft(draft.id).section("serious-violence")
        assert [p.origin.kind for p in stored.paragraphs].count("corpus") >= 1


async def test_inserting_a_figure_sentence_records_its_template_and_figures(indexed_workspace):
    copied_forward_draft(indexed_workspace)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=NARROW) as pilot:
        await open_desk(pilot)
        desk = await go_to_section(pilot, "homicide")
        await show_filled_sentences(pilot, desk)
        sentence = desk.figures.sentences[0]
        await pilot.press("enter")
        await settle(pilot)
        inserted = next(p for p in desk.session.section.paragraphs
                        if p.text == " ".join(sentence.text.split()))
        assert inserted.origin.kind == "template"
        assert inserted.origin.template == sentence.template
        assert inserted.origin.figures == list(sentence.figures)


async def test_the_figures_pane_shows_each_measures_rank_and_the_national_rate(indexed_workspace, tmp_path):
    import all_forces

    all_forces.import_all(indexed_workspace, tmp_path)
    indexed_workspace.new_draft(area="West Midlands", period="2022", date="2023-09")
    app = desk_app(indexed_workspace)
    async with app.run_test(size=NARROW) as pilot:
        await open_desk(pilot)
        desk = await go_to_section(pilot, "serious-violence")
        await pilot.press("f4")
        await wait_for(pilot, lambda: bool(desk.figures.compared), what="the national comparisons")
        detail = static_text(desk.query_one("#figures-detail"))
        assert "Beside every force:" in detail
        assert "firearms_offences: 34.9 per 100,000 · the highest of 43 forces · England and Wales " in detail


async def test_a_missing_figure_is_named_warned_about_and_stops_a_quiet_export(
        indexed_workspace, tmp_path):
    from drafter.tui.screens.confirm import ConfirmScreen

    copied_forward_draft(indexed_workspace)
    exports = tmp_path / "exports"
    exports.mkdir()
    app = desk_app(indexed_workspace, export_dir=exports)
    async with app.run_test(size=NARROW) as pilot:
        await open_desk(pilot)
        await pilot.press("ctrl+g")  # draft details: a period with no figures at all
        await pilot.pause()
        app.screen.query_one("#details-period").value = "1999"
        await pilot.press("tab", "tab", "tab", "tab", "enter")
        await settle(pilot)
        desk = await go_to_section(pilot, "homicide")
        await pilot.press("f4")
        await wait_for(pilot, lambda: bool(desk.figures.missing), what="missing figures")
        assert "for Severnshire 1999" in static_text(desk.query_one("#figures-detail"))
        assert "missing" in static_text(desk.query_one("#figures-state"))
        await pilot.press("enter")  # the sentence goes in, with a placeholder
        await settle(pilot)
        assert any("missing figure" in m and "1999" in m for m in notifications(app, "warning"))
        assert "[[missing " in desk.editor.text
        await pilot.press("ctrl+o")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen), "export asks before writing a gap"
        await pilot.press("n")
        await settle(pilot)
        assert app.last_export is None and not list(exports.iterdir())
        assert app.is_running


async def test_a_broken_template_file_is_reported_by_name(indexed_workspace):
    copied_forward_draft(indexed_workspace)
    template = indexed_workspace.templates_dir / "homicide.j2"
    template.write_text("{% macro count_and_rate() %}\n{{ figure('homicides' }}\n{% endmacro %}\n",
                        encoding="utf-8")
    app = desk_app(indexed_workspace)
    async with app.run_test(size=NARROW) as pilot:
        await open_desk(pilot)
        desk = await go_to_section(pilot, "homicide")
        await pilot.press("f4")
        await wait_for(pilot, lambda: bool(notifications(app, "error")), what="an error")
        assert "homicide.j2" in notifications(app, "error")[-1]
        # The pane keeps saying why, after the toast has gone, and how to go on.
        state = static_text(desk.query_one("#figures-state"))
        assert state.startswith("Figures unavailable: ") and "homicide.j2:2" in state
        assert state.endswith("Put it right, then F4 fills them again.")
        await pilot.press("escape", "escape")
        await pilot.press(*"Still writing.")
        assert "Still writing." in desk.editor.text
        template.write_text("{% macro count_and_rate() %}\n{{ figure('homicides') }}\n{% endmacro %}\n",
                            encoding="utf-8")
        await pilot.press("f4")
        await wait_for(pilot, lambda: bool(desk.figures.sentences), what="the sentences")
        assert not static_text(desk.query_one("#figures-state")).startswith("Figures unavailable")


# -- preview, export, review, revisions ------------------------------------------------------------
async def test_preview_shows_the_numbered_statement(indexed_workspace):
    from drafter.export import render_text

    copied_forward_draft(indexed_workspace)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=NARROW) as pilot:
        desk = await open_desk(pilot)
        await pilot.press("f5")
        await pilot.pause()
        from drafter.tui.widgets.preview import PreviewPane

        shown = desk.query_one(PreviewPane).text
        assert shown == render_text(desk.session.draft).rstrip("\n")
        assert "\n1. " in shown


async def test_export_to_docx_and_markdown_writes_the_files_and_says_where(indexed_workspace, tmp_path):
    from docx2python import docx2python

    draft = copied_forward_draft(indexed_workspace)
    app = desk_app(indexed_workspace, export_dir=tmp_path)
    async with app.run_test(size=NARROW) as pilot:
        desk = await open_desk(pilot)
        await new_paragraph_at_end(pilot, "A closing thought for the panel.")
        await pilot.press("ctrl+o")
        await pilot.pause()
        dialog = app.screen
        assert dialog.path.parent == tmp_path and dialog.path.suffix == ".docx"
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.last_export is not None, what="the export")
        written = app.last_export
        assert written.exists() and written.suffix == ".docx"
        assert any(str(written) in message for message in notifications(app))
        with docx2python(written) as document:
            assert "A closing thought for the panel." in document.text
        # Again as Markdown, choosing the format in the dialog.
        await pilot.press("ctrl+o")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#export-format").focus()
        await pilot.press("down", "enter")
        assert dialog.path.suffix == ".md"
        dialog.query_one("#export-name").focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.last_export.suffix == ".md", what="the second export")
        markdown = app.last_export.read_text(encoding="utf-8")
        assert markdown.count("\n1. ") == 1 and "A closing thought for the panel." in markdown
        assert desk.session.draft.id == draft.id


async def test_a_missing_export_folder_is_said_in_the_dialog(indexed_workspace, tmp_path):
    copied_forward_draft(indexed_workspace)
    missing = tmp_path / "no" / "such" / "folder"
    app = desk_app(indexed_workspace, export_dir=missing)
    async with app.run_test(size=NARROW) as pilot:
        await open_desk(pilot)
        await pilot.press("ctrl+o")
        await pilot.pause()
        dialog = app.screen
        name = dialog.query_one("#export-name").value
        await pilot.press("enter")
        await wait_for(pilot, lambda: bool(notifications(app, "error")), what="an error")
        assert f"The folder {missing} does not exist" in notifications(app, "error")[-1]
        assert app.is_running and app.screen is dialog, "the dialog stays open to put it right"
        assert dialog.query_one("#export-name").value == name
        dialog.query_one("#export-folder").value = str(tmp_path)
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.last_export == tmp_path / name, what="the export")
        assert isinstance(app.screen, DeskScreen)


async def test_review_findings_jump_to_their_paragraph(indexed_workspace):
    copied_forward_draft(indexed_workspace)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=WIDE) as pilot:
        desk = await open_desk(pilot)
        review = await open_review(pilot)
        findings_list = review.query_one("#review-findings")
        chosen = review.findings[int(findings_list.highlighted_option.id)]
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is desk
        if chosen.section in desk.session.keys:
            assert desk.session.section_key == chosen.section
            if chosen.index is not None:
                row = desk.editor.cursor_location[0]
                assert desk.editor.spans[chosen.index].first == row


async def test_a_missing_priority_is_listed_first_and_opens_its_section(indexed_workspace):
    draft = copied_forward_draft(indexed_workspace)
    draft.section("cyber-crime").set_text("")
    indexed_workspace.save_draft(draft)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=WIDE) as pilot:
        desk = await open_desk(pilot)
        review = await open_review(pilot)
        findings_list = review.query_one("#review-findings")
        first_heading = str(findings_list.get_option_at_index(0).prompt)
        chosen = review.findings[int(findings_list.highlighted_option.id)]
        assert first_heading == "Whole statement" and chosen.kind == "missing-priority"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is desk and desk.session.section_key == "cyber-crime"


async def test_review_says_when_the_drafts_area_has_no_figures(indexed_workspace):
    draft = copied_forward_draft(indexed_workspace)
    draft.area = "Cumbria"
    indexed_workspace.save_draft(draft)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=WIDE) as pilot:
        await open_desk(pilot)
        await pilot.press("f8")
        from drafter.tui.screens.review import ReviewScreen

        await wait_for(pilot, lambda: isinstance(app.screen, ReviewScreen), what="review")
        state = app.screen.query_one("#review-state")
        await wait_for(pilot, lambda: "findings" in static_text(state), timeout=60, what="findings")
        assert "Note: no figures for Cumbria in the workspace" in static_text(state)


async def test_revisions_can_be_listed_and_restored(indexed_workspace):
    draft = copied_forward_draft(indexed_workspace)
    original = draft.sections[0].text()
    app = desk_app(indexed_workspace)
    async with app.run_test(size=NARROW) as pilot:
        desk = await open_desk(pilot)
        await new_paragraph_at_end(pilot, "A sentence to take back.")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: not desk.session.dirty, what="the save")
        await pilot.press("f9")
        await settle(pilot)
        from drafter.tui.screens.confirm import ConfirmScreen
        from drafter.tui.screens.pickers import RevisionPickerScreen

        assert isinstance(app.screen, RevisionPickerScreen)
        await pilot.press("end", "enter")  # the oldest revision
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await wait_for(pilot, lambda: desk.editor.text == original, what="the restore")
        revisions = indexed_workspace.draft_revisions(draft.id)
        assert revisions[-1].note == "restored revision 1"
        assert "A sentence to take back." not in indexed_workspace.get_draft(draft.id) \
            .section("introduction").text()
        # Ctrl+Z cannot take a restore back; it says how to, where it did nothing and said nothing.
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert desk.editor.text == original
        assert any("Nothing to undo since the restore: to go back, restore revision" in message
                   for message in notifications(app)), notifications(app)


# -- keys, help, palette ----------------------------------------------------------------------------
async def test_help_and_the_command_palette_offer_every_action(indexed_workspace):
    copied_forward_draft(indexed_workspace)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=WIDE) as pilot:
        await open_desk(pilot)
        await pilot.press("f1")
        await pilot.pause()
        from drafter.tui.screens.help import HelpScreen, key_table

        assert isinstance(app.screen, HelpScreen)
        listed = [str(cell) for column in key_table().columns for cell in column._cells]
        for action in DESK_ACTIONS:
            assert action.description in listed
        await pilot.press("escape")
        assert isinstance(app.screen, DeskScreen)
        # The same actions by name, from the command palette.
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"export")
        await wait_for(pilot, lambda: app.screen.query("CommandList").first().option_count > 0,
                       what="palette matches")
        await pilot.press("enter")  # the best match is highlighted first
        await pilot.pause()
        from drafter.tui.screens.export import ExportScreen

        assert isinstance(app.screen, ExportScreen)


def test_the_desk_refuses_to_start_without_a_terminal(cli):
    result = cli("desk")
    assert result.exit_code != 0
    assert "needs a terminal" in result.stderr


async def test_a_template_mistake_leaves_the_figures_pane_its_good_sentences(indexed_workspace):
    path = indexed_workspace.templates_dir / "homicide.j2"
    path.write_text(path.read_text(encoding="utf-8") + "\n{# A slip. #}\n{% macro slip() %}\n"
                    "There were {{ figure('homicdes') | number }}.\n{% endmacro %}\n", encoding="utf-8")
    copied_forward_draft(indexed_workspace)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=NARROW) as pilot:
        await open_desk(pilot)
        desk = await go_to_section(pilot, "homicide")
        await show_filled_sentences(pilot, desk)
        assert "homicide/slip" not in {sentence.template for sentence in desk.figures.sentences}
        assert "1 template mistake" in static_text(desk.query_one("#figures-state"))
        await wait_for(pilot, lambda: any("unknown measure 'homicdes'" in message
                                          for message in notifications(app)),
                       what="the mistake's message")


async def test_a_national_sentence_says_it_needs_every_forces_figures(indexed_workspace):
    copied_forward_draft(indexed_workspace)  # Severnshire: a sample area, no other force's figures stored
    app = desk_app(indexed_workspace)
    async with app.run_test(size=NARROW) as pilot:
        await open_desk(pilot)
        desk = await go_to_section(pilot, "serious-violence")
        await show_filled_sentences(pilot, desk)
        prompts = [str(desk.figures.sentence_list.get_option_at_index(i).prompt)
                   for i in range(desk.figures.sentence_list.option_count)]
        national = [p for p in prompts if "serious-violence/knife_national" in p]
        assert national and all("needs every force's figures" in p for p in national)


@pytest.mark.parametrize("size", [WIDE, NARROW], ids=["wide", "narrow"])
async def test_notifications_leave_the_status_line_readable(indexed_workspace, size):
    from drafter.tui.widgets.status import StatusBar

    copied_forward_draft(indexed_workspace)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=size, notifications=True) as pilot:
        desk = await open_desk(pilot)
        desk.notify("A long notification that wraps over several lines of the desk, as the "
                    "copy forward's summary does, and stays for ten seconds.", timeout=10)
        await wait_for(pilot, lambda: any(toast.region.height for toast in desk.query("Toast")),
                       what="the notification")
        status_line = desk.query_one(StatusBar).region
        assert all(toast.region.bottom <= status_line.y for toast in desk.query("Toast"))


def test_the_desk_refuses_to_draw_into_a_redirected_standard_error(cli, monkeypatch, tmp_path):
    import io
    import sys

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    # Set in the test: pytest puts its own capture back between setup and the test.
    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setattr(sys, "stdout", Terminal())
    log = open(tmp_path / "desk.log", "w", encoding="utf-8")  # drafter 2> desk.log
    monkeypatch.setattr(sys, "stderr", log)
    from drafter.cli.main import main

    with pytest.raises(SystemExit) as stopped:
        main(["--workspace", str(tmp_path / "ws"), "desk"])
    monkeypatch.undo()
    log.close()
    assert stopped.value.code == 1
    assert (tmp_path / "desk.log").read_text(encoding="utf-8").endswith(
        "drafter: error: the desk draws on standard error, which is not the terminal here (2> FILE): "
        "open it without redirecting standard error\n")
