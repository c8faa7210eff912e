"""Ranks set out in a table: a column titled as a rank ("Rank of 43 forces",
"Most similar group rank", "Position nationally") whose cells are places
("18th", "3rd of 8", "21st=").

Each place is read as a rank claim (:class:`drafter.claims.ranks.RankClaim`)
and checked as one, as "ranked 18th" is: a table does not say whether its
1st is the highest or the lowest, so either end may be meant (unless its
title says, "Rank (1 = lowest)"), and unless its
row names a rate ("per 100,000") the place holds of the count or, failing
that, of the usual rate. Its measure is the one its row's label names (or,
in a table whose rows are forces, the one the titles name), its force the
row's when the row names one, else the statement's, and its period the one
the column's title names, else the statement's. The group is the column
title's: the 43 forces ("of 43", "national"), a region, Wales, or the most
similar group, which drafter has no list of. A title that names no group
("Rank") holds a place that holds among the 43 forces; one that does not is
left for checking rather than called wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.claims.measures import base_measure
from drafter.claims.rank_groups import SIMILAR_WORDS, region_named
from drafter.claims.ranks import PER_BASES, PER_QUOTED, SIMILAR, RankClaim, named_measures
from drafter.claims.tables import period_a_title_names
from drafter.figures.national import COUNTRY, FORCES, HIGHEST, LOWEST, REGION
from drafter.figures.model import POPULATION
from drafter.figures.periods import Period
from drafter.forces import ENGLAND, force_named
from drafter.statement import CELL_SEPARATOR

_RANK_TITLE = re.compile(r"\b(?:rank(?:ing|ed)?|position|place|league\s+table)\b", re.IGNORECASE)
_PLACE = re.compile(r"^(?P<written>(?P<joint>joint\s+|=\s*)?(?P<place>\d{1,2})(?:st|nd|rd|th)(?:\s*(?P<tied>=))?)"
                    r"(?:\s+(?:of|out\s+of|/)\s+(?P<out_of>\d{1,2}))?(?:\s*\([^)]*\))?$", re.IGNORECASE)
_THE_43 = re.compile(r"\b(?:43|forty[\s-]three)\b|\bnational(?:ly)?\b|england\s+(?:and|&)\s+wales|"
                     r"\ball\s+forces\b", re.IGNORECASE)
# "Rank (1 = lowest)", "Position (1st = highest rate)": a title saying which end its 1st is.
_FIRST_IS = re.compile(r"\b1(?:st)?\s*=\s*(?:the\s+)?(?P<end>highest|most|largest|lowest|fewest|smallest)\b",
                       re.IGNORECASE)
NO_GROUP_NAMED = "its column's title does not say among which forces it ranks"


@dataclass(frozen=True)
class TablePlace:
    """One place in a table's rank column: the cell as written, its row's label and its column's title,
    and where the cell and the row start in the table's text."""

    text: str
    row: str
    column: str
    start: int = 0
    row_start: int = 0

    def described(self) -> str:
        """"18th (Rank of 43 forces, Knife crime offences per 100,000)"."""
        return f"{self.text} ({self.column}, {self.row})" if self.row else f"{self.text} ({self.column})"


def places_in_table(text: str) -> list[TablePlace]:
    """Every place in ``text``'s rank columns (``text`` a table's, its first row the titles)."""
    lines = text.split("\n")
    if len(lines) < 2:
        return []
    titles = [title.strip() for title in lines[0].split(CELL_SEPARATOR)]
    ranked = [index for index, title in enumerate(titles) if index and _RANK_TITLE.search(title)]
    places, row_start = [], len(lines[0]) + 1
    for line in lines[1:]:
        cells = _cells_where(line, row_start)
        places += [TablePlace(cells[index][0], cells[0][0], titles[index], cells[index][1], row_start)
                   for index in ranked if index < len(cells) and _PLACE.match(cells[index][0])]
        row_start += len(line) + 1
    return places


def _cells_where(line: str, line_start: int) -> list[tuple[str, int]]:
    """Each cell of a table's line, stripped, with where it starts in the table's text."""
    cells, at = [], line_start
    for raw in line.split(CELL_SEPARATOR):
        cells.append((raw.strip(), at + len(raw) - len(raw.lstrip())))
        at += len(raw) + len(CELL_SEPARATOR)
    return cells


@dataclass
class TableRank:
    """A table's place read as a rank claim; ``group_named`` is False for a column titled "Rank"
    alone, whose place is held among the 43 forces but left for checking when it does not hold there."""

    claim: RankClaim
    place: TablePlace
    group_named: bool = True


def rank_claims(text: str, doc, measures: tuple[str, ...], area: str | None, period) -> list[TableRank]:
    """The places in ``text``'s rank columns as rank claims, ready to check (see the module notes);
    ``doc`` is the table's parse, which the measures are found in."""
    places = places_in_table(text)
    if not places:
        return []
    mentions = [m for m in named_measures(doc, measures) if m.measure != POPULATION] if doc is not None else []
    titles_end = len(text.split("\n", 1)[0])
    claims = []
    for place in places:
        label_end = place.row_start + len(place.row)
        in_label = [m for m in mentions if place.row_start <= doc[m.start].idx < label_end]
        in_titles = [m for m in mentions if doc[m.start].idx < titles_end]
        row_force = force_named(place.row) if place.row else None
        chosen = in_label or (in_titles if row_force else [])
        claims.append(_claim(place, text, doc, chosen[0].measure if chosen else None,
                             row_force or area, period))
    return claims


def _claim(place: TablePlace, text: str, doc, measure: str | None, area: str | None, period) -> TableRank:
    written = _PLACE.match(place.text)
    # The claim is the place as written ("21st="), not what follows it ("of 43"), so copy forward
    # gives the new place in its stead.
    claim = RankClaim("rank", written.group("written"), place.start, place.start + written.end("written"),
                      text[place.row_start:].split("\n", 1)[0])
    claim.named_as = place.described()
    claim.measure, per = base_measure(measure) if measure else (None, None)
    quoted = PER_QUOTED.search(place.row) or PER_QUOTED.search(place.column)
    claim.per = per or (PER_BASES[quoted.group(1).lower()] if quoted else None)
    claim.basis_open = claim.per is None
    claim.position = int(written.group("place"))
    first_is = _FIRST_IS.search(place.column)
    claim.either_end = first_is is None
    if first_is is not None:
        claim.order = HIGHEST if first_is.group("end").lower() in ("highest", "most", "largest") else LOWEST
    claim.joint = bool(written.group("joint") or written.group("tied"))
    claim.area = area
    # "Rank of 43 forces last year": the year before the statement's; a title naming a period
    # that cannot be worked out leaves the place with none, for checking by hand.
    names, named = period_a_title_names(place.column, str(period) if period else None)
    claim.period = Period.parse(named) if named else None if names else Period.parse(period) if period else None
    return TableRank(claim, place, _set_group(claim, place.column, written.group("out_of")))


def _set_group(claim: RankClaim, title: str, out_of: str | None) -> bool:
    """Set the group the column ranks in, as its title names it (or the "of 43" its cell gives);
    False when neither names one."""
    if SIMILAR_WORDS.search(title) or re.search(r"\bsimilar\b|\bpeers?\b", title, re.IGNORECASE):
        claim.among = SIMILAR
        return True
    in_region, region = region_named(title, claim.area and force_named(claim.area))
    if in_region:
        claim.region = region
        claim.among = COUNTRY if region == ENGLAND else REGION
        return True
    claim.among = FORCES
    return bool(_THE_43.search(title) or out_of == "43")
