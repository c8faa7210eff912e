"""Exact decimal numbers for figures: every value is read, compared and rounded
as a Decimal, so 18.45 rounds to 18.5 as a reader expects, never to 18.4 as
binary floating point would."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

PERCENT_UNITS = {"percent", "%", "per cent", "percentage"}
MONEY_UNITS = {"gbp", "£", "pounds"}
COUNT_UNITS = {"", "count", "number", "people", "persons", "offences", "incidents", "reports"}


# A space sets thousands apart as often as a comma does ("1 204", the GOV.UK style; a no-break,
# thin or narrow no-break space too), but only where no other reading is possible: one to three
# digits then groups of exactly three, within a line, not run on from another number ("1 204 1 310"
# is two table columns side by side, "0800 555 111" a telephone number) unless that number is a
# year ("In 2024 1 204 burglaries").
_THOUSANDS_SPACE = "[ \u00a0\u2009\u202f]"
SPACED_THOUSANDS = (rf"(?:(?<!\d{_THOUSANDS_SPACE})|(?<=(?<!\d)(?:19|20)\d\d{_THOUSANDS_SPACE}))(?<!\d)"
                    rf"\d{{1,3}}(?:{_THOUSANDS_SPACE}\d{{3}})+(?!\d|{_THOUSANDS_SPACE}\d)")
_SEPARATOR = re.compile(rf"(?<=\d)(?:,|{_THOUSANDS_SPACE})(?=\d{{3}}(?!\d))")


def without_separators(text: str) -> str:
    """Digits as Python reads them: "1,204" and "1 204" are both "1204"."""
    return _SEPARATOR.sub("", text)


def is_count_unit(unit: str | None) -> bool:
    return (unit or "").strip().lower() in COUNT_UNITS


def to_decimal(value) -> Decimal:
    """Any number (int, float, Decimal or numeric string) as an exact Decimal."""
    if isinstance(value, bool):
        raise TypeError("a number is needed, not a boolean")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, float):
        result = Decimal(repr(value))
    elif isinstance(value, str):
        try:
            result = Decimal(without_separators(value.strip()))
        except InvalidOperation:
            raise ValueError(f"not a number: {value!r}") from None
    else:
        raise TypeError(f"a number is needed, not {type(value).__name__}")
    if not result.is_finite():
        raise ValueError(f"not a finite number: {value!r}")
    return result


def round_half_away(value, places: int = 0) -> Decimal:
    """Round to ``places`` decimal places, halves away from zero (18.45 → 18.5)."""
    return to_decimal(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
