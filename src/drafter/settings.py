"""A workspace's settings (``settings.toml`` in the workspace), where the
workspace is by default, where the bundled samples and templates are, and
seeding a new workspace with them."""

from __future__ import annotations

import json
import os
import re
import shutil
import tomllib
import warnings
from dataclasses import dataclass, field, fields
from importlib import resources
from pathlib import Path
from typing import Callable

from drafter.errors import DrafterError, WorkspaceError, did_you_mean
from drafter.files import decode_marked, expanded, make_folder, read_bounded, write_atomically
from drafter.priorities import PRIORITY_IDS

SETTINGS_FILE = "settings.toml"
MAX_SETTINGS_BYTES = 1_000_000
"""Far above any settings file (the bundled ones are a few KB); refused before reading."""

# The fictional forces of the bundled samples: not among the 43, so a
# workspace's settings name them (areas) for their statements and figures.
SAMPLE_AREAS = ("Severnshire", "Ashmoor")

DEFAULT_SETTINGS_TEXT = """\
# drafter workspace settings. Delete a line to go back to the default.

# The area whose figures fill templates and drafts when none is given.
area = "Severnshire"

# The force named in new drafts' titles.
force = "Severnshire"

# The board a statement is presented to (first line of the header block).
board = "Severnshire Police and Crime Panel"

# Areas besides the 43 police forces that statements and figures may name
# (a partnership area; the fictional sample forces); a statement naming one is read as by it.
areas = ["Severnshire", "Ashmoor"]

# Order of the six priority sections in new drafts.
section_order = ["homicide", "serious-violence", "drugs-county-lines",
                 "neighbourhood-crime", "victim-satisfaction", "cyber-crime"]
"""


@dataclass
class Settings:
    area: str = "Severnshire"
    """Area whose figures are used when a command is given none."""
    force: str = "Severnshire"
    """Force named in the titles of new drafts."""
    board: str = "Severnshire Police and Crime Panel"
    """Board named in the header block of new drafts."""
    section_order: list[str] = field(default_factory=lambda: list(PRIORITY_IDS))
    """Order of the priority sections in new drafts."""
    areas: list[str] = field(default_factory=lambda: list(SAMPLE_AREAS))
    """Areas besides the 43 forces that statements and figures may name."""


def read_toml(path: Path, error: Callable[[str], Exception], shown: str | None = None) -> dict:
    """A settings file's tables; ``error`` (naming the file as ``shown``) when it
    cannot be read or is not valid TOML."""
    data = read_bounded(path, error, MAX_SETTINGS_BYTES,
                        f"a settings file may hold at most {MAX_SETTINGS_BYTES / 1e6:.0f} MB", shown)
    # Notepad may save it as "Unicode" (UTF-16 with its mark), or start UTF-8 with a byte order mark.
    text = decode_marked(data, error, lambda line: f"{shown or path}: line {line}")
    if text is None:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[:exc.start].count(b"\n") + 1
            raise error(f"{shown or path}: line {line}: not UTF-8 text (save the file as UTF-8)") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # "Cannot declare ('small_count',) twice (at line 30, column 13)": the line first, as for every file.
        where = re.search(r"\s*\(at line (\d+), column (\d+)\)$", str(exc))
        if where is None:
            raise error(f"{shown or path}: not valid TOML ({exc})") from None
        said = str(exc)[:where.start()]
        said = re.sub(r"\('([^']*)',\)", r"[\1]", said)  # ('small_count',) is the table [small_count]
        raise error(f"{shown or path}: line {where.group(1)}: not valid TOML ({said}, at column "
                    f"{where.group(2)})") from None


_TEXT_SETTINGS = ("area", "force", "board")


def _line_of(path: Path, key: str) -> str:
    """`` line N:`` where ``key`` is set in the file, for a message (or nothing)."""
    # A setting written as a table ("[section_order]") is named at its header.
    found = toml_line(path, key) or toml_line(path, "", key)
    return f" line {found}:" if found else ""


