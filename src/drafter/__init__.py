"""drafter: a drafting assistant for Police and Crime Commissioners' statements
on the National Policing Priorities.

``drafter.open_workspace(path)`` is the entry point of the engine API. The
engine loads lazily (``drafter --help`` should not wait for the database layer).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__all__ = ["Workspace", "open_workspace"]
__version__ = "0.1.0"

if TYPE_CHECKING:
    from drafter.workspace import Workspace, open_workspace


def __getattr__(name: str):
    if name in __all__:
        from drafter import workspace

        return getattr(workspace, name)
    raise AttributeError(f"module 'drafter' has no attribute {name!r}")
