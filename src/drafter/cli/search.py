"""``drafter search``, ``drafter index`` and ``drafter classify``."""

from __future__ import annotations

import click


@click.command()
def search() -> None:
    """Find past paragraphs like the given text.

    Example: drafter search "knife surrender bins" --priority serious-violence
    """


@click.command()
def index() -> None:
    """Build or refresh the search index.

    Example: drafter index --rebuild
    """


@click.command()
def classify() -> None:
    """Predict which priority a paragraph belongs to.

    Example: drafter classify "Courier fraud targets older residents"
    """
