"""A table's numbers read as a reader reads them: a cell holding only a
number is the figure its row names, for the period heading its column.

Statements set out figures as tables ("Offence | 2021 | 2022" over
"Residential burglary | 14,100 | 15,326"). The number in a cell names neither
its measure nor its period beside it; the row's label and the column's
heading do. Only tables whose header row names periods, one to a heading
cell and nothing else ("2021", "2022/23", "Year ending March 2023"), are read
this way; a heading that says more ("2021 rate") leaves its column to the
ordinary reading, as do cells holding words.

A web page's table is often headed "Last year | This year": when the
statement states the period it covers, "This year" (or "This quarter") is
that period, "Last year" ("Previous year", "Same quarter last year") the
same period a year before it and, in a quarter's statement, "Last quarter"
("Previous quarter") the quarter before it, as a reader takes them, in English
beside Welsh too ("Last quarter / Y chwarter diwethaf"). Without a stated
period such headings name nothing.
"""

from __future__ import annotations

import re

from drafter.statement import CELL_SEPARATOR, cells_of, table_text

_WORDS = re.compile(r"[^\W_]")
# A footnote's mark after a cell's number ("47¹", "3,547 (a)", "104 [note 2]", "12*") points
# to a note below the table; the number is still the cell's figure.
_FOOTNOTE_MARK = re.compile(r"(?:\s*(?:[\u00b9\u00b2\u00b3\u2070-\u2079]+|[*\u2020\u2021\u00a7]+|"
                            r"\((?:[a-z]|\d{1,2})\)|\[(?:note\s*)?(?:\d{1,2}|[a-z])\]))+$", re.IGNORECASE)
# Headings naming a period by where it lies from the one the statement covers (months back).
_RELATIVE_HEADINGS = (
    (re.compile(r"(?:this|current|latest)\s+(?:year|quarter|period)", re.IGNORECASE), 0),
    (re.compile(r"(?:(?:the\s+)?same\s+(?:quarter|period|months)\s+)?(?:last|previous|prior)\s+year|"
                r"(?:last|previous|prior)\s+year'?s?\s+(?:quarter|period)|"
                r"(?:the\s+)?(?:same\s+(?:quarter|period)\s+)?(?:a|one)\s+year\s+(?:earlier|before|ago)",
                re.IGNORECASE), -12),
    (re.compile(r"(?:the\s+)?(?:last|previous|prior|preceding)\s+quarter|(?:the\s+)?quarter\s+before",
                re.IGNORECASE), -3),
)


def period_headed_cells(text: str, stated_period: str | None = None) -> dict[int, tuple[int, str]]:
    """Where each number-only cell of a period-headed table starts in
    ``text`` → (where it ends, the period heading its column); empty for
    any other text. ``stated_period`` is the period the statement says it
    covers, which "This year" and "Last year" headings are read by."""
    if "\n" not in text or CELL_SEPARATOR not in text:
        return {}
    rows = cells_of(text)
    if len(rows) < 2 or len(rows[0]) < 2 or any(len(row) != len(rows[0]) for row in rows):
        return {}
    headings = [_heading_period(cell, stated_period) for cell in rows[0]]
    if not any(headings[1:]):
        return {}
    cells: dict[int, tuple[int, str]] = {}
    row_start = len(text.split("\n", 1)[0]) + 1
    for row in rows[1:]:
        cell_start = row_start
        for cell, period in zip(row, headings):
            stripped = _FOOTNOTE_MARK.sub("", cell.strip())
            if period is not None and stripped and not _has_words(stripped):
                start = cell_start + len(cell) - len(cell.lstrip())
                cells[start] = (start + len(stripped), period)
            cell_start += len(cell) + len(CELL_SEPARATOR)
        row_start += len(CELL_SEPARATOR.join(row)) + 1
    return cells


