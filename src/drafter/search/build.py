"""Building the search index from the corpus.

A full build analyses every paragraph (cached analyses reused), fits the
retriever, groups near-duplicates, trains the priority classifier and saves it all as a new main directory. Adding or
removing statements afterwards only updates a small delta (``delta.py``)
until it grows past :data:`MERGE_SHARE` of the main index, when the next
refresh is a full build again (Lucene's and tantivy's segment merges).
"""

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
    build_lock,
    can_save,
    current_dirs,
    index_root,
    is_current,
    is_earlier_state,
    library_versions,
    read_meta,
    reusable_tables,
    save_or_keep_in_memory,
)
from drafter.search.results import IndexReport

# Cosine similarity of TF-IDF vectors (figures as class terms) at which two
# paragraphs count as one carried forward; see benchmarks/README.md.
DUPLICATE_THRESHOLD = 0.7
# Paragraphs paired across a force's consecutive statements (same section, one
# to one) are versions of one paragraph from this similarity (duplicates.py).
VERSION_THRESHOLD = 0.1
# Spawning a second spaCy process costs a model load (~1 s); worth it only in bulk.
PARALLEL_FROM = 4000
STORE_EVERY = 2000
# The delta is merged (a full build) once it holds more paragraphs than this
# share of the main index, or MERGE_FROM paragraphs if that is more.
MERGE_SHARE = 0.1
MERGE_FROM = 2000

Progress = Callable[[str, int, int], None]

SECTION_CODES = {key: code for code, key in enumerate(SECTION_KEYS, start=1)}


def build_index(workspace, *, rebuild: bool = False, progress: Progress | None = None,
                for_search: bool = False) -> IndexReport:
    """Bring the index up to date with the corpus.

    Only paragraphs whose text has no cached analysis are parsed. A change
    since the last full build updates the delta when it is small; otherwise
    (and with ``rebuild``) everything is refitted from all analyses.
    """
    from drafter.search.terms import analyser_id
    from drafter.store.statements import generation

    started = time.perf_counter()
    analyser = analyser_id()
    saved = can_save(workspace)
    # A search waits only a moment for another drafter's build (one stopped with Ctrl+Z
    # holds it for ever), then makes the index in memory, as where it may not be saved.
    with build_lock(workspace, searching=for_search) if saved else _in_memory_build_lock as held:
        saved = saved and held
        main, delta = current_dirs(workspace)
        meta, delta_meta = read_meta(main), read_meta(delta)
        corpus_generation = generation(workspace.database)
        if not rebuild and is_current(meta, delta_meta, corpus_generation, analyser):
            return IndexReport(paragraphs=(delta_meta or meta)["paragraphs"], analysed=0, reused=0,
                               seconds=time.perf_counter() - started,
                               generation=corpus_generation, terms=meta.get("terms", 0),
                               groups=(delta_meta or meta).get("groups", 0), up_to_date=True)
        from drafter.search.loaded import remember

        if not saved:
            # A workspace this user may only read (an archive copied without its cache, a colleague's
            # folder shared read-only), or another's build holds, is searched with an index kept in memory.
            with _collector_paused():
                report, built = _build(workspace, analyser, progress, started, keep=False)
            remember(workspace, built)
            return report
        if not rebuild and meta and meta.get("format") == FORMAT_VERSION \
                and meta.get("analyser") == analyser and is_earlier_state(workspace, meta, delta_meta):
            from drafter.search.delta import update

            updated = update(workspace, main, delta, progress, started)
            if updated is not None:
                report, index = updated
                remember(workspace, index)
                return report
        with _collector_paused():
            report, built = _build(workspace, analyser, progress, started)
        remember(workspace, built)
    return report


# One in-memory build at a time in this process: the desk's worker and a search asked for meanwhile
# would each build the whole index (no lock file guards a workspace this user may not write).
_in_memory_build_lock = threading.Lock()


