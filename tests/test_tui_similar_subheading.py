"""Under a sub-heading of a web-style statement ("Our performance", "What we
are doing") the Similar pane looks within the section, with the section's
heading, as it does under the heading: the sub-heading's few words say
nothing of the priority, and matched on their own they brought up the
introduction and closing as "closer matches under other priorities"."""

from __future__ import annotations

import pytest
from drafter.tui.suggestions import ALL_PRIORITIES
from test_tui_support import ashmoor_draft, desk_app, no_cursor_blink, open_desk, settle, wait_for

__all__ = ["no_cursor_blink"]  # the autouse fixture, imported to apply here

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
async def test_a_sub_heading_finds_its_own_priority(indexed_workspace, size):
    draft = ashmoor_draft(indexed_workspace)
    section = draft.section("serious-violence")
    assert section.paragraphs[0].kind == "subheading"
    app = desk_app(indexed_workspace)
    async with app.run_test(size=size) as pilot:
        desk = await open_desk(pilot)
        while desk.session.section_key != "serious-violence":
            await pilot.press("ctrl+down")
        await settle(pilot)
        await wait_for(pilot, lambda: desk.similar.heading.startswith("Like the sub-heading"),
                       what="suggestions for the sub-heading")
        await settle(pilot)
        groups = desk.similar.groups
        assert [group.title for group in groups] == ["Serious violence"]
        assert groups[0].hits
        assert all(hit.priority == "serious-violence" for hit in groups[0].hits)
        # Alt+A still looks across every priority.
        await pilot.press("alt+a")
        await wait_for(pilot, lambda: desk.similar_scope == ALL_PRIORITIES, what="all priorities")
