"""A sentence that names no measure and opens by pointing back at the one
before ("That is 7.8% lower than the previous quarter", or a change alone,
"7.8% lower than the previous quarter", "Down 7.8% on …") is about the measure
that sentence named, in its own paragraph or, opening a paragraph, in the
paragraph before it; so, within a paragraph, is one whose numbers count
nothing of their own ("In 2025 there were 590 knife offences. Between
October and December 2025 there were 139 (such offences).")."""

from __future__ import annotations

import re

from drafter.claims.measures import GENERIC_COUNTED, MeasureMention, counted_noun, token_forms

POINTS_BACK = re.compile(
    r"\s*(?:(?:that|this|it)\s+(?:is|was|represents|represented|means|meant)\b"
    # A change opening its sentence or bullet with nothing it is of: "8.3% lower than the previous
    # quarter", "Down 8.3% on …", "An increase of 2.1 percentage points on …".
    r"|(?:up|down|(?:an?\s+)?(?:increase|decrease|rise|fall|reduction|improvement)\s+of)\s+\d[\d.]*\s*"
    r"(?:%|per\s*cent\b|percentage\s+points?\b|points?\b)"
    r"|\d[\d.]*\s*(?:%|per\s*cent\b|percentage\s+points?\b|points?\b)\s+(?:lower|higher|more|fewer|less|"
    r"up|down|above|below)\b)", re.IGNORECASE)


_REFERS_BACK = frozenset({"such", "these", "those"})


def counts_nothing_of_its_own(sentence) -> bool:
    """Every number of ``sentence`` but its years stands alone or counts what
    the sentence before named ("there were 139.", "139 such offences"); a
    sentence counting something else ("64 young people") is about that."""
    counts = [t for t in sentence if t.pos_ == "NUM" and t.like_num and not _year(t)]
    return bool(counts) and all(_counted_before(t) for t in counts)


def _year(token) -> bool:
    return token.text.isdigit() and len(token.text) == 4 and 1900 <= int(token.text) <= 2100


def _counted_before(token) -> bool:
    noun = counted_noun(token)
    return noun is None or bool(token_forms(noun) & GENERIC_COUNTED) and \
        any(child.lower_ in _REFERS_BACK for child in noun.children)


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
    if said is None:
        return None
    # Standing on the pointing word; a sentence opening on its number has none before it, so the
    # measure stands at its end, where a number's measure named after it is looked for.
    at = first.end - 1 if doc[first.start].like_num else first.start
    return MeasureMention(said.measure, at, at + 1)
