"""A half-yearly statement on a calendar half ("Half-Year Statement, January
to June 2026"), all of whose counts are for the half, is copied forward from
the half it names to the next (July to December 2026), where a level quoted
beside them ("above 73%") that happened to equal an earlier quarter's figure
made it read as a statement on April to June 2025, rolled to October to
December 2025: its counts were replaced by the second half of 2025's under
words still naming the first half. Before the next half's figures are
stored, its months are named for the writer six months on, where they were
named a quarter on ("October to March 2027"), and each count left is
named with its own half, where the base was named with the half before it.

The statement and figures are written for the project (the force is real,
its figures invented; the halves add up from their quarters).
"""

from __future__ import annotations

import pytest

import drafter

FIGURES = """\
area,measure,period,value
Cumbria,homicides,2025-Q1,1
Cumbria,homicides,2025-Q2,2
Cumbria,homicides,2025-Q3,2
Cumbria,homicides,2025-Q4,3
Cumbria,homicides,2026-Q1,1
Cumbria,homicides,2026-Q2,2
Cumbria,homicides,2026-Q3,1
Cumbria,victim_satisfaction,2025-Q1,72.0
Cumbria,victim_satisfaction,2025-Q2,73.4
Cumbria,victim_satisfaction,2025-Q3,71.9
Cumbria,victim_satisfaction,2025-Q4,74.2
Cumbria,victim_satisfaction,2026-Q1,73.8
Cumbria,victim_satisfaction,2026-Q2,75.1
Cumbria,victim_satisfaction,2026-Q3,74.6
"""

SECOND_HALF = """\
Cumbria Police and Crime Panel

9 March 2026

Title: National Policing Priorities – Half-Year Statement, July to December 2025

Introduction

1. From this year the statement is published twice a year.

Reduce murder and other homicide

2. There were 5 homicides in the second half of 2025, compared with 3 in the first half of 2025.

Improve victim satisfaction

3. Satisfaction among victims surveyed stayed above 72% in both quarters of the half year.
"""

FIRST_HALF = """\
Cumbria Police and Crime Panel

12 October 2026

Title: National Policing Priorities – Half-Year Statement, January to June 2026

Introduction

1. This statement is published twice a year.

Reduce murder and other homicide

2. There were 3 homicides in the first half of 2026, compared with 3 in the first half of 2025.

Reporting frequency

3. The next statement will cover July to December 2026.
"""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    folder = tmp_path_factory.mktemp("calendar-half")
    (folder / "figures.csv").write_text(FIGURES, encoding="utf-8")
    (folder / "cumbria-2025-h2.txt").write_text(SECOND_HALF, encoding="utf-8")
    (folder / "cumbria-2026-h1.txt").write_text(FIRST_HALF, encoding="utf-8")
    with drafter.open_workspace(folder / "ws", seed=False) as workspace:
        workspace.import_figures(folder / "figures.csv")
        workspace.add_statements([folder / "cumbria-2025-h2.txt", folder / "cumbria-2026-h1.txt"], force="Cumbria")
        yield workspace


def _draft_of(workspace, date):
    [statement] = [s for s in workspace.list_statements() if s.date.startswith(date)]
    return workspace.new_draft(from_statement=statement.id)


def test_a_calendar_half_year_statement_moves_from_the_half_its_title_names(workspace):
    draft = _draft_of(workspace, "2026-03")
    assert draft.period == "2026-Q2"
    assert draft.title == "National Policing Priorities – Half-Year Statement, January to June 2026"
    [paragraph] = draft.section("homicide").paragraphs
    assert paragraph.text == "There were 3 homicides in the first half of 2026, compared with 5 in the second half of 2025."


def test_before_the_next_halfs_figures_are_in_its_months_are_left_six_months_on(workspace):
    draft = _draft_of(workspace, "2026-10")
    assert draft.period == "2026-Q2"
    left = [item for paragraph in draft.section("closing").paragraphs for item in paragraph.origin.not_rolled]
    assert [(item["text"], item["reason"]) for item in left] == [
        ("July to December 2026", "names months, not a period figures are stored for: 6 months on they are "
                                  "'January to June 2027'; update them with the numbers they date")]


def test_each_half_year_count_left_is_named_with_its_own_half(workspace):
    draft = _draft_of(workspace, "2026-10")
    left = [item["reason"].split(",")[0] for paragraph in draft.section("homicide").paragraphs
            for item in paragraph.origin.not_rolled]
    assert left == ["half a year's count ('the first half of 2026')", "half a year's count ('the first half of 2025')"]
