"""A quarter named by its place in the year ("July to September 2026, the
third calendar quarter of the year") moves with the statement, where it was
left as written: the October to December draft still called itself the
third calendar quarter, and nothing named it for the writer.

The statement and figures are written for the project (the force is real,
its figures invented).
"""

from __future__ import annotations

import pytest

import drafter
from drafter.drafts.roll_quarter_places import quarter_places_moved
from drafter.figures.periods import Period

STATEMENT = """\
Cumbria Police and Crime Panel

7 December 2026

Title: National Policing Priorities – July to September 2026

Introduction

1. This statement covers July to September 2026, the third calendar quarter of the year.

Reduce murder and other homicide

2. There was 1 homicide between July and September 2026, compared with 2 between July and September 2025.
"""


@pytest.fixture(scope="module")
def draft(tmp_path_factory):
    folder = tmp_path_factory.mktemp("quarter-place")
    (folder / "figures.csv").write_text("area,measure,period,value\nCumbria,homicides,2025-Q3,2\n"
                                        "Cumbria,homicides,2025-Q4,3\nCumbria,homicides,2026-Q3,1\n"
                                        "Cumbria,homicides,2026-Q4,2\n", encoding="utf-8")
    (folder / "cumbria.txt").write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(folder / "ws", seed=False) as workspace:
        workspace.import_figures(folder / "figures.csv")
        workspace.add_statements([folder / "cumbria.txt"], force="Cumbria")
        yield workspace.new_draft(from_statement=workspace.list_statements()[0].id)


def test_the_quarter_s_place_in_the_year_moves_with_the_statement(draft):
    [paragraph] = draft.section("introduction").paragraphs
    assert paragraph.text == "This statement covers October to December 2026, the fourth calendar quarter of the year."


@pytest.mark.parametrize("words, main, target, expected", [
    ("the first quarter of the financial year", "2026-Q2", "2026-Q3", "second"),
    ("the final quarter of the financial year", "2026-Q1", "2026-Q2", "first"),
    ("the first quarter of the year", "2026-Q2", "2026-Q3", "second"),  # April to June: the financial year's
    ("the third quarter of the year", "2026-Q3", "2026-Q4", "fourth"),
    ("the second quarter of the year", "2026-Q3", "2026-Q4", "third"),  # July to September: the financial year's
    ("the first quarter of the year", "2026-Q3", "2026-Q4", None),  # neither count's place of the quarter copied
])
def test_the_place_is_read_in_the_year_its_words_or_the_quarter_count_it_in(words, main, target, expected):
    moved = quarter_places_moved(words, Period.parse(main), Period.parse(target))
    assert [new for _, _, new in moved] == ([expected] if expected else [])
