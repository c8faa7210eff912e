"""A sentence naming no measure that points back at the one before ("That was
1.4 percentage points higher than in the previous quarter") is about the
measure that sentence named: checked in its own paragraph, where a change in
points was left unverified, and as a paragraph of its own, where it named
nothing for review to check it against. A wrong one is an arithmetic error.

Staffordshire's figures here are written for the project (the force is real,
its figures invented).
"""

from __future__ import annotations

import pytest

FIGURES = """\
area,measure,period,value,unit
Staffordshire,victim_satisfaction,2026-Q3,73.0,percent
Staffordshire,victim_satisfaction,2026-Q2,71.6,percent
Staffordshire,victim_satisfaction,2025-Q3,70.1,percent
"""
LEVEL = "Victim satisfaction with the service received from Staffordshire Police was 73.0% in July to September 2026."


def review(workspace, tmp_path, body: str):
    (tmp_path / "figures.csv").write_text(FIGURES, encoding="utf-8")
    workspace.import_figures(tmp_path / "figures.csv")
    path = tmp_path / "staffordshire.md"
    path.write_text("# Staffordshire Commissioner: National Policing Priorities, July to September 2026\n\n"
                    f"Published November 2026\n\n## Improve victim satisfaction\n\n{body}\n", encoding="utf-8")
    return workspace.review(path, area="Staffordshire")


def points(report) -> tuple:
    return tuple((m.status, m.measure) for m in report.figures if m.kind == "points")


@pytest.mark.parametrize("joiner", [" ", "\n\n"], ids=["same paragraph", "paragraph of its own"])
def test_points_on_the_previous_quarter_pointing_back_are_verified(empty_workspace, tmp_path, joiner):
    report = review(empty_workspace, tmp_path,
                    f"{LEVEL}{joiner}That was 1.4 percentage points higher than in the previous quarter (71.6%).")
    assert points(report) == (("verified", "victim_satisfaction"),)
    assert not [f for f in report.findings if f.kind in ("arithmetic", "unverified-figure")]


@pytest.mark.parametrize("joiner", [" ", "\n\n"], ids=["same paragraph", "paragraph of its own"])
def test_wrong_points_pointing_back_are_an_arithmetic_error(empty_workspace, tmp_path, joiner):
    report = review(empty_workspace, tmp_path,
                    f"{LEVEL}{joiner}That was 2.4 percentage points higher than in the previous quarter.")
    [error] = [f for f in report.findings if f.kind == "arithmetic"]
    assert "2.4 percentage points for victim satisfaction" in error.message and "+1.4" in error.message


def test_a_paragraph_pointing_back_at_another_section_is_not_read_by_it(empty_workspace, tmp_path):
    report = review(empty_workspace, tmp_path,
                    f"{LEVEL}\n\n## Tackle fraud and cyber crime\n\n"
                    "That was 1.4 percentage points higher than in the previous quarter.")
    assert points(report) == (("unverified", None),)


@pytest.mark.parametrize("joiner", [" ", "\n\n"], ids=["same paragraph", "paragraph of its own"])
def test_a_wrong_level_in_brackets_after_the_period_compared_with_is_a_wrong_figure(empty_workspace, tmp_path,
                                                                                     joiner):
    report = review(empty_workspace, tmp_path,
                    f"{LEVEL}{joiner}That was 1.4 percentage points higher than in the previous quarter (71.9%).")
    [wrong] = [f for f in report.findings if f.kind == "wrong-figure"]
    assert wrong.message.startswith("71.9% victim satisfaction in 2026-Q2: the figures give 71.6%")
