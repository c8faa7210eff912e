"""A built index in memory: loaded once per process and kept until the corpus
moves on, turning a query into weighted terms and ranking paragraphs."""

from __future__ import annotations

import threading
from pathlib import Path

from drafter.errors import SearchIndexError
from drafter.search.build import SECTION_CODES, build_index
from drafter.search.files import (
    DamagedIndex, current_dirs, index_root, is_current, read_main_segment, read_meta, reading_index)
from drafter.search.shown import newer_with_the_words, newest_member, own_versions, shown_members


class LoadedIndex:
    """An index in memory, ready to answer queries.

    ``arrays`` hold per paragraph (main segment's, then the delta's): the
    paragraph id, its section code and its near-duplicate group; per group:
    its members newest first and how many other statements carry it. A full
    build numbers paragraphs group by group, newest first, so that the
    entries of a group lie together (see :class:`GroupMaxima`).
    """

    def __init__(self, directory: Path, meta: dict, retriever, classifier, query_tables: dict,
                 arrays: dict, *, associations=None, delta=None, main_cache: dict | None = None):
        import numpy as np

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
        # What is worked out once from the main segment, shared by the
        # indexes a delta update makes from this one.
        self.main_cache = main_cache if main_cache is not None else {}
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
        self.entries = self.collection.entries_of_documents()
        self.live = np.ones(len(self.paragraph_ids), dtype=bool)
        self.live[self.collection.removed] = False
        self.group_best = GroupMaxima(  # each group's best entry score
            self.entries, self.groups, self.collection.size, len(self.also_in))
        self._masks: dict[int, object] = {}
        self._synonyms = None
        self._forms: dict[str, list[str]] | None = None
        self._variants: dict = {}
        self._lock = threading.Lock()

    @classmethod
    def load(cls, directory: Path, delta_directory: Path | None = None) -> "LoadedIndex":
        """The index saved in ``directory`` (and its delta); DamagedIndex when
        a file of either cannot be read back."""
        from drafter.search.delta import Delta

        delta = Delta.from_disk(delta_directory) if delta_directory is not None else None
        with reading_index(directory):
            return cls(directory, *read_main_segment(directory), delta=delta)

    # -- the main segment's statements -----------------------------------------------
    def statement_changes(self, current: set[int]):
        """(statements in ``current`` the main segment lacks, sorted; the
        main segment's documents of statements no longer in ``current``)."""
        import numpy as np

        known, statements, bounds, order = self._main_statement_index()
        gone = np.flatnonzero(~np.isin(statements, list(current))).tolist()
        removed = np.sort(np.concatenate([order[bounds[i]:bounds[i + 1]] for i in gone])) \
            if gone else np.zeros(0, dtype=np.int64)
        return sorted(current - known), removed.astype(np.int64)

    def main_statements(self) -> set[int]:
        """The statements the main segment holds."""
        return self._main_statement_index()[0]

    def _main_statement_index(self):
        """(the main segment's statements as a set and sorted; where each
        one's documents start in ``order``; its documents by statement)."""
        import numpy as np

        held = self.main_cache.get("statements")
        if held is None:
            ids = self.main_arrays["statement_ids"]
            order = np.argsort(ids, kind="stable")
            statements, starts = np.unique(ids[order], return_index=True)
            held = self.main_cache["statements"] = (set(statements.tolist()), statements,
                                                    np.append(starts, len(ids)), order)
        return held

    # -- queries ------------------------------------------------------------------
    def synonyms(self, path: Path):
        """The synonyms file at ``path`` (the bundled one when there is none)
        in this index's terms, read again when it changes. An index made by
        adding to or removing from the same main segment reuses the previous
        one's when its words are analysed the same; a new process loads the
        file compiled by an earlier one (``synonyms_cache.py``)."""
        from drafter.search.synonyms import file_stamp

        stamp = file_stamp(path)
        held = self._synonyms
        if held is not None and held.stamp == stamp:
            return held.synonyms
        with self._lock:
            lemmas = self.analyser.lemmas
            previous = self.main_cache.get("synonyms")
            if previous is not None and previous.stamp == stamp:
                self.collection.lookup(list(previous.vocabulary))  # in one go, not one by one
                if previous.holds_for(self.collection, lemmas):
                    self._synonyms = previous
                    return previous.synonyms
            from drafter.search.synonyms_cache import compiled_synonyms

            compiled = compiled_synonyms(stamp, self.directory.parent, self.analyser_name, self.collection,
                                         lemmas, self._entry_analyser)
            self._synonyms = self.main_cache["synonyms"] = compiled
        return compiled.synonyms

    def _entry_analyser(self, vocabulary, lemmas):
        """Entry → index terms, as queries are analysed, with this vocabulary
        and these lemmas."""
        from drafter.search.terms import QueryAnalyser, is_class_term

        tables = self.query_tables
        analyser = QueryAnalyser(tables["stop_words"], lemmas, vocabulary, tables.get("exceptions"),
                                 tables.get("rules"))
        return lambda entry: [term for term, _ in analyser.analyse(entry) if not is_class_term(term)]

    def plan(self, pairs: list[tuple[str, str]], synonyms=None, *, expand: bool = True, text: str = ""):
        """Weighted terms for analysed query pairs (see ``expansion.py``);
        ``text``, the query as written, lets a synonyms entry whose common
        words were dropped match only where the query has it whole."""
        from drafter.search.expansion import ExpansionSettings, plan_query
        from drafter.search.terms import CLASS_TERMS

        # Figures are in nearly every paragraph: scoring them costs the
        # longest postings for no ranking gain (benchmarks/README.md).
        pairs = [pair for pair in pairs if pair[0] not in CLASS_TERMS]
        settings = self.expansion if expand else ExpansionSettings(
            synonym_weight=0.0, association_weight=0.0, variants=False, feedback_documents=0)
        return plan_query(pairs, self.collection, self.retriever, lemma=self.analyser.lemma,
                          synonyms=synonyms if expand else None,
                          associations=self.associations if expand else None, settings=settings,
                          memo=self._variants, text=text)

    def _entry_mask(self, code: int):
        """1.0 for the entries with a live document in section ``code``, else 0.0."""
        import numpy as np

        mask = self._masks.get(code)
        if mask is None:
            mask = np.zeros(self.collection.size)
            mask[self.entries[(self.codes == code) & self.live]] = 1.0
            self._masks[code] = mask
        return mask

    def rank(self, plan, *, priority: str | None, limit: int,
             collapse: bool = True, own=None) -> list[tuple[int, float]]:
        """(document, score) of the best ``limit`` groups, each shown by its
        newest member that still carries the query's words (``shown.py``),
        the writer's force's where ``own`` (a boolean array by statement id)
        marks the statements of that force, in section ``priority`` when given; with
        ``collapse`` off, the best ``limit`` paragraphs. Equal scores are
        ordered by paragraph id (a group by its newest member's), whatever
        segment a paragraph is in. A short query is ordered again after
        pseudo-relevance feedback (``feedback.py``)."""
        if not plan:
            return []
        code = SECTION_CODES[priority] if priority else None
        scores = self.scores_for(plan, code)
        best = self.group_best(scores) if collapse or plan.feedback else None
        if not plan.feedback:
            ranked = self.ranked_from(scores, code, limit, collapse, best)
        else:
            from drafter.search.feedback import rank_with_feedback

            pool = self.ranked_from(scores, code, limit + self.expansion.feedback_depth, collapse, best)
            ranked = rank_with_feedback(self, plan, scores, best, code, pool, limit, collapse) if pool else pool
        if not collapse:
            return ranked
        if not ranked:
            return ranked
        import numpy as np

        documents, best_scores = zip(*ranked)
        shown = shown_members(self, self.groups[np.asarray(documents, dtype=np.int64)], best_scores, code, scores)
        if own is not None and own.any():
            shown = own_versions(self, shown, best_scores, code, scores, own)
        shown = newer_with_the_words(self, plan, shown, code, own)
        return list(zip(shown, best_scores))

    def scores_for(self, plan, code: int | None):
        """Every entry's score for ``plan``, zero outside section ``code``;
        an entry sharing one word only of several counts less (``coordination.py``)."""
        from drafter.search.coordination import share_out

        scores = self.collection.score(plan.columns, plan.weights)
        share_out(self.collection, plan, scores)
        if code is not None:
            scores *= self._entry_mask(code)
        return scores

    def ranked_from(self, scores, code: int | None, limit: int, collapse: bool, best=None) -> list:
        """:meth:`rank` by ``scores`` (``best``: each group's best score, if known)."""
        import numpy as np

        if not collapse:
            return self._best_paragraphs(scores, code, limit)
        best = self.group_best(scores) if best is None else best
        groups = np.flatnonzero(best > 0)
        chosen = _best(groups, best[groups], limit, self._group_keys)
        return [(newest_member(self, group, code), float(best[group])) for group in chosen]

    def _best_paragraphs(self, scores, code: int | None, limit: int) -> list[tuple[int, float]]:
        import numpy as np

        documents = scores[self.entries]
        if code is not None:
            documents[self.codes != code] = 0.0
        if not self.live.all():
            documents[~self.live] = 0.0
        touched = np.flatnonzero(documents)
        chosen = _best(touched, documents[touched], limit, lambda d: self.paragraph_ids[d])
        return [(document, float(documents[document])) for document in chosen]

    def _group_keys(self, groups):
        """A group's tie-break key: its newest member's paragraph id."""
        return self.paragraph_ids[self.group_members[self.group_indptr[groups]]]

    def matched_words(self, documents: list[int], plan, texts: list[str]) -> list[list[str]]:
        """For each document, the writer's words it matches (``matched.py``)."""
        from drafter.search.matched import matched_words

        return matched_words(self, documents, plan, texts)

    def forms_of(self, terms: set[str]) -> dict[str, set[str]]:
        """Each lower-case word written for one of ``terms`` → the terms it
        is written for (the term itself, and the words the corpus lemmatised
        to it)."""
        if self._forms is None:
            forms: dict[str, list[str]] = {}
            for word, lemma in self.analyser.lemmas.items():
                forms.setdefault(lemma, []).append(word)
            self._forms = forms
        owners: dict[str, set[str]] = {}
        for term in terms:
            for form in (term, *self._forms.get(term, ())):
                owners.setdefault(form.lower(), set()).add(term)
        return owners


