"""A second change that leaves its verb to the first ("fell by 6.5% on the same
quarter last year and by 9.9% on the previous quarter", "Neighbourhood crime
fell by 137 on the same quarter last year, and residential burglary by 29")
is held to the figures for the period it names, or the first names, of the
measure it names, with the first's direction, where it was left unverified
or, for a count, read as the level the first count moved to. A change on a
year before said to be on the previous quarter is held to the previous
quarter, where it was verified as the year's. A change's size after the level it
reached ("rose on the previous quarter to 1,962, an increase of 17") takes
the period named before it, where it was left unverified."""

from __future__ import annotations

import pytest

import drafter

FIGURES = ("area,measure,period,value\n"
           "Derbyshire,neighbourhood_crime,2024-Q2,2099\n"
           "Derbyshire,neighbourhood_crime,2025-Q1,1945\n"
           "Derbyshire,neighbourhood_crime,2025-Q2,1962\n"
           "Derbyshire,residential_burglary,2024-Q2,700\n"
           "Derbyshire,residential_burglary,2025-Q1,680\n"
           "Derbyshire,residential_burglary,2025-Q2,671\n")


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("elliptical")
    (root / "figures.csv").write_text(FIGURES, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(root / "figures.csv")
        yield opened, root


def _review(workspace, sentence: str):
    opened, root = workspace
    path = root / "derbyshire-2025-07.txt"
    path.write_text("Derbyshire Police and Crime Panel\n\nJuly 2025\n\nIntroduction\n\n"
                    "1. This statement covers April to June 2025.\n\nReduce neighbourhood crime\n\n"
                    f"2. {sentence}\n", encoding="utf-8")
    report = opened.review(path)
    return {m.text: m.status for m in report.figures}, \
        [(f.kind, f.message) for f in report.findings if f.kind in ("arithmetic", "direction")]


def test_the_second_change_is_held_to_the_period_it_names(workspace):
    status, errors = _review(workspace, "Neighbourhood crime fell by 6.5% on the same quarter last year and by "
                                        "9.9% on the previous quarter.")
    assert status["6.5%"] == "verified" and status["9.9%"] == "wrong"
    assert ("arithmetic", "9.9% for neighbourhood crime: the figures went from 1,945 in 2025-Q1 to 1,962 in "
                          "2025-Q2 (+0.9%)") in errors


def test_the_second_change_takes_the_first_ones_direction(workspace):
    status, errors = _review(workspace, "Neighbourhood crime fell by 6.5% on the same quarter last year and by "
                                        "0.9% on the previous quarter.")
    assert errors == [("direction", "'fell' says it went down, but the figures went from 1,945 in 2025-Q1 to "
                                    "1,962 in 2025-Q2 (+0.9%)")]


def test_a_right_pair_of_changes_is_verified_and_raises_nothing(workspace):
    status, errors = _review(workspace, "Residential burglary fell by 4.1% on the same quarter last year and by "
                                        "1.3% on the previous quarter.")
    assert (status["4.1%"], status["1.3%"], errors) == ("verified", "verified", [])


def test_a_count_change_of_another_measure_leaving_its_verb_to_the_first_is_verified(workspace):
    status, errors = _review(workspace, "Neighbourhood crime fell by 137 on the same quarter last year, and "
                                        "residential burglary by 29.")
    assert (status["137"], status["29"], errors) == ("verified", "verified", [])


def test_such_a_count_change_that_is_wrong_names_the_figures_gap(workspace):
    status, errors = _review(workspace, "Neighbourhood crime fell by 137 on the same quarter last year, and "
                                        "residential burglary by 40.")
    assert status["40"] == "wrong"
    assert errors == [("arithmetic", "fell by 40 on 2024-Q2 does not follow from the figures: 700 in 2024-Q2 to "
                                     "671 in 2025-Q2 is 29 fewer")]


def test_such_a_count_change_that_went_the_other_way_is_a_direction_error(workspace):
    _, errors = _review(workspace, "Residential burglary fell by 9 on the previous quarter, and neighbourhood "
                                   "crime by 17.")
    assert errors == [("direction", "'fell' says neighbourhood crime went down, but the figures went from 1,945 "
                                    "in 2025-Q1 to 1,962 in 2025-Q2 (+17)")]


def test_a_percentage_change_of_another_measure_is_held_to_that_measures_figures(workspace):
    status, errors = _review(workspace, "Neighbourhood crime fell by 6.5% on the same quarter last year, and "
                                        "residential burglary by 9.9%.")
    assert status["9.9%"] == "wrong"
    assert errors == [("arithmetic", "9.9% for residential burglary: the figures went from 700 in 2024-Q2 to 671 "
                                     "in 2025-Q2 (-4.1%)")]


def test_two_count_changes_are_never_read_as_one_count_moving_to_the_other(workspace):
    _, errors = _review(workspace, "Compared with the same quarter last year, neighbourhood crime fell by 137 "
                                   "and residential burglary by 29.")
    assert not [message for _, message in errors if "quoted beside it went from 137" in message]


def test_a_change_on_a_year_before_said_to_be_on_the_previous_quarter_is_wrong(workspace):
    status, errors = _review(workspace, "Neighbourhood crime fell by 6.5% on the previous quarter.")
    assert status["6.5%"] == "wrong"
    assert ("arithmetic", "6.5% for neighbourhood crime: the figures went from 1,945 in 2025-Q1 to 1,962 in "
                          "2025-Q2 (+0.9%)") in errors


@pytest.mark.parametrize(("size", "wrong"), [("17", False), ("40", True)])
def test_a_changes_size_after_the_level_takes_the_period_named_before_it(workspace, size, wrong):
    status, errors = _review(workspace, f"Neighbourhood crime rose on the previous quarter to 1,962, an increase "
                                        f"of {size}.")
    assert status[size] == ("wrong" if wrong else "verified")
    assert errors == ([("arithmetic", "increase of 40 on 2025-Q1 does not follow from the figures: 1,945 in 2025-Q1 "
                                      "to 1,962 in 2025-Q2 is 17 more")] if wrong else [])
