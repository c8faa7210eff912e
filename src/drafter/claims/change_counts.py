"""A count the same sentence says changed by a percentage: "For the year as a
whole there were 372 offences, down 4.6% on 2024/25". The change names the
period it compares with; the count is the figure it changed to, though the
sentence names neither its measure nor its own period ("the year as a
whole"). When the change was found to be a measure's (knife offences,
2024/25 to 2025/26), the count is held to that measure's figure for the
later period: a figure the figures hold is verified there, not left as
untraceable."""

from __future__ import annotations

from drafter.figures.derived import CHANGE


def counts_of_their_change(evidence, numbers, match) -> None:
    """Verify each unverified count that the one change after it in its sentence,
    found among the figures, says moved: ``match(mention, candidate)`` marks it."""
    for mention in numbers:
        if mention.status != "unverified" or mention.kind != "count" or mention.in_words:
            continue
        changes = [n for n in numbers if n.sentence == mention.sentence and n.start > mention.start
                   and n.kind == "percent" and n.status == "verified" and n.matched is not None
                   and n.matched.kind == CHANGE]
        if len(changes) != 1:
            continue
        change = changes[0]
        figure = next((c for c in evidence.in_period(change.period) if c.kind == "figure"
                       and c.measure == change.measure and mention.matches(c.value)), None)
        if figure is not None:
            match(mention, figure)
