"""Filling sentence templates with figures, recording where every number came from.

A template asks for figures through a few functions (``figure``, ``rate``,
``change``, ``share``) and words them with the filters of
:mod:`drafter.fill.wording`. Every figure a sentence looks up is recorded with its
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
``rank(measure, per=None, among='forces', order='highest', period=None, area=None)``
    where the area stands among the 43 forces (or ``among='region'``, or
    ``among='country'``: England's 39 or Wales's 4):
    ``str()`` "the 8th highest", ``.among`` "of the 43 forces in England and
    Wales", ``.joint``, ``.small``, ``.next``; not applicable to an area that
    is not a force.
``national(measure, per=None, period=None, whole='England and Wales')``
    the England and Wales figure, or rate per ``per`` population; with
    ``whole='Wales'``, the figure for Wales (its four forces).
``national_gap(measure, per=None, percent=False, period=None, area=None, whole='England and Wales')``
    the area against the national figure (or Wales's): ``.side`` (above,
    below, level with), ``.value``.
``vary(first, second, ...)``
    one of the wordings, chosen by the period so consecutive statements differ.
"""

from __future__ import annotations

import re

from drafter.errors import DrafterError, TemplateError, WorkspaceError, did_you_mean
from drafter.figures.figureset import FigureSet
from drafter.figures.model import normalise_area
from drafter.figures.periods import Period
from drafter.fill import wording
from drafter.fill.book import FigureBook
from drafter.fill.filters import filters, tests
from drafter.fill.results import FilledSentence, FillResult, TemplateInfo, placeholder
from drafter.priorities import check_priority


def importable_measures(workspace) -> set[str]:
    """The measures the workspace's figures import reads (its open data
    measures, column titles and units, and their rates): known names, so a
    template naming one waits for its figures in an office that has not
    imported them yet, and a name close to one is a slip. Empty when the mapping file is itself broken (the
    import names its problem)."""
    from drafter.errors import FiguresError
    from drafter.figures.importing.mapping import RATE_SUFFIX, load_mapping

    try:
        mapping = load_mapping(workspace)
    except FiguresError:
        return set()
    measures = set(mapping.open_data) | set(mapping.titles.values()) | set(mapping.units)
    return measures | {f"{measure}_{suffix}" for measure in measures for suffix in RATE_SUFFIX.values()}


class _Renderer:
    """Loads a priority's templates once and renders them for an area and period."""

    def __init__(self, workspace, priority: str):
        from drafter.fill import loader as template_loader

        self.workspace = workspace
        self.loader = template_loader
        self.settings = template_loader.load_wording_settings(workspace)
        self.environment = template_loader.make_environment(workspace, filters(), tests())
        self.file = template_loader.TemplateFile(workspace, self.environment, priority)
        self._figures: dict[str, FigureSet] = {}
        self._every_area: dict[Period, FigureSet] = {}
        self._stored_measures: frozenset[str] | None = None
        self._areas: dict[str, str] = {}

    def stored_measures(self) -> frozenset[str]:
        if self._stored_measures is None:
            from drafter.store import figures as figure_store

            # Those the figures import reads count as known: a template naming one
            # before its figures are imported waits for them, and a slip for one
            # ("firearm_offences") is named as a slip for a stored one is.
            self._stored_measures = frozenset(figure_store.measures(self.workspace.database)) \
                | importable_measures(self.workspace)
        return self._stored_measures

    def area_named(self, text: str) -> str:
        """An area a template names, checked as a user's is (once per name)."""
        if text not in self._areas:
            self._areas[text] = self.workspace.area_named(text)
        return self._areas[text]

    def figures_for(self, area: str) -> FigureSet:
        """The area's figures, loaded once for every sentence this renderer fills."""
        key = normalise_area(area).casefold()
        if key not in self._figures:
            self._figures[key] = FigureSet.load(self.workspace, [area])
        return self._figures[key]

    def every_area_for(self, period: Period) -> FigureSet:
        """Every area's figures for ``period`` (national comparisons), loaded once."""
        if period not in self._every_area:
            self._every_area[period] = FigureSet.load(self.workspace, periods=[period])
        return self._every_area[period]

    def render(self, sentence, period: Period, area: str) -> FilledSentence:
        import jinja2

        book = FigureBook(self.figures_for, area, period, self.settings, self.every_area_for,
                          self.stored_measures(), self.area_named)
        context = {**book.context(), "range": self.loader.budgeted_range()}
        try:
            module = self.file.template.make_module(context)
            text = str(getattr(module, sentence.name)())
        except (TemplateError, WorkspaceError):
            raise  # a damaged or hand-changed database is no mistake of the template's
        except (jinja2.TemplateError, DrafterError, ArithmeticError, TypeError, ValueError,
                RecursionError) as exc:
            # A template mistake (an unknown name, a bad period, dividing by
            # zero): name the template line rather than fail with a traceback.
            raise self.loader.as_template_error(
                self.workspace, exc, self.file.path, self._compiled(),
                names=[*context, *self.environment.globals, *self.environment.filters,
                       *self.environment.tests]) from None
        if book.not_applicable:  # a rank for an area that is not a force: whatever else is missing
            return FilledSentence(sentence.id, "", [], [])
        text = _tidy(text)
        missing = [{"template": sentence.id, **gap} for gap in book.gaps_left(text)]
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


