"""Statements added or removed since the last full build, kept in a small
delta beside the main index, as Lucene and tantivy keep new segments beside
old ones until a merge.

An update touches only the changed statements' paragraphs: the new ones are
analysed (or taken from the analysis cache), indexed in the delta segment,
put into near-duplicate groups by the build's rules (identical terms; copies
at cosine ``DUPLICATE_THRESHOLD`` among the paragraphs that score best for
their own terms; versions of the force's previous statement, one to one
within each section) and given a predicted priority by the main index's
classifier when their section has none. A removed statement's paragraphs in
the main index are marked removed. Scores stay a fresh build's (see
``collection.py``); the groups, classifier and associations of the main
index are kept until the delta outgrows ``MERGE_SHARE`` and the next refresh
is a full build.
"""

from __future__ import annotations

import json
import time
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from drafter.search.build import (
    DUPLICATE_THRESHOLD,
    MERGE_FROM,
    MERGE_SHARE,
    SECTION_CODES,
    VERSION_THRESHOLD,
    analyses_of,
    group_arrays,
    newness_keys,
    paragraph_arrays,
    predict_unlabelled,
)
from drafter.search.results import IndexReport

CANDIDATES = 20  # paragraphs checked as possible copies of each new one


class Delta:
    """The delta segment: its retriever (None when nothing was added), the
    main index's removed paragraphs, the word → lemma table of its
    paragraphs, and the per-paragraph arrays of main and delta together."""

    def __init__(self, meta: dict, retriever, removed, lemmas: dict, arrays: dict):
        self.meta = meta
        self.retriever = retriever
        self.removed = np.asarray(removed, dtype=np.int64)
        self.lemmas = lemmas
        self.arrays = arrays

    def to_disk(self, directory: Path) -> None:
        if self.retriever is not None:
            self.retriever.to_disk(directory / "retriever")
        np.save(directory / "removed.npy", self.removed)
        for key, value in self.arrays.items():
            np.save(directory / f"{key}.npy", value)
        (directory / "lemmas.json").write_text(json.dumps(self.lemmas), encoding="utf-8")

    @classmethod
    def from_disk(cls, directory: Path) -> "Delta":
        from drafter.search.files import ARRAY_NAMES, reading_index
        from drafter.search.tfidf import TfidfRetriever

        with reading_index(directory):  # a damaged file raises DamagedIndex
            meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
            retriever = TfidfRetriever.from_disk(directory / "retriever") \
                if (directory / "retriever").is_dir() else None
            arrays = {key: np.load(directory / f"{key}.npy") for key in ARRAY_NAMES}
            lemmas = json.loads((directory / "lemmas.json").read_text(encoding="utf-8"))
            return cls(meta, retriever, np.load(directory / "removed.npy"), lemmas, arrays)


