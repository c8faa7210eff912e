"""Vaguer rank and national wording in prose ("one of the highest", "among
the lowest", "in the top five", "higher than most forces", "below the
national average"): verified or refuted against every force's figures by the
rules in drafter.claims.ranks, and never called wrong without them."""

from __future__ import annotations

from pathlib import Path

import all_forces
import pytest

import drafter
from drafter import drafts
from drafter.claims.ranks import MOST, ONE_OF, vague_within

REPO = Path(__file__).resolve().parents[1]
# One sentence for each form (our own wording), and the words review reads as the claim.
HIGH_FORMS = {
    "one of the highest": "West Midlands has one of the highest rates of firearms offences of the 43 forces in 2022.",
    "among the highest": "Knife crime in the West Midlands was among the highest of all forces in England and Wales "
                         "in 2022.",
    "in the top five": "West Midlands was in the top five forces for homicides per million population in 2022.",
    "one of the top ten": "The force was one of the top ten forces for the rate of knife offences in 2022.",
    "higher than most forces": "The rate of firearms offences in the West Midlands was higher than most forces in "
                               "2022.",
    "above the national average": "Homicides in the West Midlands were above the national average in 2022.",
}
LOW_FORMS = {
    "among the lowest": "Homicides per million population in the West Midlands were among the lowest of the 43 "
                        "forces in 2022.",
    "one of the lowest": "West Midlands recorded one of the lowest rates of knife offences of any force nationally "
                         "in 2022.",
    "below the national average": "Firearms offences in the West Midlands were below the national average in 2022.",
    "lower than most forces": "The knife offences rate in the West Midlands was lower than most forces in 2022.",
}
# West Midlands made to have some of the lowest rates of the 43 (about 4 per million or 100,000).
LOW_WEST_MIDLANDS = {("West Midlands", "homicides", "2022"): 12, ("West Midlands", "firearms_offences", "2022"): 120,
                     ("West Midlands", "knife_offences", "2022"): 1_200}


def _review(workspace, paragraphs):
    draft = workspace.new_draft(area="West Midlands", period="2022", date="2023-09")
    for text in paragraphs:
        drafts.append_paragraph(draft, "serious-violence", text)
    workspace.save_draft(draft)
    return workspace.review(draft.id)


def _statuses(report) -> dict[str, str]:
    return {claim.text.lower(): claim.status for claim in report.ranks}


def _review_with_all_forces(tmp_path, **options):
    with drafter.open_workspace(tmp_path / "ws", seed=False) as opened:
        all_forces.import_all(opened, tmp_path, **options)
        return _review(opened, [*HIGH_FORMS.values(), *LOW_FORMS.values()])


@pytest.fixture(scope="module")
def high(tmp_path_factory):
    """West Midlands as the made-up figures have it: the highest rates of the 43."""
    return _review_with_all_forces(tmp_path_factory.mktemp("high"))


@pytest.fixture(scope="module")
def low(tmp_path_factory):
    return _review_with_all_forces(tmp_path_factory.mktemp("low"), values=LOW_WEST_MIDLANDS)


def test_every_form_is_read_with_its_measure(high):
    measures = {claim.text.lower(): (claim.measure, claim.per) for claim in high.ranks}
    assert set(measures) == set(HIGH_FORMS) | set(LOW_FORMS)
    assert measures["one of the highest"] == ("firearms_offences", 100_000)
    assert measures["among the highest"] == ("knife_offences", None)
    assert measures["in the top five"] == ("homicides", 1_000_000)
    assert measures["lower than most forces"] == ("knife_offences", 100_000)


def test_each_form_holds_where_the_force_stands(high, low):
    assert _statuses(high) == {**dict.fromkeys(HIGH_FORMS, "verified"), **dict.fromkeys(LOW_FORMS, "wrong")}
    assert _statuses(low) == {**dict.fromkeys(HIGH_FORMS, "wrong"), **dict.fromkeys(LOW_FORMS, "verified")}


def test_a_refuted_form_is_an_error_naming_the_true_rank_and_the_rule(high, low):
    wrong = {f.message.split("'")[1].lower(): f.message for f in low.findings if f.kind == "wrong-rank"}
    assert set(wrong) == set(HIGH_FORMS)
    assert "not one of the highest (the first quarter: 11th or better of 43)" in wrong["one of the highest"]
    assert "West Midlands is the " in wrong["one of the highest"] and " highest of 43 forces for firearms_offences " \
        "per 100,000 in 2022" in wrong["one of the highest"]
    assert "not in the top 5;" in wrong["in the top five"]
    assert "not higher than most forces (more than half of the other 42 lower)" in wrong["higher than most forces"]
    assert "is below the national figure, not above it" in wrong["above the national average"]
    lowest = {f.message.split("'")[1].lower(): f.message for f in high.findings if f.kind == "wrong-rank"}
    assert "West Midlands is the highest of 43 forces" in lowest["one of the lowest"]  # not "the 43rd lowest"


