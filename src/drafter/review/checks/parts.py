"""Paragraphs split in two or joined in one since the statement compared with.

Changes pairs whole paragraphs one to one. A writer who split last quarter's
paragraph in two leaves a half that reads as no whole paragraph; one who joined
two paragraphs leaves the second of them looking removed. Here a run of whole
consecutive sentences of one paragraph that reads as another paragraph
(difflib's ratio over words at least ``PART_RATIO``, higher than the pairing's
own: a short sentence sharing "victims of domestic abuse" with another is no
part of it) makes that paragraph a part of the first, within one section:

* an unpaired paragraph and an unpaired old one, one a part of the other, are the
  same paragraph, changed (sentences added or dropped);
* an unpaired paragraph that is a part of an old paragraph already paired with
  another is *split* from it, unless it reads as that other paragraph or a part
  of it: then it *repeats* the old paragraph's words (a sentence said twice is
  not a split);
* an unpaired old paragraph that is a part of a paired paragraph was *joined* to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from drafter.review.tokens import Word

# A sentence ends at a full stop, question or exclamation mark (and any closing quote or
# bracket) before a space and a capital or a figure: "2.3%" and "e.g. the" do not end one.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[A-Z0-9“\"‘'(£])")
PART_RATIO = 0.6
# Runs of sentences are tried in pairs of ends: a paragraph of this many sentences is enough.
MAX_SENTENCES = 40


def sentence_spans(text: str, found: list[Word]) -> list[tuple[int, int]]:
    """The word index ranges, ``(start, end)``, of each sentence of ``text`` (``found``
    its words)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for boundary in (match.end() for match in _SENTENCE_END.finditer(text)):
        end = next((k for k in range(start, len(found)) if found[k].start >= boundary), len(found))
        if end > start:
            spans.append((start, end))
            start = end
    if start < len(found):
        spans.append((start, len(found)))
    return spans[:MAX_SENTENCES]


def best_part(whole: list[str], spans: list[tuple[int, int]], piece: list[str],
              ratio: Callable[[list[str], list[str]], float]) -> tuple[float, tuple[int, int]] | None:
    """The run of whole sentences of ``whole`` (never all of them) most like ``piece``:
    its ratio and word range; None when ``whole`` has one sentence."""
    best = None
    for a in range(len(spans)):
        for b in range(a, len(spans)):
            if a == 0 and b == len(spans) - 1:
                continue
            start, end = spans[a][0], spans[b][1]
            found = ratio(whole[start:end], piece)
            if found and (best is None or found > best[0]):
                best = (found, (start, end))
    return best


@dataclass
class Parts:
    """What :func:`align` found: ``paired`` new → old index (sentences added or
    dropped), ``split`` new → (old index, the old paragraph's word range it came from),
    ``joined`` new → old indexes joined to it, ``repeats`` new → the old index whose
    words it says again."""

    paired: dict[int, int] = field(default_factory=dict)
    split: dict[int, tuple[int, tuple[int, int]]] = field(default_factory=dict)
    repeats: dict[int, int] = field(default_factory=dict)
    joined: dict[int, list[int]] = field(default_factory=dict)


def align(new: list[tuple[str, str, list[Word]]], old: list[tuple[str, str, list[Word]]],
          match_of_new: dict[int, int], ratio: Callable[[list[str], list[str]], float]) -> Parts:
    """Splits and joins among paragraphs ``(section label, text, words)`` left over by
    the whole-paragraph pairing ``match_of_new`` (new index → old index); ``ratio`` is
    the pairing's (0 below its own least)."""
    parts = Parts()
    least = PART_RATIO
    new_keys = [[w.key for w in found] for _, _, found in new]
    old_keys = [[w.key for w in found] for _, _, found in old]
    new_spans = [sentence_spans(text, found) for _, text, found in new]
    old_spans = [sentence_spans(text, found) for _, text, found in old]
    paired_old = dict((j, i) for i, j in match_of_new.items())
    lone_new = [i for i in range(len(new)) if i not in match_of_new]
    lone_old = [j for j in range(len(old)) if j not in paired_old]

    def part_of_old(i: int, j: int):
        return best_part(old_keys[j], old_spans[j], new_keys[i], ratio)

    def part_of_new(j: int, i: int):
        return best_part(new_keys[i], new_spans[i], old_keys[j], ratio)

    # Unpaired with unpaired: the same paragraph with sentences added or dropped.
    scored = []
    for i in lone_new:
        for j in lone_old:
            if new[i][0] != old[j][0]:
                continue
            found = [f[0] for f in (part_of_old(i, j), part_of_new(j, i)) if f is not None]
            if found and max(found) >= least:
                scored.append((max(found), i, j))
    for _, i, j in sorted(scored, key=lambda item: (-item[0], item[1], item[2])):
        if i not in parts.paired and j not in paired_old:
            parts.paired[i] = j
            paired_old[j] = i
    # Unpaired new paragraphs split from a paired old one.
    for i in lone_new:
        if i in parts.paired:
            continue
        best = None
        for j, other in paired_old.items():
            if old[j][0] != new[i][0]:
                continue
            found = part_of_old(i, j)
            if found is not None and found[0] >= least and (best is None or found[0] > best[0]):
                best = (found[0], j, found[1], other)
        if best is None:
            continue
        _, j, span, other = best
        again = best_part(new_keys[other], new_spans[other], new_keys[i], ratio)
        if ratio(new_keys[other], new_keys[i]) >= least or again is not None and again[0] >= least:
            parts.repeats[i] = j  # the paragraph paired with it still says it
        else:
            parts.split[i] = (j, span)
    # Unpaired old paragraphs joined to a paired new one.
    for j in lone_old:
        if j in paired_old:
            continue
        best = None
        for i, other in [*match_of_new.items(), *parts.paired.items()]:
            if new[i][0] != old[j][0]:
                continue
            found = part_of_new(j, i)
            if found is None or found[0] < least or ratio(old_keys[other], old_keys[j]) >= least:
                continue
            if best is None or found[0] > best[0]:
                best = (found[0], i)
        if best is not None:
            parts.joined.setdefault(best[1], []).append(j)
    return parts
