"""English for numbers: the filters sentence templates use, as plain functions.

Every function here is pure (numbers in, words out), so the rules can be read
and tested on their own. Templates get them as Jinja filters (see
``drafter.fill.render``); the review checks use the same rounding to compare a
number quoted in a draft with the one the figures give.

Rounding rule
    Values are rounded half away from zero on their *decimal* value, with
    :class:`decimal.Decimal`: 18.45 becomes 18.5 and 18.55 becomes 18.6
    (binary floating point would give 18.4 for the first), and -18.45 becomes
    -18.5. A float is read through its shortest decimal form (``repr``), so
    ``18.45`` means exactly 18.45.

Money
    Below £1 million amounts are shown in whole pounds with separators
    (£400,000, £999,999); pence are shown only for amounts under £1,000 that
    have them (£12.50). From £1 million up, amounts are given in millions to
    at most one decimal place (£1 million, £1.5 million, £135 million), and
    from £1 billion in billions. Rounding happens before the choice, so
    £999,999.50 rounds to £1,000,000 and is written £1 million.
"""

from __future__ import annotations

import re
from decimal import Decimal

from drafter.figures.derived import percent_change
from drafter.figures.exact import (
    MONEY_UNITS,
    PERCENT_UNITS,
    is_count_unit,
    round_half_away,
    to_decimal,
)
from drafter.figures.national import ordinal, place_words, region_phrase

__all__ = [
    "to_decimal", "round_half_away", "whole_number", "one_decimal", "fixed", "percent",
    "points", "money", "format_value", "plural", "counted", "noun", "article", "with_article",
    "and_list", "capitalise_first", "broadly_stable", "change_phrase", "change_verb", "change_short",
    "percent_change", "is_count_unit", "ordinal", "rank_phrase", "among_phrase",
]


MILLION = Decimal(1_000_000)
BILLION = Decimal(1_000_000_000)
# A count changed from fewer than this is worded without a percentage: from 1 to 2 is no
# "increase of 100.0%" a reader can use, and each case moves it by more than ten points.
FEWEST_FOR_A_PERCENTAGE = 10


# -- numbers ------------------------------------------------------------------
def fixed(value, places: int) -> str:
    """Exactly ``places`` decimal places with thousands separators: ``1,234.6``."""
    rounded = round_half_away(value, places)
    if rounded == 0:
        rounded = abs(rounded)  # no "-0.0"
    return f"{rounded:,.{places}f}"


def whole_number(value) -> str:
    """A count: ``65,450``; fractions are rounded (2.5 → ``3``)."""
    return fixed(value, 0)


def one_decimal(value) -> str:
    """One decimal place, always shown: ``15.4``, ``15.0``, ``1,234.6``."""
    return fixed(value, 1)


def percent(value, places: int = 1) -> str:
    """A percentage: ``18.5%`` (one decimal place unless told otherwise)."""
    return f"{fixed(value, places)}%"


def points(value, places: int = 1) -> str:
    """A difference between two percentages: ``2.3 percentage points``."""
    text = fixed(abs(to_decimal(value)), places)
    return f"{text} percentage point" + ("" if Decimal(text.replace(",", "")) == 1 else "s")


def _trim(number: Decimal) -> str:
    text = f"{number:,.1f}"
    return text[:-2] if text.endswith(".0") else text


def money(value, exact: bool = False) -> str:
    """Pounds as a statement writes them (see the module notes for the rules).

    ``exact=True`` always gives whole pounds with separators (£1,234,567).
    """
    amount = to_decimal(value)
    sign = "-" if amount < 0 else ""
    amount = abs(amount)
    pounds = round_half_away(amount, 0)
    if pounds < 1000 and round_half_away(amount, 2) != pounds and not exact:
        return f"{sign}£{round_half_away(amount, 2):,.2f}"
    if exact or pounds < MILLION:
        return f"{sign}£{pounds:,.0f}"
    millions = round_half_away(pounds / MILLION, 1)
    if millions < 1000:
        return f"{sign}£{_trim(millions)} million"
    billions = round_half_away(pounds / BILLION, 1)
    return f"{sign}£{_trim(billions)} billion"


