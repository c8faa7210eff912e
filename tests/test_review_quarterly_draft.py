"""A reviewer's reading of a quarterly statement held to one force's own
quarters (made-up Cheshire figures, 2025-Q1 to 2026-Q3, in
tests/fixtures/cheshire-quarters-made-up.csv): what each sentence's numbers
are, which figure they are held to and what review says of them."""

from __future__ import annotations

from pathlib import Path

import pytest

import drafter

FIGURES = Path(__file__).parent / "fixtures" / "cheshire-quarters-made-up.csv"

HEADER = """Cheshire Police and Crime Panel

9 December 2026

Title: National Policing Priorities – Quarterly Statement of the Police and Crime Commissioner for Cheshire, {title_period}

"""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("quarterly-draft")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.set_office("Cheshire")
        opened.import_figures(FIGURES)
        yield opened


def _review(workspace, tmp_path, body: str, title_period: str = "July to September 2026"):
    path = tmp_path / "cheshire-2026-12.txt"
    path.write_text(HEADER.format(title_period=title_period) + body, encoding="utf-8")
    return workspace.review(str(path))


def _about(report, number: str) -> list:
    return [f for f in report.findings if f.message.startswith(number + ":") or f" {number} " in f" {f.message} "]


def test_a_sentence_opening_over_a_year_before_there_were_reads_the_year_as_its_period(workspace, tmp_path):
    report = _review(workspace, tmp_path, "Reduce serious violence\n\n1. Over 2025 there were 590 offences "
                     "involving a knife or sharp instrument, a rate of 52.8 per 100,000 residents.\n")
    assert not [f for f in report.findings if f.kind.endswith("figure")]
    assert {(m.text, m.status) for m in report.figures} >= {("590", "verified"), ("52.8", "verified")}


@pytest.mark.parametrize("second", [
    "Between October and December 2025 there were 139.",
    "Between October and December 2025 there were 139 such offences.",
])
def test_a_count_whose_sentence_names_no_measure_is_the_measure_of_the_sentence_before(workspace, tmp_path,
                                                                                      second):
    report = _review(workspace, tmp_path, "Reduce serious violence\n\n1. In 2025 there were 590 offences "
                     f"involving a knife or sharp instrument. {second}\n", title_period="October to December 2025")
    assert not [f for f in report.findings if f.kind.endswith("figure")]
    (count,) = [m for m in report.figures if m.text == "139"]
    assert (count.status, count.measure, count.period) == ("verified", "knife_offences", "2025-Q4")


def test_a_count_of_something_else_after_a_measure_is_not_taken_for_it(workspace, tmp_path):
    # 139 is the knife offences of October to December 2025, but these are meetings.
    report = _review(workspace, tmp_path, "Reduce serious violence\n\n1. In 2025 there were 590 offences "
                     "involving a knife or sharp instrument. Between October and December 2025 officers "
                     "held 139 meetings with schools.\n")
    (count,) = [m for m in report.figures if m.text == "139"]
    assert count.status == "unverified"


INTRODUCTION_COPIED = """Introduction

1. This paper gives the position for {period} and sets out what the force is doing under each priority.

Tackle cyber crime

2. Reports of cyber crime rose to 503 in the quarter, from 451 a year earlier. Fraud reports numbered 1,498.
"""


@pytest.mark.parametrize("opening", ["This paper gives the position for", "This statement covers"])
def test_an_opening_sentence_naming_the_quarter_before_the_titles_is_a_warning_and_the_title_is_checked(
        workspace, tmp_path, opening):
    body = INTRODUCTION_COPIED.format(period="April to June 2026").replace("This paper gives the position for",
                                                                          opening)
    report = _review(workspace, tmp_path, body, title_period="July to September 2026")
    (stale,) = [f for f in report.findings if f.kind == "stale-date"]
    assert (stale.section, stale.paragraph, stale.severity) == ("introduction", 1, "warning")
    assert stale.message == ("April to June 2026 is the period this paragraph says the statement covers, but "
                             "the statement is for 2026-Q3 (as its title says): give it the statement's period")
    assert report.period == "2026-Q3"
    statuses = {m.text: m.status for m in report.figures}
    assert (statuses["503"], statuses["1,498"]) == ("verified", "stale")


