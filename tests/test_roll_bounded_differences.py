"""Copy forward of a difference whose size has a bound before it ("more than
500 fewer than in the previous quarter", "fell by more than 500"): the new size is rounded as the old
one was, so the bound stays true ("more than 2,500 more"), where it wrote
the exact size after the bound ("more than 2,573 more"); one whose bound can
no longer be said is left for the writer. Review verifies what it writes.

The statement and figures are written for the project (the force is real,
its figures invented)."""

from __future__ import annotations

import pytest

import drafter

FIGURES = """\
area,measure,period,value
Avon and Somerset,neighbourhood_crime,2026-Q1,11840
Avon and Somerset,neighbourhood_crime,2026-Q2,11261
Avon and Somerset,neighbourhood_crime,2026-Q3,13834
"""

STATEMENT = """\
# Avon and Somerset Police and Crime Commissioner: Statement on the National Policing Priorities, April to June 2026

## Introduction

This statement is published every quarter and covers April to June 2026.

## Reduce neighbourhood crime

In April to June 2026 neighbourhood crime was 11,261, more than 500 fewer than in the previous quarter.

Neighbourhood crime stood at 11,261 in April to June 2026, nearly 600 fewer than in the previous quarter.

In April to June 2026 neighbourhood crime fell by more than 500 on the previous quarter, to 11,261.
"""


@pytest.fixture(scope="module")
def rolled(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bounded")
    (folder / "figures.csv").write_text(FIGURES, encoding="utf-8")
    (folder / "avon-2026-08.md").write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(folder / "ws", seed=False) as opened:
        opened.import_figures(folder / "figures.csv")
        opened.add_statements([folder / "avon-2026-08.md"], force="Avon and Somerset")
        draft = opened.new_draft(from_statement=opened.list_statements()[0].id)
        opened.save_draft(draft)
        yield draft, opened.review(draft.id)


def test_a_bounded_difference_is_rounded_as_written_so_its_bound_stays_true(rolled):
    draft, _ = rolled
    first, second, third = [p.text for p in draft.section("neighbourhood-crime").paragraphs]
    assert first == ("In July to September 2026 neighbourhood crime was 13,834, more than 2,500 more than in the "
                     "previous quarter.")
    assert second == ("Neighbourhood crime stood at 13,834 in July to September 2026, nearly 2,600 more than in the "
                      "previous quarter.")
    assert third == "In July to September 2026 neighbourhood crime rose by more than 2,500 on the previous quarter, to 13,834."


def test_review_verifies_the_bounded_differences_copy_forward_wrote(rolled):
    _, report = rolled
    assert [(m.text, m.status) for m in report.figures if m.text in ("2,500", "2,600")] == [
        ("2,500", "verified"), ("2,600", "verified"), ("2,500", "verified")]
