"""A year named by its end as a performance pack shortens it ("YE Sep 26",
"YE Jun-26", "YE March 2026") is that year in a sentence or a table's
heading, checked and rolled as "the year ending September 2026" is, where
"26" and "25" were read as counts no figure matched and the figures beside
them were held to the statement's period.

The statement and figures are written for the project (the force is real,
its figures invented).
"""

from __future__ import annotations

import pytest

import drafter
from drafter.figures.period_text import find_periods, rewrite
from drafter.figures.periods import Period


@pytest.mark.parametrize("text, period", [("YE Sep 26", "YE2026-09"), ("YE Jun-26", "YE2026-06"),
                                          ("YE March 2026", "2025/26"), ("YE Dec 25", "2025")])
def test_a_shortened_year_ending_is_that_year(text, period):
    [phrase] = find_periods(f"In {text} there were 964 offences")
    assert (phrase.text, str(phrase.period)) == (text, period)


def test_a_shortened_year_ending_moves_in_its_own_words():
    [phrase] = find_periods("YE Sep 26")
    assert rewrite(phrase, Period.parse("2026/27")) == "YE Mar 27"
    [phrase] = find_periods("YE March 2026")
    assert rewrite(phrase, Period.parse("YE2026-09")) == "YE September 2026"


def test_a_month_ending_no_quarter_is_no_year_and_its_digits_no_count():
    assert find_periods("YE Feb 26") == []


def test_review_reads_a_shortened_year_ending_in_a_sentence(tmp_path):
    (tmp_path / "figures.csv").write_text(
        "area,measure,period,value\nNorthumbria,drug_trafficking_offences,YE2026-09,964\n"
        "Northumbria,drug_trafficking_offences,YE2025-09,977\n", encoding="utf-8")
    path = tmp_path / "northumbria.txt"
    path.write_text("Northumbria Police and Crime Panel\n\n24 November 2026\n\nIntroduction\n\n"
                    "1. This statement covers the twelve months to 30 September 2026.\n\n"
                    "Disrupt drugs supply and county lines\n\n"
                    "2. YE Sep 26: 964 drug trafficking offences, down 1.3% on YE Sep 25 (977).\n", encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(tmp_path / "figures.csv")
        report = workspace.review(path, area="Northumbria").to_dict()
    numbers = {n["text"]: (n["status"], n["period"]) for n in report["figures"] if n["paragraph"] == 2}
    assert numbers == {"26": ("not-a-figure", None), "25": ("not-a-figure", None),
                       "964": ("verified", "YE2026-09"), "1.3%": ("verified", "YE2026-09"),
                       "977": ("verified", "YE2025-09")}
    assert not [f for f in report["findings"] if f["kind"].endswith("figure")]
