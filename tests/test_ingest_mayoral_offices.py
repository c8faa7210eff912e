"""Statements from mayoral offices and police, fire and crime commissioners: the force
is read from the office's name, not from the body the statement goes to."""

from __future__ import annotations

import pytest

from drafter.corpus import read_statement

BODY = ("Reduce serious violence\n\n"
        "Weapon sweeps were carried out in parks and on estates across the area.\n")


def _force_of(tmp_path, header: str) -> str | None:
    path = tmp_path / "statement.txt"
    path.write_text(f"{header}\n\nStatement on the National Policing Priorities\n\n{BODY}", encoding="utf-8")
    return read_statement(path).force


@pytest.mark.parametrize("header, force", [
    ("MOPAC\nLondon Assembly Police and Crime Committee\nNovember 2026", "Metropolitan Police"),
    ("Mayor's Office for Policing and Crime\nReport to the London Assembly Police and Crime Committee\n"
     "12 November 2026", "Metropolitan Police"),
    ("Essex Police, Fire and Crime Commissioner\nPublished 18 November 2026", "Essex"),
])
def test_the_committee_a_statement_goes_to_is_not_its_force(tmp_path, header, force):
    assert _force_of(tmp_path, header) == force


def test_a_board_naming_no_known_force_still_names_the_office_when_nothing_else_does(tmp_path):
    assert _force_of(tmp_path, "Northvale Police and Crime Panel\n12 November 2026") == "Northvale"