_TABLE_HEADER = re.compile(r"^[ \t]*\[[ \t]*([^\[\]]+?)[ \t]*\][ \t]*(?:#.*)?$")


def toml_line(path: Path, key: str, table: str | None = None) -> int | None:
    """The line of a TOML file where ``key`` is set, in ``table`` (None: at the
    top, before any table); with ``table`` and an empty ``key``, the table's
    own ``[table]`` line. None when it cannot be found."""
    setting = re.compile(rf"^[ \t]*[\"']?{re.escape(key)}[\"']?[ \t]*=")
    current = None
    for number, line in enumerate(path.read_text(encoding="utf-8-sig", errors="replace").splitlines(), 1):
        header = _TABLE_HEADER.match(line)
        if header:
            current = header[1]
            if not key and current == table:
                return number
        elif key and current == table and setting.match(line):
            return number
    return None


def load_settings(workspace: Path) -> Settings:
    path = workspace / SETTINGS_FILE
    if not path.exists():
        return Settings()
    data = read_toml(path, WorkspaceError)
    settings = Settings()
    for key, value in data.items():
        if not hasattr(settings, key):
            raise WorkspaceError(f"{path}:{_line_of(path, key)} unknown setting {key!r}"
                                 f"{did_you_mean(key, [known.name for known in fields(Settings)])}")
        setattr(settings, key, value)
    for key in _TEXT_SETTINGS:
        value = getattr(settings, key)
        if not isinstance(value, str) or not value.strip():
            example = getattr(Settings(), key)
            raise WorkspaceError(f"{path}:{_line_of(path, key)} {key} must be a name in quotes, "
                                 f"e.g. {key} = \"{example}\" (not {value!r})")
    if not isinstance(settings.areas, list) or not all(isinstance(a, str) and a.strip()
                                                       for a in settings.areas):
        raise WorkspaceError(f"{path}:{_line_of(path, 'areas')} areas must be a list of names, "
                             "e.g. areas = [\"Severnshire\"]")
    if "area" in data:  # the default names a sample area, whatever areas the file lists
        settings.area = _known_area(path, settings)
    elif "force" in data:  # a line deleted "to go back to the default": the office's own, not the samples'
        settings.area = settings.force
    if "board" not in data and "force" in data:
        settings.board = usual_board(settings.force)
    _check_section_order(path, settings.section_order)
    return settings


def _check_section_order(path: Path, order) -> None:
    """The six priorities, each once: the problem named with its line, the id
    mistyped or the one listed twice or left out."""
    where = f"{path}:{_line_of(path, 'section_order')}"
    six = f"list each of {', '.join(PRIORITY_IDS)} once"
    if not isinstance(order, list) or not all(isinstance(item, str) for item in order):
        raise WorkspaceError(f"{where} section_order must be a list of priority ids in quotes: {six}")
    unknown = [item for item in order if item not in PRIORITY_IDS]
    fixed = [item for item in unknown if item.strip().casefold() in ("introduction", "closing")]
    if fixed:
        raise WorkspaceError(f"{where} section_order: {fixed[0]} is not a priority: a draft always opens "
                             f"with the introduction and ends with the closing section; {six}")
    if unknown:
        raise WorkspaceError(f"{where} section_order: unknown priority {unknown[0]!r}"
                             f"{did_you_mean(unknown[0], PRIORITY_IDS)}; {six}")
    twice = [item for item in PRIORITY_IDS if order.count(item) > 1]
    if twice:
        raise WorkspaceError(f"{where} section_order lists {twice[0]} more than once; {six}")
    missing = [item for item in PRIORITY_IDS if item not in order]
    if missing:
        raise WorkspaceError(f"{where} section_order leaves out {', '.join(missing)}; {six}")


