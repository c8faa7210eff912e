"""Copying forward the newest statement, whose next quarter has no figures
yet: the writer is told plainly that the figures stay as copied and why,
never "0 figures rolled forward", which reads as a failure. On the desk at
80×24 and 160×48, and from ``drafter draft new``."""

from __future__ import annotations

import pytest
from test_tui_support import (
    copy_forward_from_start,
    desk_app,
    newest_statement,
    no_cursor_blink,
    notifications,
    static_text,
)

__all__ = ["no_cursor_blink"]  # the autouse fixture, imported to apply here

NOT_IN_YET = "No figures for July to September 2026 (2026-Q3) are stored yet"


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
@pytest.mark.parametrize("size, status", [((80, 24), "as copied · 14 left"),
                                          ((160, 48), "figures as copied, for 2026-Q2 · 14 left for you")],
                         ids=["80x24", "160x48"])
async def test_copying_the_newest_statement_says_the_next_figures_are_not_in_yet(
        indexed_workspace, size, status):
    source = newest_statement(indexed_workspace, "Ashmoor")
    assert source.date == "2026-09"
    position = [s.id for s in indexed_workspace.list_statements()].index(source.id)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=size) as pilot:
        desk = await copy_forward_from_start(pilot, position)
        draft = desk.session.draft
        assert draft.next_period_missing == "2026-Q3" and draft.period == "2026-Q2"
        assert static_text(desk.query_one("#status-roll")) == status
        told = notifications(app)
        assert any(message.startswith(NOT_IN_YET) and "copy the statement forward again" in message
                   and "14 left for you" in message for message in told), told
        assert not any("0 figures rolled forward" in message for message in told)

    reopened = indexed_workspace.get_draft(draft.id)
    assert reopened.next_period_missing == "2026-Q3"


def test_draft_new_says_the_next_figures_are_not_in_yet(seeded_workspace, cli):
    source = newest_statement(seeded_workspace, "Ashmoor")
    result = cli("draft", "new", "--from", source.id, workspace=seeded_workspace.path)
    assert result.exit_code == 0
    assert ("no figures for July to September 2026 (2026-Q3) are stored yet, so the figures stay "
            "as copied, for 2026-Q2; 14 left for you") in result.output
    assert "0 figures rolled forward" not in result.output
    as_json = cli("draft", "new", "--from", source.id, "--json", workspace=seeded_workspace.path).json()
    assert as_json["next_period_missing"] == "2026-Q3" and as_json["rolled"] == 0


def test_a_statement_whose_next_figures_are_in_still_counts_what_rolled(seeded_workspace, cli):
    earlier = next(s for s in seeded_workspace.list_statements()
                   if s.force == "Severnshire" and s.date == "2026-06")
    draft = seeded_workspace.new_draft(from_statement=earlier.id, date="2026-09")
    assert draft.next_period_missing is None
    rolled, left = draft.roll_counts()
    assert rolled > 10
