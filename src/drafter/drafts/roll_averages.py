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

from drafter.claims.baselines import average_after, average_level_before, average_years
from drafter.drafts.restyle import restyle
from drafter.errors import MissingFigure
from drafter.figures import derived


def roll_averages(doc, numbers, figures, mover, area: str | None, edits, result) -> None:
    """Each number of the paragraph set against an average of several years, worked out for the
    period its level moves to: edits added to ``edits``, recorded in ``result``."""
    if doc is None or area is None or mover.target == mover.main or "average" not in doc.text.lower():
        return
    for mention in numbers:
        if mention.status != "unverified" or mention.kind not in ("percent", "points", "count", "small"):
            continue
        start = doc[mention.sentence[0]].idx
        sentence = doc.text[start:doc[mention.sentence[1] - 1].idx + len(doc[mention.sentence[1] - 1])]
        changed = mention.kind in ("percent", "points") and average_after(sentence, mention.end - start)
        years = average_years(sentence[mention.end - start:]) if changed \
            else average_level_before(sentence, mention.start - start)
        level = _level_beside(numbers, mention, mover.main)
        if not years or level is None:
            continue
        _roll_one(mention, level.matched, years, changed, figures, mover, area, edits, result)


def _level_beside(numbers, mention, main):
    """The figure the average is set against, as review finds it: a count the sentence quotes before
    the number, the one for the statement's period first; None after a rate."""
    before = [n for n in numbers if n.sentence == mention.sentence and n.start < mention.start
              and n.status == "verified" and n.matched is not None]
    if not before or before[-1].matched.kind == derived.RATE:
        return None
    figures = [n for n in before if n.matched.kind == derived.FIGURE]
    current = [n for n in figures if str(n.matched.period) == str(main)]
    return (current or figures or [None])[-1]


def _worked_out(figures, measure: str, area: str, period, years: int, including: bool, changed: bool):
    if changed:
        return derived.change_on_average(figures, measure, area, period, years, including)
    return derived.average_of_years(figures, measure, area, period, years, including)


def _roll_one(mention, level, years: int, changed: bool, figures, mover, area: str, edits, result) -> None:
    target = mover.move(level.period)
    for including in (False, True):
        try:
            old = _worked_out(figures, level.measure, area, level.period, years, including, changed)
        except (MissingFigure, ValueError):
            continue
        if not mention.matches(abs(float(old.value)) if changed else float(old.value)):
            continue
        mention.status = "verified"  # handled here: not named again as a number no figure matches
        try:
            new = _worked_out(figures, level.measure, area, target, years, including, changed)
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
