"""Building the search index from the corpus: analyse every paragraph (cached
analyses reused), fit the TF-IDF retriever, group near-duplicates, train the
priority classifier, and save it all as one new index directory."""

from __future__ import annotations

import os
import threading
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Callable

from drafter.priorities import SECTION_KEYS
from drafter.search.files import (
    FORMAT_VERSION,
    current_dir,
    index_root,
    is_current,
    library_versions,
    read_meta,
    reusable_tables,
    save,
)
from drafter.search.results import IndexReport

# Cosine similarity of TF-IDF vectors (figures as class terms) at which two
# paragraphs count as one carried forward; see benchmarks/README.md.
DUPLICATE_THRESHOLD = 0.7
# Paragraphs paired across a force's consecutive statements (same section, one
# to one) are versions of one paragraph from this similarity (duplicates.py).
VERSION_THRESHOLD = 0.15
# Spawning a second spaCy process costs a model load (~1 s); worth it only in bulk.
PARALLEL_FROM = 4000
STORE_EVERY = 2000

Progress = Callable[[str, int, int], None]

SECTION_CODES = {key: code for code, key in enumerate(SECTION_KEYS, start=1)}


def build_index(workspace, *, rebuild: bool = False, progress: Progress | None = None) -> IndexReport:
    """Bring the index up to date with the corpus.

    Only paragraphs whose text has no cached analysis are parsed; the TF-IDF
    model, duplicate groups and classifier are refitted from all analyses.
    With ``rebuild`` the index is rebuilt even when it is current.
    """
    from drafter.search.terms import analyser_id
    from drafter.store.statements import generation

    started = time.perf_counter()
    analyser = analyser_id()
    with _build_lock(workspace):
        current = current_dir(workspace)
        meta = read_meta(current)
        corpus_generation = generation(workspace.database)
        if not rebuild and is_current(meta, corpus_generation, analyser):
            return IndexReport(paragraphs=meta["paragraphs"], analysed=0, reused=0,
                               seconds=time.perf_counter() - started,
                               generation=corpus_generation, terms=meta.get("terms", 0),
                               groups=meta.get("groups", 0), up_to_date=True)
        report, built = _build(workspace, analyser, progress, started)
        from drafter.search.loaded import remember

        remember(workspace, built)
    return report


@contextmanager
def _build_lock(workspace):
    """One build at a time per workspace (processes and threads)."""
    root = index_root(workspace)
    root.mkdir(parents=True, exist_ok=True)
    with _thread_lock:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - not on POSIX
            yield
            return
        with open(root / ".lock", "w") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


_thread_lock = threading.RLock()


def _build(workspace, analyser: str, progress: Progress | None, started: float):
    from drafter.search.terms import learn_lemmas
    from drafter.search.tfidf import TfidfRetriever
    from drafter.store import statements as statement_store

    database = workspace.database
    corpus_generation = statement_store.generation(database)
    rows = statement_store.corpus_paragraphs(database)
    documents, analysed, reused, tables = _analyses(workspace, rows, analyser, progress)

    steps = 4
    _step(progress, "fitting TF-IDF", 0, steps)
    retriever = TfidfRetriever().fit([d.terms for d in documents])
    matrix = retriever.document_matrix_
    _step(progress, "grouping near-duplicates", 1, steps)
    groups = _groups(matrix, rows, documents)
    _step(progress, "training classifier", 2, steps)
    classifier, predicted = _predict_unlabelled(database, matrix, rows)
    _step(progress, "saving index", 3, steps)
    effective = [row["priority"] or predicted.get(row["id"]) for row in rows]
    arrays = _document_arrays(rows, effective, groups)
    query_tables = {**tables, "lemmas": learn_lemmas(documents)}
    meta = {
        "format": FORMAT_VERSION, "generation": corpus_generation, "analyser": analyser,
        "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "build_seconds": round(time.perf_counter() - started, 3), "paragraphs": len(rows),
        "terms": len(retriever.terms_), "groups": int(arrays["group_indptr"].size - 1),
        "duplicate_threshold": DUPLICATE_THRESHOLD, "version_threshold": VERSION_THRESHOLD,
        "retriever": retriever.get_params(),
        "classifier": classifier.classes_ if classifier is not None else None,
        "versions": library_versions(),
    }
    del retriever.document_matrix_  # only needed while building
    directory = save(workspace, meta, retriever, classifier, query_tables, arrays)
    _step(progress, "done", steps, steps)
    report = IndexReport(paragraphs=len(rows), analysed=analysed, reused=reused,
                         seconds=time.perf_counter() - started, generation=corpus_generation,
                         terms=meta["terms"], groups=meta["groups"], predicted=len(predicted))
    from drafter.search.loaded import LoadedIndex

    return report, LoadedIndex(directory, meta, retriever, classifier, query_tables, arrays)


def _step(progress: Progress | None, what: str, done: int, total: int) -> None:
    if progress is not None:
        progress(what, done, total)


