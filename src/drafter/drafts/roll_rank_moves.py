"""A move between places said beside a rank, rolled with it.

"Gwent was 26th of the 43 forces, down 1 place from 25th in the year ending
December 2025" says two ranks: the claim (rolled by :mod:`drafter.drafts.roll_ranks`)
and the place it moved from, in the period named after it
(:mod:`drafter.claims.rank_moves`). Rolled on, the earlier period moves as the
claim's does, the place there is worked out again by
:mod:`drafter.figures.national`, and the move is said again in the words it
was written in: "up 4 places from 26th in the year ending March 2026" ("up"
towards 1st, in the order the claim counts in), "down" ↔ "up", "falling" ↔
"rising", "a place" or "places" as many as there are.

What cannot be worked out is left as written and named for the writer: a
move naming no period it was measured from ("up 3 places to 12th"), a place
unchanged, or a period without every force's figures.
"""

from __future__ import annotations

from drafter.claims.rank_moves import COUNT_WORDS, TURNED, UP_WORDS, earlier_rank, move_to_before, read_move
from drafter.errors import MissingFigure, NotRanked
from drafter.figures.national import ordinal
from drafter.figures.ordinals import ORDINALS_IN_WORDS
from drafter.figures.period_text import keep_case


def roll_move(claim, order: str, new_position: int, figures, mover, target, edits) -> None:
    """Say again, or name for the writer, the move ``claim`` (a rank claim
    rolled to ``new_position`` in ``target``, counted from ``order``) is
    given with; ``edits`` is the paragraph's ``ClaimEdits``."""
    before = move_to_before(claim)
    if before is not None:
        _left(edits, before, f"a move to {claim.text} from a place it does not date: work it out again for {target}")
        return
    move = read_move(claim)
    if move is None:
        return
    if move.period is None:
        _left(edits, move.text, f"a move from a place it does not date: work it out again for {target}")
        return
    written_period = move.period
    earlier = mover.move_as_named(move.period, move.period_style)
    try:
        move.period = earlier
        found = earlier_rank(claim, move, order, figures)
    except (MissingFigure, NotRanked, ValueError) as problem:
        _left(edits, move.text, f"'{move.text}' cannot be worked out for {earlier} ({problem}): kept as written")
        return
    standing = found.standing
    size = standing.position - new_position
    if size == 0:
        _left(edits, move.text, f"'{move.text}': in {target} {claim.area} is in the same place as in {earlier} "
              f"({ordinal(standing.position)}): reword")
        return
    derivation, found = found.derivation, move.match
    way = found.group("way")
    if (size > 0) != (way.lower() in UP_WORDS):
        way = keep_case(TURNED[way.lower()], way)
    written = found.group("size")
    amount = COUNT_WORDS[abs(size)] if not written.isdigit() and abs(size) < len(COUNT_WORDS) else str(abs(size))
    if amount == "one" and written.lower() == "a":
        amount = "a"
    unit = "place" if abs(size) == 1 else "places"
    between = move.after[found.end("unit"):found.start("joint") if found.group("joint") else found.start("place")]
    new = f"{way} {amount} {unit}{between}{'joint ' if standing.joint else ''}"
    new += _said_as(standing.position, found.group("place"))
    edits.replacements.append((move.start, move.end, new))
    edits.rolled.append({"old": move.text, "new": new, "measure": claim.measure, "area": claim.area,
                         "from_period": str(written_period), "to_period": str(earlier), "source": derivation})
    edits.periods.setdefault(claim.tokens, {})[written_period] = earlier


def _said_as(position: int, written: str) -> str:
    """``position`` as the place was written: "26th", or in words, "twenty-sixth"."""
    return ORDINALS_IN_WORDS[position] if written[:1].isalpha() and position in ORDINALS_IN_WORDS \
        else ordinal(position)


def _left(edits, text: str, reason: str) -> None:
    edits.not_rolled.append({"text": text, "reason": reason})
