"""What a template sees: the figures of one rendering, looked up on demand and
remembered for provenance, with a stand-in for every figure that is missing."""

from __future__ import annotations

from decimal import Decimal

import jinja2

from drafter.errors import MissingFigure, NotFound, NotRanked
from drafter.figures import derived
from drafter.figures.national import FORCES, HIGHEST, REGION, national_gap, rank, values
from drafter.figures.national import national as national_value
from drafter.figures.national_ratio import national_ratio
from drafter.figures.derived import PER_MILLION, RATE_BASES
from drafter.figures.figureset import FigureSet, is_percentage
from drafter.figures.model import POPULATION, Figure, closest_measure, normalise_area, normalise_measure
from drafter.figures.periods import Period
from drafter.forces import ENGLAND_AND_WALES
from drafter.fill import wording
from drafter.fill.results import placeholder


class Missing:
    """Stands in for a figure that is not stored.

    It prints as a placeholder, is false in tests, compares unequal to
    everything, and any attribute, call or arithmetic on it gives itself, so
    a template runs to the end and every missing figure gets reported.
    """

    def __init__(self, measure: str, area: str, period: str):
        self.measure, self.area, self.period = measure, area, period
        # Set when a template tests it (``is missing``) and so words the sentence without it.
        self._tested = False

    @property
    def text(self) -> str:
        return placeholder(self.measure, self.area, self.period)

    def __str__(self) -> str:
        return self.text

    __html__ = __str__

    def __repr__(self) -> str:
        return self.text

    def __bool__(self) -> bool:
        return False

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        return self

    def __call__(self, *args, **kwargs):
        return self

    def __iter__(self):
        return iter(())

    def __len__(self) -> int:
        return 0

    def __eq__(self, other) -> bool:
        return False

    def __hash__(self) -> int:
        return hash(self.text)

    def _self(self, *args):
        return self

    def _false(self, *args):
        return False

    __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = _self
    __truediv__ = __rtruediv__ = __floordiv__ = __rfloordiv__ = __mod__ = __rmod__ = _self
    __pow__ = __rpow__ = __neg__ = __pos__ = __abs__ = __round__ = _self
    __lt__ = __le__ = __gt__ = __ge__ = _false

    def __ne__(self, other) -> bool:
        return True


class NotApplicable(Missing):
    """Stands in for a national comparison that does not apply to the area (a
    rank for an area that is not one of the 43 forces): it prints nothing, and
    the sentence is left out rather than reported as missing a figure."""

    def __init__(self):
        super().__init__("", "", "")

    @property
    def text(self) -> str:
        return ""


def first_missing(*values):
    return next((v for v in values if isinstance(v, Missing)), None)


def _exact(figure: Figure):
    """A figure's value for template arithmetic: an int when whole, else an exact
    Decimal, so differences such as 82.3 - 74.0 round as written."""
    return figure.value if isinstance(figure.value, int) else figure.exact


class ChangeView:
    """A change as templates see it: the figures plus how to word them."""

    def __init__(self, change: derived.Change, threshold: float, small_count: float,
                 compared_with: str, previous_period: Period):
        self.current = _exact(change.current)
        self.previous = _exact(change.previous)
        self.absolute = change.absolute
        self.percent = change.percent
        self.points = change.points
        self.unit = change.unit
        self.in_points = change.in_points
        self.direction = change.direction
        self.threshold = threshold
        self.compared_with = compared_with
        self.previous_period = previous_period
        self.small = max(abs(change.current.exact), abs(change.previous.exact)) < Decimal(str(small_count))
        size = change.points if change.in_points else change.percent
        # How big the change is, whichever way: what "largest change first" sorts on.
        self.size = abs(size) if size is not None else abs(change.absolute)
        self.stable = wording.broadly_stable(self.current, self.previous, unit=self.unit, threshold=threshold)

    def _wording_options(self) -> dict:
        return {"unit": self.unit, "threshold": self.threshold}

    def __str__(self) -> str:
        return wording.change_phrase(self.current, self.previous, compared_with=self.compared_with,
                                     **self._wording_options())


