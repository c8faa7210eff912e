"""The TF-IDF retriever as a scikit-learn style estimator, and its saved form."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.utils.validation import check_is_fitted

from drafter.search import TfidfRetriever, group_near_duplicates

DOCUMENTS = [
    ["knife", "surrender", "bin", "weapon", "_num_"],
    ["county", "line", "child", "courier", "drug"],
    ["romance", "fraud", "bank", "scam", "victim"],
    ["knife", "crime", "school", "talk", "young", "people"],
]


def test_follows_scikit_learn_estimator_conventions():
    retriever = TfidfRetriever(max_query_terms=5, k1=1.5)
    assert retriever.get_params()["max_query_terms"] == 5
    copy = clone(retriever)
    assert copy is not retriever and copy.get_params() == retriever.get_params()
    with pytest.raises(NotFittedError):
        check_is_fitted(retriever)
    assert retriever.fit(DOCUMENTS) is retriever
    check_is_fitted(retriever)
    assert retriever.n_documents_ == 4 and "knife" in retriever.vocabulary_


def test_scores_rank_documents_sharing_rare_terms_first():
    retriever = TfidfRetriever().fit(DOCUMENTS)
    scores = retriever.score(["knife", "bin"])
    assert scores.argmax() == 0
    assert scores[3] > 0 and scores[1] == 0 and scores[2] == 0
    assert 0 < scores.max() <= 1


def test_query_terms_beyond_the_cap_are_the_lightest():
    retriever = TfidfRetriever(max_query_terms=2).fit(DOCUMENTS)
    columns, _ = retriever.query_weights(["knife", "romance", "courier"])
    kept = {retriever.terms_[c] for c in columns}
    assert "knife" not in kept and len(kept) == 2  # "knife" is in two documents: lowest IDF


def test_saved_retriever_scores_exactly_as_the_fitted_one(tmp_path):
    retriever = TfidfRetriever().fit(DOCUMENTS)
    retriever.to_disk(tmp_path / "retriever")
    loaded = TfidfRetriever.from_disk(tmp_path / "retriever")
    check_is_fitted(loaded)
    assert loaded.get_params() == retriever.get_params()
    query = ["knife", "school", "fraud"]
    np.testing.assert_array_equal(loaded.score(query), retriever.score(query))
    assert loaded.contains(3, "school") and not loaded.contains(0, "school")


def test_near_duplicate_groups_join_copies_and_keep_different_paragraphs_apart():
    documents = [
        ["knife", "surrender", "bin", "_num_", "weapon", "deposit"],
        ["knife", "surrender", "bin", "_num_", "weapon", "deposit"],           # new figures
        ["knife", "surrender", "bin", "_num_", "weapon", "deposit", "week"],   # one word more
        ["county", "line", "child", "courier", "drug"],
    ]
    retriever = TfidfRetriever().fit(documents)
    groups = group_near_duplicates(retriever.document_matrix_, [" ".join(d) for d in documents], 0.7,
                                   sources=[1, 2, 3, 3])
    assert groups[0] == groups[1] == groups[2] != groups[3]


def test_long_query_ignores_terms_most_documents_have():
    documents = [["police", "force", f"topic{i}", f"place{i}"] for i in range(40)]
    retriever = TfidfRetriever(long_query_terms=3, long_query_max_df=0.5).fit(documents)
    short, _ = retriever.query_weights(["police", "topic1"])
    assert "police" in {retriever.terms_[c] for c in short}
    long_query = ["police", "force", "topic1", "topic2", "place3", "place4"]
    columns, _ = retriever.query_weights(long_query)
    assert {retriever.terms_[c] for c in columns} == {"topic1", "topic2", "place3", "place4"}


def test_rewritten_paragraph_is_linked_to_its_previous_version_in_the_same_force():
    documents = [
        # Wyvernshire, spring: bins paragraph and a statistics paragraph
        ["knife", "surrender", "bin", "install", "station", "weapon"],
        ["knife", "offence", "record", "rise", "quarter"],
        # Wyvernshire, summer: the bins paragraph rewritten, the statistics updated
        ["bin", "network", "grow", "surrender", "site", "library"],
        ["knife", "offence", "record", "fall", "quarter"],
        # Marchland, summer: a bins paragraph of another force
        ["knife", "surrender", "bin", "install", "station", "weapon", "amnesty"],
    ]
    statements = [("Wyvernshire", "2024-03", 1)] * 2 + [("Wyvernshire", "2024-06", 2)] * 2 \
        + [("Marchland", "2024-06", 3)]
    retriever = TfidfRetriever().fit(documents)
    groups = group_near_duplicates(retriever.document_matrix_, [" ".join(d) for d in documents], 0.95,
                                   sources=[s[2] for s in statements], statements=statements,
                                   sections=["serious-violence"] * 5, version_threshold=0.15)
    assert groups[0] == groups[2]          # the bins paragraph and its rewrite
    assert groups[1] == groups[3]          # the statistics and their update
    assert groups[0] != groups[1]
    assert groups[4] not in (groups[0], groups[1])  # another force's paragraph stays apart
