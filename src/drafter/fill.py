"""Filling sentence templates with figures, recording where every number came from.

A template asks for figures through a few functions (``figure``, ``rate``,
``change``, ``share``) and words them with the filters of
:mod:`drafter.wording`. Every figure a sentence looks up is recorded with its
source. A figure that is not stored is never shown as blank or zero: the
sentence is reported as not fillable, naming what is missing, and its text
holds a placeholder ``[[missing <measure> for <area> <period>]]`` that export
refuses.

What a template can use (see templates/README.md for the full guide):

``area``, ``place``, ``period``, ``previous``
    the area as stored, as a sentence names it ("the West Midlands"), the
    Period being reported and the same period a year earlier.
``figure(measure, period=None, area=None)``
    the stored value.
``rate(measure, per=1000000, period=None, area=None)``
    ``measure`` per ``per`` population (population of the period, else the
    latest earlier one).
``change(measure, period=None, area=None)``
    against the same period a year earlier: ``.current``, ``.previous``,
    ``.percent``, ``.points``, ``.direction``, ``.stable``, ``.small``.
``share(part, total, period=None, area=None)``
    ``part`` as a percentage of ``total``.
``vary(first, second, ...)``
    one of the wordings, chosen by the period so consecutive statements differ.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from drafter import figures as figure_module
from drafter import wording
from drafter.errors import DrafterError, TemplateError
from drafter.periods import Period
from drafter.priorities import check_priority

PLACEHOLDER_RE = re.compile(
    r"\[\[missing (?P<measure>[a-z][a-z0-9_]*) for (?P<area>[^\]]+?) "
    r"(?P<period>\d{4}(?:-Q[1-4]|/\d{2})?)\]\]"
)


def placeholder(measure: str, area: str, period: str) -> str:
    return f"[[missing {measure} for {area} {period}]]"


# -- results ----------------------------------------------------------------------
@dataclass
class FilledSentence:
    """One rendered sentence template and the figures it used.

    ``missing`` lists figures that were not there (each ``template, measure,
    area, period``); then ``text`` holds placeholders for them. An empty
    ``text`` with nothing missing means the template does not apply to these
    figures (e.g. a caution about small numbers when the numbers are large).
    """

    template: str
    text: str
    figures: list[dict] = field(default_factory=list)
    missing: list[dict] = field(default_factory=list)

    @property
    def fillable(self) -> bool:
        return not self.missing

    def to_dict(self) -> dict:
        data = {"template": self.template, "text": self.text, "figures": self.figures}
        if self.missing:
            data["missing"] = self.missing
        return data


@dataclass
class FillResult:
    """Every sentence template of a priority filled for one area and period."""

    priority: str
    period: str
    area: str
    sentences: list[FilledSentence] = field(default_factory=list)
    missing: list[dict] = field(default_factory=list)
    not_fillable: list[FilledSentence] = field(default_factory=list)
    not_applicable: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"sentences": [s.to_dict() for s in self.sentences], "missing": self.missing}


@dataclass(frozen=True)
class TemplateInfo:
    id: str
    priority: str
    description: str
    file: str

    def to_dict(self) -> dict:
        return {"id": self.id, "priority": self.priority, "description": self.description,
                "file": self.file}


# -- what templates see -----------------------------------------------------------
class Missing:
    """Stands in for a figure that is not stored.

    It prints as a placeholder, is false in tests, compares unequal to
    everything, and any attribute, call or arithmetic on it gives itself, so
    a template runs to the end and every missing figure gets reported.
    """

    def __init__(self, measure: str, area: str, period: str):
        self.measure, self.area, self.period = measure, area, period

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


def _first_missing(*values):
    return next((v for v in values if isinstance(v, Missing)), None)


def _exact(figure: figure_module.Figure):
    """A figure's value for template arithmetic: an int when whole, else an exact
    Decimal, so differences such as 82.3 - 74.0 round as written."""
    return figure.value if isinstance(figure.value, int) else figure.exact


class ChangeView:
    """A change as templates see it: the figures plus how to word them."""

    def __init__(self, change: figure_module.Change, threshold: float, small_count: float,
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
        self.stable = (self.direction != "same" and size is not None
                       and wording.round_half_away(abs(size), 1) < Decimal(str(threshold)))

    def _wording_options(self) -> dict:
        return {"unit": self.unit, "threshold": self.threshold}

    def __str__(self) -> str:
        return wording.change_phrase(self.current, self.previous, compared_with=self.compared_with,
                                     **self._wording_options())


class FigureBook:
    """Looks figures up for one rendering and remembers every one it touched."""

    def __init__(self, workspace, area: str, period: Period, settings):
        self.workspace = workspace
        self.area = area
        self.period = period
        self.settings = settings
        self.used: dict[tuple, dict] = {}
        self.missing: dict[tuple, dict] = {}

    def _where(self, period, area) -> tuple[Period, str]:
        return (Period.parse(period) if period is not None else self.period,
                figure_module.normalise_area(area) if area else self.area)

    def _use(self, *figures: figure_module.Figure) -> None:
        for figure in figures:
            self.used.setdefault((figure.measure, figure.area.casefold(), figure.period),
                                 figure.provenance())

    def _miss(self, measure: str, area: str, period: str) -> Missing:
        self.missing.setdefault((measure, area.casefold(), period),
                                {"measure": measure, "area": area, "period": period})
        return Missing(measure, area, period)

    def _lookup(self, measure, period, area):
        found = figure_module.lookup(self.workspace, measure, area, period)
        if found is None:
            return self._miss(figure_module.normalise_measure(measure), area, str(period))
        self._use(found)
        return found

    # The functions templates call -------------------------------------------------
    def figure(self, measure: str, period=None, area=None):
        period, area = self._where(period, area)
        found = self._lookup(measure, period, area)
        return found if isinstance(found, Missing) else _exact(found)

    def rate(self, measure: str, per: int = figure_module.PER_MILLION, period=None, area=None):
        period, area = self._where(period, area)
        count = self._lookup(measure, period, area)
        population = figure_module.population_for(self.workspace, area, period)
        if population is None or population.value <= 0:
            missing = self._miss(figure_module.POPULATION, area, str(period))
            return count if isinstance(count, Missing) else missing
        self._use(population)
        if isinstance(count, Missing):
            return count
        return figure_module.rate_of(count.value, population.value, int(per))

    def change(self, measure: str, period=None, area=None):
        period, area = self._where(period, area)
        current = self._lookup(measure, period, area)
        previous = self._lookup(measure, period.previous_year(), area)
        gap = _first_missing(current, previous)
        if gap is not None:
            return gap
        change = figure_module.Change(current, previous, current.exact - previous.exact,
                                      wording.percent_change(current.exact, previous.exact))
        return ChangeView(change, self.settings.threshold(current.measure),
                          self.settings.small(current.measure), period.year_earlier_phrase(),
                          period.previous_year())

    def share(self, part: str, total: str, period=None, area=None):
        period, area = self._where(period, area)
        part_figure = self._lookup(part, period, area)
        total_figure = self._lookup(total, period, area)
        gap = _first_missing(part_figure, total_figure)
        if gap is not None:
            return gap
        if total_figure.value == 0:
            return self._miss(total_figure.measure, area, str(period))
        return figure_module.share_of(part_figure.value, total_figure.value)

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
            "vary": self.vary,
        }


# -- filters: wording functions that pass a missing figure through -------------
def _passing_missing(function):
    def wrapped(value, *args, **kwargs):
        if isinstance(value, Missing):
            return value
        gap = _first_missing(*args, *kwargs.values())
        if gap is not None:
            return gap
        return function(value, *args, **kwargs)

    wrapped.__name__ = function.__name__
    wrapped.__doc__ = function.__doc__
    return wrapped


def _change_phrase(change: ChangeView, show_previous: bool = True, compared_with: str | None = None) -> str:
    return wording.change_phrase(
        change.current, change.previous, show_previous=show_previous,
        compared_with=change.compared_with if compared_with is None else compared_with,
        **change._wording_options())


def _change_verb(change: ChangeView) -> str:
    return wording.change_verb(change.current, change.previous, **change._wording_options())


def _change_short(change: ChangeView) -> str:
    return wording.change_short(change.current, change.previous, **change._wording_options())


def _value(value, unit: str | None = None) -> str:
    return wording.format_value(value, unit)


def _and_list(items) -> str:
    items = list(items)
    gap = _first_missing(*items)
    return gap if gap is not None else wording.and_list(items)


FILTERS = {
    "number": wording.whole_number,
    "decimal": wording.one_decimal,
    "fixed": wording.fixed,
    "percent": wording.percent,
    "points": wording.points,
    "money": wording.money,
    "value": _value,
    "plural": wording.plural,
    "noun": wording.noun,
    "article": wording.article,
    "a_an": wording.with_article,
    "capitalise": wording.capitalise_first,
    "change_phrase": _change_phrase,
    "change_verb": _change_verb,
    "change_short": _change_short,
    "per": figure_module.per_phrase,
}


def _filters() -> dict:
    wrapped = {name: _passing_missing(function) for name, function in FILTERS.items()}
    wrapped["and_list"] = _and_list
    return wrapped


def _tests() -> dict:
    return {"missing": lambda value: isinstance(value, Missing)}


# -- rendering --------------------------------------------------------------------
class _Renderer:
    """Loads a priority's templates once and renders them for an area and period."""

    def __init__(self, workspace, priority: str):
        from drafter import template_loader

        self.workspace = workspace
        self.loader = template_loader
        self.settings = template_loader.load_wording_settings(workspace)
        self.environment = template_loader.make_environment(workspace, _filters(), _tests())
        self.file = template_loader.TemplateFile(workspace, self.environment, priority)

    def render(self, sentence, period: Period, area: str) -> FilledSentence:
        import jinja2

        book = FigureBook(self.workspace, area, period, self.settings)
        try:
            module = self.file.template.make_module(book.context())
            text = str(getattr(module, sentence.name)())
        except TemplateError:
            raise
        except (jinja2.TemplateError, DrafterError, ArithmeticError, TypeError, ValueError,
                RecursionError) as exc:
            # A template mistake (an unknown name, a bad period, dividing by
            # zero): name the template line rather than fail with a traceback.
            raise self.loader.as_template_error(
                self.workspace, exc, self.file.path, self._compiled()) from None
        text = _tidy(text)
        missing = [{"template": sentence.id, **gap} for gap in book.missing.values()]
        for gap in missing:
            marker = placeholder(gap["measure"], gap["area"], gap["period"])
            if marker not in text:
                text = f"{text} {marker}".strip()
        return FilledSentence(sentence.id, text, list(book.used.values()), missing)

    def _compiled(self) -> dict:
        """Templates by the file name their compiled code carries, so a runtime
        error is traced back to a template line (included files too)."""
        compiled = {self.file.template.filename: self.file.template}
        for template in list((self.environment.cache or {}).values()):
            if template is not None and template.filename:
                compiled.setdefault(template.filename, template)
        return compiled


