"""A number tied to a period its sentence names is that period's figure, or
wrong: never excused as some other period's value that happens to be equal,
and never blamed for a count beside it being wrong. Sentences as reviewers
meet them in other forces' updates, checked against the bundled Severnshire
figures, with the statement saying nothing of which period it reports."""

from __future__ import annotations

import pytest
from one_sentence import one_sentence_statement


def review(workspace, tmp_path, sentence: str):
    return workspace.review(one_sentence_statement(tmp_path, sentence, month="September 2026"))


def about_figures(report) -> list[tuple[str, str]]:
    return [(f.kind, f.message) for f in report.findings
            if f.kind in ("wrong-figure", "stale-figure", "arithmetic", "unverified-figure")]


def test_a_wrong_count_equal_to_an_older_years_figure_is_wrong_not_stale(seeded_workspace, tmp_path):
    # 15 is Severnshire's homicide count for 2022; the year ending June 2026 had 14.
    report = review(seeded_workspace, tmp_path, "In the year ending June 2026 there were 15 homicides in Severnshire.")
    assert about_figures(report) == [(
        "wrong-figure", "15 homicides in YE2026-06: the figures give 14 for Severnshire "
        "(sum of 2025-Q3 to 2026-Q2 (Home Office police recorded crime)); 15 is the figure for 2022")]


def test_a_base_quoted_for_a_named_quarter_is_checked_against_that_quarter(seeded_workspace, tmp_path):
    # 226 is April to June 2024's count, not April to June 2025's (214).
    report = review(seeded_workspace, tmp_path,
                    "Knife offences fell to 208 in April to June 2026 from 226 in April to June 2025.")
    assert about_figures(report) == [(
        "wrong-figure", "226 knife offences in 2025-Q2: the figures give 214 for Severnshire "
        "(Home Office police recorded crime); 226 is the figure for 2024-Q2")]
    assert {m.text: m.status for m in report.figures if m.is_figure}["208"] == "verified"


@pytest.mark.parametrize("sentence", [
    "Residential burglaries numbered 700 in April to June 2026.",
    "Residential burglaries were 700 in April to June 2026.",
])
def test_a_count_named_before_its_verb_is_checked_as_one_named_after_it(seeded_workspace, tmp_path, sentence):
    report = review(seeded_workspace, tmp_path, sentence)
    assert about_figures(report) == [(
        "wrong-figure", "700 residential burglaries in 2026-Q2: the figures give 672 for Severnshire "
        "(Home Office police recorded crime)")]


def test_a_wrong_change_with_its_counts_quoted_is_an_arithmetic_error_not_stale(seeded_workspace, tmp_path):
    report = review(seeded_workspace, tmp_path, "In April to June 2026 there were 2,297 fraud reports, compared "
                                                "with 2,219 a year earlier (an increase of 4.5%).")
    assert about_figures(report) == [
        ("arithmetic", "4.5% does not follow from 2,297 and 2,219 quoted beside it: that change is +3.5%")]


def test_a_change_that_is_the_figures_own_blames_the_wrong_count_beside_it_once(seeded_workspace, tmp_path):
    report = review(seeded_workspace, tmp_path,
                    "Between April and June 2026 there were 210 offences involving a knife or sharp instrument, "
                    "a decrease of 2.8% compared with April to June 2025 (214).")
    # One mistake, one error: the change's finding names the count to correct.
    assert about_figures(report) == [("arithmetic", "214 to 210 quoted beside 2.8% is -1.9%, but 2.8% is the "
                                      "figures' change (214 in 2025-Q2 to 208 in 2026-Q2): 210 should be 208 "
                                      "(the figure for 2026-Q2)")]
    statuses = {m.text: m.status for m in report.figures if m.is_figure}
    assert statuses["2.8%"] == "verified" and statuses["210"] == "wrong" and statuses["214"] == "verified"


def test_both_counts_beside_the_figures_own_change_are_named_in_one_error(seeded_workspace, tmp_path):
    report = review(seeded_workspace, tmp_path,
                    "Between April and June 2026 there were 210 offences involving a knife or sharp instrument, "
                    "a decrease of 2.8% compared with April to June 2025 (220).")
    assert about_figures(report) == [("arithmetic", "220 to 210 quoted beside 2.8% is -4.5%, but 2.8% is the "
                                      "figures' change (214 in 2025-Q2 to 208 in 2026-Q2): 210 should be 208 "
                                      "(the figure for 2026-Q2) and 220 should be 214 (the figure for 2025-Q2)")]


def test_the_summary_counts_one_error_as_one(seeded_workspace, tmp_path):
    report = review(seeded_workspace, tmp_path, "In the year ending June 2026 there were 15 homicides in Severnshire.")
    counts = report.severity_counts()
    warnings = f"{counts['warning']} warning" + ("" if counts["warning"] == 1 else "s")
    assert report.summary_line().startswith(
        f"{len(report.findings)} findings: {counts['error']} errors, {warnings}, {counts['info']} info")


