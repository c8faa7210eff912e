"""Rolling ranks and national comparisons forward: each claim is worked out
again from every force's figures for the new period and said in the words it
used, or left as written and named for the writer when it cannot be.

The statement is written for the project in a board-paper style; the figures
are made up (tests/all_forces.py), with 2023 chosen so the West Midlands
falls to 2nd for firearms offences, well down for knife offences and below
the national knife rate.
"""

from __future__ import annotations

from decimal import Decimal

import all_forces
import pytest

import drafter
from drafter.drafts.roll_ranks import reworded
from drafter.figures import Standing

STATEMENT = """\
West Midlands Police and Crime Panel

September 2023

Title: National Policing Priorities – West Midlands Police and Crime Commissioner Statement

Reduce Serious Violence

1. Figures for the year ending December 2022 show West Midlands as the leading police force for firearms \
offences per 100,000 population, at 34.9, and top for knife offences per 100,000 population, at 169.3.

2. Knife crime in the West Midlands was above the national average in 2022, at 169.3 per 100,000 \
population against {national} nationally.

3. West Midlands had the eighth highest rate of homicide of the 43 forces in 2022.

4. The Panel thanked officers for their work on the violence reduction programme.
"""
# 2023: the Metropolitan Police leads on firearms (44.4 per 100,000); the West Midlands' own figures fall.
CHANGES_2023 = {("Metropolitan Police", "firearms_offences", "2023"): 4_000,
                ("Metropolitan Police", "population", "2023"): 9_000_000,
                ("West Midlands", "firearms_offences", "2023"): 900,
                ("West Midlands", "population", "2023"): 2_930_000,
                ("West Midlands", "knife_offences", "2023"): 2_000,
                ("West Midlands", "homicides", "2023"): 40}  # 13.7 per million: 5th


def _national_knife_2022() -> str:
    count = sum(all_forces.made_up(f, "knife_offences", "2022") for f in all_forces.FORCE_NAMES)
    people = sum(all_forces.made_up(f, "population", "2022") for f in all_forces.FORCE_NAMES)
    return f"{Decimal(count) * 100_000 / people:.1f}"


def _rolled(root, values, periods=("2022", "2023")):
    with drafter.open_workspace(root / "ws", seed=False) as workspace:
        all_forces.import_all(workspace, root, periods=periods, values=values)
        path = root / "west-midlands-2023-09.txt"
        path.write_text(STATEMENT.format(national=_national_knife_2022()), encoding="utf-8")
        workspace.add_statements([path], force="West Midlands")
        statement = workspace.list_statements()[0].id
        draft = workspace.new_draft(from_statement=statement, period="2023")
        workspace.save_draft(draft)
        report = workspace.review(draft.id)
    paragraphs = [p for p in draft.section("serious-violence").paragraphs if p.origin.kind == "corpus"]
    return paragraphs, report


@pytest.fixture(scope="module")
def moved_on(tmp_path_factory):
    return _rolled(tmp_path_factory.mktemp("moved"), CHANGES_2023)


@pytest.fixture(scope="module")
def still_first(tmp_path_factory):
    return _rolled(tmp_path_factory.mktemp("first"), {})


def test_the_leading_force_becomes_its_new_place_in_the_same_words(moved_on):
    paragraphs, _ = moved_on
    first = paragraphs[0]
    assert "show West Midlands as the 2nd highest police force for firearms offences" in first.text
    assert "year ending December 2023" in first.text and "at 30.7" in first.text
    # The West Midlands' 2023 knife rate, 68.3, is well down the table.
    assert "th highest for knife offences per 100,000 population, at 68.3." in first.text
    rolled = {entry["old"]: entry for entry in first.origin.rolled}
    assert rolled["the leading police force"]["new"] == "the 2nd highest police force"
    assert rolled["the leading police force"]["to_period"] == "2023"
    assert "Metropolitan Police" in rolled["the leading police force"]["source"]
    assert first.origin.not_rolled == []


def test_above_the_national_average_flips_and_the_national_figure_moves(moved_on):
    paragraphs, _ = moved_on
    second = paragraphs[1]
    assert "was below the national average in 2023, at 68.3 per 100,000" in second.text
    national = next(entry for entry in second.origin.rolled if entry["old"] == _national_knife_2022())
    assert f"against {national['new']} nationally" in second.text and national["to_period"] == "2023"


def test_an_ordinal_in_words_stays_in_words(moved_on):
    paragraphs, _ = moved_on
    assert paragraphs[2].text == ("West Midlands had the fifth highest rate of homicide of the 43 forces "
                                  "in 2023.")


def test_claims_that_still_hold_keep_their_words(still_first):
    paragraphs, _ = still_first
    first = paragraphs[0]
    assert "as the leading police force for firearms offences" in first.text
    assert "and top for knife offences" in first.text
    assert not any("leading" in entry["reason"] or "top" in entry["reason"] for entry in first.origin.not_rolled)


def test_the_rolled_draft_passes_review_of_its_ranks(moved_on):
    _, report = moved_on
    assert [f.message for f in report.findings if f.kind in ("wrong-rank", "unverified-rank")] == []
    assert report.ranks and all(claim.status == "verified" for claim in report.ranks)


def test_without_every_forces_figures_for_the_new_period_a_claim_is_kept_and_named(tmp_path):
    paragraphs, report = _rolled(tmp_path, {("Dorset", "firearms_offences", "2023"): None})
    first = paragraphs[0]
    assert "the leading police force for firearms offences" in first.text
    left = [entry for entry in first.origin.not_rolled if entry["text"] == "the leading police force"]
    assert left and "no firearms_offences figure for Dorset in 2023" in left[0]["reason"]
    assert "kept as written (2022)" in left[0]["reason"]
    assert any(f.kind == "not-rolled" and "leading" in f.message for f in report.findings)


def _standing(position, joint=(), order="highest"):
    return Standing("Kent", position, 43, order, "forces", "England and Wales", Decimal("1.0"), tuple(joint),
                    (), "homicides")


@pytest.mark.parametrize("text, standing, expected", [
    ("the leading police force", _standing(1), "the leading police force"),
    ("the leading police force", _standing(2), "the 2nd highest police force"),
    ("the leading police force", _standing(1, ["Essex"]), "the joint leading police force"),
    ("top for", _standing(3), "3rd highest for"),
    ("8th highest", _standing(5), "5th highest"),
    ("eighth highest", _standing(5), "fifth highest"),
    ("joint 3rd highest", _standing(4), "4th highest"),
    ("3rd highest", _standing(3, ["Essex"]), "joint 3rd highest"),
    ("highest", _standing(2), "2nd highest"),
    ("second lowest", _standing(1, order="lowest"), "lowest"),
    ("ranked 8th", _standing(2), "ranked 2nd"),
    ("ranked top", _standing(1), "ranked top"),
])
def test_rank_words_in_the_same_style(text, standing, expected):
    assert reworded(text, standing) == expected
