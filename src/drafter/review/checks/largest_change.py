"""A claim that one measure changed most ("The biggest rise came in theft
from the person", "Vehicle crime saw the largest fall", "the largest change
was in vehicle crime", either way) held to the changes of the measures its
paragraph names.

The measures compared are those the paragraph names that have figures for
both periods; with fewer than two there is nothing to compare, and nothing is
said. The periods are those of a change the paragraph quotes and the figures
bear out ("a rise of 12.5% on the year before"), else the period under
review against a year earlier. The claim holds when the measure rose (or
fell) most by percentage or by count. One that does not is an ``arithmetic``
error naming the measure that did and each change.
"""

from __future__ import annotations

import re

from drafter.claims.evidence import Evidence
from drafter.claims.measures import MeasureMention
from drafter.claims.numbers import NumberMention
from drafter.figures.derived import CHANGE
from drafter.figures.largest_change import changes_compared
from drafter.review.checks.elsewhere import about_elsewhere
from drafter.review.findings import Finding

RISES = r"increases?|rises?|growth"
FALLS = r"falls?|decreases?|reductions?|drops?|declines?"
# What a claim of a rise, a fall or a change either way (None) is said with.
_WAYS = {True: ("rise", "rose"), False: ("fall", "fell"), None: ("change", "changed")}
# "… the largest fall of any force": a change among forces (``change_ranks``), not among measures.
_ACROSS_FORCES = re.compile(r"(?:\s+in\s+[\w\s-]{3,40}?)?\s+of\s+(?:any|all)(?:\s+other)?\s+(?:police\s+)?forces?\b",
                            re.IGNORECASE)
_CLAIM = re.compile(
    r"\b(?:most\s+significant|largest|biggest|greatest|sharpest|steepest|most\s+notable|most\s+marked)"
    rf"\s+(?:percentage\s+)?(?:(?P<rise>{RISES})|(?P<fall>{FALLS})|changes?)\b", re.IGNORECASE)


def check_paragraph(evidence: Evidence, paragraph, numbers: list[NumberMention],
                    measure_mentions: list[MeasureMention], elsewhere,
                    said: set[str] = frozenset()) -> list[Finding]:
    """Findings for the paragraph's claims; ``said`` holds the sentences a
    direction finding already names ("Vehicle crime saw the largest fall" of a
    rise), which are not reported again."""
    doc = paragraph.doc
    if doc is None or evidence.empty or not measure_mentions:
        return []
    found, compared = [], None
    for claim in _CLAIM.finditer(paragraph.text):
        words = doc.char_span(claim.start(), claim.end(), alignment_mode="expand")
        if words is None:
            continue
        sentence = words[0].sent
        if sentence.text in said or about_elsewhere(sentence.text, elsewhere, evidence.area) \
                or _ACROSS_FORCES.match(paragraph.text, claim.end()):
            continue
        claimed = measure_claimed(sentence, words, measure_mentions)
        if claimed is None:
            continue
        if compared is None:  # the paragraph's changes, worked out once for all its claims
            compared = changes_compared(evidence.figures, [m.measure for m in measure_mentions],
                                        evidence.area, *periods_quoted(evidence, numbers))
        rising = True if claim.group("rise") else False if claim.group("fall") else None
        if len(compared.changes) < 2 or claimed not in compared.changes or compared.holds(claimed, rising):
            continue
        most = compared.extreme(rising) or compared.extreme(rising, by_count=True)
        way, moved = _WAYS[rising]
        verdict = (f"the figures give the largest {way} to {most.replace('_', ' ')}" if most
                   else f"none of the measures named {moved}")
        changes = "; ".join(compared.described(m) for m in compared.changes)
        found.append(Finding("arithmetic", paragraph.section_label, paragraph.number,
                             f"'{claim.group(0)}' in {claimed.replace('_', ' ')}: {verdict} "
                             f"({compared.against} → {compared.period}: {changes})",
                             sentence.text, index=paragraph.index))
    return found


def measure_claimed(sentence, words, mentions: list[MeasureMention]) -> str | None:
    """The measure after the claim in its sentence ("… was in theft from the person"),
    else the one before it ("Vehicle crime saw the largest fall")."""
    after = [m for m in mentions if words.end <= m.start < sentence.end]
    if after:
        return min(after, key=lambda m: m.start).measure
    before = [m for m in mentions if sentence.start <= m.start and m.end <= words.start]
    return max(before, key=lambda m: m.end).measure if before else None


def periods_quoted(evidence: Evidence, numbers: list[NumberMention]) -> tuple[str, str | None]:
    """The periods of the first change the paragraph quotes that the figures bear
    out, else the period under review against a year earlier."""
    for mention in numbers:
        matched = mention.matched if mention.status == "verified" else None
        if matched is not None and matched.kind == CHANGE and matched.against is not None:
            return str(matched.period), str(matched.against)
    return evidence.period, None
