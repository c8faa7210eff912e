"""Paragraphs split in two or joined in one since the statement compared with.

Changes pairs whole paragraphs one to one. A writer who split last quarter's
paragraph in two leaves a half that reads as no whole paragraph; one who joined
two paragraphs leaves the second of them looking removed. Here a run of whole
consecutive sentences of one paragraph (or the words from the first to the last it
shares in runs with the other, for a sentence cut in two) that reads as another paragraph
(difflib's ratio over words at least ``PART_RATIO``, higher than the pairing's
own: a short sentence sharing "victims of domestic abuse" with another is no
part of it) makes that paragraph a part of the first, within one section:

* an unpaired paragraph and an unpaired old one, one a part of the other, are the
  same paragraph, changed (sentences added), or *cut down* to the part kept;
* an unpaired paragraph that is a part of an old paragraph already paired with
  another is *split* from it, unless it reads as that other paragraph or a part
  of it: then it *repeats* the old paragraph's words (a sentence said twice is
  not a split), unless it gives figures neither gives: a new sentence in its shape;
* an unpaired old paragraph that is a part of a paired paragraph was *joined* to it.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import Callable

from drafter.review.tokens import Word

# A sentence ends at a full stop, question or exclamation mark (and any closing quote or
# bracket) before a space and a capital or a figure: "2.3%" and "e.g. the" do not end one.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[A-Z0-9“\"‘'(£])")
PART_RATIO = 0.6
# A part shorter than this says too little to tell whose it is.
MIN_PART_WORDS = 4
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


def clause_breaks(text: str, found: list[Word]) -> list[int]:
    """Where a clause of ``text`` may start or end, as word indexes: its ends, and
    after a word that ends in a comma, semicolon, colon or a sentence's end."""
    inner = [k for k in range(1, len(found)) if text[found[k - 1].end - 1] in ",;:.!?"]
    return [0, *inner, len(found)]


def best_part(whole: list[str], spans: list[tuple[int, int]], piece: list[str],
              ratio: Callable[[list[str], list[str]], float],
              breaks: list[int] | None = None) -> tuple[float, tuple[int, int]] | None:
    """The part of ``whole`` (never all of it) most like ``piece``: its ratio and word
    range. Tried: each run of whole sentences, and (given its clause ``breaks``) the
    clauses holding the words ``piece`` shares with it in runs of two or more (a
    sentence cut in two at a comma); None when no part is like it."""
    best = None
    tried = [(spans[a][0], spans[b][1]) for a in range(len(spans)) for b in range(a, len(spans))]
    blocks = [block for block in difflib.SequenceMatcher(None, whole, piece, autojunk=False).get_matching_blocks()
              if block.size >= 2] if breaks else []
    if blocks:
        first, last = blocks[0].a, blocks[-1].a + blocks[-1].size
        tried.append((max(k for k in breaks if k <= first), min(k for k in breaks if k >= last)))
    for start, end in dict.fromkeys(tried):
        if (start, end) == (0, len(whole)):
            continue
        found = ratio(whole[start:end], piece)
        if found and (best is None or found > best[0]) and _held(whole[start:end], piece) >= PART_RATIO:
            best = (found, (start, end))
    return best


def _held(part: list[str], piece: list[str]) -> float:
    """The share of ``piece``'s words ``part`` holds in the same order: a short
    sentence sharing four words with a clause of five is no part of it."""
    blocks = difflib.SequenceMatcher(None, part, piece, autojunk=False).get_matching_blocks()
    return sum(block.size for block in blocks) / len(piece) if piece else 0.0


@dataclass
class Parts:
    """What :func:`align` found: ``paired`` new → old index (sentences added or
    dropped), ``kept`` new → the word range of the old paragraph paired with it that it
    kept (the rest left out), ``split`` new → (old index, the old paragraph's word range
    it came from),
    ``joined`` new → old indexes joined to it, ``repeats`` new → the old index whose
    words it says again."""

    paired: dict[int, int] = field(default_factory=dict)
    kept: dict[int, tuple[int, int]] = field(default_factory=dict)
    split: dict[int, tuple[int, tuple[int, int]]] = field(default_factory=dict)
    repeats: dict[int, int] = field(default_factory=dict)
    joined: dict[int, list[int]] = field(default_factory=dict)


def align(new: list[tuple[str, str, list[Word]]], old: list[tuple[str, str, list[Word]]],
          match_of_new: dict[int, int], ratio: Callable[[list[str], list[str]], float]) -> Parts:
    """Splits and joins among paragraphs ``(section label, text, words)`` left over by
    the whole-paragraph pairing ``match_of_new`` (new index → old index); ``ratio`` is
    the pairing's (0 below its own least). A paragraph whose label is None (a
    sub-heading, which names what follows) is no part of another, nor has any."""
    parts = Parts()
    least = PART_RATIO
    new_keys = [[w.key for w in found] for _, _, found in new]
    old_keys = [[w.key for w in found] for _, _, found in old]
    new_spans = [sentence_spans(text, found) for _, text, found in new]
    old_spans = [sentence_spans(text, found) for _, text, found in old]
    new_breaks = [clause_breaks(text, found) for _, text, found in new]
    old_breaks = [clause_breaks(text, found) for _, text, found in old]
    paired_old = dict((j, i) for i, j in match_of_new.items())
    lone_new = [i for i in range(len(new)) if i not in match_of_new]
    lone_old = [j for j in range(len(old)) if j not in paired_old]

    def part_of_old(i: int, j: int):
        if new[i][0] is None or old[j][0] is None or len(new_keys[i]) < MIN_PART_WORDS:
            return None
        return best_part(old_keys[j], old_spans[j], new_keys[i], ratio, old_breaks[j])

    def part_of_new(j: int, i: int):
        if new[i][0] is None or old[j][0] is None or len(old_keys[j]) < MIN_PART_WORDS:
            return None
        return best_part(new_keys[i], new_spans[i], old_keys[j], ratio, new_breaks[i])

    # Unpaired with unpaired: the same paragraph with sentences added or dropped.
    scored = []
    for i in lone_new:
        for j in lone_old:
            if new[i][0] != old[j][0]:
                continue
            kept, grown = part_of_old(i, j), part_of_new(j, i)
            best = max((f[0] for f in (kept, grown) if f is not None), default=0.0)
            if best >= least:
                scored.append((best, i, j, kept[1] if kept is not None and kept[0] == best else None))
    for _, i, j, kept in sorted(scored, key=lambda item: (-item[0], item[1], item[2])):
        if i not in parts.paired and j not in paired_old:
            parts.paired[i] = j
            paired_old[j] = i
            if kept is not None:
                parts.kept[i] = kept
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
        again = best_part(new_keys[other], new_spans[other], new_keys[i], ratio, new_breaks[other])
        if ratio(new_keys[other], new_keys[i]) >= least or again is not None and again[0] >= least:
            # The paragraph paired with it still says it; with figures neither gives it is a new
            # sentence in the same shape ("In North Wales, 76.9% of victims were satisfied …").
            if _figures(new_keys[i]) <= _figures(new_keys[other]) | _figures(old_keys[j]):
                parts.repeats[i] = j
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


def _figures(keys: list[str]) -> set[str]:
    return {key for key in keys if any(ch.isdigit() for ch in key)}


def rest(found: list, taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The word range of a paragraph from the first word to the last that no ``taken``
    range holds; None when they hold every word."""
    left = [k for k in range(len(found)) if not any(start <= k < end for start, end in taken)]
    return (left[0], left[-1] + 1) if left else None
