"""Fitting text to a terminal's columns, for the CLI and the text review report.

``width`` None means "not a terminal": text is left whole, one record per
line, for grep and scripts.
"""

from __future__ import annotations

import textwrap


def wrap(text: str, width: int | None, indent: int = 0) -> str:
    """``text`` wrapped to ``width`` columns, continuation lines indented by
    ``indent`` to line up under a first line that follows an ``indent``-column
    prefix. Unchanged when ``width`` is None."""
    if width is None or indent + len(text) <= width:
        return text
    lines = textwrap.wrap(text, width=max(20, width - indent), break_on_hyphens=False)
    return ("\n" + " " * indent).join(lines) if lines else text


def fit(line: str, width: int | None) -> str:
    """A table row cut to ``width`` columns with an ellipsis (unchanged when None)."""
    if width is None or len(line) <= width:
        return line
    return line[: width - 1] + "…"