@contextmanager
def _collector_paused():
    """Python's cycle collector off for the length of a full build: a build
    makes millions of small objects and no cycles, and at 100k paragraphs
    the collector's passes over them took a tenth of a rebuild (decoding
    the cached analyses alone went from 0.44–0.53 s to 0.88–1.21 s with it on)."""
    import gc

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _build(workspace, analyser: str, progress: Progress | None, started: float, keep: bool = True):
    import numpy as np

    from drafter.search.loaded import LoadedIndex
    from drafter.search.terms import learn_lemmas
    from drafter.search.tfidf import TfidfRetriever, count_distinct
    from drafter.store import statements as statement_store

    database = workspace.database
    corpus_generation = statement_store.generation(database)
    rows = statement_store.index_rows(database)
    documents, analysed, reused = analyses_of(workspace, rows, analyser, progress)
    # The query's tables come from the pipeline, unless nothing new was parsed
    # and the index being replaced has them (the pipeline then stays unloaded).
    tables = None if analysed else reusable_tables(current_dirs(workspace)[0], analyser)
    if tables is None:
        tables = _pipeline_tables()

    steps = 4
    _step(progress, "fitting the retriever", 0, steps)
    terms, counts, entry_of = count_distinct([d.terms for d in documents])
    matrix = TfidfRetriever().fit_counts(terms, counts, entry_of).document_matrix_
    _step(progress, "grouping near-duplicates, training classifier", 1, steps)
    from concurrent.futures import ThreadPoolExecutor

    # Both cores: the classifier's fit runs in numpy and scipy while the
    # grouping's Python loops hold the interpreter.
    with ThreadPoolExecutor(max_workers=1) as pool:
        training = pool.submit(_train_classifier, matrix, rows)
        groups = _groups(matrix, rows, entry_of)
        classifier = training.result()
    predicted = predict_unlabelled(database, classifier, matrix, rows) if classifier is not None else {}
    del matrix
    _step(progress, "saving index", 3, steps)
    effective = [row["priority"] or predicted.get(row["id"]) for row in rows]
    arrays = paragraph_arrays(rows, effective, [d.terms for d in documents])
    # Paragraphs numbered group by group, newest first: a group's entries
    # lie together, and queries take a group's best score with one
    # reduction over runs (loaded.GroupMaxima).
    order = np.lexsort((arrays["positions"], -arrays["statement_ids"], -arrays["dates"], groups))
    arrays = {key: value[order] for key, value in arrays.items()}
    arrays.update(group_arrays(groups[order], newness_keys(arrays)))
    retriever = TfidfRetriever().fit_counts(terms, counts, entry_of[order], tfidf=False)
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

    def write(directory):
        import json

        retriever.to_disk(directory / "retriever")
        if classifier is not None:
            classifier.to_disk(directory / "classifier")
        (directory / "query.json").write_text(json.dumps(query_tables), encoding="utf-8")
        for key, value in arrays.items():
            np.save(directory / f"{key}.npy", value)

    directory, unsaved = save_or_keep_in_memory(workspace, meta, write) if keep \
        else (index_root(workspace) / "in-memory", None)
    _step(progress, "done", steps, steps)
    report = IndexReport(paragraphs=len(rows), analysed=analysed, reused=reused,
                         seconds=time.perf_counter() - started, generation=corpus_generation,
                         terms=meta["terms"], groups=meta["groups"], predicted=len(predicted), unsaved=unsaved)
    return report, LoadedIndex(directory, meta, retriever, classifier, query_tables, arrays)


def _step(progress: Progress | None, what: str, done: int, total: int) -> None:
    if progress is not None:
        progress(what, done, total)


def analyses_of(workspace, rows: list[dict], analyser: str, progress: Progress | None):
    """Every row's Analysis, and the counts of paragraph texts parsed now and
    taken from the cache.

    A paragraph whose text was analysed before is taken whole from the cache.
    Any other is cut into sentences; only the sentences never analysed
    before (figures aside) are parsed by spaCy, in bulk, with both cores.
    """
    from drafter.search import terms as analysis
    from drafter.store import analyses as analysis_store
    from drafter.store.statements import texts_by_hash

    database = workspace.database
    hashes = list(dict.fromkeys(row["text_hash"] for row in rows))
    found = _decoded(analysis_store.cached(database, analyser, hashes))
    missing = [digest for digest in hashes if digest not in found]
    reused = len(found)
    if missing:
        texts = texts_by_hash(database, missing)
        parts = {digest: analysis.sentences(analysis.mark_figures(texts[digest])) for digest in missing}
        sentence_analyses = _sentence_analyses(database, analyser, parts, progress)
        pending = []
        for digest, sentences in parts.items():
            whole = analysis.Analysis([], [])
            for sentence in sentences:
                part = sentence_analyses[_digest(sentence)]
                whole.terms.extend(part.terms)
                whole.words.extend(part.words)
            found[digest] = whole
            pending.append((digest, *whole.encode()))
        for start in range(0, len(pending), STORE_EVERY):
            analysis_store.store(database, analyser, pending[start:start + STORE_EVERY])
    return [found[row["text_hash"]] for row in rows], len(missing), reused


