"""Problems writers met at the desk, each checked as the writer sees it: one Esc
back to the editor at every size, a bad synonyms file named until it is fixed,
a rebuild asked for with Ctrl+R said to be done where the status line has no room,
the empty section's hint whole beside the gutter, the review's counts in good
English, the export dialog kept open to put a name right, and a draft saved
elsewhere while it is open here merged with the desk's edits."""

from __future__ import annotations

import pytest
from drafter.review import Finding, ReviewReport
from drafter.tui.screens.desk import DeskScreen
from drafter.tui.screens.export import ExportScreen
from drafter.tui.screens.statement import StatementScreen
from drafter.tui.widgets.editor import GUTTER_WIDTH
from drafter.tui.widgets.similar import HitList
from test_tui_support import (
    copied_forward_draft,
    desk_app,
    no_cursor_blink,
    notifications,
    open_desk,
    settle,
    static_text,
    wait_for,
)

__all__ = ["no_cursor_blink"]  # the autouse fixture, imported to apply here

pytestmark = pytest.mark.anyio

SIZES = [(80, 24), (100, 30), (160, 48)]


@pytest.fixture
def anyio_backend():
    return "asyncio"


def footer_keys(app) -> set[str]:
    """The descriptions of the keys the footer offers now."""
    return {active.binding.description for active in app.screen.active_bindings.values()
            if active.binding.show}


# -- Esc ------------------------------------------------------------------------------------
@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
async def test_one_esc_from_similar_gives_the_keys_back_to_the_editor(indexed_workspace, size):
    copied_forward_draft(indexed_workspace)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=size) as pilot:
        desk = await open_desk(pilot)
        scope = desk.similar_scope
        await pilot.press("f3")
        await wait_for(pilot, lambda: isinstance(app.focused, HitList), what="the Similar list")
        assert "Open statement" in footer_keys(app)
        await pilot.press("escape")
        assert app.focused is desk.editor
        assert desk.maximized is None
        assert "Open statement" not in footer_keys(app)
        await pilot.press(*"ao")
        await settle(pilot)
        assert desk.editor.text.startswith("ao"), "the letters are typed, not taken as keys"
        assert desk.similar_scope == scope
        assert isinstance(app.screen, DeskScreen), "no past statement was opened"
        assert not isinstance(app.screen, StatementScreen)


@pytest.mark.parametrize("size", SIZES[:2], ids=lambda size: f"{size[0]}x{size[1]}")
async def test_one_esc_from_figures_gives_the_keys_back_to_the_editor(indexed_workspace, size):
    copied_forward_draft(indexed_workspace)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=size) as pilot:
        desk = await open_desk(pilot)
        await pilot.press("f4")
        await pilot.pause()
        assert app.focused is desk.figures.sentence_list
        await pilot.press("escape", *"xyz")
        assert app.focused is desk.editor
        assert desk.editor.text.startswith("xyz")


# -- a bad synonyms file ----------------------------------------------------------------------
async def test_a_bad_synonyms_file_is_named_until_it_is_fixed(indexed_workspace):
    copied_forward_draft(indexed_workspace)
    synonyms = indexed_workspace.path / "synonyms.txt"
    good = synonyms.read_text(encoding="utf-8")
    bad_line = len(good.splitlines()) + 1
    synonyms.write_text(good + "burglar alarm =>\n", encoding="utf-8")
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        desk = await open_desk(pilot)
        state = desk.similar.query_one("#similar-state")
        await wait_for(pilot, lambda: "synonyms.txt" in static_text(state), what="the problem")
        shown = static_text(state)
        assert f"line {bad_line}" in shown and "nothing after '=>'" in shown
        assert "Fix that line" in shown
        # The status line says the search stopped; the file is named in the pane, since its
        # name beside the roll's count would cut the draft's area and period on 80 columns.
        assert static_text(desk.query_one("#status-index")).startswith("Search stopped")
        where = desk.query_one("#status-where").render_line(0).text.strip()
        assert where.startswith(f"{desk.session.draft.area} {desk.session.draft.period}")
        told = notifications(app, "error")
        assert len(told) == 1 and "Fix that line" in told[0]
        assert not any("Ctrl+R" in message for message in notifications(app))
        # Still named after more typing: nothing lets the problem drop out of sight.
        await pilot.press(*"Knife crime ")
        await settle(pilot)
        assert f"line {bad_line}" in static_text(state)
        assert len(notifications(app, "error")) == 1, "told once, not at every search"

        synonyms.write_text(good, encoding="utf-8")
        await pilot.press("f3")
        await wait_for(pilot, lambda: desk.similar.heading.startswith("Like "),
                       what="a search after the fix")
        assert "synonyms" not in static_text(state)
        # On 80 columns a working index is not named, to keep the draft's counts whole.
        assert not desk.query_one("#status-index").display and app.index_state == "Search ready"


