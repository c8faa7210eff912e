"""Checking every number against the figures for the area and period.

A number is **verified** when it equals a figure for the period under review
(or a later one), directly or as a derived value: a rate per million / 100,000
/ 1,000 population, a change on the same period a year earlier, or a share of
a larger measure the sentence names. A number that equals only a figure of an
earlier period is verified when the sentence quotes it as the comparison base
("…from the year prior, when there were 55,219", "down from 17 in 2024"), and
**stale** otherwise. Anything else is **unverified**.

"Equals" means "rounds to": 15.4 matches 15.41, 19% matches 18.53%; "around
2,000" matches anything that rounds to 2,000 at its last significant digit.
To keep coincidences out, a number is matched only to a measure its sentence
names ("65,450 records of neighbourhood crime"); a number that counts
something else ("610 people", "118 sessions") is matched to nothing; and only
when a sentence names no measure may an exact number of 1,000 or more, or one
with decimals, match any measure. Stale needs a named measure.

Derived values are computed here from ``Workspace.list_figures`` (population
is the measure named ``population``), so the check does not depend on how the
figures module names its own helpers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.claims import timeframe
from drafter.claims.measures import (
    MeasureMention,
    counted_noun,
    find_mentions,
    measure_for,
    noun_phrase_tokens,
)
from drafter.claims.numbers import NumberMention

POPULATION = "population"
RATE_BASES = (1e6, 1e5, 1e3)
PERCENT_UNITS = frozenset({"percent", "%", "per cent", "pct", "percentage", "percentage points"})
# With no measure named in its sentence, a number is matched to any measure only
# when it is this large (or has decimals) and is not approximate.
UNNAMED_AT_LEAST = 1000
BASE_CUES = ("from", "prior", "previous", "previously", "earlier", "before", "compared",
             "comparison", "than", "last year", "a year ago", "against", "versus", "vs")
CHANGE_CUE_WORDS = frozenset({"increase", "rise", "rose", "risen", "grow", "grew", "growth",
                              "up", "higher", "decrease", "fall", "fell", "fallen", "down",
                              "lower", "drop", "dropped", "decline", "reduction", "reduced",
                              "change", "changed", "increased", "decreased", "declined",
                              "rising", "falling", "increasing", "decreasing"})


@dataclass(frozen=True)
class FigureValue:
    measure: str
    area: str
    period: str
    value: float
    unit: str | None
    source: str | None

    @property
    def is_percent(self) -> bool:
        return (self.unit or "").strip().lower() in PERCENT_UNITS


@dataclass(frozen=True)
class Candidate:
    """A value a number may be: a figure or one derived from figures."""

    value: float
    kind: str  # value | rate | change | share
    measure: str
    period: str
    derivation: str
    source: str
    per: float | None = None
    percent: bool = False  # compares with numbers written as percentages


def _fmt(value: float) -> str:
    if abs(value - round(value)) < 1e-9:
        return f"{int(round(value)):,}"
    return f"{value:,.2f}"


def _per_words(per: float) -> str:
    return {1e6: "per million", 1e5: "per 100,000", 1e3: "per 1,000", 1e4: "per 10,000",
            1.0: "per head"}.get(per, f"per {per:,.0f}")


class FigureBook:
    """The figures for one area, with everything derived from them, split into
    the review period (and later) and earlier periods."""

    def __init__(self, figures: list[FigureValue], area: str | None, period: str | None):
        self.area = area
        self.period = period
        self.figures = figures
        self._by_key = {(f.measure, f.period): f for f in figures}
        self._review_span = timeframe.span(period) if period else None
        self._candidates: dict[bool, list[Candidate]] = {}

    @property
    def empty(self) -> bool:
        return not self.figures

    @property
    def measures(self) -> tuple[str, ...]:
        return tuple(sorted({f.measure for f in self.figures if f.measure != POPULATION}))

    def get(self, measure: str, period: str) -> FigureValue | None:
        return self._by_key.get((measure, period))

    def is_current(self, period: str) -> bool:
        """The review period and anything overlapping or after it."""
        if self._review_span is None:
            return True
        found = timeframe.span(period)
        return found is None or not found.before(self._review_span)

    def population(self, period: str) -> FigureValue | None:
        """Population for ``period``: its own figure, else the calendar year it starts in,
        else the latest year before."""
        exact = self.get(POPULATION, period)
        if exact:
            return exact
        found = timeframe.span(period)
        if found is None:
            return None
        year = found.first // 12
        best = None
        for figure in self.figures:
            if figure.measure != POPULATION:
                continue
            other = timeframe.span(figure.period)
            if other and other.first // 12 <= year and (best is None or timeframe.sort_key(figure.period) > timeframe.sort_key(best.period)):
                best = figure
        return best

    def change(self, measure: str, period: str) -> tuple[float, FigureValue, FigureValue] | None:
        """Percentage change of ``measure`` in ``period`` on the same period a year earlier."""
        now = self.get(measure, period)
        earlier_period = timeframe.year_earlier(period)
        before = self.get(measure, earlier_period) if earlier_period else None
        if not now or not before or before.value == 0:
            return None
        return (now.value / before.value - 1) * 100, now, before

    def rate(self, measure: str, period: str, per: float) -> tuple[float, str, str] | None:
        figure = self.get(measure, period)
        population = self.population(period)
        if not figure or not population or not population.value or figure.is_percent:
            return None
        value = figure.value / population.value * per
        derivation = (f"{measure} {_per_words(per)} population, {period}: {_fmt(figure.value)} / "
                      f"{_fmt(population.value)} × {per:,.0f} = {value:.2f}")
        return value, derivation, _sources(figure, population)

    def candidates(self, current: bool) -> list[Candidate]:
        if current not in self._candidates:
            self._candidates[current] = self._build(current)
        return self._candidates[current]

    def _build(self, current: bool) -> list[Candidate]:
        found: list[Candidate] = []
        for figure in self.figures:
            if self.is_current(figure.period) != current:
                continue
            if figure.measure == POPULATION:
                found.append(Candidate(figure.value, "value", figure.measure, figure.period,
                                       f"{figure.measure}, {figure.period} = {_fmt(figure.value)}",
                                       figure.source or "", percent=False))
                continue
            found.append(Candidate(figure.value, "value", figure.measure, figure.period,
                                   f"{figure.measure}, {figure.period} = {_fmt(figure.value)}",
                                   figure.source or "", percent=figure.is_percent))
            for per in RATE_BASES:
                rate = self.rate(figure.measure, figure.period, per)
                if rate:
                    found.append(Candidate(rate[0], "rate", figure.measure, figure.period,
                                           rate[1], rate[2], per=per))
            if not figure.is_percent:
                change = self.change(figure.measure, figure.period)
                if change:
                    value, now, before = change
                    found.append(Candidate(
                        value, "change", figure.measure, figure.period,
                        f"{figure.measure}, {before.period} → {now.period}: {_fmt(before.value)} → "
                        f"{_fmt(now.value)} = {value:+.2f}%",
                        _sources(now, before), percent=True))
        return found

    def shares(self, part: str, current: bool) -> list[Candidate]:
        """``part`` as a percentage of each larger measure in the same period."""
        found: list[Candidate] = []
        for figure in self.figures:
            if figure.measure != part or figure.is_percent or self.is_current(figure.period) != current:
                continue
            for whole in self.figures:
                if (whole.period != figure.period or whole.measure in (part, POPULATION)
                        or whole.is_percent or whole.value <= figure.value):
                    continue
                value = figure.value / whole.value * 100
                found.append(Candidate(
                    value, "share", part, figure.period,
                    f"{part} as a share of {whole.measure}, {figure.period}: {_fmt(figure.value)} / "
                    f"{_fmt(whole.value)} = {value:.2f}%", _sources(figure, whole), percent=True))
        return found


def _sources(*figures: FigureValue) -> str:
    seen: list[str] = []
    for figure in figures:
        if figure.source and figure.source not in seen:
            seen.append(figure.source)
    return "; ".join(seen)


def _figure_value(item) -> FigureValue:
    get = item.get if isinstance(item, dict) else (lambda name: getattr(item, name, None))
    return FigureValue(measure=str(get("measure")), area=str(get("area")), period=str(get("period")),
                       value=float(get("value")), unit=get("unit"), source=get("source"))


def resolve_area(all_areas: list[str], wanted: str | None) -> str | None:
    """The figures' own spelling of ``wanted``: exact (any case), else the area
    whose name the wanted one contains ("West Midlands Police" → "West Midlands")
    or that contains it."""
    if not wanted:
        return None
    lowered = wanted.casefold().strip()
    for area in all_areas:
        if area.casefold() == lowered:
            return area
    containing = [a for a in all_areas if a.casefold() in lowered]
    if containing:
        return max(containing, key=len)
    contained = [a for a in all_areas if lowered in a.casefold()]
    return min(contained, key=len) if contained else None


def load_book(workspace, area: str | None, period: str | None) -> FigureBook:
    """The figures for ``area`` (matched to the stored spelling) from the workspace."""
    everything = [_figure_value(f) for f in workspace.list_figures()]
    resolved = resolve_area(sorted({f.area for f in everything}), area)
    figures = [f for f in everything if f.area == resolved] if resolved else []
    return FigureBook(figures, resolved or area, period)


# -- checking ---------------------------------------------------------------------
@dataclass
class SentenceContext:
    """What a sentence offers for deciding what its numbers are."""

    text: str
    start_token: int
    end_token: int
    mentions: list[MeasureMention] = field(default_factory=list)
    periods: list[str] = field(default_factory=list)

    @property
    def measures(self) -> set[str]:
        return {m.measure for m in self.mentions}


def sentence_context(doc, mention: NumberMention, mentions: list[MeasureMention]) -> SentenceContext:
    start, end = mention.sentence
    if doc is None:
        return SentenceContext("", 0, 0)
    text = doc[start:end].text
    local = [m for m in mentions if start <= m.start < end]
    return SentenceContext(text, start, end, local, [p.period for p in timeframe.periods_in(text)])


def in_change_context(doc, mention: NumberMention) -> bool:
    """A percentage that reports a change ("an increase of 18.5%", "down 3%")."""
    if doc is None:
        return False
    start, end = mention.sentence
    lo, hi = max(start, mention.token - 6), min(end, mention.token + 4)
    return any(t.lower_ in CHANGE_CUE_WORDS or t.lemma_.lower() in CHANGE_CUE_WORDS
               for t in doc[lo:hi])


def quoted_as_base(doc, mention: NumberMention, candidate: Candidate, context: SentenceContext) -> bool:
    """An earlier period's value quoted as the comparison base, or with its period named."""
    if candidate.period in context.periods:
        return True
    if doc is None:
        return False
    lo = max(mention.sentence[0], mention.token - 8)
    before = " " + " ".join(t.lower_ for t in doc[lo:mention.token]) + " "
    if any(f" {cue} " in before for cue in BASE_CUES):
        return True
    # "(694 a year earlier)" / "14 in the same quarter last year"
    hi = min(mention.sentence[1], mention.token + 7)
    after = " " + " ".join(t.lower_ for t in doc[mention.token + 1:hi]) + " "
    return any(f" {cue} " in after for cue in ("earlier", "before", "previously", "last year",
                                               "a year ago", "prior"))


