"""A key-figures row's signed change, the sign of its percentage change and
its arrow, a quarter on.

"| Homicides | 7 | 5 | 4 | +3 | ▲ |" rolled cell by cell gets this quarter's
cells beside last quarter's "+3" and "▲", which the new cells contradict. The
change is the gap between the two cells its column's heading names
(``claims.tables.compared_cells``), worked out again for their periods a
quarter on by ``figures.derived.change``; an arrow pointing against the way
the row's figure now moved is turned round. A row whose figures for the new
periods are not all stored keeps its change as written, listed as before.
"""

from __future__ import annotations

from drafter.claims.number_roles import signed
from drafter.claims.tables import TURNED_ARROW, UP_ARROWS, compared_cells
from drafter.errors import MissingFigure
from drafter.figures import derived
from drafter.figures.derived import shown
from drafter.figures.periods import Period
from drafter.statement import CELL_SEPARATOR

_TURNED, _UP = TURNED_ARROW, UP_ARROWS


def roll_table_rows(text: str, numbers, figures, mover, area: str | None, edits, result) -> None:
    """Each row's signed count change and arrows in ``text`` (a table's) moved
    with its cells: edits added to ``edits``, recorded in ``result``."""
    if "\n" not in text or CELL_SEPARATOR not in text or area is None:
        return
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        row = [n for n in numbers if line_start <= n.start < line_end]
        cells = [n for n in row if n.table_cell and n.period and n.matched is not None
                 and n.kind in ("count", "small", "percent")]
        given = [n for n in row if not n.table_cell and n.kind in ("count", "small", "percent", "points")]
        changes = [n for n in given if n.kind in ("count", "small") and signed(text, n.start)]
        moved = None
        for change in changes:
            now = _change_a_quarter_on(text, change.start, cells, figures, mover, area, change)
            if now is None:
                continue
            written = _signed(now.absolute, text[change.start - 1])
            moved = now.absolute
            if written == text[change.start - 1:change.end]:
                _no_longer_left(result, change.text, "no stored figure")  # it holds for its row as it stands
            elif edits.add(change.start - 1, change.end, written):
                _no_longer_left(result, change.text, "no stored figure")
                result.rolled.append({"old": text[change.start - 1:change.end], "new": written,
                                      "measure": now.current.measure, "area": area,
                                      "from_period": change.period or str(mover.main),
                                      "to_period": now.current.period, "source": now.current.source})
        for change in (n for n in given if n.kind in ("percent", "points") and signed(text, n.start)):
            # "-4.5%" moved to a rise keeps its number's new value but not its old sign
            now = _change_a_quarter_on(text, change.start, cells, figures, mover, area, change)
            if now is None or not now.absolute:
                continue
            sign = text[change.start - 1]
            if (now.absolute > 0) != (sign == "+") and edits.add(
                    change.start - 1, change.start, "+" if now.absolute > 0 else "−" if sign == "−" else "-"):
                written = next((entry["new"] for entry in result.rolled if entry.get("old") == change.text), None)
                _no_longer_left(result, written, "the other way")  # its sign says which way now
            moved = now.absolute
        arrows = [(line_start + at, mark) for at, mark in enumerate(line) if mark in _TURNED]
        if arrows and moved is None:  # by the pair the row's change is between, else the arrow's heading's
            now = _change_a_quarter_on(text, given[0].start if given else arrows[0][0], cells, figures, mover, area,
                                       given[0] if len(given) == 1 else None)
            moved = now.absolute if now is not None else None
        for at, mark in arrows:
            if moved and (moved > 0) != (mark in _UP) and edits.add(at, at + 1, _TURNED[mark]):
                result.rolled.append({"old": mark, "new": _TURNED[mark], "measure": None, "area": area,
                                      "from_period": str(mover.main), "to_period": str(mover.target)})
        line_start = line_end + 1


def _change_a_quarter_on(text: str, at: int, cells, figures, mover, area: str, change=None):
    pair = compared_cells(text, at, cells, change)
    if pair is None or pair[0].matched.measure != pair[1].matched.measure:
        return None
    earlier, later = (mover.move(Period.parse(cell.period)) for cell in pair)
    try:
        return derived.change(figures, pair[1].matched.measure, area, later, against=earlier)
    except MissingFigure:
        return None


def _signed(value, sign: str) -> str:
    if not value:
        return "0"
    minus = "−" if sign == "−" else "-"
    return f"+{shown(value)}" if value > 0 else f"{minus}{shown(-value)}"


def _no_longer_left(result, text: str | None, why: str) -> None:
    for entry in result.not_rolled:
        if entry.get("text") == text and why in entry.get("reason", ""):
            result.not_rolled.remove(entry)
            return
