"""A statement that sets the force against its own past ("the lowest annual
figure the force has recorded", "its lowest ever", "the lowest since 2019")
says nothing about the other forces: review never ranks it among the 43. It
is held to the force's own stored figures for earlier periods of the same
length: wrong (an error naming the earlier period and its value) when one is
past it, verified when every period it reaches back over is stored, and
otherwise a note saying how far back the stored figures go (a warning when
there is no earlier period stored at all).

Figures: every force made up for 2019 to 2022 (tests/all_forces.py), with
Cheshire's knife offences falling each year (1,000, 960, 900, 870) and its
four quarters of 2022 stored too (230, 215, 190, 200).
"""

from __future__ import annotations

import json

import all_forces
import pytest

import drafter
from drafter import drafts

YEARS = ("2019", "2020", "2021", "2022")
CHESHIRE_KNIVES = {"2019": 1_000, "2020": 960, "2021": 900, "2022": 870}
CHESHIRE_QUARTERS = {"2022-Q1": 230, "2022-Q2": 215, "2022-Q3": 190, "2022-Q4": 200}


RANK_KINDS = ("wrong-rank", "unverified-rank", "record-partly-checked")


def _review(workspace, paragraphs, period="2022"):
    draft = workspace.new_draft(area="Cheshire", period=period, date="2023-03")
    for text in paragraphs:
        drafts.append_paragraph(draft, "serious-violence", text)
    workspace.save_draft(draft)
    return workspace.review(draft.id)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("own-past")
    values = {("Cheshire", "knife_offences", year): count for year, count in CHESHIRE_KNIVES.items()}
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        all_forces.import_all(opened, root, periods=YEARS, values=values)
        quarters = root / "cheshire-quarters.csv"
        quarters.write_text("area,measure,period,value,unit,source\n" + "".join(
            f"Cheshire,knife_offences,{quarter},{count},count,Made-up quarters (tests)\n"
            for quarter, count in CHESHIRE_QUARTERS.items()), encoding="utf-8")
        opened.import_figures(quarters)
        yield opened


def _only(report, wording: str):
    (claim,) = [c for c in report.ranks if wording in c.sentence]
    findings = [f for f in report.findings if f.kind in RANK_KINDS and f.evidence == wording]
    return claim, findings


CORRECT = {
    "recorded": "There were 870 knife offences in Cheshire in 2022, the lowest annual figure the force has recorded.",
    "history": "Knife offences in 2022 (870) were the lowest in the force's history.",
    "ever": "Cheshire recorded 870 knife offences in 2022, its lowest ever.",
    "its": "In 2022 Cheshire recorded its lowest number of knife offences, 870.",
    "began": "Knife offences fell to 870 in 2022, the lowest since records began.",
    "since": "There were 870 knife offences in 2022, the lowest since 2019.",
    "years": "Knife offences fell to 870 in 2022, the lowest for three years.",
}


def test_correct_own_past_sentences_raise_no_error_and_are_never_ranked_among_the_forces(workspace):
    report = _review(workspace, CORRECT.values())
    assert not [f for f in report.findings if f.kind == "wrong-rank"]
    assert {c.kind for c in report.ranks} == {"record"}
    assert not any("of 43 forces" in c.reason for c in report.ranks)


@pytest.mark.parametrize("name", ["since", "years"])
def test_a_claim_whose_stretch_is_all_stored_is_verified_without_a_finding(workspace, name):
    claim, findings = _only(_review(workspace, [CORRECT[name]]), CORRECT[name])
    assert claim.status == "verified" and findings == []
    assert claim.reason.startswith("2022 (870) is the lowest of Cheshire's ")
    assert "next lowest: 2021 900" in claim.reason


@pytest.mark.parametrize("name", ["recorded", "history", "ever", "its", "began"])
def test_a_claim_reaching_back_further_than_the_stored_years_is_one_note_saying_how_far(workspace, name):
    claim, (finding,) = _only(_review(workspace, [CORRECT[name]]), CORRECT[name])
    assert claim.status == "unverifiable"
    assert (finding.kind, finding.severity) == ("record-partly-checked", "info")
    assert "checked only back to 2019, the earliest stored: 2022 (870) is the lowest of Cheshire's 4 stored " \
           "years" in finding.message
    assert "earlier years are not stored: check it against the force's records" in finding.message


def test_an_earlier_period_past_the_claim_makes_it_an_error_naming_that_period_and_value(workspace):
    sentence = "Knife offences numbered 960 in 2020, the highest since 2018."
    claim, (finding,) = _only(_review(workspace, [sentence]), sentence)
    assert claim.status == "wrong" and finding.kind == "wrong-rank" and finding.severity == "error"
    assert finding.message == ("'highest since 2018': not the highest of Cheshire's own years after 2018: "
                               "knife_offences was higher in 2019 (1,000) than in 2020 (960)")


def test_a_quarter_is_held_to_the_earlier_quarters_not_to_the_years(workspace):
    sentence = ("There were 200 knife offences in October to December 2022, the lowest quarterly figure the "
                "force has recorded.")
    claim, (finding,) = _only(_review(workspace, [sentence]), sentence)
    assert finding.kind == "wrong-rank"
    assert "not the lowest of Cheshire's own quarters: knife_offences was lower in 2022-Q3 (190) than in " \
           "2022-Q4 (200)" in finding.message


