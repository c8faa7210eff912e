"""A bound that holds, however loosely ("rose by more than 140" of a rise of
156, "more than 3,400" of 3,547, "by more than 3%" of 4.6%), is true and not
an error, where review held it to the next step of its last digit and called
the change an arithmetic error, or matched the level to an earlier quarter's
figure (a false stale figure). A close bound ("nearly 200") and a range keep
their own window.

Figures are written for the project (the force is real, its figures invented).
"""

from __future__ import annotations

import pytest

import drafter

FIGURES = ("area,measure,period,value\n"
           "Metropolitan Police,knife_offences,2025-Q4,3488\nMetropolitan Police,knife_offences,2026-Q2,3391\n"
           "Metropolitan Police,knife_offences,2026-Q3,3547\nMetropolitan Police,knife_offences,2025-Q3,3612\n")

STATEMENT = """Mayor's Office for Policing and Crime

12 November 2026

Introduction

This statement on the national policing priorities covers July to September 2026.

Reduce serious violence

{paragraph}

Reduce murder and other homicide

Work with partners continues.

Reduce neighbourhood crime

Patrols continue in every borough.

Improve victim satisfaction

A survey is under way.
"""


@pytest.fixture(scope="module")
def london(tmp_path_factory):
    folder = tmp_path_factory.mktemp("london")
    (folder / "figures.csv").write_text(FIGURES, encoding="utf-8")
    with drafter.open_workspace(folder / "ws", seed=False) as workspace:
        workspace.import_figures(folder / "figures.csv")
        yield workspace, folder


def _statuses(london, paragraph: str) -> tuple[dict, list]:
    workspace, folder = london
    path = folder / "statement.txt"
    path.write_text(STATEMENT.format(paragraph=paragraph), encoding="utf-8")
    report = workspace.review(path, area="Metropolitan Police").to_dict()
    statuses = {n["text"]: n["status"] for n in report["figures"] if n["status"] != "not-a-figure"}
    return statuses, [f["kind"] for f in report["findings"] if f["kind"] in ("arithmetic", "stale-figure",
                                                                              "wrong-figure")]


@pytest.mark.parametrize("paragraph, bound", [
    ("Knife offences rose by more than 140 on the previous quarter, to 3,547.", "140"),
    ("In July to September 2026 there were more than 3,400 knife offences.", "3,400"),
    ("Knife offences rose by more than 3% on the previous quarter.", "3%"),
])
def test_a_bound_that_holds_loosely_is_verified(london, paragraph, bound):
    statuses, errors = _statuses(london, paragraph)
    assert statuses[bound] == "verified" and errors == []


@pytest.mark.parametrize("paragraph, bound", [
    ("Knife offences rose by more than 200 on the previous quarter, to 3,547.", "200"),
    ("Knife offences rose by more than 5% on the previous quarter.", "5%"),
])
def test_a_bound_the_figures_do_not_reach_is_still_wrong(london, paragraph, bound):
    statuses, errors = _statuses(london, paragraph)
    assert statuses[bound] == "wrong" and errors == ["arithmetic"]
