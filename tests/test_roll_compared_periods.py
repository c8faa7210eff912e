"""Copy forward of sentences that name the period a figure is compared with,
and review of what it writes.

Three quarterly statements of one office, each rolled a quarter on:

* January to March 2024 (a web page's paragraphs): "In Quarter 4 the force
  recorded 647 …, 1.8% fewer than in the previous quarter (659) but 5.7%
  more than in January to March 2023 (612)" was read as January to March
  2023's, so it was kept, "Quarter 4" with it, and the 1.8% became 23.9%;
  "from 3,799 to 4,073" after "compared with the first quarter of 2023"
  kept 4,073; "… and 5.0 points higher than a year earlier" was called
  wrong against the previous quarter; "6.7% more than in the same quarter
  of 2023" rolled to "1.5% more" when it fell; "The next update will cover
  April to June 2024" stayed in the April to June draft; "County lines
  closed: 9 this quarter, and 37 in the financial year to date" kept the 9
  as a total to date.
* July to September 2024 (a board paper): "This is 9.3% lower than in July
  to September 2023 (443)" moved the 9.3% and kept 443, unlisted; "five
  county lines" after "(158 in April to June 2024)" was read as April to
  June's; "an improvement of 9.6 percentage points on the previous quarter"
  was kept; "during July, August and September" was read as July alone;
  "No homicides were recorded between July and September 2024, compared with
  two in the same quarter of 2023" stayed as written, unlisted.
* October to December 2024, named only in its title: "increased by 9.7%
  compared with July to September 2024, to 3,297 offences, of which 1,087
  were residential burglaries" was read as burglaries' change a year before
  and rolled to 18.1%, its period kept; "in the last three months of 2024"
  was read as a running total, and "compared with two in the same period of
  2023" as calendar 2023's count, so kept; "Burglary rose by 1.7% …, to 1,087" moved
  1,087 and kept 1.7%, unlisted.

A change on the previous quarter was matched to a year-earlier change of an
earlier quarter that rounds alike (612 on 623, 1.8%) and rolled as that.

"In Q2" with no year was not read as the statement's quarter, so not moved.

The statements are written for the project; the figures are made up.
"""

from __future__ import annotations

import pytest

import drafter

AREA = "Surrey"

_SERIES = {
    "knife_offences": {"2022-Q1": 623, "2023-Q1": 612, "2023-Q2": 606, "2023-Q3": 443, "2023-Q4": 659, "2024-Q1": 647,
                       "2024-Q2": 616, "2024-Q3": 402, "2024-Q4": 480, "2025-Q1": 508},
    "neighbourhood_crime": {"2023-Q1": 3799, "2023-Q2": 3875, "2024-Q1": 4073, "2024-Q2": 3931,
                            "2024-Q3": 3006, "2024-Q4": 3297, "2025-Q1": 2961},
    "residential_burglary": {"2022-Q4": 883, "2023-Q4": 969, "2024-Q3": 1069, "2024-Q4": 1087, "2025-Q1": 1059},
    "fraud_reports": {"2023-Q1": 2403, "2023-Q2": 2688, "2024-Q1": 2563, "2024-Q2": 2647, "2024-Q3": 1635,
                      "2024-Q4": 1421},
    "cyber_crime_reports": {"2024-Q3": 262, "2024-Q4": 285},
    "drug_trafficking_offences": {"2024-Q2": 158, "2024-Q3": 159, "2024-Q4": 170},
    "county_lines_closed": {"2024-Q1": 9, "2024-Q2": 5, "2024-Q3": 5, "2024-Q4": 6},
    "homicides": {"2023-Q3": 2, "2024-Q3": 0, "2023-Q4": 2, "2024-Q1": 3, "2024-Q4": 1, "2025-Q1": 0},
    "victim_satisfaction": {"2023-Q1": "72.4%", "2023-Q2": "67.0%", "2023-Q4": "76.5%", "2024-Q1": "77.4%",
                            "2024-Q2": "68.4%"},
    "domestic_abuse_satisfaction": {"2024-Q2": "68.3%", "2024-Q3": "77.9%", "2024-Q4": "75.9%"},
}
FIGURES = "area,measure,period,value\n" + "".join(
    f"{AREA},{measure},{period},{value}\n" for measure, series in _SERIES.items() for period, value in series.items())

WEB_PAGE = """\
Surrey Police and Crime Panel

May 2024

Title: National Policing Priorities: Commissioner's statement, January to March 2024

This statement covers Quarter 4 of 2023/24 (January to March 2024).

Reduce serious violence

In Quarter 4 the force recorded 647 offences involving a knife or sharp instrument, 1.8% fewer than in the previous quarter (659) but 5.7% more than in January to March 2023 (612).

Disrupt drugs supply and county lines

County lines closed: 9 this quarter, and 37 in the financial year to date.

Reduce neighbourhood crime

Neighbourhood crime rose by 7.2% compared with the first quarter of 2023, from 3,799 to 4,073 offences.

Improve victim satisfaction

77.4% of victims surveyed were satisfied with the service they received in January to March 2024, up 0.9 percentage points on the previous quarter (76.5%) and 5.0 points higher than a year earlier.

Tackle cyber crime

Action Fraud received 2,563 reports of fraud from Surrey residents in the quarter, 6.7% more than in the same quarter of 2023.

Reporting frequency

This statement will be updated each quarter. The next update will cover April to June 2024.
"""

