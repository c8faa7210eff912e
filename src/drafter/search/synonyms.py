"""The workspace's synonyms file: words a writer may use for what statements
call something else, in the Solr / Elasticsearch synonyms format.

    # a comment; blank lines are ignored
    VRU, VRP, violence reduction unit, violence reduction partnership
    anti-social, antisocial
    burglar alarm => intruder alarm

- ``a, b, c`` makes the entries equivalent: a query with any of them also
  finds the others (acronyms both ways, spelling variants as one term);
- ``a, b => c`` replaces a query's ``a`` or ``b`` by ``c`` (write
  ``a => a, c`` to keep ``a`` as well);
- an entry may be several words; a comma or ``=>`` inside an entry is
  written ``\\,`` or ``\\=>``;
- ``#`` at the start of a line or after a space starts a comment, to the
  end of the line (``\\#`` is a hash).

Synonyms apply when searching, not when indexing, so an edit takes effect at
the next search. A bad line stops searches with one message naming the file
and the line (never a silent fallback): see :class:`SynonymsError`.
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass
from pathlib import Path

from drafter.errors import SynonymsError
from drafter.files import read_list_file, refuse_bad_lines

FILE_NAME = "synonyms.txt"
MAX_BYTES = 2_000_000
_ARROW = "=>"


@dataclass(frozen=True)
class SynonymRule:
    """One line: ``sources`` (what a query may contain) and ``targets`` (what
    it is expanded to). For an equivalence line both are every entry."""

    line: int
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    replaces: bool = False


@functools.lru_cache(maxsize=1)
def bundled_synonyms() -> Path:
    """The synonyms file shipped with drafter (copied into new workspaces)."""
    return Path(__file__).resolve().parent / FILE_NAME


def workspace_synonyms(workspace) -> Path:
    """``<workspace>/synonyms.txt``; the bundled file when the workspace has none."""
    return _in_workspace(str(workspace.path))


@functools.lru_cache(maxsize=64)
def _in_workspace(workspace_path: str) -> Path:
    return Path(workspace_path) / FILE_NAME


def read_synonyms(path: Path) -> list[SynonymRule]:
    """Parse a synonyms file; SynonymsError names the first bad line. The
    rules of an unchanged file are remembered (a refreshed index compiles
    them again, it need not read them again)."""
    stamp = file_stamp(path)
    held = _parsed.get(str(path))
    if held is not None and held[0] == stamp:
        return held[1]
    rules = _read(path)
    _parsed[str(path)] = (stamp, rules)
    return rules


_parsed: dict[str, tuple] = {}


def _read(path: Path) -> list[SynonymRule]:
    text = read_list_file(path, SynonymsError, MAX_BYTES,
                          f"a synonyms file may hold at most {MAX_BYTES / 1e6:.0f} MB")
    return parse_synonyms(text, path)


def parse_synonyms(text: str, path: Path | str = FILE_NAME) -> list[SynonymRule]:
    """Rules from synonyms text. Every line is checked; the error names the
    first bad one and counts the others."""
    rules: list[SynonymRule] = []
    problems: list[tuple[int, str]] = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = _without_comment(raw).strip()
        if not line:
            continue
        try:
            rules.append(_parse_line(line, number))
        except ValueError as problem:
            problems.append((number, str(problem)))
    refuse_bad_lines(path, problems, SynonymsError)
    return rules


def _without_comment(line: str) -> str:
    """``line`` up to its comment: a ``#`` opening the line or after a space
    ("VRU, VRN  # Lancashire's name" is VRU and VRN), not an escaped ``\\#``
    nor one inside a word."""
    if "#" not in line:
        return line
    i = 0
    while i < len(line):
        if line[i] == "\\":
            i += 2
            continue
        if line[i] == "#" and (i == 0 or line[i - 1].isspace()):
            return line[:i]
        i += 1
    return line


def _parse_line(line: str, number: int) -> SynonymRule:
    sides = _split(line, _ARROW)
    if len(sides) > 2:
        raise ValueError("more than one '=>' (write one mapping per line)")
    if len(sides) == 2:
        sources, targets = (_entries(side, which) for side, which in
                            zip(sides, ("before '=>'", "after '=>'")))
        return SynonymRule(number, sources, targets, replaces=True)
    entries = _entries(sides[0], "")
    if len(set(e.lower() for e in entries)) < 2:
        raise ValueError(f"{entries[0]!r} has nothing to be a synonym of "
                         "(list two or more entries separated by commas)")
    return SynonymRule(number, entries, entries)


def _entries(side: str, where: str) -> tuple[str, ...]:
    parts = [_unescape(part).strip() for part in _split(side, ",")]
    if not any(parts):
        raise ValueError(f"nothing {where}".strip() if where else "no entries")
    if not all(parts):
        raise ValueError(f"an empty entry {where}".rstrip() + " (two commas together, or a comma at an end)")
    for part in parts:
        if not any(c.isalnum() for c in part):
            raise ValueError(f"{part!r} has no letters or digits")
    return tuple(" ".join(part.split()) for part in parts)


def _split(text: str, separator: str) -> list[str]:
    """Split on ``separator`` where it is not escaped with a backslash."""
    if "\\" not in text:  # most lines: no escapes to walk through
        return text.split(separator)
    parts, current, i = [], [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            current.append(text[i:i + 2])
            i += 2
        elif text.startswith(separator, i):
            parts.append("".join(current))
            current = []
            i += len(separator)
        else:
            current.append(text[i])
            i += 1
    parts.append("".join(current))
    return parts


def _unescape(text: str) -> str:
    if "\\" not in text:
        return text
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out.append(text[i + 1])
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def file_stamp(path: Path) -> tuple:
    """(file to read, a stamp that changes when it is edited): the file at
    ``path``, else the bundled one. One stat when the file is there."""
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return bundled_synonyms(), ("bundled",)
    except OSError:
        return path, (None,)  # unreadable: read_synonyms says why
    return path, (stat.st_mtime_ns, stat.st_size, stat.st_ino)


class SynonymMap:
    """Rules in the index's terms: a query's term sequence → alternatives.

    ``analyse`` turns an entry into index terms the way queries are analysed
    (lemmas, stop words dropped), so "knives" in the file matches "knife" in
    a query.
    """

    def __init__(self, rules: list[SynonymRule], analyse, path: Path | str = FILE_NAME):
        # Each source keeps its rule's targets, shared, not its own copy of
        # the others: a line of N entries costs N, not N² (a source's
        # alternatives are worked out when a query holds it).
        self.by_first: dict[str, list[tuple]] = {}
        for rule in rules:
            sources = [self._terms(entry, rule, analyse, path) for entry in rule.sources]
            analysed = sources if rule.targets is rule.sources else \
                [self._terms(entry, rule, analyse, path) for entry in rule.targets]
            # An entry of several words left with one ("broken into" is
            # "broken" once "into" is dropped as a common word) would stand
            # for that word anywhere: it is no alternative to look for, and
            # a query holds it only when it has the whole phrase.
            targets = tuple(dict.fromkeys(terms for terms, phrase in analysed if phrase is None))
            among_targets = set(targets)
            for source, phrase in dict.fromkeys(sources):
                keeps = not rule.replaces or not targets or source in among_targets
                has_alternatives = len(targets) > 1 or (targets and targets[0] != source)
                if has_alternatives or not keeps:
                    self.by_first.setdefault(source[0], []).append((source, targets, not keeps, phrase))
        for entries in self.by_first.values():
            entries.sort(key=lambda entry: -len(entry[0]))

    @classmethod
    def of_entries(cls, by_first: dict[str, list[tuple]]) -> "SynonymMap":
        """A map of entries already compiled (as :attr:`by_first` holds them)."""
        synonyms = cls.__new__(cls)
        synonyms.by_first = by_first
        return synonyms

    @staticmethod
    def _terms(entry: str, rule: SynonymRule, analyse, path) -> tuple[tuple[str, ...], "re.Pattern | None"]:
        """The entry's index terms, and for an entry of several words left
        with one term, the pattern of the whole phrase in a query."""
        from drafter.search.terms import WORD

        terms = tuple(analyse(entry))
        if not terms:
            raise SynonymsError(f"{path}: line {rule.line}: {entry!r} has no searchable words "
                                "(common words and figures are not indexed)")
        if len(terms) > 1:
            return terms, None
        words = WORD.findall(entry.lower())
        if len(words) < 2:
            return terms, None
        # Apart, hyphenated or joined, the last word perhaps plural ("break-ins").
        joined = r"[\s\-]*".join(re.escape(word) for word in words)
        return terms, re.compile(rf"(?<![^\W_]){joined}(?:e?s)?(?![^\W_])", re.IGNORECASE)

    def matches(self, terms: list[str], text: str = ""):
        """(start, end, alternatives, replaces) for every rule whose entry
        occurs in ``terms`` (an entry that lost words to the stop list only
        where the query ``text`` has the whole phrase)."""
        found = []
        for start, term in enumerate(terms):
            for source, targets, replaces, phrase in self.by_first.get(term, ()):
                end = start + len(source)
                if tuple(terms[start:end]) == source and (phrase is None or phrase.search(text)):
                    found.append((start, end, tuple(t for t in targets if t != source), replaces))
        return found

    def __len__(self) -> int:
        return sum(len(entries) for entries in self.by_first.values())


class _Asked:
    """A container or mapping that remembers every key it was asked about."""

    def __init__(self, inner):
        self.inner = inner
        self.keys: set = set()

    def __contains__(self, key) -> bool:
        self.keys.add(key)
        return key in self.inner

    def get(self, key, default=None):
        self.keys.add(key)
        return self.inner.get(key, default)


@dataclass(frozen=True)
class CompiledSynonyms:
    """A synonyms file compiled for an index, with the questions compiling
    it asked: which terms the index has, and the lemma of which words. An
    index that answers them the same (one that added or removed other words)
    would compile the file the same."""

    stamp: tuple
    synonyms: SynonymMap
    vocabulary: dict
    lemmas: dict

    @classmethod
    def compile(cls, stamp: tuple, rules: list[SynonymRule], analyser_for, vocabulary,
                lemmas: dict) -> "CompiledSynonyms":
        """``analyser_for(vocabulary, lemmas)`` gives entry → index terms."""
        asked_vocabulary, asked_lemmas = _Asked(vocabulary), _Asked(lemmas)
        synonyms = SynonymMap(rules, analyser_for(asked_vocabulary, asked_lemmas), stamp[0])
        return cls(stamp, synonyms, {term: term in vocabulary for term in asked_vocabulary.keys},
                   {word: lemmas.get(word) for word in asked_lemmas.keys})

    def holds_for(self, vocabulary, lemmas: dict) -> bool:
        return all(lemmas.get(word) == lemma for word, lemma in self.lemmas.items()) \
            and all((term in vocabulary) == had for term, had in self.vocabulary.items())
