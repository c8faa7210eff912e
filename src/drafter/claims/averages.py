"""A number set against an average of several years, read as review checks
it and copy forward moves it: "249 knife crime offences, 9.6% below the
three-year average" (a change on the average) or "against a three-year
average of 275.3" (the average's own level), with the years it is over and
the force's figure it is set against, which the sentence quotes before it.
The values come from :mod:`drafter.figures.derived`."""

from __future__ import annotations

from dataclasses import dataclass

from drafter.claims.baselines import average_after, average_level_before, average_years
from drafter.figures import derived


@dataclass(frozen=True)
class AverageSaid:
    """``mention`` set against the ``years``-year average of ``level``'s measure: as a change
    on it (``changed``, with the words after the number, which say which way) or as its level."""

    years: int
    changed: bool
    level: object  # the NumberMention of the force's figure it is set against
    sentence: str
    after: str


def _sentence(doc, mention) -> tuple[str, int]:
    span = doc[mention.sentence[0]:mention.sentence[1]]
    return span.text, span.start_char


def on_an_average(doc, mention) -> bool:
    """Whether a percentage or points is set against an average of several years right after it
    ("2.5 points above the three-year average"): a change on the average, not on a period."""
    if doc is None:
        return False
    sentence, start = _sentence(doc, mention)
    return average_after(sentence, mention.end - start)


def average_said(doc, numbers, mention, period) -> AverageSaid | None:
    """How ``mention`` is set against an average of several years, or None when it is not, or
    when its sentence quotes no figure of the force's before it to set against one (or a rate
    right before it: "a rate of 0.17 per 1,000, against a three-year average of 0.18" is not
    the count's). ``period`` is the figure's period to prefer among several."""
    if doc is None or mention.kind not in ("percent", "points", "count", "small"):
        return None
    sentence, start = _sentence(doc, mention)
    end = mention.end - start
    changed = mention.kind in ("percent", "points") and average_after(sentence, end)
    years = average_years(sentence[end:]) if changed else average_level_before(sentence, mention.start - start)
    level = _level_before(numbers, mention, period) if years else None
    return AverageSaid(years, changed, level, sentence, sentence[end:]) if level is not None else None


def _level_before(numbers, mention, period):
    before = [n for n in numbers if n.sentence == mention.sentence and n.start < mention.start
              and n.status == "verified" and n.matched is not None]
    if not before or before[-1].matched.kind == derived.RATE:
        return None
    figures = [n for n in before if n.matched.kind == derived.FIGURE and n.measure and n.period]
    current = [n for n in figures if str(n.period) == str(period)]
    return (current or figures or [None])[-1]


def worked_out(figures, said: AverageSaid, area: str, period, including: bool):
    """The value ``said`` gives for ``period``: the change on the average, or the average itself,
    over the years before it or (``including``) to and including it."""
    measure = said.level.measure
    if said.changed:
        return derived.change_on_average(figures, measure, area, period, said.years, including)
    return derived.average_of_years(figures, measure, area, period, said.years, including)
