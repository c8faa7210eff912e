"""Rank and national-comparison sentences: filled from figures for every
force, honest about ties and small numbers, and not fillable (naming what is
missing) until every force's figures are loaded."""

from __future__ import annotations

import all_forces
import pytest

from drafter.fill import wording


@pytest.fixture
def all_forces_2022(empty_workspace, tmp_path):
    all_forces.import_all(empty_workspace, tmp_path)
    return empty_workspace


def test_the_serious_violence_rank_sentence_for_west_midlands(all_forces_2022):
    filled = all_forces_2022.render_template("serious-violence/firearms_rank", "2022", "West Midlands")
    national = sum(all_forces.made_up(f, "firearms_offences", "2022") for f in all_forces.FORCE_NAMES) \
        * 100_000 / sum(all_forces.made_up(f, "population", "2022") for f in all_forces.FORCE_NAMES)
    assert filled.text == (
        "In the year ending December 2022, the West Midlands recorded the highest rate of firearms "
        "offences of the 43 forces in England and Wales, 34.9 per 100,000 population against "
        f"{wording.one_decimal(national)} nationally.")
    assert len(filled.figures) == 86 and not filled.missing  # every force's count and population


def test_a_middle_rank_is_an_ordinal_and_a_tie_is_joint(empty_workspace, tmp_path):
    same = {("Kent", "homicides", "2022"): 30, ("Kent", "population", "2022"): 2_000_000,
            ("Essex", "homicides", "2022"): 30, ("Essex", "population", "2022"): 2_000_000}
    all_forces.import_all(empty_workspace, tmp_path, values=same)
    kent = empty_workspace.render_template("homicide/rate_rank", "2022", "Kent").text
    assert "the joint " in kent and "highest rate of homicide of the 43 forces" in kent
    mercia = empty_workspace.render_template("homicide/rate_rank", "2022", "West Mercia").text
    assert mercia.startswith("West Mercia had the ") and "th highest rate of homicide" in mercia


def test_small_numbers_carry_a_caution(all_forces_2022):
    text = all_forces_2022.render_template("homicide/rate_rank", "2022", "West Mercia").text
    homicides = all_forces.made_up("West Mercia", "homicides", "2022")
    assert text.endswith(f"; with {homicides} homicides, a few cases either way would change that position.")


def test_region_ranks_and_the_side_of_the_national_rate(all_forces_2022):
    region = all_forces_2022.render_template("serious-violence/knife_region_rank", "2022", "West Mercia").text
    assert "of the 4 forces in the West Midlands region" in region
    above = all_forces_2022.render_template("serious-violence/knife_national", "2022", "West Midlands").text
    assert "in the West Midlands were above the national rate of" in above


def test_without_every_force_the_sentence_is_not_fillable_and_says_why(empty_workspace, tmp_path):
    all_forces.import_all(empty_workspace, tmp_path, leave_out=("Dorset",))
    result = empty_workspace.fill("serious-violence", "2022", "West Midlands")
    ranks = {s.template: s for s in result.not_fillable}
    assert {"serious-violence/firearms_rank", "serious-violence/knife_rank"} <= set(ranks)
    gap = ranks["serious-violence/firearms_rank"].missing[0]
    assert (gap["measure"], gap["area"], gap["period"]) == ("firearms_offences", "Dorset", "2022")
    assert "[[missing firearms_offences for Dorset 2022]]" in ranks["serious-violence/firearms_rank"].text
    # The region of West Midlands is complete: its region rank is filled.
    assert "serious-violence/knife_region_rank" in {s.template for s in result.sentences}


def test_an_area_that_is_not_a_force_has_no_rank_sentences(seeded_workspace):
    result = seeded_workspace.fill("serious-violence", "2022", "Severnshire")
    assert "serious-violence/firearms_rank" in result.not_applicable
    assert not any(s.template.endswith("_rank") for s in result.sentences + result.not_fillable)


@pytest.mark.parametrize("position, order, joint, text", [
    (1, "highest", False, "the highest"), (8, "highest", False, "the 8th highest"),
    (3, "highest", True, "the joint 3rd highest"), (1, "lowest", True, "the joint lowest"),
    (2, "lowest", False, "the 2nd lowest")])
def test_rank_wording(position, order, joint, text):
    assert wording.rank_phrase(position, order, joint) == text


def test_among_wording():
    assert wording.among_phrase(43) == "of the 43 forces in England and Wales"
    assert wording.among_phrase(4, "Wales", in_region=True) == "of the 4 forces in Wales"
    assert wording.among_phrase(5, "East Midlands", in_region=True) == "of the 5 forces in the East Midlands region"


@pytest.mark.parametrize("tied, expected", [(False, "Kent had the 2nd lowest rate of homicide"),
                                            (True, "Kent had the joint lowest rate of homicide")])
def test_a_rank_near_the_foot_is_said_from_the_foot_and_passes_review(empty_workspace, tmp_path, tied, expected):
    # Every other force's rate is at least 4 per million; Kent's is 1, and Essex's 0.5 or, tied, 1.
    values = {("Kent", "homicides", "2022"): 2, ("Kent", "population", "2022"): 2_000_000,
              ("Essex", "homicides", "2022"): 2 if tied else 1, ("Essex", "population", "2022"): 2_000_000}
    all_forces.import_all(empty_workspace, tmp_path, values=values)
    kent = empty_workspace.render_template("homicide/rate_rank", "2022", "Kent").text
    assert kent.startswith(expected), kent
    draft = empty_workspace.new_draft(area="Kent", period="2022", date="2023-02")
    from drafter import drafts

    drafts.append_paragraph(draft, "homicide", kent)
    empty_workspace.save_draft(draft)
    report = empty_workspace.review(draft.id)
    assert not [f for f in report.findings if f.kind in ("wrong-rank", "unverified-rank", "wrong-figure")]
    assert [c.status for c in report.ranks] == ["verified"]


def test_a_force_with_no_homicides_is_not_told_a_few_either_way(empty_workspace, tmp_path):
    # None at all cannot go lower: one case is what would move it.
    all_forces.import_all(empty_workspace, tmp_path, values={("Warwickshire", "homicides", "2022"): 0})
    text = empty_workspace.render_template("homicide/rate_rank", "2022", "Warwickshire").text
    assert text.startswith("Warwickshire had the lowest rate of homicide of the 43 forces")
    assert text.endswith("; with no homicides, a single case would change that position.")
