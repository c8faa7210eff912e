"""The index's life: built, saved with its metadata, noticed stale, refreshed."""

from __future__ import annotations

import json

import pytest
from test_search_support import STATEMENTS, add, fill, indexed_copy

import drafter
import drafter.search as indexing
from drafter.search import analyser_id
from drafter.statement import Paragraph, Section, Statement


@pytest.fixture
def workspace(tmp_path):
    with drafter.open_workspace(indexed_copy(tmp_path), seed=False) as opened:
        yield opened


def _cycling_statement() -> Statement:
    return Statement(
        title="Wyvernshire statement", force="Wyvernshire", date="2024-09",
        sections=[Section("Neighbourhood crime", "neighbourhood-crime", [
            Paragraph(1, "Bicycle marking events at railway stations deterred cycle thieves."),
        ])],
    )


def test_saved_index_records_what_made_it(workspace):
    directory = indexing.index_directory(workspace)
    meta = json.loads((directory / "meta.json").read_text())
    assert directory.parent == workspace.models_dir / "search"
    assert meta["generation"] == workspace.corpus_generation()
    assert meta["analyser"] == analyser_id()
    assert meta["paragraphs"] == sum(s.paragraph_count for s in STATEMENTS)
    assert {"spacy", "scikit-learn", "numpy", "model"} <= set(meta["versions"])
    assert meta["built_at"] and meta["build_seconds"] >= 0


def test_adding_a_statement_makes_the_index_stale_and_search_refreshes_it(workspace):
    assert workspace.index_is_current()
    assert workspace.search("bicycle marking") == []
    add(workspace, _cycling_statement(), "wyvernshire-2024-09.txt")
    assert not workspace.index_is_current()
    hits = workspace.search("bicycle marking")
    assert hits and hits[0].date == "2024-09"
    assert workspace.index_is_current()


def test_removing_a_statement_drops_its_paragraphs_from_results(workspace):
    marchland = next(s for s in workspace.list_statements() if s.force == "Marchland")
    assert any(hit.force == "Marchland" for hit in workspace.search("machete hedges"))
    workspace.remove_statement(marchland.id)
    assert not any(hit.force == "Marchland" for hit in workspace.search("machete hedges"))


def test_rebuild_reuses_cached_analyses(workspace):
    report = workspace.build_index(rebuild=True)
    assert report.paragraphs == sum(s.paragraph_count for s in STATEMENTS)
    assert report.analysed == 0
    assert report.reused > 0 and not report.up_to_date


def test_refresh_parses_only_the_new_paragraphs(workspace):
    before = workspace.build_index(rebuild=True).paragraphs
    add(workspace, _cycling_statement(), "wyvernshire-2024-09.txt")
    report = workspace.build_index()
    assert (report.analysed, report.reused) == (1, 0)
    assert report.paragraphs == before + 1


def test_current_index_is_left_alone(workspace):
    report = workspace.build_index()
    assert report.up_to_date and report.analysed == 0


def test_first_build_analyses_every_distinct_text(tmp_path):
    with drafter.open_workspace(tmp_path / "fresh", seed=False) as fresh:
        fill(fresh)
        report = fresh.build_index()
    distinct = {p.text.lower() for s in STATEMENTS for sec in s.sections for p in sec.paragraphs}
    assert (report.analysed, report.reused) == (len(distinct), 0)


def test_index_from_another_analyser_is_not_current(workspace, monkeypatch):
    monkeypatch.setenv("DRAFTER_SPACY_MODEL", "none")
    assert not workspace.index_is_current()


def test_build_reports_progress(workspace):
    seen = []
    workspace.build_index(rebuild=True, progress=lambda what, done, total: seen.append((what, done, total)))
    assert seen and seen[-1][1] == seen[-1][2]


def test_unlabelled_paragraphs_get_a_stored_prediction(workspace):
    rows = workspace.database.query(
        "SELECT predicted_priority, predicted_confidence FROM paragraphs WHERE priority IS NULL")
    assert [row["predicted_priority"] for row in rows] == ["cyber-crime"]
    assert 0 < rows[0]["predicted_confidence"] <= 1
    labelled = workspace.database.query(
        "SELECT COUNT(*) AS n FROM paragraphs WHERE priority IS NOT NULL AND predicted_priority IS NOT NULL")
    assert labelled[0]["n"] == 0


def test_empty_corpus_searches_to_nothing(tmp_path):
    with drafter.open_workspace(tmp_path / "empty", seed=False) as empty:
        assert empty.search("knife surrender bins") == []
        assert empty.index_is_current()


def test_a_build_reads_the_paragraphs_it_indexes_without_their_text(workspace):
    from drafter.store.statements import corpus_paragraphs, index_rows, texts_by_hash

    full, lean = corpus_paragraphs(workspace.database), index_rows(workspace.database)
    assert lean and [{key: row[key] for key in lean[0]} for row in full] == lean
    first = full[0]
    assert texts_by_hash(workspace.database, [first["text_hash"], "0" * 64]) == {first["text_hash"]: first["text"]}


def test_analyses_read_in_bulk_equal_those_looked_up_one_by_one(workspace, monkeypatch):
    from drafter.store import analyses
    from drafter.store.statements import index_rows

    hashes = list(dict.fromkeys(row["text_hash"] for row in index_rows(workspace.database))) + ["0" * 64]
    looked_up = analyses.cached(workspace.database, analyser_id(), hashes)
    assert len(looked_up) == len(hashes) - 1
    monkeypatch.setattr(analyses, "BULK_FROM", 1)
    assert analyses.cached(workspace.database, analyser_id(), hashes) == looked_up
    # Far fewer asked for than the cache holds: looked up one by one again.
    assert analyses.cached(workspace.database, analyser_id(), hashes[:2]) == {h: looked_up[h] for h in hashes[:2]}
