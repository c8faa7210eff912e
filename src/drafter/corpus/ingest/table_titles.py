"""Column titles grouped over two header rows made one title a column, in
any format: a title spanning the columns below it ("Offences" over "Jul to
Sep 2025 | Jul to Sep 2026"), one spanning both rows beside them
("Measure"). Each column keeps its lowest title, and a group's words before
it only where they name a period ("2026" over "Q1 | Q2"), so a column headed
by a period is read as that period's whatever group stands over it."""

from __future__ import annotations


def column_title(titles: list[str]) -> str:
    """One column's title from its titles top to bottom, each given once."""
    from drafter.figures.period_text import find_periods

    words = [title for title in titles if title]
    if not words:
        return ""
    groups = [title for title in words[:-1] if any(p.period is not None for p in find_periods(title))]
    return " ".join([*groups, words[-1]])


def word_header_joined(spans: list[list[tuple[int, str | None]]], rows: list[list[str]]) -> list[list[str]]:
    """A Word table's rows (each cell's text) with its first two rows made
    one row of titles where their cells span columns (``gridSpan``) or rows
    (``vMerge``): ``spans`` gives each cell's (columns spanned, "restart" or
    "continue" or None). Any other table's rows as they are."""
    if len(rows) < 3 or len(spans) < 2 or not any(
            span > 1 for span, _ in spans[0]) and not any(merge == "continue" for _, merge in spans[1]):
        return rows
    grid: dict[tuple[int, int], tuple[int, int]] = {}
    for row in (0, 1):
        column = 0
        for index, (span, merge) in enumerate(spans[row]):
            key = grid.get((row - 1, column), (row, index)) if merge == "continue" else (row, index)
            for across in range(span):
                grid[(row, column + across)] = key
            column += span
    width = max(len(row) for row in rows[2:])
    if any((row, column) not in grid for row in (0, 1) for column in range(width)) \
            or any(len(row) != width for row in rows[2:]):
        return rows
    titles = [column_title([rows[row][index] for row, index in dict.fromkeys(grid[(r, column)] for r in (0, 1))])
              for column in range(width)]
    return [titles, *rows[2:]]
