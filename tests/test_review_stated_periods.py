"""What a reviewer met in other forces' updates: a period named at the start
of a sentence ties its numbers as firmly as one named after them; a
statement says what it covers in its header or in "It covers …"; one
measure's change is never checked against another measure's count; a change
said to be an increase is not the figures' fall of the same size; and
wording taken from another force's statement of the same month is noticed.
Checked against the bundled Severnshire figures (2026-Q1 knife offences 192,
2026-Q2 208; homicides 2025-Q4 2, 2026-Q1 4; county lines closed in 2025: 52)."""

from __future__ import annotations

from pathlib import Path

import pytest
from one_sentence import one_sentence_statement
from review_real_samples import board_paper

COVERS = "This statement covers April to June 2026. "


def review(workspace, tmp_path, sentence: str, *, covers: str = COVERS):
    return workspace.review(one_sentence_statement(tmp_path, covers + sentence, month="September 2026"))


def about_figures(report) -> list[tuple[str, str]]:
    return [(f.kind, f.message) for f in report.findings
            if f.kind in ("wrong-figure", "stale-figure", "arithmetic", "direction", "unverified-figure")]


@pytest.mark.parametrize("sentence, expected", [
    ("In January to March 2026 there were 208 knife and sharp instrument offences in Severnshire.",
     "208 knife and sharp instrument offences in 2026-Q1: the figures give 192"),
    ("There were 208 knife and sharp instrument offences in Severnshire in January to March 2026.",
     "208 knife and sharp instrument offences in 2026-Q1: the figures give 192"),
    ("In January to March 2026 there were 3 homicides in Severnshire.",
     "3 homicides in 2026-Q1: the figures give 4"),
    ("In October to December 2025 there were 3 homicides in Severnshire.",
     "3 homicides in 2025-Q4: the figures give 2"),
    ("In 2025 the force closed 14 county lines.", "14 county lines closed in 2025: the figures give 52"),
    ("The force closed 14 county lines in 2025.", "14 county lines closed in 2025: the figures give 52"),
])
def test_a_number_is_held_to_the_period_its_sentence_names_wherever_it_names_it(seeded_workspace, tmp_path,
                                                                              sentence, expected):
    """208 is the quarter after's figure: it was verified as the quarter under review."""
    [(kind, message)] = about_figures(review(seeded_workspace, tmp_path, sentence))
    assert kind == "wrong-figure" and message.startswith(expected)


def test_the_right_count_for_the_period_named_first_is_verified(seeded_workspace, tmp_path):
    report = review(seeded_workspace, tmp_path, "In 2025 the force closed 52 county lines.")
    assert about_figures(report) == []
    assert {m.text: (m.status, m.period) for m in report.figures if m.is_figure}["52"] == ("verified", "2025")


@pytest.mark.parametrize("opening", [
    "The Commissioner publishes this update every quarter. It covers April to June 2026.",
    "Period covered: Q1 2026/27 (April to June 2026).",
])
def test_the_period_a_statement_says_it_covers_is_the_one_it_is_reviewed_for(seeded_workspace, tmp_path, opening):
    """Firearms offences numbered 111 in 2025, 24 in April to June 2026."""
    report = review(seeded_workspace, tmp_path, "Firearms offences numbered 111 in the quarter.",
                    covers=opening + " ")
    assert report.period == "2026-Q2"
    assert about_figures(report) == [
        ("wrong-figure", "111 firearms offences in 2026-Q2: the figures give 24 for Severnshire "
                         "(Home Office police recorded crime)")]


def test_a_period_covered_line_in_the_header_is_read(seeded_workspace, tmp_path):
    path = tmp_path / "severnshire-2026-09.txt"
    path.write_text("SEVERNSHIRE POLICE AND CRIME COMMISSIONER\n\nStatement on the National Policing Priorities\n\n"
                    "Date: September 2026\nPeriod covered: Q1 2026/27 (April to June 2026)\n\n"
                    "Reduce murder and other homicide\n\n1. There were 3 homicides in the quarter.\n",
                    encoding="utf-8")
    report = seeded_workspace.review(path)
    assert report.period == "2026-Q2"
    assert {m.text: m.status for m in report.figures}["3"] == "verified"


