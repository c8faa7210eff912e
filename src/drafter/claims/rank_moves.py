"""The move a rank claim is given with, read and checked.

"Gwent was 26th of the 43 forces, down 1 place from 25th in the year ending
December 2025" says where the force stood in an earlier period and how far it
moved since: "up" towards 1st, "down" away from it, in the order the claim
counts in. Review holds the earlier place to that period's figures and the
move to the two places; copy forward says it again a period on
(:mod:`drafter.drafts.roll_rank_moves`). A move naming no earlier period ("up
3 places to 12th") cannot be checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.errors import MissingFigure, NotRanked
from drafter.figures.national import ORDINAL_WORDS, ordinal, rank
from drafter.figures.period_text import find_periods
from drafter.figures.periods import Period

UP_WORDS = {"up": "down", "rising": "falling", "climbing": "dropping", "rose": "fell", "climbed": "dropped"}
TURNED = {**UP_WORDS, **{down: up for up, down in UP_WORDS.items()}}
COUNT_WORDS = ("a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_ORDINAL = r"(?:\d{1,2}(?:st|nd|rd|th)|" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + r")"
_SIZE = r"(?P<size>\d{1,2}|" + "|".join(COUNT_WORDS) + r")"
# ", down 1 place from 25th in", "rising two places from 14th in": a move from a place, then its period.
_MOVE_FROM = re.compile(
    r"^[^.;]{0,40}?\b(?P<way>" + "|".join(TURNED) + r")\s+" + _SIZE + r"\s+(?P<unit>places?)\s+(?:from|since)\s+"
    r"(?P<joint>joint\s+)?(?:the\s+)?(?P<place>" + _ORDINAL + r")\b(?P<when>\s+(?:in|for|during)\s+)?",
    re.IGNORECASE)
# "…, down 1 place from 25th in the year ending December 2025": the period after it is the earlier place's.
EARLIER_PLACE = re.compile(r"\bfrom\s+(?:joint\s+)?(?:the\s+)?" + _ORDINAL + r"\b", re.IGNORECASE)
# "up 3 places to 12th": a move to the claim from a place and period it does not name.
MOVE_TO = re.compile(r"\b(?:" + "|".join(TURNED) + r")\s+(?:\d{1,2}|" + "|".join(COUNT_WORDS) + r")\s+"
                     r"places?\s+to\s+(?:joint\s+)?(?:the\s+)?$", re.IGNORECASE)


@dataclass
class RankMove:
    """A move after a rank claim: its words (``start``..``end`` in the
    paragraph, from the direction word to the earlier place), the match in
    ``after`` (the claim's sentence after it, from paragraph offset
    ``after_start``), and the earlier period it names (None when it names none)."""

    text: str
    start: int
    end: int
    match: re.Match
    after: str
    after_start: int
    period: Period | None
    period_style: str | None

    @property
    def up(self) -> bool:
        return self.match.group("way").lower() in UP_WORDS

    @property
    def size(self) -> int:
        written = self.match.group("size").lower()
        return int(written) if written.isdigit() else max(1, COUNT_WORDS.index(written))

    @property
    def place(self) -> int:
        written = self.match.group("place").lower().replace(" ", "-")
        return ORDINAL_WORDS.get(written) or int(written[:-2])


def read_move(claim) -> RankMove | None:
    """The move given right after rank ``claim`` in its sentence, or None."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return None
    after = claim.sentence[at + len(claim.text):]
    found = _MOVE_FROM.match(after)
    if found is None:
        return None
    after_start = claim.start + len(claim.text)
    phrase = next((p for p in find_periods(after) if found.end() <= p.start
                   and re.fullmatch(r"(?:the\s+)?", after[found.end():p.start], re.IGNORECASE)), None) \
        if found.group("when") else None
    period = phrase.period if phrase is not None else None
    return RankMove(after[found.start("way"):found.end("place")], after_start + found.start("way"),
                    after_start + found.end("place"), found, after, after_start, period,
                    phrase.style if phrase is not None else None)


def move_to_before(claim) -> str | None:
    """"up 3 places to": a move to ``claim`` written before it, which names no earlier place."""
    at = claim.sentence.find(claim.text)
    found = MOVE_TO.search(claim.sentence[:at]) if at >= 0 else None
    return claim.sentence[found.start():at].strip() if found else None


def earlier_rank(claim, move: RankMove, order: str, figures):
    """Where ``claim``'s force stood in ``move``'s period, counted as the claim counts (a rank ``Derived``)."""
    return rank(figures, claim.measure, claim.area, move.period, claim.per, claim.among, order)


def move_problem(claim, move: RankMove, order: str, figures_for) -> str | None:
    """What is wrong with ``move`` given beside the checked ``claim`` (its place
    as written), or None when the earlier place and the move both hold or
    cannot be checked."""
    if move.period is None or claim.position is None:
        return None
    try:
        standing = earlier_rank(claim, move, order, figures_for(move.period)).standing
    except (MissingFigure, NotRanked, ValueError):
        return None
    # beside a wrong place, the move is held to the true one, which the claim's own error names
    now = getattr(getattr(claim.actual, "standing", None), "position", None) if claim.status == "wrong" else None
    moved = standing.position - (now or claim.position)
    if standing.position == move.place and moved == (move.size if move.up else -move.size):
        return None
    said = "no move" if not moved else f"{'up' if moved > 0 else 'down'} {abs(moved)} place{'s' * (abs(moved) != 1)}"
    measure = f"{claim.measure} per {claim.per:,}" if claim.per else claim.measure
    return (f"{claim.area} was {standing.describe_against_a_claim()} for {measure} in {move.period}, so "
            f"{ordinal(now) if now else claim.text} is {said} from there")