def test_a_stretch_the_stored_years_do_not_cover_names_the_years_missing(workspace):
    sentence = "There were 870 knife offences in 2022, the lowest since 2015."
    claim, (finding,) = _only(_review(workspace, [sentence]), sentence)
    assert finding.kind == "record-partly-checked"
    assert "2016, 2017 and 2018 are not stored" in finding.message


def test_the_period_is_the_one_the_paragraph_named_before_the_sentence(workspace):
    # The draft is for 2022; the paragraph is about 2021.
    paragraph = ("Full-year figures for 2021 are now available. The force recorded 900 knife offences, the "
                 "lowest annual figure it has recorded.")
    report = _review(workspace, [paragraph])
    (claim,) = report.ranks
    assert str(claim.period) == "2021"
    assert "2021 (900) is the lowest of Cheshire's 3 stored years" in claim.reason


def test_since_a_start_named_after_recorded_counts_from_that_period(workspace):
    # 190 is the lowest of the quarters from January to March 2022 (230, 215, 190).
    sentence = ("Knife offences fell to 190 in July to September 2022, the lowest quarterly figure the force has "
                "recorded since recording began in January to March 2022.")
    claim, findings = _only(_review(workspace, [sentence], period="2022-Q3"), sentence)
    assert (claim.status, str(claim.period), findings) == ("verified", "2022-Q3", [])
    assert claim.reason.startswith("2022-Q3 (190) is the lowest of Cheshire's 3 quarters from 2022-Q1")


def test_the_period_a_stretch_began_in_is_not_the_period_the_claim_is_about(workspace):
    # The quarter reported is October to December 2022 (200); July to September (190) was lower.
    sentence = ("Knife offences in the quarter numbered 200, the lowest quarterly figure the force has recorded "
                "since the current recording began in July to September 2022.")
    claim, (finding,) = _only(_review(workspace, [sentence], period="2022-Q4"), sentence)
    assert (claim.status, str(claim.period), finding.kind) == ("wrong", "2022-Q4", "wrong-rank")
    assert "knife_offences was lower in 2022-Q3 (190) than in 2022-Q4 (200)" in finding.message


def test_with_no_earlier_period_stored_it_is_left_for_checking(workspace):
    sentence = "Knife offences numbered 1,000 in 2019, the highest the force has recorded."
    claim, (finding,) = _only(_review(workspace, [sentence]), sentence)
    assert (finding.kind, finding.severity) == ("unverified-rank", "warning")
    assert "no earlier years of knife_offences are stored for Cheshire to compare 2019 (1,000) with" \
        in finding.message


def test_wording_that_also_names_other_forces_or_no_measure_is_no_own_past_claim(workspace):
    report = _review(workspace, ["The highest level of investment since 2010 has gone into knife crime prevention.",
                                 "Cheshire had the lowest knife crime rate of any force since 2019."])
    assert [c for c in report.ranks if c.kind == "record"] == []
    assert not [f for f in report.findings if f.kind == "wrong-rank"]


def test_own_past_claims_are_listed_in_the_json(workspace):
    report = _review(workspace, [CORRECT["since"]])
    (listed,) = json.loads(json.dumps(report.to_dict()))["ranks"]
    assert (listed["kind"], listed["text"], listed["status"], listed["period"]) == (
        "record", "lowest since 2019", "verified", "2022")


STATEMENT = """\
Cheshire Police and Crime Panel

March 2022

Title: National Policing Priorities – Cheshire Police and Crime Commissioner Statement

Reduce Serious Violence

1. There were 900 knife offences in Cheshire in 2021, the lowest annual figure the force has recorded.
"""


def test_copied_forward_the_claim_keeps_its_words_and_is_left_for_the_writer(workspace, tmp_path):
    path = tmp_path / "cheshire-2022-03.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    workspace.add_statements([path], force="Cheshire")
    (statement,) = [s for s in workspace.list_statements() if s.force == "Cheshire"]
    draft = workspace.new_draft(from_statement=statement.id, period="2022")
    (paragraph,) = [p for p in draft.section("serious-violence").paragraphs if p.origin.kind == "corpus"]
    assert paragraph.text == ("There were 870 knife offences in Cheshire in 2022, the lowest annual figure the "
                              "force has recorded.")
    assert any("lowest" in entry["text"] for entry in paragraph.origin.not_rolled)
    report = workspace.review(draft.id)
    assert not [f for f in report.findings if f.kind == "wrong-rank"]
    assert [c.status for c in report.ranks] == ["unverifiable"]


def test_a_period_compared_with_in_an_earlier_clause_is_not_the_period_of_a_record_claim(workspace):
    # "now at their lowest" is about the quarter reported (2022-Q3, 190, the lowest of the three
    # quarters so far), not about January to March 2022, which the first clause compares with.
    sentence = ("Knife offences fell on January to March 2022, and are now at their lowest quarterly figure "
                "since recording began in January to March 2022.")
    claim, findings = _only(_review(workspace, [sentence], period="2022-Q3"), sentence)
    assert (claim.status, str(claim.period), findings) == ("verified", "2022-Q3", [])
    assert claim.reason.startswith("2022-Q3 (190) is the lowest of Cheshire's 3 quarters from 2022-Q1")
