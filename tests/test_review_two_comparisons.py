"""Sentences comparing a figure with earlier periods as a writer puts them.

* Each comparison in its own clause ("down 0.5 points on the previous quarter
  but 1.1 points higher than a year earlier", "rose slightly to 10, one more
  than in the previous quarter, but there were fewer than in January to March
  2023 (15)"): each direction word is held to its own comparison, never to the
  other clause's.
* A second count compared with ("compared with 10 in the same quarter of 2023
  and 12 in October to December 2022") is held to its period's figure as the first is.
* A difference with no count before it in its sentence ("That is four fewer
  than in the previous quarter.", "Residential burglary was 102 fewer than in
  the previous quarter.") is worked out from the count the sentence points back
  to, or from the measure it names for the review period.

The figures are a small office's own, written here: firearms offences 15, 9
and 10 in 2023-Q1, 2023-Q4 and 2024-Q1; victim satisfaction 70.5%, 72.1%,
71.6% and 73.0% in 2022-Q4, 2023-Q3, 2023-Q4 and 2024-Q1; homicides 7, 10,
12 and 8 in 2022-Q4, 2023-Q1, 2023-Q4 and 2024-Q1; residential burglary 845
and 743 in 2023-Q4 and 2024-Q1.
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
Derbyshire,homicides,2022-Q4,7
Derbyshire,homicides,2023-Q1,10
Derbyshire,homicides,2023-Q4,12
Derbyshire,homicides,2024-Q1,8
Derbyshire,residential_burglary,2023-Q4,845
Derbyshire,residential_burglary,2024-Q1,743
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


def test_a_second_count_compared_with_is_held_to_its_period(office, tmp_path):
    report = review(office, tmp_path, "January to March 2024", "Reduce murder and other homicide",
                    "Derbyshire Constabulary recorded 8 homicides in January to March 2024, compared with 10 in "
                    "the same quarter of 2023 and 12 in October to December 2022.")
    assert errors(report) == [("wrong-figure", "12 homicides in 2022-Q4: the figures give 7 for Derbyshire "
                                                "(figures.csv); 12 is the figure for 2023-Q4")]


def test_a_second_count_compared_with_that_is_right_is_verified(office, tmp_path):
    report = review(office, tmp_path, "January to March 2024", "Reduce murder and other homicide",
                    "Derbyshire Constabulary recorded 8 homicides in January to March 2024, compared with 10 in "
                    "the same quarter of 2023 and 12 in October to December 2023.")
    assert errors(report) == [] and {m.text: m.status for m in report.figures}["12"] == "verified"


@pytest.mark.parametrize("sentence, difference", [
    ("Derbyshire recorded 8 homicides in the first quarter of 2024, a decrease of 20.0% from the same quarter a "
     "year earlier, when there were 10. That is four fewer than in the previous quarter.", "four"),
    ("Residential burglary was 102 fewer than in the previous quarter.", "102"),
])
def test_a_difference_with_no_count_beside_it_is_worked_out(office, tmp_path, sentence, difference):
    report = review(office, tmp_path, "January to March 2024", "Reduce neighbourhood crime", sentence)
    assert errors(report) == [] and {m.text: m.status for m in report.figures}[difference] == "verified"


def test_a_wrong_difference_with_no_count_beside_it_is_an_arithmetic_error(office, tmp_path):
    report = review(office, tmp_path, "January to March 2024", "Reduce neighbourhood crime",
                    "Residential burglary was 100 fewer than in the previous quarter.")
    assert errors(report) == [("arithmetic", "100 fewer than in 2023-Q4 does not follow from the figures: 845 in "
                                             "2023-Q4 to 743 in 2024-Q1 is 102 fewer")]


def test_points_on_the_quarter_of_last_quarters_sentence_are_its_own(office, tmp_path):
    # A January to March statement keeping October to December's sentence: stale, but its 0.5 points right.
    report = review(office, tmp_path, "January to March 2024", "Improve victim satisfaction",
                    "Overall satisfaction among victims of crime was 71.6% in October to December 2023, down 0.5 "
                    "percentage points on the previous quarter.")
    assert errors(report) == []
    assert [f.kind for f in report.findings if f.severity == "warning" and f.kind == "stale-figure"] == ["stale-figure"]
    assert {m.text: m.status for m in report.figures}["0.5 percentage points"] == "verified"
