"""A sentence the statement says twice: usually a sentence inserted twice, or
a paragraph pasted into two sections. One ``repeated-sentence`` warning at
each later copy, naming where the first one stands.

Short sentences ("Figures are provisional.") repeat on purpose and are left
alone; so are table rows, whose cells repeat by design.
"""

from __future__ import annotations

from drafter.review.checks.coverage import sentences
from drafter.review.document import ReviewDocument, ReviewParagraph
from drafter.review.findings import Finding, shortened

MIN_WORDS = 8


def _key(sentence: str) -> str:
    return " ".join(sentence.casefold().split())


def check(document: ReviewDocument) -> list[Finding]:
    found = []
    first_seen: dict[str, ReviewParagraph] = {}
    for paragraph in document.paragraphs():
        if paragraph.kind == "table":
            continue
        for sentence in sentences(paragraph.text):
            if len(sentence.split()) < MIN_WORDS:
                continue
            key = _key(sentence)
            if key not in first_seen:
                first_seen[key] = paragraph
                continue
            earlier = first_seen[key]
            where = "earlier in this paragraph" if earlier is paragraph else (
                f"also in {earlier.label}" if earlier.section_label == paragraph.section_label
                else f"also in {earlier.section_label}, {earlier.label}")
            found.append(Finding("repeated-sentence", paragraph.section_label, paragraph.number,
                                 f"the same sentence is {where}: keep one", shortened(sentence),
                                 index=paragraph.index))
    return found