def test_one_measures_change_is_not_checked_against_another_measures_count(seeded_workspace, tmp_path):
    """Fraud reports went from 2,219 to 2,297 (+3.5%); cyber crime reports were 511."""
    right = review(seeded_workspace, tmp_path, "Residents made 2,297 reports of fraud in April to June 2026, "
                                               "3.5% more than a year earlier, and 511 reports of cyber crime.")
    assert about_figures(right) == []
    wrong = review(seeded_workspace, tmp_path, "Residents made 2,297 reports of fraud in April to June 2026, "
                                               "5.1% more than a year earlier, and 511 reports of cyber crime.")
    assert about_figures(wrong) == [
        ("arithmetic", "5.1% for fraud reports: the figures went from 2,219 in 2025-Q2 to 2,297 in 2026-Q2 (+3.5%)")]


def test_a_wrong_change_names_the_file_its_figures_came_from(seeded_workspace, tmp_path):
    wrong = review(seeded_workspace, tmp_path, "Residents made 2,297 reports of fraud in April to June 2026, "
                                               "5.1% more than a year earlier.")
    [change] = [n for n in wrong.to_dict()["figures"] if n["text"] == "5.1%"]
    assert (change["status"], change["source"]) == ("wrong", "National Fraud Intelligence Bureau")


def test_an_increase_is_never_excused_as_the_figures_fall_of_the_same_size(seeded_workspace, tmp_path):
    """Homicides fell 4 → 3 (−25%) in April to June 2026; the sentence says 5 → 6 is an increase of 25%.
    Changing the counts to the figures' would make "up" and "increase" describe a fall."""
    report = review(seeded_workspace, tmp_path, "There were 6 homicides in Severnshire, up from 5 a year "
                                                "earlier, an increase of 25%.")
    arithmetic = [message for kind, message in about_figures(report) if kind == "arithmetic"]
    assert arithmetic == ["25% does not follow from 6 and 5 quoted beside it: that change is +20.0%"]


def test_a_change_in_a_sentence_naming_another_quarter_is_not_the_review_quarters(seeded_workspace, tmp_path):
    report = review(seeded_workspace, tmp_path, "In July to September 2026 there were 6 homicides in "
                                                "Severnshire, up from 5 a year earlier, an increase of 25%.")
    assert [message for kind, message in about_figures(report) if kind == "arithmetic"] == [
        "25% does not follow from 6 and 5 quoted beside it: that change is +20.0%"]
    assert "2026-Q2" not in " ".join(message for _, message in about_figures(report))


def test_wording_from_another_forces_statement_of_the_same_month_is_noticed(cli, seeded_workspace, tmp_path):
    """Severnshire's September 2026 statement is in the corpus; Ashmoor's of the same month borrows a paragraph."""
    severnshire = Path(__file__).resolve().parents[1] / "corpus" / "statements" / "severnshire-2026-09.txt"
    borrowed = next(line for line in severnshire.read_text(encoding="utf-8").splitlines()
                    if line.startswith("8. ")).removeprefix("8. ")
    path = tmp_path / "ashmoor-2026-09.txt"
    path.write_text(board_paper("Ashmoor", "September 2026", {"Reduce serious violence": [borrowed]}),
                    encoding="utf-8")
    findings = cli("review", path, "--json", workspace=seeded_workspace.path).json()["findings"]
    assert [f["message"] for f in findings if f["kind"] == "other-force-wording"] == [
        "100% as written by Severnshire in 2026-09 (statement 16 ¶8)"]


def test_a_wrong_count_that_is_another_periods_figure_says_whose(seeded_workspace, tmp_path):
    """214 knife offences was April to June 2025's count, left in for April to June 2026's 208."""
    [(kind, message)] = about_figures(review(seeded_workspace, tmp_path, "In April to June 2026 there were 214 "
                                             "knife and sharp instrument offences in Severnshire."))
    assert kind == "wrong-figure"
    assert message.endswith("the figures give 208 for Severnshire (Home Office police recorded crime); "
                            "214 is the figure for 2025-Q2")