def pools_for(mention: NumberMention, change_context: bool) -> tuple[str, ...]:
    if mention.kind == "percent":
        return ("change", "value%", "share") if change_context else ("value%", "share", "change")
    if mention.kind == "rate":
        return ("rate",)
    return ("value",)


def _in_pool(candidate: Candidate, pool: str, mention: NumberMention) -> bool:
    if pool == "value%":
        return candidate.kind == "value" and candidate.percent
    if pool == "value":
        return candidate.kind == "value" and not candidate.percent
    if pool == "rate":
        return candidate.kind == "rate" and candidate.per == mention.per
    return candidate.kind == pool


def allowed_measures(doc, mention: NumberMention, context: SentenceContext,
                     measure_mentions: list[MeasureMention]) -> set[str] | None:
    """Measures ``mention`` may be a figure of: a set, or None for "any measure"."""
    if doc is not None and mention.kind in ("count", "small", "money"):
        noun = counted_noun(doc[mention.token])
        if noun is not None:
            phrase = noun_phrase_tokens(noun)
            return {m.measure for m in context.mentions
                    if any(m.start <= i < m.end for i in phrase)}
    if context.measures:
        return context.measures
    if mention.approximate or (mention.decimals == 0 and mention.value < UNNAMED_AT_LEAST):
        return set()
    return None


