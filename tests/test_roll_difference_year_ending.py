"""A difference said against a year named by its end ("two more than in the
year ending June 2025 (20)") is worked out again when copied forward ("one
fewer than in the year ending September 2025 (21)"), where only its direction
word turned and the draft said "two fewer", which its own review called an
arithmetic error.

The statement and figures are written for the project (the force is real,
its figures invented).
"""

from __future__ import annotations

import drafter

FIGURES = """\
area,measure,period,value
Thames Valley,homicides,YE2025-06,20
Thames Valley,homicides,YE2025-09,21
Thames Valley,homicides,YE2026-06,22
Thames Valley,homicides,YE2026-09,20
"""


def test_a_difference_from_a_year_ending_is_worked_out_again(tmp_path):
    (tmp_path / "figures.csv").write_text(FIGURES, encoding="utf-8")
    path = tmp_path / "tvp.txt"
    path.write_text("Thames Valley Police and Crime Panel\n\n19 August 2026\n\nReduce murder and other homicide\n\n"
                    "1. There were 22 homicides in the year ending June 2026, two more than in the year ending June "
                    "2025 (20).\n", encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(tmp_path / "figures.csv")
        workspace.add_statements([path], force="Thames Valley")
        draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id)
    [homicides] = draft.section("homicide").paragraphs
    assert homicides.text == ("There were 20 homicides in the year ending September 2026, one fewer than in the "
                              "year ending September 2025 (21).")
