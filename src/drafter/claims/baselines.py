"""What a change is measured from, where it is no year earlier: a period that
stays where it is however far the statement moves, the last year before the
pandemic ("compared with the year ending March 2020, before the pandemic",
"the pre-pandemic year 2019/20"); a span of several years ("over the last
three years"); an average of several years ("the three-year average").

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
# The last month before the pandemic: March 2020, the end of the financial year 2019/20.
_LAST_MONTH_BEFORE = Period.parse("2019/20").last


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


# A change measured over several years ("has fallen by 9.6% over the last three years", "compared
# with three years ago") or against an average of several ("2.2% below the three-year average", "the
# average of the previous five years"): not the change on a year, whatever it happens to equal.
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_YEARS = r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)"
_OVER_YEARS = re.compile(rf"\b(?:over|in|across|during|within)\s+(?:the\s+)?(?:(?:last|past|previous)\s+)?{_YEARS}"
                         rf"\s+years\b|\b{_YEARS.replace('<n>', '<ago>')}\s+years\s+"
                         r"(?:ago|earlier|before)\b", re.IGNORECASE)
_SOME = _YEARS.replace("?P<n>", "?:")
_AVERAGE = re.compile(rf"\b{_SOME}[\s-]+years?\s+(?:rolling\s+)?average\b|\baverage\s+(?:of|for|over|across)\s+the\s+"
                      rf"(?:(?:last|past|previous|preceding)\s+)?{_SOME}\s+years\b|\blong[\s-]+(?:term|run)\s+average\b",
                      re.IGNORECASE)


def years_measured_over(sentence: str) -> int | None:
    """How many years back a change in ``sentence`` is measured from ("over the last
    three years": 3), or None when it names no span of years."""
    found = _OVER_YEARS.search(sentence)
    if found is None:
        return None
    words = (found.group("n") or found.group("ago")).lower()
    return _COUNTS.get(words) or int(words)


def average_years(words: str) -> int | None:
    """How many years the first average of several years in ``words`` is over ("the
    three-year average": 3); None for none, or for a "long-term average" of no stated span."""
    found = _AVERAGE.search(words)
    if found is None:
        return None
    named = re.search(_YEARS, found.group(0), re.IGNORECASE)
    if named is None:
        return None
    return _COUNTS.get(named.group("n").lower()) or int(named.group("n"))


# The average's own level given right after its words: "a three-year average of 276",
# "(three-year average: 276)", "the three-year average was 276", "the three-year average (276)".
_LEVEL_AFTER = re.compile(r"\s*(?:(?:of|was|is|stood\s+at|at)\s+|:\s*|\(\s*)$", re.IGNORECASE)


def average_level_before(sentence: str, at: int) -> int | None:
    """The years of an average whose level is the number at ``at`` in ``sentence``
    ("against a three-year average of 276": 3), else None."""
    for found in _AVERAGE.finditer(sentence, max(0, at - 80), at):
        if _LEVEL_AFTER.fullmatch(sentence[found.end():at]):
            return average_years(found.group(0))
    return None


def against_an_average(sentence: str) -> bool:
    """Whether ``sentence`` compares with an average of several years ("the three-year average")."""
    return _AVERAGE.search(sentence) is not None


def not_on_a_year(sentence: str, start: int = 0, end: int | None = None) -> bool:
    """Whether the change at ``start:end`` in ``sentence`` is measured over several
    years or against an average of them, so no change on a year the figures give is
    the one it states: said between the numbers before and after it ("fell by 2.1% over
    the financial year, to 10,402, and by 3.7% over three years": only the 3.7%)."""
    own = own_stretch(sentence, start, start if end is None else end)
    return against_an_average(own) or (years_measured_over(own) or 1) > 1


# A number bounding a change's stretch of words: not the count of "three years", "a 5-year average".
_OTHER_NUMBER = re.compile(r"\d[\d,.]*%?(?![\d,.]*[\s-]+years?\b)")


def own_stretch(text: str, start: int, end: int) -> str:
    """The words of ``text`` from the number (or sentence end) before ``start`` to the one after ``end``."""
    before = [m.end() for pattern in (_OTHER_NUMBER, _SENTENCE_END) for m in pattern.finditer(text, 0, start)
              if m.end() <= start]
    after = [m.start() for pattern in (_OTHER_NUMBER, _SENTENCE_END) for m in pattern.finditer(text, end)]
    return text[max(before, default=0):min(after, default=len(text))]


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def average_after(sentence: str, at: int) -> bool:
    """Whether the words right after a percentage at ``at`` in ``sentence`` set it
    against an average of several years ("2.2% below the three-year average"), with
    no number between: a level beside such an average ("74.0%, against a three-year
    average of 72.9%") is not."""
    found = _AVERAGE.search(sentence, at, at + 60)
    return found is not None and not re.search(r"\d|,|;", sentence[at:found.start()]) \
        and re.match(r"\s*(?:points?\s+|percentage\s+points\s+)?(?:below|above|lower|higher|under|over|up|down|"
                     r"more|less|fewer)\b", sentence[at:]) is not None
