"""A synonyms file naming more new words than search keeps in memory still
finds what its entries say, words searched for before included."""

from __future__ import annotations

import pytest
from test_search_support import indexed_copy

import drafter
from drafter.search import collection


@pytest.fixture
def workspace(tmp_path):
    with drafter.open_workspace(indexed_copy(tmp_path), seed=False) as opened:
        yield opened


def test_words_searched_before_are_found_through_a_file_of_many_new_words(workspace, monkeypatch):
    monkeypatch.setattr(collection, "REMEMBERED_TERMS", 200)
    workspace.search("knife surrender bins")  # its words are now held in memory
    made_up = "".join(f"Scheme Alder{n}, Project Rowan{n}\n" for n in range(150))
    (workspace.path / "synonyms.txt").write_text(made_up + "Operation Blade, knife surrender bins\n",
                                                 encoding="utf-8")
    hits = workspace.search("Operation Blade")
    assert hits and "knife surrender bins" in hits[0].text
    assert "Operation Blade" not in hits[0].text
