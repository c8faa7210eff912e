"""Review of a mayoral office's statement (the Mayor's Office for Policing and Crime,
for the Metropolitan Police): large counts, other big forces set beside the Met's
figures, and a year named in one sentence and meant in the next.

The statement's sentences are written for the project; the figures are made up.
"""

from __future__ import annotations

import csv

import all_forces
import pytest

import drafter
from drafter.forces import FORCE_NAMES

FIGURES = """area,measure,period,value,unit,source
Metropolitan Police,knife_offences,2025-Q3,"3,612",count,made up
Metropolitan Police,knife_offences,2026-Q2,"3,391",count,made up
Metropolitan Police,knife_offences,2026-Q3,"3,547",count,made up
Metropolitan Police,knife_offences,YE2026-09,"13,731",count,made up
Metropolitan Police,population,YE2026-09,"8,945,300",persons,made up
Metropolitan Police,neighbourhood_crime,YE2026-09,"255,590",count,made up
Greater Manchester,knife_offences,2026-Q3,883,count,made up
Metropolitan Police,residential_burglary,2026-Q2,"10,452",count,made up
Metropolitan Police,residential_burglary,2026-Q3,"10,931",count,made up
Greater Manchester,knife_offences,YE2026-09,"3,412",count,made up
"""

HEAD = """Mayor's Office for Policing and Crime
Statement on the National Policing Priorities
12 November 2026

Introduction

This statement covers July to September 2026.

Reduce serious violence

"""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("mayoral")
    (root / "figures.csv").write_text(FIGURES, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(root / "figures.csv")
        yield opened, root


def _review(workspace, body):
    opened, root = workspace
    path = root / "mopac-2026-11.txt"
    path.write_text(HEAD + body + "\n", encoding="utf-8")
    report = opened.review(path)
    return {m.text: m for m in report.figures}, report


def test_another_forces_count_in_the_same_year_is_held_to_that_year(workspace):
    figures, report = _review(workspace, "In the year ending September 2026 the Met recorded 13,731 knife "
                                         "offences. Greater Manchester Police recorded 3,412 knife offences "
                                         "in the same year.")
    assert (figures["3,412"].status, figures["3,412"].period) == ("verified", "YE2026-09")
    assert not [f for f in report.findings if f.kind == "wrong-figure"]


def test_another_forces_wrong_count_in_the_same_year_names_that_years_figure(workspace):
    _, report = _review(workspace, "In the year ending September 2026 the Met recorded 13,731 knife "
                                   "offences. Greater Manchester Police recorded 3,999 knife offences "
                                   "in the same year.")
    [message] = [f.message for f in report.findings if f.kind == "wrong-figure"]
    assert message.startswith("3,999 is given as Greater Manchester's knife offences for YE2026-09, "
                              "but its figures give 3,412")


@pytest.mark.parametrize("count, status", [("3,412", "verified"), ("3,999", "wrong")])
def test_another_forces_count_after_by_comparison_is_held_to_its_figure(workspace, count, status):
    figures, _ = _review(workspace, "The Met recorded 13,731 knife offences in the year ending September "
                                    f"2026. By comparison, Greater Manchester Police recorded {count} knife "
                                    "offences in the year ending September 2026.")
    assert (figures[count].status, figures[count].period) == (status, "YE2026-09")


def test_a_year_earlier_after_by_comparison_is_still_the_earlier_figure(workspace):
    figures, _ = _review(workspace, "Knife crime fell to 3,547 offences in July to September 2026. "
                                    "By comparison, there were 3,612 a year earlier.")
    assert (figures["3,612"].status, figures["3,612"].period) == ("verified", "2025-Q3")


@pytest.mark.parametrize("words, status", [("thirteen thousand seven hundred and thirty-one", "verified"),
                                           ("twelve thousand nine hundred", "wrong")])
def test_a_large_count_in_words_is_checked(workspace, words, status):
    figures, _ = _review(workspace, f"Over the year ending September 2026 the Met recorded {words} knife "
                                    "offences.")
    assert (figures[words].status, figures[words].period) == (status, "YE2026-09")


def test_a_year_in_words_is_no_count(workspace):
    figures, _ = _review(workspace, "In two thousand and twenty-six the Met recorded 3,547 knife offences "
                                    "in July to September.")
    assert "two thousand and twenty-six" not in figures


@pytest.mark.parametrize("rate, status", [("153.5", "verified"), ("160.2", "wrong")])
def test_a_rate_for_every_100000_is_a_rate(workspace, rate, status):
    figures, report = _review(workspace, f"In the year ending September 2026 the Met recorded {rate} knife "
                                         "offences for every 100,000 Londoners.")
    assert (figures[rate].status, figures[rate].kind, figures[rate].per) == (status, "rate", 100_000)
    assert "100,000" not in figures


def test_copy_forward_rolls_a_rate_for_every_100000_without_asking_about_every(workspace):
    opened, root = workspace
    path = root / "mopac-2026-08.txt"
    path.write_text(HEAD.replace("12 November", "12 August").replace("July to September", "April to June")
                    + "In April to June 2026 there were 37.9 knife offences for every 100,000 Londoners.\n",
                    encoding="utf-8")
    opened.add_statements([path])
    [statement] = [s for s in opened.list_statements() if s.file == path.name]
    draft = opened.new_draft(from_statement=statement.id)
    [paragraph] = draft.section("serious-violence").paragraphs
    assert paragraph.text == "In July to September 2026 there were 39.7 knife offences for every 100,000 Londoners."
    assert paragraph.origin.not_rolled == []


@pytest.mark.parametrize("count, status", [("13.7k", "verified"), ("13.9k", "wrong")])
def test_a_count_in_thousands_written_with_k_is_read_as_thousands(workspace, count, status):
    figures, _ = _review(workspace, f"In the year ending September 2026 the Met recorded {count} knife offences.")
    assert (figures[count].status, figures[count].value) == (status, float(count[:-1]) * 1000)


def test_a_5k_run_is_no_count(workspace):
    figures, _ = _review(workspace, "Officers ran a 5k run for young people in July to September 2026.")
    assert not [m for m in figures.values() if m.value == 5000]


def test_copy_forward_rolls_a_count_in_thousands_in_the_same_words(workspace):
    opened, root = workspace
    path = root / "mopac-2026-08-k.txt"
    path.write_text(HEAD.replace("12 November", "12 August").replace("July to September", "April to June")
                    + "In April to June 2026 the Met recorded 3.4k knife offences.\n", encoding="utf-8")
    opened.add_statements([path])
    [statement] = [s for s in opened.list_statements() if s.file == path.name]
    [paragraph] = opened.new_draft(from_statement=statement.id).section("serious-violence").paragraphs
    assert paragraph.text == "In July to September 2026 the Met recorded 3.5k knife offences."


@pytest.mark.parametrize("words, status", [("rose by 156 offences", "verified"), ("rose by 165 offences", "wrong"),
                                           ("fell by 156 offences", "wrong")])
def test_a_change_given_by_a_verb_is_the_gap_between_the_counts_quoted_beside_it(workspace, words, status):
    size = words.split()[2]
    figures, report = _review(workspace, f"Knife crime {words} to 3,547 in July to September 2026, from 3,391 "
                                         "in April to June 2026.")
    assert (figures[size].status, figures[size].derivation) == (status, "3,547 − 3,391 = +156")
    arithmetic = [f.message for f in report.findings if f.kind == "arithmetic"]
    assert arithmetic == ([] if status == "verified" else
                          [f"'{' '.join(words.split()[:3])}' does not follow from 3,391 and 3,547 quoted beside it: "
                           "that is a rise of 156"])


@pytest.fixture(scope="module")
def nation(tmp_path_factory):
    root = tmp_path_factory.mktemp("nation-share")
    with (root / "figures.csv").open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["area", "measure", "period", "value", "unit", "source"])
        writer.writerows(all_forces.rows(("2022",), national=True))
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(root / "figures.csv")
        yield opened, root


