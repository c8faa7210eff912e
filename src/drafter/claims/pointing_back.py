"""A sentence that names no measure and opens by pointing back at the one
before ("That is 7.8% lower than the previous quarter") is about the measure
that sentence named, in its own paragraph or, opening a paragraph, in the
paragraph before it."""

from __future__ import annotations

import re

from drafter.claims.measures import MeasureMention

POINTS_BACK = re.compile(r"\s*(?:that|this|it)\s+(?:is|was|represents|represented|means|meant)\b", re.IGNORECASE)


def the_one_measure_of(sentence, mentions: list[MeasureMention]) -> MeasureMention | None:
    """The measure ``sentence`` names, when it names one (perhaps more than once)."""
    named = [m for m in mentions if sentence.start <= m.start < sentence.end]
    return named[-1] if len({m.measure for m in named}) == 1 else None


def measure_from_paragraph_before(doc, mentions: list[MeasureMention], before_doc,
                                  before_mentions: list[MeasureMention]) -> MeasureMention | None:
    """For a paragraph whose first sentence names no measure and points back
    ("That was 1.4 percentage points higher than in the previous quarter"),
    the measure of the last sentence of the paragraph before, standing on the
    pointing word; None otherwise."""
    if doc is None or before_doc is None or len(doc) == 0 or len(before_doc) == 0:
        return None
    first = next(iter(doc.sents))
    if any(first.start <= m.start < first.end for m in mentions) or not POINTS_BACK.match(first.text):
        return None
    last = list(before_doc.sents)[-1]
    said = the_one_measure_of(last, before_mentions)
    return MeasureMention(said.measure, first.start, first.start + 1) if said is not None else None
