"""The public engine API: a workspace and everything a writer, reviewer or maintainer does with it. The CLI
and the desk are thin layers over this class; scripts use it directly::

    import drafter
    ws = drafter.open_workspace("~/drafter-work")
    hits = ws.search("knife surrender bins", priority="serious-violence")

Heavy libraries (spaCy, scikit-learn) are imported only by the methods that need them.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Callable, Iterable

from drafter import settings as settings_module
from drafter.errors import WorkspaceError
from drafter.files import broken_link_in, expanded, make_folder
from drafter.settings import (
    TEMPLATES_GUIDE, Settings, bundled_templates, copy_if_missing, default_workspace, kept_in, seed_workspace,
    settings_of)
from drafter.store import Database, open_database
from drafter.store import statements as statement_store

DATABASE_FILE = "drafter.db"

Progress = Callable[[str, int, int], None]
"""A progress callback: (what is happening, done, total)."""


class Workspace:
    """A user's data: the database, the original files, the index and templates."""

    def __init__(self, path: Path, database: Database):
        self.path = path
        self.database = database
        self.settings: Settings = settings_of(self)
        self.created_now = False
        """Whether opening made this workspace and seeded it with the samples."""

    # -- places -----------------------------------------------------------
    @property
    def models_dir(self) -> Path:
        return self.path / "models"

    @property
    def templates_dir(self) -> Path:
        return self.path / "templates"

    @property
    def originals_dir(self) -> Path:
        return self.path / "originals"

    def close(self) -> None:
        self.database.close()

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- corpus -----------------------------------------------------------
    def add_statements(self, paths: Iterable[Path | str], *, force: str | None = None, date: str | None = None,
                       title: str | None = None, progress: Progress | None = None,
                       on_file: Callable[[str, dict], None] | None = None):
        """Add past statements (files or directories); returns an AddReport. ``on_file(outcome, item)``
        is told of each file when done (``added``, ``duplicate`` or ``failed``, with the report's item). A
        Ctrl-C stops the batch: each file is stored, recorded and told together or not at all, and the
        report lists the files not attempted."""
        from drafter.corpus import add_statements

        self.database.check_writable()  # once, rather than once for each file's copy
        return add_statements(self, [Path(p) for p in paths], force=force, date=date,
                              title=title, progress=progress, on_file=on_file)

    def list_statements(self, *, force: str | None = None, since: str | None = None, until: str | None = None):
        """Newest first: of one ``force`` (any of its names), dated ``since`` to ``until`` (YYYY-MM), when given."""
        from drafter.corpus.listing import statements_listed
        return statements_listed(self, statement_store.list_statements(self.database), force, since, until)

    def get_statement(self, statement_id: int):
        return statement_store.get_statement(self.database, statement_id)

    @staticmethod
    def period_named(text: str) -> str:
        """``text`` as a period in drafter's spelling, "April to June 2026" as "2026-Q2"; BadPeriod if none."""
        from drafter.figures.periods import Period
        return str(Period.parse(text))

    def remove_statement(self, statement_id: int):
        """Remove a statement and the copy of its original file."""
        return self.remove_statements([statement_id])[0]

    def remove_statements(self, statement_ids: list[int]) -> list:
        """Remove the statements, all or none (one transaction), then the copies of their original files."""
        removed = statement_store.remove_statements(self.database, statement_ids)
        for _stored, original in removed:
            if original:
                (self.path / original).unlink(missing_ok=True)
        return [stored for stored, _original in removed]

    def corpus_generation(self) -> int:
        return statement_store.generation(self.database)

    def search_generation(self) -> tuple:
        """Changes when what searches read does: a statement added or removed, the synonyms file edited."""
        from drafter.search.synonyms import file_stamp, workspace_synonyms

        return self.corpus_generation(), file_stamp(workspace_synonyms(self))[1]

    # -- first run -----------------------------------------------------------
    @property
    def is_seeded(self) -> bool:
        """Whether the bundled samples have been added (a new workspace gets them once)."""
        from drafter.store.schema import get_meta
        return get_meta(self.database, "seeded") is not None

    def seed(self, progress: Progress | None = None) -> None:
        """Add the bundled sample statements, figures, templates and synonyms file (once)."""
        seed_workspace(self, progress=progress)

    def set_office(self, force: str, board: str | None = None) -> str:
        """Make the workspace ``force``'s: its area, the force and ``board`` of new drafts (default its
        Police and Crime Panel), the sample forces no longer among its areas; the force as drafter spells it."""
        return settings_module.set_office(self, force, board)

    def remove_samples(self) -> dict:
        """Remove the sample forces' statements and figures: ``statements``, ``figures``."""
        return settings_module.remove_samples(self)

    def holds_samples(self) -> bool:
        return settings_module.holds_samples(self)

    # -- retrieval --------------------------------------------------------
    def build_index(self, *, rebuild: bool = False, progress: Progress | None = None, for_search: bool = False):
        """Bring the search index up to date with the corpus; returns an IndexReport.
        ``for_search``: where this user may not save it, make it for this process
        (a search in a read-only workspace) rather than refuse."""
        import drafter.search as indexing

        if not (for_search and not rebuild):
            self._check_index_can_change()
        return indexing.build_index(self, rebuild=rebuild, progress=progress, for_search=for_search)

    def _check_index_can_change(self) -> None:
        folder = self.models_dir if self.models_dir.exists() else self.path
        if not os.access(folder, os.W_OK):
            raise WorkspaceError(f"{folder} is read-only: drafter needs write access to it to "
                                 "build the search index")

    def index_is_current(self) -> bool:
        import drafter.search as indexing

        return indexing.index_is_current(self)

    def search(self, text: str, priority: str | None = None, limit: int = 10):
        """Past paragraphs like ``text``, best first, near-copies collapsed (list of SearchHit)."""
        import drafter.search as indexing

        return indexing.search(self, text, priority=priority, limit=limit)

    def prepare_search(self) -> None:
        """Load the search index (and, for a large corpus, the compiled
        scoring loop) before the first search, for a process that will
        search many times. Building is separate: see :meth:`build_index`."""
        import drafter.search as indexing

        indexing.prepare(self)

    def prepare_meaning(self) -> None:
        """Where a sentence model is installed, encode the corpus's storylines
        ahead of searching (seconds for a few thousand paragraphs, once: the
        vectors are kept). Searches work meanwhile, encoding what they need."""
        import drafter.search as indexing

        indexing.prepare_meaning(self)

    def meaning_problem(self) -> str | None:
        """Why an installed sentence model is not being used (it cannot be
        loaded or encode), or None; searches then go by words alone."""
        from drafter.search import meaning

        return meaning.problem()

    def classify(self, text: str):
        """Predict the priority a paragraph belongs to (a Classification)."""
        import drafter.search as indexing

        return indexing.classify(self, text)

    # -- figures and templates ---------------------------------------------
    def import_figures(self, path: Path | str, *, sheet: str | None = None,
                       measure: str | None = None, period: str | None = None,
                       mapping: Path | str | None = None):
        """Import a figures file (.csv, .xlsx, .ods) all or nothing; an ImportReport.

        ``sheet`` picks a workbook's sheet; ``measure`` and ``period`` say what a
        wide table's columns hold where their titles and the sheet do not;
        ``mapping`` is the file's own mapping (TOML)."""
        import drafter.figures as figures

        return figures.import_figures(self, Path(path), sheet=sheet, measure=measure, period=period,
                                      mapping=Path(mapping) if mapping else None)

    def area_named(self, text: str) -> str:
        """The area ``text`` names, spelt as drafter spells it ("west midlands
        police" → "West Midlands"): one of the 43 forces, England and Wales, or
        an area the settings list or figures are stored for. Any other name is
        refused (``NotFound``) with the closest known ones: a misspelt area
        would silently match no figures."""
        from drafter.corpus import known_areas
        from drafter.errors import NotFound
        from drafter.forces import clean_name, force_named, unknown_name

        local = known_areas(self)
        named = force_named(text, local)
        if named is None:
            raise NotFound("area", clean_name(text), unknown_name(text, "area", local))
        return named

    def _chosen_area(self, area: str | None) -> str:
        return self.area_named(area) if area else self.settings.area

    def list_figures(self, *, area: str | None = None, period: str | None = None,
                     measure: str | None = None):
        import drafter.figures as figures

        return figures.list_figures(self, area=area and self.area_named(area), period=period,
                                    measure=measure)

    def remove_figures(self, *, area: str | None = None, period: str | None = None,
                       measure: str | None = None) -> dict:
        """Remove the stored figures of an area, a period or both (one measure of
        them with ``measure``): figures imported for the wrong area or period.
        Returns ``removed`` (how many) and the ``area``, ``period`` and ``measure``
        as stored; NotFound when none match."""
        from drafter.errors import DrafterError, NotFound
        from drafter.figures import Period, closest_measure, normalise_measure
        from drafter.store import figures as figure_store

        if area is None and period is None:  # an empty name is refused below, never read as "every"
            raise DrafterError("name the area or the period whose figures to remove")
        area = self.area_named(area) if area is not None else None
        period = str(Period.parse(period)) if period is not None else None
        measure = normalise_measure(measure) if measure is not None else None
        removed = figure_store.remove(self.database, area=area, period=period, measure=measure)
        if not removed:
            named = ", ".join(part for part in (measure, area, period) if part)
            hint = ""
            known = set(figure_store.measures(self.database))
            if measure and measure not in known:
                close = closest_measure(measure, known)
                hint = f" (no area has figures for {measure}" + (f": did you mean {close}?)" if close else ")")
            raise NotFound("figures", named, f"no figures stored for {named}{hint}")
        return {"removed": removed, "area": area, "period": period, "measure": measure}

    def figure_areas(self) -> list[str]:
        """Every area with stored figures, as stored."""
        from drafter.store import figures as figure_store

        return figure_store.areas(self.database)

    def derived_values(self, period: str, area: str | None = None, measure: str | None = None):
        """Every value derived from the area's figures for ``period`` (figures,
        rates, changes), each a ``drafter.figures.Derived`` saying how it was worked out."""
        from drafter.figures import FigureSet, Period, derivable, normalise_measure

        chosen = self._chosen_area(area)
        figures = FigureSet.load(self, [chosen])
        found = derivable(figures, figures.area_spelling(chosen) or chosen, Period.parse(period),
                          [normalise_measure(measure)] if measure else None).values
        return found

    def national_comparisons(self, period: str, measures, area: str | None = None):
        """Each of ``measures`` for the area beside every force in ``period``: a ``drafter.figures.Comparison``
        with its rate, its rank among the 43 forces and the national rate (each None until figures for
        every force are loaded)."""
        from drafter.figures import FigureSet, Period, compare

        measures = list(measures)
        if not measures:  # loading every force's figures answers nothing here
            return []
        chosen = self._chosen_area(area)
        figures = FigureSet.load(self, periods=[Period.parse(period)])
        return [compare(figures, measure, chosen, period) for measure in measures]

    def fill(self, priority: str, period: str, area: str | None = None):
        """Fill the priority's sentence templates with figures (a FillResult)."""
        from drafter.fill import fill

        return fill(self, priority, period, self._chosen_area(area))

    def list_templates(self, priority: str | None = None):
        """The sentence templates a writer can pick from (TemplateInfo), for one priority or all."""
        from drafter.fill import list_templates

        return list_templates(self, priority)

    def stored_periods(self, area: str | None = None, period: str | None = None) -> list[str]:
        """The periods ``area``'s figures hold (default the workspace's area), oldest first. Raises
        DrafterError, naming the areas or periods that have figures, when it has none, or none in ``period``."""
        from drafter.errors import DrafterError
        from drafter.figures import Period

        chosen = self._chosen_area(area)
        periods = sorted({figure.period for figure in self.list_figures(area=chosen)},
                         key=lambda p: Period.parse(p).sort_key())
        if not periods:
            raise DrafterError(f"no figures are stored for area {chosen!r}: areas with figures are "
                               f"{', '.join(self.figure_areas()) or 'none (import some with drafter figures import)'}")
        if period is not None and str(Period.parse(period)) not in periods:
            span = periods[0] if len(periods) == 1 else f"{periods[0]} to {periods[-1]}"
            raise DrafterError(f"no figures are stored for {chosen} in {Period.parse(period)}: its figures "
                               f"run from {span}")
        return periods

    def check_templates(self, area: str | None = None, period: str | None = None):
        """Fill every sentence template for ``area`` (default the workspace's) in ``period``, or in each period
        its figures hold, and review the sentences; a TemplateCheck naming each sentence review disputes and
        its template. Raises DrafterError when the area has no figures (in that period)."""
        from drafter.fill.checking import check_templates

        stored = self.stored_periods(area, period)
        return check_templates(self, self._chosen_area(area), [self.period_named(period)] if period else stored)

    def stray_template_files(self) -> list[str]:
        """A line for each file of the workspace's templates whose sentences are offered nowhere."""
        from drafter.fill import stray_template_files

        return stray_template_files(self)

    def render_template(self, template_id: str, period: str, area: str | None = None):
        """Fill one sentence template (``"<priority>/<name>"``); a FilledSentence."""
        from drafter.fill import render_template

        return render_template(self, template_id, period, self._chosen_area(area))

    # -- drafts -------------------------------------------------------------
    def new_draft(self, **options):
        from drafter import drafts

        if options.get("area"):
            options["area"] = self.area_named(options["area"])
        return drafts.new_draft(self, **options)

    def list_drafts(self):
        from drafter import drafts

        return drafts.list_drafts(self)

    def get_draft(self, draft_id: int):
        from drafter import drafts

        return drafts.get_draft(self, draft_id)

    def save_draft(self, draft, note: str | None = None, parent: int | None = None):
        """Save a draft as a new revision; with ``parent`` (the revision the change was
        made on) DraftChanged instead when another save has become the head since."""
        from drafter import drafts

        return drafts.save_draft(self, draft, note=note, parent=parent)

    def draft_revisions(self, draft_id: int):
        from drafter import drafts

        return drafts.list_revisions(self, draft_id)

    def restore_revision(self, draft_id: int, revision: int):
        from drafter import drafts

        return drafts.restore_revision(self, draft_id, revision)

    def remember_draft_place(self, draft_id: int, section: str, paragraph: int | None = None,
                             offset: int | None = None) -> None:
        """Keep where the writer is in a draft (section key, paragraph position,
        characters into the paragraph), so opening it again goes back there; not
        saved as a revision."""
        from drafter import drafts

        drafts.remember_place(self, draft_id, section, paragraph, offset)

    def draft_place(self, draft_id: int) -> tuple[str, int | None, int | None] | None:
        """(section key, paragraph position, offset in it) where the writer last was, or None."""
        from drafter import drafts

        return drafts.last_place(self, draft_id)

    def draft_to_resume(self) -> int | None:
        """The draft a writer coming back expects to see: the one last left in the
        desk, or one saved since; None when there are no drafts."""
        from drafter import drafts

        return drafts.draft_to_resume(self)

    def delete_draft(self, draft_id: int) -> None:
        from drafter import drafts

        drafts.delete_draft(self, draft_id)

    def export_draft(self, draft_id: int, fmt: str, output: Path | str | None = None,
                     force: bool = False) -> Path:
        import drafter.export as export

        return export.export_draft(self, draft_id, fmt, output, force=force)

    # -- review -------------------------------------------------------------
    def review(self, target, *, against: int | None = None, period: str | None = None,
               area: str | None = None, figures_only: bool = False):
        """Review a draft id or a statement file; returns a ReviewReport."""
        from drafter import review

        return review.review(self, target, against=against, period=period,
                             area=area and self.area_named(area), figures_only=figures_only)


