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

from drafter.claims.averages import AverageSaid, average_said, worked_out
from drafter.errors import MissingFigure
from drafter.review.findings import Finding

_DOWN = re.compile(r"\s*(?:points?\s+|percentage\s+points\s+)?(?:below|lower|under|down|less|fewer)\b", re.IGNORECASE)
_WHICH = {False: "the average of the years before", True: "the average of the years to and including it"}


def check_paragraph(evidence, paragraph, numbers) -> list[Finding]:
    doc = paragraph.doc
    if evidence.empty or doc is None or "average" not in paragraph.text.lower():
        return []
    found = []
    for mention in numbers:
        said = average_said(doc, numbers, mention, evidence.period) if mention.status == "unverified" else None
        judged = said and _judge(evidence, mention, said)
        if judged:
            found.append(Finding(judged[0], paragraph.section_label, paragraph.number, judged[1], said.sentence,
                                 index=paragraph.index))
    return found


def _judge(evidence, mention, said: AverageSaid) -> tuple[str, str] | None:
    """(finding kind, message) for the number against the average, or None when it holds."""
    level, years, after, changed = said.level, said.years, said.after, said.changed
    worked, missing = [], None
    for including in (False, True):
        try:
            value = worked_out(evidence.figures, said, evidence.area, level.period, including)
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