def test_an_opening_sentence_naming_the_titles_quarter_says_nothing_of_it(workspace, tmp_path):
    body = INTRODUCTION_COPIED.format(period="July to September 2026")
    report = _review(workspace, tmp_path, body, title_period="July to September 2026")
    assert not [f for f in report.findings if f.kind == "stale-date"]


def test_a_change_given_roughly_is_held_to_the_figures_in_the_words_written(workspace, tmp_path):
    # Fraud reports: 1,455 in July to September 2025, 1,620 a year later: 165 more.
    report = _review(workspace, tmp_path, "Tackle cyber crime\n\n1. Fraud reports rose by nearly 300 on July to "
                     "September 2025.\n\n2. Fraud reports rose by around 170 on July to September 2025.\n")
    (wrong,) = [f for f in report.findings if f.kind == "arithmetic"]
    assert (wrong.paragraph, wrong.severity) == (1, "error")
    assert wrong.message == ("rose by nearly 300 on 2025-Q3 does not follow from the figures: 1,455 in 2025-Q3 "
                             "to 1,620 in 2026-Q3 is 165 more")
    assert not [f for f in report.findings if f.kind == "unverified-figure"]


def test_a_range_of_counts_holding_the_figure_is_verified_at_either_end(workspace, tmp_path):
    # Knife offences in July to September 2026: 136.
    report = _review(workspace, tmp_path, "Reduce serious violence\n\n1. There were between 130 and 140 knife "
                     "offences in July to September 2026.\n")
    assert not [f for f in report.findings if f.kind.endswith("figure")]
    assert {(m.text, m.status, m.measure) for m in report.figures if m.checked} == {
        ("130", "verified", "knife_offences"), ("140", "verified", "knife_offences")}


def test_a_range_of_counts_missing_the_figure_is_not_passed(workspace, tmp_path):
    report = _review(workspace, tmp_path, "Reduce serious violence\n\n1. There were between 100 and 120 knife "
                     "offences in July to September 2026.\n")
    assert not [m for m in report.figures if m.status == "verified"]


def test_a_range_no_figure_checks_is_one_warning_naming_both_ends(workspace, tmp_path):
    report = _review(workspace, tmp_path, "Reduce serious violence\n\n1. Officers seized between 30 and 40 "
                     "knives in July to September 2026.\n")
    unchecked = [f.message for f in report.findings if f.kind == "unverified-figure"]
    assert len(unchecked) == 1 and unchecked[0].startswith("30 to 40 (a range): "), unchecked


def test_the_outdated_opening_sentence_is_quoted_whole_as_the_evidence(workspace, tmp_path):
    report = _review(workspace, tmp_path, INTRODUCTION_COPIED.format(period="April to June 2026"))
    (stale,) = [f for f in report.findings if f.kind == "stale-date"]
    assert stale.evidence == "This paper gives the position for April to June 2026 and sets out what the force " \
                             "is doing under each priority."


@pytest.mark.parametrize("sentence", [
    "Drug trafficking offences rose to 229, half as many again as in January to March 2025.",
    "Drug trafficking offences rose to 229 in the quarter, well above the level seen in January to March 2025.",
])
def test_a_period_named_as_what_a_count_is_compared_with_does_not_date_the_count(workspace, tmp_path, sentence):
    report = _review(workspace, tmp_path, f"Disrupt drugs supply and county lines\n\n1. {sentence}\n")
    assert not [f for f in report.findings if f.severity == "error" and f.kind != "missing-priority"]
    (count,) = [m for m in report.figures if m.text == "229"]
    assert (count.status, count.period) == ("verified", "2026-Q3")


