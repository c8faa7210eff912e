"""One direction word over two earlier levels ("72.7%, up from 69.1% in
October to December 2024 and 69.4% a year earlier"), rolled on to a level
between them, is named for the writer; it was kept as "up from", which the
figures for the previous quarter contradicted.

Derbyshire's figures and statement here are written for the project (the
force is real, its figures invented).
"""

from __future__ import annotations

import drafter

STATEMENT = """\
Derbyshire Police and Crime Panel

June 2025

Title: National Policing Priorities statement, January to March 2025

Introduction

1. This statement covers January to March 2025.

Improve victim satisfaction

2. 72.7% of victims surveyed in January to March 2025 were satisfied with the overall service they received, \
up from 69.1% in October to December 2024 and 69.4% a year earlier.
"""

SATISFACTION = """\
area,measure,period,value,unit
Derbyshire,victim_satisfaction,2024-Q1,69.4,%
Derbyshire,victim_satisfaction,2024-Q2,70.4,%
Derbyshire,victim_satisfaction,2024-Q4,69.1,%
Derbyshire,victim_satisfaction,2025-Q1,72.7,%
Derbyshire,victim_satisfaction,2025-Q2,71.7,%
"""


def test_up_from_two_levels_now_either_side_is_named(tmp_path):
    (tmp_path / "derbyshire.csv").write_text(SATISFACTION, encoding="utf-8")
    path = tmp_path / "derbyshire-2025-06.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(tmp_path / "derbyshire.csv")
        workspace.add_statements([path], force="Derbyshire")
        draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id)
    [paragraph] = draft.section("victim-satisfaction").paragraphs
    assert "71.7% of victims surveyed in April to June 2025" in paragraph.text
    assert "72.7% in January to March 2025 and 70.4% a year earlier" in paragraph.text
    [left] = [item for item in paragraph.origin.not_rolled if item["text"].startswith("up")]
    assert left["reason"] == ("victim_satisfaction is now up on 2024-Q2 and down on 2025-Q1: "
                              "one 'up' no longer holds of both, reword")
