"""A new draft's default title names the office its statements come from:
the Mayor's Office for Policing and Crime for the Met, a police, fire and crime
commissioner where one holds the office, else the force's Police and Crime
Commissioner; each goes to its own body."""

from __future__ import annotations

import pytest

import drafter

PREFIX = "Performance Report – National Policing Priorities – "


@pytest.mark.parametrize(("force", "office", "board"), [
    ("Metropolitan Police", "Mayor's Office for Policing and Crime", "London Assembly Police and Crime Committee"),
    ("Staffordshire", "Staffordshire Police, Fire and Crime Commissioner", "Staffordshire Police, Fire and Crime Panel"),
    ("Cumbria", "Cumbria Police, Fire and Crime Commissioner", "Cumbria Police and Crime Panel"),
])
def test_a_new_office_s_first_draft_is_titled_by_its_office(cli, tmp_path, force, office, board):
    root = tmp_path / "office"
    started = cli("init", "--force", force, workspace=root)
    assert started.exit_code == 0, started.stderr
    created = cli("draft", "new", "--date", "2026-11", workspace=root)
    assert created.exit_code == 0, created.stderr
    assert f"created draft 1: {PREFIX}{office} Statement (2026-11" in created.stdout
    with drafter.open_workspace(root) as workspace:
        draft = workspace.get_draft(1)
        assert (draft.title, draft.board) == (f"{PREFIX}{office} Statement", board)
        assert "Police Police" not in draft.title


@pytest.mark.parametrize(("area", "office"), [
    ("Metropolitan Police", "Mayor's Office for Policing and Crime"),
    ("the met", "Mayor's Office for Policing and Crime"),
    ("Essex", "Essex Police, Fire and Crime Commissioner"),
    ("Northamptonshire", "Northamptonshire Police, Fire and Crime Commissioner"),
    ("Dyfed-Powys", "Dyfed-Powys Police and Crime Commissioner"),
    ("Ashmoor", "Ashmoor Police and Crime Commissioner"),
])
def test_a_draft_for_another_area_is_titled_by_that_area_s_office(seeded_workspace, area, office):
    draft = seeded_workspace.new_draft(area=area, date="2026-11")
    assert draft.title == f"{PREFIX}{office} Statement"
