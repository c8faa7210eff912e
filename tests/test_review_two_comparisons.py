"""A sentence comparing one figure with two earlier periods, each in its own
clause ("down 0.5 points on the previous quarter but 1.1 points higher than a
year earlier", "rose slightly to 10, one more than in the previous quarter,
but there were fewer than in January to March 2023 (15)"): each direction word
is held to its own comparison, never to the other clause's.

The figures are a small office's own, written here: firearms offences 15, 9
and 10 in 2023-Q1, 2023-Q4 and 2024-Q1; victim satisfaction 70.5%, 72.1%,
71.6% and 73.0% in 2022-Q4, 2023-Q3, 2023-Q4 and 2024-Q1.
"""

from __future__ import annotations

import pytest

FIGURES = """area,measure,period,value
Derbyshire,firearms_offences,2023-Q1,15
Derbyshire,firearms_offences,2023-Q4,9
Derbyshire,firearms_offences,2024-Q1,10
Derbyshire,victim_satisfaction,2022-Q4,70.5%
Derbyshire,victim_satisfaction,2023-Q3,72.1%
Derbyshire,victim_satisfaction,2023-Q4,71.6%
Derbyshire,victim_satisfaction,2024-Q1,73.0%
"""


@pytest.fixture
def office(empty_workspace, tmp_path):
    empty_workspace.set_office("Derbyshire")
    figures = tmp_path / "figures.csv"
    figures.write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(figures)
    return empty_workspace


def review(workspace, tmp_path, covers: str, heading: str, sentence: str):
    path = tmp_path / "derbyshire-2024-05.txt"
    path.write_text("Derbyshire Police and Crime Panel\nNational Policing Priorities statement\nMay 2024\n\n"
                    f"This statement covers {covers}.\n\n{heading}\n\n{sentence}\n", encoding="utf-8")
    return workspace.review(path)


def errors(report):
    return [(f.kind, f.message) for f in report.findings
            if f.severity == "error" and f.kind != "missing-priority"]


@pytest.mark.parametrize("sentence", [
    "Overall satisfaction among victims of crime was 71.6% in October to December 2023, down 0.5 "
    "percentage points on the previous quarter but 1.1 points higher than a year earlier.",
    "Overall satisfaction among victims of crime was 71.6% in October to December 2023, 1.1 points "
    "higher than a year earlier but down 0.5 percentage points on the previous quarter.",
])
def test_points_on_the_quarter_and_on_the_year_each_keep_their_word(office, tmp_path, sentence):
    report = review(office, tmp_path, "October to December 2023", "Improve victim satisfaction", sentence)
    assert errors(report) == []
    checked = {m.text: m.status for m in report.figures}
    assert checked["0.5 percentage points"] == checked["1.1 points"] == "verified"


def test_a_wrong_way_in_one_clause_is_still_found(office, tmp_path):
    report = review(office, tmp_path, "October to December 2023", "Improve victim satisfaction",
                    "Overall satisfaction among victims of crime was 71.6% in October to December 2023, "
                    "down 0.5 percentage points on the previous quarter but 1.1 points lower than a year earlier.")
    assert errors(report) == [("direction", "'lower' says it went down, but the figures went from 70.5% in "
                                            "2022-Q4 to 71.6% in 2023-Q4 (+1.1 percentage points)")]


def test_a_rise_on_the_quarter_beside_a_fall_on_the_year(office, tmp_path):
    report = review(office, tmp_path, "January to March 2024", "Reduce serious violence",
                    "Firearms offences rose slightly to 10, one more than in the previous quarter, but there "
                    "were fewer than in January to March 2023 (15).")
    assert errors(report) == []


def test_a_fall_said_of_a_rise_on_the_quarter_is_found(office, tmp_path):
    report = review(office, tmp_path, "January to March 2024", "Reduce serious violence",
                    "Firearms offences fell to 10, one more than in the previous quarter, but there "
                    "were fewer than in January to March 2023 (15).")
    assert errors(report) == [("direction", "'fell' says firearms offences went down, but the figures went "
                                            "from 9 in 2023-Q4 to 10 in 2024-Q1 (+11.1%)")]
