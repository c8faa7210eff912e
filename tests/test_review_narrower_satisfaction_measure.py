"""A sentence about satisfaction "among victims of domestic abuse" is about
domestic abuse satisfaction, not overall victim satisfaction, even when both
stand at the same level: its change is checked against domestic abuse
satisfaction's own, where the words for overall satisfaction ("victims …
satisfaction") reached round the narrower measure's and the sentence's fall
was called a rise (a false direction error).

Figures are written for the project (the force is real, its figures invented).
"""

from __future__ import annotations

import pytest

import drafter

FIGURES = ("area,measure,period,value\n"
           "Gwent,victim_satisfaction,2026-Q3,80.0\nGwent,victim_satisfaction,2025-Q3,78.0\n"
           "Gwent,domestic_abuse_satisfaction,2026-Q3,80.0\nGwent,domestic_abuse_satisfaction,2025-Q3,82.0\n")

STATEMENT = """Gwent Police and Crime Commissioner

12 November 2026

Introduction

This statement on the national policing priorities covers July to September 2026.

Improve victim satisfaction

{paragraph}

Reduce murder and other homicide

Work with partners continues.

Reduce serious violence

Work with partners continues.

Reduce neighbourhood crime

Patrols continue in every town.
"""


@pytest.fixture(scope="module")
def gwent(tmp_path_factory):
    folder = tmp_path_factory.mktemp("gwent")
    (folder / "figures.csv").write_text(FIGURES, encoding="utf-8")
    with drafter.open_workspace(folder / "ws", seed=False) as workspace:
        workspace.import_figures(folder / "figures.csv")
        yield workspace, folder


@pytest.mark.parametrize("paragraph", [
    "Among victims of domestic abuse, satisfaction stood at 80.0% in the third quarter of 2026, "
    "down 2.0 percentage points on the same quarter a year earlier.",
    "Among victims of domestic abuse, satisfaction stood at 80.0%, down from 82.0% a year earlier.",
    "Satisfaction among victims of domestic abuse fell to 80.0%, from 82.0% a year earlier.",
])
def test_a_fall_in_domestic_abuse_satisfaction_is_its_own(gwent, paragraph):
    workspace, folder = gwent
    path = folder / "statement.txt"
    path.write_text(STATEMENT.format(paragraph=paragraph), encoding="utf-8")
    report = workspace.review(path, area="Gwent").to_dict()
    measures = {n["measure"] for n in report["figures"] if n["status"] == "verified" and "%" in n["text"]
                or "points" in n["text"]}
    assert measures == {"domestic_abuse_satisfaction"}
    assert not [f for f in report["findings"] if f["kind"] in ("direction", "arithmetic", "wrong-figure")]