def test_a_filled_sentence_waiting_for_a_missing_figure_is_an_error_and_its_placeholder_no_figure(
        seeded_workspace):
    draft = seeded_workspace.new_draft(date="2026-09", area="Severnshire", period="2026-Q2")
    gap = "[[missing knife_offences for Cleveland and 42 other forces 2026-Q2]]"
    draft.section("serious-violence").set_text(
        f"At 16.8 per 100,000 population, knife offences in Severnshire were {gap} the national rate of {gap}.")
    seeded_workspace.save_draft(draft)
    report = seeded_workspace.review(draft.id)
    [missing] = [f for f in report.findings if f.kind == "missing-figure"]
    assert missing.severity == "error" and missing.section == "serious-violence"
    assert missing.message.startswith("the sentence still stands in for a figure drafter does not have "
                                      "(knife_offences for Cleveland and 42 other forces, 2026-Q2)")
    assert "42" not in {m.text for m in report.figures}


def test_another_forces_figures_or_statement_asked_for_is_said_to_be_anothers(seeded_workspace, tmp_path):
    path = one_sentence_statement(tmp_path, "In 2025 there were 14 homicides in Severnshire.", month="September 2026")
    ashmoor = next(s for s in seeded_workspace.list_statements() if s.force == "Ashmoor")
    report = seeded_workspace.review(path, area="Ashmoor", against=ashmoor.id)
    assert ("checked against Ashmoor's figures, as asked, though the statement is Severnshire's: its numbers "
            "about Severnshire are held to Ashmoor's figures") in report.notes
    assert any(note.startswith(f"compared with statement {ashmoor.id}, which is Ashmoor's, not Severnshire's")
               for note in report.notes)
    own = seeded_workspace.review(path, area="Severnshire")
    assert not [note for note in own.notes if "as asked" in note or "not Severnshire's" in note]


def test_a_change_is_checked_for_the_later_of_the_periods_its_sentence_compares(seeded_workspace, tmp_path):
    report = review(seeded_workspace, tmp_path,
                    "181 drug trafficking offences were recorded between April and June 2026, compared with 172 "
                    "between April and June 2025, an increase of 5.2%.")
    statuses = {m.text: (m.status, m.period) for m in report.figures if m.is_figure}
    assert statuses == {"181": ("verified", "2026-Q2"), "172": ("verified", "2025-Q2"),
                        "5.2%": ("verified", "2026-Q2")}
    assert about_figures(report) == []


@pytest.mark.parametrize("sentence, expected", [
    ("In 2025 there were 14 homicides in Severnshire, a rate of 12.9 per million population, the lowest rate "
     "in England and Wales.",
     ("arithmetic", "12.9 per 1,000,000 for homicides: 14 / 1,237,200 population (2025) gives 11.3")),
    ("There were 19 homicides in Severnshire in 2025, 20.0% below the England and Wales rate.",
     ("wrong-figure", "19 homicides in 2025: the figures give 14 for Severnshire (Home Office police recorded "
                      "crime); 19 is the figure for 2023")),
])
def test_the_forces_own_numbers_are_checked_beside_a_national_comparison(seeded_workspace, tmp_path,
                                                                         sentence, expected):
    report = review(seeded_workspace, tmp_path, sentence)
    assert expected in about_figures(report)


def test_the_nations_count_in_a_sentence_naming_the_force_is_left_to_its_source(seeded_workspace, tmp_path):
    report = review(seeded_workspace, tmp_path, "There were 570 homicides in England and Wales in 2025, "
                                                "and 14 in Severnshire.")
    assert [kind for kind, _ in about_figures(report)] == ["unverified-figure"]
    assert {m.text: m.status for m in report.figures if m.is_figure}["14"] == "verified"


@pytest.mark.parametrize("sentence, expected", [
    ("Knife offences numbered 208 in April to June 2026, against 119 a year earlier.",
     "119 knife offences in 2025-Q2: the figures give 214 for Severnshire"),
    ("Firearms offences numbered 24 in April to June 2026, against 6 in April to June 2025.",
     "6 firearms offences in 2025-Q2: the figures give 27 for Severnshire"),
])
def test_a_wrong_base_offered_against_a_named_count_is_wrong(seeded_workspace, tmp_path, sentence, expected):
    [(kind, message)] = about_figures(review(seeded_workspace, tmp_path, sentence))
    assert kind == "wrong-figure" and message.startswith(expected)


@pytest.mark.parametrize("sentence", [
    "Knife offences numbered 208 in April to June 2026, against 214 a year earlier.",
    # No period for the count: "a year before" is not a period the text gives.
    "Anti-social behaviour incidents numbered 2,070, compared with 2,180 a year before.",
    # "The same quarter of 2023" is not read as a quarter: the base is left alone.
    "The latest quarter available, April to June 2024, saw 5 homicides recorded, against 4 in the same "
    "quarter of 2023.",
])
def test_a_base_is_not_judged_against_a_period_the_text_does_not_give(seeded_workspace, tmp_path, sentence):
    assert not [kind for kind, _ in about_figures(review(seeded_workspace, tmp_path, sentence))
                if kind == "wrong-figure"]


