"""What a dialog means is read from its characters, not its colours: a writer on
a terminal without colour (NO_COLOR, a monochrome console, a screen magnifier's
high contrast) sees which format is chosen and which paragraph a suggestion
came from. Each dialog is shown on its own, without the desk and its index."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from drafter.tui.screens.export import ExportScreen
from textual.widgets import RadioButton
from tui_screen_host import ScreenHost

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


def shown(widget) -> str:
    return widget.render().plain


async def test_only_the_chosen_export_format_has_its_dot(tmp_path):
    draft = SimpleNamespace(title="Cumbria statement", date="2026-11")
    app = ScreenHost(ExportScreen(draft, tmp_path))
    async with app.run_test(size=(70, 20)) as pilot:
        await pilot.pause()
        buttons = list(app.screen.query(RadioButton))
        assert [shown(button)[:3] for button in buttons] == ["▐●▌", "▐ ▌", "▐ ▌"]
        await pilot.press("down")
        assert [shown(button)[:3] for button in buttons] == ["▐ ▌", "▐●▌", "▐ ▌"]
        assert shown(buttons[1]).strip() == "▐●▌ Markdown (.md)"