def find_match(book: FigureBook, mention: NumberMention, context: SentenceContext,
               change_context: bool, current: bool, nearest: MeasureMention | None,
               allowed: set[str] | None = None) -> Candidate | None:
    """The best candidate ``mention`` rounds to, among current or earlier figures,
    limited to the ``allowed`` measures (None: any)."""
    if allowed is not None and not allowed:
        return None
    if not current and (allowed is None or mention.kind == "small"):
        return None  # stale needs a named measure, and a number above ten
    pool_candidates = list(book.candidates(current))
    if mention.kind == "percent":
        for measure in (allowed if allowed is not None else context.measures):
            pool_candidates.extend(book.shares(measure, current))
    for pool in pools_for(mention, change_context):
        matches = [c for c in pool_candidates
                   if _in_pool(c, pool, mention) and mention.matches(c.value)
                   and (allowed is None or c.measure in allowed)]
        if matches:
            return min(matches, key=lambda c: _preference(c, context, nearest))
    return None


def _preference(candidate: Candidate, context: SentenceContext, nearest: MeasureMention | None):
    return (
        0 if nearest is not None and candidate.measure == nearest.measure else 1,
        0 if candidate.measure in context.measures else 1,
        0 if candidate.period in context.periods else 1,
        -timeframe.sort_key(candidate.period)[0],
    )


