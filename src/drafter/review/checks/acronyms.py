"""Acronyms used without definition, defined twice, or written in a near form
of a defined one (DCPP defined, then DCPD and DCP used as if the same).

A definition is "Long Name (LN)" or "LN (Long Name)": the initials of the
long name (with small words such as "and", "of", "to" optional, and
hyphenated words giving a letter per part) must spell the acronym, allowing
trailing words ("Out of Court Disposals (OOC)"). Acronyms on the allow-list in
``common_acronyms.txt`` need no definition: UK, NHS, PCC, HMICFRS, CCTV, MP,
GP.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from drafter.review.document import ReviewDocument, ReviewParagraph
from drafter.review.findings import Finding

ALLOW_LIST_FILE = Path(__file__).with_name("common_acronyms.txt")

# Two or more capitals (digits and & allowed after the first), optional plural "s".
_ACRONYM = re.compile(r"(?<![\w&])(?P<acronym>[A-Z](?:[A-Z0-9&]*[A-Z][A-Z0-9&]*))(?P<plural>s)?(?![\w&])")
_ROMAN = re.compile(r"^[IVXLCDM]+$")
_SMALL_WORDS = frozenset({"and", "of", "the", "for", "to", "in", "on", "&", "a", "an", "at", "by",
                          "with"})
_WORD = re.compile(r"[A-Za-z][\w'’]*(?:-[A-Za-z][\w'’]*)*")
MAX_LONG_WORDS = 10


@lru_cache(maxsize=1)
def allow_list() -> frozenset[str]:
    lines = ALLOW_LIST_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@dataclass
class AcronymUse:
    acronym: str
    paragraph: ReviewParagraph
    order: int  # the paragraph's position in the document
    start: int
    defines: str | None = None  # the long name when this use is a definition

    def comes_before(self, other: "AcronymUse") -> bool:
        return (self.order, self.start) < (other.order, other.start)


def _initials(words: list[str]) -> list[tuple[str, bool]]:
    """(letter, optional) for each word part: "Anti-Social" gives A and S."""
    letters: list[tuple[str, bool]] = []
    for word in words:
        small = word.lower() in _SMALL_WORDS
        for part in word.split("-"):
            if part:
                letters.append((part[0].upper(), small))
    return letters


def _spells(acronym: str, letters: list[tuple[str, bool]]) -> bool:
    """The acronym is the initials in order, small words optional, trailing words allowed."""
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


def _long_name_before(text: str, acronym: str) -> str | None:
    """The long name ending just before "(ACRONYM)", if its initials spell the acronym."""
    words = _WORD.findall(text)[-MAX_LONG_WORDS:]
    for size in range(1, len(words) + 1):
        candidate = words[-size:]
        if not candidate[0][0].isupper() or candidate[0].lower() in _SMALL_WORDS:
            continue
        if _spells(acronym, _initials(candidate)):
            return " ".join(candidate)
    return None


def _long_name_inside(text: str, acronym: str) -> str | None:
    words = _WORD.findall(text)
    if 1 < len(words) <= MAX_LONG_WORDS + 2 and _spells(acronym, _initials(words)):
        return " ".join(words)
    return None


def find_uses(document: ReviewDocument) -> list[AcronymUse]:
    uses: list[AcronymUse] = []
    for order, paragraph in enumerate(document.paragraphs()):
        text = paragraph.text
        for match in _ACRONYM.finditer(text):
            acronym = match.group("acronym")
            if _ROMAN.match(acronym) and len(acronym) <= 4:
                continue
            if match.group("plural") and acronym.endswith("S"):
                continue
            use = AcronymUse(acronym, paragraph, order, match.start())
            after = text[match.end():]
            before = text[:match.start()]
            inside = re.match(r"\s*\(([^()]{3,120})\)", after)
            if re.search(r"\(\s*$", before) and re.match(r"\s*\)", after):
                use.defines = _long_name_before(before.rstrip()[:-1].rstrip(" '’\""), acronym)
            elif inside:
                use.defines = _long_name_inside(inside.group(1), acronym)
            uses.append(use)
    return uses


def _near(a: str, b: str) -> bool:
    """One edit apart (insert, delete or change one letter), same first letter, both 3+ long."""
    if a == b or a[0] != b[0] or min(len(a), len(b)) < 3 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def check(document: ReviewDocument) -> tuple[list[Finding], dict]:
    """Findings, and a summary {defined: {acronym: long name}, undefined: [...], allowed: [...]}."""
    uses = find_uses(document)
    allowed = allow_list()
    definitions: dict[str, list[AcronymUse]] = {}
    for use in uses:
        if use.defines:
            definitions.setdefault(use.acronym, []).append(use)
    findings: list[Finding] = []

    for acronym, defining in definitions.items():
        if len(defining) > 1:
            again = defining[1]
            findings.append(_finding("inconsistent-acronym", again,
                                     f"{acronym} is defined again (first defined in "
                                     f"{defining[0].paragraph.label} as '{defining[0].defines}')"))

    reported: set[tuple[str, int]] = set()
    undefined: list[str] = []
    for use in uses:
        acronym = use.acronym
        if use.defines or acronym in allowed:
            continue
        key = (acronym, id(use.paragraph))
        if key in reported:
            continue
        near = [d for d in definitions if _near(acronym, d)]
        if acronym not in definitions and near:
            first = definitions[near[0]][0]
            findings.append(_finding("inconsistent-acronym", use,
                                     f"{acronym} is not defined but looks like {near[0]} "
                                     f"('{first.defines}', defined in {first.paragraph.label}): "
                                     f"same thing, or a different one?"))
            reported.add(key)
            continue
        if acronym not in definitions:
            if acronym not in undefined:
                undefined.append(acronym)
                findings.append(_finding("undefined-acronym", use,
                                         f"{acronym} is used without being spelled out"))
            reported.add(key)
            continue
        first = definitions[acronym][0]
        if use.comes_before(first) and (acronym, -1) not in reported:
            findings.append(_finding("undefined-acronym", use,
                                     f"{acronym} is used before it is spelled out in "
                                     f"{first.paragraph.label}"))
            reported.add((acronym, -1))
    summary = {
        "defined": {a: d[0].defines for a, d in definitions.items()},
        "undefined": undefined,
        "allowed": sorted({u.acronym for u in uses if u.acronym in allowed}),
    }
    return findings, summary


def _finding(kind: str, use: AcronymUse, message: str) -> Finding:
    paragraph = use.paragraph
    text = paragraph.text
    lo, hi = max(0, use.start - 60), min(len(text), use.start + len(use.acronym) + 60)
    evidence = ("…" if lo else "") + text[lo:hi] + ("…" if hi < len(text) else "")
    return Finding(kind, paragraph.section_label, paragraph.number, message, evidence,
                   index=paragraph.index)