SHARES = """Reduce neighbourhood crime

1. Vehicle crime accounted for {vehicle} of neighbourhood crime in July to September 2026.

2. Residential burglary made up {burglary} of neighbourhood crime, and volunteers made up half of the panel.
"""


def test_a_share_of_one_measure_in_another_that_the_figures_do_not_give_is_an_error(workspace, tmp_path):
    # July to September 2026: vehicle crime 1,004 and residential burglary 612 of 1,835 (54.7% and 33.4%).
    report = _review(workspace, tmp_path, SHARES.format(vehicle="64.7%", burglary="half"))
    wrong = sorted((f.paragraph, f.message) for f in report.findings if f.kind == "arithmetic")
    assert wrong == [
        (1, "64.7% for vehicle crime as a share of neighbourhood crime: the figures give 54.7% (vehicle_crime as a "
            "share of neighbourhood_crime, 2026-Q3: 1,004 / 1,835 = 54.71%)"),
        (2, "half for residential burglary as a share of neighbourhood crime: the figures give 33.4% "
            "(residential_burglary as a share of neighbourhood_crime, 2026-Q3: 612 / 1,835 = 33.35%)")]
    assert not [f for f in report.findings if f.kind == "unverified-figure"]


@pytest.mark.parametrize(("vehicle", "burglary"), [("54.7%", "a third"), ("more than half", "around a third")])
def test_a_share_the_figures_bear_out_raises_nothing(workspace, tmp_path, vehicle, burglary):
    report = _review(workspace, tmp_path, SHARES.format(vehicle=vehicle, burglary=burglary))
    assert not [f for f in report.findings if f.kind in ("arithmetic", "unverified-figure")]


def test_a_proportion_in_words_of_a_percentage_measure_is_held_to_its_figure(tmp_path):
    figures = tmp_path / "satisfaction.csv"
    figures.write_text("area,measure,period,value,unit\nCheshire,victim_satisfaction,2026-Q3,76.2,percent\n",
                       encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as opened:
        opened.set_office("Cheshire")
        opened.import_figures(figures)
        report = _review(opened, tmp_path, "Improve victim satisfaction\n\n1. Nine in ten victims were satisfied "
                         "with the service they received in July to September 2026.\n\n2. Three in four victims were "
                         "satisfied in July to September 2026.\n\n3. One in four women will experience domestic "
                         "abuse, and victim satisfaction rose.\n")
    wrong = [(f.paragraph, f.message) for f in report.findings if f.kind == "arithmetic"]
    assert wrong == [(1, "'Nine in ten' (90%) for victim satisfaction: the figures give 76.2% for 2026-Q3")]


def test_a_statement_reporting_the_quarter_before_one_whose_figures_are_stored_says_so(workspace, tmp_path):
    body = INTRODUCTION_COPIED.format(period="April to June 2026")
    path = tmp_path / "cheshire-2026-12.txt"
    path.write_text("Cheshire Police and Crime Panel\n\n9 December 2026\n\nTitle: National Policing Priorities\n\n"
                    + body, encoding="utf-8")
    report = workspace.review(str(path))
    assert report.period == "2026-Q2"
    assert ("the statement reports 2026-Q2, though Cheshire's figures for 2026-Q3, which ended before its date "
            "(2026-12-09), are stored: is it the statement before, copied? (drafter review FILE --period 2026-Q3 "
            "holds it to them)") in report.notes


def test_a_statement_published_before_the_next_quarters_figures_could_be_out_has_no_such_note(workspace, tmp_path):
    body = INTRODUCTION_COPIED.format(period="April to June 2026")
    path = tmp_path / "cheshire-2026-10.txt"
    path.write_text("Cheshire Police and Crime Panel\n\n21 October 2026\n\nTitle: National Policing Priorities\n\n"
                    + body, encoding="utf-8")
    report = workspace.review(str(path))
    assert not [note for note in report.notes if "is it the statement before" in note]