def _decoded(cached: dict[str, tuple[str, str]]) -> dict:
    """Cached analyses by text hash; texts that differ only in their figures
    share one Analysis (decoded once, counted once when fitting)."""
    from drafter.search.terms import Analysis

    shared: dict[tuple[str, str], Analysis] = {}
    out = {}
    for digest, encoded in cached.items():
        held = shared.get(encoded)
        if held is None:
            held = shared[encoded] = Analysis.decode(*encoded)
        out[digest] = held
    return out


def _pipeline_tables() -> dict:
    from drafter import nlp

    pipeline = nlp.load_pipeline()
    lemma_tables = nlp.lemma_tables(pipeline)
    return {"stop_words": nlp.stop_words(pipeline), "exceptions": lemma_tables.get("exceptions", {}),
            "rules": lemma_tables.get("rules", {})}


def _digest(sentence: str) -> str:
    import hashlib

    return hashlib.sha256(sentence.encode("utf-8")).hexdigest()


SENTENCES = "/sentence"  # the analysis cache's key for sentences, beside paragraphs'


def _sentence_analyses(database, analyser: str, parts: dict, progress: Progress | None) -> dict:
    """Analysis of every distinct sentence of ``parts``, by digest: cached
    ones read, the rest parsed and cached (in batches, so an interrupted
    bulk build keeps its work)."""
    from drafter.search import terms as analysis
    from drafter.store import analyses as analysis_store

    texts: dict[str, str] = {}
    for sentences in parts.values():
        for sentence in sentences:
            texts.setdefault(_digest(sentence), sentence)
    key = analyser + SENTENCES
    found = {digest: analysis.Analysis.decode(terms, words) for digest, (terms, words)
             in analysis_store.cached(database, key, list(texts)).items()}
    missing = [digest for digest in texts if digest not in found]
    if not missing:
        return found
    total = len(missing)
    _step(progress, "analysing sentences", 0, total)
    workers = 2 if total >= PARALLEL_FROM and (os.cpu_count() or 1) >= 2 else 1
    results = analysis.analyse_texts(
        [texts[digest] for digest in missing], batch_size=64, n_process=workers,
        progress=(lambda done: progress("analysing sentences", done, total)) if progress else None)
    pending: list[tuple[str, str, str]] = []
    for digest, result in zip(missing, results):
        found[digest] = result
        pending.append((digest, *result.encode()))
        if len(pending) >= STORE_EVERY:
            analysis_store.store(database, key, pending)
            pending = []
    if pending:
        analysis_store.store(database, key, pending)
    return found


def _groups(matrix, rows: list[dict], entry_of):
    """Group labels; ``entry_of`` numbers the rows' distinct term lists
    (``count_distinct``), so rows with identical terms share a number."""
    import numpy as np

    from drafter.search.duplicates import group_near_duplicates

    if not rows:
        return np.zeros(0, dtype=np.int32)
    return group_near_duplicates(
        matrix, entry_of, DUPLICATE_THRESHOLD,
        sources=[row["statement_id"] for row in rows],
        statements=[(row["force"], row["date"], row["statement_id"]) for row in rows],
        sections=[row["priority"] for row in rows], version_threshold=VERSION_THRESHOLD,
    )


def _train_classifier(matrix, rows: list[dict]):
    """The priority classifier learned from the labelled rows; None with
    fewer than two labels."""
    from drafter.search.classifier import NotEnoughLabels, PriorityClassifier

    labelled = [i for i, row in enumerate(rows) if row["priority"]]
    try:
        return PriorityClassifier().fit(matrix[labelled], [rows[i]["priority"] for i in labelled])
    except NotEnoughLabels:
        return None


def predict_unlabelled(database, classifier, matrix, rows: list[dict]) -> dict[int, str]:
    """Predict and store the priority of the rows without one (matrix rows align)."""
    import numpy as np

    from drafter.store.statements import set_predictions

    unlabelled = [i for i, row in enumerate(rows) if not row["priority"]]
    predictions: list[tuple[int, str, float]] = []
    if unlabelled:
        probabilities = classifier.predict_proba(matrix[unlabelled])
        best = probabilities.argmax(axis=1)
        for i, b, p in zip(unlabelled, best, probabilities[np.arange(len(unlabelled)), best]):
            predictions.append((rows[i]["id"], classifier.classes_[b], float(p)))
        set_predictions(database, predictions)
    return {paragraph_id: priority for paragraph_id, priority, _ in predictions}


