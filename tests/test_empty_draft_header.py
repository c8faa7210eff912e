"""An empty draft for an area other than the settings' own is titled and
addressed as that area's, from the command line and from the desk's form,
which says the title a blank field gives before the draft is started.

The sample workspace's settings are Severnshire's; Ashmoor is its second area.
"""

from __future__ import annotations

import pytest
from drafter.tui.screens.details import DetailsScreen
from test_tui_support import desk_app, no_cursor_blink, open_desk, wait_for

__all__ = ["no_cursor_blink"]  # the autouse fixture, imported to apply here

ASHMOOR_TITLE = ("Performance Report – National Policing Priorities – Ashmoor Police and Crime "
                 "Commissioner Statement")


def test_an_empty_draft_for_another_area_has_that_areas_title_and_board(seeded_workspace):
    draft = seeded_workspace.new_draft(area="Ashmoor", date="2026-11")
    assert draft.title == ASHMOOR_TITLE
    assert draft.board == "Ashmoor Police and Crime Panel"
    closing = next(s for s in draft.sections if s.key == "closing").paragraphs[0].text
    assert "Ashmoor Police and Crime Panel" in closing and "Severnshire" not in closing


def test_the_settings_area_keeps_the_settings_title_and_board(seeded_workspace):
    settings = seeded_workspace.settings
    for area in (None, settings.area):
        draft = seeded_workspace.new_draft(area=area, date="2026-11")
        assert (draft.title, draft.board) == (
            f"Performance Report – National Policing Priorities – {settings.force} Police and Crime "
            "Commissioner Statement", settings.board)


def test_a_force_named_as_people_write_it_gets_its_own_name(seeded_workspace):
    draft = seeded_workspace.new_draft(area="west midlands police", date="2026-11")
    assert draft.area == "West Midlands"
    assert "– West Midlands Police and Crime Commissioner Statement" in draft.title
    assert draft.board == "West Midlands Police and Crime Panel"


def test_a_title_and_board_given_win(seeded_workspace):
    draft = seeded_workspace.new_draft(area="Ashmoor", title="Ashmoor update", board="Ashmoor Panel")
    assert (draft.title, draft.board) == ("Ashmoor update", "Ashmoor Panel")


def test_the_cli_and_the_export_name_the_area(seeded_workspace, cli, tmp_path):
    made = cli("draft", "new", "--area", "Ashmoor", "--json", workspace=seeded_workspace.path).json()
    assert made["title"] == ASHMOOR_TITLE
    out = tmp_path / "ashmoor.md"
    cli("draft", "export", str(made["id"]), "--force", "-o", str(out), workspace=seeded_workspace.path)
    head = out.read_text(encoding="utf-8").splitlines()[:5]
    assert head[0] == "Ashmoor Police and Crime Panel"
    assert f"# {ASHMOOR_TITLE}" in head
    assert not any("Severnshire" in line for line in head)


# -- the desk's form ------------------------------------------------------------------------------
@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.mark.anyio
@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
async def test_the_desk_form_says_the_title_for_the_area_typed_and_starts_with_it(indexed_workspace, size):
    app = desk_app(indexed_workspace)
    async with app.run_test(size=size) as pilot:
        await pilot.press("down", "enter")  # Start an empty draft
        await wait_for(pilot, lambda: isinstance(app.screen, DetailsScreen), what="the form")
        form = app.screen
        title = form.query_one("#details-title")
        assert "Severnshire Police and Crime Commissioner Statement" in title.placeholder
        await pilot.press("enter", "enter", "enter", "ctrl+u", *"Ashmoor")
        assert "… – Ashmoor Police and Crime Commissioner Statement" in title.placeholder
        assert "Severnshire" not in title.placeholder
        await pilot.press("enter")
        desk = await open_desk(pilot)
        draft = desk.session.draft
        assert (draft.area, draft.title, draft.board) == (
            "Ashmoor", ASHMOOR_TITLE, "Ashmoor Police and Crime Panel")


def test_a_draft_for_the_met_goes_to_the_london_assembly_committee():
    from types import SimpleNamespace

    from drafter.drafts.starting import usual_header

    settings = SimpleNamespace(area="Severnshire", force="Severnshire", board="Severnshire Police and Crime Panel")
    assert usual_header(settings, "Metropolitan Police").board == "London Assembly Police and Crime Committee"
    assert usual_header(settings, "Ashmoor").board == "Ashmoor Police and Crime Panel"
