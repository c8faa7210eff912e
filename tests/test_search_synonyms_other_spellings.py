"""An acronym finds its words however a paragraph spells them: a synonyms
entry written in British spellings, or as two words, also finds them in
American spellings or written as one, as the writer's own words do."""

from __future__ import annotations

import pytest
from test_search_support import add, indexed_copy

import drafter
from drafter.statement import Paragraph, Section, Statement

SYNONYMS = ("NPT, neighbourhood team\n"
            "ASB, anti social behaviour\n")


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = indexed_copy(tmp_path_factory.mktemp("spellings"))
    with drafter.open_workspace(root, seed=False) as opened:
        add(opened, Statement(title="Wyvernshire update", force="Wyvernshire", date="2024-09", sections=[
            Section("Reduce neighbourhood crime", "neighbourhood-crime", [
                Paragraph(1, "Neighborhood teams held street meetings in every ward."),
                Paragraph(2, "Antisocial behavior patrols covered the canal towpaths at weekends."),
            ])]), "wyvernshire-2024-09.txt")
        (opened.path / "synonyms.txt").write_text(SYNONYMS, encoding="utf-8")
        yield opened


def test_an_acronym_finds_its_words_in_american_spellings(workspace):
    hits = workspace.search("NPT")
    assert hits and hits[0].text.startswith("Neighborhood teams held")
    assert hits[0].matched[0] == "NPT" and "Neighborhood" in hits[0].matched


def test_an_acronym_finds_its_words_written_as_one_and_spelt_otherwise(workspace):
    hits = workspace.search("ASB")
    assert hits and hits[0].text.startswith("Antisocial behavior patrols")
    assert {"Antisocial", "behavior"} <= set(hits[0].matched)