def test_last_years_count_under_this_years_rolling_label_is_wrong(seeded_workspace, tmp_path):
    """The table row not updated, only its period: 4,514 is Ashmoor's for the
    12 months to June 2026; 4,654 is its calendar 2025."""
    path = tmp_path / "ashmoor.txt"
    path.write_text("Ashmoor Police and Crime Panel\n\nSeptember 2026\n\nTitle: National Policing Priorities – "
                    "Ashmoor Police and Crime Commissioner Statement\n\nReducing neighbourhood crime\n\n"
                    "1. There were 4,654 neighbourhood crimes in the 12 months to June 2026.\n", encoding="utf-8")
    [(kind, message)] = about_figures(seeded_workspace.review(path))
    assert kind == "wrong-figure" and message.startswith(
        "4,654 neighbourhood crimes in YE2026-06: the figures give 4,514 for Ashmoor")


def test_the_same_quarter_is_the_one_the_paragraph_named_before(seeded_workspace, tmp_path):
    report = review(seeded_workspace, tmp_path,
                    "Between April and June 2026 there were 208 offences involving a knife or sharp instrument "
                    "in Severnshire. Firearms offences in the same quarter numbered 24, against 27 a year earlier.")
    statuses = {m.text: (m.status, m.period) for m in report.figures if m.is_figure}
    assert statuses["24"] == ("verified", "2026-Q2") and statuses["27"] == ("verified", "2025-Q2")
    assert about_figures(report) == []


def test_a_statement_saying_what_it_covers_is_reviewed_for_that_period(seeded_workspace, tmp_path):
    path = one_sentence_statement(tmp_path, "This statement covers April to June 2026. There were 3 homicides in "
                                            "Severnshire in the quarter.", month="October 2026")
    report = seeded_workspace.review(path)
    assert report.period == "2026-Q2"
    assert {m.text: m.status for m in report.figures}["3"] == "verified"


def test_in_the_quarter_is_the_quarter_a_statement_is_reviewed_for(seeded_workspace, tmp_path):
    path = one_sentence_statement(tmp_path, "This statement covers April to June 2026. The force made 9,999 "
                                            "drug seizures in the quarter.", month="October 2026")
    [(kind, message)] = [(f.kind, f.message) for f in seeded_workspace.review(path).findings
                         if f.kind == "wrong-figure"]
    assert message.startswith("9,999 drug seizures in 2026-Q2: the figures give")


def test_a_wrong_count_in_the_home_office_template_table_is_wrong(seeded_workspace, tmp_path):
    path = tmp_path / "severnshire-2026-10.md"
    path.write_text(
        "# Severnshire Police and Crime Commissioner: National Crime and Policing Measures\n\n"
        "Published 14 October 2026\n\n## Reduce serious violence\n\n"
        "| Priority area | National metrics and data source | Crime levels and time period |\n"
        "|---|---|---|\n"
        "| Reduce serious violence | Knife and sharp instrument offences (police recorded crime) | "
        "9,999 offences in the 12 months to June 2026 |\n", encoding="utf-8")
    wrong = [f.message for f in seeded_workspace.review(path).findings if f.kind == "wrong-figure"]
    assert len(wrong) == 1 and wrong[0].startswith(
        "9,999 knife and sharp instrument offences in YE2026-06: the figures give")


def test_the_number_a_change_is_measured_on_is_a_base(seeded_workspace, tmp_path):
    path = one_sentence_statement(tmp_path, "This statement covers April to June 2026. There were 245 fraud "
                                            "reports, down 5.0% on 258.", month="October 2026")
    statuses = {m.text: m.role for m in seeded_workspace.review(path).figures if m.is_figure}
    assert statuses["258"] == "base" and statuses["245"] == "current"


def test_a_count_in_the_same_quarter_of_a_year_named_is_that_quarters_not_stale(seeded_workspace, tmp_path):
    # Knife offences: 208 in April to June 2026, 214 a year before, 226 in April to June 2024.
    report = review(seeded_workspace, tmp_path, "There were 208 knife offences in April to June 2026. There were "
                                                "214 knife offences in the same quarter of 2025.")
    assert about_figures(report) == []
    assert {m.text: (m.status, m.period) for m in report.figures if m.is_figure}["214"] == ("verified", "2025-Q2")
    report = review(seeded_workspace, tmp_path, "There were 208 knife offences in April to June 2026. There were "
                                                "226 knife offences in the same quarter of 2025.")
    assert about_figures(report) == [(
        "wrong-figure", "226 knife offences in 2025-Q2: the figures give 214 for Severnshire "
        "(Home Office police recorded crime); 226 is the figure for 2024-Q2")]
