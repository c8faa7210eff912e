"""Numbers given beside rank and national claims: the national figure
("against 11.0 nationally", "the national rate of 84.7"), checked against
England and Wales, and the size of the group ("of the 43 forces"), which is
not a figure at all."""

from __future__ import annotations

import re

from drafter.errors import MissingFigure
from drafter.figures.derived import Derived
from drafter.figures.figureset import FigureSet
from drafter.figures.national import national

# Words beside a number that make it the national figure ("11.0 nationally", "the national rate of 84.7").
NATIONAL_BEFORE = re.compile(r"(?:national|england\s+(?:and|&)\s+wales)(?:\s+(?:average|rate|figure|level|"
                             r"total))?(?:\s+(?:of|was|is|at|stood\s+at))?\s*$", re.IGNORECASE)
NATIONAL_AFTER = re.compile(r"^\s*(?:per\s+[\w,]+\s+(?:population\s+)?)?(?:nationally|across\s+england|"
                            r"in\s+england\s+(?:and|&)\s+wales|for\s+england\s+(?:and|&)\s+wales)\b",
                            re.IGNORECASE)
# "of the 43 forces", "among the 4 police forces": the size of the group, not a figure.
_GROUP_SIZE = re.compile(r"(?:(?:of|among|across)\s+(?:the|all)?|\ball)\s*$", re.IGNORECASE)
_GROUP_NOUN = re.compile(r"^\s+(?:(?:territorial|police)\s+)*(?:forces|force\s+areas)\b", re.IGNORECASE)


def national_number(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` of ``text`` is given as the national figure."""
    return bool(NATIONAL_BEFORE.search(text[max(0, start - 45):start])
                or NATIONAL_AFTER.search(text[end:end + 40]))


def mark_group_sizes(text: str, numbers) -> None:
    """"Of the 43 forces", "all 43 police forces": how many forces there are, not a figure."""
    for mention in numbers:
        if _GROUP_SIZE.search(text[max(0, mention.start - 12):mention.start]) and \
                _GROUP_NOUN.match(text[mention.end:mention.end + 30]):
            mention.status = "not-a-figure"


def match_national_numbers(text: str, numbers, claims: list, figures_for) -> list:
    """Numbers given as the national figure beside a claim ("against 11.0
    nationally") matched to England and Wales (``figures_for(period)`` gives
    every area's figures): verified, or wrong and returned with the national
    value. "The 43 forces" (the size of the group) is not a figure."""
    wrong = []
    mark_group_sizes(text, numbers)
    for mention in numbers:
        if mention.status == "not-a-figure" or not mention.is_figure or not national_number(text, mention.start, mention.end):
            continue
        beside = [c for c in claims if c.tokens == mention.sentence and c.period is not None]
        if not beside:
            continue
        claim = max((c for c in beside if c.start <= mention.start), key=lambda c: c.start, default=beside[0])
        per = int(mention.per) if mention.per else claim.per
        value = _national_value(figures_for(claim.period), claim.measure, claim.period, per)
        if value is None:
            continue  # not every force's figures: the claim itself says it cannot be checked
        mention.measure, mention.period, mention.derivation = value.measure, str(value.period), value.derivation
        if mention.matches(float(value.value)):
            mention.status, mention.source, mention.matched = "verified", value.sources, value
        else:
            mention.status = "wrong"
            wrong.append((mention, value))
    return wrong


def _national_value(figures: FigureSet, measure: str, period, per: int | None) -> Derived | None:
    try:
        return national(figures, measure, period, per)
    except (MissingFigure, ValueError):
        return None

