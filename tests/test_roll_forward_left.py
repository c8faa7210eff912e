"""Rolling forward never leaves an old figure silently: every number that is a
figure is either moved to the draft's period or listed for the writer, and the
rolled text is what review agrees with.

The bundled Severnshire statements are the real case; the Kestrel Vale
statement here (fictional) holds the wordings one at a time.
"""

from __future__ import annotations

import pytest

from drafter.claims.measures import find_mentions
from drafter.claims.numbers import extract_numbers
from drafter.nlp import parse_texts
from drafter.statement import PARAGRAPH

FIGURES = """\
area,measure,period,value,unit
Kestrel Vale,victim_satisfaction,2025-Q1,73.0,percent
Kestrel Vale,victim_satisfaction,2025-Q2,74.0,percent
Kestrel Vale,victim_satisfaction,2026-Q1,75.0,percent
Kestrel Vale,victim_satisfaction,2026-Q2,72.0,percent
Kestrel Vale,domestic_abuse_satisfaction,2025-Q1,80.5,percent
Kestrel Vale,domestic_abuse_satisfaction,2025-Q2,81.0,percent
Kestrel Vale,domestic_abuse_satisfaction,2026-Q1,84.0,percent
Kestrel Vale,domestic_abuse_satisfaction,2026-Q2,82.5,percent
Kestrel Vale,knife_offences,2025-Q1,190,
Kestrel Vale,knife_offences,2025-Q2,200,
Kestrel Vale,knife_offences,2026-Q1,212,
Kestrel Vale,knife_offences,2026-Q2,180,
"""

STATEMENT = """\
Kestrel Vale Police and Crime Panel

June 2026

Title: National Policing Priorities – Kestrel Vale Police and Crime Commissioner Statement

Reduce serious violence

1. There were 212 knife offences in January to March 2026, against 190 in January to March 2025, and 14.2% of them were in Kestrel town centre.

Improve victim satisfaction

2. Quarterly results show 75.0% of victims satisfied in January to March 2026, against 73.0% in January to March 2025, and 84.0% of domestic abuse victims.

3. Victim satisfaction was 75.0% in January to March 2026; for victims of domestic abuse it was 84.0%.

4. The Victim Voice panel met 12 times in January to March 2026 and heard from 140 residents.
"""


