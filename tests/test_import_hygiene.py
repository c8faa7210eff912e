"""The layout and its boundaries, as checked rules:

* the engine never imports the desk (only drafter.tui and the CLI's desk
  command may import textual);
* the front ends (the CLI and the desk) use only the Workspace API and the
  packages' public names, never a package's private modules or the store;
* SQL lives only in drafter.store;
* tests and benchmarks use public hooks, never ``_private`` names;
* the engine stays a few flat modules plus one package per stage of the flow,
  no module over 450 lines.
"""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ENGINE = ROOT / "src" / "drafter"
DESK = ROOT / "tui"
ALLOWED_TEXTUAL = {ENGINE / "cli" / "desk.py"}
FRONT_ENDS = [ENGINE / "cli", DESK]
# Flat modules every part may use as they are.
SHARED_MODULES = {"drafter", "drafter.errors", "drafter.priorities", "drafter.columns",
                  "drafter.files", "drafter.statement", "drafter.settings"}
MAX_FLAT_MODULES = 10
MAX_MODULE_LINES = 450
SQL = re.compile(r"^\s*(SELECT\b.*\bFROM\b|INSERT (OR \w+ )?INTO\b|UPDATE \w+ SET\b|DELETE FROM\b|"
                 r"(CREATE|DROP|ALTER) (TABLE|INDEX|VIEW|TRIGGER|VIRTUAL)\b|PRAGMA \w|BEGIN( IMMEDIATE)?\b|"
                 r"COMMIT\b|ROLLBACK\b|VACUUM\b)", re.DOTALL)


def _python_files(*roots: Path) -> list[Path]:
    return sorted(path for root in roots for path in root.rglob("*.py"))


def _imports(path: Path) -> list[tuple[str, list[str]]]:
    """(module, imported names) for every import statement in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[str, list[str]]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((alias.name, []) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, [alias.name for alias in node.names]))
    return found


def test_engine_does_not_import_textual_or_the_desk():
    offenders = []
    for path in _python_files(ENGINE):
        if path in ALLOWED_TEXTUAL:
            continue
        for name, _ in _imports(path):
            if name == "textual" or name.startswith("textual.") or name.startswith("drafter.tui"):
                offenders.append(f"{path.relative_to(ENGINE)} imports {name}")
    assert not offenders, offenders


def _public_names(module_name: str) -> set[str]:
    module = importlib.import_module(module_name)
    return set(getattr(module, "__all__", ()))


def test_front_ends_use_only_the_workspace_api_and_public_names():
    offenders = []
    for path in _python_files(*FRONT_ENDS):
        where = path.relative_to(ROOT)
        for module, names in _imports(path):
            if not module.startswith("drafter") or module.startswith(("drafter.cli", "drafter.tui")):
                continue
            if module in SHARED_MODULES:
                continue
            parts = module.split(".")
            if len(parts) != 2 or module == "drafter.store":
                offenders.append(f"{where} imports {module}")
                continue
            if not names:
                offenders.append(f"{where} imports the module {module} (import its public names)")
                continue
            public = _public_names(module)
            hidden = [name for name in names if name not in public]
            if hidden:
                offenders.append(f"{where} imports {', '.join(hidden)} from {module}, "
                                 "which its __all__ does not offer")
    assert not offenders, offenders


def _string_constants(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node
        elif isinstance(node, ast.JoinedStr):
            head = node.values[0] if node.values else None
            if isinstance(head, ast.Constant) and isinstance(head.value, str):
                yield head


def test_sql_lives_only_in_the_store():
    offenders = []
    for path in _python_files(ENGINE, DESK):
        if (ENGINE / "store") in path.parents:
            continue
        for node in _string_constants(path):
            if SQL.match(node.value):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value.strip()[:40]!r}")
    assert not offenders, offenders


def test_the_store_reaches_the_connection_only_through_its_lock():
    """The desk autosaves from a worker thread on the same connection: every
    statement goes through ``Database``, whose lock keeps them apart."""
    offenders = []
    for path in _python_files(ENGINE):
        if path == ENGINE / "store" / "connection.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"\.conn\.(execute|executemany|cursor)\(|\.conn\b\s*$", line):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not offenders, offenders


_PRIVATE_ATTRIBUTE = re.compile(r"\b(drafter(?:\.[a-z_]+)*|[a-z_]+)\.(_[a-z][a-z0-9_]*)\b")


def test_tests_and_benchmarks_use_public_hooks():
    offenders = []
    for path in _python_files(ROOT / "tests", ROOT / "benchmarks"):
        drafter_aliases = set()
        for module, names in _imports(path):
            if module.startswith("drafter"):
                hidden = [n for n in names if n.startswith("_")]
                if hidden:
                    offenders.append(f"{path.name} imports {', '.join(hidden)} from {module}")
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                for alias in node.names:
                    source = alias.name if isinstance(node, ast.Import) else f"{node.module}.{alias.name}"
                    if (source or "").startswith("drafter"):
                        drafter_aliases.add(alias.asname or alias.name.split(".")[0])
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and node.attr.startswith("_")
                    and not node.attr.startswith("__")
                    and isinstance(node.value, ast.Name) and node.value.id in drafter_aliases):
                offenders.append(f"{path.name}:{node.lineno}: {node.value.id}.{node.attr}")
    assert not offenders, offenders


def test_the_engine_is_a_few_flat_modules_and_one_package_per_stage():
    flat = sorted(path.name for path in ENGINE.glob("*.py"))
    assert len(flat) <= MAX_FLAT_MODULES, flat
    packages = sorted(path.name for path in ENGINE.iterdir() if (path / "__init__.py").is_file())
    for stage in ("corpus", "store", "search", "figures", "fill", "drafts", "export", "review", "cli"):
        assert stage in packages, f"no package for the {stage} stage"


@pytest.mark.parametrize("root", [ENGINE, DESK], ids=["engine", "desk"])
def test_no_module_is_over_the_size_limit(root):
    long = {str(path.relative_to(ROOT)): count for path in _python_files(root)
            if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES}
    assert not long, long


def test_every_package_says_what_it_is_for():
    for init in ENGINE.rglob("__init__.py"):
        tree = ast.parse(init.read_text(encoding="utf-8"))
        doc = ast.get_docstring(tree)
        assert doc and len(doc.split()) >= 8, f"{init.relative_to(ROOT)} needs a docstring saying what the package holds"


def test_engine_messages_do_not_name_command_line_flags():
    """The engine serves the desk and scripts too: a flag in its message means
    nothing there. The CLI adds its flags to the engine's messages itself."""
    flag = re.compile(r"(?<![\w-])--[a-z][a-z-]+")
    offenders = []
    for path in _python_files(ENGINE):
        if (ENGINE / "cli") in path.parents:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, (ast.Raise, ast.Call)):
                continue
            if isinstance(node, ast.Call) and not (isinstance(node.func, ast.Attribute)
                                                   and node.func.attr in ("append", "warn")):
                continue
            for inner in ast.walk(node):
                if isinstance(inner, ast.Constant) and isinstance(inner.value, str) and flag.search(inner.value):
                    offenders.append(f"{path.relative_to(ROOT)}:{inner.lineno}: {inner.value.strip()[:60]!r}")
    assert not offenders, offenders
