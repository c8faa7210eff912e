"""A table of ranks ("Measure | Lancashire | Rank of 43 forces | Most similar
group rank", "18th", "3rd of 8") names each place for checking, in review and
in copy forward, where both passed it in silence: a table does not say
whether its 1st is the highest or the lowest.

The statement and figures are written for the project (the force is real,
its figures invented)."""

from __future__ import annotations

import pytest

import drafter
from drafter.claims.table_ranks import places_in_table

FIGURES = """\
area,measure,period,value
Lancashire,knife_offences,2026-Q2,262
Lancashire,knife_offences,2026-Q3,249
Lancashire,homicides,2026-Q2,7
Lancashire,homicides,2026-Q3,4
"""

STATEMENT = """\
Lancashire Police and Crime Panel

August 2026

# Statement on the National Policing Priorities, April to June 2026

## Introduction

1. This statement on the National Policing Priorities covers April to June 2026 and is published every quarter.

## Reduce serious violence

| Measure | Lancashire | Rank of 43 forces | Most similar group rank |
|---|---|---|---|
| Knife crime offences | 262 | 18th | 3rd of 8 |
| Homicides | 7 | 21st= | 5th |

2. There were 262 knife crime offences in April to June 2026.
"""


def test_the_places_in_a_tables_rank_columns_are_found_with_their_row_and_column():
    table = ("Measure | Lancashire | Rank of 43 forces | Most similar group rank\n"
             "Knife crime offences | 262 | 18th | 3rd of 8\nHomicides | 7 | 21st= | n/a")
    assert [place.described() for place in places_in_table(table)] == [
        "18th (Rank of 43 forces, Knife crime offences)", "3rd of 8 (Most similar group rank, Knife crime offences)",
        "21st= (Rank of 43 forces, Homicides)"]
    assert places_in_table("Measure | This quarter | Last quarter\nHomicides | 4th | 7") == []


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ranks")
    (folder / "figures.csv").write_text(FIGURES, encoding="utf-8")
    (folder / "lancashire-2026-08.md").write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(folder / "ws", seed=False) as opened:
        opened.import_figures(folder / "figures.csv")
        opened.add_statements([folder / "lancashire-2026-08.md"], force="Lancashire")
        yield opened, folder


def test_review_names_each_place_in_a_rank_column_for_checking(workspace):
    opened, folder = workspace
    report = opened.review(folder / "lancashire-2026-08.md", area="Lancashire")
    named = [f.message.split(":")[0] for f in report.findings if f.kind == "unverified-rank"]
    assert named == ["18th (Rank of 43 forces, Knife crime offences)",
                     "3rd of 8 (Most similar group rank, Knife crime offences)",
                     "21st= (Rank of 43 forces, Homicides)", "5th (Most similar group rank, Homicides)"]


def test_copy_forward_lists_each_place_for_the_writer(workspace):
    opened, _ = workspace
    draft = opened.new_draft(from_statement=opened.list_statements()[0].id)
    [table] = [p for p in draft.section("serious-violence").paragraphs if p.kind == "table"]
    assert "249" in table.text and "18th" in table.text
    assert [(entry["text"], entry["reason"]) for entry in table.origin.not_rolled][:2] == [
        ("18th", "18th (Rank of 43 forces, Knife crime offences): a place in a rank column, kept as written: "
                 "give it for 2026-Q3"),
        ("3rd of 8", "3rd of 8 (Most similar group rank, Knife crime offences): a place in a rank column, kept "
                     "as written: give it for 2026-Q3")]
    assert [entry["text"] for entry in table.origin.not_rolled] == ["18th", "3rd of 8", "21st=", "5th"]
