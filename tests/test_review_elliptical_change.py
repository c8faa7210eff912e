"""A second change that leaves its verb to the first ("fell by 6.5% on the same
quarter last year and by 9.9% on the previous quarter") is held to the figures
for the period it names, with the first's direction, where it was left
unverified."""

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