def update(workspace, main_dir: Path, delta_dir: Path | None, progress, started: float):
    """(IndexReport, LoadedIndex) with the delta brought up to date, or None
    when the change is too large for a delta (the caller then rebuilds)."""
    from drafter.errors import SearchIndexError
    from drafter.search.files import DamagedIndex, save_delta
    from drafter.search.loaded import LoadedIndex, loaded_main
    from drafter.store import statements as statement_store

    database = workspace.database
    try:
        main = loaded_main(workspace, main_dir)
        previous = Delta.from_disk(delta_dir) if delta_dir is not None else None
    except DamagedIndex:
        return None  # built again in full
    main_arrays = main.main_arrays
    current = set(statement_store.statement_ids(database))
    indexed_before = _statements_indexed(main, previous)
    added, removed = main.statement_changes(current)
    rows = statement_store.index_rows(database, added) if added else []
    limit = max(MERGE_FROM, MERGE_SHARE * len(main_arrays["paragraph_ids"]))
    if len(rows) > limit or len(removed) > limit:
        return None
    analyser = main.analyser_name
    documents, analysed, reused = analyses_of(workspace, rows, analyser, progress)
    terms = [d.terms for d in documents]
    retriever = None
    if rows:
        from drafter.search.tfidf import TfidfRetriever

        retriever = TfidfRetriever(**main.retriever.get_params()).fit(terms, tfidf=False)
    held = _held_by(previous, len(main_arrays["paragraph_ids"]))
    new_rows = [i for i, row in enumerate(rows) if row["id"] not in held]
    effective = _effective_priorities(database, main, rows, terms, new_rows, held)
    delta_arrays = paragraph_arrays(rows, effective, terms)
    arrays = {key: np.concatenate([main_arrays[key], delta_arrays[key]]) for key in delta_arrays}
    indexed = (main.main_statements() & current) | {row["statement_id"] for row in rows}
    groups = _grouping(workspace, main, previous, held, arrays, rows, terms, retriever, removed, new_rows,
                       indexed)
    live = np.ones(len(arrays["paragraph_ids"]), dtype=bool)
    live[removed] = False
    arrays.update(group_arrays(groups, newness_keys(arrays), live))
    sizes = np.diff(arrays["group_indptr"])
    from drafter.search.terms import learn_lemmas

    main_lemmas = main.query_tables["lemmas"]
    lemmas = {word: lemma for word, lemma in learn_lemmas(documents).items() if word not in main_lemmas}
    corpus_generation = statement_store.generation(database)
    meta = {
        "generation": corpus_generation, "analyser": analyser, "main": main_dir.name,
        "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "statements": added, "removed_paragraphs": int(len(removed)),
        "paragraphs": int(live.sum()), "delta_paragraphs": len(rows),
        "groups": int(np.count_nonzero(sizes)),
    }
    delta = Delta(meta, retriever, removed, lemmas, arrays)
    meta["seconds"] = round(time.perf_counter() - started, 3)
    unsaved = None
    try:
        save_delta(workspace, main_dir, meta, delta.to_disk)
    except SearchIndexError as problem:
        if not getattr(problem, "no_room", False):
            raise
        unsaved = str(problem)  # a full disk: the delta made is searched from memory
    index = LoadedIndex(main.directory, main.meta, main.retriever, main.classifier,
                        main.query_tables, main_arrays, associations=main.associations, delta=delta,
                        main_cache=main.main_cache)
    report = IndexReport(paragraphs=meta["paragraphs"], analysed=analysed, reused=reused,
                         seconds=time.perf_counter() - started, generation=corpus_generation,
                         terms=index.collection.vocabulary_size, groups=meta["groups"],
                         predicted=sum(1 for i in new_rows if not rows[i]["priority"]),
                         statements_added=len(current - indexed_before),
                         statements_removed=len(indexed_before - current), unsaved=unsaved)
    return report, index


def _statements_indexed(main, previous: Delta | None) -> set[int]:
    """The statements the index held before this update: the main
    segment's, less those the previous delta removed, with those it added."""
    held = set(main.main_statements())
    if previous is not None:
        held -= set(main.main_arrays["statement_ids"][previous.removed].tolist())
        held |= set(previous.meta.get("statements", []))
    return held


def _held_by(previous: Delta | None, offset: int) -> dict[int, tuple[int, int]]:
    """Paragraph id → (section code, group) of the paragraphs the previous
    delta held (its own rows follow the main index's ``offset`` ones)."""
    if previous is None:
        return {}
    arrays = previous.arrays
    return dict(zip(arrays["paragraph_ids"][offset:].tolist(),
                    zip(arrays["codes"][offset:].tolist(), arrays["groups"][offset:].tolist())))


def _effective_priorities(database, main, rows, terms, new_rows, held) -> list[str | None]:
    """Section priority, else a prediction: the previous delta's for the
    paragraphs it held, the main classifier's for new ones (stored)."""
    keys = {code: key for key, code in SECTION_CODES.items()}
    effective = [row["priority"] for row in rows]
    for i, row in enumerate(rows):
        if not row["priority"] and row["id"] in held:
            effective[i] = keys.get(held[row["id"]][0])
    unlabelled = [i for i in new_rows if not rows[i]["priority"]]
    if unlabelled and main.classifier is not None:
        matrix = _tfidf_rows(main.retriever, [terms[i] for i in unlabelled])
        predicted = predict_unlabelled(database, main.classifier, matrix, [rows[i] for i in unlabelled])
        for i in unlabelled:
            effective[i] = predicted.get(rows[i]["id"])
    return effective


def _tfidf_rows(retriever, documents: list[list[str]]):
    """TF-IDF rows of analysed paragraphs in the retriever's own columns and
    IDF (terms it does not know are left out)."""
    import scipy.sparse

    data, columns, indptr = [], [], [0]
    for terms in documents:
        found = retriever.vocabulary_.columns(terms)
        found, counts = np.unique(found[found >= 0], return_counts=True)
        columns.extend(found.tolist())
        data.extend(counts.tolist())
        indptr.append(len(columns))
    counts = scipy.sparse.csr_matrix((np.asarray(data, dtype=np.float32), columns, indptr),
                                     shape=(len(documents), len(retriever.vocabulary_)))
    return retriever.tfidf_rows(counts, retriever.idf_)


