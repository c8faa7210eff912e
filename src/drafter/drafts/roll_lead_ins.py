"""Bullets a lead-in dates to the statement's own quarter ("Activity this
quarter has included:" and the counts under it, "15 reviews", "secured 5
closure orders"), named for the writer when copied forward.

The counts in such bullets are the office's own (reviews held, orders
secured, people seen): no stored figure holds them, so the roll cannot move
them, and copied unchanged under the same lead-in they would read as the new
quarter's. Each bullet with such a count is listed once, as months named
beside counts are (``drafts.roll_periods``), so "left for you" and review's
``not-rolled`` findings count it until the writer rewrites it.

A bullet's lead-in is the paragraph ending in a colon, or the sub-heading,
the bullets follow; a lead-in naming no time ("The force and its partners
have:") is dated by the sub-heading it sits under ("A summary of quarterly
performance:"). A lead-in for plans ("Summary of planned activity") dates
nothing.

A lead-in that names the statement's own quarter ("In October to December
2025:") above bullets whose figures all moved on names the quarter they
moved to (:func:`move_lead_ins`): kept, it dated the new figures to the old
quarter.
"""

from __future__ import annotations

from itertools import takewhile

from drafter.columns import fit
from drafter.figures.month_spans import own_time_words
from drafter.figures.period_text import find_periods, rewrite
from drafter.statement import BULLET, SUBHEADING

_COUNT_KINDS = ("count", "small")
_NOUN_WITHIN = 4  # "5 closure orders": a count's noun this many words on at most


def dated_bullets(draft, main) -> dict[int, str]:
    """id of each bullet of ``draft`` whose lead-in dates it to the period
    ``main`` (by words such as "this quarter", or by naming ``main``) → the
    lead-in's text."""
    dated: dict[int, str] = {}
    for section in draft.sections:
        subheading = lead_in = None
        for paragraph in section.paragraphs:
            if paragraph.kind == BULLET:
                lead = _dating(lead_in, main) or _dating(subheading, main)
                if lead:
                    dated[id(paragraph)] = lead
                continue
            text = paragraph.text.strip()
            if paragraph.kind == SUBHEADING:
                subheading, lead_in = text, None
            else:
                lead_in = text if text.endswith(":") else None
    return dated


def _dating(text: str | None, main) -> str | None:
    if not text:
        return None
    if own_time_words(text) or any(p.period is not None and p.period == main for p in find_periods(text)):
        return text
    return None


def name_dated_counts(text: str, doc, numbers, rolled, lead_in: str, mover) -> None:
    """Add to ``rolled.not_rolled`` one entry for the bullet ``text`` (as copied)
    naming the counts it keeps, dated by ``lead_in``; an entry the roll made
    for one of those counts gives way to it."""
    kept = [n for n in numbers if n.kind in _COUNT_KINDS and not n.in_words
            and (n.matched is None or n.status not in ("verified", "stale"))]
    if not kept:
        return
    quote = _quoted(text, doc, kept)
    if quote not in rolled.text:
        quote = kept[0].text
    counted = {n.text for n in kept}
    rolled.not_rolled[:] = [left for left in rolled.not_rolled if left.get("text") not in counted]
    then = mover.target if mover.target != mover.main else mover.main.following()
    rolled.not_rolled.append({"text": quote, "reason": f"dated to {mover.main} by its lead-in "
                              f"'{fit(lead_in, 50)}': no stored figure holds it, so it is kept as "
                              f"written; update it for {then}"})


def _quoted(text: str, doc, kept) -> str:
    """From the first count kept to the noun the last one counts ("70 young people")."""
    first, last = kept[0], kept[-1]
    end = last.end
    if doc is not None:
        token = doc[last.token]
        head = token.head
        if token.dep_ == "nummod" and token.i < head.i <= token.i + _NOUN_WITHIN:
            end = max(end, head.idx + len(head.text))
    return text[first.start:end]


def move_lead_ins(draft, mover) -> int:
    """Move the period of each lead-in naming the statement's own (``mover.main``)
    whose bullets' figures moved on and none of whose bullets keeps anything;
    how many entries left for the writer that took off their list."""
    if mover.target == mover.main:
        return 0
    taken = 0
    for section in draft.sections:
        paragraphs = section.paragraphs
        for index, lead in enumerate(paragraphs):
            if lead.kind in (BULLET, SUBHEADING) or not lead.text.strip().endswith(":"):
                continue
            bullets = list(takewhile(lambda p: p.kind == BULLET, paragraphs[index + 1:]))
            moved = [entry for bullet in bullets for entry in bullet.origin.rolled
                     if (entry["from_period"], entry["to_period"]) == (str(mover.main), str(mover.target))]
            phrases = [p for p in find_periods(lead.text) if p.period == mover.main]
            if not moved or not phrases or any(bullet.origin.not_rolled for bullet in bullets):
                continue
            text = lead.text
            for phrase in reversed(phrases):
                text = text[:phrase.start] + rewrite(phrase, mover.target) + text[phrase.end:]
            named = {phrase.text for phrase in phrases}
            kept = [entry for entry in lead.origin.not_rolled if entry.get("text") not in named]
            taken += len(lead.origin.not_rolled) - len(kept)
            lead.origin.not_rolled, lead.text = kept, text
    return taken
