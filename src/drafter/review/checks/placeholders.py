"""A filled sentence still holding the placeholder for a figure drafter did
not have (``[[missing knife_offences for Cleveland 2026-Q2]]``): a
``missing-figure`` error, since the text cannot be published as it stands.
The placeholder's own numbers ("42 other forces", its period) are not
figures of the statement and are not checked as such. A note its writer left
("TODO", "[insert rate]", a template's "{{ rate }}") is a ``note-left`` error
for the same reason."""

from __future__ import annotations

from drafter.claims.numbers import NumberMention
from drafter.fill.results import PLACEHOLDER_RE, WRITER_NOTE_RE
from drafter.review.findings import Finding


def check_paragraph(paragraph) -> list[Finding]:
    """One ``missing-figure`` finding for each different placeholder in the paragraph, and one
    ``note-left`` for each different note its writer left."""
    found = []
    for text in dict.fromkeys(match.group(0) for match in PLACEHOLDER_RE.finditer(paragraph.text)):
        match = PLACEHOLDER_RE.fullmatch(text)
        found.append(Finding(
            "missing-figure", paragraph.section_label, paragraph.number,
            f"the sentence still stands in for a figure drafter does not have ({match['measure']} for "
            f"{match['area']}, {match['period']}): write it in, or the words around it, before publishing",
            text, index=paragraph.index))
    for note in dict.fromkeys(match.group(0) for match in WRITER_NOTE_RE.finditer(paragraph.text)):
        found.append(Finding(
            "note-left", paragraph.section_label, paragraph.number,
            f"a note left to come back to is still in the text ({note}): write what it stands for, "
            "or take it out, before publishing", note, index=paragraph.index))
    return found


def outside_placeholders(text: str, numbers: list[NumberMention]) -> list[NumberMention]:
    """The numbers of ``text`` that are not inside a placeholder."""
    spans = [match.span() for match in PLACEHOLDER_RE.finditer(text)]
    if not spans:
        return numbers
    return [number for number in numbers if not any(start <= number.start < end for start, end in spans)]
