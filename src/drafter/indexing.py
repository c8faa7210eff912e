"""The search index's life: build it from the corpus, notice when it is stale,
load it once per process, and answer searches and classifications with it.

Layout under ``<workspace>/models/search/``: one directory per build holding
``meta.json`` (corpus generation, analyser, library versions, build time), the
retriever, the classifier, the query analyser's tables and per-paragraph
arrays; ``CURRENT`` names the directory in use and is replaced atomically, so
a reader never sees half an index.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from drafter.errors import BadQuery, SearchIndexError
from drafter.priorities import SECTION_KEYS, check_priority

FORMAT_VERSION = 2
INDEX_DIR = "search"
CURRENT_FILE = "CURRENT"
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

_SECTION_CODES = {key: code for code, key in enumerate(SECTION_KEYS, start=1)}


@dataclass
class IndexReport:
    """What a build did. ``analysed`` and ``reused`` count distinct paragraph
    texts parsed by spaCy now and taken from the analysis cache."""

    paragraphs: int
    analysed: int
    reused: int
    seconds: float
    generation: int
    terms: int = 0
    groups: int = 0
    predicted: int = 0
    up_to_date: bool = False

    def to_dict(self) -> dict:
        return {
            "paragraphs": self.paragraphs, "analysed": self.analysed, "reused": self.reused,
            "seconds": round(self.seconds, 3), "generation": self.generation, "terms": self.terms,
            "groups": self.groups, "predicted": self.predicted, "up_to_date": self.up_to_date,
        }


@dataclass
class SearchHit:
    """One result: the newest version of a paragraph and how widely it was used."""

    paragraph_id: int
    statement_id: int
    number: int | None
    priority: str | None
    text: str
    score: float
    title: str | None
    force: str | None
    date: str | None
    file: str | None
    matched: list[str] = field(default_factory=list)
    also_in: int = 0
    predicted: bool = False

    def to_dict(self) -> dict:
        return {
            "statement_id": self.statement_id, "number": self.number, "priority": self.priority,
            "text": self.text, "score": round(self.score, 4), "title": self.title,
            "force": self.force, "date": self.date, "matched": self.matched,
            "also_in": self.also_in,
        }


@dataclass
class Classification:
    priority: str
    confidence: float
    scores: dict[str, float]

    def to_dict(self) -> dict:
        return {"priority": self.priority, "confidence": round(self.confidence, 4),
                "scores": {k: round(v, 4) for k, v in self.scores.items()}}


# -- where the index lives ---------------------------------------------------------
def index_root(workspace) -> Path:
    return Path(workspace.models_dir) / INDEX_DIR


def _current_dir(workspace) -> Path | None:
    root = index_root(workspace)
    try:
        name = (root / CURRENT_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    path = root / name
    return path if name and path.is_dir() else None


def _read_meta(path: Path | None) -> dict | None:
    if path is None:
        return None
    try:
        return json.loads((path / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _is_current(meta: dict | None, generation: int, analyser: str) -> bool:
    return bool(meta) and meta.get("format") == FORMAT_VERSION \
        and meta.get("generation") == generation and meta.get("analyser") == analyser


def index_is_current(workspace) -> bool:
    """True when the saved index matches the corpus and the analyser in use."""
    from drafter.analysis import analyser_id
    from drafter.store.statements import generation

    meta = _read_meta(_current_dir(workspace))
    return _is_current(meta, generation(workspace.database), analyser_id())


# -- building ----------------------------------------------------------------------
def build_index(workspace, *, rebuild: bool = False, progress: Progress | None = None) -> IndexReport:
    """Bring the index up to date with the corpus.

    Only paragraphs whose text has no cached analysis are parsed; the TF-IDF
    model, duplicate groups and classifier are refitted from all analyses.
    With ``rebuild`` the index is rebuilt even when it is current.
    """
    from drafter.analysis import analyser_id
    from drafter.store.statements import generation

    started = time.perf_counter()
    analyser = analyser_id()
    with _build_lock(workspace):
        current = _current_dir(workspace)
        meta = _read_meta(current)
        corpus_generation = generation(workspace.database)
        if not rebuild and _is_current(meta, corpus_generation, analyser):
            return IndexReport(paragraphs=meta["paragraphs"], analysed=0, reused=0,
                               seconds=time.perf_counter() - started,
                               generation=corpus_generation, terms=meta.get("terms", 0),
                               groups=meta.get("groups", 0), up_to_date=True)
        report, built = _build(workspace, analyser, progress, started)
        _remember(workspace, built)
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


def _reusable_tables(directory: Path | None, analyser: str) -> dict | None:
    """The previous index's pipeline tables (stop words, lemmatizer rules) when
    it was made by the same analyser: a rebuild that parses nothing then need
    not load spaCy at all."""
    meta = _read_meta(directory)
    if not meta or meta.get("analyser") != analyser:
        return None
    try:
        saved = json.loads((directory / "query.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not all(key in saved for key in ("stop_words", "exceptions", "rules")):
        return None
    return {key: saved[key] for key in ("stop_words", "exceptions", "rules")}


def _build(workspace, analyser: str, progress: Progress | None, started: float):
    from drafter.analysis import learn_lemmas
    from drafter.retrieval import TfidfRetriever
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
        "versions": _versions(),
    }
    del retriever.document_matrix_  # only needed while building
    directory = _write(workspace, meta, retriever, classifier, query_tables, arrays)
    _step(progress, "done", steps, steps)
    report = IndexReport(paragraphs=len(rows), analysed=analysed, reused=reused,
                         seconds=time.perf_counter() - started, generation=corpus_generation,
                         terms=meta["terms"], groups=meta["groups"], predicted=len(predicted))
    return report, LoadedIndex(directory, meta, retriever, classifier, query_tables, arrays)


def _step(progress: Progress | None, what: str, done: int, total: int) -> None:
    if progress is not None:
        progress(what, done, total)


def _analyses(workspace, rows: list[dict], analyser: str, progress: Progress | None):
    """Every row's Analysis (cached ones reused, the rest parsed and cached),
    the counts parsed and reused, and the pipeline's tables for queries."""
    from drafter import analysis, nlp
    from drafter.store import analyses as analysis_store

    database = workspace.database
    texts_by_hash: dict[str, str] = {}
    for row in rows:
        texts_by_hash.setdefault(row["text_hash"], row["text"])
    found = {digest: analysis.Analysis.decode(terms, words) for digest, (terms, words)
             in analysis_store.cached(database, analyser, list(texts_by_hash)).items()}
    missing = [digest for digest in texts_by_hash if digest not in found]
    reused = len(found)
    tables = None if missing else _reusable_tables(_current_dir(workspace), analyser)
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

    from drafter.duplicates import group_near_duplicates

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

    from drafter.classifier import NotEnoughLabels, PriorityClassifier
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
    codes = np.array([_SECTION_CODES.get(p or "", 0) for p in effective], dtype=np.int8)
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


