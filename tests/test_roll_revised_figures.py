"""Copy forward after a re-issue revised the figures the statement copied
quoted ("4 homicides in January to March 2025", since revised to 5): its
figures are read as they stood and moved on to the current ones, where they
were kept as written as numbers no figure explained; a figure still the
latest of its kind ("13 homicides in 2024/25") is given as revised.

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

2. There were 4 homicides in Derbyshire in January to March 2025, compared with 2 in January to March 2024. \
Over the financial year 2024/25 the force recorded 13 homicides.
"""

FIRST = """\
area,measure,period,value
Derbyshire,homicides,2024-Q1,2
Derbyshire,homicides,2024-Q2,3
Derbyshire,homicides,2025-Q1,4
Derbyshire,homicides,2025-Q2,2
Derbyshire,homicides,2024/25,13
"""
REVISED = FIRST.replace("2025-Q1,4", "2025-Q1,5").replace("2024/25,13", "2024/25,14")


def test_figures_a_re_issue_revised_are_rolled_on_to_the_current_ones(tmp_path):
    (tmp_path / "release-1.csv").write_text(FIRST, encoding="utf-8")
    (tmp_path / "release-2.csv").write_text(REVISED, encoding="utf-8")
    path = tmp_path / "derbyshire-2025-06.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(tmp_path / "release-1.csv")
        workspace.add_statements([path], force="Derbyshire")
        workspace.import_figures(tmp_path / "release-2.csv")
        draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id)
    assert draft.period == "2025-Q2"
    [paragraph] = draft.section("homicide").paragraphs
    assert paragraph.text.endswith("There were 2 homicides in Derbyshire in April to June 2025, compared with 3 in "
                                   "April to June 2024. Over the financial year 2024/25 the force recorded 14 "
                                   "homicides.")
    assert paragraph.origin.not_rolled == []


SPRING = """\
Derbyshire Police and Crime Panel

September 2026

Title: National Policing Priorities statement, April to June 2026

Introduction

1. This statement covers April to June 2026.

Reduce neighbourhood crime

2. 2,114 neighbourhood crimes were recorded in April to June 2026, 7.7% more than in April to June 2025 (1,962).
"""

NEIGHBOURHOOD = """\
area,measure,period,value
Derbyshire,neighbourhood_crime,2025-Q2,1948
Derbyshire,neighbourhood_crime,2025-Q3,2256
Derbyshire,neighbourhood_crime,2026-Q2,2114
Derbyshire,neighbourhood_crime,2026-Q3,2213
"""


def test_a_statement_written_between_two_re_issues_is_read_as_the_figures_then_stood(tmp_path):
    # The second release revised April to June 2025 (1,948 to 1,962); the statement quoted that and
    # April to June 2026 as it stood (2,114), which the third release revised to 2,123.
    second = NEIGHBOURHOOD.replace("2025-Q2,1948", "2025-Q2,1962")
    third = second.replace("2026-Q2,2114", "2026-Q2,2123")
    for name, text in (("release-1.csv", NEIGHBOURHOOD), ("release-2.csv", second), ("release-3.csv", third)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    path = tmp_path / "derbyshire-2026-09.txt"
    path.write_text(SPRING, encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        for name in ("release-1.csv", "release-2.csv", "release-3.csv"):
            workspace.import_figures(tmp_path / name)
        workspace.add_statements([path], force="Derbyshire")
        draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id)
    assert draft.period == "2026-Q3"
    [paragraph] = draft.section("neighbourhood-crime").paragraphs
    assert paragraph.text.endswith("2,213 neighbourhood crimes were recorded in July to September 2026, 1.9% fewer "
                                   "than in July to September 2025 (2,256).")
    assert paragraph.origin.not_rolled == []


def test_a_rate_on_a_population_since_rebased_is_given_on_the_new_one(tmp_path):
    page = STATEMENT.replace("Reduce murder and other homicide\n\n", "Reduce serious violence\n\n").split(
        "2. There were")[0] + ("2. There were 161 knife offences in January to March 2025. There were 616 knife "
                              "offences across 2024, a rate of 57.3 per 100,000 residents.\n")
    (tmp_path / "release-1.csv").write_text(
        "area,measure,period,value,unit\nDerbyshire,knife_offences,2024,616,count\n"
        "Derbyshire,knife_offences,2025-Q1,161,count\nDerbyshire,knife_offences,2025-Q2,166,count\n"
        "Derbyshire,population,2024,1075300,persons\n", encoding="utf-8")
    (tmp_path / "rebased.csv").write_text(
        "area,measure,period,value,unit\nDerbyshire,population,2024,1082000,persons\n", encoding="utf-8")
    path = tmp_path / "derbyshire-2025-06.txt"
    path.write_text(page, encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(tmp_path / "release-1.csv")
        workspace.add_statements([path], force="Derbyshire")
        workspace.import_figures(tmp_path / "rebased.csv")
        draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id)
    assert draft.period == "2025-Q2"
    [paragraph] = draft.section("serious-violence").paragraphs
    assert paragraph.text.endswith("There were 166 knife offences in April to June 2025. There were 616 knife "
                                   "offences across 2024, a rate of 56.9 per 100,000 residents.")
