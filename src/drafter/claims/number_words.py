"""Numbers written in words: "twenty-six", "two hundred and five", "two million"."""

from __future__ import annotations

import re

_WORD_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_WORD_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
              "seventy": 70, "eighty": 80, "ninety": 90}
_WORD_SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9}
_ANY_NUMBER_WORD = re.compile(rf"\b(?:{'|'.join([*_WORD_UNITS, *_WORD_TENS, *_WORD_SCALES])})\b", re.IGNORECASE)


def has_number_words(text: str) -> bool:
    """Whether ``text`` writes any number in words ("Seven county lines were closed")."""
    return _ANY_NUMBER_WORD.search(text) is not None


def parse_number_words(text: str) -> float | None:
    """``"twenty-six"`` → 26, ``"two million"`` → 2,000,000; None if not number words."""
    total, current, seen = 0.0, 0.0, False
    for word in re.split(r"[\s-]+", text.lower().strip()):
        if not word or word in ("and", "a"):
            continue
        if word in _WORD_UNITS:
            current += _WORD_UNITS[word]
        elif word in _WORD_TENS:
            current += _WORD_TENS[word]
        elif word in _WORD_SCALES:
            scale = _WORD_SCALES[word]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


# "half a million", "a quarter of a million", "three quarters of a million": a part of a scale word.
_PART_OF_SCALE = re.compile(r"\b(?:(?P<half>half)\s+an?|(?P<part>a|one|three)\s+quarters?\s+of\s+an?)\s+$",
                            re.IGNORECASE)


def part_of_scale(text: str, start: int, end: int, value: float) -> tuple[int, float]:
    """Where a scale word said in part starts, and its value ("more than half a million"
    is 500,000 from "half"); ``start`` and ``value`` as they are for any other number."""
    found = _PART_OF_SCALE.search(text, max(0, start - 30), start)
    if found is None or text[start:end].lower() not in _WORD_SCALES:
        return start, value
    part = 0.5 if found.group("half") else 0.75 if found.group("part").lower() == "three" else 0.25
    return found.start(), value * part


_UNIT_NAMES = {value: word for word, value in _WORD_UNITS.items()}


def small_number_words(value: float) -> str | None:
    """A whole number from zero to nineteen in words ("7" → "seven"); None for
    any other, which a sentence writes in figures or in words of its own choosing."""
    if value != int(value):
        return None
    return _UNIT_NAMES.get(int(value))


def count_in_words(value: float, like: str) -> str | None:
    """``value`` in words as ``like`` writes a count: "none" for nothing where
    it wrote "none" ("compared with none"), else :func:`small_number_words`."""
    if value == 0 and like.strip().lower() == "none":
        return "none"
    return small_number_words(value)


# "compared with none in the same quarter last year", "up from none": the earlier count, nothing.
_NONE_COMPARED = re.compile(r"\b(?:compared\s+(?:with|to)|up\s+from|against)\s+(?P<none>none)\b(?!\s+of\b)",
                            re.IGNORECASE)


def none_mentions(text: str, taken: list[tuple[int, int]]):
    """A count of nothing for each "none" a figure is compared with ("Two
    homicides were recorded, compared with none in the same quarter last
    year"): the earlier figure the sentence quotes, in a word."""
    from drafter.claims.numbers import NumberMention

    found = []
    for match in _NONE_COMPARED.finditer(text):
        start, end = match.span("none")
        if not any(start < e and s < end for s, e in taken):
            found.append(NumberMention(match.group("none"), start, end, 0.0, "", in_words=True))
    return found


# "to two this quarter", tagged as one date: the count, then when it was counted.
_WHEN_AFTER_COUNT = frozenset({"this", "last", "that"})


# What a number of them is a length of time, not a count: "for twenty years".
_TIME_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days", "hour",
                         "hours", "quarter", "quarters", "decade", "decades", "century", "centuries"})


def count_before_when(entity):
    """The number words leading a date entity that are a count said with its
    time ("fell from three to two this quarter"), or the whole entity when it
    is number words alone counting the word after it ("thirteen thousand seven
    hundred knife offences", which a model may take for a year), as a cardinal;
    else None."""
    from spacy.tokens import Span

    after = entity.doc[entity.end] if entity.end < len(entity.doc) else None
    if after is not None and after.tag_[:2] in ("NN", "JJ") and after.lower_ not in _TIME_UNITS \
            and entity[-1].like_num and parse_number_words(entity.text) is not None:
        return Span(entity.doc, entity.start, entity.end, label="CARDINAL")
    lead = 0
    while lead < len(entity) and (entity[lead].like_num and entity[lead].is_alpha
                                  or lead and entity[lead].text == "-"):
        lead += 1
    if not lead or lead >= len(entity) or entity[lead].lower_ not in _WHEN_AFTER_COUNT:
        return None
    return Span(entity.doc, entity.start, entity.start + lead, label="CARDINAL")