class RankView:
    """A rank as templates see it: where the area stands and how to say it.

    ``str(rank)`` is ``the highest``, ``the 8th highest``, ``the joint 3rd
    highest``, or from the other end when that is nearer (``the 2nd lowest``); ``among`` is ``of the 43 forces in England and Wales`` or ``of
    the 4 forces in the West Midlands region``.
    """

    def __init__(self, ranked: derived.Derived, count, small_count: float):
        standing = self._standing = ranked.standing
        self.position = standing.position
        self.out_of = standing.out_of
        self.order = standing.order
        self.joint = standing.joint
        self.joint_with = list(standing.joint_with)
        self.first = standing.first
        self.group = standing.group
        self.value = standing.value
        above, below = standing.neighbours()
        self.above = above[0] if above else None
        self.above_value = above[1] if above else None
        self.next = below[0] if below else None
        self.next_value = below[1] if below else None
        self.among = wording.among_phrase(standing.out_of, standing.group, standing.among == REGION)
        # The area's own count, when the rank rests on one: too few to rank meaningfully?
        self.count = count
        self.small = count is not None and count < Decimal(str(small_count))

    def __str__(self) -> str:
        """Said from the nearer end, as a person would: "the 2nd lowest", not "the 42nd highest"."""
        return wording.rank_phrase(*self._standing.nearer_end(), self.joint)


class GapView:
    """The area against the national figure: ``.side`` is ``above``, ``below``
    or ``level with``, ``.value`` the difference (or the percentage with ``percent``),
    negative below, and ``.size`` the difference without its sign (0 when level with)."""

    def __init__(self, gap: derived.Derived):
        level = gap.comparison.side == "level"
        # Level as written (26.4 against 26.4) is no gap, though the rates behind them
        # differ: a size beside "level with" ("0.2% level with") contradicts it.
        self.value = Decimal(0) if level else gap.value
        # The difference whichever side it is on: what "49.3% below" prints, ``side`` giving the direction.
        self.size = abs(self.value)
        self.area_value = gap.comparison.area_value
        self.national_value = gap.comparison.national_value
        self.side = "level with" if level else gap.comparison.side

    def __str__(self) -> str:
        return self.side


