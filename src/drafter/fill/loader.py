"""Finding, checking and sandboxing sentence template files.

Each priority has one Jinja2 file, ``<priority>.j2``. A workspace's own copy
in ``<workspace>/templates/`` replaces the bundled one, file by file, and the
same goes for ``settings.toml`` (the wording settings). Within a file, every
top-level ``{% macro name() %}`` whose name does not start with ``_`` is a
sentence a writer can pick, with id ``<priority>/<name>``; the ``{# ... #}``
comment just before it describes it.

Templates run in Jinja2's immutable sandbox: they cannot reach Python
internals (``''.__class__``), change the objects they are given, or read
files: the only names they can include or import are other ``.j2`` files of
the templates directories. Multiplication and powers are capped so a template
cannot build a huge string or number either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import jinja2
from jinja2 import nodes
from jinja2.sandbox import ImmutableSandboxedEnvironment

from drafter.errors import TemplateError
from drafter.settings import bundled_templates, read_toml

SETTINGS_NAME = "settings.toml"
_TEMPLATE_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_\-]*\.j2")
_DESCRIBED_MACRO = re.compile(
    r"\{#-?\s*(?P<description>(?:(?!#\}).)*?)\s*-?#\}\s*\{%-?\s*macro\s+(?P<name>\w+)\s*\(",
    re.DOTALL)

# Large enough for any sentence; small enough that no template can exhaust memory.
MAX_SEQUENCE_LENGTH = 100_000
MAX_EXPONENT = 100


@dataclass(frozen=True)
class SentenceTemplate:
    """One sentence template: its id, the file it lives in and where."""

    id: str
    priority: str
    name: str
    description: str
    file: Path
    line: int

    def to_dict(self) -> dict:
        return {"id": self.id, "priority": self.priority, "name": self.name,
                "description": self.description, "file": str(self.file), "line": self.line}


def template_dirs(workspace) -> list[Path]:
    """Where templates are looked for, the workspace's own first."""
    dirs = []
    own = getattr(workspace, "templates_dir", None)
    if own is not None and Path(own).is_dir():
        dirs.append(Path(own))
    dirs.append(bundled_templates())
    return dirs


def find_file(workspace, name: str) -> Path | None:
    for directory in template_dirs(workspace):
        candidate = directory / name
        if candidate.is_file():
            return candidate
    return None


def shown_path(workspace, path: Path) -> str:
    """A template file as a message names it: relative to the workspace when inside it."""
    root = getattr(workspace, "path", None)
    if root is not None:
        try:
            return str(Path(path).resolve().relative_to(Path(root).resolve()))
        except ValueError:
            pass
    return str(path)


class _TemplatesLoader(jinja2.BaseLoader):
    """Loads ``name.j2`` from the template directories and nothing else."""

    def __init__(self, workspace):
        self.workspace = workspace

    def get_source(self, environment, template):
        if not _TEMPLATE_NAME.fullmatch(template):
            raise jinja2.TemplateNotFound(template)
        path = find_file(self.workspace, template)
        if path is None:
            raise jinja2.TemplateNotFound(template)
        try:
            source = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise TemplateError(f"{shown_path(self.workspace, path)}: not UTF-8 text "
                                f"(byte {exc.start})") from None
        mtime = path.stat().st_mtime
        return source, str(path), lambda: path.is_file() and path.stat().st_mtime == mtime


class _Sandbox(ImmutableSandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context, operator, left, right):
        if operator == "**":
            if isinstance(right, (int, float)) and abs(right) > MAX_EXPONENT:
                raise jinja2.sandbox.SecurityError(f"exponent {right} is too large")
            return left ** right
        if operator == "*":
            for sequence, times in ((left, right), (right, left)):
                if isinstance(sequence, (str, list, tuple)) and isinstance(times, int):
                    if len(sequence) * times > MAX_SEQUENCE_LENGTH:
                        raise jinja2.sandbox.SecurityError("the result would be too long")
            return left * right
        return super().call_binop(context, operator, left, right)


def make_environment(workspace, filters: dict, tests: dict | None = None) -> ImmutableSandboxedEnvironment:
    environment = _Sandbox(
        loader=_TemplatesLoader(workspace),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )
    environment.filters.update(filters)
    environment.tests.update(tests or {})
    return environment


