"""How statements spell out an acronym, in every usual form:

* "Long Name (LN)", "Long Name ('LN')", "Long Name (known as LN)";
* "LN (Long Name)";
* "LN is the Long Name", "LN stands for Long Name", "LN means Long Name";
* "LN, the Long Name, ..." (in apposition);
* "the Long Name, known as LN" or "…, or LN";
* a glossary line or bullet: "LN – Long Name", "LN: Long Name".

The long name's initials (small words such as "and", "of", "to" optional,
hyphenated words giving a letter per part, trailing words allowed) must spell
the acronym. Where the sentence says outright that it is defining ("is the",
"stands for", apposition, glossary), a capitalised name whose initials give
most of the acronym's letters in order is accepted too: "DECCA is the Drug
Education and Confidential Advice Service" spells D-E-C-A, and is a definition
all the same.
"""

from __future__ import annotations

import math
import re

_SMALL_WORDS = frozenset({"and", "of", "the", "for", "to", "in", "on", "&", "a", "an", "at", "by",
                          "with"})
_WORD = re.compile(r"[A-Za-z][\w'’]*(?:-[A-Za-z][\w'’]*)*")
MAX_LONG_WORDS = 10
LOOSE_SHARE = 0.6  # of the acronym's letters, in order, a stated definition's initials must give

_QUOTES = "'’‘\"“”"
_OPEN_BEFORE = re.compile(rf"\(\s*(?:known\s+as\s+|hereafter\s+|or\s+)?(?:the\s+)?[{_QUOTES}]?\s*$",
                          re.IGNORECASE)
_CLOSE_AFTER = re.compile(rf"^[{_QUOTES}]?\s*\)")
_INSIDE_AFTER = re.compile(r"^\s*\(([^()]{3,120})\)")
_STATED_AFTER = re.compile(
    r"^\s+(?:is|are|was|were|means|stands\s+for|is\s+short\s+for)\s+(?:the\s+|a\s+|an\s+|our\s+)?",
    re.IGNORECASE)
_APPOSITION_AFTER = re.compile(r"^\s*,\s+(?:the\s+|a\s+|an\s+|our\s+)?")
_GLOSSARY_AFTER = re.compile(r"^\s*(?:[:–—]|-\s)\s*")
_KNOWN_AS_BEFORE = re.compile(r",?\s+(?:known\s+as|or|hereafter|referred\s+to\s+as)\s+(?:the\s+)?$",
                              re.IGNORECASE)


def _initials(words: list[str]) -> list[tuple[str, bool]]:
    """(letter, optional) for each word part: "Anti-Social" gives A and S."""
    letters: list[tuple[str, bool]] = []
    for word in words:
        small = word.lower() in _SMALL_WORDS
        for part in word.split("-"):
            if part:
                letters.append((part[0].upper(), small))
    return letters


def spells(acronym: str, words: list[str]) -> bool:
    """The acronym is the initials in order, small words optional, trailing words allowed."""
    letters = _initials(words)
    target = acronym.upper()

    def walk(ai: int, li: int) -> bool:
        if ai == len(target):
            return True
        if li == len(letters):
            return False
        letter, optional = letters[li]
        if letter == target[ai] and walk(ai + 1, li + 1):
            return True
        return optional and walk(ai, li + 1)

    return bool(letters) and letters[0][0] == target[0] and walk(0, 0)


def _loosely_spells(acronym: str, words: list[str]) -> bool:
    """A capitalised name of two or more words, first initial right, whose
    initials give most of the acronym's letters in order."""
    letters = [letter for letter, _ in _initials(words)]
    target = [c for c in acronym.upper() if c.isalpha()]
    if len(words) < 2 or not words[0][0].isupper() or not letters or letters[0] != target[0]:
        return False
    # Longest common subsequence of the acronym's letters and the initials.
    previous = [0] * (len(letters) + 1)
    for wanted in target:
        current = [0]
        for j, letter in enumerate(letters):
            current.append(previous[j] + 1 if wanted == letter else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1] >= max(2, math.ceil(LOOSE_SHARE * len(target)))


def _name_ending(text: str, acronym: str) -> str | None:
    """The long name ending at the end of ``text``, if its initials spell the acronym."""
    words = _WORD.findall(text)[-MAX_LONG_WORDS:]
    for size in range(1, len(words) + 1):
        candidate = words[-size:]
        if candidate[0].lower() in _SMALL_WORDS:
            continue
        if spells(acronym, candidate):
            return " ".join(candidate)
    return None


def _name_starting(text: str, acronym: str, *, stated: bool) -> str | None:
    """The long name at the start of ``text``: the shortest run of words that
    spells the acronym, else (``stated``) its capitalised run if that loosely does."""
    words = _WORD.findall(text[:200])[:MAX_LONG_WORDS + 2]
    for size in range(1, len(words) + 1):
        if spells(acronym, words[:size]) and words[size - 1].lower() not in _SMALL_WORDS:
            return " ".join(words[:size])
    if not stated:
        return None
    run: list[str] = []
    for word in words:
        if word[0].isupper() or (run and word.lower() in _SMALL_WORDS):
            run.append(word)
        else:
            break
    while run and run[-1].lower() in _SMALL_WORDS:
        run.pop()
    return " ".join(run) if _loosely_spells(acronym, run) else None


def definition_at(text: str, start: int, end: int, acronym: str) -> str | None:
    """The long name if the acronym at ``text[start:end]`` is being defined there."""
    before, after = text[:start], text[end:]
    opened = _OPEN_BEFORE.search(before)
    if opened and _CLOSE_AFTER.match(after):
        return _name_ending(before[:opened.start()].rstrip(" ,"), acronym)
    inside = _INSIDE_AFTER.match(after)
    if inside:
        words = _WORD.findall(inside.group(1))
        if 1 < len(words) <= MAX_LONG_WORDS + 2 and spells(acronym, words):
            return " ".join(words)
        return None
    for pattern in (_STATED_AFTER, _APPOSITION_AFTER):
        stated = pattern.match(after)
        if stated:
            found = _name_starting(after[stated.end():], acronym, stated=True)
            if found:
                return found
    if not before.strip():
        glossary = _GLOSSARY_AFTER.match(after)
        if glossary:
            return _name_starting(after[glossary.end():], acronym, stated=True)
    known = _KNOWN_AS_BEFORE.search(before)
    if known:
        return _name_ending(before[:known.start()], acronym)
    return None
