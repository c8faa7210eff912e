"""docs/architecture.md's module table names every module in the tree, and
only modules that exist: a newcomer reading it finds every file."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "architecture.md"
PLACES = {"drafter/": ROOT / "src" / "drafter", "tui/": ROOT / "tui"}


def _directory(cell: str) -> Path:
    """``drafter/`` is the engine's top level, ``tui/...`` the desk, anything else an engine package."""
    for prefix, base in PLACES.items():
        if cell.startswith(prefix):
            return base / cell[len(prefix):]
    return PLACES["drafter/"] / cell


def _documented() -> dict[Path, set[str]]:
    rows: dict[Path, set[str]] = {}
    table = DOC.read_text(encoding="utf-8").split("## Modules", 1)[1].split("\n## ", 1)[0]
    for line in table.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) < 2 or not cells[0].startswith("`"):
            continue
        directory = _directory(cells[0].strip("`"))
        # Modules are the backticked lower-case names; classes are capitalised.
        rows[directory] = set(re.findall(r"`([a-z][a-z0-9_]*)`", cells[1]))
    return rows


def _in_tree() -> dict[Path, set[str]]:
    found: dict[Path, set[str]] = {}
    for base in PLACES.values():
        for init in [base / "__init__.py", *base.rglob("__init__.py")]:
            directory = init.parent
            found[directory] = {p.stem for p in directory.glob("*.py") if p.stem != "__init__"}
    return found


def test_the_module_table_matches_the_tree():
    documented, tree = _documented(), _in_tree()
    missing_packages = sorted(str(d.relative_to(ROOT)) for d in tree if d not in documented)
    assert not missing_packages, f"packages not in docs/architecture.md: {missing_packages}"
    for directory, modules in tree.items():
        listed = documented[directory]
        assert modules <= listed, (f"{directory.relative_to(ROOT)}: modules not in the table: "
                                   f"{sorted(modules - listed)}")
        assert listed <= modules, (f"{directory.relative_to(ROOT)}: the table names modules that do "
                                   f"not exist: {sorted(listed - modules)}")
    stale = sorted(str(d.relative_to(ROOT)) for d in documented if d not in tree)
    assert not stale, f"docs/architecture.md names packages that do not exist: {stale}"