def _tidy(text: str) -> str:
    """One line, single spaces, no space before punctuation, capital first letter."""
    text = " ".join(text.split())
    text = re.sub(r"\s+([,.;:!?)])", r"\1", text)
    text = re.sub(r"([(])\s+", r"\1", text)
    return wording.capitalise_first(text)


def _resolve_area(workspace, area: str | None) -> str:
    from drafter.store import figures as figure_store

    chosen = figure_module.normalise_area(area or workspace.settings.area)
    return figure_store.area_spelling(workspace.database, chosen) or chosen


def list_templates(workspace, priority: str | None = None) -> list[TemplateInfo]:
    """The sentence templates a writer can pick from, for one priority or all.

    Raises UnknownPriority for an id that is not a priority and TemplateError
    for a template file that cannot be read.
    """
    from drafter import template_loader
    from drafter.priorities import PRIORITY_IDS

    check_priority(priority)
    environment = template_loader.make_environment(workspace, _filters(), _tests())
    found = []
    for priority_id in [priority] if priority else PRIORITY_IDS:
        template_file = template_loader.TemplateFile(workspace, environment, priority_id)
        for sentence in template_file.sentences:
            found.append(TemplateInfo(sentence.id, priority_id, sentence.description,
                                      template_loader.shown_path(workspace, sentence.file)))
    return found


