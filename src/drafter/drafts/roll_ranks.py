"""Rank and national-comparison claims rolled on to the next period.

A claim read by :mod:`drafter.claims.ranks` ("the leading police force",
"the 8th highest", "joint 3rd highest", "above the national average") is
worked out again for the period it moves to by :mod:`drafter.figures.national`
and written in the words it was written in:

* still first: left as it is ("the leading police force", "top for");
* another place: the ordinal in the same style ("the leading police force"
  → "the 2nd highest police force", "top for" → "2nd highest for", "the
  eighth highest" → "the fifth highest", "ranked 8th" → "ranked 5th"),
  "joint" added or dropped as the figures say;
* the other side of the national figure: "above" ↔ "below", "higher than"
  ↔ "lower than", "greater than" ↔ "less than", "over" ↔ "under".

What cannot be worked out (no figures for every force in the new period, a
force that is not one of the 43, "in the top 5" no longer true, level with
the national figure, "exceeds") is left as written and named for the writer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.claims.rank_verdict import end_meant, settle_basis
from drafter.claims.ranks import NO_SIMILAR_GROUPS, RANK_PHRASE, SIMILAR, RankClaim
from drafter.drafts.roll_rank_moves import roll_move
from drafter.errors import MissingFigure, NotRanked
from drafter.figures.figureset import FigureSet
from drafter.figures.national import Standing, national_gap, place_words, rank
from drafter.figures.ordinals import ORDINALS_IN_WORDS
from drafter.figures.period_text import keep_case

_SIDES = {"above": "below", "higher than": "lower than", "greater than": "less than", "over": "under"}
_SIDES.update({new: old for old, new in list(_SIDES.items())})
_BARE_PLACE = re.compile(r"(?:joint\s+|=\s*)?\d{1,2}(?:st|nd|rd|th)\s*=?", re.IGNORECASE)
_OTHER_END = {"highest": "lowest", "lowest": "highest", "largest": "smallest", "smallest": "largest",
              "greatest": "smallest", "biggest": "smallest"}


@dataclass
class ClaimEdits:
    """What rolling a paragraph's claims does: replacements ``(start, end,
    new text)``, their records (as ``Origin.rolled``), what was left
    (``Origin.not_rolled``), and each sentence's periods that moved."""

    replacements: list[tuple[int, int, str]] = field(default_factory=list)
    rolled: list[dict] = field(default_factory=list)
    not_rolled: list[dict] = field(default_factory=list)
    handled: list[tuple[int, int]] = field(default_factory=list)  # claim spans dealt with here
    periods: dict[tuple[int, int], dict] = field(default_factory=dict)


def roll_claims(claims: list[RankClaim], figures: FigureSet, mover) -> ClaimEdits:
    """Each claim worked out for the period ``mover`` moves its period to, as
    the words naming it say (see the module notes)."""
    edits = ClaimEdits()
    for claim in claims:
        if claim.period is None:
            continue
        target = mover.move_as_named(claim.period, claim.period_style)
        if target == claim.period:
            continue
        edits.handled.append((claim.start, claim.end))
        if claim.measure is None:  # "Dyfed-Powys had the lowest rate …": of what, its sentence does not say
            edits.not_rolled.append({"text": claim.text, "reason": f"'{claim.named_as or claim.text}' names no "
                                     f"measure: kept as written, check it for {target}"})
            continue
        if claim.among == SIMILAR:
            edits.not_rolled.append({"text": claim.text, "reason": f"'{claim.named_as or claim.text}' "
                                     f"{NO_SIMILAR_GROUPS}: kept as written, check it against the group's figures "
                                     f"for {target}"})
            continue
        try:
            new = _rank_words(claim, figures, target) if claim.kind == "rank" else _side_words(claim, figures, target)
        except (MissingFigure, NotRanked, ValueError) as problem:
            edits.not_rolled.append({"text": claim.text, "reason": f"'{claim.named_as or claim.text}' cannot be "
                                     f"worked out for {target} ({_why(problem)}): kept as written ({claim.period})"})
            continue
        if isinstance(new, _Left):
            edits.not_rolled.append({"text": claim.text, "reason": new.reason})
            continue
        text, derivation, *ranked = new  # a rank's words come with its new standing
        edits.periods.setdefault(claim.tokens, {})[claim.period] = target
        if ranked and claim.within is None:
            roll_move(claim, ranked[0].order, ranked[0].position, figures, mover, target, edits)
        if text != claim.text:
            edits.replacements.append((claim.start, claim.end, text))
        edits.rolled.append({"old": claim.text, "new": text, "measure": claim.measure, "area": claim.area,
                             "from_period": str(claim.period), "to_period": str(target), "source": derivation})
    return edits


@dataclass
class _Left:
    reason: str


