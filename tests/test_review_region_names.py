"""A rank "in the North West" (the region's own name, without the word
"region") places the force among the North West's forces, as "in the North
West region" does; so do the other regions' names. A region's name that is
also the force's own ("the West Midlands" of West Midlands Police, "London"
of the Metropolitan Police) is its own area: a force cannot rank within
itself. A region the force is not in is never a wrong rank.

Figures: every force made up for 2022 (tests/all_forces.py), with the North
West's knife crime rates set per 100,000: Cumbria 140.0, Lancashire 119.0,
Cheshire 77.3, Greater Manchester 75.0, Merseyside 50.7.
"""

from __future__ import annotations

import all_forces
import pytest

import drafter
from drafter import drafts

NORTH_WEST = {"Cumbria": (500_000, 700), "Lancashire": (1_500_000, 1_785), "Cheshire": (1_000_000, 773),
              "Greater Manchester": (2_800_000, 2_100), "Merseyside": (1_400_000, 710)}


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("regions")
    values = {}
    for force, (people, knives) in NORTH_WEST.items():
        values[(force, "population", "2022")] = people
        values[(force, "knife_offences", "2022")] = knives
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        all_forces.import_all(opened, root, values=values)
        yield opened


def _review(workspace, paragraphs, area="Cheshire"):
    draft = workspace.new_draft(area=area, period="2022", date="2023-03")
    for text in paragraphs:
        drafts.append_paragraph(draft, "serious-violence", text)
    workspace.save_draft(draft)
    return workspace.review(draft.id)


def _claim(report, sentence):
    (claim,) = [c for c in report.ranks if c.sentence == sentence]
    return claim


def test_the_north_west_by_name_ranks_among_its_five_forces(workspace):
    right = "In 2022 Cheshire had the 3rd highest knife crime rate in the North West."
    wrong = "In 2022 Cheshire had the second highest knife crime rate in the North West."
    report = _review(workspace, [right, wrong])
    assert _claim(report, right).status == "verified"
    assert "Cheshire 77.3 is the 3rd highest of 5 forces in the North West region" in _claim(report, right).reason
    (error,) = [f for f in report.findings if f.kind == "wrong-rank"]
    assert error.evidence == wrong
    assert error.message.startswith("'second highest': Cheshire is the 3rd highest of 5 forces in the North West "
                                    "region for knife_offences per 100,000 in 2022, not 2nd highest; Cumbria is "
                                    "highest at 140.0")


@pytest.mark.parametrize(("sentence", "group"), [
    ("In 2022 Dorset had the highest knife crime rate in the South West.", "5 forces in the South West region"),
    ("In 2022 Derbyshire had the lowest knife crime rate in the East Midlands.",
     "5 forces in the East Midlands region"),
    ("In 2022 Humberside had the highest knife crime rate across Yorkshire and the Humber.",
     "4 forces in the Yorkshire and the Humber region"),
    ("In 2022 Gwent had the lowest knife crime rate in Wales.", "4 forces in Wales"),
    ("In 2022 Durham had the 2nd highest knife crime rate in the North East.", "3 forces in the North East region"),
    ("In 2022 Essex had the lowest knife crime rate in the East of England.",
     "6 forces in the East of England region"),
    ("In 2022 Surrey had the highest knife crime rate of the South East forces.", "5 forces in the South East region"),
    ("In 2022 Staffordshire had the lowest knife crime rate in the West Midlands.",
     "4 forces in the West Midlands region"),
    ("In 2022 City of London had the lowest knife crime rate in London.", "2 forces in London"),
])
def test_each_regions_plain_name_ranks_among_its_forces(workspace, sentence, group):
    claim = _claim(_review(workspace, [sentence]), sentence)
    assert claim.among == "region"
    assert f" of {group}" in claim.reason


@pytest.mark.parametrize(("area", "sentence"), [
    ("West Midlands", "Knife crime in Solihull was the 3rd highest in the West Midlands in 2022."),
    ("Metropolitan Police", "Westminster had the highest knife crime rate in London in 2022."),
])
def test_a_region_named_as_the_forces_own_area_is_no_rank_of_the_force(workspace, area, sentence):
    report = _review(workspace, [sentence], area=area)
    assert report.ranks == []
    assert not [f for f in report.findings if f.kind in ("wrong-rank", "unverified-rank")]


def test_a_region_the_force_is_not_in_is_left_for_checking_never_wrong(workspace):
    sentence = "In 2022 Cheshire had the 3rd highest knife crime rate in the North East."
    report = _review(workspace, [sentence])
    assert _claim(report, sentence).status == "unverifiable"
    (finding,) = [f for f in report.findings if f.kind in ("wrong-rank", "unverified-rank")]
    assert finding.kind == "unverified-rank"
    assert "ranks Cheshire in the North East region, which it is not a force of" in finding.message


def test_the_north_west_in_lower_case_as_a_direction_is_not_the_region(workspace):
    sentence = "In 2022 Cheshire had the 3rd highest knife crime rate of the 43 forces, mostly in the north west."
    claim = _claim(_review(workspace, [sentence]), sentence)
    assert claim.among == "forces"


@pytest.mark.parametrize("sentence", [
    "In 2022 Cheshire had the 3rd highest knife crime rate in the north west.",
    "In 2022 Cheshire had the 3rd highest knife crime rate in the North-West.",
    "In 2022 Cheshire had the 3rd highest knife crime rate of the north-west forces.",
    "Of the five forces in the North West, Cheshire had the 3rd highest knife crime rate in 2022.",
    "Among north west forces, Cheshire had the 3rd highest knife crime rate in 2022.",
])
def test_the_north_west_in_any_case_or_named_first_ranks_among_its_five_forces(workspace, sentence):
    report = _review(workspace, [sentence])
    claim = _claim(report, sentence)
    assert claim.status == "verified"
    assert "Cheshire 77.3 is the 3rd highest of 5 forces in the North West region" in claim.reason
    assert not [f for f in report.findings if f.kind == "wrong-rank"]


def test_lower_than_most_forces_in_the_north_west_is_a_claim_among_its_forces(workspace):
    # Two of the other four North West forces have a higher rate than Cheshire's: not most of them.
    sentence = "In 2022 Cheshire had a lower knife crime rate than most forces in the North West."
    report = _review(workspace, [sentence])
    claim = _claim(report, sentence)
    assert claim.among == "region" and claim.status == "wrong"
    (error,) = [f for f in report.findings if f.kind == "wrong-rank"]
    assert "of 5 forces in the North West region" in error.message
    assert "not lower than most forces" in error.message


@pytest.mark.parametrize("sentence", [
    "In 2022 Warrington had the highest knife crime rate in the north west of the county.",
    "In 2022 Warrington had the highest knife crime rate in the North West of Cheshire.",
    "In the north west of the county, Warrington had the highest knife crime rate in 2022.",
])
def test_a_part_of_a_place_is_no_region_and_no_rank_among_forces(workspace, sentence):
    report = _review(workspace, [sentence])
    assert report.ranks == []
    assert not [f for f in report.findings if f.kind in ("wrong-rank", "unverified-rank")]