@pytest.mark.parametrize("sentence, expected", [
    ("In April to June 2026, 78.3% of victims were satisfied.",
     ("wrong-figure", "78.3% victim satisfaction in 2026-Q2: the figures give 76.3% for Severnshire "
                      "(Victim satisfaction survey)")),
    ("In April to June 2026, 76.3% of victims were satisfied, up 4.8 percentage points from 74.0% in April to "
     "June 2025.",
     ("arithmetic", "4.8 percentage points does not follow from 76.3% and 74.0% quoted beside it: the difference "
                    "is +2.3 percentage points")),
])
def test_a_percentage_measure_and_a_change_in_points_are_checked_like_counts(seeded_workspace, tmp_path,
                                                                           sentence, expected):
    assert about_figures(review(seeded_workspace, tmp_path, sentence)) == [expected]


@pytest.mark.parametrize("sentence", [
    "In April to June 2026, 76.3% of victims were satisfied, up 2.3 percentage points from 74.0% in April to "
    "June 2025.",
    "Quarterly results show 76.3% of victims satisfied in April to June 2026, against 74.0% in April to June "
    "2025, and 82.9% of domestic abuse victims.",
])
def test_right_percentages_raise_nothing(seeded_workspace, tmp_path, sentence):
    assert about_figures(review(seeded_workspace, tmp_path, sentence)) == []


def test_a_change_in_a_table_row_follows_from_the_rows_cells(seeded_workspace, tmp_path):
    path = tmp_path / "severnshire-2026-10.md"
    path.write_text("# Severnshire Police and Crime Commissioner: National Crime and Policing Measures\n\n"
                    "Published 14 October 2026\n\n## Tackle cyber crime\n\n"
                    "| Measure | April to June 2025 | April to June 2026 | Change |\n|---|---|---|---|\n"
                    "| Cyber crime reports | 495 | 511 | +15.0% |\n| Fraud reports | 2,219 | 2,297 | +3.5% |\n",
                    encoding="utf-8")
    arithmetic = [f.message for f in seeded_workspace.review(path).findings if f.kind == "arithmetic"]
    assert arithmetic == ["15.0% does not follow from 495 (2025-Q2) and 511 (2026-Q2) in its row: that change "
                          "is +3.2%"]


def test_a_number_held_for_another_period_says_where_the_figures_hold_it(seeded_workspace, tmp_path):
    """3,802 ASB incidents was January to March 2025's, offered as a year before April to June 2026,
    the quarter the paragraph dates the count it is compared with to."""
    report = review(seeded_workspace, tmp_path, "Anti-social behaviour incidents numbered 4,690, compared with "
                                                "3,802 a year before.")
    assert about_figures(report) == [(
        "wrong-figure", "3,802 anti-social behaviour incidents in 2025-Q2: the figures give 4,871 for Severnshire "
                        "(Severnshire Police performance data); 3,802 is the figure for 2025-Q1")]


def test_a_base_beside_last_quarters_count_is_held_to_a_year_before_the_paragraphs_quarter(
        seeded_workspace, tmp_path):
    """A draft's sentence left from last quarter under a paragraph on April to June 2026: 21 and 22
    are January to March's firearms offences and a year before that."""
    report = review(seeded_workspace, tmp_path, "Knife offences numbered 208 in April to June 2026. There were "
                                                "21 firearms offences, compared with 22 a year earlier.")
    assert about_figures(report) == [
        ("wrong-figure", "22 firearms offences in 2025-Q2: the figures give 27 for Severnshire (Home Office "
                         "police recorded crime); 22 is the figure for 2025-Q1"),
        ("stale-figure", "21 is the figure for 2026-Q1, earlier than 2026-Q2 (firearms offences for 2026-Q2: 24, from Home Office police recorded crime)")]


@pytest.mark.parametrize("said, expected", [
    ("6 fewer than the 214", []),
    ("16 fewer than the 214", [("arithmetic", "'16 fewer than 214' does not follow from 208: 208 is 6 fewer than 214")]),
    ("6 more than 214", [("arithmetic", "'6 more than 214' does not follow from 208: 208 is 6 fewer than 214")]),
])
def test_a_difference_follows_from_the_counts_beside_it(seeded_workspace, tmp_path, said, expected):
    report = review(seeded_workspace, tmp_path, f"Knife offences numbered 208 in April to June 2026, {said} "
                                                "recorded a year earlier.")
    assert about_figures(report) == expected


