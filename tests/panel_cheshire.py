"""Cheshire's statement for the panel, as the review tests on the neighbours'
made-up figures (tests/fixtures/panel-neighbours-figures.csv) write it."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import drafter

FIGURES = Path(__file__).parent / "fixtures" / "panel-neighbours-figures.csv"


def head(section: str, introduction: bool = True) -> str:
    """The statement's header lines, its introduction (unless left out) and the heading of ``section``."""
    opening = "Introduction\n\n1. This statement covers July to September 2026.\n\n" if introduction else ""
    return ("Cheshire Police and Crime Panel\n\nNovember 2026\n\nTitle: National Policing Priorities: Police and "
            f"Crime Commissioner's statement, July to September 2026\n\n{opening}{section}\n\n")


@contextmanager
def with_figures(root: Path):
    """A workspace under ``root`` holding the neighbours' figures."""
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(FIGURES)
        yield opened
