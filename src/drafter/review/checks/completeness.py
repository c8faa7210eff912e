"""Does the statement file stop mid-text? (``truncated``)

A saved page or a copy-and-paste often loses its end. Only the end of a
statement file is read, and only clear signs count:

* it ends with a section heading, or a sub-heading, with nothing under it;
* its last paragraph stops mid-sentence: on a comma, a hyphen, an open
  bracket or a word that cannot end a sentence ("the", "and", "to"), or,
  after sentences that end properly, on one that has no full stop.

A last line without a full stop on its own ("Published by the Office of the
Police and Crime Commissioner") is not a sign: footers and bullets are often
written that way. Drafts are not checked: a draft is unfinished by nature.
"""

from __future__ import annotations

import re

from drafter.review.document import ReviewDocument
from drafter.review.findings import Finding

_ENDS = tuple(".!?:;)]\"'”’…")
_DANGLING_WORDS = frozenset({
    "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with",
    "from", "into", "than", "that", "which", "who", "whose", "where", "when", "as", "is", "are",
    "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should",
    "our", "their", "its", "this", "these", "those", "such", "including", "between", "both",
    "not", "more", "most", "very",
})
_URL = re.compile(r"www\.|https?:|@|\.(?:uk|com|org|net|gov)\b", re.IGNORECASE)
_LAST_WORD = re.compile(r"([A-Za-z’']+)\W*$")
_SENTENCE = re.compile(r"[.!?][\"'”’)]?\s+(?=[A-Z0-9\"'“‘(])")


def check(document: ReviewDocument) -> list[Finding]:
    """At most one ``truncated`` finding, on the last section or paragraph."""
    if document.kind != "statement" or not document.sections:
        return []
    last_section = document.sections[-1]
    if not last_section.paragraphs:
        if len(document.sections) == 1:
            return []
        heading = last_section.heading or last_section.label
        return [Finding("truncated", last_section.label, None,
                        f"the file ends with the heading '{heading}' and nothing under it: "
                        "it may have been cut short", heading)]
    paragraph = last_section.paragraphs[-1]
    text = paragraph.text.rstrip()
    if paragraph.kind == "subheading":
        return [Finding("truncated", paragraph.section_label, paragraph.number,
                        f"the file ends with the sub-heading '{text}' and nothing under it: "
                        "it may have been cut short", text, index=paragraph.index)]
    if paragraph.kind == "table" or not _stops_mid_sentence(text, paragraph.kind):
        return []
    tail = " ".join(text.split()[-8:])
    return [Finding("truncated", paragraph.section_label, paragraph.number,
                    f"the text stops mid-sentence ('…{tail}'): the file may have been cut short",
                    text[-240:], index=paragraph.index)]


def _stops_mid_sentence(text: str, kind: str) -> bool:
    if not text or text.endswith(_ENDS) or _URL.search(text.split()[-1]):
        return False
    if text[-1] in ",-–—(/&":
        return True
    word = _LAST_WORD.search(text)
    if word and word.group(1).lower() in _DANGLING_WORDS and len(text.split()) >= 4:
        return True
    # Sentences that end properly, then one that does not.
    return kind == "paragraph" and len(_SENTENCE.findall(text)) >= 1 and len(text.split()) >= 12
