"""The places within the force areas (drafter.review.places): every district under
one of the 43 forces, and a name that is also an ordinary word or a force's
own name a place only where the words make it one."""

from __future__ import annotations

import tomllib
from importlib.resources import files

import pytest

from drafter.forces import FORCE_NAMES
from drafter.review.places import force_of_place, heading_place, places_by_force, places_in


def test_the_districts_of_england_and_wales_are_listed_under_their_forces():
    data = tomllib.loads(files("drafter.review").joinpath("places.toml").read_text(encoding="utf-8"))
    assert set(data["districts"]) == set(FORCE_NAMES)
    assert sum(len(names) for names in data["districts"].values()) == 318
    assert set(places_by_force()) == set(FORCE_NAMES)
    assert force_of_place("Grimsby") == "Humberside" and force_of_place("boston") == "Lincolnshire"


def _names(text):
    return [place.name for place in places_in(text)]


@pytest.mark.parametrize(("text", "named"), [
    ("In Boston there were 300 burglaries.", ["Boston"]),
    ("Across Wakefield, knife crime fell.", ["Wakefield"]),
    ("In Reading there were 120 offences.", ["Reading"]),
    ("Reading's town centre team", ["Reading"]),
    ("Rugby recorded 40 burglaries.", ["Rugby"]),
    ("in Bristol and Bath", ["Bristol", "Bath"]),
    ("in Stoke on Trent and King’s Lynn", ["Stoke on Trent", "King’s Lynn"]),
    ("In North East Lincolnshire there were 3.", ["North East Lincolnshire"]),
    ("Reading: 120 knife offences", ["Reading"]),
    ("Newcastle-upon-Tyne recorded 40.", ["Newcastle-upon-Tyne"]),
    ("Wakefield Council said burglary fell.", ["Wakefield"]),
    ("Reading the latest figures, burglary fell.", []),
    ("Reading: the figures in brief", []),
    ("Westminster has funded 300 more officers.", []),
    ("Inspector Hart said burglary fell.", []),
    ("Avon and Somerset Police recorded 300.", []),
    ("Hampshire and Isle of Wight Constabulary", []),
    ("Durham Constabulary recorded 40.", []),
    ("Derbyshire recorded 40.", []),
    ("Lincolnshire and Gloucestershire", []),
    ("stops at Newcastle Central station", []),
])
def test_a_place_is_read_only_where_the_words_make_it_one(text, named):
    assert _names(text) == named


@pytest.mark.parametrize(("heading", "place"), [
    ("Sheffield", "Sheffield"), ("Annex C: Boston district", "Boston"), ("READING", "Reading"),
    ("Annex B: Performance figures", None), ("Lincolnshire", None), ("Durham", None),
])
def test_a_heading_naming_one_place(heading, place):
    found = heading_place(heading)
    assert (found.name if found else None) == place
