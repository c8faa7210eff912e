"""Copy forward never moves a number that only equals a figure for a period
after the one the statement copied reports: "Two involved domestic abuse",
in a statement on January to March, equal to April to June's homicides, was
moved on to July to September's count in a draft for April to June.

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

Reduce murder and other homicide

2. There were 4 homicides in Derbyshire in January to March 2025, compared with 2 in January to March 2024.

3. The homicide prevention group has reviewed the four deaths. Two involved domestic abuse.
"""

HOMICIDES = """\
area,measure,period,value
Derbyshire,homicides,2024-Q1,2
Derbyshire,homicides,2024-Q2,2
Derbyshire,homicides,2025-Q1,4
Derbyshire,homicides,2025-Q2,2
Derbyshire,homicides,2025-Q3,4
"""


def test_a_number_equal_to_a_later_quarters_figure_is_kept_and_named(tmp_path):
    (tmp_path / "derbyshire.csv").write_text(HOMICIDES, encoding="utf-8")
    path = tmp_path / "derbyshire-2025-06.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(tmp_path / "derbyshire.csv")
        workspace.add_statements([path], force="Derbyshire")
        draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id)
    assert draft.period == "2025-Q2"
    counted, reviewed = draft.section("homicide").paragraphs
    assert counted.text.startswith("2. There were 2 homicides in Derbyshire in April to June 2025") or \
        counted.text.startswith("There were 2 homicides in Derbyshire in April to June 2025")
    assert reviewed.text.endswith("Two involved domestic abuse.")
    [left] = reviewed.origin.not_rolled
    assert left["text"] == "Two"
    assert "a period after 2025-Q1, which the statement copied reports" in left["reason"]