def _versions() -> dict:
    import importlib.metadata

    from drafter.nlp import choose_model

    versions = {}
    for name in ("drafter", "spacy", "scikit-learn", "numpy", "scipy"):
        try:
            versions[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            versions[name] = None
    versions["model"] = choose_model().ident
    return versions


def _write(workspace, meta, retriever, classifier, query_tables, arrays) -> Path:
    import numpy as np

    root = index_root(workspace)
    name = f"index-{meta['generation']}-{time.strftime('%Y%m%d%H%M%S')}-{os.getpid()}-{uuid.uuid4().hex[:6]}"
    directory = root / name
    staging = root / f".{name}.partial"
    if staging.exists():
        shutil.rmtree(staging)
    try:
        staging.mkdir(parents=True)
        retriever.to_disk(staging / "retriever")
        if classifier is not None:
            classifier.to_disk(staging / "classifier")
        (staging / "query.json").write_text(json.dumps(query_tables), encoding="utf-8")
        for key, value in arrays.items():
            np.save(staging / f"{key}.npy", value)
        (staging / "meta.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")
        staging.rename(directory)
        pointer = root / f".{CURRENT_FILE}.{os.getpid()}"
        pointer.write_text(name, encoding="utf-8")
        os.replace(pointer, root / CURRENT_FILE)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise SearchIndexError(f"{root}: cannot save the search index ({exc.strerror or exc})") from None
    for old in root.iterdir():
        if old.is_dir() and old.name != name:
            shutil.rmtree(old, ignore_errors=True)
    return directory


# -- loading -----------------------------------------------------------------------
class LoadedIndex:
    """An index in memory, ready to answer queries."""

    def __init__(self, directory: Path, meta: dict, retriever, classifier, query_tables: dict,
                 arrays: dict):
        from drafter.analysis import QueryAnalyser

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

        from drafter.classifier import PriorityClassifier
        from drafter.retrieval import TfidfRetriever

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

        from drafter.analysis import is_class_term

        # Figures are in nearly every paragraph: scoring them costs the
        # longest postings for no ranking gain (benchmarks/README.md).
        columns, weights = self.retriever.query_vector([t for t in terms if not is_class_term(t)])
        if not len(columns):
            return []
        scores, touched = self.retriever.score_postings(columns, weights)
        code = _SECTION_CODES[priority] if priority else None
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
        from drafter.analysis import is_class_term

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


def _remember(workspace, index: LoadedIndex) -> None:
    _loaded[str(index_root(workspace))] = index


def _index_for(workspace) -> LoadedIndex:
    """The current index, loading or (re)building it when needed."""
    from drafter.analysis import analyser_id
    from drafter.store.statements import generation

    corpus_generation = generation(workspace.database)
    analyser = analyser_id()
    key = str(index_root(workspace))
    index = _loaded.get(key)
    if index is not None and index.generation == corpus_generation and index.analyser_name == analyser:
        return index
    for _attempt in range(2):
        directory = _current_dir(workspace)
        if _is_current(_read_meta(directory), corpus_generation, analyser):
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


# -- answering ---------------------------------------------------------------------
def _query_terms(index: LoadedIndex, text: str) -> list[tuple[str, str]]:
    from drafter.analysis import is_class_term

    pairs = index.analyser.analyse(text)
    if not any(not is_class_term(term) for term, _ in pairs):
        raise BadQuery(f"empty query: {_shorten(text)!r} has only common words and figures")
    return pairs


def check_query(text, priority: str | None = None) -> str:
    """Reject a blank query or an unknown priority before any index work."""
    check_priority(priority)
    return _check_text(text)


def _check_text(text) -> str:
    if text is None or not str(text).strip():
        raise BadQuery("empty query")
    return str(text)


def _shorten(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def search(workspace, text: str, *, priority: str | None = None, limit: int = 10,
           collapse: bool = True) -> list[SearchHit]:
    """Past paragraphs like ``text``, best first, near-copies collapsed.

    With ``collapse`` off every version is listed (the benchmark compares both).
    Raises BadQuery for an empty query (or one of stop words only) or a bad
    limit, UnknownPriority for a priority id drafter does not know.
    """
    check_priority(priority)
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise BadQuery(f"limit must be a positive whole number, not {limit!r}")
    text = _check_text(text)
    index = _index_for(workspace)
    pairs = _query_terms(index, text)
    ranked = index.rank([term for term, _ in pairs], priority=priority, limit=limit,
                        collapse=collapse)
    if not ranked:
        return []
    documents = [document for document, _ in ranked]
    ids = [int(index.paragraph_ids[d]) for d in documents]
    marks = ",".join("?" * len(ids))
    rows = {row[0]: row for row in workspace.database.execute(
        "SELECT p.id, p.statement_id, p.number, p.text, p.priority, p.predicted_priority,"
        " s.title, s.force, s.date, s.file FROM paragraphs p JOIN statements s"
        f" ON s.id = p.statement_id WHERE p.id IN ({marks})", tuple(ids)).fetchall()}
    matched = index.matched_words(documents, pairs)
    hits = []
    for (document, score), paragraph_id, words in zip(ranked, ids, matched):
        row = rows.get(paragraph_id)
        if row is None:  # removed since the index was built
            continue
        hits.append(SearchHit(
            paragraph_id=paragraph_id, statement_id=row[1], number=row[2],
            priority=row[4] or row[5], text=row[3], score=score, title=row[6], force=row[7],
            date=row[8], file=row[9], matched=words,
            also_in=int(index.also_in[index.groups[document]]), predicted=row[4] is None and row[5] is not None,
        ))
    return hits


def classify(workspace, text: str) -> Classification:
    """Predict the section (one of the priorities, introduction or closing) ``text`` belongs to."""
    text = _check_text(text)
    index = _index_for(workspace)
    pairs = _query_terms(index, text)
    if index.classifier is None:
        raise SearchIndexError("cannot classify: the corpus needs paragraphs under at least "
                               "two recognised priority headings")
    columns, weights = index.retriever.tfidf_vector([term for term, _ in pairs])
    probabilities = index.classifier.proba_vector(columns, weights)
    scores = {label: float(p) for label, p in zip(index.classifier.classes_, probabilities)}
    best = max(scores, key=scores.get)
    return Classification(priority=best, confidence=scores[best], scores=scores)


def forget_loaded() -> None:
    """Drop indexes held in memory (the next search loads from disk)."""
    _loaded.clear()
