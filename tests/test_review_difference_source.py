"""A difference checked against the figures ("16 fewer than a year earlier",
"713 more vehicle offences than residential burglaries") names the file its
figures came from in the review's figures, as a figure or a change does, where
its source was empty.

Figures are written for the project (the force is real, its figures invented).
"""

from __future__ import annotations

import drafter

STATEMENT = """Cumbria Police, Fire and Crime Commissioner

12 August 2026

Introduction

This statement on the national policing priorities covers April to June 2026.

Reduce serious violence

Knife offences numbered 208 in April to June 2026, 16 fewer than a year earlier.

Reduce neighbourhood crime

There were 713 more vehicle offences than residential burglaries.

Reduce murder and other homicide

Work with partners continues.

Improve victim satisfaction

A survey is under way.
"""


def test_a_difference_names_the_file_its_figures_came_from(tmp_path):
    (tmp_path / "cumbria figures.csv").write_text(
        "area,measure,period,value\nCumbria,knife_offences,2026-Q2,208\nCumbria,knife_offences,2025-Q2,224\n"
        "Cumbria,vehicle_crime,2026-Q2,1385\nCumbria,residential_burglary,2026-Q2,672\n", encoding="utf-8")
    (tmp_path / "cumbria.txt").write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(tmp_path / "cumbria figures.csv")
        report = workspace.review(tmp_path / "cumbria.txt", area="Cumbria").to_dict()
    sources = {n["text"]: (n["status"], n["source"]) for n in report["figures"] if n["text"] in ("16", "713")}
    assert sources == {"16": ("verified", "cumbria figures.csv"), "713": ("verified", "cumbria figures.csv")}