def format_value(value, unit: str | None = None) -> str:
    """A figure in its own unit: ``18.5%``, ``£400,000``, ``65,450``, ``15.4``."""
    kind = (unit or "").strip().lower()
    if kind in PERCENT_UNITS:
        return percent(value)
    if kind in MONEY_UNITS:
        return money(value)
    number = to_decimal(value)
    return whole_number(number) if number == number.to_integral_value() else one_decimal(number)


def stored_value(value, unit: str | None = None) -> str:
    """A figure as stored, for listings and import reports: every decimal
    place it has (``0.44``, ``1,234.567``, ``18.25%``; a percentage at least
    one, ``82.0%``), where a sentence would round it; thousands separated,
    the unit's sign kept."""
    number = to_decimal(value)
    kind = (unit or "").strip().lower()
    places = max(0, -number.normalize().as_tuple().exponent)
    if kind in PERCENT_UNITS:
        # "82.0%", as the file and statements give a percentage, where "82%" read as another figure
        return f"{fixed(number, max(places, 1))}%"
    text = fixed(number, places)
    if kind in MONEY_UNITS:
        return f"-£{text[1:]}" if text.startswith("-") else f"£{text}"
    return text


# -- words ----------------------------------------------------------------------
_IRREGULAR = {
    "person": "people", "child": "children", "woman": "women", "man": "men",
    "knife": "knives", "life": "lives", "wife": "wives", "thief": "thieves", "half": "halves",
    "criterion": "criteria", "datum": "data",
}


def _plural_word(word: str) -> str:
    lower = word.lower()
    if lower in _IRREGULAR:
        plural_form = _IRREGULAR[lower]
        return plural_form.capitalize() if word[:1].isupper() else plural_form
    if re.search(r"[^aeiou]y$", lower):
        return word[:-1] + "ies"
    if re.search(r"(s|x|z|ch|sh)$", lower):
        return word + "es"
    return word + "s"


def noun(count, singular: str, plural_form: str | None = None) -> str:
    """The noun alone, in the number that agrees with ``count``.

    Only one (or minus one) takes the singular: 0 homicides, 1 homicide,
    1.5 homicides. Without ``plural_form`` the last word is made plural
    (``knife offence`` → ``knife offences``); give it for phrases such as
    ``record of crime`` → ``records of crime``.
    """
    if abs(to_decimal(count)) == 1:
        return singular
    if plural_form is not None:
        return plural_form
    head, _, last = singular.rpartition(" ")
    return f"{head} {_plural_word(last)}" if head else _plural_word(last)


def plural(count, singular: str, plural_form: str | None = None) -> str:
    """Count and noun: ``1 homicide``, ``45 homicides``, ``0 homicides``, ``65,450 offences``."""
    number = to_decimal(count)
    shown = whole_number(number) if number == number.to_integral_value() else one_decimal(number)
    return f"{shown} {noun(number, singular, plural_form)}"


def counted(count, singular: str, plural_form: str | None = None) -> str:
    """A count as a sentence gives it: ``no homicides`` for none, as writers
    put it (and review reads it), else as :func:`plural` does."""
    if to_decimal(count) == 0:
        return f"no {noun(0, singular, plural_form)}"
    return plural(count, singular, plural_form)


_LEADING_NUMBER = re.compile(r"[£$€]?\s*(\d[\d,]*)")
# Letters whose names start with a vowel sound: "an MP", "an HMICFRS report".
_VOWEL_SOUND_LETTERS = set("AEFHILMNORSX")
_A_BEFORE_VOWEL = ("uni", "use", "usu", "uti", "ubiq", "euro", "eu", "ewe", "one", "once", "ufo", "uk")
_AN_BEFORE_CONSONANT = ("hour", "honest", "honour", "heir")


def _spoken_starts_with_vowel(number: str) -> bool:
    """Whether a number's English name starts with a vowel sound.

    Only the leading group of digits is said first: 8, 80-89, 800-899 start
    "eight..." and 11 and 18 are "eleven" and "eighteen", in units, thousands
    or millions alike (an 18,000, an 11 million); everything else starts with
    a consonant sound (a 7.7% rise, a 100, a 1.5% rise).
    """
    digits = number.replace(",", "")
    if "," in number:
        leading = number.split(",", 1)[0]
    else:
        leading = digits[: len(digits) % 3 or 3]
    leading = leading.lstrip("0") or "0"
    if leading.startswith("8"):
        return True
    return len(leading) == 2 and leading in ("11", "18")


