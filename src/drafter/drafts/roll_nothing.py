"""A count the copied statement says is nothing, "There were no homicides in
Testshire between January and March 2025" (:mod:`drafter.claims.said_none`),
whose measure the new period's figures make more than none.

Copy forward writes a count in words again only where it was a number; "no"
is kept. Moving the paragraph's other figures and its period words would say
none of the new period, which the figures deny, so the paragraph keeps its
words and each such count is named for the writer with the new figure.
"""

from __future__ import annotations

from drafter.claims.evidence import Evidence
from drafter.claims.said_none import counts_said_none
from drafter.drafts.moving import Mover
from drafter.drafts.rewrite import RolledText
from drafter.figures.derived import shown


def counts_now_more(doc, measure_mentions, evidence: Evidence, mover: Mover) -> list[dict]:
    """A line for the writer for each count said to be none that the figures
    (``evidence``'s, for its area) for its new period make more than none, or do not give."""
    lines = []
    for said in counts_said_none(doc, measure_mentions, evidence.is_percentage):
        if len(said.periods) > 1:
            continue
        period = mover.move(said.periods[0]) if said.periods else mover.target
        figure = evidence.get(said.measure, period)
        measure = said.measure.replace("_", " ")
        if figure is None:
            lines.append({"text": said.words, "reason": f"no {measure} figure for {period}: kept as written, "
                                                        f"check it for {period}"})
        elif figure.value:
            lines.append({"text": said.words, "reason": f"{measure} are {shown(figure.value)} in {period}, "
                                                        "not none: kept as written, reword it"})
    return lines


def held_for_none(text: str, rolled: RolledText, lines: list[dict]) -> RolledText:
    """``text`` kept as written, with the counts said to be none and every
    figure that would have moved named."""
    kept = [{"text": moved["old"], "reason": "kept as written, beside a count said to be none that no "
                                            "longer is"} for moved in rolled.rolled]
    return RolledText(text, [], [*rolled.not_rolled, *lines, *kept])
