"""An annual statement on a calendar year, from an office whose figures are
stored by calendar quarter, is copied forward to the next year with the
year's figures added up from its four quarters, as review adds them up:
it was kept on 2025 ("no figures for January to December 2026 (2026) are
stored yet") though every quarter of 2026 was stored. Its title's "the
calendar year 2025" names the draft's year, where a year in a title was
always left as written.

The statement and figures are written for the project (the force is real,
its figures invented; the years add up from their quarters).
"""

from __future__ import annotations

import pytest

import drafter

QUARTERS = {"2024": (2, 1, 3, 2), "2025": (1, 2, 2, 3), "2026": (1, 2, 1, 2)}
FIGURES = "area,measure,period,value\n" + "".join(
    f"Cumbria,homicides,{year}-Q{n},{value}\n" for year, values in QUARTERS.items()
    for n, value in enumerate(values, 1))

STATEMENT = """\
Cumbria Police and Crime Panel

16 March 2026

Title: National Policing Priorities – Annual Statement for the calendar year 2025

Introduction

1. This statement covers the calendar year 2025.

Reduce murder and other homicide

2. In 2025 there were 8 homicides in Cumbria, the same as in 2024.
"""


@pytest.fixture(scope="module")
def draft(tmp_path_factory):
    folder = tmp_path_factory.mktemp("calendar-year")
    (folder / "figures.csv").write_text(FIGURES, encoding="utf-8")
    (folder / "cumbria.txt").write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(folder / "ws", seed=False) as workspace:
        workspace.import_figures(folder / "figures.csv")
        workspace.add_statements([folder / "cumbria.txt"], force="Cumbria")
        yield workspace.new_draft(from_statement=workspace.list_statements()[0].id)


def test_a_calendar_year_statement_moves_to_the_next_year_its_quarters_add_up_to(draft):
    assert draft.period == "2026"
    [paragraph] = draft.section("homicide").paragraphs
    assert paragraph.text == "In 2026 there were 6 homicides in Cumbria, a decrease of 25.0% on 2025."


def test_a_title_calling_it_the_calendar_year_names_the_draft_s(draft):
    assert draft.title == "National Policing Priorities – Annual Statement for the calendar year 2026"
