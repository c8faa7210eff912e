"""The list of drafts (Ctrl+L) at 80x24 as a writer reads it: each draft's
facts on indented lines of their own, never cut in the middle of one."""

from __future__ import annotations

import pytest
from drafter.tui.screens.pickers import DraftPickerScreen
from test_tui_support import copied_forward_draft, desk_app, no_cursor_blink, open_desk, wait_for
from test_writer_palette import shown_lines

__all__ = ["no_cursor_blink"]  # the autouse fixture, imported to apply here

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


async def test_the_list_of_drafts_keeps_each_fact_whole_at_80_columns(indexed_workspace):
    draft = copied_forward_draft(indexed_workspace)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_desk(pilot)
        await pilot.press("ctrl+l")
        await wait_for(pilot, lambda: isinstance(app.screen, DraftPickerScreen), what="the list of drafts")
        options = app.screen.query_one(".picker-list")
        await wait_for(pilot, lambda: options.option_count > 0, what="the drafts")
        lines = [line for line in shown_lines(options) if line.strip()]
        title_lines = [line for line in lines if not line.startswith(" ")]
        fact_lines = lines[len(title_lines):]
        assert " ".join(title_lines) == draft.title
        assert len(fact_lines) >= 2, "the facts take two lines at 80 columns"
        assert all(line.startswith("  ") and not line.startswith("   ") for line in fact_lines), \
            "each line of facts under the first"
        assert any(line.startswith("  0/8 sections done") or " · 0/8 sections done" in line
                   for line in fact_lines), "never broken inside"
        facts = " · ".join(line.strip() for line in fact_lines)
        assert facts.startswith(f"draft {draft.id} · {draft.date} · figures {draft.area} {draft.period}")
