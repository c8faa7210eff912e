"""A sentence that names its measure only by a word the section makes plain
("Satisfaction rose to 73.1% in October to December 2025, up 2.3 percentage
points on the previous quarter") quotes a change in points of the level
before it. The level was checked, the change was not: review left it
unverified, and copy forward kept last quarter's 2.3 points beside the new
level. The change is now that level's, checked and rolled as it is when the
sentence says "Victim satisfaction".

The statement and figures are written for these tests.
"""

from __future__ import annotations

import pytest

FIGURES = """\
area,measure,period,value,unit
Cumbria,victim_satisfaction,2025-Q3,70.8,percent
Cumbria,victim_satisfaction,2025-Q4,73.1,percent
Cumbria,victim_satisfaction,2026-Q1,74.0,percent
"""

STATEMENT = """\
Cumbria Police, Fire and Crime Panel

18 February 2026

Title: National Policing Priorities: October to December 2025

Improve victim satisfaction

Satisfaction rose to 73.1% in October to December 2025, up {points} percentage points on the previous quarter.
"""


def _workspace(workspace, tmp_path, points):
    (tmp_path / "figures.csv").write_text(FIGURES, encoding="utf-8")
    workspace.import_figures(tmp_path / "figures.csv")
    path = tmp_path / "cumbria-2026-02.txt"
    path.write_text(STATEMENT.format(points=points), encoding="utf-8")
    workspace.add_statements([path], force="Cumbria")
    return path


@pytest.mark.parametrize("points, status", [("2.3", "verified"), ("1.3", "wrong")])
def test_review_holds_the_points_to_the_level_before_them(empty_workspace, tmp_path, points, status):
    path = _workspace(empty_workspace, tmp_path, points)
    report = empty_workspace.review(path)
    (change,) = [n for n in report.figures if n.kind == "points"]
    assert (change.status, change.measure) == (status, "victim_satisfaction")


def test_copy_forward_rolls_the_points_with_the_level(empty_workspace, tmp_path):
    _workspace(empty_workspace, tmp_path, "2.3")
    draft = empty_workspace.new_draft(from_statement=empty_workspace.list_statements()[0].id)
    (paragraph,) = draft.section("victim-satisfaction").paragraphs
    assert paragraph.text == ("Satisfaction rose to 74.0% in January to March 2026, up 0.9 percentage points on "
                              "the previous quarter.")
    assert paragraph.origin.not_rolled == []
