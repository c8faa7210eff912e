"""A built index in memory: loaded once per process and kept until the corpus
moves on, turning a query into weighted terms and ranking paragraphs."""

from __future__ import annotations

import json
import threading
from pathlib import Path

from drafter.errors import SearchIndexError
from drafter.search.build import SECTION_CODES, build_index
from drafter.search.files import current_dirs, index_root, is_current, read_meta


class LoadedIndex:
    """An index in memory, ready to answer queries.

    ``arrays`` hold per paragraph (main segment's, then the delta's): the
    paragraph id, its section code and its near-duplicate group; per group:
    its members newest first and how many other statements carry it.
    """

    def __init__(self, directory: Path, meta: dict, retriever, classifier, query_tables: dict,
                 arrays: dict, *, associations=None, delta=None):
        from drafter.search.collection import Collection
        from drafter.search.expansion import ExpansionSettings
        from drafter.search.terms import QueryAnalyser

        self.directory = directory
        self.meta = meta
        self.delta = delta
        self.generation = delta.meta["generation"] if delta is not None else meta["generation"]
        self.analyser_name = meta["analyser"]
        self.retriever = retriever
        self.classifier = classifier
        self.associations = associations
        self.query_tables = query_tables
        self.main_arrays = arrays
        self.expansion = ExpansionSettings(**meta.get("expansion", {}))
        if delta is not None:
            self.collection = Collection(retriever, delta.retriever, delta.removed)
            lemmas = {**query_tables["lemmas"], **delta.lemmas}
            arrays = delta.arrays
        else:
            self.collection = Collection(retriever)
            lemmas = query_tables["lemmas"]
        self.analyser = QueryAnalyser(query_tables["stop_words"], lemmas, self.collection,
                                      query_tables.get("exceptions"), query_tables.get("rules"))
        self.arrays = arrays
        self.paragraph_ids = arrays["paragraph_ids"]
        self.codes = arrays["codes"]
        self.groups = arrays["groups"]
        self.group_indptr = arrays["group_indptr"]
        self.group_members = arrays["group_members"]
        self.also_in = arrays["also_in"]
        self._masks: dict[int, object] = {}
        self._synonyms: tuple | None = None
        self._forms: dict[str, list[str]] | None = None
        self._variants: dict = {}
        self._lock = threading.Lock()

    @classmethod
    def load(cls, directory: Path, delta_directory: Path | None = None) -> "LoadedIndex":
        import numpy as np

        from drafter.search.classifier import PriorityClassifier
        from drafter.search.tfidf import TfidfRetriever

        meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
        retriever = TfidfRetriever.from_disk(directory / "retriever")
        classifier = PriorityClassifier.from_disk(directory / "classifier") \
            if (directory / "classifier").is_dir() else None
        query_tables = json.loads((directory / "query.json").read_text(encoding="utf-8"))
        arrays = {key: np.load(directory / f"{key}.npy") for key in ARRAY_NAMES}
        delta = None
        if delta_directory is not None:
            from drafter.search.delta import Delta

            delta = Delta.from_disk(delta_directory)
        return cls(directory, meta, retriever, classifier, query_tables, arrays, delta=delta)

    # -- queries ------------------------------------------------------------------
    def synonyms(self, path: Path):
        """The synonyms file at ``path`` (the bundled one when there is none)
        in this index's terms, read again when it changes."""
        from drafter.search.synonyms import SynonymMap, file_stamp, read_synonyms

        source, stamp = file_stamp(path)
        held = self._synonyms
        if held is not None and held[0] == (source, stamp):
            return held[1]
        with self._lock:
            compiled = SynonymMap(read_synonyms(source), self._entry_terms, source)
            self._synonyms = ((source, stamp), compiled)
        return compiled

    def _entry_terms(self, entry: str) -> list[str]:
        from drafter.search.terms import is_class_term

        return [term for term, _ in self.analyser.analyse(entry) if not is_class_term(term)]

    def plan(self, pairs: list[tuple[str, str]], synonyms=None, *, expand: bool = True):
        """Weighted terms for analysed query pairs (see ``expansion.py``)."""
        from drafter.search.expansion import ExpansionSettings, plan_query
        from drafter.search.terms import is_class_term

        # Figures are in nearly every paragraph: scoring them costs the
        # longest postings for no ranking gain (benchmarks/README.md).
        pairs = [(term, word) for term, word in pairs if not is_class_term(term)]
        settings = self.expansion if expand else ExpansionSettings(
            synonym_weight=0.0, association_weight=0.0, variants=False)
        return plan_query(pairs, self.collection, self.retriever, lemma=self.analyser.lemma,
                          synonyms=synonyms if expand else None,
                          associations=self.associations if expand else None, settings=settings,
                          memo=self._variants)

    def _mask(self, code: int):
        mask = self._masks.get(code)
        if mask is None:
            mask = self._masks[code] = (self.codes == code).astype("float64")
        return mask

    def rank(self, plan, *, priority: str | None, limit: int,
             collapse: bool = True) -> list[tuple[int, float]]:
        """(document, score) of the best ``limit`` groups, each shown by its
        newest member (the newest matching ``priority`` when given); with
        ``collapse`` off, the best ``limit`` paragraphs. Equal scores are
        ordered by paragraph id, whatever segment a paragraph is in."""
        import numpy as np

        if not plan:
            return []
        scores, _ = self.collection.score(plan.terms, plan.weights)
        code = SECTION_CODES[priority] if priority else None
        if code is not None:
            scores *= self._mask(code)
        if not collapse:
            touched = np.flatnonzero(scores)
            return [(int(d), float(scores[d])) for d in self._best(touched, scores[touched], limit)]
        # Walking paragraphs best first meets each group at its best member:
        # the first ``limit`` groups met are the best ``limit`` groups. The
        # best few hundred paragraphs usually hold them; if not (many
        # near-copies among the best), four times as many are taken.
        wanted = limit * 20
        while True:
            top = _top_positive(scores, wanted)
            hits, seen = [], set()
            groups = self.groups[top]
            order = np.lexsort((self.paragraph_ids[top], -scores[top]))
            for document, group in zip(top[order].tolist(), groups[order].tolist()):
                if group in seen:
                    continue
                seen.add(group)
                hits.append((self._representative(group, code), float(scores[document])))
                if len(hits) == limit:
                    return hits
            if len(top) < wanted:  # every paragraph that scored was walked
                return hits
            wanted *= 4

    def _best(self, documents, values, limit: int):
        return _best(documents, values, limit, self.paragraph_ids[documents])

    def _representative(self, group: int, code: int | None) -> int:
        members = self.group_members[self.group_indptr[group]:self.group_indptr[group + 1]]
        if code is None:
            return int(members[0])
        for member in members.tolist():
            if self.codes[member] == code:
                return member
        return int(members[0])

    def matched_words(self, documents: list[int], plan, texts: list[str]) -> list[list[str]]:
        """For each document, the writer's words it matches (directly or
        through an expansion), then the expanded words it contains as
        written in its text."""
        columns = self.collection.columns(plan.terms)
        words: list[list[str]] = []
        for document, text in zip(documents, texts):
            segment, local = self.collection.segment_of(document)
            has = segment.document_terms(local)
            known = columns[self.collection.segments.index(segment)].tolist()
            found: list[str] = []
            extra: set[str] = set()
            for term, column in zip(plan.terms, known):
                if column < 0 or column not in has:
                    continue
                found.extend(w for w in plan.words_of.get(term, ()) if w not in found)
                if term in plan.expanded:
                    extra.add(term)
            if extra:
                found.extend(w for w in self._written_forms(text, extra) if w not in found)
            words.append(found)
        return words

    def _written_forms(self, text: str, terms: set[str]) -> list[str]:
        """Words of ``text`` whose term is one of ``terms``, as written."""
        import re

        if self._forms is None:
            forms: dict[str, list[str]] = {}
            for word, lemma in self.analyser.lemmas.items():
                forms.setdefault(lemma, []).append(word)
            self._forms = forms
        alternatives = sorted({form for term in terms for form in [term, *self._forms.get(term, ())]},
                              key=len, reverse=True)
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, alternatives)) + r")\b", re.IGNORECASE)
        written: list[str] = []
        for match in pattern.finditer(text):
            if match.group() not in written:
                written.append(match.group())
        return written


