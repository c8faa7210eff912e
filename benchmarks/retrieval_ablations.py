"""Ablations for retrieval_quality.py: each addition to the writer's words
scored on its own, and the other analysers, on both query sets (priority
filter off). Run through ``retrieval_quality.py --ablations``."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from retrieval_quality import Corpus, build_workspace, drafter_ranker, evaluate, print_table, spacy_model


def run_ablations(corpus: Corpus, query_sets: dict[str, list[dict]], scratch: Path) -> list[dict]:
    import numpy as np

    from drafter.search import AssociationSettings, Associations, ExpansionSettings, TfidfRetriever
    from drafter.search.build import analyses_of

    index = corpus.index
    shipped = index.expansion
    synonyms_file = corpus.workspace.path / "synonyms.txt"
    documents, *_ = analyses_of(corpus.workspace, corpus.rows, index.analyser_name, None)
    fitted = TfidfRetriever().fit([d.terms for d in documents])
    matrix, vocabulary = fitted.document_matrix_, fitted.vocabulary_

    def with_settings(name, settings, *, empty_synonyms=False, associations=None, expand=True):
        index.expansion, index.associations = settings, associations
        if empty_synonyms:
            synonyms_file.write_text("", encoding="utf-8")
        try:
            return _score(name, drafter_ranker(corpus.workspace, corpus.position, expand=expand),
                          corpus, query_sets)
        finally:
            index.expansion, index.associations = shipped, None
            synonyms_file.unlink(missing_ok=True)

    rows = []
    rows += with_settings("writer's words only", shipped, expand=False)
    rows += with_settings("+ spelling variants (no synonyms file)", shipped, empty_synonyms=True)
    rows += with_settings("+ synonyms file (no spelling variants)", ExpansionSettings(variants=False))
    rows += with_settings("synonyms file + spelling variants, no feedback",
                          ExpansionSettings(feedback_documents=0))
    rows += with_settings("shipped: synonyms file + spelling variants + feedback", shipped)
    rows += with_settings("feedback from 3 groups, 30 terms", ExpansionSettings(feedback_documents=3,
                                                                                 feedback_terms=30))
    storylines = Associations.learn(matrix, np.asarray(corpus.group_of), vocabulary, AssociationSettings())
    for weight in (0.1, 0.3):
        rows += with_settings(f"+ associations, storyline LSA, x{weight}",
                              ExpansionSettings(association_weight=weight), associations=storylines)

    paragraphs = Associations.learn(matrix, np.arange(matrix.shape[0]), vocabulary,
                                    AssociationSettings(max_share=0.05))
    rows += with_settings("+ associations, paragraph LSA, x0.1",
                          ExpansionSettings(association_weight=0.1), associations=paragraphs)

    for label, model in (("lookup lemmatizer (no tagger)", "lookup"),
                         ("no lemmas (blank tokenizer)", "none")):
        if model == "lookup" and importlib.util.find_spec("spacy_lookups_data") is None:
            print(f"{label}: not run (spacy-lookups-data is not installed)")
            continue
        other = build_workspace(scratch / f"ws-{model}", model)
        with spacy_model(model):
            variant = Corpus(other)
            # Judged by the shipped index's groups, so only the analysis differs.
            variant.group_of = corpus.group_of
            rows += _score(label, drafter_ranker(other, variant.position), variant, query_sets, corpus)
        other.close()
    rows += _earlier_version_links(scratch, query_sets)
    print("\nAblations (priority filter off):")
    for set_name in query_sets:
        print(f"{set_name} set:")
        print_table([row for row in rows if row["set"] == set_name])
    print("spaCy word vectors: not run. No spaCy package with word vectors installs from this machine's "
          "package index (en_core_web_md and en_core_web_lg are not published there; the installed "
          "en_core_web_sm has no static vectors).")
    return rows


def _score(name, rank, corpus: Corpus, query_sets, judged_by: Corpus | None = None) -> list[dict]:
    rows = []
    for set_name, queries in query_sets.items():
        relevant = (judged_by or corpus).judged(queries)
        result = evaluate(name, rank, queries, relevant, corpus.allowed, corpus.group_of, filters=(False,))
        for row in result:
            row["set"] = set_name
            row["ablation"] = True
        rows += result
    return rows


def _earlier_version_links(scratch: Path, query_sets) -> list[dict]:
    """The index with the version-link settings used before (similarity 0.15,
    1.25 times any rival), judged by its own groups: what collapsing showed."""
    import drafter.search.build as build
    import drafter.search.versions as versions

    kept = build.VERSION_THRESHOLD, versions.DISTINCT_BY
    build.VERSION_THRESHOLD, versions.DISTINCT_BY = 0.15, 1.25
    try:
        other = build_workspace(scratch / "ws-earlier-links")
        variant = Corpus(other)
        print(f"earlier version links: {len(set(variant.group_of))} near-duplicate groups")
        rows = _score("version links as before (0.15, 1.25x)", drafter_ranker(other, variant.position),
                      variant, query_sets)
        other.close()
        return rows
    finally:
        build.VERSION_THRESHOLD, versions.DISTINCT_BY = kept