def _known_area(path: Path, settings: Settings) -> str:
    """The area setting as drafter spells it; an area that is none of the 43
    forces nor listed in ``areas`` is refused as ``--area`` refuses it: every
    draft would otherwise be filled for an area no figures are stored for."""
    from drafter.forces import force_named, unknown_name

    named = force_named(settings.area, tuple(settings.areas))
    if named is None:
        raise WorkspaceError(f"{path}:{_line_of(path, 'area')} "
                             f"{unknown_name(settings.area, 'area', tuple(settings.areas))}")
    return named


# -- where things are -----------------------------------------------------------------
WORKSPACE_ENV = "DRAFTER_WORKSPACE"


def default_workspace() -> Path:
    """``$DRAFTER_WORKSPACE`` if set, else the per-user data directory
    (``~/.local/share/drafter`` on Linux)."""
    chosen = os.environ.get(WORKSPACE_ENV)
    if chosen:
        return expanded(chosen, WorkspaceError)
    import platformdirs

    try:
        return Path(platformdirs.user_data_dir("drafter", appauthor=False))
    except RuntimeError:  # no HOME, and no home in the user database (a service account, env -i)
        raise WorkspaceError(f"no workspace given, and no home directory to keep the default one in "
                             f"(HOME is not set): name the workspace's folder, or set {WORKSPACE_ENV}") from None



def bundled_dir(package: str) -> Path:
    # The packages are plain directories (never zipped), so a real path exists.
    return Path(str(resources.files(package)))


def bundled_statements() -> Path:
    return bundled_dir("drafter.sample_corpus") / "statements"


def bundled_figures() -> Path:
    return bundled_dir("drafter.sample_corpus") / "figures"


TEMPLATES_GUIDE = "README.md"  # the functions and filters templates use, where each template's comment says


def bundled_templates() -> Path:
    return bundled_dir("drafter.templates")


def seed_workspace(workspace, progress: Callable[[str, int, int], None] | None = None,
                   *, samples: bool = True) -> None:
    """Fill a new workspace with the bundled templates, synonyms and acronyms
    files, and (``samples``) the sample statements and figures; marked so it
    happens once."""
    from drafter.store.schema import set_meta

    settings_file = workspace.path / SETTINGS_FILE
    if not settings_file.exists():
        write_atomically(settings_file, lambda temp: temp.write_text(DEFAULT_SETTINGS_TEXT, encoding="utf-8"),
                         WorkspaceError)
        workspace.settings = load_settings(workspace.path)
    make_folder(workspace.templates_dir)
    for template in sorted(bundled_templates().iterdir()):
        if template.suffix in (".j2", ".toml") or template.name == TEMPLATES_GUIDE:
            copy_if_missing(template, workspace.templates_dir / template.name)
    from drafter.review import ACRONYMS_FILE, bundled_acronyms
    from drafter.search import bundled_synonyms

    # The maintainer's own copies to edit.
    copy_if_missing(bundled_synonyms(), workspace.path / bundled_synonyms().name)
    copy_if_missing(bundled_acronyms(), workspace.path / ACRONYMS_FILE)
    if samples:
        statements_dir = bundled_statements()
        if statements_dir.is_dir():
            workspace.add_statements([statements_dir], progress=progress)
        figures_dir = bundled_figures()
        for csv_file in sorted(figures_dir.glob("*.csv")) if figures_dir.is_dir() else []:
            workspace.import_figures(csv_file)
    set_meta(workspace.database, "seeded", "1")


def kept_in(root: Path) -> str | None:
    """What in ``root`` only an opened workspace leaves there, in words; None for a new folder."""
    originals = root / "originals"
    count = sum(1 for item in originals.iterdir() if item.is_file()) if originals.is_dir() else 0
    if count:
        return f"{count} original file{'s' if count != 1 else ''} in originals/"
    made = [name for name in ("templates", "models", "synonyms.txt", "acronyms.txt") if (root / name).exists()]
    return " and ".join(made) or None


def copy_if_missing(source: Path, target: Path) -> None:
    # Atomically: an interrupted first run must not leave a truncated file
    # that the next run would keep.
    if not target.exists():
        write_atomically(target, lambda temp: shutil.copy2(source, temp), WorkspaceError)


