"""A query of punctuation or symbols alone is refused as having no words,
not as having "only common words and figures", which it does not have."""

from __future__ import annotations

import pytest
from test_search_support import indexed_copy

import drafter
from drafter.errors import BadQuery


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    with drafter.open_workspace(indexed_copy(tmp_path_factory.mktemp("no-words")), seed=False) as opened:
        yield opened


@pytest.mark.parametrize("query", ["?!...,;", "🚓🚓", "— – •"])
def test_punctuation_or_symbols_alone_have_no_words(workspace, query):
    with pytest.raises(BadQuery, match=r"^empty query: .* has no words, only punctuation or symbols$"):
        workspace.search(query)


def test_common_words_and_figures_are_named_as_such(workspace):
    with pytest.raises(BadQuery, match=r"has only common words and figures$"):
        workspace.search("the 2025 and 101 of it")
