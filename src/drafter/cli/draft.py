"""``drafter draft``: start, edit, inspect and export drafts."""

from __future__ import annotations

import click


@click.group()
def draft() -> None:
    """Work on drafts.

    Example: drafter draft new --from 3
    """