async def test_a_rebuild_asked_for_says_when_it_is_done_at_80_columns(indexed_workspace, monkeypatch):
    copied_forward_draft(indexed_workspace)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        desk = await open_desk(pilot)
        # The rebuild itself is the index's to test; here only what the writer is told of it.
        monkeypatch.setattr(app.workspace, "build_index", lambda **options: None)
        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: any("rebuilt" in message for message in notifications(app)),
                       what="word that the rebuild is done")
        assert app.index_ready and not desk.query_one("#status-index").display


# -- the empty section's hint --------------------------------------------------------------------
@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
async def test_an_empty_sections_hint_is_shown_whole(indexed_workspace, size):
    indexed_workspace.new_draft(date="2024-06")
    app = desk_app(indexed_workspace)
    async with app.run_test(size=size) as pilot:
        desk = await open_desk(pilot)
        while desk.session.section.paragraphs:
            await pilot.press("ctrl+down")
        await settle(pilot)
        editor = desk.editor
        assert editor.text == ""
        lines = [editor.render_line(y).text.rstrip() for y in range(editor.size.height)]
        shown = " ".join(line.strip() for line in lines if line.strip())
        assert shown == ("Write this section here. Leave a blank line between paragraphs; "
                         "numbers are added for you. Start a line with ### for a "
                         "sub-heading, - for a bullet.")
        assert all(line[:GUTTER_WIDTH].strip() == "" for line in lines), "beside the gutter"


# -- the review's summary -------------------------------------------------------------------------
@pytest.mark.parametrize(("severities", "summary"), [
    (["error"] + ["warning"] * 30 + ["info"] * 8, "39 findings: 1 error, 30 warnings, 8 info"),
    (["warning"], "1 finding: 0 errors, 1 warning, 0 info"),
    (["error", "error", "info"], "3 findings: 2 errors, 0 warnings, 1 info"),
])
def test_the_review_counts_in_singular_and_plural(severities, summary):
    kinds = {"error": "arithmetic", "warning": "unverified-figure", "info": "changed-paragraph"}
    findings = [Finding(kinds[severity], None, None, "message") for severity in severities]
    report = ReviewReport(document=None, period=None, area=None, figures_area=None, against=None,
                          findings=findings)
    assert report.findings_summary() == summary
    assert report.summary_line().startswith(f"{summary} · figures: ")


# -- the export dialog ----------------------------------------------------------------------------
async def open_export(pilot, name: str) -> ExportScreen:
    await pilot.press("ctrl+o")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, ExportScreen), what="the dialog")
    dialog = pilot.app.screen
    field = dialog.query_one("#export-name")
    field.value = name
    field.focus()
    return dialog


