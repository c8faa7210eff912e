"""An arrow in a table row ("▲", "▼", "↑", "↓", in a Trend column or beside
the change, "▼ 2.2%") says which way the row's figure moved. One pointing
against it is a ``direction`` error: an arrow copied with last quarter's
table stays where the new quarter's change went the other way.

Which way the figure moved is read from the row's two period cells its
change is between (``claims.tables.compared_cells``, in a key-figures row
the pair its change column's heading names), else from the sign the row's
one change is written with; a row that settles neither is left alone.
"""

from __future__ import annotations

from drafter.claims.numbers import NumberMention
from drafter.claims.tables import DOWN_ARROWS, UP_ARROWS, compared_cells
from drafter.nlp import text_of
from drafter.review.findings import Finding
from drafter.statement import CELL_SEPARATOR

_UP, _DOWN = UP_ARROWS, DOWN_ARROWS
_CHANGE_KINDS = ("percent", "points", "count", "small")


def check_paragraph(paragraph, numbers: list[NumberMention]) -> list[Finding]:
    if paragraph.kind != "table" or paragraph.doc is None:
        return []
    text = text_of(paragraph.doc)
    found = []
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        arrows = [(at, mark) for at, mark in enumerate(line) if mark in _UP or mark in _DOWN]
        if line_start and arrows and CELL_SEPARATOR in line and len({mark in _UP for _, mark in arrows}) == 1:
            row = [n for n in numbers if line_start <= n.start < line_end]
            moved = _moved(text, line_start + arrows[0][0], row)
            if moved is not None and moved[0] != 0 and (moved[0] > 0) != (arrows[0][1] in _UP):
                label = line.split(CELL_SEPARATOR, 1)[0].strip()
                found.append(Finding(
                    "direction", paragraph.section_label, paragraph.number,
                    f"{arrows[0][1]} in the row '{label}' says it {'rose' if arrows[0][1] in _UP else 'fell'}, "
                    f"but {moved[1]}: turn the arrow round", line, index=paragraph.index))
        line_start = line_end + 1
    return found


def _moved(text: str, arrow_at: int, row: list[NumberMention]) -> tuple[float, str] | None:
    """How far and which way the row's figure moved, and the words saying so."""
    cells = [n for n in row if n.table_cell and n.period and n.kind in ("count", "small", "percent")]
    changes = [n for n in row if not n.table_cell and n.kind in _CHANGE_KINDS]
    pair = compared_cells(text, changes[0].start if len(changes) == 1 else arrow_at, cells,
                          changes[0] if len(changes) == 1 else None)
    if pair is not None:
        earlier, later = pair
        went = "rose" if later.value > earlier.value else "fell"
        return later.value - earlier.value, (f"it {went} from {earlier.text} ({earlier.period}) to "
                                             f"{later.text} ({later.period})")
    if len(changes) != 1 or not changes[0].start or text[changes[0].start - 1] not in "+-−":
        return None
    sign = text[changes[0].start - 1]
    written = sign + text[changes[0].start:changes[0].end]
    return (changes[0].value if sign == "+" else -changes[0].value), f"its change is {written}"
