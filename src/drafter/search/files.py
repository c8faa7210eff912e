"""Where the search index lives on disk and whether it is current.

Layout under ``<workspace>/models/search/``: one directory per full build
(the main segment) holding ``meta.json`` (corpus generation, analyser,
library versions, build time), the retriever, the classifier, the learned
associations, the query analyser's tables and per-paragraph arrays; and at
most one delta directory (statements added and removed since, see
``delta.py``). ``CURRENT`` names the main directory on its first line and the
delta, if any, on its second; it is replaced atomically, so a reader never
sees half an index.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

from drafter.errors import SearchIndexError
from drafter.files import NO_ROOM, make_folder, write_atomically
from drafter.search.build_holder import RUNNING, claim, holder_state

FORMAT_VERSION = 5  # 5: version links between substantial paragraphs ignore rivals paired far more closely elsewhere
INDEX_DIR = "search"
CURRENT_FILE = "CURRENT"


def index_root(workspace) -> Path:
    return Path(workspace.models_dir) / INDEX_DIR


class DamagedIndex(SearchIndexError):
    """Index files that cannot be read back (cut short, overwritten): the
    index is a cache, so callers build it again rather than stop."""


# What numpy and json raise for a file that is not what was written: junk,
# a pickle (never loaded: allow_pickle stays off), a cut-off array, a value
# of the wrong shape.
_UNREADABLE = (OSError, ValueError, KeyError, IndexError, TypeError, AttributeError, EOFError)


@contextmanager
def reading_index(directory: Path):
    """Turn any failure to read ``directory``'s files into :class:`DamagedIndex`."""
    try:
        yield
    except _UNREADABLE as exc:
        reason = " ".join(str(exc).split())[:80] or type(exc).__name__
        raise DamagedIndex(f"{directory}: the search index is damaged ({reason}); "
                           "it is built again from the corpus") from None


def can_save(workspace) -> bool:
    """Whether this user may write the index's folder (or make it)."""
    folder = next(path for path in (index_root(workspace), Path(workspace.models_dir), Path(workspace.path))
                  if path.exists() or path == Path(workspace.path))
    return os.access(folder, os.W_OK)


def make_index_root(workspace) -> Path:
    """The index's directory, made if missing; a file where a folder should
    be (``models`` or ``models/search``) is named, never written over."""
    root = index_root(workspace)
    try:
        make_folder(root)
    except OSError as exc:
        blocking = next((path for path in (root.parent, root) if path.exists() and not path.is_dir()), None)
        if blocking is not None:
            raise SearchIndexError(f"{blocking}: is a file, but drafter keeps its search index in a folder "
                                   "there; move the file away and try again") from None
        raise SearchIndexError(f"{root}: cannot make the search index's folder "
                               f"({(exc.strerror or str(exc)).lower()})") from None
    return root


ARRAY_NAMES = ("paragraph_ids", "statement_ids", "dates", "positions", "codes", "term_keys",
               "groups", "group_indptr", "group_members", "also_in")
"""The per-paragraph and per-group arrays a segment saves as ``<name>.npy``."""


def read_main_segment(directory: Path) -> tuple:
    """(meta, retriever, classifier or None, query tables, arrays) as a full
    build saved them in ``directory``; numpy's and json's own errors for a
    file that is not what was written (see :func:`reading_index`)."""
    import numpy as np

    from drafter.search.classifier import PriorityClassifier
    from drafter.search.tfidf import TfidfRetriever

    meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
    retriever = TfidfRetriever.from_disk(directory / "retriever")
    classifier = PriorityClassifier.from_disk(directory / "classifier") \
        if (directory / "classifier").is_dir() else None
    query_tables = json.loads((directory / "query.json").read_text(encoding="utf-8"))
    arrays = {key: np.load(directory / f"{key}.npy") for key in ARRAY_NAMES}
    return meta, retriever, classifier, query_tables, arrays


def current_dirs(workspace) -> tuple[Path | None, Path | None]:
    """(main directory, delta directory or None) in use."""
    root = index_root(workspace)
    try:
        names = (root / CURRENT_FILE).read_text(encoding="utf-8").split()
    except (OSError, ValueError):  # missing, or junk: no index in use
        return None, None
    main = root / names[0] if names else None
    if main is None or not main.is_dir():
        return None, None
    delta = root / names[1] if len(names) > 1 else None
    return main, delta if delta is not None and delta.is_dir() else None


def current_dir(workspace) -> Path | None:
    """The main directory in use."""
    return current_dirs(workspace)[0]


def read_meta(path: Path | None) -> dict | None:
    if path is None:
        return None
    try:
        meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return meta if isinstance(meta, dict) else None


def is_current(meta: dict | None, delta_meta: dict | None, generation: int, analyser: str) -> bool:
    """Whether the main index (and its delta) cover this corpus generation."""
    if not meta or meta.get("format") != FORMAT_VERSION or meta.get("analyser") != analyser:
        return False
    covered = delta_meta.get("generation") if delta_meta else meta.get("generation")
    return covered == generation


def is_earlier_state(workspace, meta: dict, delta_meta: dict | None) -> bool:
    """Whether the saved index is of an earlier state of this database, so the
    statements added and removed since are all that changed. One made before a
    backup was restored is not: a statement it holds may stand under the same
    id with other words."""
    from drafter.store.statements import generation_history

    history = set(generation_history(workspace.database))
    return all(part.get("generation") in history for part in (meta, delta_meta) if part)


def index_is_current(workspace) -> bool:
    """True when the saved index matches the corpus and the analyser in use."""
    from drafter.search.terms import analyser_id
    from drafter.store.statements import generation

    main, delta = current_dirs(workspace)
    return is_current(read_meta(main), read_meta(delta), generation(workspace.database), analyser_id())


