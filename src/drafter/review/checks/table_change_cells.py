"""A change in a table row that follows from the row's cells as written, where
review found one of those cells wrong ("| Knife crime offences | 250 | 281 |
-31 |" when the figures give 249): held to the change between the cells'
stored figures, a ``wrong-figure`` when it differs, so that correcting the
cell corrects its change too, where the change was verified by the wrong cell.

Runs after the count checks, which find the cells wrong; the pair of cells a
change is between is :func:`drafter.claims.tables.compared_cells`'s, and the
change between stored figures :mod:`drafter.figures.derived`'s arithmetic.
"""

from __future__ import annotations

from drafter.claims.number_roles import signed
from drafter.claims.tables import compared_cells, follows_from
from drafter.errors import MissingFigure
from drafter.figures import derived
from drafter.figures.derived import shown
from drafter.figures.exact import round_half_away
from drafter.review.findings import Finding

_CELL_KINDS = ("count", "small", "percent")


def check_paragraph(evidence, paragraph, numbers) -> list[Finding]:
    if paragraph.kind != "table" or evidence.empty:
        return []
    text, found = paragraph.text, []
    rows: dict[tuple[int, int], list] = {}
    for mention in numbers:
        rows.setdefault(mention.sentence, []).append(mention)
    for row in rows.values():
        cells = [n for n in row if n.table_cell and n.period and n.kind in _CELL_KINDS]
        if not any(cell.status == "wrong" for cell in cells):
            continue
        for change in row:
            if change.table_cell or change.status not in ("verified", "unverified") \
                    or change.kind not in _CELL_KINDS or not signed(text, change.start):
                continue
            pair = compared_cells(text, change.start, cells, change)
            stored = _as_stored(pair, evidence) if pair is not None else None
            if stored is None or not follows_from(text, change, *pair):
                continue  # a change not following from the cells as written is arithmetic's to name
            should_be = _stored_change(text, change, pair, evidence)
            if should_be is None:
                continue
            change.status = "wrong"
            change.derivation = should_be[1]
            wrong = [cell for cell in pair if cell.status == "wrong"]
            line_start = text.rfind("\n", 0, change.start) + 1
            found.append(Finding(
                "wrong-figure", paragraph.section_label, paragraph.number,
                f"{text[change.start - 1:change.end]} follows from {' and '.join(cell.text for cell in wrong)} in "
                f"its row, which the figures give as "
                f"{' and '.join(shown(v) for c, v in zip(pair, stored) if c.status == 'wrong')}: the change from "
                f"{pair[0].period} to {pair[1].period} is {should_be[0]}",
                text[line_start:].split("\n", 1)[0], index=paragraph.index))
    return found


def _as_stored(pair: tuple, evidence) -> tuple[float, float] | None:
    """The stored figures of a row's two cells (earlier, later) where review found one of
    them wrong, a cell found right as written; None where neither is wrong or one has no figure."""
    if not any(cell.status == "wrong" for cell in pair):
        return None
    stored = []
    for cell in pair:
        if cell.status != "wrong":
            stored.append(cell.value)
            continue
        figure = evidence.get(cell.measure, cell.period) if cell.measure else None
        if figure is None:
            return None
        stored.append(float(figure.value))
    return stored[0], stored[1]


def _stored_change(text: str, change, pair: tuple, evidence) -> tuple[str, str] | None:
    """The change between the two cells' stored figures as a table writes it, and how it was
    worked out (:func:`drafter.figures.derived.change`), where ``change`` is not it; None where it is,
    or cannot be worked out."""
    measure = next(cell.measure for cell in pair if cell.status == "wrong")
    try:
        moved = derived.change(evidence.figures, measure, evidence.area, pair[1].period, against=pair[0].period)
    except MissingFigure:
        return None
    as_percent = change.kind == "percent" and not pair[0].text.endswith("%")
    if as_percent and moved.percent is None:
        return None
    value = moved.percent if as_percent else moved.absolute
    sign = text[change.start - 1]
    if change.matches(float(value)) and ((sign == "+") == (value > 0) or value == 0 == change.value):
        return None
    places = 1 if as_percent or change.kind == "percent" else 0
    size = f"{round_half_away(abs(value), places):,.{places}f}"
    written = f"{'+' if value > 0 else '-' if value < 0 else ''}{size}" + (
        "%" if as_percent else " points" if change.kind == "percent" else "")
    derivation = moved.as_derived().derivation if as_percent or moved.in_points else \
        f"{measure}, {pair[0].period} → {pair[1].period}: {shown(moved.previous.value)} → {shown(moved.current.value)}"
    return written, derivation
