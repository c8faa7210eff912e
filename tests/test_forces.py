"""Force names as statements and spreadsheets write them all come to one of
the 43 territorial forces of England and Wales."""

from __future__ import annotations

import pytest

from drafter.forces import (
    ENGLAND_AND_WALES,
    FORCE_NAMES,
    closest_forces,
    force_named,
    forces_in_region,
    forces_in_text,
    region_of,
)


def test_there_are_43_forces_in_ten_regions():
    assert len(FORCE_NAMES) == len(set(FORCE_NAMES)) == 43
    regions = {region_of(name) for name in FORCE_NAMES}
    assert len(regions) == 10
    assert sum(len(forces_in_region(region)) for region in regions) == 43


@pytest.mark.parametrize("written, force", [
    ("Devon & Cornwall Police", "Devon and Cornwall"),
    ("London, City of", "City of London"),
    ("Metropolitan Police Service", "Metropolitan Police"),
    ("Lancashire Constabulary", "Lancashire"),
    ("the Commissioner for Sussex", "Sussex"),
    ("Police, Fire and Crime Commissioner for Staffordshire", "Staffordshire"),
    ("West Midlands [note 3]", "West Midlands"),
    ("Kent 2", "Kent"),
    ("Dyfed Powys", "Dyfed-Powys"),
    ("Hampshire and Isle of Wight Constabulary", "Hampshire"),
    ("england and wales", ENGLAND_AND_WALES),
])
def test_usual_forms_name_one_force(written, force):
    assert force_named(written) == force


def test_unknown_names_are_none_unless_the_workspace_names_them():
    assert force_named("Severnshire") is None
    assert force_named("Severnshire Police", ("Severnshire",)) == "Severnshire"
    assert force_named("") is None


def test_closest_names_are_offered_for_a_misspelling():
    assert closest_forces("West Midland")[0] == "West Midlands"
    assert "Northumbria" in closest_forces("Northumberland")


def test_a_force_is_offered_for_a_slip_in_its_other_name():
    # The ONS tables' "London, City of", typed with a semicolon, is the City's
    # name first, though it holds "London" as a word; each force once.
    assert closest_forces("London; City of")[0] == "City of London"
    assert closest_forces("Metropolitan") == ["Metropolitan Police"]


def test_forces_named_in_text_skip_regions_and_lower_case():
    text = ("West Mercia Police works with Devon & Cornwall; the West Midlands region "
            "and a kent village are not forces here.")
    assert [m.force for m in forces_in_text(text)] == ["West Mercia", "Devon and Cornwall"]