class FigureBook:
    """What one rendering asks of the figures: every value comes from
    :mod:`drafter.figures.derived` (the arithmetic review and roll forward use
    too), and every figure it touched, or found missing, is remembered."""

    def __init__(self, figures_for, area: str, period: Period, settings, every_area_for=None,
                 stored_measures=frozenset(), area_named=normalise_area):
        self._figures_for = figures_for  # area -> FigureSet, loaded once per rendering run
        # Every measure stored for any area: a name close to one of them but not
        # stored at all is a typo in the template, not a figure still to come.
        self._stored_measures = stored_measures
        # period -> every area's figures for it (national comparisons), loaded once per run
        self._every_area_for = every_area_for
        self.area = area
        self.period = period
        self.settings = settings
        # An area a template names (area='Gwent'), spelt as drafter spells it; a name of no
        # known area is refused with the closest ones, not left to read as missing figures.
        self._area_named = area_named
        self.used: dict[tuple, dict] = {}
        self.missing: dict[tuple, dict] = {}
        self._stand_ins: dict[tuple, list[Missing]] = {}
        self.not_applicable = False

    def _where(self, period, area) -> tuple[Period, str]:
        if isinstance(period, jinja2.Undefined):
            # A name the template never defined (period=previous_quarter): named as
            # the unknown name it is, which reading it as a period would hide.
            period._fail_with_undefined_error()
        return (Period.parse(period) if period is not None else self.period,
                self._area_named(area) if area else self.area)

    def _use(self, *figures: Figure) -> None:
        for figure in figures:
            self.used.setdefault((figure.measure, figure.area.casefold(), figure.period),
                                 figure.provenance())

    def _miss(self, measure: str, area: str, period) -> Missing:
        period = str(period)
        key = (measure, area.casefold(), period)
        self.missing.setdefault(key, {"measure": measure, "area": area, "period": period})
        stand_in = Missing(measure, area, period)
        self._stand_ins.setdefault(key, []).append(stand_in)
        return stand_in

    def gaps_left(self, text: str) -> list[dict]:
        """The missing figures the sentence ``text`` still lacks: not one the template tested
        with ``is missing`` and worded the sentence without ("the first quarter of the survey")."""
        return [gap for key, gap in self.missing.items()
                if not (any(stand_in._tested for stand_in in self._stand_ins.get(key, ()))
                        and placeholder(gap["measure"], gap["area"], gap["period"]) not in text)]

    def _known(self, measure: str) -> None:
        name = normalise_measure(measure)
        if not self._stored_measures or name in self._stored_measures:
            return
        close = closest_measure(name, self._stored_measures)
        if close:
            raise NotFound("measure", name, f"unknown measure {name!r}: no figures of it are "
                           f"stored for any area (did you mean {close!r}?)")

    def _needed(self, figures: FigureSet, area: str, wanted: list[tuple[str, Period]]):
        """Each (measure, period) wanted, or the stand-in for the first missing
        one after noting every missing one."""
        found = []
        for measure, period in wanted:
            self._known(measure)
            figure = figures.get(measure, area, period)
            found.append(figure if figure is not None else
                         self._miss(normalise_measure(measure), figures.area_spelling(area) or area, period))
        return first_missing(*found), found

    def _derive(self, function, *arguments):
        """Run one function of drafter.figures.derived, recording what it used."""
        try:
            value = function(*arguments)
        except MissingFigure as gap:
            return self._miss(gap.measure, gap.area, gap.period)
        self._use(*(value.figures if hasattr(value, "figures") else ()))
        return value

    # The functions templates call -------------------------------------------------
    def figure(self, measure: str, period=None, area=None):
        period, area = self._where(period, area)
        figures = self._figures_for(area)
        gap, (found,) = self._needed(figures, area, [(measure, period)])
        if gap is not None:
            return gap
        self._use(found)
        return _exact(found)

    def rate(self, measure: str, per: int = PER_MILLION, period=None, area=None):
        if per not in RATE_BASES:  # review reads rates per 1,000, 100,000 or million only
            raise ValueError(f"rate({measure!r}, per={per!r}): per must be 1000, 100000 or 1000000")
        period, area = self._where(period, area)
        figures = self._figures_for(area)
        self._known(measure)
        try:  # on the basis ranks and the national rate use: before an earlier population, the published rate
            found = values(figures, measure, (area,), period, int(per))[area]
        except MissingFigure:
            gap, _ = self._needed(figures, area, [(measure, period)])
            return gap if gap is not None else self._miss(POPULATION, figures.area_spelling(area) or area, period)
        self._use(*found.figures)
        return found.value

    def change(self, measure: str, period=None, area=None):
        period, area = self._where(period, area)
        figures = self._figures_for(area)
        gap, _ = self._needed(figures, area, [(measure, period), (measure, period.previous_year())])
        if gap is not None:
            return gap
        change = self._derive(derived.change, figures, measure, area, period)
        return ChangeView(change, self.settings.threshold(change.current.measure, change.in_points),
                          self.settings.small(change.current.measure), period.year_earlier_phrase(),
                          period.previous_year())

    def share(self, part: str, whole, period=None, area=None):
        """``part`` as a percentage of ``whole``: a measure, or a list of measures added up."""
        period, area = self._where(period, area)
        figures = self._figures_for(area)
        wholes = [whole] if isinstance(whole, str) else list(whole)
        gap, _ = self._needed(figures, area, [(m, period) for m in [part, *wholes]])
        if gap is not None:
            return gap
        if derived.total(figures, wholes, area, period).value == 0:
            # A share of none (no cyber crime or fraud reported): the sentence does not
            # apply, which calling its stored zero "missing" would hide.
            self.not_applicable = True
            return Missing(normalise_measure(wholes[0]), area, str(period))
        value = self._derive(derived.share, figures, part, whole if isinstance(whole, str) else wholes,
                             area, period)
        return value if isinstance(value, Missing) else value.value

    def total(self, *measures: str, period=None, area=None):
        """The measures added up ("fraud and cyber crime reports together")."""
        period, area = self._where(period, area)
        figures = self._figures_for(area)
        gap, _ = self._needed(figures, area, [(m, period) for m in measures])
        if gap is not None:
            return gap
        return _plain(self._derive(derived.total, figures, measures, area, period).value)

    def year_to_date(self, measure: str, period=None, area=None):
        """``measure`` over the financial year so far: its quarters from April to the period's added up."""
        period, area = self._where(period, area)
        figures = self._figures_for(area)
        quarters = period.year_to_date()
        if not quarters:
            raise ValueError(f"year_to_date({measure!r}) needs a quarter, not {period.label()}")
        gap, _ = self._needed(figures, area, [(measure, quarter) for quarter in quarters])
        if gap is not None:
            return gap
        return _plain(self._derive(derived.year_to_date_total, figures, measure, area, period).value)

    def difference(self, first: str, second: str, period=None, area=None):
        """``first`` minus ``second`` in the same period (points between two percentages)."""
        period, area = self._where(period, area)
        figures = self._figures_for(area)
        gap, _ = self._needed(figures, area, [(first, period), (second, period)])
        if gap is not None:
            return gap
        return self._derive(derived.difference, figures, first, second, area, period).value

    def _compare(self, function, *arguments):
        """A national comparison: like :meth:`_derive`, and an area with no
        rank makes the sentence not applicable."""
        try:
            return self._derive(function, *arguments)
        except NotRanked:
            self.not_applicable = True
            return NotApplicable()

    def rank(self, measure: str, per=None, among: str = FORCES, order: str = HIGHEST,
             period=None, area=None):
        """Where the area stands among the 43 forces (or ``among='region'``, ``'country'``), on
        the count or the rate per ``per`` population, highest first or ``order='lowest'``."""
        self._known(measure)
        period, area = self._where(period, area)
        every = self._every_area_for(period)
        ranked = self._compare(rank, every, measure, area, period,
                               int(per) if per else None, among, order)
        if isinstance(ranked, Missing):
            return ranked
        own = every.get(measure, area, period)
        count = own.exact if own is not None and not is_percentage(own) else None
        return RankView(ranked, count, self.settings.small(ranked.measure))

    def national(self, measure: str, per=None, period=None, whole=ENGLAND_AND_WALES):
        """The England and Wales figure (or Wales's, ``whole``), or its rate per ``per`` population."""
        self._known(measure)
        period, _ = self._where(period, None)
        found = self._derive(national_value, self._every_area_for(period), measure, period,
                             int(per) if per else None, whole)
        return found if isinstance(found, Missing) else _plain(found.value)

    def national_gap(self, measure: str, per=None, percent: bool = False, period=None, area=None,
                     whole=ENGLAND_AND_WALES):
        """The area against the national figure, or Wales's (``.side``: above, below, level with)."""
        self._known(measure)
        period, area = self._where(period, area)
        found = self._derive(national_gap, self._every_area_for(period), measure, area, period,
                             int(per) if per else None, percent, whole)
        return found if isinstance(found, Missing) else GapView(found)

    def national_ratio(self, measure: str, per=None, period=None, area=None, whole=ENGLAND_AND_WALES):
        """How many times the national rate (or Wales's, ``whole``) the area's is: "2.63";
        written with ``| round(1)`` for "2.6 times the national rate"."""
        self._known(measure)
        period, area = self._where(period, area)
        found = self._derive(national_ratio, self._every_area_for(period), measure, area, period,
                             int(per) if per else None, whole)
        return found if isinstance(found, Missing) else found.value

    def vary(self, *options):
        if not options:
            return ""
        return options[self.period.ordinal % len(options)]

    def context(self) -> dict:
        return {
            "area": self.area,
            "place": self.settings.place(self.area),
            "period": self.period,
            "previous": self.period.previous_year(),
            "figure": self.figure,
            "rate": self.rate,
            "change": self.change,
            "share": self.share,
            "total": self.total,
            "year_to_date": self.year_to_date,
            "difference": self.difference,
            "rank": self.rank,
            "national": self.national,
            "national_gap": self.national_gap,
            "national_ratio": self.national_ratio,
            "vary": self.vary,
        }


def _plain(value: Decimal):
    return int(value) if value == value.to_integral_value() else value
