"""Where the search index lives on disk and whether it is current.

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
import time
import uuid
from pathlib import Path

from drafter.errors import SearchIndexError
from drafter.files import write_atomically

FORMAT_VERSION = 2
INDEX_DIR = "search"
CURRENT_FILE = "CURRENT"


def index_root(workspace) -> Path:
    return Path(workspace.models_dir) / INDEX_DIR


def current_dir(workspace) -> Path | None:
    root = index_root(workspace)
    try:
        name = (root / CURRENT_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    path = root / name
    return path if name and path.is_dir() else None


def read_meta(path: Path | None) -> dict | None:
    if path is None:
        return None
    try:
        return json.loads((path / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def is_current(meta: dict | None, generation: int, analyser: str) -> bool:
    return bool(meta) and meta.get("format") == FORMAT_VERSION \
        and meta.get("generation") == generation and meta.get("analyser") == analyser


def index_is_current(workspace) -> bool:
    """True when the saved index matches the corpus and the analyser in use."""
    from drafter.search.terms import analyser_id
    from drafter.store.statements import generation

    meta = read_meta(current_dir(workspace))
    return is_current(meta, generation(workspace.database), analyser_id())


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
    if not all(key in saved for key in ("stop_words", "exceptions", "rules")):
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


def save(workspace, meta, retriever, classifier, query_tables, arrays) -> Path:
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
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise SearchIndexError(f"{root}: cannot save the search index ({exc.strerror or exc})") from None
    write_atomically(root / CURRENT_FILE, lambda temp: temp.write_text(name, encoding="utf-8"),
                     lambda problem: SearchIndexError(f"cannot save the search index: {problem}"))
    for old in root.iterdir():
        if old.is_dir() and old.name != name:
            shutil.rmtree(old, ignore_errors=True)
    return directory
