"""Column titles grouped over two header rows made one title a column, in
any format: a title spanning the columns below it ("Offences" over "Jul to
Sep 2025 | Jul to Sep 2026"), one spanning both rows beside them
("Measure"). Each column keeps its lowest title, and a group's words only
where they name a period ("2026" over "Q1 | Q2") or make one with it, in the
order that reads ("2026" over "Apr to Jun" is "Apr to Jun 2026", "Apr to Jun"
over "2025 | 2026" is "Apr to Jun 2025"), so a column headed by a period is
read as that period's whatever group stands over it."""

from __future__ import annotations

import re

_NUMBER = re.compile(r"^[-+−–]?[£$€]?\d[\d,. ]*%?$")


def column_title(titles: list[str]) -> str:
    """One column's title from its titles top to bottom, each given once."""
    from drafter.figures.period_text import find_periods

    words = [title for title in titles if title]
    if not words:
        return ""
    title = words[-1]
    for group in reversed(words[:-1]):
        # "2026" over "Apr to Jun" is April to June 2026, and "Apr to Jun" over "2025" is April
        # to June 2025: each reads as one period only in that order.
        joined = min((f"{group} {title}", f"{title} {group}"), key=_span)
        if _span(joined) < _span(title) or any(found.period is not None for found in find_periods(group)):
            title = joined
    return title


def _span(title: str) -> int:
    """The months of the shortest period a title names (13 when it names none)."""
    from drafter.figures.period_text import find_periods

    return min((found.period.months_long for found in find_periods(title) if found.period is not None), default=13)


def word_header_joined(spans: list[list[tuple[int, str | None]]], header: list[list[str]],
                       body: list[list[str]]) -> list[str] | None:
    """A Word table's first two rows (each cell's text) made one row of titles
    where their cells span columns (``gridSpan``) or rows (``vMerge``):
    ``spans`` gives each header cell's (columns spanned, "restart" or
    "continue" or None); ``body`` is the rows below, laid on the table's
    grid. None when the two rows are not one header over the body's columns."""
    if not body or len(spans) < 2 or len(header) < 2 or not any(
            span > 1 for span, _ in spans[0]) and not any(merge == "continue" for _, merge in spans[1]):
        return None
    if any(_is_figure(cell) for cell in header[1]):
        return None  # "Knife crime | Offences | 155 | 138": the first row of figures, under one row of titles
    grid: dict[tuple[int, int], tuple[int, int]] = {}
    for row in (0, 1):
        column = 0
        for index, (span, merge) in enumerate(spans[row]):
            key = grid.get((row - 1, column), (row, index)) if merge == "continue" else (row, index)
            for across in range(span):
                grid[(row, column + across)] = key
            column += span
    width = max(len(row) for row in body)
    if any((row, column) not in grid for row in (0, 1) for column in range(width)) \
            or any(len(row) != width for row in body):
        return None
    return [column_title([header[row][index] for row, index in dict.fromkeys(grid[(r, column)] for r in (0, 1))])
            for column in range(width)]


def _is_figure(cell: str) -> bool:
    """A cell holding a number that names no period ("155", "0.14", "12%"), as
    a row of figures has and a row of titles ("2025", "Q1 2026") has not."""
    from drafter.figures.period_text import find_periods

    text = cell.strip()
    return bool(_NUMBER.match(text)) and not any(found.period is not None for found in find_periods(text))
