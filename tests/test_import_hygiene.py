"""The engine never imports the desk: only drafter.tui and the CLI's desk
command may import textual, and the engine never imports drafter.tui."""

from __future__ import annotations

import ast
from pathlib import Path

ENGINE = Path(__file__).resolve().parents[1] / "src" / "drafter"
ALLOWED = {ENGINE / "cli" / "desk.py"}


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_engine_does_not_import_textual_or_the_desk():
    offenders = []
    for path in sorted(ENGINE.rglob("*.py")):
        if path in ALLOWED:
            continue
        for name in _imported_modules(path):
            if name == "textual" or name.startswith("textual.") or name.startswith("drafter.tui"):
                offenders.append(f"{path.relative_to(ENGINE)} imports {name}")
    assert not offenders, offenders