class _Groups:
    """Union-find over group labels; each label knows its statements.

    Joins touch only the labels joined (the index's labels are rewritten
    once, by :meth:`final`); a label's members are found in its labels
    sorted once."""

    def __init__(self, labels, statement_ids, live):
        self.labels = np.asarray(labels, dtype=np.int64)
        self.statement_ids = statement_ids
        members = np.flatnonzero(live)
        self.members = members[np.argsort(self.labels[members], kind="stable")]
        self.sorted_labels = self.labels[self.members]
        self.parent: dict[int, int] = {}
        self.statements: dict[int, set] = {}

    def find(self, label: int) -> int:
        while self.parent.get(label, label) != label:
            label = self.parent[label]
        return label

    def _statements_of(self, root: int) -> set:
        held = self.statements.get(root)
        if held is None:  # never joined: its members are those labelled so
            start, end = np.searchsorted(self.sorted_labels, [root, root + 1])
            held = self.statements[root] = set(self.statement_ids[self.members[start:end]].tolist())
        return held

    def join(self, a: int, b: int, always: bool = False) -> None:
        """Join the groups of documents a and b unless they share a statement."""
        ra, rb = self.find(int(self.labels[a])), self.find(int(self.labels[b]))
        if ra == rb:
            return
        sa, sb = self._statements_of(ra), self._statements_of(rb)
        if not always and not sa.isdisjoint(sb):
            return
        self.parent[rb] = ra
        self.statements[ra] = sa | sb

    def final(self):
        labels = self.labels
        if self.parent:
            roots = np.arange(int(labels.max()) + 1, dtype=np.int64)
            joined = list(self.parent)
            roots[joined] = [self.find(label) for label in joined]
            labels = roots[labels]
        _, compact = np.unique(labels, return_inverse=True)
        return compact.astype(np.int32)


def _grouping(workspace, main, previous, held, arrays, rows, terms, retriever, removed, new_rows,
              indexed: set[int]):
    """Group labels for every paragraph: the main index's (or the previous
    delta's) for the paragraphs already grouped, new ones joined by the rules
    (``indexed``: the statements with paragraphs in the index)."""
    from drafter.search.collection import Collection

    size = len(arrays["paragraph_ids"])
    offset = len(main.main_arrays["paragraph_ids"])
    labels = np.empty(size, dtype=np.int64)
    labels[:offset] = previous.arrays["groups"][:offset] if previous is not None else main.main_arrays["groups"]
    next_label = int(labels[:offset].max()) + 1 if offset else 0
    for i, row in enumerate(rows):
        if row["id"] in held:
            labels[offset + i] = held[row["id"]][1]
    for i in new_rows:
        labels[offset + i] = next_label
        next_label += 1
    live = np.ones(size, dtype=bool)
    live[removed] = False
    groups = _Groups(labels, arrays["statement_ids"], live)
    if not new_rows:
        return groups.final()
    collection = Collection(main.retriever, retriever, removed)
    new_documents = [offset + i for i in new_rows]
    _join_identical(groups, arrays["term_keys"], live, new_documents)
    vectors = _Vectors(collection)
    entries = vectors.entries
    shown = np.full(collection.size, -1, dtype=np.int64)  # a live document of each entry
    live_documents = np.flatnonzero(live)
    shown[entries[live_documents[::-1]]] = live_documents[::-1]
    collection.lookup([term for document in new_documents for term in terms[document - offset]])  # in one go
    candidates = {document: _copy_candidates(collection, terms[document - offset], int(entries[document]), shown)
                  for document in new_documents}
    pairs = [(document, other) for document, others in candidates.items() for other in others]
    links = [(similarity, a, b) for similarity, (a, b) in zip(vectors.similarities(pairs).tolist(), pairs)
             if similarity >= DUPLICATE_THRESHOLD]
    for _, a, b in sorted(links, reverse=True):
        groups.join(a, b)
    for _, a, b in sorted(_version_links(workspace, arrays, rows, new_rows, offset, vectors, live, indexed),
                          reverse=True):
        groups.join(a, b)
    return groups.final()


def _join_identical(groups, term_keys, live, new_documents) -> None:
    """Paragraphs with identical terms are one paragraph, whatever else: each
    new one joins the first live paragraph with its terms."""
    keys = term_keys[new_documents]
    sharing: dict[int, list[int]] = {}
    for document in np.flatnonzero(np.isin(term_keys, keys) & live).tolist():
        sharing.setdefault(int(term_keys[document]), []).append(document)
    for document, key in zip(new_documents, keys.tolist()):
        same = [other for other in sharing.get(key, ()) if other != document]
        if same:
            groups.join(same[0], document, always=True)


COPY_TERMS = 12  # a copy shares most of a paragraph's rarest terms


