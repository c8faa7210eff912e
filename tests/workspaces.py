"""Private copies of workspaces prepared once per session, so a test may
change its workspace without re-ingesting or re-indexing anything."""

from __future__ import annotations

import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import drafter


@contextmanager
def private_copy(template: Path, tmp_path: Path, *, seed: bool = True) -> Iterator["drafter.Workspace"]:
    """Open a fresh copy of the workspace at ``template``; closed on exit."""
    root = tmp_path / "ws"
    shutil.copytree(template, root)
    with drafter.open_workspace(root, seed=seed) as workspace:
        yield workspace
