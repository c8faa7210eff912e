"""Words written with a PDF's ligatures ("ﬁrearms", "oﬀences"), full-width
letters ("ＶＲＵ") or an invisible break inside them (a soft hyphen, a
zero-width space) are found as the same words written plainly, in a query
pasted from a PDF or a web page and in a stored paragraph."""

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
                Paragraph(2, "Street pastors gave out bottle\u00adcaps to stop drinks being spiked."),
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


def test_a_soft_hyphen_or_zero_width_space_inside_a_word_leaves_it_whole(workspace):
    plain = workspace.search("crossbows")
    for pasted in ("cross\u00adbows", "cross\u200bbows"):
        hits = workspace.search(pasted)
        assert [hit.paragraph_id for hit in hits] == [hit.paragraph_id for hit in plain] != []
        assert hits[0].matched == ["crossbows"]
    hits = workspace.search("bottlecaps")
    assert hits and hits[0].text.startswith("Street pastors")