def test_a_template_table_row_naming_its_priority_and_measure_is_checked_against_that_measure(
        seeded_workspace, tmp_path):
    """"Tackle cyber crime | Fraud reports (Action Fraud)": the priority's cell names no cyber crime reports."""
    path = tmp_path / "severnshire-2026-10.md"
    path.write_text("# Severnshire Police and Crime Commissioner: National Crime and Policing Measures\n\n"
                    "Published 14 October 2026\n\n"
                    "| Priority area | National metrics and data source | Crime levels and time period |\n"
                    "|---|---|---|\n"
                    "| Tackle cyber crime | Fraud reports (Action Fraud) | 2,297 reports in April to June 2026 |\n"
                    "\n## Figures for the quarter\n\n"
                    "| Measure | April to June 2025 | April to June 2026 | Change |\n|---|---|---|---|\n"
                    "| Knife offences | 214 | 218 | -2.8% |\n", encoding="utf-8")
    report = seeded_workspace.review(path)
    assert {m.text: m.status for m in report.figures if m.text == "2,297"} == {"2,297": "verified"}
    arithmetic = [f.message for f in report.findings if f.kind == "arithmetic"]
    assert arithmetic == ["214 to 218 in its row is +1.9%, but 2.8% is the figures' change (214 in 2025-Q2 to 208 "
                          "in 2026-Q2): check the row's figures, not the percentage"]


def test_a_number_equal_to_some_figure_its_sentence_does_not_name_is_not_pointed_at_it(seeded_workspace, tmp_path):
    """27 reviews is no firearms offences count, whatever quarter held 27."""
    report = review(seeded_workspace, tmp_path, "The shared register now holds 27 domestic homicide reviews.")
    messages = [message for kind, message in about_figures(report) if message.startswith("27")]
    assert all("the figures hold it" not in message for message in messages)


@pytest.mark.parametrize("said, expected", [
    ("Knife offences numbered 208 in April to June 2026, 6 fewer than a year earlier.", []),
    ("In 2025 there were 831 knife offences, 71 fewer than in 2023.", []),
    ("Knife offences numbered 208 in April to June 2026, 16 fewer than a year earlier.",
     [("arithmetic", "16 fewer than in 2025-Q2 does not follow from the figures: 214 in 2025-Q2 to 208 in 2026-Q2 "
                     "is 6 fewer")]),
    ("Knife offences numbered 208 in April to June 2026, down from 214 a year earlier, a fall of 6.", []),
    ("Knife offences numbered 208 in April to June 2026, down from 214 a year earlier, a fall of 16.",
     [("arithmetic", "'a fall of 16' does not follow from 214 and 208 quoted before it: that is a fall of 6")]),
    # The difference said first, before its measure, with no count of its own quoted.
    ("There were 6 fewer knife offences in April to June 2026 than in April to June 2025.", []),
    ("There were 6 fewer knife offences in the quarter than a year earlier.", []),
    ("There were 6 fewer knife offences in April to June 2026 than in the same months of 2025.", []),
    ("There were 16 fewer knife offences in April to June 2026 than in April to June 2025.",
     [("arithmetic", "16 fewer than in 2025-Q2 does not follow from the figures: 214 in 2025-Q2 to 208 in 2026-Q2 "
                     "is 6 fewer")]),
    ("There were 6 more knife offences in April to June 2026 than in April to June 2025.",
     [("arithmetic", "6 more than in 2025-Q2 does not follow from the figures: 214 in 2025-Q2 to 208 in 2026-Q2 "
                     "is 6 fewer")]),
    # A change given as a count beside the count it moved to, measured from the period named after it.
    ("Knife offences fell by 6 to 208 in April to June 2026, compared with the same quarter a year earlier.", []),
    ("There were 208 knife offences in April to June 2026, down by 6 on the same quarter of 2025.", []),
    ("Knife offences fell by 16 to 208 in April to June 2026, compared with the same quarter a year earlier.",
     [("arithmetic", "'fell by 16' on 2025-Q2 does not follow from the figures: 214 in 2025-Q2 to 208 in 2026-Q2 "
                     "is a fall of 6")]),
    # The count it fell from quoted first: 214 is what 208 moved from, wherever it stands.
    ("Knife offences fell from 214 to 208 in April to June 2026, a fall of 6 on the same quarter of 2025.", []),
    ("Knife offences fell from 214 to 208 in April to June 2026, a fall of 16 on the same quarter of 2025.",
     [("arithmetic", "'a fall of 16' does not follow from 214 and 208 quoted before it: that is a fall of 6")]),
])
def test_a_difference_from_a_period_or_given_as_a_rise_or_fall_is_checked(seeded_workspace, tmp_path, said,
                                                                           expected):
    assert about_figures(review(seeded_workspace, tmp_path, said)) == expected


