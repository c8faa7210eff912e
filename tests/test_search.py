"""Searching past paragraphs: what a writer sees for a query."""

from __future__ import annotations

import pytest
from test_search_support import indexed_copy

import drafter
from drafter.errors import BadQuery, UnknownPriority


@pytest.fixture
def workspace(tmp_path):
    with drafter.open_workspace(indexed_copy(tmp_path), seed=False) as opened:
        yield opened


def test_knife_bins_query_finds_the_bins_paragraph_first(workspace):
    hits = workspace.search("knife surrender bins")
    assert "knife surrender bins" in hits[0].text
    assert hits[0].matched[:3] == ["knife", "surrender", "bins"]


def test_plural_query_word_finds_the_singular_lemma(workspace):
    # "knives" appears nowhere in the corpus; its lemma "knife" does.
    texts = [hit.text for hit in workspace.search("knives")]
    assert texts and all("knife" in text for text in texts)
    assert any("kitchen knife" in text for text in texts)
    # The writer's own word comes first; words it was expanded to follow.
    assert workspace.search("knives")[0].matched[0] == "knives"


def test_carried_forward_paragraph_collapses_to_its_newest_version(workspace):
    hits = workspace.search("knife surrender bins weapons deposited")
    bins = [hit for hit in hits if "knife surrender bins" in hit.text]
    assert len(bins) == 1
    assert bins[0].date == "2024-06"
    assert "12 knife surrender bins" in bins[0].text
    assert bins[0].also_in == 2


def test_without_collapse_every_quarter_is_listed(workspace):
    import drafter.search as indexing

    hits = indexing.search(workspace, "knife surrender bins", collapse=False)
    dates = [hit.date for hit in hits if "knife surrender bins" in hit.text]
    assert sorted(dates) == ["2023-12", "2024-03", "2024-06"]


def test_priority_filter_keeps_only_that_priority(workspace):
    unfiltered = workspace.search("officers victims money")
    assert {hit.priority for hit in unfiltered} > {"cyber-crime"}
    hits = workspace.search("officers victims money", priority="cyber-crime")
    assert hits and {hit.priority for hit in hits} == {"cyber-crime"}


def test_priority_filter_uses_the_predicted_priority_of_an_unrecognised_section(workspace):
    hits = workspace.search("courier fraud elderly customer", priority="cyber-crime")
    courier = [hit for hit in hits if "courier fraud" in hit.text]
    assert courier and courier[0].predicted


def test_paragraph_length_query_finds_its_paragraph(workspace):
    query = ("Burglary prevention teams fitted new door locks and window alarms for households "
             "that had been burgled during the last year, with advice for neighbours.")
    assert "Burglary prevention teams" in workspace.search(query)[0].text


def test_hit_carries_what_the_desk_needs(workspace):
    hit = workspace.search("county lines couriers")[0]
    data = hit.to_dict()
    assert set(data) == {"statement_id", "number", "priority", "text", "score", "level", "title",
                         "force", "date", "matched", "also_in", "also_in_other_forces", "subheading",
                         "kind", "cells", "place"}
    assert data["priority"] == "drugs-county-lines" and data["number"] == 4
    assert 0 < data["score"] <= 1
    assert hit.paragraph_id > 0 and hit.file.endswith(".txt")


def test_limit_caps_the_results(workspace):
    assert len(workspace.search("officers", limit=2)) == 2


@pytest.mark.parametrize("text", ["", "   ", "the and of it was"])
def test_empty_query_is_refused(workspace, text):
    with pytest.raises(BadQuery, match="empty query"):
        workspace.search(text)


def test_unknown_priority_is_refused_naming_the_valid_ids(workspace):
    with pytest.raises(UnknownPriority, match="knife-crime.*serious-violence"):
        workspace.search("knife", priority="knife-crime")


def test_words_the_corpus_never_used_find_nothing(workspace):
    assert workspace.search("zeppelin") == []


def test_searching_a_current_index_loads_neither_spacy_nor_scikit_learn(tmp_path):
    """Queries are analysed from the index's own tables, so a search starts fast."""
    import subprocess
    import sys

    root = indexed_copy(tmp_path)
    code = ("import sys, drafter\n"
            f"ws = drafter.open_workspace({str(root)!r}, seed=False)\n"
            "ws.prepare_search()\n"
            "hits = ws.search('knives handed in at surrender bins')\n"
            "assert hits, 'no hits'\n"
            "print(sorted(m for m in ('spacy', 'sklearn', 'scipy', 'numba') if m in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
