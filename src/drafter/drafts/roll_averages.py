"""A figure set against an average of several years, copied forward:
"262 knife crime offences, 2.2% below the three-year average" a quarter on
is "249 …, 9.6% below the three-year average", and "a three-year average of
268.0" the new quarter's average, each worked out by
:mod:`drafter.figures.derived` as review checks them
(:mod:`drafter.review.checks.averages`): on the same reading of "the
average" (the years before the period, or the years to and including it)
that the statement copied held on. One that now points the other way, or
whose years are not all stored, is kept as written and named for the writer.
"""

from __future__ import annotations

from drafter.claims.averages import AverageSaid, average_said, worked_out
from drafter.drafts.restyle import restyle
from drafter.errors import MissingFigure


def roll_averages(doc, numbers, figures, mover, area: str | None, edits, result) -> None:
    """Each number of the paragraph set against an average of several years, worked out for the
    period its level moves to: edits added to ``edits``, recorded in ``result``."""
    if doc is None or area is None or mover.target == mover.main or "average" not in doc.text.lower():
        return
    for mention in numbers:
        said = average_said(doc, numbers, mention, mover.main) if mention.status == "unverified" else None
        if said is not None:
            _roll_one(mention, said, figures, mover, area, edits, result)


def _roll_one(mention, said: AverageSaid, figures, mover, area: str, edits, result) -> None:
    level, years, changed = said.level.matched, said.years, said.changed
    target = mover.move(level.period)
    for including in (False, True):
        try:
            old = worked_out(figures, said, area, level.period, including)
        except (MissingFigure, ValueError):
            continue
        if not mention.matches(abs(float(old.value)) if changed else float(old.value)):
            continue
        mention.status = "verified"  # handled here: not named again as a number no figure matches
        try:
            new = worked_out(figures, said, area, target, including)
        except MissingFigure as gap:
            result.not_rolled.append({"text": mention.text, "reason": f"set against the {years}-year average, "
                                      f"which needs {gap.measure} for {gap.period}, not stored: kept as written "
                                      f"({level.period})"})
            return
        except ValueError as none_to_compare:
            result.not_rolled.append({"text": mention.text, "reason": f"{none_to_compare}: kept as written, "
                                      "reword"})
            return
        if changed and new.value and old.value and (new.value > 0) != (old.value > 0):
            result.not_rolled.append({"text": mention.text, "reason": f"the {years}-year average is now on the other "
                                      f"side ({new.derivation}): reword"})
            return
        written = restyle(mention, abs(new.value))
        if written is not None and edits.add(mention.start, mention.end, written):
            result.rolled.append({"old": mention.text, "new": written, "measure": level.measure, "area": area,
                                  "from_period": str(level.period), "to_period": str(target),
                                  "source": new.sources})
        return
