"""National comparisons: a force's rank among the 43 forces of England and
Wales (or among the forces of its region), the England and Wales figure or
rate, and an area's gap to it.

This module is part of the one home for derived values: every value is
worked out here or by :mod:`drafter.figures.derived`, and comes back as a
:class:`~drafter.figures.derived.Derived` with the figures it used and how.
Fill writes rank sentences with these functions, review checks rank claims
with them, and roll forward works them out again for the next period.

Rules, so that no comparison is invented:

* **What is ranked.** A count is ranked on its stored figure. A rate is
  ranked on the rate per ``per`` worked out from each force's count and its
  population for the same period; when that cannot be done for every force,
  on the rate published for the period, stored as ``<measure>_per_100k``
  (``_per_1000``, ``_per_million``); failing that, on the rate worked out
  with an earlier period's population (:mod:`drafter.figures.figureset`'s
  rule); a statement quotes the published rate, which last year's population
  misses. One basis for all forces, never a mix; a place is the same on any
  base, so one asked per 1,000 of rates published per 100,000 is ranked on those.
* **As a reader sees them.** Values are ranked as they are written: rates and
  percentages to one decimal place, counts whole. Two forces shown with the
  same number are joint, whatever lies beyond the decimal place.
* **Ties.** Forces with equal values share the best position ("joint 3rd")
  and the next position is skipped (two joint 3rds, then the 5th).
* **Order.** ``highest`` ranks the largest value 1st, ``lowest`` the smallest.
* **All or nothing.** A rank among the 43 needs a value for each of the 43
  forces; a rank in a region, for each force of the region. Otherwise
  :class:`~drafter.errors.MissingForces` names the forces without one. An
  area that is not one of the 43 has no rank (:class:`~drafter.errors.NotRanked`).
* **The national figure** is the England and Wales figure as stored when
  there is one; otherwise the sum of the 43 forces when every one has a
  figure, never a partial sum. The figure for Wales is worked out the same
  way over its four forces. A percentage (victim satisfaction) is national
  only when stored for England and Wales: percentages do not add up. A
  national rate divides the national count by the national population (as
  stored for the period, else the sum of the 43 forces' populations for it,
  and only then an earlier period's), or is the published national rate (on
  another base, scaled: 87.7 per 100,000 is 0.877 per 1,000), in that order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from drafter.errors import DrafterError, MissingFigure, MissingForces, NotRanked
from drafter.figures import derived
from drafter.figures.derived import GAP, NATIONAL, PER_100K, RANK, TOTAL, Derived, per_phrase, shown
from drafter.figures.exact import round_half_away
from drafter.figures.figureset import FigureSet, is_percentage, is_published_rate
from drafter.figures.importing.mapping import RATE_SUFFIX
from drafter.figures.model import POPULATION, Figure, normalise_measure
from drafter.figures.ordinals import ORDINAL_WORDS, ordinal, place_words
from drafter.figures.periods import Period
from drafter.figures.standing import COUNTRY, FORCES, HIGHEST, LOWEST, REGION, Gap, Standing, region_phrase
from drafter.forces import (ENGLAND_AND_WALES, FORCE_NAMES, country_of, force_named, forces_in_country,
                            forces_in_region, region_of)

__all__ = ["COUNTRY", "FORCES", "HIGHEST", "LOWEST", "ORDINAL_WORDS", "REGION", "USUAL_PER", "WALES", "Comparison", "Gap",
           "Standing", "compare", "group_of", "national", "national_gap", "ordinal", "place_words", "rank",
           "region_phrase", "values"]

# The base a rate is usually published per: homicides per million, neighbourhood
# crime per 1,000, other offences per 100,000 (a rank is the same whatever the base).
USUAL_PER = {"homicides": 1_000_000, "neighbourhood_crime": 1_000}


def _as_ranked(value: Decimal, whole: bool) -> Decimal:
    return round_half_away(value, 0 if whole else 1)


def _published(measure: str, per: int) -> str:
    return f"{normalise_measure(measure)}_{RATE_SUFFIX[int(per)]}"


# The bases a rate is read on, in the order tried (see the module notes).
OWN_POPULATION, PUBLISHED, EARLIER_POPULATION = "own population", "published", "earlier population"


def _value(figures: FigureSet, measure: str, area: str, period: Period, per: int | None,
           basis: str) -> Derived:
    if per is None:
        return derived.figure(figures, measure, area, period)
    if basis == PUBLISHED:
        return derived.figure(figures, _published(measure, per), area, period)
    worked_out = derived.rate(figures, measure, area, period, per)
    if basis == OWN_POPULATION and worked_out.figures[-1].period != str(period):
        raise MissingFigure(POPULATION, worked_out.area, str(period))
    return worked_out


def values(figures: FigureSet, measure: str, areas: tuple[str, ...], period, per: int | None = None
           ) -> dict[str, Derived]:
    """Each area's value (see the module notes for the basis); MissingForces
    naming the areas without one on the basis that leaves out fewest."""
    period = Period.parse(period)
    attempts = (OWN_POPULATION, PUBLISHED, EARLIER_POPULATION) \
        if per is not None and int(per) in RATE_SUFFIX else (EARLIER_POPULATION,)
    nearest: tuple[str, list[str], dict[str, str]] | None = None
    for basis in attempts:
        found, missing, lacking = {}, [], {}
        for area in areas:
            try:
                found[area] = _value(figures, measure, area, period, per, basis)
            except MissingFigure as gap:
                missing.append(area)
                lacking[area] = gap.measure
        if not missing:
            return found
        if nearest is None or len(missing) < len(nearest[1]):
            nearest = (lacking[missing[0]], missing, lacking)
    raise MissingForces(nearest[0], nearest[1], str(period), nearest[2])


def region_total(figures: FigureSet, measure: str, region: str, period) -> Derived:
    """A region's count, its forces' counts added up ("2,916 knife offences across the North
    West"): MissingForces naming the forces without one, MissingFigure for no such region."""
    forces = forces_in_region(region)
    if not forces:
        raise MissingFigure(measure, region, str(period))
    found = values(figures, measure, forces, period)
    total = sum((found[force].value for force in forces), Decimal(0))
    return Derived(TOTAL, total, measure, region, Period.parse(period),
                   tuple(figure for force in forces for figure in found[force].figures),
                   f"{measure}, {region} ({len(forces)} forces), {Period.parse(period)}: "
                   + " + ".join(f"{force} {shown(found[force].value)}" for force in forces) + f" = {shown(total)}")


def _basis(measure: str, per: int | None) -> str:
    return normalise_measure(measure) + (f" {per_phrase(per)}" if per else "")


def rank(figures: FigureSet, measure: str, area: str, period, per: int | None = None,
         among: str = FORCES, order: str = HIGHEST, leaving_out: tuple[str, ...] = ()) -> Derived:
    """``area``'s place among the 43 forces (``among="forces"``) or the forces
    of its region (``among="region"``), highest first or ``order="lowest"``
    first, on ``measure`` (per ``per`` population when given); without the
    forces ``leaving_out`` ("excluding the City of London")."""
    if order not in (HIGHEST, LOWEST) or among not in (FORCES, REGION, COUNTRY):
        raise ValueError(f"order is highest or lowest and among is forces, region or country, not {order!r}/{among!r}")
    period = Period.parse(period)
    force = force_named(area)
    if force is None or force == ENGLAND_AND_WALES:
        raise NotRanked(area)
    group, areas = group_of(force, among)
    areas = tuple(name for name in areas if name not in leaving_out or name == force)
    found, per = _ranked_values(figures, measure, areas, period, per)
    whole = per is None and all(v.value == v.value.to_integral_value() for v in found.values())
    shown_values = {name: _as_ranked(value.value, whole) for name, value in found.items()}
    ordered = sorted(areas, key=lambda name: (-shown_values[name] if order == HIGHEST else shown_values[name],
                                              name))
    mine = shown_values[force]
    better = sum(1 for name in areas if (shown_values[name] > mine if order == HIGHEST else shown_values[name] < mine))
    joint = tuple(name for name in ordered if name != force and shown_values[name] == mine)
    standing = Standing(force, better + 1, len(areas), order, among, group, mine, joint,
                        tuple((name, shown_values[name]) for name in ordered), _basis(measure, per))
    used = tuple(f for value in found.values() for f in value.figures)
    return Derived(RANK, Decimal(standing.position), normalise_measure(measure), force, period, used,
                   _rank_derivation(standing, period), per=per, comparison=standing)


def _ranked_values(figures: FigureSet, measure: str, areas: tuple[str, ...], period: Period,
                   per: int | None) -> tuple[dict[str, Derived], int | None]:
    """Each area's value for a rank and its base: ``per``, else another base rates are published on."""
    try:
        return values(figures, measure, areas, period, per), per
    except MissingForces as gap:
        for base in _bases(per)[1:]:
            try:
                return values(figures, measure, areas, period, base), base
            except MissingForces:
                continue
        raise gap


def _bases(per: int | None) -> tuple:
    """``per``, then the other bases rates are published on: a place among the
    forces is the same on any, and a national rate on one is scaled to another."""
    if per is None or int(per) not in RATE_SUFFIX:
        return (per,)
    return (per, *sorted(set(RATE_SUFFIX) - {int(per)}))


def group_of(force: str, among: str) -> tuple[str, tuple[str, ...]]:
    """The group ``force`` is ranked in (its name) and its forces."""
    if among == FORCES:
        return ENGLAND_AND_WALES, FORCE_NAMES
    group = country_of(force) if among == COUNTRY else region_of(force)
    return group, forces_in_country(group) if among == COUNTRY else forces_in_region(group)


def _rank_derivation(standing: Standing, period: Period) -> str:
    """``firearms_offences per 100,000, 2022: West Midlands 34.9 is the highest
    of 43 forces (next: Metropolitan Police 28.1)``."""
    text = f"{standing.basis}, {period}: {standing.area} {standing.value:,} is {standing.describe()}"
    if standing.joint:
        text += f" with {', '.join(standing.joint_with)}"
    above, below = standing.neighbours()
    around = []
    if above is not None:
        around.append(f"above it: {above[0]} {above[1]:,}")
    if below is not None:
        around.append(f"next: {below[0]} {below[1]:,}")
    return text + (f" ({'; '.join(around)})" if around else "")


# -- England and Wales --------------------------------------------------------------------
WALES = "Wales"
# The wholes a figure may be given for, and the forces whose sum each is.
_WHOLES = {ENGLAND_AND_WALES: (FORCE_NAMES, "the 43 forces"), WALES: (forces_in_region(WALES), "the 4 Welsh forces")}


def _whole(name: str) -> str:
    found = next((whole for whole in _WHOLES if whole.casefold() == str(name).casefold()), None)
    if found is None:
        raise ValueError(f"no figure for {name!r} as a whole: give 'England and Wales' or 'Wales'")
    return found


def _national_count(figures: FigureSet, measure: str, period: Period, whole: str = ENGLAND_AND_WALES
                    ) -> tuple[Decimal, tuple[Figure, ...], str]:
    """(value, figures used, how): stored for ``whole``, else the sum of its forces."""
    stored = figures.get(measure, whole, period)
    if stored is not None:
        return stored.exact, (stored,), f"{shown(stored.value)} ({whole})"
    forces, called = _WHOLES[whole]
    found = values(figures, measure, forces, period)
    sample = next(iter(found.values())).figures[0]
    if is_percentage(sample) or is_published_rate(sample):
        # Percentages and published rates of the forces do not add up to a national one.
        raise MissingFigure(normalise_measure(measure), whole, str(period))
    total = sum((value.value for value in found.values()), Decimal(0))
    return total, tuple(v.figures[0] for v in found.values()), f"{shown(total)} (the sum of {called})"


def _national_population(figures: FigureSet, period: Period, whole: str = ENGLAND_AND_WALES
                         ) -> tuple[Decimal, tuple[Figure, ...], str]:
    """``whole``'s population for ``period``: as stored for the period, else the sum of
    its forces' for the period, and only then an earlier one (as stored, else the
    forces' sum), as a force's rate takes its own (the rule of :mod:`figureset`)."""
    stored = figures.population(whole, period)
    own_period = stored is not None and stored.period == str(period)
    if stored is not None and stored.value > 0 and own_period:
        return stored.exact, (stored,), f"{shown(stored.value)} ({stored.period})"
    forces, called = _WHOLES[whole]
    parts, missing = [], []
    for force in forces:
        population = figures.population(force, period)
        if population is None or population.value <= 0:
            missing.append(force)
        else:
            parts.append(population)
    if stored is not None and stored.value > 0 and (missing or any(p.period != str(period) for p in parts)):
        return stored.exact, (stored,), f"{shown(stored.value)} ({stored.period})"
    if missing:
        raise MissingForces(POPULATION, missing, str(period))
    total = sum((p.exact for p in parts), Decimal(0))
    return total, tuple(parts), f"{shown(total)} (the sum of {called}' populations)"


def national(figures: FigureSet, measure: str, period, per: int | None = None,
             whole: str = ENGLAND_AND_WALES) -> Derived:
    """The England and Wales figure (``per`` None) or rate per ``per`` population;
    with ``whole`` "Wales", the figure for Wales, on the same rules over its four forces."""
    period, whole = Period.parse(period), _whole(whole)
    name = normalise_measure(measure)
    if per is None:
        value, used, how = _national_count(figures, name, period, whole)
        return Derived(NATIONAL, value, name, whole, period, used, f"{name}, {period}: {how}",
                       percentage=is_percentage(used[0]))
    # The rate published for the period, else one published on another base ("per 100,000" asked per 1,000).
    published, base = None, None
    for other in _bases(per) if int(per) in RATE_SUFFIX else ():
        if (found := figures.get(_published(name, other), whole, period)) is not None:
            published, base = found, int(other)
            break
    try:
        count, counted, count_how = _national_count(figures, name, period, whole)
        people, populations, people_how = _national_population(figures, period, whole)
        if published is not None and any(p.period != str(period) for p in populations):
            raise MissingFigure(POPULATION, whole, str(period))  # the published rate is the period's
    except MissingFigure as gap:
        if published is None:
            raise gap from None
        value, per_base = published.exact * int(per) / base, "" if base == int(per) else f" per {base:,}"
        return Derived(NATIONAL, value, name, whole, period, (published,),
                       f"{name} {per_phrase(per)} population, {period}: {shown(published.value)} (published for "
                       f"{whole}{per_base})" + (f" × {int(per):,} / {base:,} = {shown(value)}" if per_base else ""),
                       per=int(per))
    value = derived.rate_of(count, people, int(per))
    return Derived(NATIONAL, value, name, whole, period, counted + populations,
                   f"{name} {per_phrase(per)} population, {period}: {count_how} / {people_how} × "
                   f"{int(per):,} = {value:.2f}", per=int(per))


def national_share(figures: FigureSet, measure: str, area: str, period,
                   whole: str = ENGLAND_AND_WALES) -> Derived:
    """A force's count as a share of the national one ("30.0% of the knife offences
    recorded in England and Wales"), the national count as :func:`national` takes it."""
    period, whole = Period.parse(period), _whole(whole)
    own = figures.require(normalise_measure(measure), area, period)
    nation = national(figures, own.measure, period, whole=whole)
    value = derived.share_of(own.value, nation.value)
    return Derived(derived.SHARE, value, own.measure, area, period, (own, *nation.figures),
                   f"{own.measure} as a share of {whole}'s, {period}: {area} {shown(own.value)} / "
                   f"{shown(nation.value)} = {value:.2f}%", percentage=True, whole=whole)


def national_gap(figures: FigureSet, measure: str, area: str, period, per: int | None = None,
                 percent: bool = False, whole: str = ENGLAND_AND_WALES) -> Derived:
    """``area``'s value less the national one (or Wales's, ``whole``): a rate
    per ``per`` population, a percentage or a published rate (a count against
    a national total says nothing). With ``percent``, the gap as a percentage
    of the national value."""
    period, whole = Period.parse(period), _whole(whole)
    if per is None:
        mine = derived.figure(figures, measure, area, period)
        if not _comparable(mine.figures[0]):
            raise ValueError(f"{normalise_measure(measure)} is a count: compare its rate with the "
                             "national rate (give per)")
    else:
        mine = values(figures, measure, (area,), period, per)[area]
    country = national(figures, measure, period, per, whole)
    difference = mine.value - country.value
    value = difference * 100 / country.value if percent and country.value else difference
    unit = "%" if percent else (" percentage points" if mine.percentage else "")
    how = (f"{_basis(measure, per)}, {period}: {mine.area} {shown(mine.value)} - {whole} "
           f"{shown(country.value)} = {difference:+.2f}")
    if percent:
        how += f" = {value:+.2f}% of the {'national' if whole == ENGLAND_AND_WALES else whole} value"
    elif unit:
        how += unit
    written = Gap(_as_ranked(mine.value, False), _as_ranked(country.value, False))
    side = "level with" if written.side == "level" else written.side
    what = "rate" if per or not mine.percentage else "figure"
    how += f" ({side} the national {what})" if whole == ENGLAND_AND_WALES else f" ({side} the {what} for {whole})"
    return Derived(GAP, value, normalise_measure(measure), mine.area, period, mine.figures + country.figures,
                   how, per=per, percentage=percent or mine.percentage, comparison=written)


def _comparable(figure: Figure) -> bool:
    """A percentage or a published rate: comparable with the national figure as it is."""
    return is_percentage(figure) or is_published_rate(figure)


@dataclass(frozen=True)
class Comparison:
    """A measure of an area beside every force: the area's value (its rate per
    ``per``, or the figure itself for a percentage or a published rate), its
    rank among the 43 on that value and, for a count, on the count itself,
    the national value (and national count), and the gap to the national
    value and a rate's ratio to it; each None when it cannot be worked out. ``unranked`` is why there
    is no rank: :class:`~drafter.errors.MissingForces` naming the forces
    without a figure, or :class:`~drafter.errors.NotRanked`."""

    measure: str
    per: int | None
    value: Derived | None
    rank: Derived | None
    national: Derived | None
    count_rank: Derived | None = None
    national_count: Derived | None = None
    gap: Derived | None = None
    unranked: DrafterError | None = field(default=None, compare=False)
    ratio: Derived | None = None

    def derived(self) -> list[Derived]:
        """Every comparison worked out, in reading order: ranks, national, gap, ratio."""
        found = (self.count_rank, self.rank, self.national_count, self.national, self.gap, self.ratio)
        return [value for value in found if value is not None]

    def describe(self) -> str:
        """``34.9 per 100,000 · the highest of 43 forces · England and Wales 16.3``; the
        place from the nearer end, as the filled sentences beside it give it."""
        unit = f" {per_phrase(self.per)}" if self.per else ""
        parts = [f"{round_half_away(self.value.value, 1):,}{unit}"] if self.value is not None else []
        if self.rank is not None:
            parts.append(self.rank.standing.describe(nearer_end=True))
        if self.national is not None:
            parts.append(f"England and Wales {round_half_away(self.national.value, 1):,}")
        return " · ".join(parts)


def _attempt(work):
    """(value, None) or (None, the error that stopped it)."""
    try:
        return work(), None
    except (MissingFigure, NotRanked, ValueError) as error:
        return None, error


def compare(figures: FigureSet, measure: str, area: str, period) -> Comparison:
    """``measure`` of ``area`` beside every force: on its usual rate
    (:data:`USUAL_PER`), or as it is for a percentage or a published rate;
    a count is also ranked as a count, and set against the national count."""
    period = Period.parse(period)
    own = figures.get(measure, area, period)
    per = None if own is not None and _comparable(own) else USUAL_PER.get(normalise_measure(measure), PER_100K)
    value, _ = _attempt(lambda: values(figures, measure, (area,), period, per)[area])
    ranked, unranked = _attempt(lambda: rank(figures, measure, area, period, per))
    country, _ = _attempt(lambda: national(figures, measure, period, per))
    count_rank = national_count = gap = None
    if per is not None:
        count_rank, _ = _attempt(lambda: rank(figures, measure, area, period))
        national_count, _ = _attempt(lambda: national(figures, measure, period))
    if ranked is not None or count_rank is not None:
        unranked = None
    ratio = None
    if country is not None and force_named(area) != ENGLAND_AND_WALES:
        from drafter.figures.national_ratio import national_ratio  # built on this module's rates

        gap, _ = _attempt(lambda: national_gap(figures, measure, area, period, per))
        ratio = _attempt(lambda: national_ratio(figures, measure, area, period, per))[0] if per else None
    return Comparison(normalise_measure(measure), per, value, ranked, country, count_rank, national_count, gap,
                      unranked, ratio)
