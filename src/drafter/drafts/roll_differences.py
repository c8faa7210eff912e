"""Differences from an earlier period rolled with the figure they are said of.

"There were 2 homicides in January to March 2026, two fewer than a year
earlier" becomes false when 2 moves to April to June's 3 and a year earlier
was 2. A difference ("two fewer than a year earlier", "194 more than in July
to September 2025", "3 fewer than the previous quarter") is said of the last
count before it in its sentence, as a comparison quoting no figure is
(:func:`drafter.claims.comparisons.compared_figure`). When that count moves,
the difference is worked out again by :mod:`drafter.figures.derived` against
the earlier period moved with it, and written in the words it was written in:
a number in words stays in words ("one more than a year earlier"), digits stay
digits, and no difference at all is "the same as a year earlier". The number
of the difference is never itself moved as a figure.

What cannot be worked out (the count it is said of did not move, or has no
figure for the earlier period) is left as written and named for the writer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from drafter.claims.comparisons import DOWN, UP, Comparison, compared_figure, comparison_after
from drafter.drafts.restyle import restyle
from drafter.drafts.roll_comparisons import earlier_moved
from drafter.drafts.roll_directions import opposite
from drafter.figures.derived import FIGURE
from drafter.figures.exact import round_half_away
from drafter.figures.period_text import find_periods, keep_case
from drafter.fill.wording import article

_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                 "nineteen", "twenty")
_DIFFERENCE = re.compile(
    r"(?<![\w.,])(?P<amount>\d[\d,]*(?![.\d])|" + "|".join(_NUMBER_WORDS) + r")\s+"
    r"(?P<words>(?P<up>more|higher|greater)|(?P<down>fewer|lower|less))\s+than\s+(?:(?:in|for|during)\s+)?",
    re.IGNORECASE)
# "an increase of two on the same quarter last year": the change's noun, its size, and what it is measured from.
_MOVED_BY = re.compile(
    r"(?<![\w])(?P<lead>(?:an?\s+)?(?P<noun>increase|rise|decrease|fall|reduction|drop)\s+of\s+)"
    r"(?P<amount>\d[\d,]*(?![.\d%])|" + "|".join(_NUMBER_WORDS) + r")\s+"
    r"(?P<words>on|from|compared\s+(?:with|to)|against)\s+(?:(?:in|for|during)\s+)?", re.IGNORECASE)
# "a reduction of 12 per cent on the same quarter last year, and of 47 on the previous quarter":
# a second size for the change's noun said before it.
_AND_OF = re.compile(
    r"\band\s+of\s+(?P<amount>\d[\d,]*(?![.\d%])|" + "|".join(_NUMBER_WORDS) + r")\s+"
    r"(?P<words>on|from|compared\s+(?:with|to)|against)\s+(?:(?:in|for|during)\s+)?", re.IGNORECASE)
# "rose on the previous quarter to 3,391, an increase of 86": a size after the level it reached,
# measured from the one period its sentence named before, as review reads it.
_SIZE_AFTER_LEVEL = re.compile(
    r"(?<![\w])(?:an?\s+)?(?P<noun>increase|rise|decrease|fall|reduction|drop)\s+of\s+"
    r"(?P<amount>\d[\d,]*(?![\d%]|\.\d)|" + "|".join(_NUMBER_WORDS) + r")(?=\s*(?:[.;)]|$))", re.IGNORECASE)
_MEASURED_FROM_WORDS = re.compile(r"\b(?:on|compared\s+(?:with|to)|against)\s+", re.IGNORECASE)
_NOUN_OF = re.compile(r"\b(?P<noun>increase|rise|decrease|fall|reduction|drop)\s+of\s+", re.IGNORECASE)
_UP_NOUNS = frozenset({"increase", "rise"})
# The words a difference is said again in, by the family it was written in.
_COUNT_WORDS = {UP: "more than", DOWN: "fewer than"}
_LEVEL_WORDS = {UP: "higher than", DOWN: "lower than"}


@dataclass(frozen=True)
class Difference:
    """A difference quoted from an earlier period: its number (``amount_start``
    to ``amount_end``, ``in_words`` when spelled out) and the comparison it
    makes, which starts at the number."""

    amount_start: int
    amount_end: int
    in_words: bool
    comparison: Comparison
    noun: str | None = None  # "an increase of two on …": the change's noun, from ``amount_start``
    shared: bool = False  # "…, and of 47 on …": the noun, said before, is not part of it


def find_differences(text: str) -> list[Difference]:
    """Every "N more/fewer than <earlier period>" in ``text``, in order."""
    periods = {phrase.start: phrase for phrase in find_periods(text)}
    found = []
    for match in _DIFFERENCE.finditer(text):
        claim = UP if match.group("up") else DOWN
        words_end = match.end("words") + len(" than")
        words = text[match.start("words"):words_end]
        comparison = comparison_after(text, periods, match.end(), claim, match.start(), words_end, words)
        if comparison is None:
            continue
        amount = match.group("amount")
        found.append(Difference(match.start(), match.end("amount"), not amount[0].isdigit(), comparison))
    for match in _MOVED_BY.finditer(text):
        noun = match.group("noun")
        claim = UP if noun.lower() in _UP_NOUNS else DOWN
        words_end = match.end("words")
        comparison = comparison_after(text, periods, match.end(), claim, match.start(), words_end,
                                      match.group("words"))
        if comparison is None:
            continue
        amount = match.group("amount")
        found.append(Difference(match.start(), match.end("amount"), not amount[0].isdigit(), comparison, noun))
    for match in _AND_OF.finditer(text):
        sentence_start = max(text.rfind(stop, 0, match.start()) for stop in ".!?")
        nouns = list(_NOUN_OF.finditer(text, sentence_start + 1, match.start()))
        if not nouns:
            continue
        noun = nouns[-1].group("noun")
        # Said of the count before the noun, as the first size is.
        comparison = comparison_after(text, periods, match.end(), UP if noun.lower() in _UP_NOUNS else DOWN,
                                      nouns[-1].start(), match.end("words"), match.group("words"))
        if comparison is not None:
            found.append(Difference(match.start("amount"), match.end("amount"), not match.group("amount")[0].isdigit(),
                                    comparison, noun, shared=True))
    found += _sizes_after_levels(text, periods)
    return sorted(found, key=lambda difference: difference.amount_start)


def _sizes_after_levels(text: str, periods: dict) -> list[Difference]:
    found = []
    for match in _SIZE_AFTER_LEVEL.finditer(text):
        sentence_start = max(text.rfind(stop, 0, match.start()) for stop in ".!?") + 1
        noun = match.group("noun")
        claim = UP if noun.lower() in _UP_NOUNS else DOWN
        named = [comparison for words in _MEASURED_FROM_WORDS.finditer(text, sentence_start, match.start())
                 if (comparison := comparison_after(text, periods, words.end(), claim, match.start(),
                                                    match.end("amount"), "")) is not None]
        if len(named) == 1:
            end = match.end("amount")
            found.append(Difference(match.start(), end, not match.group("amount")[0].isdigit(),
                                    replace(named[0], start=match.start(), end=end, words_end=end), noun))
    return found


def roll_differences(text: str, differences, doc, numbers, moved_figures: dict, figures, mover, edits, result,
                     moved_periods: dict) -> None:
    """Work out again, or name for the writer, each of ``differences``
    (``find_differences(text)``; see the module notes). ``moved_figures`` maps ``id(mention)`` to
    ``(old, new)`` for each figure that moved; ``moved_periods`` (sentence →
    {period: new period}) gains the named periods that move with them."""
    if mover.target == mover.main or doc is None:
        return
    for difference in differences:
        comparison = difference.comparison
        quoted = text[comparison.start:comparison.end]
        mention = compared_figure(doc, comparison, numbers)
        if mention is not None and id(mention) not in moved_figures \
                and mover.move(mention.matched.period) == mention.matched.period:
            continue  # said of a figure that is still the latest of its kind
        if mention is None or id(mention) not in moved_figures:
            result.not_rolled.append({"text": quoted, "reason": "a difference from an earlier period, said of "
                                      f"no figure that moved: work it out again for {mover.target}"})
            continue
        old, new = moved_figures[id(mention)]
        before = comparison.against(old.period)
        if before is None or old.kind != FIGURE:
            result.not_rolled.append({"text": quoted, "reason": f"a difference that cannot be read against "
                                      f"{old.period}: work it out again for {new.period}"})
            continue
        earlier = earlier_moved(comparison, quoted, before, mention, new, figures, mover, result, moved_periods)
        if earlier is None:
            continue
        change = round_half_away(new.value, mention.decimals) - round_half_away(earlier.value, mention.decimals)
        written = text[difference.amount_start:comparison.words_end]
        amount = next((n for n in numbers if n.start == difference.amount_start and n.approximate), None)
        said = _said(difference, change, amount)
        if said is None and amount is not None:
            result.not_rolled.append({"text": written, "reason": f"'{amount.text}' with the words before it cannot "
                                      f"be said of {new.period}'s difference, {_signed(change)} on {earlier.period}: "
                                      "reword"})
            continue
        if said is None:
            own_words = text[text.rfind("and", 0, difference.amount_start):comparison.end]
            result.not_rolled.append({"text": own_words, "reason": f"'{difference.noun}', said before it, no longer "
                                      f"holds: {new.period}'s figure is {_signed(change)} on {earlier.period}, reword"})
            continue
        edits.add(difference.amount_start, comparison.words_end, keep_case(said, written))


def _signed(change) -> str:
    return f"{int(change):+,}"


def _said(difference: Difference, change, bounded=None) -> str | None:
    """``change`` as a difference in the words ``difference`` was written in; ``bounded``, the
    amount's number where words before it bound it ("more than 500 fewer"), rounded as it was
    so the bound stays true ("more than 2,500 more"), None where it cannot ("nearly 500")."""
    if difference.noun is not None:
        return _said_with_noun(difference, change)
    if not change:
        return None if bounded is not None else "the same as"
    lowered = difference.comparison.words.lower().split()[0]
    family = _COUNT_WORDS if lowered in ("more", "fewer", "less") else _LEVEL_WORDS
    size = abs(int(change))
    if bounded is not None:
        amount = restyle(bounded, Decimal(size))
        if amount is None:
            return None
    elif difference.in_words and size < len(_NUMBER_WORDS):
        amount = _NUMBER_WORDS[size]
    else:
        amount = f"{size:,}"
    return f"{amount} {family[UP if change > 0 else DOWN]}"


def _said_with_noun(difference: Difference, change) -> str | None:
    """"an increase of two on", said again: "a decrease of one on", "no change on"."""
    measured_from = difference.comparison.words
    up = difference.noun.lower() in _UP_NOUNS
    if difference.shared:  # only the size is its own: the noun before it must still hold
        return f"{abs(int(change)):,} {measured_from}" if change and (change > 0) == up else None
    if not change:
        return f"no change {measured_from}".rstrip()
    noun = difference.noun.lower()
    if (change > 0) != (noun in _UP_NOUNS):
        noun = opposite(noun)
    size = abs(int(change))
    amount = _NUMBER_WORDS[size] if difference.in_words and size < len(_NUMBER_WORDS) else f"{size:,}"
    return f"{article(noun)} {noun} of {amount} {measured_from}".rstrip()
