"""A period a change is measured from that stays where it is however far the
statement moves: the last year before the pandemic ("compared with the year
ending March 2020, before the pandemic", "the pre-pandemic year 2019/20").

Copy forward moves every other earlier period with the statement (2023/24 in
a statement on 2024/25 is 2024/25 a year on); a baseline named as the one
before the pandemic is chosen for what it was, and moving it a year on would
make it a pandemic year.
"""

from __future__ import annotations

import re

from drafter.figures.period_text import find_periods
from drafter.figures.periods import Period

_BEFORE_THE_PANDEMIC = re.compile(
    r"\b(?:before|prior\s+to)\s+(?:the\s+)?(?:covid(?:-19)?\s+)?(?:pandemic|covid(?:-19)?|lockdowns?)\b"
    r"|\bpre[-\s]?(?:pandemic|covid(?:-19)?|lockdown)\b", re.IGNORECASE)
# How far from the words the period they speak of may be named ("the year ending March 2020,
# before the pandemic", "the pre-pandemic year 2019/20").
_NEAR = 40
# The last month before the pandemic: March 2020, counted as Period.first counts months.
_LAST_MONTH_BEFORE = 2020 * 12 + 2


def fixed_bases(sentence: str) -> set[Period]:
    """The periods ``sentence`` names as the last before the pandemic: a change
    from one of them is still measured from it once the statement moves on."""
    markers = list(_BEFORE_THE_PANDEMIC.finditer(sentence))
    if not markers:
        return set()
    found = set()
    for phrase in find_periods(sentence):
        if phrase.period is None or phrase.period.last > _LAST_MONTH_BEFORE:
            continue
        if any(min(abs(marker.start() - phrase.end), abs(phrase.start - marker.end())) <= _NEAR
               for marker in markers):
            found.add(phrase.period)
    return found
