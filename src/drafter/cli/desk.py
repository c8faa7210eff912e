"""``drafter desk``: the drafting desk (also what plain ``drafter`` opens)."""

from __future__ import annotations

import sys

import click

from drafter.cli.common import workspace_from


@click.command()
@click.pass_context
def desk(ctx) -> None:
    """Open the drafting desk, the terminal UI for writing statements.

    A new workspace is seeded on first use, with progress shown in the desk.
    Keys are listed at the bottom of the screen; F1 explains them all.

    Example: drafter desk
    """
    from drafter.errors import DrafterError

    # A Textual app started without a terminal waits forever for one.
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise DrafterError("the desk needs a terminal; run 'drafter --help' for the commands "
                           "that work without one")
    # Textual draws on standard error: sent to a file, the desk would draw there
    # and leave the terminal blank, waiting for keys no one can see the use of.
    if not (sys.stderr is not None and sys.stderr.isatty()):
        raise DrafterError("the desk draws on standard error, which is not the terminal here "
                           "(2> FILE): open it without redirecting standard error")
    from drafter.tui.app import make_app

    make_app(workspace_from(ctx, seed=False)).run()