def article(text) -> str:
    """``a`` or ``an`` for the word or number that follows.

    Numbers are judged by how they are said (an 8.7% rise, an 18.5% rise,
    a 7.7% rise, an 11% rise, an 80% rise, a 1.5% rise, an 800, an £8 million);
    words by their first sound, with the usual exceptions (a unit, an hour)
    and capitalised abbreviations by their first letter's name (an MP).
    """
    word = str(text).strip()
    if not word:
        return "a"
    if word[0] in "-−":
        return "a"  # "a minus ..."
    if match := _LEADING_NUMBER.match(word):
        return "an" if _spoken_starts_with_vowel(match.group(1)) else "a"
    first = re.split(r"[\s\-/]", word, maxsplit=1)[0]
    letters = re.sub(r"[^A-Za-z]", "", first)
    if not letters:
        return "a"
    if len(letters) >= 2 and letters.isupper():
        return "an" if letters[0] in _VOWEL_SOUND_LETTERS else "a"
    lower = letters.lower()
    if lower.startswith(_AN_BEFORE_CONSONANT):
        return "an"
    if lower.startswith(_A_BEFORE_VOWEL):
        return "a"
    return "an" if lower[0] in "aeiou" else "a"


def with_article(text) -> str:
    """The text with ``a`` or ``an`` before it: ``an 18.5% rise``."""
    return f"{article(text)} {text}"


def and_list(items, joiner: str = "and") -> str:
    """``a``, ``a and b``, ``a, b and c`` (no serial comma, as in UK statements)."""
    parts = [str(item) for item in items]
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + f" {joiner} " + parts[-1]


def or_list(items) -> str:
    """``a``, ``a or b``, ``a, b or c``."""
    return and_list(items, "or")


def capitalise_first(text: str) -> str:
    """Upper-case the first letter only (``the West Midlands`` → ``The West Midlands``).

    Text that starts with a number is left alone (``45 homicides``).
    """
    for index, char in enumerate(text):
        if char.isalpha():
            return text[:index] + char.upper() + text[index + 1:]
        if char.isalnum():
            break
    return text


# -- change ---------------------------------------------------------------------
class _Change:
    """The facts a change phrase needs, worked out once."""

    def __init__(self, current, previous, unit, threshold):
        self.current = to_decimal(current)
        self.previous = to_decimal(previous)
        self.unit = (unit or "").strip().lower()
        self.in_points = self.unit in PERCENT_UNITS
        if self.current > self.previous:
            self.direction = "increase"
        elif self.current < self.previous:
            self.direction = "decrease"
        else:
            self.direction = "same"
        if self.in_points:
            self.amount = abs(self.current - self.previous)
        else:
            pct = percent_change(self.current, self.previous)
            self.amount = None if pct is None or self._too_few() else abs(pct)
        # Judge stability on the figure the reader will see (one decimal place).
        shown = None if self.amount is None else round_half_away(self.amount, 1)
        self.stable = (self.direction != "same" and shown is not None
                       and shown < to_decimal(threshold or 0))

    def _too_few(self) -> bool:
        return (is_count_unit(self.unit) and 0 < self.previous < FEWEST_FOR_A_PERCENTAGE
                and self.previous == self.previous.to_integral_value())

    def size(self) -> str:
        """``18.5%``, ``2.3 percentage points``, ``less than 0.1%``."""
        if self.amount is None:
            return ""
        if self.direction != "same" and round_half_away(self.amount, 1) == 0:
            return "less than 0.1 percentage points" if self.in_points else "less than 0.1%"
        return points(self.amount) if self.in_points else percent(self.amount)

    def was(self) -> str:
        """``when there were 55,219`` / ``when there was 1`` / ``when it was 70.1%``."""
        shown = format_value(self.previous, self.unit)
        if is_count_unit(self.unit):
            verb = "was" if self.previous == 1 else "were"
            return f"when there {verb} {shown}"
        return f"when it was {shown}"


def broadly_stable(current, previous, *, unit: str | None = None, threshold=0) -> bool:
    """Whether the change from ``previous`` to ``current`` is worded "broadly stable":
    it moved, by less than ``threshold`` per cent (percentage points for a
    percentage) as the sentence shows it, to one decimal place. The one rule the
    change filters and a template's ``change(...).stable`` share."""
    return _Change(current, previous, unit, threshold).stable


