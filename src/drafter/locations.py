"""Where drafter keeps things: the default workspace and the bundled data."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

WORKSPACE_ENV = "DRAFTER_WORKSPACE"


def default_workspace() -> Path:
    """``$DRAFTER_WORKSPACE`` if set, else the per-user data directory
    (``~/.local/share/drafter`` on Linux)."""
    chosen = os.environ.get(WORKSPACE_ENV)
    if chosen:
        return Path(chosen).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("drafter", appauthor=False))


def bundled_dir(package: str) -> Path:
    # The packages are plain directories (never zipped), so a real path exists.
    return Path(str(resources.files(package)))


def bundled_statements() -> Path:
    return bundled_dir("drafter.sample_corpus") / "statements"


def bundled_figures() -> Path:
    return bundled_dir("drafter.sample_corpus") / "figures"


def bundled_templates() -> Path:
    return bundled_dir("drafter.templates")