MET_KNIVES = all_forces.made_up("Metropolitan Police", "knife_offences", "2022")
MET_SHARE = MET_KNIVES / sum(all_forces.made_up(f, "knife_offences", "2022") for f in FORCE_NAMES) * 100


@pytest.mark.parametrize("words", ["{share} of the England and Wales total",
                                   "{share} of all knife crime in England and Wales"])
@pytest.mark.parametrize("share, status", [(f"{MET_SHARE:.1f}%", "verified"), ("41.0%", "wrong")])
def test_the_forces_share_of_the_nations_count_is_checked(nation, words, share, status):
    opened, root = nation
    path = root / "mopac-2023-01.txt"
    path.write_text(HEAD.replace("12 November 2026", "January 2023") + f"In 2022 the Met recorded {MET_KNIVES:,} "
                    f"knife offences, {words.format(share=share)}.\n", encoding="utf-8")
    report = opened.review(path, period="2022")
    assert {m.text: m.status for m in report.figures}[share] == status
    assert [f.kind for f in report.findings if f.kind == "wrong-rank"] == ([] if status == "verified" else ["wrong-rank"])


def test_a_rate_per_1000_households_is_left_for_its_source(workspace):
    figures, report = _review(workspace, "In July to September 2026 the residential burglary rate in London was "
                                         "3.0 per 1,000 households.")
    assert figures["3.0"].status == "unverified"
    assert [f.message for f in report.findings if f.kind in ("unverified-figure", "arithmetic")] == [
        "3.0: a rate per 1,000 households, which the figures (counts and populations) cannot work out; check it "
        "against its source"]


