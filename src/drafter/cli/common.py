"""What every command shares: opening the workspace, printing JSON, progress."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click


def workspace_from(ctx: click.Context, *, seed: bool = True):
    """The workspace chosen by --workspace / DRAFTER_WORKSPACE, opened once per run."""
    from drafter import open_workspace

    root = ctx.find_root()
    state = root.ensure_object(dict)
    if "workspace" not in state:
        path = root.params.get("workspace")
        reporter = ProgressLine("seeding workspace") if sys.stderr.isatty() else None
        state["workspace"] = open_workspace(path, seed=seed, progress=reporter)
        if reporter:
            reporter.finish()
        root.call_on_close(state["workspace"].close)
    return state["workspace"]


def print_json(data) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=_default))


def _default(value):
    if isinstance(value, Path):
        return str(value)
    if hasattr(value, "to_dict"):
        return value.to_dict()
    raise TypeError(f"cannot serialise {type(value).__name__}")


class ProgressLine:
    """A one-line progress bar on stderr: ``label [#####-----] 5/10``."""

    def __init__(self, label: str, enabled: bool | None = None):
        self.label = label
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.shown = False

    def __call__(self, what: str, done: int, total: int) -> None:
        if not self.enabled or total <= 0:
            return
        width = 30
        filled = int(width * done / total)
        bar = "#" * filled + "-" * (width - filled)
        click.echo(f"\r{self.label}: [{bar}] {done}/{total} {what[:40]:<40}", nl=False, err=True)
        self.shown = True

    def finish(self) -> None:
        if self.shown:
            click.echo(err=True)
