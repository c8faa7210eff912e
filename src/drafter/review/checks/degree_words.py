"""Words that say how big a change was ("rose slightly", "a sharp fall",
"significantly lower"), held to the size its sentence gives.

Copy forward moves a change's figure to the new quarter and keeps its words:
"fell slightly, by 1.2%" a quarter on may be a fall of 12.4%. The size is the
change its sentence quotes that the figures bear out (a percentage or
percentage points; a wrong one is the arithmetic check's), so nothing is said
of a sentence giving none. "Slight" stops fitting above a change of 5% (2
percentage points); "sharp" or "significant" below one of 3% (1 point). A
"statistically significant" change, or one "not significantly" different, is
a statement about a test, not a size, and is left alone. The finding is a
``degree-word`` warning naming the words and the size, for the writer to
reword.
"""

from __future__ import annotations

import re

from drafter.claims.numbers import NumberMention
from drafter.figures.derived import CHANGE, POINTS
from drafter.review.findings import Finding

_SMALL_ADVERBS = r"slightly|marginally|a\s+little|modestly"
_LARGE_ADVERBS = r"sharply|significantly|substantially|considerably|dramatically|markedly|steeply"
_SMALL_ADJECTIVES = r"slight|marginal|small|modest"
_LARGE_ADJECTIVES = r"sharp|significant|substantial|considerable|dramatic|marked|steep|large|big"
_VERBS = (r"rose|risen|rises|rising|increased|increases|increasing|grew|grown|climbed|fell|fallen|falls|falling|"
          r"decreased|decreases|decreasing|declined|dropped|reduced|went\s+up|went\s+down")
_COMPARATIVES = r"higher|lower|up|down|more|fewer|less"
_NOUNS = r"increase|rise|growth|fall|decrease|reduction|drop|decline"

_SAID = re.compile(
    rf"\b(?:(?P<verb>{_VERBS})\s+(?P<after>{_SMALL_ADVERBS}|{_LARGE_ADVERBS})\b"
    rf"|(?P<before>{_SMALL_ADVERBS}|{_LARGE_ADVERBS})\s+(?:{_VERBS}|{_COMPARATIVES})\b"
    rf"|(?P<adjective>{_SMALL_ADJECTIVES}|{_LARGE_ADJECTIVES})\s+(?:{_NOUNS})\b)",
    re.IGNORECASE)
_ABOUT_A_TEST = re.compile(r"\b(?:statistically|not|no)\s+$", re.IGNORECASE)
_SMALL = re.compile(rf"^(?:{_SMALL_ADVERBS}|{_SMALL_ADJECTIVES})$", re.IGNORECASE)

# Past these a change is no longer slight, or not yet sharp: (per cent, percentage points).
SLIGHT_AT_MOST = {"percent": 5.0, "points": 2.0}
SHARP_AT_LEAST = {"percent": 3.0, "points": 1.0}


def check_paragraph(paragraph, numbers: list[NumberMention]) -> list[Finding]:
    doc = paragraph.doc
    if doc is None:
        return []
    changes = [n for n in numbers if n.kind in ("percent", "points") and n.status == "verified"
               and getattr(n.matched, "kind", None) in (CHANGE, POINTS)]
    found = []
    for said in _SAID.finditer(paragraph.text):
        if _ABOUT_A_TEST.search(paragraph.text[max(0, said.start() - 16):said.start()]):
            continue
        degree = said.group("after") or said.group("before") or said.group("adjective")
        words = doc.char_span(said.start(), said.end(), alignment_mode="expand")
        sentence = words[0].sent if words is not None else None
        change = _size_said_of(sentence, said, changes) if sentence is not None else None
        if change is None:
            continue
        size = abs(change.value)
        shown = f"{size:g} percentage points" if change.kind == "points" else f"{size:g}%"
        small = bool(_SMALL.match(" ".join(degree.split())))
        if small and size > SLIGHT_AT_MOST[change.kind]:
            fits = "more than slight"
        elif not small and size < SHARP_AT_LEAST[change.kind]:
            fits = "a small change"
        else:
            continue
        found.append(Finding("degree-word", paragraph.section_label, paragraph.number,
                             f"'{said.group(0)}': the change is {shown} ({change.derivation}), {fits}; "
                             "reword, or give the size alone",
                             sentence.text, index=paragraph.index))
    return found


def _size_said_of(sentence, said: re.Match, changes: list[NumberMention]) -> NumberMention | None:
    """The change in the words' sentence: the first after them, else the last before."""
    within = [n for n in changes if sentence.start_char <= n.start < sentence.end_char]
    after = [n for n in within if n.start >= said.end()]
    before = [n for n in within if n.end <= said.start()]
    return after[0] if after else before[-1] if before else None