# -- an office's own workspace ------------------------------------------------------------
def check_force(force: str, areas: tuple[str, ...]) -> str:
    """``force`` as drafter spells it, one of the 43 or of ``areas``; else ``NotFound`` naming the closest."""
    from drafter.errors import NotFound
    from drafter.forces import clean_name, force_named, unknown_name

    named = force_named(force, areas)
    if named is None:
        raise NotFound("force", clean_name(force), unknown_name(force, "force", areas, national=False))
    return named


# Forces whose statements come from an office that is not "<force> Police and
# Crime Commissioner", and go to a body that is not "<force> Police and Crime
# Panel": London's mayoralty and the City's police authority, a police, fire
# and crime commissioner, and a mayor who holds the commissioner's office.
_OWN_OFFICES = {
    "Metropolitan Police": ("Mayor's Office for Policing and Crime", "London Assembly Police and Crime Committee"),
    "City of London": ("City of London Police Authority", "City of London Police Authority Board"),
    "Greater Manchester": ("Mayor of Greater Manchester", "Greater Manchester Police, Fire and Crime Panel"),
    "Cumbria": ("Cumbria Police, Fire and Crime Commissioner", None),
    "Essex": ("Essex Police, Fire and Crime Commissioner", "Essex Police, Fire and Crime Panel"),
    "North Yorkshire": ("Mayor of York and North Yorkshire", "North Yorkshire Police, Fire and Crime Panel"),
    "Northamptonshire": ("Northamptonshire Police, Fire and Crime Commissioner",
                         "Northamptonshire Police, Fire and Crime Panel"),
    "Staffordshire": ("Staffordshire Police, Fire and Crime Commissioner", "Staffordshire Police, Fire and Crime Panel"),
    "South Yorkshire": ("Mayor of South Yorkshire", None),
    "West Yorkshire": ("Mayor of West Yorkshire", None),
}


def usual_office(force: str) -> str:
    """The office whose statements a force's are ("Dorset Police and Crime
    Commissioner", "Mayor's Office for Policing and Crime")."""
    office, _ = _OWN_OFFICES.get(force, (None, None))
    return office or f"{_place(force)} Police and Crime Commissioner"


def usual_board(force: str) -> str:
    """The body a force's statements usually go to ("Cumbria Police and Crime Panel")."""
    _, board = _OWN_OFFICES.get(force, (None, None))
    return board or f"{_place(force)} Police and Crime Panel"


def _place(force: str) -> str:
    # "Ashmoor Police" is the force of Ashmoor, whose commissioner is "Ashmoor Police and Crime Commissioner".
    return force.removesuffix(" Police")


def set_office(workspace, force: str, board: str | None = None) -> str:
    """Make ``force`` the workspace's area and the force of its new drafts,
    with ``board`` (default: the board written for that force already, so
    setting the same force again keeps an office's own board; else its Police
    and Crime Panel), and take the sample forces out of its areas once it
    holds none of their statements or figures; other lines of
    ``settings.toml`` are kept as written. Returns the force as drafter spells it."""
    path = workspace.path / SETTINGS_FILE
    current = load_settings(workspace.path)
    keep = holds_samples(workspace)
    areas = [area for area in current.areas if keep or area not in SAMPLE_AREAS]
    # A misspelt force would otherwise become an area no figures are ever stored for.
    named = check_force(force, tuple(areas))
    written = read_toml(path, WorkspaceError) if path.exists() else {}
    kept_board = written.get("board") if named == current.force else None
    values = {"area": named, "force": named, "board": board or kept_board or usual_board(named),
              "areas": areas}
    text = path.read_text(encoding="utf-8-sig") if path.exists() else DEFAULT_SETTINGS_TEXT
    for key, value in values.items():
        line = f"{key} = {_toml_value(value)}"
        setting = re.compile(rf"^[ \t]*{key}[ \t]*=[ \t]*(?:\[[^\]]*\]|[^\n]*)", re.MULTILINE)
        text, found = setting.subn(lambda _: line, text, count=1)
        if not found:
            text = text.rstrip("\n") + f"\n{line}\n"
    write_atomically(path, lambda temp: temp.write_text(text, encoding="utf-8"), WorkspaceError)
    workspace.settings = load_settings(workspace.path)
    remember_office(workspace, named, workspace.settings.board)
    return named


