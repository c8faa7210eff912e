"""Finding past paragraphs like the one a writer is working on.

``terms`` turns paragraphs into index terms with spaCy (and queries without
it), ``tfidf`` is the retriever over one segment and ``collection`` searches
the main and delta segments as one; ``duplicates`` groups near-copies across
statements, ``associations`` learns which words are used for the same
things, ``classifier`` predicts a paragraph's priority; ``build`` makes the
index from the corpus and ``delta`` keeps it up to date between full
builds, ``files`` keeps it on disk, ``loaded`` holds it in memory;
``synonyms`` reads the workspace's synonyms file, ``spelling`` and
``expansion`` turn a writer's words into weighted terms, ``query``
answers searches and ``relevance`` says how close each hit is.
"""

from drafter.search.associations import Associations, AssociationSettings
from drafter.search.build import build_index
from drafter.search.duplicates import group_near_duplicates
from drafter.search.expansion import ExpansionSettings
from drafter.search.files import current_dir as index_directory
from drafter.search.files import index_is_current
from drafter.search.loaded import LoadedIndex
from drafter.search.loaded import index_for as loaded_index
from drafter.search.loaded import remember as remember_index
from drafter.search.query import check_query, classify, prepare, prepare_meaning, search
from drafter.search.relevance import RELEVANCE_LEVELS, relevance_level
from drafter.search.results import Classification, IndexReport, SearchHit
from drafter.search.synonyms import (
    SynonymRule,
    bundled_synonyms,
    parse_synonyms,
    read_synonyms,
    workspace_synonyms,
)
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
    "Analysis", "AssociationSettings", "Associations", "Classification", "ExpansionSettings", "IndexReport",
    "LoadedIndex", "QueryAnalyser", "SearchHit", "SynonymRule", "TfidfRetriever", "analyse_texts",
    "analyser_id", "build_index", "bundled_synonyms", "check_query", "class_term", "classify",
    "group_near_duplicates", "index_directory", "index_is_current", "is_class_term",
    "learn_lemmas", "loaded_index", "mark_figures", "parse_synonyms", "prepare_meaning", "read_synonyms",
    "RELEVANCE_LEVELS", "relevance_level", "remember_index", "search", "workspace_synonyms",
]
