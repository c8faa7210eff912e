"""A priority typed in another case or with a space for its hyphen
("Serious-Violence", "serious violence") is that priority, where search and
fill refused it as unknown; a word of one ("murder") is still refused with
the one meant, never taken for it unasked."""

from __future__ import annotations

import pytest

from drafter.errors import UnknownPriority
from drafter.priorities import check_priority, check_section


@pytest.mark.parametrize("typed", ["serious-violence", "Serious-Violence", "serious violence", "SERIOUS_VIOLENCE"])
def test_a_priority_however_typed_is_its_id(typed):
    assert check_priority(typed) == check_section(typed) == "serious-violence"


def test_the_sections_beside_the_priorities_are_named_the_same_way():
    assert check_section("Introduction") == "introduction"
    assert check_section("CLOSING") == "closing"


@pytest.mark.parametrize("typed", ["knife crime", "murder", "Reduce serious violence"])
def test_an_unknown_priority_is_still_refused_naming_what_was_typed(typed):
    with pytest.raises(UnknownPriority, match=typed):
        check_section(typed)


def test_search_and_fill_take_the_priority_as_typed(indexed_workspace):
    typed = indexed_workspace.search("knife surrender bins", priority="Serious Violence", limit=3)
    exact = indexed_workspace.search("knife surrender bins", priority="serious-violence", limit=3)
    assert [hit.paragraph_id for hit in typed] == [hit.paragraph_id for hit in exact] != []
    assert {template.priority for template in indexed_workspace.list_templates("Homicide")} == {"homicide"}
