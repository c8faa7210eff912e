"""Half-yearly statements copied forward: the statement after one on a half
year is six months on, and the words naming a half year move with it.

No reporting period is half a year (figures are stored for quarters and
twelve months), so a half-yearly statement's own period is read by the
quarters and years it quotes: without telling it apart, copy forward moved
it a quarter, like a quarterly statement. A statement says it is half-yearly
in its title or opening ("Half-Year Statement", "twice a year", "every six
months") or its closing ("The next half-year statement …"); its figures then
move six months, and its half-year words with them: "Quarters 3 and 4 of
2025/26" becomes "Quarters 1 and 2 of 2026/27", "the second half of the
year" "the first half of the year", "H2 2025/26" "H1 2026/27", "the six
months to March 2026" "the six months to September 2026", "October 2025 to
March 2026" "April to September 2026", and "the same half of 2024/25" the
half a year before the draft's, "the same half of 2025/26".
"""

from __future__ import annotations

from drafter.figures.half_year_names import half_years
from drafter.figures.half_year_text import HALF_A_YEAR, half_year_on
from drafter.figures.month_spans import find_month_spans
from drafter.figures.periods import Period
from drafter.priorities import PUBLISHED_HALF_YEARLY

# How many opening paragraphs, and closing ones, may say how often the statement is published.
_SAYING_PARAGRAPHS = 3


def says_half_yearly(title: str | None, paragraphs) -> bool:
    """Whether a statement says it is published every six months, in its title,
    its opening paragraphs or its closing ones."""
    texts = [title or "", *(p.text for p in paragraphs[:_SAYING_PARAGRAPHS]),
             *(p.text for p in paragraphs[-_SAYING_PARAGRAPHS:])]
    return any(PUBLISHED_HALF_YEARLY.search(text) for text in texts)


def half_years_moved(text: str, main: Period, target: Period) -> list[tuple[int, int, str]]:
    """(start, end, new words) for each half year ``text`` names, six months on,
    when the statement moves half a year from ``main`` to ``target``; none otherwise."""
    if main.months_to(target) != HALF_A_YEAR:
        return []
    moved = [(start, end, new) for start, end, words in half_years(text)
             if (new := half_year_on(words, main)) is not None and new != words]
    taken = [(start, end) for start, end, _ in moved]
    moved += [(span.start, span.end, span.moved(HALF_A_YEAR)) for span in find_month_spans(text)
              if span.months_long == HALF_A_YEAR and not any(span.start < b and a < span.end for a, b in taken)]
    return moved
