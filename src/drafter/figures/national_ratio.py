"""How many times the national rate an area's rate is ("2.6 times the England
and Wales rate", "twice the Welsh average"): the area's rate over the
nation's (or Wales's), each worked out by :mod:`drafter.figures.national` as
fill, review and copy forward work them out. A rate's ratio does not depend
on what it is per, so one per 100,000 is used where none is given."""

from __future__ import annotations

from drafter.figures.derived import PER_100K, RATIO, Derived, per_phrase, shown
from drafter.figures.model import normalise_measure
from drafter.figures.national import national, values
from drafter.figures.periods import Period
from drafter.forces import ENGLAND_AND_WALES


def national_ratio(figures, measure: str, area: str, period, per: int | None = None,
                   whole: str = ENGLAND_AND_WALES) -> Derived:
    """``area``'s rate of ``measure`` over the national (or ``whole``'s) rate;
    MissingFigure when either cannot be worked out."""
    period, per = Period.parse(period), per or PER_100K
    mine = values(figures, measure, (area,), period, per)[area]
    country = national(figures, measure, period, per, whole)
    if not country.value:
        raise ValueError(f"the {whole} rate of {measure} in {period} is 0: no ratio to it")
    value = mine.value / country.value
    # A published rate is stored as "knife_offences_per_100k": named by what it counts, as a worked-out one is.
    how = (f"{normalise_measure(measure)} {per_phrase(per)} population, {period}: {mine.area} {shown(mine.value)} / "
           f"{whole} {shown(country.value)} = {value:.2f} times")
    return Derived(RATIO, value, mine.measure, mine.area, period, mine.figures + country.figures, how, per=per,
                   whole=None if whole == ENGLAND_AND_WALES else whole)
