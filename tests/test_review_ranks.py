"""Rank and national-comparison claims in prose, checked against the figures
of every force: verified, wrong with the true rank, or unverifiable (never
wrong) without every force's figures."""

from __future__ import annotations

import json
import re
from pathlib import Path

import all_forces
import pytest

import drafter
from drafter import drafts
from drafter.review import render_text, write_html

REPO = Path(__file__).resolve().parents[1]
# How a statement might put the West Midlands' standing (our own wording).
LEADING = ("In the year ending December 2022, West Midlands was the leading police force for firearms "
           "offences per 100,000 population, at 34.9, and top for knife and sharp-instrument offences per "
           "100,000 population, at 169.3.")
OTHER_CLAIMS = {
    "eighth": "The force had the 8th highest rate of homicide of the 43 forces in 2022.",
    "national": "Knife crime in the West Midlands remains above the national average.",
    "below": "Firearms offences in the West Midlands were below the national rate in 2022.",
    "region": "West Midlands recorded the lowest number of homicides in the region in 2022.",
    "top_n": "The West Midlands is among the top 5 forces for firearms offences per 100,000 population.",
    "not_a_rank": "The highest level of investment since 2010 has gone into knife crime prevention.",
    "change": "The largest increase was in theft from the person, which rose across the force area.",
}


def _review(workspace, paragraphs, period="2022", area="West Midlands"):
    draft = workspace.new_draft(area=area, period=period, date="2023-09")
    for text in paragraphs:
        drafts.append_paragraph(draft, "serious-violence", text)
    workspace.save_draft(draft)
    return workspace.review(draft.id)


def _claims(report):
    return {claim.text: claim for claim in report.ranks}


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("ranks")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(REPO / "corpus" / "figures" / "west-midlands.csv")
        yield opened, root


@pytest.fixture(scope="module")
def without_all_forces(workspace):
    opened, _ = workspace
    return _review(opened, [LEADING, *OTHER_CLAIMS.values()])


@pytest.fixture(scope="module")
def with_all_forces(workspace, without_all_forces):
    opened, root = workspace
    all_forces.import_all(opened, root)
    return _review(opened, [LEADING, *OTHER_CLAIMS.values()])


def test_without_every_forces_figures_claims_are_unverifiable_never_wrong(without_all_forces):
    kinds = [f.kind for f in without_all_forces.findings]
    assert "wrong-rank" not in kinds
    unverified = [f for f in without_all_forces.findings if f.kind == "unverified-rank"]
    assert len(unverified) == 7
    leading = next(f for f in unverified if "'the leading police force'" in f.message)
    assert leading.severity == "warning"
    assert "needs every force's figures" in leading.message and "firearms_offences" in leading.message


def test_the_leading_force_and_top_for_are_verified(with_all_forces):
    claims = _claims(with_all_forces)
    leading, top = claims["the leading police force"], claims["top for"]
    assert (leading.status, leading.measure, leading.per) == ("verified", "firearms_offences", 100_000)
    assert (top.status, top.measure) == ("verified", "knife_offences")
    assert "West Midlands 34.9 is the highest of 43 forces (next: " in leading.reason
    assert str(leading.period) == "2022"


def test_a_wrong_rank_is_an_error_naming_the_true_rank(with_all_forces):
    wrong = {f.message.split("'")[1]: f for f in with_all_forces.findings if f.kind == "wrong-rank"}
    assert set(wrong) == {"8th highest", "below the national rate", "lowest"}
    eighth = wrong["8th highest"]
    assert eighth.severity == "error"
    assert "West Midlands is the highest of 43 forces for homicides per million in 2022, not 8th highest" \
        in eighth.message
    # At the far end from the one claimed it is "the highest", not "the 4th lowest of 4".
    assert "West Midlands is the highest of 4 forces in the West Midlands region for homicides in 2022, not " \
        "lowest" in wrong["lowest"].message
    assert "is above the national figure, not below it" in wrong["below the national rate"].message


def test_national_average_region_and_top_n_claims(with_all_forces):
    claims = _claims(with_all_forces)
    assert claims["above the national average"].status == "verified"
    assert claims["among the top 5"].status == "verified"
    assert claims["lowest"].among == "region"


def test_words_that_do_not_rank_forces_are_not_claims(with_all_forces):
    texts = {claim.sentence for claim in with_all_forces.ranks}
    assert OTHER_CLAIMS["not_a_rank"] not in texts and OTHER_CLAIMS["change"] not in texts


