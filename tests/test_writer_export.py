"""Exporting the Ashmoor draft as a writer does: Markdown is one key away in
the export dialog (↑↓ from the name field), and the exported Markdown keeps
the web-style house style (title, the opening under no heading as the page had it, section headings, sub-headings as
sub-headings, bullets as a list, no paragraph numbers)."""

from __future__ import annotations

import re

import pytest
from drafter.tui.screens.confirm import ConfirmScreen
from drafter.tui.screens.export import ExportScreen
from test_tui_support import ashmoor_draft, desk_app, no_cursor_blink, open_desk, static_text, wait_for

__all__ = ["no_cursor_blink"]  # the autouse fixture, imported to apply here

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


async def open_export(pilot) -> ExportScreen:
    await pilot.press("ctrl+o")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, ExportScreen), what="the dialog")
    return pilot.app.screen


async def export_anyway(pilot) -> None:
    """Answer the question an empty draft's export asks (its priorities have nothing in them)."""
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, ConfirmScreen), what="the question")
    await pilot.press("y")
    await wait_for(pilot, lambda: pilot.app.last_export is not None, what="the export")


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=lambda size: f"{size[0]}x{size[1]}")
async def test_down_then_enter_exports_markdown_in_the_house_style(indexed_workspace, tmp_path, size):
    draft = ashmoor_draft(indexed_workspace)
    app = desk_app(indexed_workspace, export_dir=tmp_path)
    async with app.run_test(size=size) as pilot:
        await open_desk(pilot)
        dialog = await open_export(pilot)
        assert "↑↓ format" in static_text(dialog.query_one(".dialog-hint"))
        await pilot.press("down")
        assert dialog.query_one("#export-name").value.endswith(".md")
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.last_export is not None, what="the export")
    exported = app.last_export
    assert exported.suffix == ".md" and exported.parent == tmp_path
    markdown = exported.read_text(encoding="utf-8")
    lines = markdown.splitlines()
    assert lines[0] == f"# {draft.title}"
    # Ashmoor's page opens straight under its title, so its introduction has no heading.
    assert "## Introduction" not in lines
    for section in draft.sections[1:]:
        assert f"## {section.heading}" in lines
        for paragraph in section.paragraphs:
            if paragraph.kind == "subheading":
                assert f"### {paragraph.text}" in lines
            elif paragraph.kind == "bullet":
                assert f"- {paragraph.text}" in lines
    # A bullet list is one list: no blank line between its items.
    homicide = draft.section("homicide")
    bullets = [f"- {p.text}" for p in homicide.paragraphs if p.kind == "bullet"][:2]
    assert lines.index(bullets[1]) == lines.index(bullets[0]) + 1
    assert not re.search(r"^\d+\.\s", markdown, re.MULTILINE), "a web-style statement has no numbers"


