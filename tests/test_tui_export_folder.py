"""The export dialog says what is wrong with the folder typed in words that fit it:
a file typed where the folder goes is called a file, not a folder that does not
exist. The dialog is shown on its own, without the desk and its index."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from drafter.tui.screens.export import ExportScreen
from tui_screen_host import ScreenHost

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


async def test_a_file_typed_as_the_export_folder_is_called_a_file(tmp_path):
    (tmp_path / "notes.txt").write_text("minutes\n", encoding="utf-8")
    draft = SimpleNamespace(title="Cumbria statement", date="2026-11")
    screen = ExportScreen(draft, tmp_path)
    app = ScreenHost(screen)
    async with app.run_test(size=(70, 20)) as pilot:
        await pilot.pause()
        screen.query_one("#export-folder").value = str(tmp_path / "notes.txt")
        await pilot.press("enter")
        await pilot.pause()
        said = str(screen.query_one("#export-problem").render())
        assert said == f"{tmp_path / 'notes.txt'} is a file, not a folder: choose the folder to export into."
        assert app.screen is screen, "the dialog stays open to put it right"