# A bracket closing with the bracket around it: "(little change (a 6.3% fall))".
_BRACKET_ENDING_A_BRACKET = re.compile(r"\(([^()]*?),?\s*\(([^()]*)\)\)")


def _tidy(text: str) -> str:
    """One line, single spaces, no space before punctuation, capital first letter,
    and a bracket that ends inside another made part of it."""
    text = " ".join(text.split())
    text = re.sub(r"\s+([,.;:!?)])", r"\1", text)
    text = re.sub(r"([(])\s+", r"\1", text)
    # A phrase that brackets its own detail ("little change (a 6.3% fall)"), put
    # in brackets by the template, reads as one clause: "(little change, a 6.3% fall)".
    while (flat := _BRACKET_ENDING_A_BRACKET.sub(r"(\1, \2)", text)) != text:
        text = flat
    return wording.capitalise_first(text)


def _resolve_area(workspace, area: str | None) -> str:
    from drafter.store import figures as figure_store

    chosen = normalise_area(area or workspace.settings.area)
    return figure_store.area_spelling(workspace.database, chosen) or chosen


def list_templates(workspace, priority: str | None = None) -> list[TemplateInfo]:
    """The sentence templates a writer can pick from, for one priority or all.

    Raises UnknownPriority for an id that is not a priority and TemplateError
    for a template file that cannot be read.
    """
    from drafter.fill import loader as template_loader
    from drafter.priorities import PRIORITY_IDS

    priority = check_priority(priority)
    environment = template_loader.make_environment(workspace, filters(), tests())
    found = []
    for priority_id in [priority] if priority else PRIORITY_IDS:
        template_file = template_loader.TemplateFile(workspace, environment, priority_id)
        for sentence in template_file.sentences:
            found.append(TemplateInfo(sentence.id, priority_id, sentence.description,
                                      template_loader.shown_path(workspace, sentence.file), sentence.line))
    return found


def stray_template_files(workspace) -> list[str]:
    """One line for each file of the workspace's templates whose sentences are
    offered nowhere (``templates/knife-crime.j2: not a priority's template file ...``),
    and for each macro offered nowhere (one taking arguments that nothing calls)."""
    import jinja2

    from drafter.fill import loader as template_loader

    from drafter.fill.uncalled import stray_files, uncalled_macros

    environment = template_loader.make_environment(workspace, filters(), tests())
    try:
        return stray_files(workspace, environment) + uncalled_macros(workspace, environment)
    except jinja2.TemplateError as exc:
        raise template_loader.as_template_error(workspace, exc, workspace.templates_dir) from None


def _split_id(template_id: str) -> tuple[str, str]:
    priority, slash, name = template_id.partition("/")
    if not slash or not name:
        raise TemplateError(f"bad template id {template_id!r}: expected <priority>/<name>, "
                            "e.g. homicide/count_and_rate")
    return check_priority(priority), name


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
        from drafter.fill.uncalled import why_not_a_sentence

        why = why_not_a_sentence(workspace, renderer.file.path, renderer.file.tree, name)
        if why:
            raise TemplateError(why)
        names = [s.name for s in renderer.file.sentences]
        raise TemplateError(f"no template {template_id!r}{did_you_mean(name, names)}: {priority} has "
                            f"{', '.join(names) or 'none'}")
    return renderer.render(sentence, period, _resolve_area(workspace, area))


def fill(workspace, priority: str, period: "str | Period", area: str | None = None) -> FillResult:
    """Fill every sentence template of ``priority`` for ``area`` and ``period``.

    Sentences whose figures are all there go in ``sentences``; the others are
    reported in ``missing`` (one entry per missing figure) and kept, with
    their placeholders, in ``not_fillable``. A sentence whose template fails
    as it is filled is left out and its one-line message kept in ``broken``;
    a file that does not parse raises TemplateError.
    """
    priority = check_priority(priority)
    period = Period.parse(period)
    area = _resolve_area(workspace, area)
    renderer = _Renderer(workspace, priority)
    result = FillResult(priority, str(period), area)
    empty = renderer.file.without_sentences()
    if empty:
        result.broken.append(empty)
    result.broken += renderer.settings.misspelt_measures(workspace, renderer.stored_measures())
    for sentence in renderer.file.sentences:
        try:
            filled = renderer.render(sentence, period, area)
        except TemplateError as error:
            # One sentence's mistake must not take its priority's good
            # sentences away from the writer.
            if str(error) not in result.broken:
                result.broken.append(str(error))
            result.failed.append(sentence.id)
            continue
        if filled.missing:
            result.not_fillable.append(filled)
            result.missing.extend(filled.missing)
        elif not filled.text:
            result.not_applicable.append(sentence.id)
        else:
            result.sentences.append(filled)
    return result