BOARD_PAPER = """\
Surrey Police and Crime Panel

November 2024

Title: Statement on the National Policing Priorities – Quarter 2 2024/25

1. Introduction

1.1 This report covers the period July to September 2024.

2. Reduce serious violence

2.0 No homicides were recorded between July and September 2024, compared with two in the same quarter of 2023.

2.1 In Q2 knife and sharp instrument offences decreased by 34.7% on the previous quarter, to 402. This is 9.3% lower than in July to September 2023 (443).

3. Disrupt drugs supply and county lines

3.1 Officers recorded 159 drug trafficking offences in the quarter (158 in April to June 2024) and closed five county lines.

4. Improve victim satisfaction

4.1 Domestic abuse victim satisfaction rose to 77.9%, an improvement of 9.6 percentage points on the previous quarter.

5. Tackle cyber crime

5.1 Residents made 1,635 reports of fraud and 262 reports of cyber crime to Action Fraud during July, August and September.
"""

TITLED = """\
Surrey Police and Crime Commissioner

National Policing Priorities – quarterly statement for October to December 2024

Published February 2025

Reduce murder and other homicides

One homicide was recorded in Surrey in the last three months of 2024, compared with two in the same period of 2023.

Reduce serious violence

There were 480 knife crime offences in the quarter, up from 402 in the previous quarter (an increase of 19.4%) and fewer than a year earlier (659).

Reduce neighbourhood crime

Neighbourhood crime increased by 9.7% compared with July to September 2024, to 3,297 offences, of which 1,087 were residential burglaries.

Burglary rose by 1.7% compared with July to September 2024, to 1,087 offences.
"""


@pytest.fixture(scope="module")
def rolled(tmp_path_factory):
    root = tmp_path_factory.mktemp("surrey")
    (root / "figures.csv").write_text(FIGURES, encoding="utf-8")
    results = {}
    with drafter.open_workspace(root / "ws", seed=False) as workspace:
        workspace.import_figures(root / "figures.csv")
        for name, text in (("web", WEB_PAGE), ("paper", BOARD_PAPER), ("titled", TITLED)):
            path = root / f"surrey-{name}.txt"
            path.write_text(text, encoding="utf-8")
            workspace.add_statements([path], force=AREA)
            statement_id = max(statement.id for statement in workspace.list_statements())
            source = workspace.review(path)
            draft = workspace.new_draft(from_statement=statement_id)
            workspace.save_draft(draft)
            results[name] = (source, draft, workspace.review(draft.id))
    return results


def _texts(draft) -> list[str]:
    return [p.text for s in draft.sections for p in s.paragraphs if p.origin.kind == "corpus"]


def _left(draft) -> dict[str, str]:
    return {entry["text"]: entry["reason"] for s in draft.sections for p in s.paragraphs
            for entry in p.origin.not_rolled}


def _wrong(report) -> list[str]:
    """Findings about figures, but for the total to date no figure holds, which is the writer's."""
    return [f.message for f in report.findings if f.kind in (
        "arithmetic", "direction", "wrong-figure", "stale-figure", "unverified-figure")
        and not f.message.startswith("37:")]


def test_a_figure_compared_with_a_named_quarter_moves_with_its_own_quarter(rolled):
    source, draft, report = rolled["web"]
    assert _wrong(source) == []
    texts = _texts(draft)
    assert "In Quarter 1 the force recorded 616 offences involving a knife or sharp instrument, 4.8% fewer than " \
           "in the previous quarter (647) but 1.7% more than in April to June 2023 (606)." in texts
    assert "Neighbourhood crime rose by 1.4% compared with the second quarter of 2023, from 3,875 to 3,931 " \
           "offences." in texts
    assert _wrong(report) == []


def test_the_quarter_s_count_beside_a_total_to_date_moves_and_the_total_is_left(rolled):
    _, draft, _ = rolled["web"]
    assert "County lines closed: 5 this quarter, and 37 in the financial year to date." in _texts(draft)
    assert list(_left(draft)) == ["37"]


def test_points_on_a_year_earlier_beside_points_on_the_previous_quarter_are_each_checked(rolled):
    _, draft, report = rolled["web"]
    assert "68.4% of victims surveyed were satisfied with the service they received in April to June 2024, " \
           "down 9.0 percentage points on the previous quarter (77.4%) and 1.4 points higher than a year " \
           "earlier." in _texts(draft)
    assert not [f for f in report.findings if f.severity == "error" and "points" in f.message]


def test_a_percentage_more_than_a_year_earlier_is_turned_and_checked(rolled):
    _, draft, _ = rolled["web"]
    assert "Action Fraud received 2,647 reports of fraud from Surrey residents in the quarter, 1.5% fewer than " \
           "in the same quarter of 2023." in _texts(draft)


