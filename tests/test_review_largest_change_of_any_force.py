"""A change said to be the largest of any force ("Neighbourhood crime fell
by 8.0% …, the largest fall of any force") is held to the same measure's
change in every force of the group it names, by percentage or by count:
one that is not the largest is a wrong rank naming the force whose change
was (the figures are made up)."""

from __future__ import annotations

import csv

import pytest

import drafter
from drafter.forces import FORCE_NAMES

# Every force's neighbourhood crime steady at 10,000, but these.
CHANGES = {"Kent": (21_800, 20_060), "West Mercia": (9_900, 8_860), "Sussex": (30_000, 28_000)}
SENTENCE = "Neighbourhood crime fell by 8.0% to 20,060 offences in the year ending March 2026, {claim}."


@pytest.fixture(scope="module")
def review(tmp_path_factory):
    root = tmp_path_factory.mktemp("largest-change-of-any-force")
    with (root / "figures.csv").open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["area", "measure", "period", "value"])
        for force in FORCE_NAMES:
            before, after = CHANGES.get(force, (10_000, 10_000))
            writer.writerows([[force, "neighbourhood_crime", "2024/25", before],
                              [force, "neighbourhood_crime", "2025/26", after]])
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(root / "figures.csv")

        def reviewed(claim: str):
            path = root / "kent-2026-07.txt"
            path.write_text("Kent and Medway Police and Crime Panel\n8 July 2026\n\nStatement on the National "
                            "Policing Priorities\n\nReduce neighbourhood crime\n\n"
                            f"{SENTENCE.format(claim=claim)}\n", encoding="utf-8")
            report = opened.review(path, area="Kent", period="2025/26")
            return [f for f in report.findings if f.kind == "wrong-rank"]
        yield reviewed


def test_a_largest_fall_of_any_force_that_is_not_is_a_wrong_rank(review):
    [finding] = review("the largest fall of any force")
    assert ("of the 43 forces in England and Wales, the largest fall was West Mercia's (by count Sussex's)"
            in finding.message)
    assert "Kent 21,800 → 20,060 (-8.0%)" in finding.message


def test_the_group_named_is_the_one_compared(review):
    [finding] = review("the largest reduction in neighbourhood crime of any force in England")
    assert "of the 39 forces in England" in finding.message


def test_a_largest_fall_by_percentage_holds_though_another_fell_by_more_offences(review):
    assert review("the biggest fall of any force in the South East") == []  # Sussex's 2,000 is 6.7%
