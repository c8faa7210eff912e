"""A year or quarter named by its last day ("the twelve months to 31 March
2026", "the year ending 30 September 2025", "the quarter ending 30th June
2026") is that period, read and rolled as the month alone is, the day kept in
its words ("31 March" a quarter on is "30 June"), where it was read as the
calendar year of its date and a right figure was left unverified.

The statement and figures are written for the project (the force is real,
its figures invented).
"""

from __future__ import annotations

import pytest

import drafter
from drafter.figures.period_text import find_periods, rewrite
from drafter.figures.periods import Period


@pytest.mark.parametrize("text, period", [
    ("in the twelve months to 31 March 2026 there were", "2025/26"),
    ("in the year ending 30 September 2025,", "YE2025-09"),
    ("the quarter ending 30th June 2026", "2026-Q2"),
    ("the year ending 31 December 2025", "2025"),
])
def test_a_period_named_by_its_last_day_is_that_period(text, period):
    [phrase] = find_periods(text)
    assert str(phrase.period) == period


def test_a_day_that_ends_no_month_names_no_period_and_no_year():
    assert find_periods("in the twelve months to 15 March 2026 there were") == []


@pytest.mark.parametrize("text, moved_to, written", [
    ("the twelve months to 31 March 2026", "YE2026-06", "the twelve months to 30 June 2026"),
    ("the year ending 30th September 2025", "2025", "the year ending 31st December 2025"),
    ("the quarter ending 30 June 2026", "2026-Q3", "the quarter ending 30 September 2026"),
])
def test_a_period_named_by_its_last_day_is_rolled_to_the_new_last_day(text, moved_to, written):
    [phrase] = find_periods(text)
    assert text[:phrase.start] + rewrite(phrase, Period.parse(moved_to)) == written


def test_review_holds_a_count_to_the_year_its_last_day_ends(tmp_path):
    (tmp_path / "figures.csv").write_text(
        "area,measure,period,value\nLancashire,knife_offences,2025,1211\nLancashire,knife_offences,2026-Q1,291\n"
        "Lancashire,knife_offences,2025/26,1199\nLancashire,knife_offences,YE2025-09,1200\n", encoding="utf-8")
    path = tmp_path / "lancashire.txt"
    path.write_text("Lancashire Police and Crime Panel\n\n29 June 2026\n\nIntroduction\n\n"
                    "1. This statement covers the financial year 2025/26.\n\nReduce serious violence\n\n"
                    "2. There were 1,199 knife offences in the twelve months to 31 March 2026, and 1,200 in the "
                    "year ending 30 September 2025.\n", encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(tmp_path / "figures.csv")
        report = workspace.review(path, period="2025/26", area="Lancashire")
    counts = {n["text"]: (n["status"], n["period"]) for n in report.to_dict()["figures"] if n["measure"]}
    assert counts == {"1,199": ("verified", "2025/26"), "1,200": ("verified", "YE2025-09")}
