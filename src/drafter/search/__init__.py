"""Finding past paragraphs like the one a writer is working on.

``terms`` turns paragraphs into index terms with spaCy (and queries without
it), ``tfidf`` is the retriever, ``duplicates`` groups near-copies across
statements, ``classifier`` predicts a paragraph's priority; ``build`` makes
the index from the corpus, ``files`` keeps it on disk, ``loaded`` holds it in
memory and ``query`` answers searches with it.
"""

from drafter.search.build import build_index
from drafter.search.duplicates import group_near_duplicates
from drafter.search.files import current_dir as index_directory
from drafter.search.files import index_is_current
from drafter.search.loaded import LoadedIndex
from drafter.search.loaded import index_for as loaded_index
from drafter.search.loaded import remember as remember_index
from drafter.search.query import check_query, classify, search
from drafter.search.results import Classification, IndexReport, SearchHit
from drafter.search.terms import (
    Analysis,
    QueryAnalyser,
    analyse_texts,
    analyser_id,
    class_term,
    is_class_term,
    learn_lemmas,
    mark_figures,
)
from drafter.search.tfidf import TfidfRetriever

__all__ = [
    "Analysis", "Classification", "IndexReport", "LoadedIndex", "QueryAnalyser", "SearchHit",
    "TfidfRetriever", "analyse_texts", "analyser_id", "build_index", "check_query", "class_term",
    "classify", "group_near_duplicates", "index_directory", "index_is_current", "is_class_term",
    "learn_lemmas", "loaded_index", "mark_figures", "remember_index", "search",
]