def _copy_candidates(collection, document_terms: list[str], entry: int, shown) -> list[int]:
    """The paragraphs that score best for a paragraph's rarest terms (one
    paragraph for each entry: the others have the same terms)."""
    distinct = list(dict.fromkeys(document_terms))
    idf = collection.idf(collection.document_frequency(distinct))
    rarest = np.argsort(-idf, kind="stable")[:COPY_TERMS]
    scores = collection.score(collection.columns([distinct[i] for i in rarest]), idf[rarest])
    scores[entry] = 0.0
    positive = np.flatnonzero(scores > 0)
    if len(positive) > CANDIDATES:
        positive = positive[np.argpartition(-scores[positive], CANDIDATES)[:CANDIDATES]]
    return [document for document in shown[positive].tolist() if document >= 0]


class _Vectors:
    """L2-normalised TF-IDF vectors of documents, with the collection's IDF,
    as the rows of one sparse matrix over the collection's term numbers;
    documents with the same terms share a row."""

    def __init__(self, collection):
        self.collection = collection
        self.entries = collection.entries_of_documents()
        self._numbers, document_frequency = collection.term_numbers()
        self._idf = collection.idf(document_frequency).astype(np.float64)
        self._rows: dict[int, int] = {}  # entry → row
        self._vectors: list[tuple] = []  # (term numbers, weights) per row
        self._matrix = None

    def load(self, documents) -> None:
        """Compute the vectors of ``documents`` not held yet."""
        collection = self.collection
        for entry in sorted({int(self.entries[d]) for d in documents} - self._rows.keys()):
            segment, local = collection.segment_of(entry)
            numbers = self._numbers[collection.segments.index(segment)]
            start, end = segment.forward_indptr_[local], segment.forward_indptr_[local + 1]
            columns = numbers[segment.forward_indices_[start:end]]
            counts = segment.forward_counts_[start:end].astype(np.float64)
            weights = (1.0 + np.log(counts)) * self._idf[columns]
            weights /= float(np.sqrt(np.dot(weights, weights))) or 1.0
            self._rows[entry] = len(self._vectors)
            self._vectors.append((columns, weights))
            self._matrix = None

    def terms(self, documents) -> np.ndarray:
        """How many distinct terms each of ``documents`` has."""
        self.load(documents)
        return np.array([len(self._vectors[self._rows[int(self.entries[d])]][0]) for d in documents])

    def similarities(self, pairs: list[tuple[int, int]]):
        """Cosine similarity of each pair of documents."""
        import scipy.sparse

        if not pairs:
            return np.zeros(0)
        self.load([document for pair in pairs for document in pair])
        if self._matrix is None:
            sizes = [len(columns) for columns, _ in self._vectors]
            self._matrix = scipy.sparse.csr_matrix(
                (np.concatenate([w for _, w in self._vectors]), np.concatenate([c for c, _ in self._vectors]),
                 np.concatenate(([0], np.cumsum(sizes)))), shape=(len(self._vectors), len(self._idf)))
        entries, rows = self.entries, self._rows
        first = [rows[int(entries[a])] for a, _ in pairs]
        second = [rows[int(entries[b])] for _, b in pairs]
        return np.asarray(self._matrix[first].multiply(self._matrix[second]).sum(axis=1)).ravel()


def _version_links(workspace, arrays, rows, new_rows, offset, vectors, live, live_statements):
    """(similarity, new paragraph, its version in the force's previous statement)."""
    from drafter.search.versions import assign_versions
    from drafter.store.statements import force_statements, index_rows

    by_statement: dict[int, list[int]] = {}
    for i in new_rows:
        by_statement.setdefault(rows[i]["statement_id"], []).append(i)
    links = []
    for statement_id, positions in by_statement.items():
        row = rows[positions[0]]
        key = (row["date"] or "", statement_id)
        earlier = [(date or "", other) for other, date in force_statements(workspace.database, row["force"])
                   if other in live_statements and (date or "", other) < key]
        if not earlier:
            continue
        _, previous = max(earlier)
        old_documents = np.flatnonzero((arrays["statement_ids"] == previous) & live)
        sections = {row["id"]: row["priority"] for row in index_rows(workspace.database, [previous])}
        old_sections = [sections.get(int(arrays["paragraph_ids"][d])) for d in old_documents]
        for section in dict.fromkeys(rows[i]["priority"] for i in positions):
            new_at = [offset + i for i in positions if rows[i]["priority"] == section]
            old_at = [int(d) for d, s in zip(old_documents, old_sections) if s == section]
            if not old_at:
                continue
            block = vectors.similarities([(a, b) for a in new_at for b in old_at])
            block = block.reshape(len(new_at), len(old_at))
            sizes = (vectors.terms(new_at), vectors.terms(old_at))
            links.extend(assign_versions(block, np.asarray(new_at), np.asarray(old_at), VERSION_THRESHOLD,
                                         sizes))
    return links