def _analyses(workspace, rows: list[dict], analyser: str, progress: Progress | None):
    """Every row's Analysis (cached ones reused, the rest parsed and cached),
    the counts parsed and reused, and the pipeline's tables for queries."""
    from drafter import nlp
    from drafter.search import terms as analysis
    from drafter.store import analyses as analysis_store

    database = workspace.database
    texts_by_hash: dict[str, str] = {}
    for row in rows:
        texts_by_hash.setdefault(row["text_hash"], row["text"])
    found = {digest: analysis.Analysis.decode(terms, words) for digest, (terms, words)
             in analysis_store.cached(database, analyser, list(texts_by_hash)).items()}
    missing = [digest for digest in texts_by_hash if digest not in found]
    reused = len(found)
    tables = None if missing else reusable_tables(current_dir(workspace), analyser)
    if tables is None:
        pipeline = nlp.load_pipeline()
        lemma_tables = nlp.lemma_tables(pipeline)
        tables = {"stop_words": nlp.stop_words(pipeline),
                  "exceptions": lemma_tables.get("exceptions", {}),
                  "rules": lemma_tables.get("rules", {})}
    if missing:
        total = len(missing)
        _step(progress, "analysing paragraphs", 0, total)
        workers = 2 if total >= PARALLEL_FROM and (os.cpu_count() or 1) >= 2 else 1
        results = analysis.analyse_texts(
            [texts_by_hash[digest] for digest in missing], batch_size=64, n_process=workers,
            progress=(lambda done: progress("analysing paragraphs", done, total)) if progress else None)
        pending: list[tuple[str, str, str]] = []
        for digest, result in zip(missing, results):
            found[digest] = result
            pending.append((digest, *result.encode()))
            if len(pending) >= STORE_EVERY:  # an interrupted bulk build keeps its work
                analysis_store.store(database, analyser, pending)
                pending = []
        if pending:
            analysis_store.store(database, analyser, pending)
    return [found[row["text_hash"]] for row in rows], len(missing), reused, tables


def _groups(matrix, rows: list[dict], documents):
    import numpy as np

    from drafter.search.duplicates import group_near_duplicates

    if not rows:
        return np.zeros(0, dtype=np.int32)
    return group_near_duplicates(
        matrix, [" ".join(d.terms) for d in documents], DUPLICATE_THRESHOLD,
        sources=[row["statement_id"] for row in rows],
        statements=[(row["force"], row["date"], row["statement_id"]) for row in rows],
        sections=[row["priority"] for row in rows], version_threshold=VERSION_THRESHOLD,
    )


def _predict_unlabelled(database, matrix, rows: list[dict]):
    """Train on the labelled rows; store and return {paragraph id: priority}
    predicted for the rest. The classifier is None with fewer than two labels."""
    import numpy as np

    from drafter.search.classifier import NotEnoughLabels, PriorityClassifier
    from drafter.store.statements import set_predictions

    labelled = [i for i, row in enumerate(rows) if row["priority"]]
    unlabelled = [i for i, row in enumerate(rows) if not row["priority"]]
    try:
        classifier = PriorityClassifier().fit(matrix[labelled], [rows[i]["priority"] for i in labelled])
    except NotEnoughLabels:
        return None, {}
    predictions: list[tuple[int, str, float]] = []
    if unlabelled:
        probabilities = classifier.predict_proba(matrix[unlabelled])
        best = probabilities.argmax(axis=1)
        for i, b, p in zip(unlabelled, best, probabilities[np.arange(len(unlabelled)), best]):
            predictions.append((rows[i]["id"], classifier.classes_[b], float(p)))
        set_predictions(database, predictions)
    return classifier, {paragraph_id: priority for paragraph_id, priority, _ in predictions}


def _document_arrays(rows: list[dict], effective: list[str | None], groups) -> dict:
    """Per paragraph: id, priority code, group; per group: members newest first
    and how many other statements carry the paragraph."""
    import numpy as np

    n = len(rows)
    paragraph_ids = np.array([row["id"] for row in rows], dtype=np.int64)
    codes = np.array([SECTION_CODES.get(p or "", 0) for p in effective], dtype=np.int8)
    statement_ids = np.array([row["statement_id"] for row in rows], dtype=np.int64)
    # Newest first: later date, then later statement, then earlier position.
    newest = sorted(range(n), key=lambda i: (rows[i]["date"] or "", rows[i]["statement_id"],
                                              -(rows[i]["position"] or 0)), reverse=True)
    newness = np.empty(n, dtype=np.int64)
    newness[np.asarray(newest, dtype=np.int64)] = np.arange(n)
    groups = np.asarray(groups, dtype=np.int32)
    order = np.lexsort((newness, groups)) if n else np.zeros(0, dtype=np.int64)
    group_count = int(groups.max()) + 1 if n else 0
    sizes = np.bincount(groups, minlength=group_count) if n else np.zeros(0, dtype=np.int64)
    group_indptr = np.concatenate(([0], np.cumsum(sizes))).astype(np.int64)
    also_in = np.zeros(group_count, dtype=np.int32)
    if n:
        pairs = np.unique(np.stack([groups.astype(np.int64), statement_ids]), axis=1)
        also_in = (np.bincount(pairs[0], minlength=group_count) - 1).astype(np.int32)
    return {
        "paragraph_ids": paragraph_ids, "codes": codes, "groups": groups,
        "group_indptr": group_indptr, "group_members": order.astype(np.int32),
        "also_in": also_in,
    }