async def test_a_name_that_clashes_with_the_format_keeps_the_dialog_open(indexed_workspace,
                                                                       tmp_path):
    copied_forward_draft(indexed_workspace)
    app = desk_app(indexed_workspace, export_dir=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_desk(pilot)
        dialog = await open_export(pilot, "panel-statement.md")
        await pilot.press("enter")  # Word is the format chosen
        await pilot.pause()
        assert app.screen is dialog, "the dialog stays open"
        problem = static_text(dialog.query_one("#export-problem"))
        assert "ends in .md but the format is docx" in problem
        assert dialog.query_one("#export-problem").display
        assert dialog.query_one("#export-name").value == "panel-statement.md"
        # The writer puts it right in place and exports.
        dialog.query_one("#export-name").value = "panel-statement.docx"
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.last_export is not None, what="the export")
        assert app.last_export == tmp_path / "panel-statement.docx"
        assert app.last_export.exists()


async def test_a_name_of_a_format_drafter_does_not_write_keeps_the_dialog_open(
        indexed_workspace, tmp_path):
    copied_forward_draft(indexed_workspace)
    app = desk_app(indexed_workspace, export_dir=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_desk(pilot)
        dialog = await open_export(pilot, "panel-statement.pdf")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog
        assert static_text(dialog.query_one("#export-problem")) == (
            "The name ends in .pdf, which drafter does not write (it writes .md, .txt or .docx); "
            "name the file panel-statement.docx.")
        assert app.last_export is None


async def test_a_name_too_long_for_the_disk_keeps_the_dialog_open(indexed_workspace, tmp_path):
    copied_forward_draft(indexed_workspace)
    app = desk_app(indexed_workspace, export_dir=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_desk(pilot)
        name = "x" * 300 + ".docx"
        dialog = await open_export(pilot, name)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog and app.is_running
        assert "too long" in static_text(dialog.query_one("#export-problem"))
        assert dialog.query_one("#export-name").value == name


# -- a draft saved elsewhere while it is open -----------------------------------------------------------
CLI_WORDS = "CLI-added homicide paragraph."


def edit_elsewhere(workspace, draft_id: int, key: str, words: str) -> int:
    """Append a paragraph as ``drafter draft edit --append`` does, through the
    workspace's own connection; the revision saved."""
    import drafter

    with drafter.open_workspace(workspace.path) as elsewhere:
        changed = elsewhere.get_draft(draft_id)
        changed.set_section_text(key, changed.section(key).text() + "\n\n" + words)
        return elsewhere.save_draft(changed, note=f"appended a paragraph to {key}").revision


async def saved_after(pilot, desk, revision: int) -> int:
    """The revision that holds everything typed: on a loaded machine keys come slower than the
    autosave pause, and a save of the first few letters must not count."""
    status = desk.query_one("#status-save")
    await wait_for(pilot, lambda: desk.session.revision > revision and not desk.session.dirty
                   and static_text(status).startswith("Saved"), what="the autosave")
    await settle(pilot)
    return desk.session.revision


async def test_a_change_made_elsewhere_is_kept_with_the_desks_edits(indexed_workspace):
    draft = copied_forward_draft(indexed_workspace)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        desk = await open_desk(pilot)
        assert desk.session.section_key == "introduction"
        outside = edit_elsewhere(indexed_workspace, draft.id, "homicide", CLI_WORDS)
        assert outside == desk.session.revision + 1
        await pilot.press(*"Desk words ")
        mine = await saved_after(pilot, desk, outside)
        head = indexed_workspace.get_draft(draft.id)
        assert CLI_WORDS in head.section("homicide").text(), "the other change is not undone"
        assert head.section("introduction").text().startswith("Desk words ")
        warned = notifications(app, "warning")
        assert len(warned) == 1
        assert warned[0] == (
            f"Draft {draft.id} was changed outside the desk: revision {outside} (appended a "
            f"paragraph to homicide). Its changes to Homicide are in your text now, saved "
            f"with your edits as revision {outside + 1}.")
        # The desk's first save after the other change brought the two together; on a loaded
        # machine the keys can come slower than the autosave pause, and the rest of the words
        # are saved after it (``mine``), with nothing more to say.
        assert mine >= outside + 1
        # The desk has it too: its next save keeps it, and says nothing more.
        assert CLI_WORDS in desk.session.draft.section("homicide").text()
        await pilot.press(*"more ")
        await saved_after(pilot, desk, mine)
        assert CLI_WORDS in indexed_workspace.get_draft(draft.id).section("homicide").text()
        assert len(notifications(app, "warning")) == 1


async def test_the_section_on_screen_shows_a_change_made_elsewhere(indexed_workspace):
    draft = copied_forward_draft(indexed_workspace)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        desk = await open_desk(pilot)
        await pilot.press("ctrl+down")
        await settle(pilot)
        assert desk.session.section_key == "homicide"
        outside = edit_elsewhere(indexed_workspace, draft.id, "homicide", CLI_WORDS)
        # A change of title saves the draft, the section on screen untouched.
        await pilot.press("ctrl+g")
        await pilot.pause()
        app.screen.query_one("#details-title").value = "Quarterly statement to the panel"
        await pilot.press("enter", "enter", "enter", "enter", "enter")
        await saved_after(pilot, desk, outside)
        assert desk.editor.text.rstrip().endswith(CLI_WORDS), "the editor shows it"
        head = indexed_workspace.get_draft(draft.id)
        assert head.title == "Quarterly statement to the panel"
        assert CLI_WORDS in head.section("homicide").text()
        assert "Homicide are in your text now" in notifications(app, "warning")[-1]


def prefix_elsewhere(workspace, draft_id: int, key: str, words: str) -> int:
    """Put ``words`` at the start of the section's first paragraph, saved
    from another connection; the revision saved."""
    import drafter

    with drafter.open_workspace(workspace.path) as elsewhere:
        changed = elsewhere.get_draft(draft_id)
        paragraphs = changed.section(key).text().split("\n\n")
        changed.set_section_text(key, "\n\n".join([f"{words} {paragraphs[0]}", *paragraphs[1:]]))
        return elsewhere.save_draft(changed, note=f"edited {key}").revision


@pytest.mark.parametrize("change_elsewhere, both_kept", [(edit_elsewhere, True), (prefix_elsewhere, False)],
                         ids=["in different paragraphs", "in the same paragraph"])
async def test_a_section_changed_in_both_places(indexed_workspace, change_elsewhere, both_kept):
    """Both changes stand when they are in different paragraphs; in the same
    paragraph the writer's words are kept and the other revision stays listed."""
    from drafter.drafts import get_revision

    draft = copied_forward_draft(indexed_workspace)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        desk = await open_desk(pilot)
        await pilot.press("ctrl+down")
        await settle(pilot)
        await pilot.press(*"Desk words ")
        first = await saved_after(pilot, desk, desk.session.revision)
        outside = change_elsewhere(indexed_workspace, draft.id, "homicide", CLI_WORDS)
        await pilot.press(*"and more ")
        mine = await saved_after(pilot, desk, outside)
        assert mine > first
        text = indexed_workspace.get_draft(draft.id).section("homicide").text()
        assert text.startswith("Desk words and more ") and desk.editor.text.startswith("Desk words and more ")
        told = f"Draft {draft.id} was changed outside the desk: revision {outside} ("
        if both_kept:
            assert text.rstrip().endswith(CLI_WORDS)
            await wait_for(pilot, lambda: desk.editor.text.rstrip().endswith(CLI_WORDS), what="the appended paragraph")
            assert notifications(app, "warning")[-1] == told + (
                f"appended a paragraph to homicide). Its changes to Homicide are in your text now, saved "
                f"with your edits as revision {outside + 1}.")
        else:
            assert CLI_WORDS not in text
            assert CLI_WORDS in get_revision(indexed_workspace, draft.id, outside).section("homicide").text()
            assert notifications(app, "warning")[-1] == told + (
                "edited homicide). Homicide changed here too: your words are kept; "
                f"revision {outside}'s stay in Revisions (F9) to restore from.")