def nearest_measure(doc, mention: NumberMention, mentions: list[MeasureMention]) -> MeasureMention | None:
    if doc is None:
        return None
    token = doc[mention.token]
    grammatical = measure_for(token, mentions)
    if grammatical:
        return grammatical
    start, end = mention.sentence
    before = [m for m in mentions if start <= m.start and m.end <= mention.token]
    if before:
        return max(before, key=lambda m: m.end)
    after = [m for m in mentions if mention.token < m.start < end]
    return min(after, key=lambda m: m.start) if after else None


def check_paragraph_numbers(book: FigureBook, mentions: list[NumberMention], doc,
                            measure_mentions: list[MeasureMention]) -> None:
    """Set ``status``, ``source``, ``measure``, ``period``, ``derivation`` on each number."""
    for mention in mentions:
        if not mention.checked:
            mention.status = "not-a-figure"
            continue
        if book.empty:
            mention.status = "unverified" if mention.is_figure else "not-a-figure"
            continue
        context = sentence_context(doc, mention, measure_mentions)
        change_context = mention.kind == "percent" and in_change_context(doc, mention)
        nearest = nearest_measure(doc, mention, measure_mentions)
        allowed = allowed_measures(doc, mention, context, measure_mentions)
        candidate = find_match(book, mention, context, change_context, True, nearest, allowed)
        if candidate is not None:
            _mark(mention, "verified", candidate)
            continue
        candidate = find_match(book, mention, context, change_context, False, nearest, allowed)
        if candidate is not None:
            if quoted_as_base(doc, mention, candidate, context):
                _mark(mention, "verified", candidate)
                mention.derivation = f"{candidate.derivation} (earlier period, quoted as such)"
            else:
                _mark(mention, "stale", candidate)
            continue
        mention.status = "unverified" if mention.is_figure else "not-a-figure"


def _mark(mention: NumberMention, status: str, candidate: Candidate) -> None:
    mention.status = status
    mention.source = candidate.source or None
    mention.measure = candidate.measure
    mention.period = candidate.period
    mention.derivation = candidate.derivation


def measure_mentions_in(doc, book: FigureBook) -> list[MeasureMention]:
    return find_mentions(doc, book.measures) if not book.empty else []