async def test_up_from_word_wraps_round_to_plain_text(indexed_workspace, tmp_path):
    ashmoor_draft(indexed_workspace)
    app = desk_app(indexed_workspace, export_dir=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_desk(pilot)
        dialog = await open_export(pilot)
        await pilot.press("up")
        assert dialog.fmt == "txt" and dialog.query_one("#export-name").value.endswith(".txt")
        await pilot.press("down", "down")
        assert dialog.fmt == "md"
        await pilot.press("escape")
        assert app.last_export is None


async def test_another_format_is_offered_its_own_name_without_a_needless_number(indexed_workspace, tmp_path):
    draft = indexed_workspace.new_draft(title="QA empty draft", date="2026-11")
    stem = f"qa-empty-draft-{draft.date}"
    exports = tmp_path / "exports"
    exports.mkdir()
    app = desk_app(indexed_workspace, export_dir=exports)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_desk(pilot)
        dialog = await open_export(pilot)
        await pilot.press("enter")  # Word, as offered
        await export_anyway(pilot)
        assert app.last_export.name == f"{stem}.docx"

        dialog = await open_export(pilot)
        name = dialog.query_one("#export-name")
        assert name.value == f"{stem}-2.docx", "a Word file of that name is there"
        await pilot.press("down")
        assert name.value == f"{stem}.md", "no Markdown file of that name is there"
        await pilot.press("up")
        assert name.value == f"{stem}-2.docx"
        await pilot.press("down")
        app.last_export = None
        await pilot.press("enter")
        await export_anyway(pilot)
    assert sorted(path.name for path in exports.iterdir()) == [f"{stem}.docx", f"{stem}.md"]


async def test_a_name_the_writer_typed_keeps_its_words_in_another_format(indexed_workspace, tmp_path):
    indexed_workspace.new_draft(title="QA empty draft", date="2026-11")
    (tmp_path / "board-paper.md").write_text("an earlier export", encoding="utf-8")
    app = desk_app(indexed_workspace, export_dir=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_desk(pilot)
        dialog = await open_export(pilot)
        name = dialog.query_one("#export-name")
        await pilot.press("ctrl+u", *"board-paper.docx")
        await pilot.press("down")
        assert name.value == "board-paper.md", "the writer's name, not a suggestion"


async def test_empty_priority_sections_are_named_before_export(indexed_workspace, tmp_path):
    draft = indexed_workspace.new_draft(title="QA empty draft", date="2026-11")
    for key in ("homicide", "serious-violence", "drugs-county-lines", "victim-satisfaction"):
        draft.set_section_text(key, "Something written.")
    indexed_workspace.save_draft(draft)
    exports = tmp_path / "exports"
    exports.mkdir()
    app = desk_app(indexed_workspace, export_dir=exports)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_desk(pilot)
        await open_export(pilot)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen), what="the question")
        assert static_text(app.screen.query_one(".dialog-text")) == (
            "These priority sections have nothing in them yet:\n"
            "  Reduce Neighbourhood Crime\n  Tackle Fraud and Cybercrime\n\nExport anyway?")
        assert app.screen.query_one("#yes").region.bottom <= 24, "the answer is on the screen"
        await pilot.press("n")
        await pilot.pause()
        assert app.last_export is None and not list(exports.iterdir())
        await open_export(pilot)
        await pilot.press("enter", "y")
        await wait_for(pilot, lambda: app.last_export is not None, what="the export")
    assert [path.name for path in exports.iterdir()] == ["qa-empty-draft-2026-11.docx"]


async def test_the_name_field_shows_the_start_of_a_long_name(indexed_workspace, tmp_path):
    indexed_workspace.new_draft(title="Performance Report – National Policing Priorities – Severnshire "
                                      "Police and Crime Commissioner Statement", date="2026-11")
    app = desk_app(indexed_workspace, export_dir=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_desk(pilot)
        dialog = await open_export(pilot)
        await pilot.pause()
        name = dialog.query_one("#export-name")
        assert name.value == "performance-report-national-policing-priorities-severnshire-2026-11.docx"
        shown = name.render_line(0).text.rstrip()
        assert shown and name.value.startswith(shown), "the field opens at the name's start"
        # Still the whole name selected: typing a new one replaces it.
        await pilot.press(*"board")
        assert name.value == "board"


async def test_tab_from_the_name_goes_to_the_folder_and_the_export_goes_there(indexed_workspace, tmp_path):
    ashmoor_draft(indexed_workspace)
    chosen = tmp_path / "Panel papers"
    chosen.mkdir()
    app = desk_app(indexed_workspace, export_dir=tmp_path / "elsewhere")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_desk(pilot)
        dialog = await open_export(pilot)
        assert "Tab moves between fields" in static_text(dialog.query_one(".dialog-hint"))
        await pilot.press("tab")
        assert app.focused is dialog.query_one("#export-folder")
        await pilot.press("ctrl+u", *str(chosen), "enter")
        await wait_for(pilot, lambda: app.last_export is not None, what="the export")
    assert app.last_export.parent == chosen
