"""A direction word whose copied sentence cannot be checked (its figures begin
that year, so there is no figure a year before it) is still held to the new
figures: "Knife crime rose to 155" rolled on to a quarter of 138, against 162 a
year earlier, is said "fell", as review of the draft reads it. Before, it was
left "rose" and review of the draft called it an error.

Cheshire's figures here are made up for the test."""

from __future__ import annotations

import pytest

from drafter.statement import PARAGRAPH

FIGURES = """\
area,measure,period,value,unit
Cheshire,knife_offences,2025-Q3,162,
Cheshire,knife_offences,2026-Q1,141,
Cheshire,knife_offences,2026-Q2,155,
Cheshire,knife_offences,2026-Q3,138,
"""
STATEMENT = """\
Cheshire Police and Crime Panel

15 July 2026

Title: National Policing Priorities: quarterly statement, April to June 2026

Introduction

1. This statement reports on the National Policing Priorities.

Reduce serious violence

2. Knife crime rose to 155 offences in April to June 2026.

Reporting frequency

The Panel receives this statement every quarter.
"""


@pytest.fixture(scope="module")
def rolled(tmp_path_factory):
    import drafter
    from drafter.store.schema import set_meta

    folder = tmp_path_factory.mktemp("first-year")
    workspace = drafter.open_workspace(folder / "ws", seed=False)
    set_meta(workspace.database, "seeded", "1")
    (folder / "cheshire.csv").write_text(FIGURES, encoding="utf-8")
    workspace.import_figures(folder / "cheshire.csv")
    statement = folder / "cheshire-2026-07.txt"
    statement.write_text(STATEMENT, encoding="utf-8")
    workspace.add_statements([statement], force="Cheshire")
    draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id)
    yield workspace, draft
    workspace.close()


def test_the_word_is_turned_round_by_the_new_figures(rolled):
    _, draft = rolled
    assert [p.text for p in draft.section("serious-violence").paragraphs if p.kind == PARAGRAPH] == [
        "Knife crime fell to 138 offences in July to September 2026."]


def test_review_of_the_draft_disputes_no_direction(rolled):
    workspace, draft = rolled
    assert not [f for f in workspace.review(draft.id).findings if f.kind == "direction"]
