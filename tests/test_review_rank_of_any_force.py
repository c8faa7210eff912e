"""A rank said as "the most of any force", "fewer than any other force": the
first place among the 43 at one end, as the largest forces' offices write it.
Review holds it to every force's figures (a wrong one an error, where it
passed unread), and copy forward keeps it only while it still holds. A rank
said without a force ("Excluding West Midlands Police, …", as the Met's office
sets aside the City of London's small population) is among the others.

The statement's sentences are written for the project; the figures are made up.
"""

from __future__ import annotations

import csv

import all_forces
import pytest

import drafter

MET = "Metropolitan Police"
HEAD = """Mayor's Office for Policing and Crime
Statement on the National Policing Priorities
January 2023

Reduce serious violence

"""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("any-force")
    values = {(MET, "knife_offences", "2022"): 20_000, (MET, "knife_offences", "2023"): 900,
              (MET, "firearms_offences", "2022"): 900}
    with (root / "figures.csv").open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["area", "measure", "period", "value", "unit", "source"])
        writer.writerows(all_forces.rows(("2022", "2023"), values=values, national=True))
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(root / "figures.csv")
        yield opened, root


def _ranks(workspace, body, name="mopac-2023-01.txt"):
    opened, root = workspace
    path = root / name
    path.write_text(HEAD + body + "\n", encoding="utf-8")
    return opened.review(path, period="2022").to_dict()["ranks"]


@pytest.mark.parametrize("words, status", [
    ("the most of any force", "verified"),
    ("more than any other police force", "verified"),
    ("the fewest of any force", "wrong"),
    ("fewer than any other force", "wrong"),
])
def test_a_first_place_said_of_any_force_is_checked(workspace, words, status):
    [claim] = _ranks(workspace, f"In 2022 the Metropolitan Police recorded 20,000 knife offences, {words}.")
    assert (claim["text"], claim["measure"], claim["status"]) == (words.removeprefix("the "), "knife_offences",
                                                                  status)


def test_more_than_any_other_force_of_no_figure_is_no_claim(workspace):
    assert _ranks(workspace, "The Metropolitan Police has more specialist officers than any other force.") == []


def test_copy_forward_leaves_a_first_place_that_no_longer_holds(workspace):
    opened, root = workspace
    path = root / "mopac-2023-01-any.txt"
    path.write_text(HEAD + "In 2022 the Metropolitan Police recorded 20,000 knife offences, the most of any "
                    "force.\n", encoding="utf-8")
    opened.add_statements([path])
    [statement] = [s for s in opened.list_statements() if s.file == path.name]
    draft = opened.new_draft(from_statement=statement.id)
    paragraph = draft.section("serious-violence").paragraphs[0]
    assert "the most of any force" in paragraph.text
    assert any(left["reason"].startswith("'most of any force' no longer holds in 2023: Metropolitan Police is the "
                                          "33rd highest of 43 forces") for left in paragraph.origin.not_rolled)


@pytest.mark.parametrize("words, status", [
    ("Excluding West Midlands Police, the Met recorded the highest number of firearms offences", "verified"),
    ("Leaving aside West Midlands Police, the Met recorded the highest number of firearms offences", "verified"),
    ("Excluding West Midlands Police, the Met recorded the 2nd highest number of firearms offences", "wrong"),
    ("The Met recorded the highest number of firearms offences", "wrong"),
    ("The Met recorded the highest number of firearms offences outside Dorset and West Midlands Police",
     "verified"),
])
def test_a_rank_said_without_a_force_is_among_the_others(workspace, words, status):
    [claim] = _ranks(workspace, f"{words} in England and Wales in 2022 (900).")
    assert claim["status"] == status
    assert f"of {43 - len(left_out(words))} forces" in claim["reason"]


def left_out(words: str) -> list[str]:
    return [force for force in ("Dorset", "West Midlands") if force in words]


@pytest.mark.parametrize("sentence, status", [
    ("In 2022 the Metropolitan Police recorded more knife offences than any other force.", "verified"),
    ("In 2022 the Metropolitan Police recorded the most knife offences of any force.", "verified"),
    ("In 2022 the Metropolitan Police recorded fewer knife offences than any other force.", "wrong"),
])
def test_a_first_place_with_its_measure_between_is_checked(workspace, sentence, status):
    [claim] = _ranks(workspace, sentence)
    assert (claim["measure"], claim["status"]) == ("knife_offences", status)


@pytest.mark.parametrize("words", ["the most significant reduction of any force in the North West",
                                   "more of a fall than any other force"])
def test_a_change_said_to_be_the_largest_of_any_force_is_no_first_place_on_the_level(words):
    # Those are the largest change's words (review/checks/change_ranks.py), not the measure's highest level.
    from drafter.claims.ranks import RANK_PHRASE

    assert RANK_PHRASE.search(words) is None
