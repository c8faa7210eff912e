"""Acronyms used without definition, defined twice, or written in a near form
of a defined one (DCPP defined, then DCPD and DCP used as if the same).

What counts as a definition is in :mod:`acronym_definitions` ("Long Name
(LN)", "LN (Long Name)", "LN is the Long Name", "LN, the Long Name," …).
Acronyms on the office's list (the workspace's ``acronyms.txt``, see
:mod:`acronym_list`; by default UK, NHS, PCC, HMICFRS, ASB and a few more)
need no definition.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from drafter.fill.results import WRITER_NOTE_RE
from drafter.review.checks.acronym_definitions import definition_at
from drafter.review.checks.acronym_list import bundled_acronyms, read_acronyms
from drafter.review.document import ReviewDocument, ReviewParagraph
from drafter.review.findings import Finding

# Two or more capitals (digits and & allowed after the first), optional plural "s".
_ACRONYM = re.compile(r"(?<![\w&])(?P<acronym>[A-Z](?:[A-Z0-9&]*[A-Z][A-Z0-9&]*))(?P<plural>s)?(?![\w&])")
_ROMAN = re.compile(r"^[IVXLCDM]+$")
# How performance packs shorten a period ("YE Sep 26", "FY25/26", "FYTD"), which review itself
# reads as that period: the reader of a statement on the priorities knows them as it does.
_PERIOD_ABBREVIATIONS = re.compile(r"^(?:YE|FY|F?YTD)(?:\d{2})?$")


@lru_cache(maxsize=1)
def allow_list() -> frozenset[str]:
    """The bundled list (what a workspace without its own list uses)."""
    return read_acronyms(bundled_acronyms())


@dataclass
class AcronymUse:
    acronym: str
    paragraph: ReviewParagraph
    order: int  # the paragraph's position in the document
    start: int
    defines: str | None = None  # the long name when this use is a definition

    def comes_before(self, other: "AcronymUse") -> bool:
        return (self.order, self.start) < (other.order, other.start)


def find_uses(document: ReviewDocument) -> list[AcronymUse]:
    uses: list[AcronymUse] = []
    for order, paragraph in enumerate(document.paragraphs()):
        text = paragraph.text
        # "TODO", "[TBC]": a note the writer left (review's note-left), not an acronym to define.
        notes = [match.span() for match in WRITER_NOTE_RE.finditer(text)]
        for match in _ACRONYM.finditer(text):
            if any(start <= match.start() < end for start, end in notes):
                continue
            acronym = match.group("acronym")
            if _ROMAN.match(acronym) and len(acronym) <= 4 or _PERIOD_ABBREVIATIONS.match(acronym):
                continue
            if match.group("plural") and acronym.endswith("S"):
                continue
            use = AcronymUse(acronym, paragraph, order, match.start())
            use.defines = definition_at(text, match.start(), match.end(), acronym)
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


def check(document: ReviewDocument, allowed: frozenset[str] | None = None) -> tuple[list[Finding], dict]:
    """Findings, and a summary {defined: {acronym: long name}, undefined: [...],
    allowed: [...]}: ``allowed`` lists the acronyms on the office's list that
    the text uses without defining (default list: the bundled one)."""
    uses = find_uses(document)
    allowed = allow_list() if allowed is None else allowed
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
        # "the 'DECCA' team. DECCA is the Drug Education …": spelled out where it is
        # first used, a sentence or two on, is spelled out.
        if use.comes_before(first) and first.paragraph is not use.paragraph \
                and (acronym, -1) not in reported:
            findings.append(_finding("undefined-acronym", use,
                                     f"{acronym} is used before it is spelled out in "
                                     f"{first.paragraph.label}"))
            reported.add((acronym, -1))
    summary = {
        "defined": {a: d[0].defines for a, d in definitions.items()},
        "undefined": undefined,
        "allowed": sorted({u.acronym for u in uses if u.acronym in allowed and u.acronym not in definitions}),
    }
    return findings, summary


def _finding(kind: str, use: AcronymUse, message: str) -> Finding:
    paragraph = use.paragraph
    text = paragraph.text
    lo, hi = max(0, use.start - 60), min(len(text), use.start + len(use.acronym) + 60)
    evidence = ("…" if lo else "") + text[lo:hi] + ("…" if hi < len(text) else "")
    return Finding(kind, paragraph.section_label, paragraph.number, message, evidence,
                   index=paragraph.index)
