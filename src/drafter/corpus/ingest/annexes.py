"""Annexes after a statement's sections ("Annex A: Glossary", "Appendix 1: figures
by district"): reference matter, not the statement's text. A glossary's
definitions are no storyline to reuse, and a district table's figures are not
the force's, so they are left out of what is stored and searched, as a Word
document's footnotes and contents are. An annex may still hold the force's own
figures ("Annex B: Performance figures"): what was left out is kept beside the
statement, so review checks its figures (``drafter.review.annex_checks``)."""

from __future__ import annotations

from drafter.priorities import PRIORITY_IDS, is_annex_heading
from drafter.statement import Section


def split_annexes(sections: list[Section]) -> tuple[list[Section], list[Section]]:
    """(kept, left out): the sections up to the first annex that follows a
    priority's section, and any recognised section after it, are kept; an
    annex's unheaded text (its footnotes, a sign-off) goes with it."""
    kept: list[Section] = []
    left_out: list[Section] = []
    in_annex = False
    for section in sections:
        if section.heading and is_annex_heading(section.heading):
            in_annex = in_annex or any(s.priority in PRIORITY_IDS for s in kept)
            if in_annex:
                left_out.append(section)
                continue
        elif in_annex and section.priority is None:
            left_out.append(section)
            continue
        else:
            in_annex = False
        kept.append(section)
    return kept, left_out
