"""What review says of the annexes whose figures it did not check.

An annex after the priorities is left out of the statement (see
:mod:`drafter.corpus.ingest.annexes`). Review checks the figures of one that
may hold the force's own (:mod:`drafter.review.annex_checks`); one of
figures broken down by place is not the force's account and is not checked.
So that its figures are not passed in silence, review names each such annex
that holds figures, and what it holds."""

from __future__ import annotations

import re

from drafter.statement import SUBHEADING, TABLE

# "[1] Figures are for …": a footnote's number notes a figure, it is none.
_FOOTNOTE_MARK = re.compile(r"\[\^?\d{1,3}\]")


def annexes_note(unchecked) -> str | None:
    """"Annex C: Burglary by district (a table) gives figures by place, not
    the force's, so review did not check them: …" for the annexes left unchecked, as
    (heading, paragraphs), that hold figures; None when none do."""
    described = []
    for heading, paragraphs in unchecked:
        with_figures = [p for p in paragraphs if p.kind != SUBHEADING and _holds_figures(p.text)]
        if not with_figures:
            continue
        tables = sum(1 for p in with_figures if p.kind == TABLE)
        others = len(with_figures) - tables
        held = [part for part in (_counted(tables, "table"), _counted(others, "paragraph")) if part]
        described.append(f"{heading} ({' and '.join(held)})")
    if not described:
        return None
    if len(described) == 1:
        return (f"{described[0]} gives figures by place, not the force's, so review did not check them: "
                "check them against their source")
    return (f"{'; '.join(described[:-1])} and {described[-1]} give figures by place, not the force's, so "
            "review did not check them: check them against their source")


def _holds_figures(text: str) -> bool:
    return re.search(r"[0-9]", _FOOTNOTE_MARK.sub("", text)) is not None  # "³" alone is a note's mark


def _counted(number: int, noun: str) -> str:
    if not number:
        return ""
    return f"a {noun}" if number == 1 else f"{number} {noun}s"
