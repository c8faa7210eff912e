"""A financial year written as GOV.UK writes it, "the financial year 2025 to
2026", is that financial year (2025/26), where it was read as two calendar
years: "17 homicides in the financial year 2025 to 2026" was held to 2026
and left unverified, and the statement titled so was reviewed for 2025.
Copy forward writes the next one in the same words.

The statement and figures are written for the project (the force is real,
its figures invented).
"""

from __future__ import annotations

import pytest

import drafter
from drafter.figures.period_text import find_periods, rewrite
from drafter.figures.periods import Period

STATEMENT = """\
Lancashire Police and Crime Panel

20 July 2026

Title: National Policing Priorities – financial year 2025 to 2026

Reduce murder and other homicide

1. In the financial year 2025 to 2026 there were 17 homicides in Lancashire.
"""


@pytest.fixture(scope="module")
def review(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fy-words")
    (folder / "figures.csv").write_text("area,measure,period,value\nLancashire,homicides,2025/26,17\n"
                                        "Lancashire,homicides,2026-Q1,5\n", encoding="utf-8")
    (folder / "lancashire.txt").write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(folder / "ws", seed=False) as workspace:
        workspace.import_figures(folder / "figures.csv")
        yield workspace.review(folder / "lancashire.txt", area="Lancashire").to_dict()


def test_a_financial_year_in_words_is_reviewed_as_that_financial_year(review):
    assert review["period"] == "2025/26"
    assert [(n["text"], n["status"], n["period"]) for n in review["figures"] if n["kind"] == "count"] == [
        ("17", "verified", "2025/26")]


@pytest.mark.parametrize("words, expected", [
    ("the financial year 2025 to 2026", "2026 to 2027"),
    ("the Financial Year 2024 to 2025", "2025 to 2026"),
])
def test_it_is_written_a_year_on_in_the_same_words(words, expected):
    [phrase] = find_periods(words)
    assert rewrite(phrase, Period.parse("2026/27" if "2025 to 2026" in words else "2025/26")) == expected


def test_two_calendar_years_joined_by_to_are_still_two_years():
    assert [str(p.period) for p in find_periods("from 2024 to 2025 the number rose")] == ["2024", "2025"]
