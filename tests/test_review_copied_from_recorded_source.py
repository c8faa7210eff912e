"""A draft's paragraph is "copied from" the statement the draft records it
was taken from. A paragraph said word for word in two past statements, and
inserted from the older one, is named as the older one's; a paragraph
copied forward whose period words
were moved on, so that it now reads as a year-old statement's sentence, is
named as the statement it was copied from, not that year-old one.

The statements are written for the project.
"""

from __future__ import annotations

import pytest

import drafter
from drafter import drafts
from drafter.drafts import DraftParagraph, Origin

RURAL = ("Rural crime officers held engagement events at the county show and the steam fair, registering farm "
         "machinery and quad bikes with forensic marking kits supplied by the Commissioner.")
WEB_PAGE = ("<html><head><title>National Policing Priorities: July to September 2025 – Dorset Police and Crime "
            "Commissioner</title></head><body><main><h1>National Policing Priorities: July to September 2025</h1>"
            "<p>Published 14 November 2025</p><h2>Reduce neighbourhood crime</h2>"
            "<p>There were 1,437 fraud reports from Dorset residents in July to September 2025, 2.5% more than in "
            "July to September 2024.</p>"
            f"<p>{RURAL}</p></main></body></html>")
BOARD_PAPER = ("Dorset Police and Crime Panel\n\n{date}\n\nTitle: National Policing Priorities, {period}\n\n"
               "Reduce neighbourhood crime\n\n1. There were {count} fraud reports from Dorset residents in {period}, "
               "{change} more than in {earlier}.\n\n2. {extra}\n")


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory):
    root = tmp_path_factory.mktemp("recorded-source")
    (root / "dorset-2025-11.html").write_text(WEB_PAGE, encoding="utf-8")
    (root / "dorset-2026-02.txt").write_text(BOARD_PAPER.format(
        date="5 February 2026", period="October to December 2025", count="1,502", change="2.9%",
        earlier="October to December 2024", extra=RURAL), encoding="utf-8")
    (root / "dorset-2026-08.txt").write_text(BOARD_PAPER.format(
        date="6 August 2026", period="April to June 2026", count="1,470", change="4.2%",
        earlier="April to June 2025", extra="The cyber protect team gave talks to 35 community groups."),
        encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as workspace:
        for name in ("dorset-2025-11.html", "dorset-2026-02.txt", "dorset-2026-08.txt"):
            workspace.add_statements([root / name], force="Dorset")
        ids = {s.file: s.id for s in workspace.list_statements()}
        draft = workspace.new_draft(area="Dorset", date="2026-11", period="2026-Q3")
        section = next(s for s in draft.sections if s.key == "neighbourhood-crime")
        # Copied forward from the August statement's ¶1, its figures and period words moved a quarter on.
        section.paragraphs.append(DraftParagraph(
            "There were 1,493 fraud reports from Dorset residents in July to September 2026, 3.9% more than in "
            "July to September 2025.", Origin.corpus(ids["dorset-2026-08.txt"], 1)))
        drafts.insert_corpus_paragraph(workspace, draft, "neighbourhood-crime", ids["dorset-2025-11.html"], None,
                                       place=2)
        section.paragraphs.append(DraftParagraph(
            "Residents of Dorset made 1,493 reports of fraud in the third quarter of 2026.",
            Origin.from_template("cyber-crime/fraud_reports")))
        saved = workspace.save_draft(draft, note="rural crime from the November 2025 page")
        report = workspace.review(saved.id)
        yield report, ids


def _copied(report, index):
    return [f.message for f in report.findings
            if f.kind == "copied-paragraph" and f.section == "neighbourhood-crime" and f.index == index]


def test_a_paragraph_inserted_from_the_older_of_two_statements_is_named_as_that_ones(reviewed):
    report, ids = reviewed
    (message,) = _copied(report, 1)
    assert f"statement {ids['dorset-2025-11.html']}" in message, message
    assert f"statement {ids['dorset-2026-02.txt']}" not in message


def test_a_rolled_paragraph_is_not_named_as_the_year_old_statement_its_new_words_match(reviewed):
    report, ids = reviewed
    assert not _copied(report, 0)
    closest = report.to_dict()["reuse"]["paragraphs"]
    rolled = next(p for p in closest if p["section"] == "neighbourhood-crime" and p["index"] == 0)
    assert rolled["closest"]["statement_id"] == ids["dorset-2026-08.txt"]


def test_an_unnumbered_source_paragraph_is_named_by_its_place_as_corpus_show_prints_it(reviewed):
    report, ids = reviewed
    (message,) = _copied(report, 1)
    assert f"an unnumbered paragraph of statement {ids['dorset-2025-11.html']}, p2 (Dorset, 2025-11" in message
    rows = report.to_dict()["reuse"]["paragraphs"]
    inserted = next(p for p in rows if p["section"] == "neighbourhood-crime" and p["index"] == 1)
    assert (inserted["closest"]["number"], inserted["closest"]["place"]) == (None, 2)


def test_a_paragraph_the_writer_edited_into_another_statements_words_is_named_as_that_ones(tmp_path):
    (tmp_path / "dorset-2025-11.html").write_text(WEB_PAGE, encoding="utf-8")
    (tmp_path / "dorset-2026-08.txt").write_text(BOARD_PAPER.format(
        date="6 August 2026", period="April to June 2026", count="1,470", change="4.2%",
        earlier="April to June 2025", extra=RURAL.replace("steam fair", "ploughing match at Cranborne")),
        encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        for name in ("dorset-2025-11.html", "dorset-2026-08.txt"):
            workspace.add_statements([tmp_path / name], force="Dorset")
        ids = {s.file: s.id for s in workspace.list_statements()}
        draft = workspace.new_draft(area="Dorset", date="2026-11", period="2026-Q3")
        inserted = drafts.insert_corpus_paragraph(workspace, draft, "neighbourhood-crime",
                                                  ids["dorset-2025-11.html"], None, place=2)
        draft.set_section_text("neighbourhood-crime", inserted.text.replace("steam fair",
                                                                            "ploughing match at Cranborne"))
        assert draft.section("neighbourhood-crime").paragraphs[0].origin.edited
        report = workspace.review(workspace.save_draft(draft).id)
    (message,) = _copied(report, 0)
    assert message.startswith(f"100% carried over verbatim from statement {ids['dorset-2026-08.txt']} ¶2")


def test_a_sentence_filled_from_a_template_is_named_as_the_templates(reviewed):
    report, _ = reviewed
    [added] = [f.message for f in report.findings if f.kind == "changed-paragraph" and f.index == 2
               and f.section == "neighbourhood-crime"]
    assert added.endswith(": filled from the template cyber-crime/fraud_reports")