def _toml_value(value) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def holds_samples(workspace) -> bool:
    """Whether the workspace holds any of the sample forces' statements or figures."""
    from drafter.store import figures as figure_store
    from drafter.store import statements as statement_store

    return (any(item.force in SAMPLE_AREAS for item in statement_store.list_statements(workspace.database))
            or any(area.casefold() in {a.casefold() for a in SAMPLE_AREAS}
                   for area in figure_store.areas(workspace.database)))


def remove_samples(workspace) -> dict:
    """Remove the bundled sample statements and figures (the files drafter
    ships, not whatever names a sample force); the office's own are kept. Returns how many
    ``statements`` and ``figures`` went."""
    from drafter.store import figures as figure_store
    from drafter.store import statements as statement_store

    # By their bytes: a statement the office added under a sample force's name is its own.
    bundled = {statement_store.content_hash(path.read_bytes()) for path in bundled_statements().glob("*")
               if path.is_file() and not path.name.startswith(("_", "."))}
    samples = [item for item in statement_store.list_statements(workspace.database)
               if item.content_hash in bundled]
    for item in samples:
        workspace.remove_statement(item.id)
    figures = figure_store.remove_imported_from(workspace.database, _sample_figure_files())
    return {"statements": len(samples), "figures": figures}


def _sample_figure_files() -> list[str]:
    """The bundled figures files as an import records them, by the end of
    their path: a workspace seeded by another install of drafter holds them
    under another folder."""
    figures_dir = bundled_figures()
    return [f"corpus/figures/{path.name}" for path in sorted(figures_dir.glob("*.csv"))] if figures_dir.is_dir() else []


# -- the workspace's own record of whose office it is, kept in its database beside the file: a
# settings file deleted by hand is written again for the office, where drafter fell back without
# a word to the samples' force and filled and drafted for Severnshire.
_OFFICE_KEY = "office"


def remember_office(workspace, force: str, board: str) -> None:
    """Record ``force`` and ``board`` as the office's (a read-only workspace keeps its record)."""
    from drafter.store.schema import set_meta  # the store reads the office's settings in turn

    if not workspace.database.read_only:
        set_meta(workspace.database, _OFFICE_KEY, json.dumps({"force": force, "board": board}))


def settings_of(workspace) -> Settings:
    """The workspace's settings: its file, or, where the file has gone and the office is on
    record, the file written again for that office; where it cannot be written, the office's
    settings for this run alone."""
    path = workspace.path / SETTINGS_FILE
    recorded = None if path.exists() else _recorded_office(workspace)
    if recorded is None:
        return load_settings(workspace.path)
    force, board = recorded
    try:
        set_office(workspace, force, board)
    except WorkspaceError:
        warnings.warn(f"{path}: missing, and cannot be written again: working for {force}, the office this "
                      "workspace records, for this run; restore the file", stacklevel=2)
        return Settings(area=force, force=force, board=board)
    warnings.warn(f"{path}: missing; written again for {force} ({board}), the office this workspace records",
                  stacklevel=2)
    return workspace.settings


def _recorded_office(workspace) -> tuple[str, str] | None:
    from drafter.store.schema import get_meta

    try:
        recorded = json.loads(get_meta(workspace.database, _OFFICE_KEY) or "null")
        return (recorded["force"], recorded["board"]) if isinstance(recorded, dict) else None
    except (ValueError, KeyError, TypeError, DrafterError):
        return None  # no record (a workspace from before it was kept), or one damaged by hand