def _why(problem: Exception) -> str:
    if isinstance(problem, MissingFigure):
        return f"no {problem.measure} figure for {problem.area} in {problem.period}"
    return str(problem)


def _rank_words(claim: RankClaim, figures: FigureSet, target):
    settle_basis(claim, figures, end_meant)  # "ranked 31st for burglary", true of the rate: the rate again
    order = end_meant(claim, figures)
    found = rank(figures, claim.measure, claim.area, target, claim.per, claim.among, order, claim.leaving_out)
    standing = found.standing
    if (claim.either_end or _BARE_PLACE.fullmatch(claim.text)) and not claim.text.lower().startswith("ranked"):
        # "13th" of "13th out of 43", a table's "21st=" under "Rank (1 = lowest)": a place alone
        words = claim.text[:1].isalpha()  # no end named, so the first place is "1st", not "the highest"
        place = ("first" if words else "1st") if standing.position == 1 else _place(standing.position, words).strip()
        return _tie_marked(claim.text, place, standing.joint), found.derivation, standing
    any_force = RANK_PHRASE.fullmatch(claim.text)
    if any_force is not None and any_force.group("any_force") and not (standing.first and not standing.joint):
        # "the most of any force" has no words for a second place: the writer says it anew
        return _Left(f"'{claim.named_as or claim.text}' no longer holds in {target}: {claim.area} is "
                     f"{standing.describe_against_a_claim()} "
                     f"({found.derivation})")
    if claim.within is not None:
        if standing.position <= claim.within:
            return claim.text, found.derivation, standing
        return _Left(f"'{claim.named_as or claim.text}' no longer holds in {target}: {claim.area} is "
                     f"{standing.describe_against_a_claim()} "
                     f"({found.derivation})")
    return reworded(claim.text, standing), found.derivation, standing


def _tie_marked(written: str, place: str, joint: bool) -> str:
    """A new place with a tie marked as ``written`` marked one ("joint 21st", a table's "21st="), or not
    marked when the new place is no tie; a place written with no mark gains none."""
    if written.lower().startswith("joint"):
        return f"joint {place}" if joint else place
    if written.startswith("=") or written.endswith("="):
        return (f"={place}" if written.startswith("=") else f"{place}=") if joint else place
    return place


def reworded(text: str, standing: Standing) -> str:
    """A rank phrase said again for ``standing``, in the words it used."""
    match = RANK_PHRASE.fullmatch(text)
    joint = "joint " if standing.joint else ""
    if match is None:
        return text
    if match.group("order"):
        place = match.group("place") or ""
        words = place[:1].isalpha()  # "fourteenth", "twenty-first"
        return keep_case(f"{joint}{_ranked(standing, match.group('order'), words)}", text)
    if match.group("leading") or match.group("top"):
        word = "leading" if match.group("leading") else "top"
        if standing.first:
            new = f"{joint}{word}"
        else:
            new = f"{joint}{_ranked(standing, standing.order, False)}"
        return re.sub(rf"\b{word}\b", new, text, count=1, flags=re.IGNORECASE)
    if match.group("ranked"):
        written = match.group("ranked")
        if standing.first:
            place = "top" if written.lower() == "top" else "first" if written[:1].isalpha() else "1st"
        else:
            place = _place(standing.position, written[:1].isalpha() and written.lower() != "top").strip()
        start = match.start("ranked_joint") if match.group("ranked_joint") else match.start("ranked")
        return text[:start] + joint + place
    return text


def _ranked(standing: Standing, order: str, words: bool) -> str:
    """"8th highest", "eighth highest"; at the foot of the table the other
    end ("the lowest", never "the 43rd highest")."""
    if standing.position == standing.out_of > 1 and not standing.joint:
        return _OTHER_END.get(order.lower(), order)
    return f"{_place(standing.position, words)}{order}"


def _place(position: int, words: bool) -> str:
    if words and position in ORDINALS_IN_WORDS and position != 1:
        return ORDINALS_IN_WORDS[position] + " "
    return place_words(position)


def _side_words(claim: RankClaim, figures: FigureSet, target):
    gap = national_gap(figures, claim.measure, claim.area, target, claim.per)
    side = gap.comparison.side
    if side == claim.side:
        return claim.text, gap.derivation
    if side == "level":
        return _Left(f"'{claim.text}': in {target} {claim.area} is level with the national figure: reword "
                     f"({gap.derivation})")
    written = re.match(r"\w+(?:\s+than)?", claim.text).group(0)
    opposite = _SIDES.get(written.lower())
    if opposite is None:
        return _Left(f"'{claim.text}' no longer holds in {target}: {claim.area} is {side} the national "
                     f"figure ({gap.derivation})")
    return keep_case(opposite, written) + claim.text[len(written):], gap.derivation
