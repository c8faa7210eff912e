"""Whether a rank claim holds against the figures, and what they say instead.

The vaguer claims' places are worked out here too ("one of the highest" is
the first quarter of the group, "higher than most forces" more than half of
the others lower), and a claim a group is too small for ("ranked 45th of the
43 forces", "among the five lowest in Wales" of four) never holds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from drafter.errors import MissingFigure, NotRanked
from drafter.figures.derived import PER_100K
from drafter.figures.exact import is_count_unit
from drafter.figures.model import POPULATION
from drafter.figures.national import FORCES, HIGHEST, LOWEST, USUAL_PER, ordinal, place_words, rank, region_phrase

if TYPE_CHECKING:
    from drafter.claims.ranks import RankClaim

# The vaguer claims (see drafter.claims.ranks): "one of the highest", "higher than most forces".
ONE_OF, MOST = "one of", "most"


def rank_of(claim: "RankClaim", figures, per: int | None, order: str):
    """Where the claim's area stands for its measure and period among the forces it
    names (less any it leaves out), per ``per`` population, in ``order``."""
    return rank(figures, claim.measure, claim.area, claim.period, per, claim.among, order, claim.leaving_out)


def vague_within(vague: str, out_of: int) -> int:
    """The places a vaguer claim allows in a group of ``out_of``: the first
    quarter, rounded up, for "one of the highest" (11 of 43); the first half,
    rounded down, for "higher than most forces" (21 of 43)."""
    return -(-out_of // 4) if vague == ONE_OF else out_of // 2


def holds_of_the_rate(claim: RankClaim, figures, end_meant) -> bool:
    """Whether a rank claim that says neither "rate" nor "number" ("among the
    five lowest forces for neighbourhood crime"), wrong of the count, holds of
    the count's usual rate (per 1,000 for neighbourhood crime); if so the
    claim is read as that rate's, else left as the count's."""
    own = figures.get(claim.measure, claim.area, claim.period)
    if own is None or not is_count_unit(own.unit) or own.measure == POPULATION:
        return False
    counted = (claim.per, claim.order, claim.actual)
    claim.per = USUAL_PER.get(claim.measure, PER_100K)
    try:
        claim.order = end_meant(claim, figures)
        claim.actual = rank_of(claim, figures, claim.per, claim.order)
    except (MissingFigure, NotRanked, ValueError):
        claim.actual = None
    if claim.actual is not None and holds_true(claim):
        return True
    claim.per, claim.order, claim.actual = counted
    return False


def settle_basis(claim: RankClaim, figures, end_meant) -> None:
    """Read a rank claim saying neither "rate" nor "number" as review does
    (:func:`holds_of_the_rate`) in its own period, so that roll forward says
    it again on the same basis."""
    if not claim.basis_open or claim.per is not None:
        return
    try:
        claim.order = end_meant(claim, figures)
        claim.actual = rank_of(claim, figures, None, claim.order)
    except (MissingFigure, NotRanked, ValueError):
        return
    if not holds_true(claim):
        holds_of_the_rate(claim, figures, end_meant)


def holds_true(claim: RankClaim) -> bool:
    actual = claim.actual
    if claim.kind == "national":
        return actual.comparison.side == claim.side
    standing = actual.standing
    if claim.vague == MOST:
        beyond = standing.out_of - standing.position - len(standing.joint_with)
        return beyond * 2 > standing.out_of - 1
    if claim.vague == ONE_OF:
        return standing.position <= vague_within(ONE_OF, standing.out_of)
    if claim.within is not None:
        # "Among the five lowest" of four forces says nothing true of any one.
        return standing.position <= claim.within < standing.out_of
    if claim.joint and not standing.joint:
        return False
    return standing.position == claim.position


def correction(claim: RankClaim) -> str:
    """What the figures say instead, with the true rank or side."""
    actual = claim.actual
    if claim.kind == "national":
        gap = actual.comparison
        side = "level with" if gap.side == "level" else gap.side
        whole = f"the figure for {claim.region}" if claim.region else "the national figure"
        return f"{claim.area} is {side} {whole}, not {claim.side} it: {actual.derivation}"
    standing = actual.standing
    said = _said(claim, standing)
    leader = standing.ranked[0]
    lead = "" if standing.first else f"; {leader[0]} is {claim.order} at {leader[1]:,}"
    where = "" if standing.among == FORCES else f" in {region_phrase(standing.group)}"
    cannot = ""
    if claim.position is not None and claim.position > standing.out_of:
        cannot = f"there are only {standing.out_of} forces{where}, so none is {ordinal(claim.position)}; "
    elif claim.within is not None and claim.within >= standing.out_of:
        cannot = (f"there are only {standing.out_of} forces{where}, so every one is in the "
                  f"{'bottom' if claim.order == LOWEST else 'top'} {claim.within}; ")
    return (f"{cannot}{claim.area} is {standing.describe_against_a_claim()} for {standing.basis} in "
            f"{actual.period}, not {said}{lead} ({standing.area} {standing.value:,})")


def _said(claim: RankClaim, standing) -> str:
    """What the claim says, with what it would take to hold."""
    if claim.vague == ONE_OF:
        return (f"one of the {claim.order} (the first quarter: {ordinal(vague_within(ONE_OF, standing.out_of))} "
                f"or better of {standing.out_of})")
    if claim.vague == MOST:
        side = "higher" if claim.order == HIGHEST else "lower"
        return (f"{side} than most forces (more than half of the other {standing.out_of - 1} "
                f"{'lower' if claim.order == HIGHEST else 'higher'})")
    if claim.within is not None:
        return f"in the {'bottom' if claim.order == LOWEST else 'top'} {claim.within}"
    if claim.either_end:
        return f"{'joint ' if claim.joint else ''}{ordinal(claim.position)} from either end"
    return f"{'joint ' if claim.joint else ''}{place_words(claim.position)}{claim.order}"


def end_meant(claim: RankClaim, figures) -> str:
    """The end a rank claim counts from: the one it names; with none named
    ("ranked 14th", "13th out of 43") the one from which it holds in its own
    period, the 13th lowest for instance, else the highest. Review and roll
    forward both ask here."""
    if not claim.either_end:
        return claim.order
    for order in (HIGHEST, LOWEST):
        standing = rank_of(claim, figures, claim.per, order).standing
        if standing.position == claim.position:
            return order
    return HIGHEST
