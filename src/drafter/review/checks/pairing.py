"""How the paragraphs of two statements are paired, and what changed between
a pair, word by word: difflib's ratio over comparison keys, and for last
quarter's sentence with new figures and months, over its wording without them;
two tables of one shape cell by cell, so a change never runs from one cell
into the next."""

from __future__ import annotations

import difflib

from drafter.review.tokens import Word, wording, words
from drafter.statement import CELL_SEPARATOR, cells_of

MATCH_RATIO = 0.5


def ratio_of(a: list[str], b: list[str]) -> float:
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < MATCH_RATIO or matcher.quick_ratio() < MATCH_RATIO:
        return 0.0
    return matcher.ratio()


# Fewer words than this, and a paragraph is not paired by its wording alone: two short
# bullets of figures ("12 arrests in March", "3 warrants in May") are not one rewritten.
WORDING_ALONE_MIN = 8


def pairings(new: list[str], old_keys: list[list[str]], old_wording: list[list[str]]) -> list[tuple]:
    """(score, ratio, old index) for each old paragraph close enough to ``new`` to be its
    earlier version: by its words, or, for last quarter's sentence with new figures and
    months ("2 homicides in July to September" for "1 homicide in April to June"), by its
    wording without them; ``ratio`` is the words' own, which the comparison reports."""
    found = []
    new_wording = wording(new) if len(new) >= WORDING_ALONE_MIN else None
    for j, old in enumerate(old_keys):
        ratio = ratio_of(old, new)
        score = max(ratio, ratio_of(old_wording[j], new_wording) if new_wording else 0.0)
        if score >= MATCH_RATIO:
            found.append((score, ratio if ratio else full_ratio(old, new), j))
    return found


def full_ratio(a: list[str], b: list[str]) -> float:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def word_diff(old_text: str, new_text: str) -> tuple[list[dict], list[tuple[int, int]], list[tuple[int, int]]]:
    """Word-level diff: ops [{op, old, new}], inserted spans (new text), deleted spans (old text)."""
    by_cell = _cell_diff(old_text, new_text)
    if by_cell is not None:
        return by_cell
    old_words, new_words = words(old_text), words(new_text)
    matcher = difflib.SequenceMatcher(None, [w.key for w in old_words], [w.key for w in new_words],
                                      autojunk=False)
    ops: list[dict] = []
    inserted: list[tuple[int, int]] = []
    deleted: list[tuple[int, int]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        old_part = _slice(old_text, old_words[i1:i2])
        new_part = _slice(new_text, new_words[j1:j2])
        ops.append({"op": tag, "old": old_part, "new": new_part})
        if tag in ("replace", "delete"):
            deleted.append((old_words[i1].start, old_words[i2 - 1].end))
        if tag in ("replace", "insert"):
            inserted.append((new_words[j1].start, new_words[j2 - 1].end))
    return ops, inserted, deleted


def _cell_diff(old_text: str, new_text: str):
    """Two tables with as many rows and cells in each: each cell against its
    own, "262" → "249", as :func:`word_diff` gives them; None for any other pair."""
    if CELL_SEPARATOR not in old_text or CELL_SEPARATOR not in new_text:
        return None
    old_rows, new_rows = cells_of(old_text), cells_of(new_text)
    if [len(row) for row in old_rows] != [len(row) for row in new_rows]:
        return None
    ops: list[dict] = []
    inserted: list[tuple[int, int]] = []
    deleted: list[tuple[int, int]] = []
    old_at = new_at = 0
    for old_row, new_row in zip(old_rows, new_rows):
        for old_cell, new_cell in zip(old_row, new_row):
            old_span, new_span = _stripped(old_cell, old_at), _stripped(new_cell, new_at)
            old_part, new_part = old_cell.strip(), new_cell.strip()
            if old_part == new_part:
                ops.append({"op": "equal", "old": old_part, "new": new_part})
            else:
                ops.append({"op": "replace" if old_part and new_part else "insert" if new_part else "delete",
                            "old": old_part, "new": new_part})
                if old_part:
                    deleted.append(old_span)
                if new_part:
                    inserted.append(new_span)
            old_at += len(old_cell) + len(CELL_SEPARATOR)
            new_at += len(new_cell) + len(CELL_SEPARATOR)
        old_at += 1 - len(CELL_SEPARATOR)  # the row's new line in place of a separator
        new_at += 1 - len(CELL_SEPARATOR)
    return ops, inserted, deleted


def _stripped(cell: str, at: int) -> tuple[int, int]:
    start = at + len(cell) - len(cell.lstrip())
    return start, start + len(cell.strip())


def _slice(text: str, chosen: list[Word]) -> str:
    return text[chosen[0].start:chosen[-1].end] if chosen else ""


def kept_in_order(pairs: list[tuple[int, int]]) -> set[int]:
    """Indexes (into ``pairs``, sorted by new position) of the longest run whose old
    positions also increase; the rest moved."""
    olds = [old for _, old in pairs]
    best: list[list[int]] = []
    for i, value in enumerate(olds):
        chain = max((c for c in best if olds[c[-1]] < value), key=len, default=[])
        best.append(chain + [i])
    return set(max(best, key=len, default=[]))