def test_a_rank_without_every_forces_figures_is_wrong_only_where_no_place_it_could_hold_makes_it_true(tmp_path):
    # Without Gwent, the West Midlands is 1st or 2nd of the 43 wherever Gwent's rate stands.
    with drafter.open_workspace(tmp_path / "ws", seed=False) as opened:
        all_forces.import_all(opened, tmp_path, leave_out=("Gwent",))
        report = _review(opened, [OTHER_CLAIMS["eighth"],
                                  "The force had the 2nd highest rate of homicide of the 43 forces in 2022."])
    wrong, open_claim = [f for f in report.findings if f.kind in ("wrong-rank", "unverified-rank")]
    assert wrong.kind == "wrong-rank" and "wherever the forces without figures stand (Gwent)" in wrong.message
    assert open_claim.kind == "unverified-rank" and "no homicides for Gwent in 2022" in open_claim.message


def test_a_rank_claim_refuted_when_another_force_leads(tmp_path):
    # The Metropolitan Police has the higher knife rate: 180.0 per 100,000.
    values = {("Metropolitan Police", "knife_offences", "2022"): 18_000,
              ("Metropolitan Police", "population", "2022"): 10_000_000}
    with drafter.open_workspace(tmp_path / "ws", seed=False) as opened:
        opened.import_figures(REPO / "corpus" / "figures" / "west-midlands.csv")
        all_forces.import_all(opened, tmp_path, values=values)
        report = _review(opened, [LEADING])
    claims = _claims(report)
    assert claims["the leading police force"].status == "verified"
    top = claims["top for"]
    assert top.status == "wrong"
    assert top.reason.startswith("West Midlands is the 2nd highest of 43 forces for knife_offences per 100,000 "
                                 "in 2022, not highest; Metropolitan Police is highest at 180.0")
    assert report.has_errors


def test_the_national_figure_beside_a_claim_is_checked_and_the_43_forces_are_not_a_figure(workspace,
                                                                                         with_all_forces):
    opened, _ = workspace
    filled = opened.render_template("serious-violence/firearms_rank", "2022", "West Midlands").text
    nationally = re.search(r"against ([\d.]+) nationally", filled).group(1)
    wrong = filled.replace(f"against {nationally} nationally", "against 99.9 nationally")
    report = _review(opened, [filled, wrong])
    (national,) = [m for m in report.figures if m.text == nationally]
    assert national.status == "verified" and "the sum of the 43 forces" in national.derivation
    assert all(m.status == "not-a-figure" for m in report.figures if m.text == "43")
    (wrong_national,) = [f for f in report.findings if f.kind in ("wrong-rank", "unverified-figure", "arithmetic")]
    assert wrong_national.kind == "wrong-rank"
    assert wrong_national.message.startswith(f"99.9 is given as the national figure, but firearms_offences per "
                                             f"100,000 population, 2022: ")


def test_claims_are_shown_in_text_json_and_html(with_all_forces, tmp_path):
    text = render_text(with_all_forces)
    assert "rank and national claims" in text and "wrong-rank" in text
    assert "ranks: 4 verified, 3 wrong, 0 unverifiable" in with_all_forces.summary_line()
    data = json.loads(json.dumps(with_all_forces.to_dict()))
    statuses = {claim["text"]: claim["status"] for claim in data["ranks"]}
    assert statuses["the leading police force"] == "verified" and statuses["8th highest"] == "wrong"
    page = write_html(with_all_forces, tmp_path / "review.html").read_text(encoding="utf-8")
    assert "Rank and national claims" in page and "8th highest" in page


def test_the_reference_statements_leading_force_claims(reference_path, tmp_path):
    with drafter.open_workspace(tmp_path / "ws", seed=False) as opened:
        opened.import_figures(REPO / "corpus" / "figures" / "west-midlands.csv")
        before = opened.review(str(reference_path), period="2022", area="West Midlands")
        all_forces.import_all(opened, tmp_path)
        after = opened.review(str(reference_path), period="2022", area="West Midlands")
    assert {c.text: c.status for c in before.ranks if c.paragraph.number == 10} == {
        "the leading police force": "unverifiable", "top for": "unverifiable"}
    assert {c.text: c.status for c in after.ranks if c.paragraph.number == 10} == {
        "the leading police force": "verified", "top for": "verified"}


def test_each_claim_names_the_files_its_figures_came_from(with_all_forces, tmp_path):
    data = json.loads(json.dumps(with_all_forces.to_dict()))
    sources = {claim["text"]: claim["source"] for claim in data["ranks"]}
    assert sources["8th highest"] == "Made-up figures for all forces (tests)"
    page = write_html(with_all_forces, tmp_path / "review.html").read_text(encoding="utf-8")
    ranks_table = page[page.index("<h2>Rank and national claims</h2>"):page.index("<h2>Reuse</h2>")]
    assert "<th>Source</th>" in ranks_table and "<td>Made-up figures for all forces (tests)</td>" in ranks_table
