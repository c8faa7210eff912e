"""A table's numbers read as a reader reads them: a cell holding only a
number is the figure its row names, for the period heading its column.

Statements set out figures as tables ("Offence | 2021 | 2022" over
"Residential burglary | 14,100 | 15,326"). The number in a cell names neither
its measure nor its period beside it; the row's label and the column's
heading do. Only tables whose header row names periods, one to a heading
cell and nothing else ("2021", "2022/23", "Year ending March 2023"), are read
this way; a heading that says more ("2021 rate") leaves its column to the
ordinary reading, as do cells holding words.
"""

from __future__ import annotations

import re

from drafter.statement import CELL_SEPARATOR, cells_of

_WORDS = re.compile(r"[^\W_]")


def period_headed_cells(text: str) -> dict[int, tuple[int, str]]:
    """Where each number-only cell of a period-headed table starts in
    ``text`` → (where it ends, the period heading its column); empty for
    any other text."""
    if "\n" not in text or CELL_SEPARATOR not in text:
        return {}
    rows = cells_of(text)
    if len(rows) < 2 or len(rows[0]) < 2 or any(len(row) != len(rows[0]) for row in rows):
        return {}
    headings = [_heading_period(cell) for cell in rows[0]]
    if not any(headings[1:]):
        return {}
    cells: dict[int, tuple[int, str]] = {}
    row_start = len(text.split("\n", 1)[0]) + 1
    for row in rows[1:]:
        cell_start = row_start
        for cell, period in zip(row, headings):
            stripped = cell.strip()
            if period is not None and stripped and not _has_words(stripped):
                start = cell_start + len(cell) - len(cell.lstrip())
                cells[start] = (start + len(stripped), period)
            cell_start += len(cell) + len(CELL_SEPARATOR)
        row_start += len(CELL_SEPARATOR.join(row)) + 1
    return cells


def _heading_period(cell: str) -> str | None:
    from drafter.figures.period_text import find_periods

    phrases = [phrase for phrase in find_periods(cell) if phrase.period is not None]
    if len(phrases) != 1:
        return None
    rest = cell[:phrases[0].start] + cell[phrases[0].end:]
    return None if _WORDS.search(rest) else str(phrases[0].period)


def _has_words(cell: str) -> bool:
    """Letters beside the number: a cell of words, read as a sentence."""
    return any(character.isalpha() for character in cell)
