"""A built index in memory: loaded once per process and kept until the corpus
moves on, ranking paragraphs for a query's terms."""

from __future__ import annotations

import json
from pathlib import Path

from drafter.errors import SearchIndexError
from drafter.search.build import SECTION_CODES, build_index
from drafter.search.files import current_dir, index_root, is_current, read_meta


class LoadedIndex:
    """An index in memory, ready to answer queries."""

    def __init__(self, directory: Path, meta: dict, retriever, classifier, query_tables: dict,
                 arrays: dict):
        from drafter.search.terms import QueryAnalyser

        self.directory = directory
        self.meta = meta
        self.generation = meta["generation"]
        self.analyser_name = meta["analyser"]
        self.retriever = retriever
        self.classifier = classifier
        self.analyser = QueryAnalyser(query_tables["stop_words"], query_tables["lemmas"],
                                      retriever.vocabulary_, query_tables.get("exceptions"),
                                      query_tables.get("rules"))
        self.paragraph_ids = arrays["paragraph_ids"]
        self.codes = arrays["codes"]
        self.groups = arrays["groups"]
        self.group_indptr = arrays["group_indptr"]
        self.group_members = arrays["group_members"]
        self.also_in = arrays["also_in"]
        self._masks: dict[int, object] = {}

    @classmethod
    def load(cls, directory: Path) -> "LoadedIndex":
        import numpy as np

        from drafter.search.classifier import PriorityClassifier
        from drafter.search.tfidf import TfidfRetriever

        meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
        retriever = TfidfRetriever.from_disk(directory / "retriever")
        classifier = PriorityClassifier.from_disk(directory / "classifier") \
            if (directory / "classifier").is_dir() else None
        query_tables = json.loads((directory / "query.json").read_text(encoding="utf-8"))
        arrays = {key: np.load(directory / f"{key}.npy") for key in
                  ("paragraph_ids", "codes", "groups", "group_indptr", "group_members", "also_in")}
        return cls(directory, meta, retriever, classifier, query_tables, arrays)

    def _mask(self, code: int):
        mask = self._masks.get(code)
        if mask is None:
            mask = self._masks[code] = (self.codes == code).astype("float64")
        return mask

    def rank(self, terms: list[str], *, priority: str | None, limit: int,
             collapse: bool = True) -> list[tuple[int, float]]:
        """(document, score) of the best ``limit`` groups, each shown by its
        newest member (the newest matching ``priority`` when given); with
        ``collapse`` off, the best ``limit`` paragraphs."""
        import numpy as np

        from drafter.search.terms import is_class_term

        # Figures are in nearly every paragraph: scoring them costs the
        # longest postings for no ranking gain (benchmarks/README.md).
        columns, weights = self.retriever.query_vector([t for t in terms if not is_class_term(t)])
        if not len(columns):
            return []
        scores, touched = self.retriever.score_postings(columns, weights)
        code = SECTION_CODES[priority] if priority else None
        if code is not None:
            scores *= self._mask(code)
        if not collapse:
            touched = np.flatnonzero(scores)
            return [(int(d), float(scores[d])) for d in _best(touched, scores[touched], limit)]
        n = len(scores)
        if len(touched) * 4 > n:
            # Most paragraphs scored (a pasted paragraph): the best few hundred
            # usually hold enough distinct groups; walking them best first
            # meets each group at its best member.
            top = _top_positive(scores, limit * 20)
            hits, seen = [], set()
            for document in top[np.lexsort((top, -scores[top]))].tolist():
                score = float(scores[document])
                if score <= 0:
                    break
                group = int(self.groups[document])
                if group in seen:
                    continue
                seen.add(group)
                hits.append((self._representative(group, code), score))
                if len(hits) == limit:
                    return hits
        # Otherwise (few paragraphs scored, or many near-copies among the best)
        # a group's score is its best member's, in one pass over the postings
        # read (a paragraph read twice is harmless to a maximum).
        best = np.zeros(len(self.group_indptr) - 1)
        np.maximum.at(best, self.groups[touched], scores[touched])
        groups = np.flatnonzero(best)
        return [(self._representative(int(g), code), float(best[g]))
                for g in _best(groups, best[groups], limit)]

    def _representative(self, group: int, code: int | None) -> int:
        members = self.group_members[self.group_indptr[group]:self.group_indptr[group + 1]]
        if code is None:
            return int(members[0])
        for member in members.tolist():
            if self.codes[member] == code:
                return member
        return int(members[0])

    def matched_words(self, documents: list[int], pairs: list[tuple[str, str]]) -> list[list[str]]:
        """For each document, the query's words (as written) whose terms it has."""
        from drafter.search.terms import is_class_term

        wanted = [(term, written) for term, written in pairs if not is_class_term(term)]
        known = self.retriever.vocabulary_.columns([term for term, _ in wanted]).tolist()
        columns = [(column, written) for column, (_, written) in zip(known, wanted) if column >= 0]
        words: list[list[str]] = []
        for document in documents:
            has = self.retriever.document_terms(document)
            found: list[str] = []
            for column, written in columns:
                if column in has and written not in found:
                    found.append(written)
            words.append(found)
        return words


def _top_positive(scores, count: int):
    """Indices of the ``count`` highest positive scores (unordered).

    Partitioning only the positive scores: ``argpartition`` over all of them,
    most zeros, took 25 times longer on some queries' scores (introselect's
    worst case on long runs of equal values).
    """
    import numpy as np

    positive = np.flatnonzero(scores > 0)
    if len(positive) <= count:
        return positive
    values = scores[positive]
    return positive[np.argpartition(values, len(values) - count)[len(values) - count:]]


def _best(items, values, limit: int):
    """The ``limit`` items with the highest values, best first (ties: lower item first)."""
    import numpy as np

    if len(items) > limit:
        keep = np.argpartition(values, len(values) - limit)[len(values) - limit:]
        items, values = items[keep], values[keep]
    return items[np.lexsort((items, -values))].tolist()


_loaded: dict[str, LoadedIndex] = {}


def remember(workspace, index: LoadedIndex) -> None:
    _loaded[str(index_root(workspace))] = index


def index_for(workspace) -> LoadedIndex:
    """The current index, loading or (re)building it when needed."""
    from drafter.search.terms import analyser_id
    from drafter.store.statements import generation

    corpus_generation = generation(workspace.database)
    analyser = analyser_id()
    key = str(index_root(workspace))
    index = _loaded.get(key)
    if index is not None and index.generation == corpus_generation and index.analyser_name == analyser:
        return index
    for _attempt in range(2):
        directory = current_dir(workspace)
        if is_current(read_meta(directory), corpus_generation, analyser):
            try:
                index = LoadedIndex.load(directory)
            except (OSError, ValueError, KeyError):
                continue  # replaced while being read: look again
            _loaded[key] = index
            return index
        break
    build_index(workspace)
    index = _loaded.get(key)
    if index is None:
        raise SearchIndexError(f"{index_root(workspace)}: the search index could not be built")
    return index