def _split_id(template_id: str) -> tuple[str, str]:
    priority, slash, name = template_id.partition("/")
    if not slash or not name:
        raise TemplateError(f"bad template id {template_id!r}: expected <priority>/<name>, "
                            "e.g. homicide/count_and_rate")
    check_priority(priority)
    return priority, name


def render_template(workspace, template_id: str, period: "str | Period", area: str | None = None) -> FilledSentence:
    """Render one sentence template (``"<priority>/<name>"``) for an area and period.

    When figures are missing the sentence's ``text`` holds a placeholder
    (matching PLACEHOLDER_RE) for each and ``missing`` lists them.
    """
    priority, name = _split_id(template_id)
    period = Period.parse(period)
    renderer = _Renderer(workspace, priority)
    sentence = renderer.file.get(name)
    if sentence is None:
        names = ", ".join(s.name for s in renderer.file.sentences) or "none"
        raise TemplateError(f"no template {template_id!r}: {priority} has {names}")
    return renderer.render(sentence, period, _resolve_area(workspace, area))


def fill(workspace, priority: str, period: "str | Period", area: str | None = None) -> FillResult:
    """Fill every sentence template of ``priority`` for ``area`` and ``period``.

    Sentences whose figures are all there go in ``sentences``; the others are
    reported in ``missing`` (one entry per missing figure) and kept, with
    their placeholders, in ``not_fillable``.
    """
    check_priority(priority)
    period = Period.parse(period)
    area = _resolve_area(workspace, area)
    renderer = _Renderer(workspace, priority)
    result = FillResult(priority, str(period), area)
    for sentence in renderer.file.sentences:
        filled = renderer.render(sentence, period, area)
        if filled.missing:
            result.not_fillable.append(filled)
            result.missing.extend(filled.missing)
        elif not filled.text:
            result.not_applicable.append(sentence.id)
        else:
            result.sentences.append(filled)
    return result


def template_source(workspace, priority: str) -> Path:
    """The file a priority's templates come from (the workspace's copy if any)."""
    from drafter import template_loader

    check_priority(priority)
    path = template_loader.find_file(workspace, f"{priority}.j2")
    if path is None:
        raise TemplateError(f"no template file {priority}.j2")
    return path
