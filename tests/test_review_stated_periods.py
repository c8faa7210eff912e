"""Review holds each number to the period its statement states, in the
words forces use: a web page that says its figures are for the year ending
June 2026 is reviewed for that year (its bullets name no period of their
own), a period named at the start of a sentence holds the numbers after it,
a change said to fall is never matched to an earlier rise of the same size,
a total a change moved to ("rose by 8.7% to 3,117") is checked as a count,
a number in brackets after a year is that year's ("on 2024 (874)"), and a
count in words ("two hundred and five") is checked as its digits are.

Sample figures: Ashmoor knife offences 2025-Q4 121, 2026-Q1 112;
Severnshire 2024 → 2025: knife offences 874 → 831, personal robbery 692 →
653, residential burglary 3,117 → 2,957.
"""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURE = Path(__file__).parent / "fixtures" / "real-shapes" / "ashmoor-2026-10-year-to-june.html"


def review_text(workspace, tmp_path, force: str, body: str, period: str | None = None):
    statement = tmp_path / f"{force.lower()}-2026-10.md"
    statement.write_text(f"# {force} Police and Crime Commissioner: National Policing Priorities\n\n"
                         f"Published October 2026.\n\n## Reduce serious violence\n\n{body}\n", encoding="utf-8")
    return workspace.review(statement, period=period, area=force)


def findings(report, kind: str) -> list[str]:
    return [f.message for f in report.findings if f.kind == kind]


def status_of(report, text: str) -> str:
    return next(m.status for m in report.figures if m.text == text)


def test_a_page_that_says_its_figures_are_for_the_year_to_june_is_reviewed_for_that_year(seeded_workspace):
    report = seeded_workspace.review(FIXTURE)
    assert report.period == "YE2026-06"
    # the page covers three of the six priorities, which review says once
    errors = [f.kind for f in report.findings if f.severity == "error"]
    assert errors == ["missing-priority"]
    unverified = [m.text for m in report.figures if m.status == "unverified"]
    assert unverified == []
    assert status_of(report, "9.0%") == "verified" and status_of(report, "1,334") == "verified"


def test_a_period_named_at_the_start_of_the_sentence_holds_its_numbers(seeded_workspace, tmp_path):
    # 112 is Ashmoor's figure for 2026-Q1; Q3 2025/26 is October to December 2025 (121).
    report = review_text(seeded_workspace, tmp_path, "Ashmoor", "In Q3 2025/26 there were 112 knife offences.")
    assert status_of(report, "112") == "wrong"
    assert findings(report, "wrong-figure") == [
        "112 knife offences in 2025-Q4: the figures give 121 for Ashmoor (Home Office police recorded crime)"]


def test_a_count_in_words_is_checked_as_its_digits_are(seeded_workspace, tmp_path):
    report = review_text(seeded_workspace, tmp_path, "Ashmoor",
                         "In Q3 2025/26 there were two hundred and five knife offences.")
    (message,) = findings(report, "wrong-figure")
    assert message.startswith("two hundred and five knife offences in 2025-Q4: the figures give 121")


def test_a_fall_is_not_matched_to_an_earlier_rise_of_the_same_size(seeded_workspace, tmp_path):
    # -5.6% in 2025; some earlier quarter's robbery rose by 8.2%.
    report = review_text(seeded_workspace, tmp_path, "Severnshire", "Personal robbery fell by 8.2% to 653.",
                         period="2025")
    assert findings(report, "stale-figure") == []
    (message,) = findings(report, "arithmetic")
    assert message.endswith("the figures went from 692 in 2024 to 653 in 2025 (-5.6%)")


def test_the_total_a_change_moved_to_is_checked_as_a_count(seeded_workspace, tmp_path):
    report = review_text(seeded_workspace, tmp_path, "Severnshire",
                         "Residential burglary fell by 5.1% to 2,975 in 2025.")
    (message,) = findings(report, "wrong-figure")
    assert message.startswith("2,975 residential burglary in 2025: the figures give 2,957")


@pytest.mark.parametrize("body", ["Residential burglary fell by 5.1% to 2,957 in 2025.",
                                  # a count of something else after the change is not the measure's
                                  "Residential burglary fell by 5.1% to 2,957 in 2025, and 2,975 "
                                  "households were visited in 2025."])
def test_a_right_total_after_a_change_is_not_disputed(seeded_workspace, tmp_path, body):
    report = review_text(seeded_workspace, tmp_path, "Severnshire", body)
    assert findings(report, "wrong-figure") == []


def test_a_number_in_brackets_after_a_year_is_that_years(seeded_workspace, tmp_path):
    report = review_text(seeded_workspace, tmp_path, "Severnshire",
                         "Knife and sharp instrument offences: 831 in 2025, down 4.9% on 2024 (874).",
                         period="2025")
    assert findings(report, "stale-figure") == []
    assert status_of(report, "874") == "verified"


@pytest.mark.parametrize("line", ["Last updated: 14 October 2026", "The Panel met on 3 March 2026 to discuss it.",
                                  "Published 1st April."])
def test_the_day_of_a_date_is_not_a_figure(seeded_workspace, tmp_path, line):
    report = review_text(seeded_workspace, tmp_path, "Severnshire", line)
    assert [m.text for m in report.figures if m.status != "not-a-figure"] == []


def test_a_sections_removed_paragraphs_are_one_finding_not_one_each(seeded_workspace, tmp_path):
    report = review_text(seeded_workspace, tmp_path, "Severnshire", "The violence reduction partnership met.")
    removed = [f for f in report.findings if f.kind == "changed-paragraph" and f.message.startswith("removed:")]
    by_section = {}
    for finding in removed:
        by_section.setdefault(finding.section, []).append(finding.message)
    assert all(len(messages) == 1 for messages in by_section.values())
    assert any(" paragraphs of statement " in m[0] and m[0].endswith(")") for m in by_section.values())


def test_the_publishing_commissioner_decides_the_force_of_a_joint_title(seeded_workspace, tmp_path):
    statement = tmp_path / "joint-2026-03.md"
    statement.write_text("# Severnshire and Ashmoor: a joint approach\n## National Policing Priorities – March 2026\n\n"
                         "Published by the Police and Crime Commissioner for Ashmoor.\n\n"
                         "## Reduce serious violence\n\nThe violence reduction partnership met twice.\n",
                         encoding="utf-8")
    report = seeded_workspace.review(statement)
    assert (report.document.force, report.area) == ("Ashmoor", "Ashmoor")


def test_a_percentage_more_than_the_year_before_is_a_change_checked_as_one(seeded_workspace, tmp_path):
    # Severnshire's fraud reports: 8,874 in 2024, 9,189 in 2025 (+3.5%).
    report = review_text(seeded_workspace, tmp_path, "Severnshire",
                         "Action Fraud received 9,189 fraud reports in 2025, 5.0% more than in 2024.", period="2025")
    (message,) = findings(report, "arithmetic")
    assert message.startswith("5.0% for fraud reports: the figures went from 8,874 in 2024 to 9,189 in 2025")


def test_a_number_of_things_a_measure_only_describes_is_not_that_measure(seeded_workspace, tmp_path):
    # Severnshire had 2 homicides in 2025-Q4: "two homicide caseworkers" is not that count.
    report = review_text(seeded_workspace, tmp_path, "Severnshire",
                         "The Commissioner funded two additional homicide caseworkers.", period="2025-Q4")
    assert [(m.text, m.status) for m in report.figures if m.text == "two"] == [("two", "not-a-figure")]
