"""What rolling a statement forward left for the writer: one ``not-rolled``
warning for each number, claim or period the roll could not move and the
writer has not yet rewritten (its words are still in the paragraph).

Together with ``stale-figure`` this makes review of a freshly rolled draft the
writer's list of what is still to do.
"""

from __future__ import annotations

from drafter.review.findings import Finding


def check_paragraph(paragraph) -> list[Finding]:
    origin = paragraph.origin or {}
    found: list[Finding] = []
    for left in origin.get("not_rolled") or []:
        if left.get("text") and left["text"] in paragraph.text:
            found.append(Finding("not-rolled", paragraph.section_label, paragraph.number,
                                 f"{_short(left['text'])}: {left['reason']}", left["text"],
                                 index=paragraph.index))
    return found


def named_by_roll(paragraph, mention) -> bool:
    """Whether copy forward already names ``mention`` for the writer ("17 families: dated
    to 2026-Q2 by its lead-in …"), in a not-rolled finding that says why: review says
    nothing more of it."""
    texts = [left.get("text") or "" for left in (paragraph.origin or {}).get("not_rolled") or []]
    return any(text == mention.text or text.startswith(mention.text + " ") for text in texts)


def _short(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
