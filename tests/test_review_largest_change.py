"""A claim that one measure changed most ("Theft from the person showed the
most significant rise", "Vehicle crime saw the largest fall") is
held to the changes of the measures its paragraph names: one the figures
contradict is an arithmetic error naming the measure that did change most,
with every change, where it passed unread.

West Yorkshire's figures here are written for the project (the force is
real, its figures invented).
"""

from __future__ import annotations

import pytest

FIGURES = """\
area,measure,period,value,unit
West Yorkshire,neighbourhood_crime,2024,52000,
West Yorkshire,neighbourhood_crime,2025,58500,
West Yorkshire,residential_burglary,2024,9000,
West Yorkshire,residential_burglary,2025,8600,
West Yorkshire,theft_from_the_person,2024,3000,
West Yorkshire,theft_from_the_person,2025,4170,
West Yorkshire,vehicle_crime,2024,30000,
West Yorkshire,vehicle_crime,2025,34500,
"""
OPENING = ("There were 58,500 neighbourhood crimes in West Yorkshire in 2025, an increase of 12.5% from the year "
           "before, counting residential burglaries, thefts from the person and vehicle crimes. ")


@pytest.fixture
def review(empty_workspace, tmp_path):
    (tmp_path / "figures.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "figures.csv")

    def run(body: str):
        path = tmp_path / "west-yorkshire.md"
        path.write_text("# West Yorkshire Mayor: National Policing Priorities, 2025\n\nPublished March 2026\n\n"
                        f"## Reduce neighbourhood crime\n\n{body}\n", encoding="utf-8")
        return [f for f in empty_workspace.review(path, area="West Yorkshire").findings
                if f.kind in ("arithmetic", "direction")]
    return run


@pytest.mark.parametrize("claim", [
    "Theft from the person showed the most significant rise, up 39.0% on 2024.",
    "The largest rise, by number, was in vehicle crime.",
    "Residential burglary saw the largest fall.",
])
def test_a_claim_the_figures_bear_out_passes(review, claim):
    assert review(OPENING + claim) == []


def test_a_claim_the_figures_contradict_names_the_measure_that_changed_most(review):
    [error] = review(OPENING + "The largest percentage increase was in residential burglary.")
    assert error.kind == "arithmetic"
    assert "the figures give the largest rise to theft from the person" in error.message
    assert "theft from the person 3,000 → 4,170 (+39.0%)" in error.message


def test_a_claim_of_a_fall_in_a_measure_that_rose_is_one_error(review):
    errors = review(OPENING + "Vehicle crime saw the largest fall.")
    assert len(errors) == 1


def test_a_paragraph_naming_one_measure_compares_nothing(review):
    assert review("The largest increase was in vehicle crime, which rose to 34,500 in 2025.") == []


def test_the_largest_change_either_way_is_held_to_the_size_of_each(review):
    assert review(OPENING + "The largest change was in theft from the person.") == []
    [error] = review(OPENING + "The largest change was in residential burglary.")
    assert "the figures give the largest change to theft from the person" in error.message


def test_each_claim_of_a_paragraph_is_held_to_its_changes(review):
    errors = review(OPENING + "The largest rise was in residential burglary. The largest fall was in vehicle crime.")
    assert len(errors) == 2