class GroupMaxima:
    """Each group's best entry score, from every entry's score.

    When groups hold many entries each and lie in runs of consecutive
    entries (as a full build numbers them), one ``maximum.reduceat`` over the
    runs: at 100k generated paragraphs 0.05 ms against 0.4 ms for
    ``maximum.at`` over every entry, which is used when groups are small
    (``reduceat`` costs about 40 ns a run).
    """

    RUNS_FROM = 8  # entries per run, on average, from which runs pay

    def __init__(self, entries, groups, entry_count: int, group_count: int):
        import numpy as np

        self.group_count = group_count
        self.entry_group = np.zeros(entry_count, dtype=np.intp)
        self.entry_group[entries] = groups
        starts = np.flatnonzero(np.concatenate(([True], self.entry_group[1:] != self.entry_group[:-1]))) \
            if entry_count else np.zeros(0, dtype=np.intp)
        self.starts = starts if len(starts) * self.RUNS_FROM <= entry_count else None
        if self.starts is not None:
            self.run_group = self.entry_group[starts]
            self.runs_distinct = len(np.unique(self.run_group)) == len(self.run_group)

    def __call__(self, scores):
        import numpy as np

        best = np.zeros(self.group_count)
        if not len(scores):
            return best
        if self.starts is None:
            np.maximum.at(best, self.entry_group, scores)
            return best
        run_best = np.maximum.reduceat(scores, self.starts)
        if self.runs_distinct:
            best[self.run_group] = run_best
        else:  # groups joined by a delta span several runs
            np.maximum.at(best, self.run_group, run_best)
        return best



