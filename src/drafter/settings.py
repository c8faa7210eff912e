"""A workspace's settings, read from ``settings.toml`` in the workspace."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from drafter.errors import WorkspaceError
from drafter.priorities import PRIORITY_IDS

SETTINGS_FILE = "settings.toml"

DEFAULT_SETTINGS_TEXT = """\
# drafter workspace settings. Delete a line to go back to the default.

# The area whose figures fill templates and drafts when none is given.
area = "Severnshire"

# The force named in new drafts' titles.
force = "Severnshire"

# The board a statement is presented to (first line of the header block).
board = "Severnshire Police and Crime Panel"

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


def load_settings(workspace: Path) -> Settings:
    path = workspace / SETTINGS_FILE
    if not path.exists():
        return Settings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise WorkspaceError(f"{path}: not valid TOML ({exc})") from None
    settings = Settings()
    for key, value in data.items():
        if not hasattr(settings, key):
            raise WorkspaceError(f"{path}: unknown setting {key!r}")
        setattr(settings, key, value)
    order = settings.section_order
    if sorted(order) != sorted(PRIORITY_IDS):
        raise WorkspaceError(
            f"{path}: section_order must list each of {', '.join(PRIORITY_IDS)} once"
        )
    return settings