ARRAY_NAMES = ("paragraph_ids", "statement_ids", "dates", "positions", "codes", "term_keys",
               "groups", "group_indptr", "group_members", "also_in")


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


def _best(items, values, limit: int, keys):
    """The ``limit`` items with the highest values, best first (ties: lower key first)."""
    import numpy as np

    if len(items) > limit:
        keep = np.argpartition(values, len(values) - limit)[len(values) - limit:]
        # Items tied with the last one kept may be left out unevenly: take them all.
        floor = values[keep].min()
        keep = np.flatnonzero(values >= floor)
        items, values, keys = items[keep], values[keep], keys[keep]
    return items[np.lexsort((keys, -values))][:limit].tolist()


_loaded: dict[str, LoadedIndex] = {}


def remember(workspace, index: LoadedIndex) -> None:
    _loaded[str(index_root(workspace))] = index


def loaded_main(workspace, directory: Path) -> LoadedIndex:
    """The index whose main segment is ``directory``: the one in memory when
    it is that, else loaded (its delta, if any, is not needed)."""
    held = _loaded.get(str(index_root(workspace)))
    if held is not None and held.directory == directory:
        return held
    return LoadedIndex.load(directory)


def index_for(workspace) -> LoadedIndex:
    """The current index, loading or refreshing it when needed."""
    from drafter.search.terms import analyser_id
    from drafter.store.statements import generation

    corpus_generation = generation(workspace.database)
    analyser = analyser_id()
    key = str(index_root(workspace))
    index = _loaded.get(key)
    if index is not None and index.generation == corpus_generation and index.analyser_name == analyser:
        return index
    for _attempt in range(2):
        main, delta = current_dirs(workspace)
        if is_current(read_meta(main), read_meta(delta), corpus_generation, analyser):
            try:
                index = LoadedIndex.load(main, delta)
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