def _joined(*parts: str) -> str:
    return " ".join(part for part in parts if part)


def change_phrase(current, previous, *, unit: str | None = None, threshold=0,
                  compared_with: str = "the previous year", show_previous: bool = True) -> str:
    """A clause describing the change from ``previous`` to ``current``.

    ``an increase of 18.5% from the previous year, when there were 55,219``;
    ``a decrease of 3.1% from the previous year``; ``the same as the previous year``;
    ``unchanged on the same quarter a year earlier``.
    A change whose size, to one decimal place, is below ``threshold`` percent
    is ``broadly stable`` (its size still given, in brackets). Percentages
    (``unit="percent"``) change by percentage points, not per cent.
    ``compared_with=""`` leaves out what it is compared with
    (``a decrease of 3.1%``); ``show_previous=False`` leaves out the earlier value.
    """
    change = _Change(current, previous, unit, threshold)
    was = change.was() if show_previous else ""
    if change.direction == "same":
        if not compared_with:
            return "no change"
        # "the same as the same quarter a year earlier" says "the same" twice.
        same = "unchanged on" if re.match(r"the\s+same\b", compared_with, re.IGNORECASE) else "the same as"
        return f"{same} {compared_with}"
    against = f"from {compared_with}" if compared_with else ""
    if change.amount is None:
        if change.previous == 0:
            when = f"in {compared_with}" if compared_with else ""
            return _joined(f"{with_article(change.direction)} from none", when)
        return _joined(with_article(change.direction), against) + (f", {was}" if was else "")
    sized = f"{'an' if change.direction == 'increase' else 'a'} {change.direction} of {change.size()}"
    if change.stable:
        against = f"compared with {compared_with}" if compared_with else ""
        return _joined("broadly stable", against) + (f", {was}" if was else "") + f" ({sized})"
    return _joined(sized, against) + (f", {was}" if was else "")


def change_verb(current, previous, *, unit: str | None = None, threshold=0) -> str:
    """A verb phrase: ``increased by 39.6%``, ``decreased by 3.1%``, ``was unchanged``,
    ``was broadly stable (an increase of 0.5%)``, ``increased from none``."""
    change = _Change(current, previous, unit, threshold)
    if change.direction == "same":
        return "was unchanged"
    verb = "increased" if change.direction == "increase" else "decreased"
    if change.amount is None:
        return f"{verb} from {format_value(change.previous, change.unit)}" if change.previous \
            else f"{verb} from none"
    if change.stable:
        noun_phrase = f"{'an' if change.direction == 'increase' else 'a'} {change.direction}"
        return f"was broadly stable ({noun_phrase} of {change.size()})"
    return f"{verb} by {change.size()}"


def change_short(current, previous, *, unit: str | None = None, threshold=0) -> str:
    """A noun phrase: ``an 18.5% rise``, ``a 3.1% fall``, ``a 2.3 percentage point rise``,
    ``no change``, ``little change (a 0.5% rise)``."""
    change = _Change(current, previous, unit, threshold)
    if change.direction == "same":
        return "no change"
    word = "rise" if change.direction == "increase" else "fall"
    if change.amount is None:
        return f"a {word} from none" if not change.previous else f"a {word}"
    size = change.size()
    if size.startswith("less"):  # "a rise of less than 0.1%", not "a less than 0.1% rise"
        phrase = f"a {word} of {size}"
    else:
        phrase = with_article(f"{size.replace('percentage points', 'percentage point')} {word}")
    return f"little change ({phrase})" if change.stable else phrase


# -- ranks and the national figure ---------------------------------------------------
def rank_phrase(position: int, order: str = "highest", joint: bool = False) -> str:
    """``the highest``, ``the 8th highest``, ``the joint 3rd highest``, ``the joint lowest``:
    a place in a ranking, as a sentence gives it before "rate of ..."."""
    return f"the {'joint ' if joint else ''}{place_words(position)}{order}"


def among_phrase(out_of: int, group: str = "England and Wales", in_region: bool = False) -> str:
    """``of the 43 forces in England and Wales``, ``of the 4 forces in the West Midlands region``."""
    return f"of the {int(out_of)} forces in {region_phrase(group) if in_region else group}"
