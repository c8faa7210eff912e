"""A count said in words to be nothing: "recorded no firearms offences",
"There were no homicides in the quarter", "No knife offences were recorded".

Only "no" or "zero" directly before the words naming a measure (after at most
"recorded", "reported", "new", "further" or "confirmed") is such a count:
"no longer", "no change", "no evidence" name no measure; nor is one an
earlier count ("compared with no homicides", "no homicides in the same
quarter last year"). Review holds the count to the figure; copy forward
names a sentence whose count the new period's figure makes more than none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.claims.measures import MeasureMention, rate_base
from drafter.figures.period_text import find_periods

_NOTHING = ("no", "zero")
_BETWEEN = ("recorded", "reported", "new", "further", "confirmed")
# Words before "no" that make it what something is compared with, not a count of its own.
_COMPARED = ("with", "from", "against", "than", "to", "versus", "on")
_MAY_SAY_NONE = re.compile(r"\b(?:no|zero)\s+[a-z]", re.IGNORECASE)


# Where a clause turns to what its count is compared with: periods named after it are not the count's.
_COMPARISON = re.compile(r"\b(?:compared|than|against|from|versus|up on|down on)\b", re.IGNORECASE)


@dataclass(frozen=True)
class SaidNone:
    measure: str
    words: str     # "no firearms offences"
    sentence: str  # the sentence it is said in
    periods: tuple  # the periods its sentence names for it, before any it is compared with


def counts_said_none(doc, measure_mentions: list[MeasureMention], is_percentage) -> list[SaidNone]:
    """Each count ``doc`` says is nothing; ``is_percentage(measure)`` tells a
    percentage, which is never a count."""
    if doc is None:
        return []
    starting = {mention.start: mention for mention in measure_mentions if mention.end <= len(doc)}
    found = []
    for token in doc:
        if token.lower_ not in _NOTHING:
            continue
        after = token.i + 1
        while after < len(doc) and doc[after].lower_ in _BETWEEN:
            after += 1
        mention = starting.get(after)
        if mention is None or rate_base(mention.measure) or is_percentage(mention.measure):
            continue
        sentence = token.sent
        last = doc[mention.end - 1]
        own = find_periods(sentence.text[:_turn(sentence.text, last.idx + len(last) - sentence.start_char)])
        if any(word.lower_ in _COMPARED for word in doc[max(sentence.start, token.i - 2):token.i]) \
                or any(phrase.period is None for phrase in own):
            continue  # "compared with no homicides", "no homicides in the same quarter last year": an earlier count
        periods = tuple(dict.fromkeys(phrase.period for phrase in own))
        found.append(SaidNone(mention.measure, doc[token.i:mention.end].text, sentence.text, periods))
    return found


def may_say_none(text: str) -> bool:
    """Whether ``text`` may say a count is nothing (worth parsing to find out)."""
    return bool(_MAY_SAY_NONE.search(text))


def _turn(sentence: str, after: int) -> int:
    """Where ``sentence`` turns, after character ``after``, to what it compares with (its end if never)."""
    turn = _COMPARISON.search(sentence, after)
    return turn.start() if turn else len(sentence)
