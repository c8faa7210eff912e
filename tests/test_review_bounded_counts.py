"""A count given with a bound ("more than 3,600 knife offences", "fewer than
3,000", a threshold crossed: "Knife offences passed 3,500", "exceeded
3,000") that the figure for its period is on the wrong side of is a
`wrong-figure` naming the bound as written, where it was left unverified or,
for "more than", verified as an earlier period's figure quoted as such (its
"than" read as a comparison). A bound the figure keeps, however loosely
("more than 3,400" of 3,547), and a round figure ("around 3,000") are never
errors.

The statement is written for the project; the figures are made up.
"""

from __future__ import annotations

import pytest

import drafter

FIGURES = ("area,measure,period,value\n"
           "Essex,knife_offences,2025-Q3,612\n"
           "Essex,knife_offences,2026-Q2,571\n"
           "Essex,knife_offences,2026-Q3,547\n")


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("bounds")
    (root / "figures.csv").write_text(FIGURES, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(root / "figures.csv")
        yield opened, root


def _review(workspace, sentence: str):
    opened, root = workspace
    path = root / "essex-2026-11.txt"
    path.write_text("Essex Police, Fire and Crime Commissioner\nStatement on the National Policing Priorities\n\nNovember 2026\n\nIntroduction\n\n"
                    "This statement covers July to September 2026.\n\nReduce serious violence\n\n"
                    f"{sentence}\n", encoding="utf-8")
    report = opened.review(path)
    return report, [f.message for f in report.findings if f.kind == "wrong-figure"]


@pytest.mark.parametrize(("bound", "number"), [("fewer than", "500"), ("more than", "600"), ("over", "700")])
def test_a_bound_the_figure_is_on_the_wrong_side_of_is_an_error_naming_it(workspace, bound, number):
    report, errors = _review(workspace, f"In July to September 2026 there were {bound} {number} knife offences.")
    assert errors[0].startswith(f"{bound} {number} knife offences in 2026-Q3: the figures give 547 for Essex")
    assert {m.text: m.status for m in report.figures}[number] == "wrong"


@pytest.mark.parametrize("said", ["more than 500", "fewer than 600", "around 500", "nearly 550"])
def test_a_bound_or_round_figure_the_figure_keeps_is_no_error(workspace, said):
    _, errors = _review(workspace, f"In July to September 2026 there were {said} knife offences.")
    assert errors == []


@pytest.mark.parametrize(("said", "wrong"), [("passed 500", False), ("exceeded 500", False), ("passed 600", True),
                                             ("topped 700", True)])
def test_a_threshold_the_count_crossed_is_held_to_the_figure(workspace, said, wrong):
    _, errors = _review(workspace, f"In July to September 2026 knife offences {said}.")
    assert bool(errors) == wrong
    assert not errors or errors[0].startswith(f"{said} knife offences in 2026-Q3: the figures give 547 for Essex")
