"""What can be wrong with a figures file, and reading one value as offices write it.

A problem names where it is: a CSV line (``line 5: ...``) or a workbook cell
(``Table P1!D12: ...``); problems with the whole file name neither. Values
come as spreadsheets hold them: numbers, or text with thousands separators (a comma or a space),
``%`` or ``£``; the markers statisticians put where there is no figure
(``[x]``, ``[c]``, ``..``, ``-``) mean "no figure", never 0.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from drafter.figures.exact import SPACED_THOUSANDS, without_separators
from drafter.figures.model import GBP, PERCENT

_VALUE_RE = re.compile(
    rf"""(?P<sign>[-−]?)\s*(?P<pound>£)?\s*
        (?P<number>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|{SPACED_THOUSANDS}(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)\s*
        (?P<scale>k|thousand|m|mn|million|bn|billion)?\s*
        (?P<percent>%)?""",
    re.VERBOSE | re.IGNORECASE,
)
_SCALES = {"k": 10**3, "thousand": 10**3, "m": 10**6, "mn": 10**6, "million": 10**6,
           "bn": 10**9, "billion": 10**9}
_UNIT_NAMES = {
    "%": PERCENT, "percent": PERCENT, "per cent": PERCENT, "percentage": PERCENT, "pct": PERCENT,
    "£": GBP, "gbp": GBP, "pounds": GBP, "pound": GBP,
}

# Official statistics mark a missing or withheld figure instead of leaving the
# cell blank: [x] not available, [c] confidential, [z] not applicable, [u] or
# [low] low reliability, ".." and ":" not available, "-" or a dash nil or not
# available. None of them is a zero.
NO_FIGURE = frozenset({"", "[x]", "[c]", "[z]", "[u]", "[low]", "[k]", "[w]", "x", "c", "z", "..",
                       "...", "…", ".", ":", "-", "–", "—", "*", "n/a", "na", "n/k", "not available",
                       "#n/a", "none", "(c)", "(x)", "(z)"})
# A small number withheld ("<5", "< 10", "≤3"): suppressed, so no figure, neither 0 nor the bound.
_SUPPRESSED_SMALL = re.compile(r"[<≤]\s*\d+")
# A qualifying mark after a number ("12.3 [u]", "45 [note 2]", "15*" provisional, "7†", "66 (p)"
# provisional, "412 (r)" revised, "58¹" a footnote) leaves the number standing; a "*" alone is no figure.
_TRAILING_MARK = re.compile(r"(?<=\S)\s*(\[[^\]]*\]|\(\s*(?:note[^)]*|p|r|e|est\.?|estimated?|prov\.?|provisional|"
                            r"revised)\s*\)|[*†‡]+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*$", re.IGNORECASE)


class Problem(str):
    """One thing wrong with a figures file: ``line 5: value 'n/a' is not a
    number`` or ``Table P1!D12: '12a' is not a number``.

    ``line`` (a CSV line) or ``cell`` (``Sheet!A1``) says where, or neither
    for the whole file; ``reason`` is the text without the place (the CLI
    prints ``FILE:LINE: reason`` or ``FILE: CELL: reason``). ``needs`` names
    what the importer could be told to settle the problem (a "period" for
    columns that name none), so a front end can say how.
    """

    line: int | None
    cell: str | None
    reason: str
    needs: str | None

    def __new__(cls, reason: str, line: int | None = None, *, cell: str | None = None,
                needs: str | None = None):
        where = f"line {line}: " if line is not None else f"{cell}: " if cell else ""
        self = super().__new__(cls, where + reason)
        self.line, self.cell, self.reason, self.needs = line, cell, reason, needs
        return self


class FormulaCell(str):
    """A workbook cell whose formula gives no number: an error such as
    ``#DIV/0!`` (the cell's text), or a result never worked out and saved (the
    formula's text). Spreadsheet readers give both as an empty cell, which
    would read as "no figure"; ``reason`` says what is wrong instead."""

    reason: str

    @classmethod
    def failed(cls, error: str) -> "FormulaCell":
        cell = cls(error)
        cell.reason = f"the cell's formula gives {error}, not a number: correct it, or leave the cell blank"
        return cell

    @classmethod
    def unsaved(cls, formula: str) -> "FormulaCell":
        cell = cls(f"={formula}")
        shown_formula = f" (={formula})" if formula else ""
        cell.reason = (f"the cell's formula{shown_formula} has no saved result: open the file in a "
                       "spreadsheet program and save it again")
        return cell


def not_a_number(value: object, wording: str = "{} is not a number") -> str:
    """Why a cell's content is no number: ``wording`` with the content quoted,
    or what is wrong with its formula."""
    return value.reason if isinstance(value, FormulaCell) else wording.format(shown(value))


def parse_value(text: str) -> tuple[Decimal, str | None]:
    """Read a value as written in a spreadsheet: ``(number, unit it implies)``.

    ``65,450`` → (65450, None); ``18.5%`` → (18.5, "percent");
    ``£2m`` / ``£2 million`` → (2000000, "GBP"). Raises ValueError otherwise.
    """
    match = _VALUE_RE.fullmatch(text.strip())
    if not match or (match["percent"] and (match["pound"] or match["scale"])):
        raise ValueError(text)
    number = Decimal(without_separators(match["number"]))
    if match["scale"]:
        number *= _SCALES[match["scale"].lower()]
    if match["sign"]:
        number = -number
    unit = PERCENT if match["percent"] else GBP if match["pound"] else None
    return number, unit


def normalise_unit(text: str) -> str | None:
    cleaned = text.strip()
    if not cleaned:
        return None
    return _UNIT_NAMES.get(cleaned.lower(), cleaned.lower())


def is_no_figure(value: object) -> bool:
    """Whether a cell holds no figure: empty, or a missing-value marker.

    A formula that failed is never one, though ``#N/A`` typed in is: a lookup
    that found nothing is a mistake to correct, not a figure left out."""
    if value is None:
        return True
    if isinstance(value, FormulaCell):
        return False
    return isinstance(value, str) and (value.strip().lower() in NO_FIGURE
                                       or _SUPPRESSED_SMALL.fullmatch(value.strip()) is not None)


def cell_number(value: object) -> tuple[Decimal, str | None] | None:
    """A spreadsheet cell as ``(number, implied unit)``; None for no figure.

    Numbers stored as numbers come through as they are; text is read with
    :func:`parse_value` after any trailing mark (``[u]``, ``[note 2]``).
    Raises ValueError for anything else (a date, ``12a``, ``TRUE``).
    """
    if is_no_figure(value):
        return None
    if isinstance(value, (bool, FormulaCell)):
        raise ValueError(value)
    if isinstance(value, int):
        return Decimal(value), None
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(value)
        # repr keeps the shortest decimal that reads back as this float (0.1, not 0.1000000000000000055).
        return Decimal(repr(value)), None
    if not isinstance(value, str):
        raise ValueError(value)
    text, previous = value, None
    while text != previous:  # "12.3 [u] *": each mark in turn
        previous, text = text, _TRAILING_MARK.sub("", text)
    if is_no_figure(text):
        return None
    try:
        return parse_value(text)
    except (ValueError, InvalidOperation):
        raise ValueError(value) from None


def shown(value: object) -> str:
    """A cell's content as a message quotes it."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return repr(value) if isinstance(value, str) else repr(str(value))
