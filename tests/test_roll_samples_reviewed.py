"""Every bundled statement copied forward and the draft reviewed: drafter
never writes a sentence its own review disputes. An error in a draft must be
one the statement copied already had (as ``drafter review FILE`` reviews
it), or stand in a paragraph whose words the roll listed as left for the
writer."""

from __future__ import annotations

from pathlib import Path

from drafter.settings import bundled_statements

DISPUTES = ("direction", "arithmetic", "wrong-figure", "wrong-rank", "missing-figure")


def _disputes(report) -> list:
    return [f for f in report.findings if f.kind in DISPUTES]


def test_no_draft_copied_from_a_sample_has_an_error_its_statement_did_not(seeded_workspace):
    statements = bundled_statements()
    new_errors = []
    for stored in seeded_workspace.list_statements():
        draft = seeded_workspace.new_draft(from_statement=stored.id)
        source = seeded_workspace.review(str(statements / Path(stored.file).name), figures_only=True)
        already = {(f.kind, f.section) for f in _disputes(source)}
        report = seeded_workspace.review(draft.id, figures_only=True)
        left = {(f.section, f.index) for f in report.findings if f.kind == "not-rolled"}
        new_errors += [(stored.file, f.kind, f.message) for f in _disputes(report)
                       if (f.kind, f.section) not in already and (f.section, f.index) not in left]
    assert new_errors == []


def test_the_firearms_sentence_of_the_sample_says_the_new_years_fall(seeded_workspace):
    """Severnshire's December 2024 statement says firearms offences "rose from 118 to
    127" over 2023; a quarter on, the year is 2024 and they fell."""
    source = next(s for s in seeded_workspace.list_statements() if s.force == "Severnshire" and s.date == "2024-12")
    draft = seeded_workspace.new_draft(from_statement=source.id)
    texts = [p.text for p in draft.section("serious-violence").paragraphs]
    assert any("Firearms offences fell from 127 to 109." in text for text in texts)
