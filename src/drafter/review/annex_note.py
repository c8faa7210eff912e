"""What review says of the annexes a statement was read without.

An annex after the priorities is left out of the statement (see
:mod:`drafter.corpus.ingest.annexes`): a glossary or a district table is no
part of the force's account, but an annex may hold the force's own figures
("Annex B: Performance figures"), and review reads none of it. So that a wrong
figure there is not passed in silence, review names each annex left out that
holds figures, and what it holds."""

from __future__ import annotations

import re

from drafter.priorities import is_annex_heading
from drafter.statement import SUBHEADING, TABLE

# "[1] Figures are for …": a footnote's number notes a figure, it is none.
_FOOTNOTE_MARK = re.compile(r"\[\^?\d{1,3}\]")


def annexes_note(annexes) -> str | None:
    """"Annex B: Performance figures (a table and a paragraph) was left out as
    an annex, so review did not check its figures: …" for the annexes holding
    figures; None when none do."""
    described = []
    for heading, paragraphs in _grouped(annexes):
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
        return (f"{described[0]} was left out as an annex, so review did not check its figures: check them "
                "against the figures, or give the figures the statement relies on in a priority's section")
    return (f"{'; '.join(described[:-1])} and {described[-1]} were left out as annexes, so review did not check "
            "their figures: check them against the figures, or give the figures the statement relies on in a "
            "priority's section")


def _holds_figures(text: str) -> bool:
    return re.search(r"[0-9]", _FOOTNOTE_MARK.sub("", text)) is not None  # "³" alone is a note's mark


def _grouped(annexes):
    """(heading, paragraphs) of each annex; its unheaded text goes with it, and
    an annex headed inside another ("### Annex B" under "## Annex A") is one of its own."""
    groups: list[tuple[str, list]] = []
    for section in annexes:
        if section.heading or not groups:
            groups.append((section.heading or "an annex", []))
        for paragraph in section.paragraphs:
            if paragraph.kind == SUBHEADING and is_annex_heading(paragraph.text):
                groups.append((paragraph.text, []))
            else:
                groups[-1][1].append(paragraph)
    return groups


def _counted(number: int, noun: str) -> str:
    if not number:
        return ""
    return f"a {noun}" if number == 1 else f"{number} {noun}s"
