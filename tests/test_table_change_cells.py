"""A table's change column, read as a reader reads it: under a bare "Change"
heading over three period columns the change is the move from the one
earlier column it follows from to the latest; and a change that follows from
a cell review found wrong is held to the stored figures, so that correcting
the cell corrects its change too.

The statements and figures are written for the project (the force is real,
its figures invented)."""

from __future__ import annotations

import pytest

import drafter

FIGURES = """\
Lancashire Constabulary: figures for the quarterly statement
Source: performance team

area,measure,period,value
Lancashire,knife_offences,2025-Q2,276
Lancashire,knife_offences,2025-Q3,281
Lancashire,knife_offences,2026-Q1,270
Lancashire,knife_offences,2026-Q2,262
Lancashire,knife_offences,2026-Q3,249
Lancashire,neighbourhood_crime,2025-Q2,4210
Lancashire,neighbourhood_crime,2025-Q3,4323
Lancashire,neighbourhood_crime,2026-Q1,4105
Lancashire,neighbourhood_crime,2026-Q2,4031
Lancashire,neighbourhood_crime,2026-Q3,3979
Lancashire,drug_trafficking_offences,2025-Q3,398
Lancashire,drug_trafficking_offences,2026-Q3,489
"""

HEAD = """\
Lancashire Police and Crime Panel

November 2026

# Lancashire Police and Crime Commissioner: Statement on the National Policing Priorities, {period}

## Introduction

1. This statement is published every quarter and covers {period}.

## Reduce serious violence

"""

BARE_CHANGE = HEAD.format(period="July to September 2026") + """\
| Measure | Jul–Sep 2025 | Apr–Jun 2026 | Jul–Sep 2026 | Change |
|---|---|---|---|---|
| Knife crime offences | 281 | 262 | 249 | -32 |
| Neighbourhood crime | 4,323 | 4,031 | 3,979 | -52 |
| Knife crime offences | 281 | 262 | 249 | -20 |
"""

WRONG_CELLS = HEAD.format(period="July to September 2026") + """\
| Measure | This quarter | Last quarter | Same quarter last year | Change on last year |
|---|---|---|---|---|
| Knife crime offences | 250 | 262 | 281 | -11.0% |

| Measure | This quarter | Same quarter last year | Change |
|---|---|---|---|
| Drug trafficking offences | 480 | 398 | +82 |
| Knife crime offences | 249 | 281 | -32 |
"""

QUARTER_BEFORE = HEAD.format(period="April to June 2026") + """\
| Measure | This quarter | Last quarter | Same quarter last year | Change |
|---|---|---|---|---|
| Knife crime offences | 262 | 270 | 276 | -14 |
"""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    folder = tmp_path_factory.mktemp("change-cells")
    (folder / "figures.csv").write_text(FIGURES, encoding="utf-8")
    for name, text in (("bare.md", BARE_CHANGE), ("wrong.md", WRONG_CELLS), ("q2.md", QUARTER_BEFORE)):
        (folder / name).write_text(text, encoding="utf-8")
    with drafter.open_workspace(folder / "ws", seed=False) as opened:
        opened.import_figures(folder / "figures.csv")
        opened.add_statements([folder / "q2.md"], force="Lancashire")
        yield opened, folder


def _figures(report, text: str) -> list:
    return [m for m in report.figures if m.text == text]


def test_a_bare_change_heading_is_the_move_from_the_one_earlier_column_it_follows_from(workspace):
    opened, folder = workspace
    report = opened.review(folder / "bare.md", area="Lancashire")
    [on_the_year] = _figures(report, "32")
    assert on_the_year.status == "verified" and on_the_year.derivation == "249 − 281 = -32"
    [on_the_quarter] = _figures(report, "52")
    assert on_the_quarter.status == "verified" and on_the_quarter.derivation == "3,979 − 4,031 = -52"
    [neither] = _figures(report, "20")
    assert neither.status == "unverified"
    assert not [f for f in report.findings if f.kind in ("arithmetic", "wrong-figure", "direction")]


def test_a_change_following_from_a_wrong_cell_is_held_to_the_stored_figures(workspace):
    opened, folder = workspace
    report = opened.review(folder / "wrong.md", area="Lancashire")
    said = sorted(f.message for f in report.findings if f.kind == "wrong-figure" and "follows from" in f.message)
    assert said == [
        "+82 follows from 480 in its row, which the figures give as 489: the change from 2025-Q3 to 2026-Q3 is +91",
        "-11.0% follows from 250 in its row, which the figures give as 249: the change from 2025-Q3 to 2026-Q3 "
        "is -11.4%"]
    [right] = _figures(report, "32")
    assert right.status == "verified"


def test_copy_forward_moves_a_bare_changes_figure_with_its_columns(workspace):
    opened, _ = workspace
    statement = next(s for s in opened.list_statements() if "April to June" in (s.title or ""))
    draft = opened.new_draft(from_statement=statement.id)
    [table] = [p for p in draft.section("serious-violence").paragraphs if p.kind == "table"]
    assert table.text.split("\n")[1] == "Knife crime offences | 249 | 262 | 281 | -32"
