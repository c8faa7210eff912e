"""A calendar quarter written year first, "2025 Q4" or "2025-Q4", as
performance packs (and drafter's own labels) write it, is that quarter: "3
homicides in 2025 Q4" was a wrong-figure error against the whole of 2025 (8),
with "Q4" left as a bare quarter number; copy forward moves it a quarter on
in the same words.

The statement and figures are written for the project (the force is real,
its figures invented).
"""

from __future__ import annotations

import pytest

import drafter

FIGURES = """\
area,measure,period,value
Cumbria,homicides,2024-Q1,2
Cumbria,homicides,2024-Q2,1
Cumbria,homicides,2024-Q3,3
Cumbria,homicides,2024-Q4,2
Cumbria,homicides,2025-Q1,1
Cumbria,homicides,2025-Q2,2
Cumbria,homicides,2025-Q3,2
Cumbria,homicides,2025-Q4,3
Cumbria,homicides,2026-Q1,1
"""

STATEMENT = """\
Cumbria Police and Crime Panel

9 February 2026

Title: National Policing Priorities – October to December 2025

Reduce murder and other homicide

1. There were 3 homicides in 2025 Q4, against 2 in 2024-Q4.
"""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    folder = tmp_path_factory.mktemp("year-quarter")
    (folder / "figures.csv").write_text(FIGURES, encoding="utf-8")
    (folder / "cumbria.txt").write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(folder / "ws", seed=False) as workspace:
        workspace.import_figures(folder / "figures.csv")
        workspace.add_statements([folder / "cumbria.txt"], force="Cumbria")
        yield workspace, folder / "cumbria.txt"


def test_a_count_for_a_quarter_written_year_first_is_held_to_that_quarter(workspace):
    workspace, path = workspace
    review = workspace.review(path, area="Cumbria").to_dict()
    assert [(n["text"], n["status"], n["period"]) for n in review["figures"] if n["status"] != "not-a-figure"] == [
        ("3", "verified", "2025-Q4"), ("2", "verified", "2024-Q4")]
    assert not [f for f in review["findings"] if f["kind"] == "wrong-figure"]


def test_copy_forward_moves_it_a_quarter_on_in_the_same_words(workspace):
    workspace, _ = workspace
    draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id)
    [paragraph] = draft.section("homicide").paragraphs
    assert paragraph.text == "There was 1 homicide in 2026 Q1, against 1 in 2025-Q1."
