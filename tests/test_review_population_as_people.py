"""A force's population given as the people it serves ("West Midlands
Police serves 2.9 million residents", "a county of almost 3 million
people") is held to its stored population, as "a population of 2.9
million" was, where it was left unverified as a count of nothing stored.
A count of people too small to be a force area's ("arrested 1,200 people")
is no population.

The statement is written for the project; the figures are made up.
"""

from __future__ import annotations

import all_forces
import pytest

import drafter

HEAD = """West Midlands Police and Crime Commissioner
Statement on the National Policing Priorities
January 2023

Reduce serious violence

"""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("people-served")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        all_forces.import_all(opened, root)
        yield opened, root


def _statuses(workspace, body):
    opened, root = workspace
    path = root / "west-midlands-2023-01.txt"
    path.write_text(HEAD + body + "\n", encoding="utf-8")
    report = opened.review(path, period="2022")
    return {m.text: (m.status, m.measure) for m in report.figures}


@pytest.mark.parametrize(("sentence", "number"), [
    ("In 2022 West Midlands Police served 2.9 million residents.", "2.9 million"),
    ("In 2022 the force policed a region of almost 3 million people.", "3 million"),
    ("In 2022 the force served 2,920,000 inhabitants.", "2,920,000"),
])
def test_the_people_a_force_serves_are_its_population(workspace, sentence, number):
    assert _statuses(workspace, sentence)[number] == ("verified", "population")


def test_a_count_of_people_too_few_for_a_force_area_is_not_its_population(workspace):
    status, measure = _statuses(workspace, "In 2022 officers arrested 1,200 people for carrying knives.")["1,200"]
    assert measure != "population"
