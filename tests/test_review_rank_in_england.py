"""A rank among England's forces ("the lowest rate of any force in England",
"the highest of the English forces") is named for checking, never held to
the 43 forces: the lowest in England need not be the lowest of the 43 when a
Welsh force is lower, and calling it wrong was a false alarm. "In England
and Wales" is still the 43.

The statement is written for the project; the figures are made up.
"""

from __future__ import annotations

import csv

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
        writer.writerows(all_forces.rows(("2022",), national=True))
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
    "In 2022 Kent had the lowest knife crime rate of any force in England.",
    "In 2022 Kent's knife crime rate was the highest of the English forces.",
    "In 2022 Kent recorded the third lowest knife crime rate across England.",
])
def test_a_rank_among_englands_forces_is_named_for_checking_never_wrong(workspace, sentence):
    report = _ranks(workspace, "Kent", sentence)
    assert [claim.status for claim in report.ranks] == ["unverifiable"]
    [finding] = [f for f in report.findings if f.kind == "unverified-rank"]
    assert "ranks the force among the 39 forces of England, which review does not rank" in finding.message
    assert not [f for f in report.findings if f.kind == "wrong-rank"]


def test_a_rank_in_england_and_wales_is_still_among_the_43(workspace):
    report = _ranks(workspace, "West Midlands", "In 2022 West Midlands had the highest knife crime rate in England "
                                                "and Wales.")
    assert [(claim.text, claim.status) for claim in report.ranks] == [("highest", "verified")]
