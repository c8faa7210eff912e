"""Spelling variants of a query word: British and American spellings, and
words written joined, hyphenated or apart.

Only variants the index knows are used (the caller checks), so a rule that
makes a non-word ("door" → "dour") costs a lookup and nothing else.
"""

from __future__ import annotations

import re

# (pattern, replacement) pairs, each applied both ways by listing both.
_RULES = [
    (re.compile(p), r) for p, r in (
        (r"our(?=(s|ed|ing|hood|hoods|able|ite|ites|er|ers)?$)", "or"),  # behaviour, neighbourhood
        (r"(?<=[^o])or(?=(s|ed|ing|hood|hoods|able|ite|ites|er|ers)?$)", "our"),
        (r"is(e|ed|es|ing|ation|ations|er|ers)$", r"iz\1"),               # organise
        (r"iz(e|ed|es|ing|ation|ations|er|ers)$", r"is\1"),
        (r"ys(e|ed|es|ing)$", r"yz\1"),                                   # analyse
        (r"yz(e|ed|es|ing)$", r"ys\1"),
        (r"(?<=[bcdfghkmnpstvz])tre(s?)$", r"ter\1"),                      # centre
        (r"(?<=[bcdfghkmnpstvz])ter(s?)$", r"tre\1"),
        (r"ence(s?)$", r"ense\1"),                                        # defence, licence
        (r"ense(s?)$", r"ence\1"),
        (r"ogue(s?)$", r"og\1"),                                          # catalogue
        (r"gramme(s?)$", r"gram\1"),                                      # programme
        (r"gram(s?)$", r"gramme\1"),
        (r"(?<=[aeiou])ll(ed|ing|er|ers)$", r"l\1"),                      # travelled
        (r"(?<=[aeiou][^aeiou])l(ed|ing|er|ers)$", r"ll\1"),
        (r"ae", "e"),                                                     # paediatric
        (r"oe(?=[^s]|$)", "e"),                                           # manoeuvre
    )
]


def spelling_variants(word: str) -> list[str]:
    """Other spellings of a lower-case word (British ↔ American), the word
    itself left out."""
    found: list[str] = []
    for pattern, replacement in _RULES:
        variant = pattern.sub(replacement, word, count=1)
        if variant != word and variant not in found:
            found.append(variant)
    return found


def splits(word: str, shortest: int = 3):
    """Ways to write ``word`` as two words, each at least ``shortest`` letters
    ("antisocial" → ("anti", "social"), ...)."""
    for at in range(shortest, len(word) - shortest + 1):
        yield word[:at], word[at:]
