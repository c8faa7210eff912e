"""A review of the numbers alone (the template check's): the same findings
about every number as the whole review, and none of its comparisons with
past statements, acronyms, coverage or plain English."""

from __future__ import annotations

from pathlib import Path

from drafter.settings import bundled_statements

# What the whole review says about the words: where they came from, what changed, how they read.
WORDING_KINDS = ("changed-paragraph", "copied-paragraph", "missing-applicability", "plain-english",
                 "undefined-acronym")


def _number_findings(report) -> list[tuple]:
    return sorted((f.kind, f.section, f.paragraph, f.message) for f in report.findings
                  if f.kind not in WORDING_KINDS)


def test_the_numbers_alone_are_found_as_the_whole_review_finds_them(seeded_workspace):
    newest = seeded_workspace.list_statements()[0]
    statement = str(bundled_statements() / Path(newest.file).name)
    whole = seeded_workspace.review(statement)
    numbers_alone = seeded_workspace.review(statement, figures_only=True)
    assert [m.status for m in numbers_alone.figures] == [m.status for m in whole.figures]
    assert _number_findings(numbers_alone) == _number_findings(whole)
    assert not {f.kind for f in numbers_alone.findings} & set(WORDING_KINDS)
    assert numbers_alone.changes is None and not numbers_alone.reuse.to_dict().get("matches")
    assert not numbers_alone.coverage and not numbers_alone.plain_english
