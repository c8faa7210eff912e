"""Ranks set out in a table: a column titled as a rank ("Rank of 43 forces",
"Most similar group rank", "Position nationally") whose cells are places
("18th", "3rd of 8", "21st="). A table does not say whether its 1st is the
highest or the lowest, nor often on which figure (count or rate) or period
it ranks, so review names each such place for checking against its source,
and copy forward lists it for the writer to give for the new period; neither
passes it in silence, as both did."""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.statement import cells_of

_RANK_TITLE = re.compile(r"\b(?:rank(?:ing|ed)?|position|place|league\s+table)\b", re.IGNORECASE)
_PLACE = re.compile(r"^(?:joint\s+|=\s*)?(?P<place>\d{1,2}(?:st|nd|rd|th))\s*=?(?:\s+(?:of|out\s+of|/)\s+\d{1,2})?"
                    r"(?:\s*\([^)]*\))?$", re.IGNORECASE)


@dataclass(frozen=True)
class TablePlace:
    """One place in a table's rank column: the cell as written, its row's label and its column's title."""

    text: str
    row: str
    column: str

    def described(self) -> str:
        """"18th (Rank of 43 forces, Knife crime offences per 100,000)"."""
        return f"{self.text} ({self.column}, {self.row})" if self.row else f"{self.text} ({self.column})"


def places_in_table(text: str) -> list[TablePlace]:
    """Every place in ``text``'s rank columns (``text`` a table's, its first row the titles)."""
    rows = [[cell.strip() for cell in row] for row in cells_of(text)]
    if len(rows) < 2:
        return []
    titles = rows[0]
    ranked = [index for index, title in enumerate(titles) if index and _RANK_TITLE.search(title)]
    return [TablePlace(row[index], row[0], titles[index]) for row in rows[1:] for index in ranked
            if index < len(row) and _PLACE.match(row[index])]
