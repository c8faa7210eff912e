"""Review: check a draft or a statement against past statements and the figures.

``review(workspace, target)`` returns a :class:`ReviewReport`: what changed
since the statement it follows, what was carried over, and every number,
date, acronym and sentence a reviewer should look at before the board does.
Each check in ``checks/`` says in its docstring what it looks for and its
thresholds: ``changes``, ``reuse``, ``figures``, ``arithmetic``, ``dates``,
``acronyms``, ``coverage``, ``completeness``, ``plain_english``; ``findings``
says which kinds are errors, warnings and info; ``choices`` which figures and
which earlier statement a review uses. ``output/`` writes a report as text or
HTML. The office's list of acronyms it never spells out is the workspace's
``acronyms.txt`` (``workspace_acronyms``, ``read_acronyms``).
"""

from __future__ import annotations

from pathlib import Path

from drafter.review.checks.acronym_list import FILE_NAME as ACRONYMS_FILE
from drafter.review.checks.acronym_list import bundled_acronyms, read_acronyms, workspace_acronyms
from drafter.review.findings import KINDS, SEVERITIES, SEVERITY_BY_KIND, Finding
from drafter.review.report import ReviewReport

__all__ = ["ACRONYMS_FILE", "Finding", "KINDS", "ReviewReport", "SEVERITIES", "SEVERITY_BY_KIND", "bundled_acronyms",
           "is_draft_target", "read_acronyms", "render_text", "review", "workspace_acronyms",
           "render_html", "write_html"]


def review(workspace, target, *, against: int | None = None, period: str | None = None,
           area: str | None = None, figures_only: bool = False) -> ReviewReport:
    """Review a draft (``target`` an int id) or a statement file (a path).

    Parameters
    ----------
    workspace : Workspace
    target : int, str or Path
        A draft id, or a statement file in any format the corpus accepts. A
        ``drafter.statement.Statement`` is accepted too (reviewed as it is).
    against : int, optional
        The corpus statement to compare with; default the most recent
        statement of the same force dated before the target.
    period : str, optional
        Figures period (``2022``, ``2023-Q2``, ``2022/23``); default the
        draft's period, or for a statement the period it says it covers, else
        the one period its title names, else the last full calendar year
        before its date.
    area : str, optional
        Figures area; default the draft's area or the statement's force.
    figures_only : bool
        Check the numbers alone: no comparison with past statements, no
        acronyms, coverage or plain English (the template check's review).

    Raises
    ------
    NotFound
        No draft or statement with that id.
    IngestError
        The file cannot be read as a statement.
    BadPeriod
        ``period`` is not a period.
    """
    from drafter.review.run import run_review

    return run_review(workspace, target, against=against, period=period, area=area, figures_only=figures_only)


def is_draft_target(target) -> bool:
    """True when ``target`` names a draft (an int, or a string of digits that is not a file)."""
    if isinstance(target, bool):
        return False
    if isinstance(target, int):
        return True
    return isinstance(target, str) and target.isdigit() and not Path(target).exists()


def render_text(report: ReviewReport, width: int | None = None) -> str:
    """The report as plain text wrapped to ``width`` columns (None: no wrapping)."""
    from drafter.review.output.text import render

    return render(report, width=width)


def render_html(report: ReviewReport) -> str:
    """The report as one self-contained HTML page."""
    from drafter.review.output.html import render

    return render(report)


def write_html(report: ReviewReport, path: Path | str) -> Path:
    """Write the report as one self-contained HTML page (whole or not at all)."""
    from drafter.review.output.html import write

    return write(report, path)
