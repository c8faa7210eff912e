"""A count's period is often named at the end of its clause, after the words
that say where it was recorded ("5 homicides recorded by the force across
the whole area in the first quarter of 2024"), or as "the three months to
June 2024". Review reads that period as the count's, so a count wrong for it
is an error and not verified against some other quarter that happens to
hold the same number; a period the clause does not date the count with
("since 2015", "by March 2025", after another number) is not taken.

Severnshire's sample homicides: 2024-Q1 4, 2024-Q2 5, 2024-Q3 3; 2023 19, 2024 17. The
review is for 2024-Q2.
"""

from __future__ import annotations

import pytest
from one_sentence import review_sentence

from drafter.figures.period_text import find_periods, rewrite
from drafter.figures.periods import Period

def review(workspace, tmp_path, sentence: str):
    return review_sentence(workspace, tmp_path, sentence, month="October 2024", period="2024-Q2")


def status_of(report, text: str) -> str:
    return next(m.status for m in report.figures if m.text == text)


def wrong_figures(report) -> list[str]:
    return [f.message for f in report.findings if f.kind == "wrong-figure"]


@pytest.mark.parametrize("sentence, message", [
    ("There were 4 homicides recorded by Severnshire Police across the whole of the force area "
     "in the second quarter of 2024.", "4 homicides in 2024-Q2: the figures give 5"),
    ("There were 4 homicides recorded across the force area in the three months from April to June 2024.",
     "4 homicides in 2024-Q2: the figures give 5"),
    ("There were 4 homicides in the three months to June 2024.", "4 homicides in 2024-Q2: the figures give 5"),
])
def test_a_count_wrong_for_the_period_its_clause_names_is_an_error(seeded_workspace, tmp_path, sentence,
                                                                    message):
    report = review(seeded_workspace, tmp_path, sentence)
    (found,) = wrong_figures(report)
    assert found.startswith(message)


def test_a_count_right_for_the_period_its_clause_names_is_verified(seeded_workspace, tmp_path):
    report = review(seeded_workspace, tmp_path, "There were 5 homicides recorded by Severnshire Police across "
                                                "the whole of the force area in the second quarter of 2024.")
    assert status_of(report, "5") == "verified"
    assert wrong_figures(report) == []


@pytest.mark.parametrize("sentence", [
    # the year a record began, not the count's period
    "Severnshire recorded 17 homicides, the lowest number of any year since 2015.",
    # another number stands between the count and the period
    "There were 17 homicides in the year, against 19 recorded in 2023.",
])
def test_a_period_that_does_not_date_the_count_is_not_taken(seeded_workspace, tmp_path, sentence):
    report = review(seeded_workspace, tmp_path, sentence)
    assert status_of(report, "17") == "verified"
    assert wrong_figures(report) == []


def test_three_months_to_a_month_is_the_quarter_and_rolls_in_its_own_words():
    (phrase,) = find_periods("in the three months to June 2024")
    assert str(phrase.period) == "2024-Q2"
    assert rewrite(phrase, Period.parse("2024-Q3")) == "three months to September 2024"