def test_copy_forward_keeps_a_rate_per_1000_households_and_names_it(workspace):
    opened, root = workspace
    path = root / "mopac-2026-08-homes.txt"
    path.write_text(HEAD.replace("12 November", "12 August").replace("July to September", "April to June")
                    .replace("Reduce serious violence", "Reduce neighbourhood crime")
                    + "In April to June 2026 there were 10,452 residential burglaries, 2.9 per 1,000 households.\n",
                    encoding="utf-8")
    opened.add_statements([path])
    [statement] = [s for s in opened.list_statements() if s.file == path.name]
    [paragraph] = opened.new_draft(from_statement=statement.id).section("neighbourhood-crime").paragraphs
    assert paragraph.text == ("In July to September 2026 there were 10,931 residential burglaries, 2.9 per 1,000 "
                              "households.")
    assert [left["reason"] for left in paragraph.origin.not_rolled] == [
        "a rate per 1,000 households, which the figures cannot work out: kept as written, give it for 2026-Q3"]


@pytest.mark.parametrize("written", ["c.13,700", "c. 13,700", "~13,700"])
def test_a_count_given_as_circa_is_an_approximate_count(workspace, written):
    figures, report = _review(workspace, f"In the year ending September 2026 the Met recorded {written} knife "
                                         "offences.")
    assert (figures["13,700"].status, figures["13,700"].approximate) == ("verified", True)
    assert "700" not in figures and not [f for f in report.findings if f.kind == "wrong-figure"]


def test_copy_forward_rolls_a_circa_count_in_the_same_words(workspace):
    opened, root = workspace
    path = root / "mopac-2026-08-circa.txt"
    path.write_text(HEAD.replace("12 November", "12 August").replace("July to September", "April to June")
                    + "In April to June 2026 the Met recorded c.3,400 knife offences.\n", encoding="utf-8")
    opened.add_statements([path])
    [statement] = [s for s in opened.list_statements() if s.file == path.name]
    [paragraph] = opened.new_draft(from_statement=statement.id).section("serious-violence").paragraphs
    assert paragraph.text == "In July to September 2026 the Met recorded c.3,500 knife offences."


@pytest.mark.parametrize("count, status", [("3,547", "verified"), ("3,999", "wrong")])
def test_a_count_the_force_reported_is_held_to_its_measure(workspace, count, status):
    figures, _ = _review(workspace, f"In July to September 2026 the Met reported {count} knife offences.")
    assert (figures[count].status, figures[count].measure) == (status, "knife_offences")


def test_copy_forward_says_a_boroughs_count_counts_one_place(workspace):
    opened, root = workspace
    path = root / "mopac-2026-08-borough.txt"
    path.write_text(HEAD.replace("12 November", "12 August").replace("July to September", "April to June")
                    + "The Met recorded 3,391 knife offences in April to June 2026. In Southwark, 201 knife "
                      "offences were recorded in the quarter.\n", encoding="utf-8")
    opened.add_statements([path])
    [statement] = [s for s in opened.list_statements() if s.file == path.name]
    [paragraph] = opened.new_draft(from_statement=statement.id).section("serious-violence").paragraphs
    assert "201 knife offences" in paragraph.text
    assert [left["reason"] for left in paragraph.origin.not_rolled] == [
        "counts one place, Southwark, not the whole force area its figures are for: kept as written, give it "
        "for 2026-Q3"]


@pytest.mark.parametrize("bound, words, value, status", [("over", "a quarter of a million", 250_000, "verified"),
                                                       ("more than", "half a million", 500_000, "unverified")])
def test_a_part_of_a_million_in_words_is_that_many(workspace, bound, words, value, status):
    figures, _ = _review(workspace, f"In the year ending September 2026 the Met recorded {bound} {words} "
                                    "neighbourhood crimes.")
    assert (figures[words].value, figures[words].status) == (value, status)
