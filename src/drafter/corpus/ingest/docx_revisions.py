"""Word's tracked changes at the level of paragraphs and table rows, read as
if accepted: a paragraph whose mark was deleted runs on into the next one
(two paragraphs joined while changes were tracked), and a deleted table row
is gone. Deleted and inserted text inside a paragraph is the reader's own
business (``w:del`` is skipped, ``w:ins`` read)."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator

from drafter.corpus.ingest.docx_styles import qualified


def mark_deleted(p, ns: str) -> bool:
    """Was the paragraph's mark (its end) deleted with changes tracked?"""
    properties = p.find(qualified(ns, "pPr"))
    marks = properties.find(qualified(ns, "rPr")) if properties is not None else None
    return marks is not None and marks.find(qualified(ns, "del")) is not None


def row_deleted(tr, ns: str) -> bool:
    properties = tr.find(qualified(ns, "trPr"))
    return properties is not None and properties.find(qualified(ns, "del")) is not None


def accepted(element, ns: str, has_text: Callable[[object], bool]) -> Iterator:
    """The children of a body or cell with each paragraph whose mark was deleted
    joined to the paragraph after it. A paragraph deleted whole (its text and its
    mark) is left out, so its style does not pass to the paragraph after it."""
    paragraph = qualified(ns, "p")
    held = None
    for child in element:
        if child.tag != paragraph:
            if held is not None:
                yield held
                held = None
            yield child
            continue
        ends_deleted = mark_deleted(child, ns)
        if held is not None:
            child = _joined(held, child, ns) if has_text(held) else child
            held = None
        if ends_deleted:
            held = child
            continue
        yield child
    if held is not None:
        yield held


def _joined(first, second, ns: str):
    """One paragraph: the first's properties and text, then the second's text."""
    joined = copy.deepcopy(first)
    for child in second:
        if child.tag != qualified(ns, "pPr"):
            joined.append(copy.deepcopy(child))
    return joined
