"""A workspace's synonyms file compiled once, kept beside the index.

Compiling a synonyms file analyses every entry as a query is analysed: for
a file of 30,000 lines that is several seconds of CPU, which each new
``drafter search`` process paid before its first result. The compiled form
is saved in the index's folder under the file's content hash and the
analysis version, so a later process with the same file loads it instead.

The saved form also records what compiling asked of the index (which
terms it holds, each word's lemma); an index that answers differently
(statements added or removed since) compiles the file again. A changed
file has another hash, so it is read and checked line by line as always,
and a bad file is never saved. The saved file is a cache: one that cannot
be read back as written (cut short, edited, another format) is ignored
and written again, never an error.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
from itertools import chain
from pathlib import Path

from drafter.search.synonyms import MAX_BYTES, CompiledSynonyms, SynonymMap, read_synonyms

CACHE_FORMAT = 2  # 2: a comment after an entry is no part of it
PREFIX = "synonyms-"


def compiled_synonyms(stamp: tuple, folder: Path, analyser: str, collection, lemmas: dict,
                      analyser_for) -> CompiledSynonyms:
    """The synonyms file of ``stamp`` (see ``synonyms.file_stamp``) compiled
    for ``collection`` and ``lemmas``: loaded from ``folder`` when saved there
    for the same content, analyser and answers, else compiled (raising
    SynonymsError for a bad line) and saved."""
    key = _content_key(stamp[0], analyser)
    target = folder / f"{PREFIX}{key[:32]}.json" if key else None
    if target is not None:
        held = _load(target, key, stamp, collection, lemmas)
        if held is not None:
            return held
    rules = read_synonyms(stamp[0])
    from drafter.search.terms import WORD

    collection.lookup([word.lower() for rule in rules for entry in {*rule.sources, *rule.targets}
                       for word in WORD.findall(entry)])
    compiled = CompiledSynonyms.compile(stamp, rules, analyser_for, collection, lemmas)
    if target is not None:
        _save(target, key, compiled)
    return compiled


def _content_key(path: Path, analyser: str) -> str | None:
    """A hash of the file's bytes, the analyser and the cache's format; None
    when the file cannot be read whole (reading it for real says why)."""
    try:
        found = os.stat(path)
        # Only a regular file within the limit: a pipe or a device would never
        # end (reading it for real refuses it by name).
        if not stat.S_ISREG(found.st_mode) or found.st_size > MAX_BYTES:
            return None
        data = Path(path).read_bytes()
    except OSError:
        return None
    digest = hashlib.sha256(data)
    digest.update(f"\0{analyser}\0{CACHE_FORMAT}".encode())
    return digest.hexdigest()


def _load(target: Path, key: str, stamp: tuple, collection, lemmas: dict) -> CompiledSynonyms | None:
    try:
        saved = json.loads(target.read_text(encoding="utf-8"))
        if saved.get("key") != key:
            return None
        held, absent, asked_lemmas = _words(saved["held"], []), _words(saved["absent"], []), saved["lemmas"]
        targets = [tuple(tuple(_words(terms)) for terms in alternatives) for alternatives in saved["targets"]]
        by_first: dict[str, list[tuple]] = {}
        sources = []
        for source, which, replaces, phrase in saved["entries"]:
            if type(source) is not list or not source:
                raise ValueError("not a list of words")
            sources.append(source)
            by_first.setdefault(source[0], []).append(
                (tuple(source), targets[which], replaces is True,
                 re.compile(_words([phrase])[0], re.IGNORECASE) if phrase is not None else None))
        "".join(chain.from_iterable(sources))  # TypeError unless every word is a string
        if any(lemmas.get(word) != lemma for word, lemma in asked_lemmas.items()):
            return None
    except (OSError, ValueError, KeyError, IndexError, TypeError, AttributeError, re.error, RecursionError):
        return None
    asked = held + absent
    found = collection.lookup(asked)  # one batch, not a lookup a term
    for place, (columns, _) in enumerate(found):
        if any(column >= 0 for column in columns) != (place < len(held)):
            return None
    vocabulary = dict.fromkeys(held, True) | dict.fromkeys(absent, False)
    return CompiledSynonyms(stamp, SynonymMap.of_entries(by_first), vocabulary, asked_lemmas)


def _save(target: Path, key: str, compiled: CompiledSynonyms) -> None:
    """Write the cache; a folder that cannot be written only costs the next
    process the compiling."""
    from drafter.files import write_atomically

    # A line's entries share its targets: saved once, named by their place.
    places: dict[tuple, int] = {}
    entries = []
    for first_entries in compiled.synonyms.by_first.values():
        for source, targets, replaces, phrase in first_entries:
            which = places.setdefault(targets, len(places))
            entries.append([source, which, replaces, phrase.pattern if phrase is not None else None])
    saved = {"key": key, "held": [t for t, had in compiled.vocabulary.items() if had],
             "absent": [t for t, had in compiled.vocabulary.items() if not had],
             "lemmas": compiled.lemmas, "targets": list(places), "entries": entries}
    try:
        if not target.parent.is_dir():
            return
        write_atomically(target, lambda temp: temp.write_text(json.dumps(saved), encoding="utf-8"),
                         lambda problem: OSError(problem))
        for other in target.parent.glob(f"{PREFIX}*.json"):
            if other != target:
                other.unlink(missing_ok=True)
    except OSError:
        pass


def _words(value, empty=None) -> list[str]:
    """``value`` when it is a list of words as saved (empty only when
    ``empty`` is given), else ValueError: a term that is no string would
    fail a lookup at query time."""
    if not isinstance(value, list) or not (value or empty == []):
        raise ValueError("not a list of words")
    "".join(value)  # TypeError unless every item is a string, at C speed
    return value
