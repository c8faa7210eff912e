"""Words written with a PDF's ligatures ("ﬁrearms", "oﬀences") or full-width
letters ("ＶＲＵ") are found as the same words written plainly, in a query
pasted from a PDF and in a stored paragraph."""

from __future__ import annotations

import pytest
from test_search_support import add, indexed_copy

import drafter
from drafter.statement import Paragraph, Section, Statement


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = indexed_copy(tmp_path_factory.mktemp("ligatures"))
    with drafter.open_workspace(root, seed=False) as opened:
        add(opened, Statement(title="Wyvernshire statement", force="Wyvernshire", date="2024-09", sections=[
            Section("Serious violence", "serious-violence", [
                Paragraph(1, "Oﬃcers seized eleven crossbows in the ﬁrst week of the amnesty."),
            ])]), "wyvernshire-2024-09.txt")
        yield opened


def test_a_query_pasted_with_ligatures_finds_the_plain_words(workspace):
    plain = [(hit.paragraph_id, hit.score) for hit in workspace.search("first week of the amnesty")]
    assert plain and [(hit.paragraph_id, hit.score) for hit in workspace.search("ﬁrst week of the amnesty")] == plain


def test_a_stored_paragraph_with_ligatures_is_found_by_plain_words(workspace):
    hits = workspace.search("officers seized crossbows")
    assert hits and hits[0].text.startswith("Oﬃcers seized eleven crossbows")
    assert "officers" in [word.lower() for word in hits[0].matched]


def test_full_width_letters_are_the_plain_letters(workspace):
    assert [hit.paragraph_id for hit in workspace.search("ｃｒｏｓｓｂｏｗｓ")] == \
        [hit.paragraph_id for hit in workspace.search("crossbows")] != []
