"""A figure set against an average of several years: "249 knife crime
offences, 9.8% below the three-year average", "against a three-year average
of 276".

The average is of the same period in each of those years, worked out by
:func:`drafter.figures.derived.average_of_years`. Offices mean either the
years before the period ("the three-year average" it is compared with) or
the years to and including it, and few say which, so a number that is either
is verified, naming which; one that is neither, where both can be worked
out, is an ``arithmetic`` error giving both; a change whose size holds but
whose word points the other way is a ``direction`` error; one whose years
are not all stored is warned of, naming the period missing. The level it is
set against is the force's figure the sentence quotes and review verified.
"""

from __future__ import annotations

import re

from drafter.claims.baselines import average_after, average_level_before, average_years
from drafter.errors import MissingFigure
from drafter.figures import derived
from drafter.review.findings import Finding

_DOWN = re.compile(r"\s*(?:points?\s+|percentage\s+points\s+)?(?:below|lower|under|down|less|fewer)\b", re.IGNORECASE)
_WHICH = {False: "the average of the years before", True: "the average of the years to and including it"}


def check_paragraph(evidence, paragraph, numbers) -> list[Finding]:
    doc = paragraph.doc
    if evidence.empty or doc is None or "average" not in paragraph.text.lower():
        return []
    found = []
    for mention in numbers:
        if mention.status != "unverified" or mention.kind not in ("percent", "points", "count", "small"):
            continue
        start = doc[mention.sentence[0]].idx
        sentence = doc.text[start:doc[mention.sentence[1] - 1].idx + len(doc[mention.sentence[1] - 1])]
        at = mention.start - start
        level = _level_beside(numbers, mention, evidence.period)
        if level is None:
            continue
        end = mention.end - start
        if mention.kind in ("percent", "points") and average_after(sentence, end):
            years = average_years(sentence[end:])
            judged = years and _judge(evidence, mention, level, years, sentence[end:], changed=True)
        elif (years := average_level_before(sentence, at)) is not None:
            judged = _judge(evidence, mention, level, years, "", changed=False)
        else:
            continue
        if judged:
            found.append(Finding(judged[0], paragraph.section_label, paragraph.number, judged[1], sentence,
                                 index=paragraph.index))
    return found


def on_an_average(doc, mention) -> bool:
    """Whether a percentage or points is set against an average of several years right after it
    ("2.5 points above the three-year average"): this check's, not a change on a period."""
    if doc is None:
        return False
    start = doc[mention.sentence[0]].idx
    sentence = doc.text[start:doc[mention.sentence[1] - 1].idx + len(doc[mention.sentence[1] - 1])]
    return average_after(sentence, mention.end - start)


def _level_beside(numbers, mention, period):
    """The force's figure the average is set against: of the counts the sentence quotes and review
    verified before the number, the one for ``period`` (the period under review), else the nearest;
    None when the nearest verified number before it is a rate, or none is a figure."""
    before = [n for n in numbers if n.sentence == mention.sentence and n.start < mention.start
              and n.status == "verified" and n.matched is not None]
    if not before or before[-1].matched.kind == derived.RATE:
        return None  # "a rate of 0.17 per 1,000, against a three-year average of 0.18": not the count's
    figures = [n for n in before if n.matched.kind == derived.FIGURE and n.measure and n.period]
    current = [n for n in figures if str(n.period) == str(period)]
    return (current or figures or [None])[-1]


def _judge(evidence, mention, level, years: int, after: str, changed: bool) -> tuple[str, str] | None:
    """(finding kind, message) for the number against the average, or None when it holds."""
    worked, missing = [], None
    for including in (False, True):
        try:
            if changed:
                value = derived.change_on_average(evidence.figures, level.measure, evidence.area, level.period,
                                                  years, including)
            else:
                value = derived.average_of_years(evidence.figures, level.measure, evidence.area, level.period,
                                                 years, including)
        except MissingFigure as gap:
            missing = missing or gap
            continue
        except ValueError as none_to_compare:  # an average of none: no change in per cent on it
            evidence.said_why_unchecked.add(id(mention))
            return ("unverified-figure", f"{mention.text}: {none_to_compare}; check it against its source")
        worked.append((including, value))
    said = f"{mention.text}{' ' + after.split()[0] if changed and after.split() else ''}"
    for including, value in worked:
        if mention.matches(abs(float(value.value)) if changed else float(value.value)):
            if changed and value.value and bool(_DOWN.match(after)) != (value.value < 0):
                mention.status = "wrong"
                return ("direction", f"'{said} the {years}-year average' says the figure is "
                        f"{'below' if _DOWN.match(after) else 'above'} it, but {value.derivation}")
            mention.status, mention.derivation = "verified", f"{_WHICH[including]}: {value.derivation}"
            mention.measure, mention.period, mention.matched = level.measure, level.period, value
            return None
    if len(worked) < 2:
        evidence.said_why_unchecked.add(id(mention))
        return ("unverified-figure", f"{mention.text}: set against the {years}-year average of {level.measure}, "
                f"which needs {missing.measure} for {missing.period}, not stored; check it against its source")
    mention.status = "wrong"
    unit = "%" if changed and not evidence.is_percentage(level.measure) else " points" if changed else ""
    shown = " or ".join(f"{float(value.value):+.1f}{unit} ({value.derivation})" if changed
                        else f"{float(value.value):,.1f} ({value.derivation})" for _, value in worked)
    return ("arithmetic", f"{mention.text}, given {'against' if changed else 'as'} the {years}-year average of "
            f"{level.measure} in {level.period}: the figures give {shown}")