def test_review_calls_a_percentage_more_than_a_year_earlier_wrong_when_it_fell(tmp_path):
    (tmp_path / "figures.csv").write_text(FIGURES, encoding="utf-8")
    path = tmp_path / "surrey-2024-08.txt"
    path.write_text("Surrey Police and Crime Panel\n\nAugust 2024\n\nTitle: National Policing Priorities: "
                    "Commissioner's statement, April to June 2024\n\nTackle cyber crime\n\nAction Fraud received "
                    "2,647 reports of fraud from Surrey residents in the quarter, 1.5% more than in the same quarter "
                    "of 2023.\n", encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(tmp_path / "figures.csv")
        report = workspace.review(path, area=AREA)
    assert any(f.kind == "direction" and "'more'" in f.message and "2,688 in 2023-Q2 to 2,647 in 2024-Q2"
               in f.message for f in report.findings)


def test_the_next_statement_s_quarter_moves_on_a_quarter(rolled):
    _, draft, _ = rolled["web"]
    assert "This statement will be updated each quarter. The next update will cover July to September 2024." \
        in _texts(draft)


def test_a_sentence_referring_back_takes_the_measure_of_the_one_before(rolled):
    source, draft, report = rolled["paper"]
    assert _wrong(source) == []
    assert "In Q3 knife and sharp instrument offences increased by 19.4% on the previous quarter, to 480. This is " \
           "27.2% lower than in October to December 2023 (659)." in _texts(draft)
    assert _wrong(report) == []


def test_the_quarter_copied_is_named_where_nothing_it_dates_could_move(rolled):
    _, draft, _ = rolled["paper"]
    assert "the period of the statement copied, which no figure beside it moved on from" in \
        _left(draft)["between July and September 2024"]


def test_a_count_after_a_bracketed_earlier_quarter_is_the_quarter_s(rolled):
    _, draft, _ = rolled["paper"]
    assert "Officers recorded 170 drug trafficking offences in the quarter (159 in July to September 2024) and " \
           "closed six county lines." in _texts(draft)


def test_points_on_the_previous_quarter_are_worked_out_again_and_a_word_not_turned_is_named(rolled):
    _, draft, _ = rolled["paper"]
    assert "Domestic abuse victim satisfaction fell to 75.9%, an improvement of 2.0 percentage points " \
           "on the previous quarter." in _texts(draft)
    assert "check the words saying which way" in _left(draft)["2.0 percentage points"]


def test_a_quarter_s_three_months_named_one_by_one_move_with_its_counts(rolled):
    _, draft, _ = rolled["paper"]
    assert "Residents made 1,421 reports of fraud and 285 reports of cyber crime to Action Fraud during " \
           "October, November and December." in _texts(draft)


def test_a_quarter_named_in_the_title_only_dates_the_figures_and_the_period_compared_with_moves(rolled):
    source, draft, report = rolled["titled"]
    assert [message for message in _wrong(source) if not message.startswith("1.7%")] == []
    assert draft.period == "2025-Q1"
    texts = _texts(draft)
    assert "Neighbourhood crime decreased by 10.2% compared with October to December 2024, to 2,961 offences, " \
           "of which 1,059 were residential burglaries." in texts
    assert "No homicides were recorded in Surrey in the first three months of 2025, compared with three in the " \
           "same period of 2024." in texts
    assert [message for message in _wrong(report) if not message.startswith("1.7%")] == []


def test_a_change_on_the_quarter_before_is_not_paired_with_a_year_earlier_s_count_after_it(rolled):
    _, draft, report = rolled["titled"]
    assert "There were 508 knife crime offences in the quarter, up from 480 in the previous quarter (an increase " \
           "of 5.8%) and fewer than a year earlier (647)." in _texts(draft)
    assert not [f for f in report.findings if f.kind == "direction"]


def test_a_number_no_figure_explains_beside_figures_that_moved_is_named(rolled):
    # "Burglary" names no measure: 1.7% is no stored figure, but 1,087 moved beside it.
    _, draft, _ = rolled["titled"]
    assert "Burglary rose by 1.7% compared with July to September 2024, to 1,059 offences." in _texts(draft)
    assert "the figures beside it moved to 2025-Q1" in _left(draft)["1.7%"]


def test_review_pairs_no_change_with_the_count_another_change_is_measured_on(tmp_path):
    (tmp_path / "figures.csv").write_text(FIGURES, encoding="utf-8")
    path = tmp_path / "surrey-2024-08.txt"
    path.write_text("Surrey Police and Crime Panel\n\nAugust 2024\n\nTitle: National Policing Priorities: "
                    "Commissioner's statement, April to June 2024\n\nReduce serious violence\n\nKnife crime fell by "
                    "4.8% on the previous quarter to 616 offences, and was 1.7% higher than in April to June 2023 "
                    "(606).\n", encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(tmp_path / "figures.csv")
        report = workspace.review(path, area=AREA)
    assert _wrong(report) == []
