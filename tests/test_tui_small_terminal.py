"""On a small terminal (80x24, and 70x20 with a screen magnifier on) what a
dialog says is shown whole where the writer needs it: the end of a long title
a blank field keeps (the quarter it names), every word of a dialog's hint.
Each dialog is shown on its own, without the desk and its index."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from drafter.tui.screens.details import DetailsScreen, DraftDetails
from drafter.tui.screens.export import ExportScreen
from tui_screen_host import ScreenHost

pytestmark = pytest.mark.anyio

LONG_TITLE = ("National Policing Priorities – Cumbria Police, Fire and Crime Commissioner "
              "Statement, April to June 2026")


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.mark.parametrize("size", [(70, 20), (80, 24), (160, 48)], ids=lambda size: f"{size[0]}x{size[1]}")
async def test_the_copied_title_shows_the_quarter_it_names(size):
    form = DetailsScreen("New draft copied forward", DraftDetails("", "2026-11", "", "Cumbria"),
                         kept_title=LONG_TITLE)
    app = ScreenHost(form)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.pause()
        title = form.query_one("#details-title")
        seen = title.render_line(0).text.strip()
        assert seen == title.placeholder, "the hint is shown whole, not cut at the field's end"
        assert seen.startswith("blank: “… ") and seen.endswith("Statement, April to June 2026”")


async def test_the_export_dialog_hint_says_every_key_on_70_columns(tmp_path):
    draft = SimpleNamespace(title="Cumbria statement", date="2026-11")
    app = ScreenHost(ExportScreen(draft, tmp_path))
    async with app.run_test(size=(70, 20)) as pilot:
        await pilot.pause()
        hint = app.screen.query_one(".dialog-hint")
        seen = " ".join(hint.render_line(row).text.strip() for row in range(hint.size.height))
        assert seen == "↑↓ format · Enter exports · Tab moves between fields · Esc cancels"
