"""Who presents the report, as a writer sets it in the desk: the draft's
details (Ctrl+G) name them and the exported report says "Presented by: ...";
left blank, the report has no such line (never "Presented by: N/A")."""

from __future__ import annotations

import pytest
from drafter.tui.screens.confirm import ConfirmScreen
from drafter.tui.screens.details import DetailsScreen
from drafter.tui.screens.export import ExportScreen
from test_tui_support import desk_app, no_cursor_blink, open_desk, wait_for

__all__ = ["no_cursor_blink"]  # the autouse fixture, imported to apply here

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


def keys_for(text: str) -> list[str]:
    return ["space" if char == " " else char for char in text]


async def open_details(pilot) -> DetailsScreen:
    await pilot.press("ctrl+g")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, DetailsScreen), what="the details")
    return pilot.app.screen


async def export_text(pilot, folder) -> str:
    """Export as plain text from the export dialog (Ctrl+O, ↑ to Text) into an empty
    ``folder``; what was written."""
    app = pilot.app
    folder.mkdir()
    app.export_dir, app.last_export = folder, None
    await pilot.press("ctrl+o")
    await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen), what="the export dialog")
    await pilot.press("up", "enter")
    # The draft's priority sections have nothing in them yet: exported anyway, as asked.
    await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen), what="the question")
    await pilot.press("y")
    await wait_for(pilot, lambda: app.last_export is not None, what="the export")
    return app.last_export.read_text(encoding="utf-8")


async def test_the_draft_details_name_who_presents_the_report(indexed_workspace, tmp_path):
    draft = indexed_workspace.new_draft(title="QA empty draft", date="2026-11")
    app = desk_app(indexed_workspace, export_dir=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        desk = await open_desk(pilot)
        assert "Presented by" not in await export_text(pilot, tmp_path / "before")

        form = await open_details(pilot)
        presenter = form.query_one("#details-presented_by")
        assert presenter.value == "" and "no “Presented by” line" in presenter.placeholder
        assert presenter.region.bottom <= 24 and form.query_one("#details-ok").region.bottom <= 24
        await pilot.press("tab", *keys_for("Chief Executive"), "enter", "enter", "enter", "enter")
        await wait_for(pilot, lambda: app.screen is desk, what="the form to close")
        await wait_for(pilot, lambda: indexed_workspace.get_draft(draft.id).presented_by == "Chief Executive",
                       what="the save")
        exported = await export_text(pilot, tmp_path / "named")
        assert "\n\nTitle: QA empty draft\n\nPresented by: Chief Executive\n\n" in exported

        # Cleared, the line goes again.
        form = await open_details(pilot)
        assert form.query_one("#details-presented_by").value == "Chief Executive"
        await pilot.press("tab", "ctrl+u", "enter", "enter", "enter", "enter")
        await wait_for(pilot, lambda: indexed_workspace.get_draft(draft.id).presented_by == "",
                       what="the save")
        assert "Presented by" not in await export_text(pilot, tmp_path / "cleared")


async def test_a_new_drafts_form_keeps_its_four_fields(indexed_workspace):
    from drafter.tui.screens.start import StartScreen

    app = desk_app(indexed_workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen), what="start screen")
        await pilot.press("down", "enter")  # an empty draft
        await wait_for(pilot, lambda: isinstance(app.screen, DetailsScreen), what="the form")
        assert not app.screen.query("#details-presented_by")
        await pilot.press("enter", "enter", "enter", "enter")
        desk = await open_desk(pilot)
    assert indexed_workspace.get_draft(desk.session.draft.id).presented_by == ""
