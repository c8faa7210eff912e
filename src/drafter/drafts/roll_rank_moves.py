"""A move between places said beside a rank, rolled with it.

"Gwent was 26th of the 43 forces, down 1 place from 25th in the year ending
December 2025" says two ranks: the claim (rolled by :mod:`drafter.drafts.roll_ranks`)
and the place it moved from, in the period named after it. Rolled on, the
earlier period moves as the claim's does, the place there is worked out again
by :mod:`drafter.figures.national`, and the move is said again in the words it
was written in: "up 4 places from 26th in the year ending March 2026" ("up"
towards 1st, in the order the claim counts in), "down" ↔ "up", "falling" ↔
"rising", "a place" or "places" as many as there are.

What cannot be worked out is left as written and named for the writer: a
move naming no period it was measured from ("up 3 places to 12th"), a place
unchanged, or a period without every force's figures.
"""

from __future__ import annotations

import re

from drafter.errors import MissingFigure, NotRanked
from drafter.figures.national import ORDINAL_WORDS, ordinal, rank
from drafter.figures.period_text import find_periods, keep_case

_UP_WORDS = {"up": "down", "rising": "falling", "climbing": "dropping", "rose": "fell", "climbed": "dropped"}
_TURNED = {**_UP_WORDS, **{down: up for up, down in _UP_WORDS.items()}}
_COUNT_WORDS = ("a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_ORDINAL = r"(?:\d{1,2}(?:st|nd|rd|th)|" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + r")"
# ", down 1 place from 25th in", "rising two places from 14th in": a move from a place in a named period.
_MOVE_FROM = re.compile(
    r"^[^.;]{0,40}?\b(?P<way>" + "|".join(_TURNED) + r")\s+(?P<size>\d{1,2}|" + "|".join(_COUNT_WORDS) + r")"
    r"\s+(?P<unit>places?)\s+(?:from|since)\s+(?P<joint>joint\s+)?(?:the\s+)?(?P<place>" + _ORDINAL + r")\b"
    r"(?P<when>\s+(?:in|for|during)\s+)?", re.IGNORECASE)
# "up 3 places to 12th": a move to the claim from a place and period it does not name.
_MOVE_TO = re.compile(r"\b(?:" + "|".join(_TURNED) + r")\s+(?:\d{1,2}|" + "|".join(_COUNT_WORDS) + r")\s+"
                      r"places?\s+to\s+(?:joint\s+)?(?:the\s+)?$", re.IGNORECASE)


def roll_move(claim, order: str, new_position: int, figures, mover, target, edits) -> None:
    """Say again, or name for the writer, the move ``claim`` (a rank claim
    rolled to ``new_position`` in ``target``, counted from ``order``) is
    given with; ``edits`` is the paragraph's ``ClaimEdits``."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return
    before, after = claim.sentence[:at], claim.sentence[at + len(claim.text):]
    offset = claim.start - at
    if _MOVE_TO.search(before):
        found = _MOVE_TO.search(before)
        _left(edits, before[found.start():].strip(), f"a move to {claim.text} from a place it does not date: "
              f"work it out again for {target}")
        return
    found = _MOVE_FROM.match(after)
    if found is None:
        return
    start = offset + at + len(claim.text)
    moved_words = after[found.start("way"):found.end("place")]
    phrase = next((p for p in find_periods(after) if found.end() <= p.start
                   and re.fullmatch(r"(?:the\s+)?", after[found.end():p.start], re.IGNORECASE)), None) \
        if found.group("when") else None
    if phrase is None or phrase.period is None:
        _left(edits, moved_words, f"a move from a place it does not date: work it out again for {target}")
        return
    earlier = mover.move_as_named(phrase.period, phrase.style)
    try:
        standing = rank(figures, claim.measure, claim.area, earlier, claim.per, claim.among, order).standing
    except (MissingFigure, NotRanked, ValueError) as problem:
        _left(edits, moved_words, f"'{moved_words}' cannot be worked out for {earlier} ({problem}): kept as written")
        return
    size = standing.position - new_position
    if size == 0:
        _left(edits, moved_words, f"'{moved_words}': in {target} {claim.area} is in the same place as in "
              f"{earlier} ({standing.position}): reword")
        return
    way = found.group("way")
    if (size > 0) != (way.lower() in _UP_WORDS):
        way = keep_case(_TURNED[way.lower()], way)
    written = found.group("size")
    amount = _COUNT_WORDS[abs(size)] if not written.isdigit() and abs(size) < len(_COUNT_WORDS) else str(abs(size))
    if amount == "one" and written.lower() == "a":
        amount = "a"
    unit = "place" if abs(size) == 1 else "places"
    joint = "joint " if standing.joint else ""
    place = _said_as(standing.position, found.group("place"))
    between = after[found.end("unit"):found.start("joint") if found.group("joint") else found.start("place")]
    new = f"{way} {amount} {unit}{between}{joint}{place}"
    edits.replacements.append((start + found.start("way"), start + found.end("place"), new))
    edits.periods.setdefault(claim.tokens, {})[phrase.period] = earlier


def _said_as(position: int, written: str) -> str:
    """``position`` as the place was written: "26th", or in words, "twenty-sixth"."""
    words = {number: word for word, number in ORDINAL_WORDS.items()}
    return words[position] if written[:1].isalpha() and position in words else ordinal(position)


def _left(edits, text: str, reason: str) -> None:
    edits.not_rolled.append({"text": text, "reason": reason})