def _best(items, values, limit: int, key_of):
    """The ``limit`` items with the highest values, best first; ties are
    ordered by ``key_of(items)``, lower first."""
    import numpy as np

    if len(items) > limit:
        # Partitioning only the candidates (not every score, most of them
        # zero: introselect's worst case on long runs of equal values).
        floor = np.partition(values, len(values) - limit)[len(values) - limit]
        # Items tied with the last one kept may be left out unevenly: take them all.
        keep = np.flatnonzero(values >= floor)
        items, values = items[keep], values[keep]
    return items[np.lexsort((key_of(items), -values))][:limit].tolist()


_loaded: dict[str, LoadedIndex] = {}


def _key(workspace) -> str:
    """The loaded-index key of a workspace: its index directory, remembered
    by the workspace's path (paths cost microseconds a query otherwise)."""
    path = str(workspace.path)
    key = _keys.get(path)
    if key is None:
        key = _keys[path] = str(index_root(workspace))
    return key


_keys: dict[str, str] = {}


def remember(workspace, index: LoadedIndex) -> None:
    _loaded[_key(workspace)] = index


def loaded_main(workspace, directory: Path) -> LoadedIndex:
    """The index whose main segment is ``directory``: the one in memory when
    it is that, else loaded (its delta, if any, is not needed)."""
    held = _loaded.get(_key(workspace))
    if held is not None and held.directory == directory:
        return held
    return LoadedIndex.load(directory)


def index_for(workspace) -> LoadedIndex:
    """The current index, loading or refreshing it when needed."""
    from drafter.search.terms import analyser_id
    from drafter.store.statements import generation

    corpus_generation = generation(workspace.database)
    analyser = analyser_id()
    key = _key(workspace)
    index = _loaded.get(key)
    if index is not None and index.generation == corpus_generation and index.analyser_name == analyser:
        return index
    for _attempt in range(2):
        main, delta = current_dirs(workspace)
        if not is_current(read_meta(main), read_meta(delta), corpus_generation, analyser):
            build_index(workspace, for_search=True)
            break
        try:
            index = LoadedIndex.load(main, delta)
        except DamagedIndex:
            continue  # replaced while being read: look again
        _loaded[key] = index
        return index
    else:  # damaged: the index is a cache, made again from the corpus
        build_index(workspace, rebuild=True)
    index = _loaded.get(key)
    if index is None:
        raise SearchIndexError(f"{index_root(workspace)}: the search index could not be built")
    return index
