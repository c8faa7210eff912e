"""Counts for a calendar half year in a half-yearly statement ("Half-Year
Statement, January to June 2026"), held to their two quarters added up
however the sentence words them: "95 knife offences between January and June
2025", the half named after the count with its own "between", was read by
the statement's period and left unverified, not found wrong; and the count a
half year's is compared with ("compared with 4 in the first half of 2025")
was never held to its measure, so a wrong one passed as unverified. The
statement is reviewed for the half's last quarter (2026-Q2), where, quoting
no period's figure, it was reviewed for the calendar year before its date.

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
Cumbria,homicides,2026-Q1,1
Cumbria,homicides,2026-Q2,2
Cumbria,knife_offences,2025-Q1,39
Cumbria,knife_offences,2025-Q2,48
Cumbria,knife_offences,2026-Q1,37
Cumbria,knife_offences,2026-Q2,44
"""

STATEMENT = """\
Cumbria Police and Crime Panel

12 October 2026

Title: National Policing Priorities – Half-Year Statement, January to June 2026

Introduction

1. This statement is published twice a year.

Reduce murder and other homicide

2. There were 3 homicides in the first half of 2026, compared with 4 in the first half of 2025.

Reduce serious violence

3. Between January and June 2026 the Constabulary recorded 81 knife or sharp instrument offences, compared \
with 87 between January and June 2025.

4. The Constabulary recorded 95 knife or sharp instrument offences between January and June 2025.
"""


@pytest.fixture(scope="module")
def review(tmp_path_factory):
    folder = tmp_path_factory.mktemp("calendar-half-review")
    (folder / "figures.csv").write_text(FIGURES, encoding="utf-8")
    (folder / "cumbria.txt").write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(folder / "ws", seed=False) as workspace:
        workspace.import_figures(folder / "figures.csv")
        yield workspace.review(folder / "cumbria.txt", area="Cumbria").to_dict()


def _statuses(review, paragraph):
    return [(n["text"], n["status"]) for n in review["figures"]
            if n["paragraph"] == paragraph and n["status"] != "not-a-figure"]


def test_a_count_followed_by_between_and_its_half_year_is_held_to_the_two_quarters(review):
    assert _statuses(review, 4) == [("95", "wrong")]
    assert ("95 knife or sharp instrument offences between January and June 2025: the figures give 87 for "
            "Cumbria, its two quarters added up (39 in 2025-Q1 and 48 in 2025-Q2)") in \
        [f["message"] for f in review["findings"] if f["kind"] == "wrong-figure"]


def test_the_half_year_a_count_is_compared_with_is_held_to_its_two_quarters(review):
    assert _statuses(review, 2) == [("3", "verified"), ("4", "wrong")]
    assert _statuses(review, 3) == [("81", "verified"), ("87", "verified")]
    assert ("4 homicides in the first half of 2025: the figures give 3 for Cumbria, its two quarters added up "
            "(1 in 2025-Q1 and 2 in 2025-Q2)") in [f["message"] for f in review["findings"] if f["kind"] == "wrong-figure"]


def test_a_statement_titled_by_its_half_year_is_reviewed_for_the_half_s_last_quarter(review):
    assert review["period"] == "2026-Q2"