def error_location(error: BaseException, template_files: dict[str, jinja2.Template] | None = None) -> tuple[str | None, int | None]:
    """(file, line) in a template where ``error`` happened, when it can be told."""
    if isinstance(error, jinja2.TemplateSyntaxError):
        return error.filename, error.lineno
    found: tuple[str | None, int | None] = (None, None)
    traceback = error.__traceback__
    while traceback is not None:
        filename = traceback.tb_frame.f_code.co_filename
        template = (template_files or {}).get(filename)
        if template is not None:
            found = (filename, template.get_corresponding_lineno(traceback.tb_lineno))
        traceback = traceback.tb_next
    return found


def as_template_error(workspace, error: BaseException, fallback_file: Path,
                      templates: dict[str, jinja2.Template] | None = None) -> TemplateError:
    """``templates/homicide.j2:12: unexpected '}'`` from any Jinja2 failure."""
    file, line = error_location(error, templates)
    shown = shown_path(workspace, Path(file) if file else fallback_file)
    message = error.message if isinstance(error, jinja2.TemplateError) and error.message else str(error)
    if isinstance(error, jinja2.TemplateNotFound):
        message = (f"cannot include {error.name!r}: only .j2 files of the templates "
                   "directories can be included")
    message = " ".join(str(message).split())
    return TemplateError(f"{shown}:{line}: {message}" if line else f"{shown}: {message}")


class TemplateFile:
    """A priority's template file, parsed: its sentence templates in file order."""

    def __init__(self, workspace, environment, priority: str):
        self.workspace = workspace
        self.priority = priority
        name = f"{priority}.j2"
        path = find_file(workspace, name)
        if path is None:
            raise TemplateError(f"no template file {name} in {', '.join(map(str, template_dirs(workspace)))}")
        self.path = path
        try:
            source = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise TemplateError(f"{shown_path(workspace, path)}: not UTF-8 text (byte {exc.start})") from None
        try:
            tree = environment.parse(source, name, str(path))
            self.template = environment.get_template(name)
        except jinja2.TemplateError as exc:
            raise as_template_error(workspace, exc, path) from None
        descriptions = {m["name"]: " ".join(m["description"].split())
                        for m in _DESCRIBED_MACRO.finditer(source)}
        self.sentences: list[SentenceTemplate] = []
        for node in tree.body:
            if isinstance(node, nodes.Macro) and not node.name.startswith("_"):
                self.sentences.append(SentenceTemplate(
                    id=f"{priority}/{node.name}", priority=priority, name=node.name,
                    description=descriptions.get(node.name, ""), file=path, line=node.lineno))

    def get(self, name: str) -> SentenceTemplate | None:
        return next((s for s in self.sentences if s.name == name), None)


# -- wording settings -------------------------------------------------------------
@dataclass
class WordingSettings:
    """templates/settings.toml: how figures are worded."""

    stable_threshold: dict[str, float]
    small_count: dict[str, float]
    area_phrase: dict[str, str]
    file: Path | None = None

    def threshold(self, measure: str) -> float:
        return float(self.stable_threshold.get(measure, self.stable_threshold.get("default", 0.0)))

    def small(self, measure: str) -> float:
        return float(self.small_count.get(measure, self.small_count.get("default", 0)))

    def place(self, area: str) -> str:
        for name, phrase in self.area_phrase.items():
            if name.casefold() == area.casefold():
                return phrase
        return area


def load_wording_settings(workspace) -> WordingSettings:
    """The workspace's templates/settings.toml, else the bundled one.

    Raises TemplateError for a file that is not valid TOML or holds values of
    the wrong kind.
    """
    path = find_file(workspace, SETTINGS_NAME)
    if path is None:
        return WordingSettings({"default": 0.0}, {"default": 0}, {})
    shown = shown_path(workspace, path)
    data = read_toml(path, TemplateError, shown)
    known = {"stable_threshold", "small_count", "area_phrase"}
    for key in data:
        if key not in known:
            raise TemplateError(f"{shown}: unknown table [{key}] (expected {', '.join(sorted(known))})")
    tables = {}
    for key in known:
        table = data.get(key, {})
        if not isinstance(table, dict):
            raise TemplateError(f"{shown}: [{key}] must be a table")
        for name, value in table.items():
            wanted = str if key == "area_phrase" else (int, float)
            if isinstance(value, bool) or not isinstance(value, wanted):
                kind = "text" if key == "area_phrase" else "a number"
                raise TemplateError(f"{shown}: {key}.{name} must be {kind}, not {value!r}")
        tables[key] = dict(table)
    return WordingSettings(tables["stable_threshold"], tables["small_count"], tables["area_phrase"], path)
