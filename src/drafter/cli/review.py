"""``drafter review``."""

from __future__ import annotations

import click


@click.command()
def review() -> None:
    """Review a draft or a statement file against past statements and the figures.

    Example: drafter review 1
    """