def open_workspace(path: Path | str | None = None, *, seed: bool = True, samples: bool = True,
                   progress: Progress | None = None, office: str | None = None) -> Workspace:
    """Open (creating if needed) the workspace at ``path`` or the default one.

    A new workspace is seeded with the default templates and, with
    ``samples``, the bundled sample statements and figures, unless ``seed``
    is False; ``created_now`` says it was. A folder that already holds a workspace's files but whose
    database is missing or empty is refused, never seeded afresh; one drafter
    may not write is opened read-only. ``office``, the force a new workspace is
    for, is checked first: a misspelt one leaves no folder behind.
    """
    root = expanded(path, WorkspaceError) if path is not None else default_workspace()
    if root.exists() and not root.is_dir():
        raise WorkspaceError(f"{root}: not a directory")
    if office is not None and not (root / DATABASE_FILE).exists():
        from drafter.settings import check_force

        check_force(office, ())
    try:
        make_folder(root)
    except OSError as exc:
        raise WorkspaceError(broken_link_in(root) or f"{root}: cannot create workspace ({exc.strerror})") from None
    database = open_database(root / DATABASE_FILE, kept=lambda: kept_in(root))
    workspace = Workspace(root, database)
    if seed and not workspace.is_seeded and not database.read_only:
        seed_workspace(workspace, progress=progress, samples=samples)
        workspace.created_now = True
    elif seed and not database.read_only:
        # A workspace made before the templates' guide was copied with them gets it (a copy is never replaced).
        with contextlib.suppress(WorkspaceError):
            copy_if_missing(bundled_templates() / TEMPLATES_GUIDE, workspace.templates_dir / TEMPLATES_GUIDE)
    return workspace
