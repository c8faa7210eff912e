"""``drafter figures`` and ``drafter fill``."""

from __future__ import annotations

import click


@click.group()
def figures() -> None:
    """Import and list crime figures.

    Example: drafter figures import figures.csv
    """


@click.command()
def fill() -> None:
    """Fill a priority's sentence templates with figures.

    Example: drafter fill homicide --period 2022 --area "West Midlands"
    """