def in_an_earlier_column(period: str, cells: dict[int, tuple[int, str]]) -> bool:
    """Whether a cell of ``period`` stands in a column headed by an earlier
    period than another of its table's (``cells``, as ``period_headed_cells``
    gives them): "Last quarter" beside "This quarter", "2024/25" beside
    "2025/26". Such a column holds what the later one is compared with, as a
    sentence's "compared with 65" does, not a figure presented as now."""
    from drafter.figures.periods import Period

    own = Period.parse(period)
    return any(own.before(Period.parse(other)) for _, other in cells.values())


def _heading_period(cell: str, stated_period: str | None) -> str | None:
    from drafter.figures.period_text import find_periods

    halves = cell.split(" / ")
    if len(halves) == 2:  # in English and Welsh: "Last quarter / Y chwarter diwethaf"
        return next((period for half in halves if (period := _heading_period(half, stated_period))), None)

    phrases = [phrase for phrase in find_periods(cell) if phrase.period is not None]
    if not phrases and stated_period:
        return _relative_heading_period(cell, stated_period)
    if len(phrases) != 1:
        return None
    rest = cell[:phrases[0].start] + cell[phrases[0].end:]
    return None if _WORDS.search(rest) else str(phrases[0].period)


def _relative_heading_period(cell: str, stated_period: str) -> str | None:
    from drafter.figures.periods import Period

    heading = " ".join(cell.split()).strip(" :")
    stated = Period.parse(stated_period)
    if "quarter" in heading.lower() and stated.months_long != 3:
        return None  # "This quarter" over a year's figures names no period
    for pattern, months_back in _RELATIVE_HEADINGS:
        if pattern.fullmatch(heading):
            period = stated.shifted(months_back)
            return str(period) if period is not None else None
    return None


def period_a_title_names(title: str, stated_period: str | None) -> tuple[bool, str | None]:
    """(whether ``title``, a column's, names a period, the period it names): one named outright
    ("Rank 2025/26"), or by where it lies from the period the statement covers, anywhere in its
    words ("Rank of 43 forces last year"); (True, None) when it names one that cannot be worked
    out, as "last quarter" in a year's statement; (False, None) when it names none."""
    from drafter.claims.number_periods import claimed_periods
    from drafter.figures.periods import Period

    named = [phrase.period for phrase in claimed_periods(title) if phrase.period is not None]
    if named:
        return True, str(named[0])
    months = next((back for pattern, back in _RELATIVE_HEADINGS if back and pattern.search(title)), None)
    if months is None:
        return False, None
    stated = Period.parse(stated_period) if stated_period else None
    if stated is None or months == -3 and stated.months_long != 3:
        return True, None
    moved = stated.shifted(months)
    return True, str(moved) if moved is not None else None


def _has_words(cell: str) -> bool:
    """Letters beside the number: a cell of words, read as a sentence."""
    return any(character.isalpha() for character in cell)


_PERCENT_ROW = re.compile(r"\(%\)|%|\bper\s*cent\b|\bpercentage\b", re.IGNORECASE)


def in_a_percentage_row(text: str, start: int) -> bool:
    """Whether the cell at ``start`` is in a row whose first cell says its figures are
    percentages ("Victim satisfaction (%) | 73.4 | 71.9"), though no cell has a "%"."""
    line = text[text.rfind("\n", 0, start) + 1:start]
    first = line.split(CELL_SEPARATOR, 1)[0]
    return first != line and bool(_PERCENT_ROW.search(first))



# A change column's heading naming what it is measured on, in months before the latest period.
_CHANGE_ON = (
    (re.compile(r"\b(?:last|previous|prior)\s+year|\byear[\s-]+(?:on|over)[\s-]+year|\bannual\b|"
                r"\ba\s+year\s+(?:earlier|before|ago)|\byoy\b", re.IGNORECASE), 12),
    (re.compile(r"\b(?:last|previous|prior|preceding)\s+quarter|\bquarter[\s-]+(?:on|over)[\s-]+quarter|"
                r"\bqoq\b", re.IGNORECASE), 3),
)