def reusable_tables(directory: Path | None, analyser: str) -> dict | None:
    """The previous index's pipeline tables (stop words, lemmatizer rules) when
    it was made by the same analyser: a rebuild that parses nothing then need
    not load spaCy at all."""
    meta = read_meta(directory)
    if not meta or meta.get("analyser") != analyser:
        return None
    try:
        saved = json.loads((directory / "query.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(saved, dict) or not all(key in saved for key in ("stop_words", "exceptions", "rules")):
        return None
    return {key: saved[key] for key in ("stop_words", "exceptions", "rules")}


def library_versions() -> dict:
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


def save(workspace, meta, write) -> Path:
    """Write a new main directory (``write(staging)`` fills it) and make it
    current, with no delta; older directories are removed."""
    name = f"index-{meta['generation']}-{_stamp()}"
    directory = _write_directory(workspace, name, meta, write)
    _point_at(workspace, name)
    _remove_others(index_root(workspace), {name})
    return directory


def save_or_keep_in_memory(workspace, meta, write) -> tuple[Path, str | None]:
    """:func:`save`'s directory and None; on a full disk, the name an index kept in memory
    goes by and why it could not be saved, so that the index built is still searched."""
    try:
        return save(workspace, meta, write), None
    except SearchIndexError as problem:
        if not getattr(problem, "no_room", False):
            raise
        return index_root(workspace) / "in-memory", str(problem)


def save_delta(workspace, main: Path, meta, write) -> Path:
    """Write a new delta directory beside ``main`` and make the pair current."""
    name = f"delta-{meta['generation']}-{_stamp()}"
    directory = _write_directory(workspace, name, meta, write)
    _point_at(workspace, f"{main.name}\n{name}")
    _remove_others(index_root(workspace), {main.name, name})
    return directory


def _stamp() -> str:
    return f"{time.strftime('%Y%m%d%H%M%S')}-{os.getpid()}-{uuid.uuid4().hex[:6]}"


def _write_directory(workspace, name: str, meta: dict, write) -> Path:
    root = index_root(workspace)
    directory = root / name
    staging = root / f".{name}.partial"
    if staging.exists():
        shutil.rmtree(staging)
    try:
        make_folder(staging)
        write(staging)
        (staging / "meta.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")
        staging.rename(directory)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        problem = SearchIndexError(f"{root}: cannot save the search index ({exc.strerror or exc})")
        problem.no_room = exc.errno in NO_ROOM  # a full disk: the index built may still be searched from memory
        raise problem from None
    return directory


def _point_at(workspace, names: str) -> None:
    write_atomically(index_root(workspace) / CURRENT_FILE,
                     lambda temp: temp.write_text(names, encoding="utf-8"),
                     lambda problem: SearchIndexError(f"cannot save the search index: {problem}"))


def _remove_others(root: Path, keep: set[str]) -> None:
    for old in root.iterdir():
        if old.is_dir() and old.name not in keep:
            shutil.rmtree(old, ignore_errors=True)


_build_thread_lock = threading.RLock()
BUILD_WAIT_SECONDS = 600  # a large corpus's full build takes minutes; a stopped one holds the lock for ever
# A search waits this long for a build it cannot see working (one stopped with Ctrl+Z, one on another
# machine), then makes its own index in memory; one it sees working it waits for.
SEARCH_WAIT_SECONDS = 3


def _lock_file(path: Path):
    """The lock file, opened for writing where this user may (a network share's locks need it),
    else for reading: a lock file a colleague made without the group's write bit still locks."""
    try:
        return os.fdopen(os.open(path, os.O_RDWR | os.O_CREAT, 0o666), "rb")
    except PermissionError:
        return os.fdopen(os.open(path, os.O_RDONLY), "rb")


def _wait_for(handle, root: Path, give_up_after: float | None = None) -> bool:
    """Take the lock, waiting for another drafter's build; False, for a search (``give_up_after``
    given), once that many seconds have passed with the holder stopped or out of sight, or the
    whole wait with it working (a search then makes its own index in memory instead)."""
    import fcntl

    started = time.monotonic()
    deadline = started + BUILD_WAIT_SECONDS
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            claim(handle)
            return True
        except BlockingIOError:
            now = time.monotonic()
            if give_up_after is not None and (now >= deadline or now >= started + give_up_after
                                              and holder_state(root / ".lock") != RUNNING):
                return False
            if now >= deadline:
                raise SearchIndexError(
                    f"{root}: busy: another drafter has been building the search index for over "
                    f"{BUILD_WAIT_SECONDS // 60} minutes (one stopped with Ctrl+Z keeps it waiting): "
                    "try again when it has finished") from None
            time.sleep(0.1)
        except OSError as exc:  # a file system that cannot lock (some network shares)
            raise SearchIndexError(f"{root}: cannot lock the search index ({exc.strerror or exc}): "
                                   "a folder on a share that offers no file locks cannot hold it") from None


@contextmanager
def build_lock(workspace, searching: bool = False):
    """One build at a time per workspace (processes and threads); yields whether it holds
    the lock, False when, ``searching``, another drafter's build held it past SEARCH_WAIT_SECONDS."""
    root = make_index_root(workspace)
    with _build_thread_lock:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - not on POSIX
            yield True
            return
        try:
            handle = _lock_file(root / ".lock")
        except OSError as exc:
            raise SearchIndexError(f"{root}: cannot build the search index here ({exc.strerror or exc}): "
                                   "drafter needs write access to its models folder") from None
        with handle:
            if not _wait_for(handle, root, SEARCH_WAIT_SECONDS if searching else None):
                yield False
                return
            try:
                yield True
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)
