"""``drafter desk``: the drafting desk (also what plain ``drafter`` opens)."""

from __future__ import annotations

import sys

import click

from drafter.cli.common import workspace_from


@click.command()
@click.pass_context
def desk(ctx) -> None:
    """Open the drafting desk, the terminal UI for writing statements.

    Example: drafter desk
    """
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise click.ClickException(
            "the desk needs a terminal; run 'drafter --help' for the commands that work without one"
        )
    from drafter.tui.app import make_app

    make_app(workspace_from(ctx, seed=False)).run()
