"""A rank claim checked when some forces of its group have no figure, as a
national table with withheld cells ("[c]", "..") leaves them: the force's
place among the forces with figures, and so the places it could hold
wherever the others stand, from that place (all of them below it) to that
place plus their number (all above).

A claim no place in that span makes true is wrong whatever the missing
figures are ("18th highest" of a force 25th among the 42 with figures); one
every place in it makes true holds whatever they are ("in the top ten" of a
force 4th among the 41 with figures); any other is left unverified, as
before, with the span it could hold named. A rank is still never called
wrong on a guess at a missing figure.
"""

from __future__ import annotations

from dataclasses import dataclass

from drafter.claims.rank_verdict import MOST, ONE_OF, vague_within
from drafter.errors import MissingFigure, MissingForces, NotRanked
from drafter.figures.derived import PER_100K
from drafter.figures.national import HIGHEST, LOWEST, USUAL_PER, group_of, ordinal, rank
from drafter.figures.ordinals import place_words

HOLDS, WRONG, OPEN = "holds", "wrong", "open"


@dataclass(frozen=True)
class Span:
    """The places a force could hold: ``best`` to ``worst`` in ``order``, of ``out_of``,
    with ``known`` the ranking among the forces with figures."""

    best: int
    worst: int
    out_of: int
    order: str
    known: object  # the Derived rank among the forces with figures

    def words(self) -> str:
        first, last = (f"{place_words(place)}{self.order}".strip() for place in (self.best, self.worst))
        return f"between the {first} and the {last} of {self.out_of}"


def without_every_force(claim, figures, gap: MissingFigure):
    """``claim`` settled by :func:`settle_despite_gaps` where it can be, else unverifiable, saying
    which figures it needs and, for a few forces missing, the places the others' figures allow."""
    if isinstance(gap, MissingForces) and settle_despite_gaps(claim, figures, gap):
        return claim
    claim.status = "unverifiable"
    claim.reason = f"needs every force's figures: no {gap.measure} for {gap.area} in {gap.period}"
    if isinstance(gap, MissingForces):
        claim.reason += spans_named(claim, figures, gap)
    return claim


def settle_despite_gaps(claim, figures, gap: MissingForces) -> bool:
    """Set ``claim``'s status and reason when ``gap`` leaves forces without a figure
    and the claim holds, or fails, wherever they stand; False when it may go either way."""
    if claim.kind != "rank" or claim.vague == MOST or claim.area in gap.missing:
        return False
    bases = (claim.per,) if not claim.basis_open else (None, USUAL_PER.get(claim.measure, PER_100K))
    orders = (HIGHEST, LOWEST) if claim.either_end else (claim.order,)
    outcomes = []
    for per in bases:
        for order in orders:
            span = _span(claim, figures, per, order, gap.missing)
            if span is None:
                return False
            outcomes.append((_outcome(claim, span), span, per))
    if any(outcome == HOLDS for outcome, _, _ in outcomes):
        outcome, span, per = next(found for found in outcomes if found[0] == HOLDS)
        claim.status, claim.per, claim.actual = "verified", per, span.known
        claim.reason = (f"holds wherever the forces without figures stand ({_who(gap)}): {claim.area} is "
                        f"{span.words()} ({span.known.derivation})")
        return True
    if all(outcome == WRONG for outcome, _, _ in outcomes):
        _, span, per = outcomes[0]
        claim.status, claim.per, claim.actual = "wrong", per, span.known
        claim.reason = (f"wherever the forces without figures stand ({_who(gap)}), {claim.area} is "
                        f"{span.words()} for {span.known.standing.basis} in {span.known.period}, not "
                        f"{_said(claim)} ({span.known.derivation})")
        return True
    return False


def spans_named(claim, figures, gap: MissingForces) -> str:
    """", though it could be between the 17th highest and the 18th highest of 43 …": what the figures
    of the others allow, for an unverified claim's reason; empty when they allow nothing narrower."""
    if claim.kind != "rank" or claim.area in gap.missing:
        return ""
    span = _span(claim, figures, claim.per, claim.order, gap.missing)
    if span is None or span.worst - span.best + 1 >= span.out_of:
        return ""
    return f"; by the others' figures {claim.area} is {span.words()}"


def _span(claim, figures, per, order: str, missing: tuple[str, ...]) -> Span | None:
    try:
        known = rank(figures, claim.measure, claim.area, claim.period, per, claim.among, order,
                     (*claim.leaving_out, *missing))
    except (MissingFigure, NotRanked, ValueError):
        return None
    standing = known.standing
    whole = _group_size(claim, standing)
    return Span(standing.position, standing.position + whole - standing.out_of, whole, order, known)


def _group_size(claim, standing) -> int:
    return len([name for name in group_of(standing.area, claim.among)[1]
                if name not in claim.leaving_out or name == standing.area])


def _outcome(claim, span: Span) -> str:
    if claim.within is not None or claim.vague == ONE_OF:
        within = claim.within if claim.within is not None else vague_within(ONE_OF, span.out_of)
        return HOLDS if span.worst <= within else WRONG if span.best > within else OPEN
    if claim.position is None:
        return OPEN
    return WRONG if not span.best <= claim.position <= span.worst else OPEN


def _said(claim) -> str:
    if claim.within is not None:
        return f"in the {'bottom' if claim.order == LOWEST else 'top'} {claim.within}"
    if claim.vague == ONE_OF:
        return f"one of the {claim.order}"
    end = "from either end" if claim.either_end else claim.order
    return f"{'joint ' if claim.joint else ''}{ordinal(claim.position)} {end}"


def _who(gap: MissingForces) -> str:
    return ", ".join(gap.missing) if len(gap.missing) <= 3 else f"{len(gap.missing)} forces"
