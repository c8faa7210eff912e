"""What rolling a statement forward left for the writer: one ``not-rolled``
warning for each number, claim or period the roll could not move and the
writer has not yet rewritten (its words are still in the paragraph).

Together with ``stale-figure`` this makes review of a freshly rolled draft the
writer's list of what is still to do.
"""

from __future__ import annotations

import re

from drafter.fill.wording import stored_value
from drafter.review.findings import Finding


def check_paragraph(paragraph, evidence=None) -> list[Finding]:
    """``evidence``: the area's figures as they stand, which may now hold a
    figure the roll found missing."""
    origin = paragraph.origin or {}
    found: list[Finding] = []
    for left in origin.get("not_rolled") or []:
        if left.get("text") and left["text"] in paragraph.text:
            found.append(Finding("not-rolled", paragraph.section_label, paragraph.number,
                                 f"{_short(left['text'])}: {left['reason']}{_come_in(left['reason'], evidence)}",
                                 left["text"], index=paragraph.index))
    return found


# How copy forward names a figure it found missing: "no drug_seizures figure for Kestrel Vale 2026-Q2",
# "no victim_satisfaction or domestic_abuse_satisfaction for Ashmoor 2026-Q3, nor … is stored".
_MISSING = re.compile(r"(?:\bno |, nor )(?P<measures>[a-z0-9_]+(?:(?:, | or )[a-z0-9_]+)*)(?: figure)? for "
                      r"(?P<area>[^,:;]+?) (?P<period>\d{4}(?:-Q[1-4]|/\d{2})?|YE\d{4}-\d{2})\b")


def _come_in(reason: str, evidence) -> str:
    """"; stored since the roll: firearms_offences for Derbyshire 2026-Q3 = 11: give the
    paragraph's figures for it": a figure missing when the draft was rolled that a later import brought."""
    if evidence is None or evidence.empty or not evidence.area:
        return ""
    arrived = []
    for missing in _MISSING.finditer(reason):
        if missing.group("area").casefold() != evidence.area.casefold():
            continue
        for measure in re.split(r", | or ", missing.group("measures")):
            figure = evidence.get(measure, missing.group("period"))
            if figure is not None:
                arrived.append(f"{measure} for {evidence.area} {missing.group('period')} = "
                               f"{stored_value(figure.value, figure.unit)}")
    if not arrived:
        return ""
    return f"; stored since the roll: {', '.join(arrived)}: give the paragraph's figures for it"


def named_by_roll(paragraph, mention) -> bool:
    """Whether copy forward already names ``mention`` for the writer ("17 families: dated
    to 2026-Q2 by its lead-in …"), in a not-rolled finding that says why: review says
    nothing more of it."""
    texts = [left.get("text") or "" for left in (paragraph.origin or {}).get("not_rolled") or []]
    return any(text == mention.text or text.startswith(mention.text + " ") for text in texts)


def _short(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
