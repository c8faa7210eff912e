"""Places in a ranking as a statement writes them: "8th", "the eighth", "forty-third"."""

from __future__ import annotations


def ordinal(position: int) -> str:
    """``1st``, ``2nd``, ``3rd``, ``4th``, ``11th``, ``12th``, ``13th``, ``21st``, ``43rd``."""
    number = int(position)
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_TEENS = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
          "eighteenth", "nineteenth")
# "first" … "forty-third": every place among the 43 forces, in words.
ORDINAL_WORDS = {word: place for place, word in enumerate(_UNITS + _TEENS, 1)}
for _tens, _stem, _round in ((20, "twenty", "twentieth"), (30, "thirty", "thirtieth"), (40, "forty", "fortieth")):
    ORDINAL_WORDS[_round] = _tens
    ORDINAL_WORDS.update({f"{_stem}-{unit}": _tens + place for place, unit in enumerate(_UNITS, 1)
                          if _tens + place <= 43})


ORDINALS_IN_WORDS = {place: word for word, place in ORDINAL_WORDS.items()}
"""Each place in words, as a sentence writes it: 26 → "twenty-sixth"."""


def place_words(position: int | None) -> str:
    """The ordinal a rank phrase puts before its order, with its space: ``8th ``;
    nothing for the first place ("the highest", not "the 1st highest")."""
    return "" if not position or int(position) == 1 else ordinal(position) + " "