@pytest.fixture
def kestrel(empty_workspace, tmp_path):
    (tmp_path / "kestrel.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "kestrel.csv")
    (tmp_path / "kestrel-vale-2026-06.txt").write_text(STATEMENT, encoding="utf-8")
    empty_workspace.add_statements([tmp_path / "kestrel-vale-2026-06.txt"], force="Kestrel Vale")
    return empty_workspace


@pytest.fixture
def rolled(kestrel):
    return kestrel.new_draft(from_statement=kestrel.list_statements()[0].id)


def _paragraphs(draft, section):
    return [p for p in draft.section(section).paragraphs if p.kind == PARAGRAPH]


def test_a_percentage_named_by_its_own_words_after_and_rolls(rolled):
    quarterly = _paragraphs(rolled, "victim-satisfaction")[0]
    assert quarterly.text == ("Quarterly results show 72.0% of victims satisfied in April to June 2026, "
                              "against 74.0% in April to June 2025, and 82.5% of domestic abuse victims.")
    assert [(r["old"], r["new"], r["measure"]) for r in quarterly.origin.rolled][-1] == \
        ("84.0%", "82.5%", "domestic_abuse_satisfaction")
    assert quarterly.origin.not_rolled == []


def test_a_measure_named_after_a_semicolon_rolls(rolled):
    assert _paragraphs(rolled, "victim-satisfaction")[1].text == (
        "Victim satisfaction was 72.0% in April to June 2026; for victims of domestic abuse it was 82.5%.")


def test_a_number_beside_a_measure_that_no_figure_explains_is_listed_not_left_silently(rolled):
    knives = _paragraphs(rolled, "serious-violence")[0]
    assert knives.text == ("There were 180 knife offences in April to June 2026, against 200 in "
                           "April to June 2025, and 14.2% of them were in Kestrel town centre.")
    assert knives.origin.not_rolled == [{
        "text": "14.2%", "reason": "no stored figure matches it (the sentence names knife_offences): "
                                   "kept as written, check it for 2026-Q2"}]


def test_numbers_counting_something_else_are_not_listed(rolled):
    panel = _paragraphs(rolled, "victim-satisfaction")[2]
    assert panel.text == "The Victim Voice panel met 12 times in January to March 2026 and heard from 140 residents."
    assert [left["text"] for left in panel.origin.not_rolled] == ["January to March 2026"]


def test_the_count_of_what_is_left_includes_every_unmoved_figure(rolled):
    moved, left = rolled.roll_counts()
    assert (moved, left) == (7, 2)  # 14.2%, and the quarter named where no figure moved


def test_review_agrees_with_every_rolled_sentence_and_lists_what_is_left(kestrel, rolled):
    report = kestrel.review(rolled.id)
    disputed = [f for f in report.findings if f.kind in ("stale-figure", "arithmetic", "direction")]
    assert disputed == []
    assert [f.message.split(":")[0] for f in report.findings if f.kind == "not-rolled"] == ["14.2%", "January to March 2026"]
    statuses = {n["text"]: n["status"] for n in report.to_dict()["figures"]}
    assert statuses["82.5%"] == "verified"


def test_review_calls_last_quarters_value_stale_when_the_words_are_copied_unrolled(kestrel):
    draft = kestrel.new_draft(from_statement=kestrel.list_statements()[0].id, period="2026-Q2", roll=False)
    report = kestrel.review(draft.id)
    stale = [f.message for f in report.findings if f.kind == "stale-figure"]
    assert any(m.startswith("84.0% is the figure for 2026-Q1") and "domestic abuse satisfaction" in m
               for m in stale), stale
    assert not [f for f in report.findings if f.kind == "unverified-figure" and "84.0%" in f.message]


def test_a_sibling_measure_lends_only_a_specific_word():
    measures = ("domestic_abuse_satisfaction", "firearms_offences", "knife_offences", "victim_satisfaction")
    satisfied, offences = parse_texts([
        "In April, 75.0% of victims were satisfied, and 84.0% of domestic abuse victims.",
        "Knife offences numbered 212 in April, and 30 involved firearms.",
    ], entities=False)
    assert {m.measure for m in find_mentions(satisfied, measures)} == {
        "victim_satisfaction", "domestic_abuse_satisfaction"}
    # "offences" is said of every crime: it does not make "firearms" a count of them.
    assert {m.measure for m in find_mentions(offences, measures)} == {"knife_offences"}


# -- the bundled samples: Severnshire's 2026-06 statement rolled on to 2026-Q2 ------------------
def _severnshire(workspace, date):
    return next(s.id for s in workspace.list_statements() if s.force == "Severnshire" and s.date == date)


@pytest.fixture
def severnshire(seeded_workspace):
    return seeded_workspace.new_draft(from_statement=_severnshire(seeded_workspace, "2026-06"))


def test_the_sample_domestic_abuse_figure_rolls_to_what_the_next_statement_says(seeded_workspace, severnshire):
    satisfaction = next(p for p in _paragraphs(severnshire, "victim-satisfaction") if "domestic abuse" in p.text)
    assert satisfaction.text.endswith("against 74.0% in April to June 2025, and 82.9% of domestic abuse victims.")
    assert ("83.4%", "82.9%") in [(r["old"], r["new"]) for r in satisfaction.origin.rolled]
    assert satisfaction.origin.not_rolled == []
    following = seeded_workspace.get_statement(_severnshire(seeded_workspace, "2026-09"))
    assert any("82.9%" in p.text for s in following.sections for p in s.paragraphs)


def test_every_sample_figure_is_rolled_or_listed(seeded_workspace, severnshire):
    assert severnshire.period == "2026-Q2"
    # Six left: among them "two more knife surrender bins were installed … in March", a count for a
    # month of the quarter copied.
    assert severnshire.roll_counts() == (35, 6)
    report = seeded_workspace.review(severnshire.id)
    assert not [f for f in report.findings if f.kind in ("stale-figure", "arithmetic", "direction")]
    quarters = {n["period"] for n in report.to_dict()["figures"] if n["status"] == "verified"
                and n["period"] and "-Q" in n["period"]}
    assert quarters == {"2026-Q2", "2025-Q2"}  # nothing left in the quarters copied


@pytest.mark.parametrize(("text", "kind"), [
    ("Over 2025 the force closed 52 county lines.", "year"),
    ("Over 2025, the force closed 52 county lines.", "year"),
    ("Over 2025 there were 590 knife offences.", "year"),
    ("Over 2025 Cheshire closed 52 county lines.", "year"),
    ("Over 2025 as a whole there were 185 knife offences.", "year"),
    ("Over 2000 were seized in May.", "count"),
    ("Officers seized over 2000 weapons.", "count"),
])
def test_a_year_opening_a_sentence_is_not_a_number_to_roll_or_list(text, kind):
    doc = parse_texts([text], entities=False)[0]
    assert next(n for n in extract_numbers(text, doc) if n.text.startswith("2")).kind == kind


def test_the_sample_year_end_statement_rolls_to_the_quarter_the_june_statement_quotes(seeded_workspace):
    draft = seeded_workspace.new_draft(from_statement=_severnshire(seeded_workspace, "2026-03"))
    assert (draft.period, draft.rolled_from, draft.next_period_missing) == ("2026-Q1", "2025-Q4", None)
    homicide = _paragraphs(draft, "homicide")[0]
    # The year's figures are still 2025's, with the words that say so.
    assert homicide.text.startswith("Full-year figures for 2025 are now available. Severnshire Police recorded "
                                    "14 homicides over the year, equal to 11.3 per million residents; in 2024 "
                                    "there were 17")
    satisfaction = _paragraphs(draft, "victim-satisfaction")[0]
    assert "75.0% of victims surveyed in 2025/26" in satisfaction.text
    assert "In January to March 2026, satisfaction was 76.0% for all victims and 83.4%" in satisfaction.text
    following = seeded_workspace.get_statement(_severnshire(seeded_workspace, "2026-06"))
    june = " ".join(p.text for s in following.sections for p in s.paragraphs)
    assert all(value in june for value in ("75.0%", "76.0%", "83.4%"))
    seizures = next(p for p in _paragraphs(draft, "drugs-county-lines") if "seizures" in p.text)
    assert "470 seizures" in seizures.text and "470" in [left["text"] for left in seizures.origin.not_rolled]
    report = seeded_workspace.review(draft.id)
    assert not [f.message for f in report.findings
                if f.kind in ("stale-figure", "wrong-figure", "arithmetic", "direction")]


def test_the_sample_statements_months_before_it_are_left_for_the_writer(seeded_workspace):
    draft = seeded_workspace.new_draft(from_statement=_severnshire(seeded_workspace, "2026-09"))
    left = [entry["text"] for s in draft.sections for p in s.paragraphs for entry in p.origin.not_rolled]
    assert sorted(text for text in left if "June and August" in text) == [
        "Between June and August", "Between June and August", "between June and August", "between June and August"]
    report = seeded_workspace.review(draft.id)
    listed = [(f.paragraph, f.evidence) for f in report.findings if f.kind == "not-rolled"]
    assert [number for number, evidence in listed if "June and August" in evidence] == [11, 13, 18, 27]