def change_column_months(text: str, start: int) -> int | None:
    """How many months before the row's latest figure the change in the cell at
    ``start`` is measured from, as its column's heading says ("Change on last
    year" 12, "vs previous quarter" 3); None when the heading names neither."""
    header = text.split("\n", 1)[0].split(CELL_SEPARATOR)
    column = text[text.rfind("\n", 0, start) + 1:start].count(CELL_SEPARATOR)
    if "\n" not in text[:start] or column >= len(header):
        return None
    return next((months for pattern, months in _CHANGE_ON if pattern.search(header[column])), None)


def compared_cells(text: str, change_start: int, cells: list, change=None) -> tuple | None:
    """(earlier, later): the two period cells of a row the change at
    ``change_start`` is between. A row of two periods is its two cells; in a
    key-figures row ("This quarter | Last quarter | Same quarter last year |
    Change on last year") the change column's heading names which earlier
    one, measured from the row's latest. Under a heading naming neither
    ("Change") over three or more periods, the one earlier cell the change
    (``change``, the number in the cell) follows from, measured to the latest,
    when only one does; None when nothing settles it."""
    from drafter.figures.periods import Period

    dated = sorted(cells, key=lambda cell: Period.parse(cell.period).sort_key())
    months = change_column_months(text, change_start)
    if months is None:
        if len(dated) == 2 and dated[0].period != dated[1].period:
            return dated[0], dated[1]
        fitting = [cell for cell in dated[:-1] if change is not None and cell.period != dated[-1].period
                   and follows_from(text, change, cell, dated[-1])]
        return (fitting[0], dated[-1]) if len(dated) > 2 and len(fitting) == 1 else None
    base = Period.parse(dated[-1].period).shifted(-months) if dated else None
    earlier = next((cell for cell in dated if base is not None and cell.period == str(base)), None)
    return (earlier, dated[-1]) if earlier is not None else None


def follows_from(text: str, change, earlier, later) -> bool:
    """Whether ``change`` (a count, percentage or points, with its sign as written) is the move
    from ``earlier`` to ``later``, two cells of its row."""
    from drafter.figures.derived import percent_change

    if change.kind == "percent" and not earlier.text.endswith("%"):
        moved = percent_change(later.value, earlier.value)
        if moved is None:
            return False
    else:
        moved = later.value - earlier.value
    sign = text[change.start - 1:change.start]
    if sign == "+" and moved < 0 or sign in ("-", "−") and moved > 0:
        return False
    return change.matches(float(moved))


def periods_down_as_across(text: str) -> str:
    """A table with its periods down the first column and its measures across
    the header ("Quarter | Homicides | Knife crime offences" over "Jul to Sep
    2026 | 4 | 249") set the way its figures are read, measures down and
    periods across ("Quarter | Jul to Sep 2026" over "Homicides | 4"): each row
    then names its measure and each column its period. Any other text is
    returned as it is."""
    if "\n" not in text or CELL_SEPARATOR not in text:
        return text
    rows = cells_of(text)
    width = len(rows[0])
    if len(rows) < 2 or width < 2 or any(len(row) != width for row in rows):
        return text
    if any(_heading_period(cell, None) or not _has_words(cell) for cell in rows[0][1:]):
        return text
    if not all(_heading_period(row[0], None) for row in rows[1:]):
        return text
    return table_text([list(column) for column in zip(*rows)])


# The arrows a table row shows which way its figure moved by, each with the one pointing the
# other way: review reads them and copy forward turns them by the same table.
ARROW_PAIRS = (("▲", "▼"), ("△", "▽"), ("↑", "↓"), ("⬆", "⬇"), ("⇧", "⇩"), ("▴", "▾"), ("⬈", "⬊"), ("↗", "↘"))
UP_ARROWS = frozenset(up for up, _ in ARROW_PAIRS)
DOWN_ARROWS = frozenset(down for _, down in ARROW_PAIRS)
TURNED_ARROW = {**dict(ARROW_PAIRS), **{down: up for up, down in ARROW_PAIRS}}
