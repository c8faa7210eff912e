"""A paragraph copied forward has its history in every earlier statement; the
Similar pane leaves those copies out (the draft already holds them) and says
so, rather than telling the writer the corpus has nothing like it."""

from __future__ import annotations

import pytest
from drafter.tui.suggestions import NOTHING_CLOSE, NOTHING_ELSE_CLOSE, arrange
from test_tui_support import desk_app, newest_draft, no_cursor_blink, open_desk, settle
from test_tui_suggestions import CLOSE_SCORE, WEAK, hit

__all__ = ["no_cursor_blink"]  # the autouse fixture, imported to apply here


@pytest.fixture
def anyio_backend():
    return "asyncio"


def test_a_weak_list_left_after_the_drafts_own_copies_says_so():
    own = [hit(WEAK, "homicide", 1)]
    held = [hit(CLOSE_SCORE, "homicide", 2)]
    groups = arrange(own, own, section_name="Homicide", priority="homicide", scope="section",
                     limit=8, held_back=(held, held))
    assert [group.heading for group in groups] == [f"Homicide · {NOTHING_ELSE_CLOSE}"]
    everywhere = arrange(own, own, section_name="Homicide", priority="homicide", scope="all",
                         limit=8, held_back=(held, held))
    assert everywhere[0].heading == f"All priorities · {NOTHING_ELSE_CLOSE}"


def test_weak_matches_held_back_leave_the_corpus_with_nothing_close():
    own = [hit(WEAK, "homicide", 1)]
    groups = arrange(own, own, section_name="Homicide", priority="homicide", scope="section",
                     limit=8, held_back=([hit(WEAK, "homicide", 2)], []))
    assert [group.heading for group in groups] == [f"Homicide · {NOTHING_CLOSE}"]


@pytest.mark.anyio
async def test_the_copied_homicide_count_is_not_said_to_have_nothing_close(indexed_workspace):
    newest_draft(indexed_workspace, "Severnshire")
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(160, 48)) as pilot:
        desk = await open_desk(pilot)
        while desk.session.section_key != "homicide":
            await pilot.press("ctrl+down")
        await settle(pilot)
        assert "homicides in Severnshire" in desk.editor.current_paragraph_text()
        own = desk.similar.groups[0]
        # Its earlier versions are where it came from; what is left is weak, and said to be.
        assert own.heading == f"Homicide · {NOTHING_ELSE_CLOSE}"
        assert own.hits and all(hit.level == "weak" for hit in own.hits)