def date_key(date: str | None) -> int:
    """A statement date as a sortable number: "2024-09" → 20240900."""
    digits = (date or "").replace("-", "")
    return int(digits.ljust(8, "0")[:8]) if digits.isdigit() else 0


def term_key(terms: list[str]) -> int:
    """A 64-bit digest of a paragraph's terms: equal for identical terms."""
    import hashlib

    return int.from_bytes(hashlib.blake2b(" ".join(terms).encode("utf-8"), digest_size=8).digest(),
                          "little") >> 1


def paragraph_arrays(rows: list[dict], effective: list[str | None], terms: list[list[str]]) -> dict:
    """Per paragraph: id, statement, date, position, section code, terms digest."""
    import numpy as np

    return {
        "paragraph_ids": np.array([row["id"] for row in rows], dtype=np.int64),
        "statement_ids": np.array([row["statement_id"] for row in rows], dtype=np.int64),
        "dates": np.array([date_key(row["date"]) for row in rows], dtype=np.int64),
        "positions": np.array([row["position"] or 0 for row in rows], dtype=np.int64),
        "codes": np.array([SECTION_CODES.get(p or "", 0) for p in effective], dtype=np.int8),
        "term_keys": _term_keys(terms),
    }


def _term_keys(terms: list[list[str]]):
    """:func:`term_key` of each list, worked out once for a list several
    rows share (paragraphs carried forward share one Analysis)."""
    import numpy as np

    keys: dict[int, int] = {}
    out = np.empty(len(terms), dtype=np.int64)
    for i, listed in enumerate(terms):
        key = keys.get(id(listed))
        if key is None:
            key = keys[id(listed)] = term_key(listed)
        out[i] = key
    return out


def newness_keys(arrays: dict):
    """(dates, statement ids, positions): what orders a group newest first."""
    return arrays["dates"], arrays["statement_ids"], arrays["positions"]


def _newest_first(members, groups, keys):
    """``members`` by group, then newest first (as ``group_arrays`` says),
    ties in their order: one stable argsort of a single key when it fits
    in 63 bits (several times faster than ``np.lexsort`` of the four keys,
    and fast on the nearly sorted order a full build leaves)."""
    import numpy as np

    dates, statement_ids, positions = (key[members] for key in keys)
    groups = groups[members].astype(np.int64)
    fits = dates.min() >= 0 and dates.max() < 2 ** 30 and statement_ids.min() >= 0 \
        and statement_ids.max() < 2 ** 32 and positions.min() >= 0
    if fits:
        statements, rank = np.unique((dates << 32) | statement_ids, return_inverse=True)
        span = int(positions.max()) + 1
        if (int(groups.max()) + 1) * len(statements) * span < 2 ** 62:
            newest = len(statements) - 1 - rank.astype(np.int64)
            return members[np.argsort((groups * len(statements) + newest) * span + positions, kind="stable")]
    return members[np.lexsort((positions, -statement_ids, -dates, groups))]


def group_arrays(groups, keys, live=None) -> dict:
    """Per group: members newest first (later date, then later statement,
    then earlier position) and how many other statements carry it. Removed
    paragraphs (``live`` False) keep their group but are no member."""
    import numpy as np

    dates, statement_ids, positions = keys
    groups = np.asarray(groups, dtype=np.int32)
    n = len(groups)
    group_count = int(groups.max()) + 1 if n else 0
    members = np.arange(n) if live is None else np.flatnonzero(live)
    order = _newest_first(members, groups, keys) if len(members) else members
    sizes = np.bincount(groups[members], minlength=group_count) if n else np.zeros(0, dtype=np.int64)
    group_indptr = np.concatenate(([0], np.cumsum(sizes))).astype(np.int64)
    also_in = np.zeros(group_count, dtype=np.int32)
    if len(members):
        # Members are ordered by group, then date and statement: a
        # statement's paragraphs in a group lie together, so counting where
        # the (group, statement) pair changes counts distinct statements.
        ordered_groups, ordered_statements = groups[order], statement_ids[order]
        starts = np.concatenate(([True], (ordered_groups[1:] != ordered_groups[:-1])
                                 | (ordered_statements[1:] != ordered_statements[:-1])))
        statements = np.bincount(ordered_groups[starts], minlength=group_count)
        also_in = np.maximum(statements - 1, 0).astype(np.int32)
    return {"groups": groups, "group_indptr": group_indptr,
            "group_members": order.astype(np.int32), "also_in": also_in}