def _web_page(tmp_path: Path, title: str, sentence: str) -> Path:
    path = tmp_path / "severnshire-statement.html"
    path.write_text(
        "<html><head><title>" + title + " | Severnshire Police and Crime Commissioner</title></head><body>"
        "<main><h1>" + title + "</h1><p>Published 20 August 2026</p><p>The Severnshire Police and Crime "
        "Commissioner reports each quarter on the National Policing Priorities.</p><h2>Reduce murder and other homicide</h2><p>" + sentence + "</p></main></body></html>",
        encoding="utf-8")
    return path


def test_a_statement_without_a_covers_line_is_reviewed_for_the_period_its_title_names(seeded_workspace, tmp_path):
    """Firearms offences numbered 24 in April to June 2026, 111 in 2025."""
    page = _web_page(tmp_path, "Quarterly update on the National Policing Priorities: April to June 2026",
                     "Firearms offences numbered 111 in the quarter.")
    report = seeded_workspace.review(page)
    assert report.period == "2026-Q2"
    assert about_figures(report) == [
        ("wrong-figure", "111 firearms offences in 2026-Q2: the figures give 24 for Severnshire "
                         "(Home Office police recorded crime)")]


@pytest.mark.parametrize("title", [
    "Quarterly update on the National Policing Priorities",
    "Police and Crime Plan 2025 to 2026: update for April to June 2026",
    "Quarterly update: October to December 2026",
])
def test_a_title_naming_no_one_ended_period_leaves_the_calendar_year(seeded_workspace, tmp_path, title):
    report = seeded_workspace.review(_web_page(tmp_path, title, "There were 3 homicides."))
    assert report.period == "2025"


def test_a_part_s_change_beside_the_whole_s_is_not_held_to_the_whole(seeded_workspace, tmp_path):
    report = review(seeded_workspace, tmp_path, "In April to June 2026 knife and sharp instrument offences in the town "
                    "centres fell by 15% compared with the same months of 2025, against a fall of 2.8% across "
                    "Severnshire as a whole.")
    assert [kind for kind, _ in about_figures(report)] == ["unverified-figure"]
    assert {m.text: m.status for m in report.figures if m.is_figure} == {"15%": "unverified", "2.8%": "verified"}


@pytest.mark.parametrize("said, expected", [
    ("713 more vehicle offences than residential burglaries", None),
    ("813 more vehicle offences than residential burglaries", "'813 more vehicle offences than residential "
     "burglaries' in 2026-Q2 does not follow from the figures: vehicle_crime - residential_burglary, 2026-Q2: "
     "1,385 - 672 = +713.00"),
    ("713 fewer vehicle offences than residential burglaries", "'713 fewer vehicle offences than residential "
     "burglaries' in 2026-Q2 does not follow from the figures: vehicle_crime - residential_burglary, 2026-Q2: "
     "1,385 - 672 = +713.00"),
])
def test_a_gap_between_two_measures_is_worked_out_from_them(seeded_workspace, tmp_path, said, expected):
    report = review(seeded_workspace, tmp_path, f"In April to June 2026 there were {said}.")
    arithmetic = [message for kind, message in about_figures(report) if kind == "arithmetic"]
    assert arithmetic == ([expected] if expected else [])
    number = said.split()[0]
    assert {m.text: m.status for m in report.figures if m.is_figure}[number] == ("wrong" if expected else "verified")
