"""A rank among England's forces ("the lowest rate of any force in England",
"the highest of the English forces") is held to England's 39 forces: the
lowest in England need not be the lowest of the 43 when a Welsh force is
lower, so holding it to the 43 was a false alarm, and such ranks were then
only named for checking, so a wrong one passed. "In England and Wales" is
still the 43; a Welsh force ranked "in England" is named, not judged.

Gwent's knife offences are set low here, so that it has the lowest rate of
the 43 and Cleveland (40.0 per 100,000) the lowest of England's 39; Kent
(42.0) is the third lowest of either.

The statement is written for the project; the figures are made up.
"""

from __future__ import annotations

import csv
from decimal import Decimal

import all_forces
import pytest

import drafter

HEAD = """Kent Police and Crime Commissioner
Statement on the National Policing Priorities
January 2023

Reduce serious violence

"""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("england")
    with (root / "figures.csv").open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["area", "measure", "period", "value", "unit", "source"])
        writer.writerows(all_forces.rows(("2022",), national=True,
                                         values={("Gwent", "knife_offences", "2022"): 100}))
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(root / "figures.csv")
        yield opened, root


def _ranks(workspace, force, sentence):
    opened, root = workspace
    path = root / "statement.txt"
    path.write_text(HEAD.replace("Kent", force) + sentence + "\n", encoding="utf-8")
    report = opened.review(path, period="2022", area=force)
    return report


@pytest.mark.parametrize("sentence", [
    "In 2022 Cleveland had the lowest knife crime rate of any force in England.",
    "In 2022 Cleveland's knife crime rate was the lowest of the English forces.",
    "In 2022 Cleveland recorded the lowest knife crime rate across England.",
])
def test_the_lowest_in_england_is_held_to_englands_39_forces(workspace, sentence):
    report = _ranks(workspace, "Cleveland", sentence)
    [claim] = report.ranks
    assert claim.status == "verified"
    assert "the lowest of 39 forces in England" in claim.reason
    assert not [f for f in report.findings if f.kind == "wrong-rank"]


def test_a_wrong_place_in_england_is_corrected_with_englands_order(workspace):
    report = _ranks(workspace, "Kent", "In 2022 Kent had the lowest knife crime rate of any force in England.")
    [finding] = [f for f in report.findings if f.kind == "wrong-rank"]
    assert "3rd lowest of 39 forces in England" in finding.message
    assert "Cleveland" in finding.message


def test_the_same_words_said_of_the_43_are_held_to_the_43(workspace):
    report = _ranks(workspace, "Cleveland", "In 2022 Cleveland had the lowest knife crime rate of the 43 forces.")
    [finding] = [f for f in report.findings if f.kind == "wrong-rank"]
    assert "Gwent" in finding.message


def test_a_welsh_force_ranked_in_england_is_named_for_checking(workspace):
    report = _ranks(workspace, "Gwent", "In 2022 Gwent had the lowest knife crime rate of any force in England.")
    assert [claim.status for claim in report.ranks] == ["unverifiable"]
    [finding] = [f for f in report.findings if f.kind == "unverified-rank"]
    assert "ranks Gwent in England, which it is not a force of" in finding.message


def test_a_rank_in_england_and_wales_is_still_among_the_43(workspace):
    report = _ranks(workspace, "West Midlands", "In 2022 West Midlands had the highest knife crime rate in England "
                                                "and Wales.")
    assert [(claim.text, claim.status) for claim in report.ranks] == [("highest", "verified")]


@pytest.mark.parametrize("sentence", [
    "In 2022 Kent had the third lowest knife crime rate of England's 39 forces.",
    "In 2022 Kent had the third lowest knife crime rate of the 39 English forces.",
    "In 2022 Kent had the third lowest knife crime rate of the 39 forces in England.",
])
def test_englands_39_forces_named_by_their_number_are_the_group_and_39_is_no_figure(workspace, sentence):
    report = _ranks(workspace, "Kent", sentence)
    assert [(claim.text, claim.status) for claim in report.ranks] == [("third lowest", "verified")]
    assert not [f for f in report.findings if "39" in f.message and f.kind != "verified-rank"]


def test_wales_four_forces_named_so_are_wales(workspace):
    report = _ranks(workspace, "Gwent", "In 2022 Gwent had the lowest knife crime rate of Wales's four forces.")
    [claim] = report.ranks
    assert claim.status == "verified" and "the lowest of 4 forces in Wales" in claim.reason


def test_copy_forward_works_the_place_in_england_out_again_and_review_agrees(tmp_path):
    # 2023: Kent's rate falls to 41.5 per 100,000, behind only Cleveland's 41.0 of England's forces.
    kent_2023 = round(Decimal("41.5") * all_forces.made_up("Kent", "population", "2023") / 100_000)
    with drafter.open_workspace(tmp_path / "ws", seed=False) as opened:
        all_forces.import_all(opened, tmp_path, periods=("2022", "2023"),
                              values={("Kent", "knife_offences", "2023"): kent_2023})
        path = tmp_path / "kent-2023-01.txt"
        path.write_text(HEAD + "In 2022 Kent had the 3rd lowest knife crime rate of England's 39 forces.\n",
                        encoding="utf-8")
        opened.add_statements([path], force="Kent")
        draft = opened.new_draft(from_statement=opened.list_statements()[0].id, period="2023")
        report = opened.review(draft.id)
    [paragraph] = draft.section("serious-violence").paragraphs
    assert paragraph.text == "In 2023 Kent had the 2nd lowest knife crime rate of England's 39 forces."
    assert [claim.status for claim in report.ranks] == ["verified"]