def test_one_of_the_highest_holds_to_the_11th_place_and_no_further(tmp_path):
    # West Midlands' 15.4 homicides per million, below ten (then eleven) forces made to have 30.
    sentence = "West Midlands had one of the highest homicide rates of the 43 forces in 2022."
    outcomes = []
    for above in (10, 11):
        values = {(force, measure, "2022"): value for force in ("Avon and Somerset", "Bedfordshire",
                  "Cambridgeshire", "Cheshire", "Cleveland", "Cumbria", "Derbyshire", "Devon and Cornwall",
                  "Dorset", "Durham", "Essex")[:above]
                  for measure, value in (("population", 1_000_000), ("homicides", 30))}
        with drafter.open_workspace(tmp_path / f"ws{above}", seed=False) as opened:
            all_forces.import_all(opened, tmp_path, name=f"all-{above}.csv", values=values)
            (claim,) = _review(opened, [sentence]).ranks
        outcomes.append((claim.actual.standing.position, claim.status))
    assert outcomes == [(11, "verified"), (12, "wrong")]


def test_the_rules_in_numbers():
    assert (vague_within(ONE_OF, 43), vague_within(MOST, 43)) == (11, 21)
    assert (vague_within(ONE_OF, 4), vague_within(MOST, 4)) == (1, 2)  # a region of four forces


def test_without_every_forces_figures_no_form_is_ever_wrong(tmp_path):
    with drafter.open_workspace(tmp_path / "ws", seed=False) as opened:
        opened.import_figures(REPO / "corpus" / "figures" / "west-midlands.csv")
        report = _review(opened, [*HIGH_FORMS.values(), *LOW_FORMS.values()])
    assert set(_statuses(report).values()) == {"unverifiable"}
    assert len(report.ranks) == len(HIGH_FORMS) + len(LOW_FORMS)
    kinds = [f.kind for f in report.findings if "rank" in f.kind]
    assert kinds == ["unverified-rank"] * len(report.ranks)
    assert all("needs every force's figures" in f.message for f in report.findings if f.kind == "unverified-rank")


def test_wording_that_ranks_no_forces_is_not_a_claim(high, tmp_path):
    with drafter.open_workspace(tmp_path / "ws", seed=False) as opened:
        report = _review(opened, ["Satisfaction among victims is one of the highest it has been since 2015.",
                                  "One of the largest increases was in theft from the person.",
                                  "Our officers are among the highest trained in the country."])
    assert report.ranks == []


VAGUE_STATEMENT = """\
West Midlands Police and Crime Panel

September 2023

Title: National Policing Priorities – West Midlands Police and Crime Commissioner Statement

Reduce Serious Violence

1. In 2022 the West Midlands had one of the highest rates of knife offences of the 43 forces, at 169.3 \
per 100,000 population.

2. Its rate of firearms offences was higher than most forces in 2022.
"""


def test_rolled_forward_a_vague_claim_that_still_holds_is_kept_and_one_that_no_longer_does_is_named(tmp_path):
    # 2023: the West Midlands' knife rate falls to 68.3 per 100,000, well down the 43; firearms stays high.
    changes = {("West Midlands", "population", "2023"): 2_930_000, ("West Midlands", "knife_offences", "2023"): 2_000}
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        all_forces.import_all(workspace, tmp_path, periods=("2022", "2023"), values=changes)
        path = tmp_path / "west-midlands-2023-09.txt"
        path.write_text(VAGUE_STATEMENT, encoding="utf-8")
        workspace.add_statements([path], force="West Midlands")
        draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id, period="2023")
    knives, firearms = [p for p in draft.section("serious-violence").paragraphs if p.origin.kind == "corpus"]
    assert "one of the highest rates of knife offences" in knives.text and "at 68.3 per 100,000" in knives.text
    (left,) = [entry for entry in knives.origin.not_rolled if entry["text"] == "one of the highest"]
    assert left["reason"].startswith("'one of the highest' no longer holds in 2023: West Midlands is the ")
    assert firearms.text == "Its rate of firearms offences was higher than most forces in 2023."
    assert [entry["new"] for entry in firearms.origin.rolled if entry["old"] == "higher than most forces"] == [
        "higher than most forces"]
