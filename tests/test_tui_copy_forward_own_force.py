"""The copy-forward list opens on the office's own newest statement: a corpus
holding a neighbouring force's statement of the same quarter (added for
Similar) lists it first, and Enter, Enter, … had copied that force's words
forward into the office's draft.

Gwent's and Dyfed-Powys's statements here are written for the project (the
forces are real, the words and figures invented).
"""

from __future__ import annotations

import pytest
from drafter.tui.screens.pickers import StatementPickerScreen
from test_tui_support import desk_app, no_cursor_blink, open_desk, settle, static_text, wait_for

__all__ = ["no_cursor_blink"]  # the autouse fixture, imported to apply here

pytestmark = pytest.mark.anyio

OWN = """\
# Gwent quarterly statement, January to March 2026

Published April 2026

This statement reports on Gwent's contribution to the National Policing Priorities.

## Reduce serious violence

Gwent Police recorded 122 knife and sharp instrument offences in January to March 2026.
"""

NEIGHBOUR = """\
Dyfed-Powys quarterly statement on the National Policing Priorities, January to March 2026

April 2026

Reduce serious violence

Dyfed-Powys Police recorded 64 knife and sharp instrument offences in January to March 2026.
"""


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture
def gwent_workspace(empty_workspace, tmp_path):
    from drafter.store.schema import set_meta

    set_meta(empty_workspace.database, "seeded", "1")  # the office's own corpus, without the samples
    empty_workspace.set_office("Gwent", None)
    own, neighbour = tmp_path / "gwent-2026-q1.md", tmp_path / "dyfed-powys-2026-q1.txt"
    own.write_text(OWN, encoding="utf-8")
    neighbour.write_text(NEIGHBOUR, encoding="utf-8")
    empty_workspace.add_statements([own], force="Gwent")
    empty_workspace.add_statements([neighbour], force="Dyfed-Powys")
    assert [s.force for s in empty_workspace.list_statements()] == ["Dyfed-Powys", "Gwent"]
    return empty_workspace


@pytest.mark.parametrize("size", [(160, 48), (80, 24)])
async def test_copy_forward_opens_on_the_offices_own_newest_statement(gwent_workspace, size):
    from drafter.tui.screens.start import StartScreen

    gwent = next(s for s in gwent_workspace.list_statements() if s.force == "Gwent")
    app = desk_app(gwent_workspace)
    async with app.run_test(size=size) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen), what="start screen")
        await pilot.press("enter")  # "Copy forward from a past statement"
        await wait_for(pilot, lambda: isinstance(app.screen, StatementPickerScreen) and
                       static_text(app.screen.query_one(".picker-state")) != "Loading…", what="the list")
        assert static_text(app.screen.query_one(".picker-state")) == \
            "2 statements, newest first; Gwent's newest is highlighted"
        await settle(pilot)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter", "enter", "enter", "enter")
        desk = await open_desk(pilot)
        draft = desk.session.draft
        assert draft.from_statement == gwent.id
        assert "Gwent Police recorded" in draft.section("serious-violence").paragraphs[0].text


async def test_a_corpus_of_the_offices_own_statements_says_only_newest_first(gwent_workspace):
    from drafter.tui.screens.start import StartScreen

    neighbour = next(s for s in gwent_workspace.list_statements() if s.force == "Dyfed-Powys")
    gwent_workspace.remove_statement(neighbour.id)
    app = desk_app(gwent_workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen), what="start screen")
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, StatementPickerScreen) and
                       static_text(app.screen.query_one(".picker-state")) != "Loading…", what="the list")
        assert static_text(app.screen.query_one(".picker-state")) == "1 statement, newest first"
