"""A new value written as the number it replaces was written: its digits'
grouping and separator, its decimals, a small count in words, and a bound
kept true ("more than 1,500" of 1,684 is "more than 1,600"). Copy forward
writes every moved number through here."""

from __future__ import annotations

import re
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from drafter.claims.number_words import count_in_words
from drafter.claims.numbers import NumberMention
from drafter.figures.exact import SPACED_THOUSANDS, round_half_away, without_separators
from drafter.figures.period_text import keep_case

_DIGITS = re.compile(rf"(?:{SPACED_THOUSANDS}|\d[\d,]*)(?:\.\d+)?")


def restyle(mention: NumberMention, value: Decimal) -> str | None:
    """``value`` written as ``mention`` (written in digits) was; None when the
    words before it cannot be true of it ("nearly 5,000" of 5,012)."""
    if mention.in_words:  # "Seven county lines were closed": a small count said in words stays in words
        words = count_in_words(float(value), mention.text)
        return keep_case(words, mention.text) if words is not None else None
    found = _DIGITS.search(mention.text)
    if not found:
        return mention.text
    digits = found.group()
    written = Decimal(without_separators(digits))
    scale = Decimal(str(mention.value)) / written if written else Decimal(1)
    shown_value = abs(value) / scale if scale else abs(value)
    if mention.approximate and mention.decimals == 0:
        unit = _significance(int(written))
        rounded = round_half_away(shown_value / unit, 0) * unit
        # A bound must stay true: "more than 1,500" of 1,684 is "more than 1,600", "fewer than 200" of 212
        # "fewer than 300"; "nearly 5,000" of 5,012 cannot be said (None: the writer rewords it).
        if mention.bound == "above" and rounded > shown_value:
            rounded = (shown_value / unit).to_integral_value(rounding=ROUND_FLOOR) * unit
            while not rounded and unit > 1:  # "more than 1,000" of 900 is "more than 900", not "more than 0"
                unit //= 10
                rounded = (shown_value / unit).to_integral_value(rounding=ROUND_FLOOR) * unit
        elif mention.bound == "below" and rounded < shown_value:
            if mention.close:
                return None
            rounded = (shown_value / unit).to_integral_value(rounding=ROUND_CEILING) * unit
        shown_value = rounded
    number = round_half_away(shown_value, mention.decimals)
    whole = len(without_separators(digits.split(".")[0]))
    separator = next((c for c in digits if not c.isdigit() and c != "."), ",")  # "1 204" rolls on as "1 310"
    grouped = separator != "," or "," in digits or (whole < 4 and number >= 1000)
    text = f"{number:,.{mention.decimals}f}" if grouped else f"{number:.{mention.decimals}f}"
    text = text.replace(",", separator)
    new = mention.text[:found.start()] + text + mention.text[found.end():]
    if mention.kind == "points":
        one = number == 1
        new = re.sub(r"percentage points?\b", "percentage point" if one else "percentage points", new)
    return new


def _significance(value: int) -> int:
    unit = 1
    while value and value % (unit * 10) == 0:
        unit *= 10
    return unit
