"""Finding, checking and sandboxing sentence template files.

Each priority has one Jinja2 file, ``<priority>.j2``. A workspace's own copy
in ``<workspace>/templates/`` replaces the bundled one, file by file, and the
same goes for ``settings.toml`` (the wording settings). Within a file, every
top-level ``{% macro name() %}`` that takes no arguments and whose name does not start with ``_`` is a
sentence a writer can pick, with id ``<priority>/<name>``; the ``{# ... #}``
comment just before it describes it.

Templates run in Jinja2's immutable sandbox: they cannot reach Python
internals (``''.__class__``), change the objects they are given, or read
files: the only names they can include or import are other ``.j2`` files of
the templates directories. Multiplication and powers are capped so a template
cannot build a huge string or number either.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import jinja2
from jinja2 import nodes
from jinja2.sandbox import ImmutableSandboxedEnvironment

from drafter.errors import TemplateError, did_you_mean
from drafter.files import decode_marked, read_bounded
from drafter.fill.compiled import COMPILED, parsed
from drafter.fill.filters import as_written
from drafter.fill.wording import with_article
from drafter.settings import bundled_templates, read_toml, toml_line

SETTINGS_NAME = "settings.toml"
# The [stable_threshold] key for every measure that is a percentage (its changes are in points).
POINTS_THRESHOLD = "percentage_points"
_TEMPLATE_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_\-]*\.j2")
_DESCRIBED_MACRO = re.compile(
    r"\{#-?\s*(?P<description>(?:(?!#\}).)*?)\s*-?#\}\s*\{%-?\s*macro\s+(?P<name>\w+)\s*\(",
    re.DOTALL)

# Values a template is given, by what it calls them rather than by their class.
_WHAT_TEMPLATES_CALL = {"Period": "a period", "ChangeView": "change(...)",
                        "RankView": "rank(...)", "GapView": "national_gap(...)",
                        "Missing": "a missing figure", "Decimal": "a number"}

# Jinja2's words for a name it does not know: "'figur' is undefined", "No filter named 'numbr'."
_UNKNOWN_NAME = re.compile(r"'(?P<bare>\w+)' is undefined|No (?P<kind>filter|test) named '(?P<name>\w+)'(?: found)?\.?")

# Large enough for any sentence; small enough that no template can exhaust memory.
MAX_SEQUENCE_LENGTH = 100_000
MAX_EXPONENT = 100
# Far above any template file (the bundled ones are a few KB); refused before reading.
MAX_TEMPLATE_BYTES = 1_000_000
# Far more than any sentence counts over, all its loops together: a loop inside a loop of
# range(100000) would otherwise run for hours.
MAX_RANGE_ITEMS = 1_000_000


def budgeted_range():
    """``range`` for one sentence's filling: each range the template makes counts against one
    budget of :data:`MAX_RANGE_ITEMS`, so loops nested in loops stop with a message."""
    spent = 0

    def template_range(*args):
        nonlocal spent
        made = jinja2.sandbox.safe_range(*args)
        spent += len(made)
        if spent > MAX_RANGE_ITEMS:
            raise jinja2.sandbox.SecurityError(
                f"the template's loops go over more than {MAX_RANGE_ITEMS:,} items for one sentence")
        return made

    return template_range


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
    """The file ``name`` in the first templates directory that has one.
    Anything there by that name counts, so a directory, a pipe or a broken
    link in the workspace's templates is refused by name (``read_source``)
    rather than silently passed over for the bundled file."""
    for directory in template_dirs(workspace):
        candidate = directory / name
        if os.path.lexists(candidate):
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


def read_source(workspace, path: Path) -> str:
    """A template file's text. Editors on Windows may save it with a byte-order
    mark or CRLF line ends, or as UTF-16 with its mark (Notepad's "Unicode"),
    which are fine; text in another encoding
    (Windows-1252's curly quotes and dashes) is named by line and column."""
    shown = shown_path(workspace, path)
    data = read_bounded(path, TemplateError, MAX_TEMPLATE_BYTES,
                        f"a template file may hold at most {MAX_TEMPLATE_BYTES / 1e6:.0f} MB", shown)
    marked = decode_marked(data, TemplateError, lambda line: f"{shown}:{line}")
    if marked is not None:
        return marked
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line_start = data.rfind(b"\n", 0, exc.start) + 1
        line = data[:exc.start].count(b"\n") + 1
        column = len(data[line_start:exc.start].decode("utf-8", "replace")) + 1
        raise TemplateError(f"{shown}:{line}: not UTF-8 text at column {column} (byte "
                            f"0x{data[exc.start]:02x}: a curly quote, dash or £ saved as "
                            "Windows-1252?); save the file as UTF-8") from None


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
        source = read_source(self.workspace, path)
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


class _Undefined(jinja2.StrictUndefined):
    """A name a template misspells ("c.curent") is named with the one it is
    close to, whatever first touches it: a filter, a test or the sentence."""

    __slots__ = ()

    @property
    def _undefined_message(self) -> str:
        if self._undefined_obj is None and isinstance(self._undefined_name, str):
            return (f"none has no attribute {self._undefined_name!r}: what comes before it gave none "
                    "(period.shifted counts months in whole quarters: shifted(-3) is the quarter before)")
        if self._undefined_hint is None and self._undefined_obj is not jinja2.utils.missing \
                and isinstance(self._undefined_name, str):
            known = [name for name in dir(self._undefined_obj) if not name.startswith("_")]
            return (f"{jinja2.utils.object_type_repr(self._undefined_obj)!r} has no attribute "
                    f"{self._undefined_name!r}{did_you_mean(self._undefined_name, known)}")
        return super()._undefined_message


def make_environment(workspace, filters: dict, tests: dict | None = None) -> ImmutableSandboxedEnvironment:
    environment = _Sandbox(
        finalize=as_written,
        loader=_TemplatesLoader(workspace),
        undefined=_Undefined,
        autoescape=False,
        # A line break after a block tag is a space like any other (the guide
        # promises line breaks become single spaces): trimming it would join
        # "up from" at a line's end to the figure on the next line.
        trim_blocks=False,
        lstrip_blocks=True,
        auto_reload=False,
        bytecode_cache=COMPILED,
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
                      templates: dict[str, jinja2.Template] | None = None, names=()) -> TemplateError:
    """``templates/homicide.j2:12: unexpected '}'`` from any Jinja2 failure;
    ``names`` are those the template could have meant (its functions, filters
    and tests), offered for one it misspells."""
    file, line = error_location(error, templates)
    shown = shown_path(workspace, Path(file) if file else fallback_file)
    message = error.message if isinstance(error, jinja2.TemplateError) and error.message else str(error)
    if isinstance(error, jinja2.TemplateNotFound) and _TEMPLATE_NAME.fullmatch(str(error.name)):
        there = sorted({path.name for directory in template_dirs(workspace) for path in directory.glob("*.j2")})
        message = (f"cannot include {error.name!r}{did_you_mean(str(error.name), there)}: there is no such file in "
                   f"{' or '.join(shown_path(workspace, d) for d in template_dirs(workspace))}")
    elif isinstance(error, jinja2.TemplateNotFound):
        message = (f"cannot include {error.name!r}: only .j2 files of the templates "
                   "directories can be included")
    message = " ".join(str(message).split())
    if unknown := _UNKNOWN_NAME.fullmatch(message):
        kind, name = (unknown["kind"].lower(), unknown["name"]) if unknown["kind"] else ("name", unknown["bare"])
        message = f"unknown {kind} {name!r}{did_you_mean(name, names)}"
        if unknown["kind"] == "test":  # Jinja2 gives an unknown test the template's first line
            line = _line_using(error, file, rf"\bis\s+(?:not\s+)?{name}\b") or line
    # Jinja2 names its own classes ("'drafter.figures.periods.Period object' has
    # no attribute 'lable'"); a maintainer knows them by what they hold.
    message = re.sub(r"'(?:\w+\.)*(\w+) object'",
                     lambda m: _WHAT_TEMPLATES_CALL.get(m[1], with_article(m[1])), message)
    if isinstance(error, jinja2.TemplateSyntaxError) and line:
        message += _unclosed_hint(error, file, line)
    return TemplateError(f"{shown}:{line}: {message}" if line else f"{shown}: {message}")


def _source_lines(error: BaseException, file: str | None) -> list[str]:
    source = getattr(error, "source", None)
    if source is None and file and Path(file).is_file():
        source = Path(file).read_text(encoding="utf-8-sig", errors="replace")
    return (source or "").splitlines()


def _line_using(error: BaseException, file: str | None, pattern: str) -> int | None:
    return next((number for number, text in enumerate(_source_lines(error, file), 1)
                 if re.search(pattern, text)), None)


def _unclosed_hint(error: jinja2.TemplateSyntaxError, file: str | None, line: int) -> str:
    """What Jinja2 reports as an unexpected token is most often a ``{{`` or
    ``{%`` left open: say so when the reported line (or the last one before it
    that is not blank: Jinja2 reports the next token, past blank lines) opens
    more than it closes."""
    lines = _source_lines(error, file)
    for number in range(min(line, len(lines)), 0, -1):
        text = lines[number - 1]
        for opening, closing in (("{{", "}}"), ("{%", "%}")):
            if text.count(opening) > text.count(closing):
                return f" (line {number} opens '{opening}' without closing it with '{closing}')"
        if number < line and text.strip():
            break
    return ""


def _refuse_a_second_definition(workspace, path: Path, tree) -> None:
    """A sentence pasted in to be edited and not renamed would silently take
    the place of the first (Jinja2 keeps the last), and be listed twice."""
    first_lines: dict[str, int] = {}
    for node in tree.body:
        if isinstance(node, nodes.Macro):
            if node.name in first_lines:
                raise TemplateError(f"{shown_path(workspace, path)}:{node.lineno}: a second macro "
                                    f"named {node.name} (the first is at line "
                                    f"{first_lines[node.name]}); give each sentence its own name")
            first_lines[node.name] = node.lineno


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
        source = read_source(workspace, path)
        try:
            tree = self.tree = parsed(environment, source, name, str(path))
            self.template = environment.get_template(name)
        except jinja2.TemplateError as exc:
            raise as_template_error(workspace, exc, path, names=[*environment.filters, *environment.tests]) from None
        descriptions = {m["name"]: " ".join(m["description"].split())
                        for m in _DESCRIBED_MACRO.finditer(source)}
        self.sentences: list[SentenceTemplate] = []
        _refuse_a_second_definition(workspace, path, tree)
        for node in tree.body:
            # A macro that takes arguments is a helper the others call (as one
            # named with "_" is): filled alone it would have nothing to work on.
            if isinstance(node, nodes.Macro) and not node.name.startswith("_") and not node.args:
                self.sentences.append(SentenceTemplate(
                    id=f"{priority}/{node.name}", priority=priority, name=node.name,
                    description=descriptions.get(node.name, ""), file=path, line=node.lineno))

    def get(self, name: str) -> SentenceTemplate | None:
        return next((s for s in self.sentences if s.name == name), None)

    def without_sentences(self) -> str | None:
        """One line naming a file that offers no sentence (an empty file, or
        one of comments alone, saved by mistake), or None. The workspace's file
        takes the bundled one's place, so its priority would get no sentences,
        which fill would otherwise report as none applying to the figures."""
        if self.sentences:
            return None
        shown = shown_path(self.workspace, self.path)
        if Path(self.path).parent != bundled_templates():
            return (f"{shown}: holds no sentences (no macro a writer can pick), so {self.priority} gets none; "
                    f"delete the file to use the bundled {self.path.name}")
        return f"{shown}: holds no sentences (no macro a writer can pick)"


# -- wording settings -------------------------------------------------------------
@dataclass
class WordingSettings:
    """templates/settings.toml: how figures are worded."""

    stable_threshold: dict[str, float]
    small_count: dict[str, float]
    area_phrase: dict[str, str]
    file: Path | None = None

    def threshold(self, measure: str, in_points: bool = False) -> float:
        """Below what size a change of ``measure`` is "broadly stable". Every
        percentage shares the one threshold in points, so two rates that moved
        by the same points (overall and domestic abuse satisfaction) read alike."""
        default = self.stable_threshold.get("default", 0.0)
        if in_points:
            return float(self.stable_threshold.get(POINTS_THRESHOLD, default))
        return float(self.stable_threshold.get(measure, default))

    def small(self, measure: str) -> float:
        return float(self.small_count.get(measure, self.small_count.get("default", 0)))

    def misspelt_measures(self, workspace, known) -> list[str]:
        """A line for each measure named in [stable_threshold] or [small_count] that no figure
        is stored under and the import does not read, close to one that is ("homicide"):
        its setting would never be used, and nothing else would say so."""
        from drafter.figures.model import closest_measure

        lines = []
        for table, settings in (("stable_threshold", self.stable_threshold), ("small_count", self.small_count)):
            for name in settings:
                close = None if name in known or name in ("default", POINTS_THRESHOLD) \
                    else closest_measure(name, known)
                if close and self.file is not None:
                    line = toml_line(self.file, name, table)
                    lines.append(f"{shown_path(workspace, self.file)}:{line}: {table}.{name}: no figures of "
                                 f"{name!r} are stored for any area, so the setting is never used "
                                 f"(did you mean {close!r}?)")
        return lines

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
    def where(key: str, table: str | None = None) -> str:
        line = toml_line(path, key, table) or (toml_line(path, "", key) if table is None else None)
        return f"{shown}:{line}:" if line else f"{shown}:"

    for key in data:
        if key not in known:
            raise TemplateError(f"{where(key)} unknown table [{key}] (expected {', '.join(sorted(known))})")
    tables = {}
    for key in known:
        table = data.get(key, {})
        if not isinstance(table, dict):
            raise TemplateError(f"{where(key)} [{key}] must be a table")
        for name, value in table.items():
            wanted = str if key == "area_phrase" else (int, float)
            if isinstance(value, bool) or not isinstance(value, wanted):
                kind = "text" if key == "area_phrase" else "a number"
                raise TemplateError(f"{where(name, key)} {key}.{name} must be {kind}, not {value!r}")
        tables[key] = dict(table)
    return WordingSettings(tables["stable_threshold"], tables["small_count"], tables["area_phrase"], path)


# -- files that are not a priority's -------------------------------------------------
