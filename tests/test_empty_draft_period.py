"""An empty draft (``drafter draft new`` without --from, the desk's "Start an
empty draft") quotes the latest quarter the workspace holds figures for in
its area, ending no later than the meeting month; the calendar year before
the meeting only when no such quarter is held.

Kestrel Vale is fictional.
"""

from __future__ import annotations

import pytest

FIGURES = """\
area,measure,period,value,unit
Kestrel Vale,homicides,2025,40,
Kestrel Vale,homicides,2025-Q2,11,
Kestrel Vale,homicides,2026-Q2,12,
Kestrel Vale,homicides,2026-Q3,13,
Kestrel Vale,homicides,YE2026-06,45,
Testshire,homicides,2025,30,
"""


@pytest.fixture
def kestrel(empty_workspace, tmp_path):
    (tmp_path / "kestrel.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "kestrel.csv")
    return empty_workspace


@pytest.mark.parametrize(("meeting", "period"), [
    ("2026-11", "2026-Q3"),  # the latest quarter stored
    ("2026-09", "2026-Q3"),  # a quarter ending in the meeting month
    ("2026-08", "2026-Q2"),  # not one that ends after the meeting
    ("2025-05", "2024"),  # no quarter stored by then: the year before the meeting
])
def test_an_empty_draft_quotes_the_latest_quarter_held_by_the_meeting(kestrel, meeting, period):
    assert kestrel.new_draft(area="Kestrel Vale", date=meeting).period == period


def test_an_area_with_only_years_stored_quotes_the_year_before_the_meeting(kestrel):
    assert kestrel.new_draft(area="Testshire", date="2026-11").period == "2025"


def test_the_cli_gives_the_same_default_and_a_period_asked_for_wins(kestrel, cli):
    made = cli("draft", "new", "--area", "Kestrel Vale", "--date", "2026-11", "--json", workspace=kestrel.path)
    assert made.json()["period"] == "2026-Q3"
    asked = cli("draft", "new", "--area", "Kestrel Vale", "--date", "2026-11", "--period", "2025", "--json",
                workspace=kestrel.path)
    assert asked.json()["period"] == "2025"
