"""Periods as Welsh sentences name them, for :mod:`drafter.figures.period_text`
(the one home for periods written in words), which finds and writes them with
its own.

Welsh mutates a month's first letter after some words ("rhwng Ebrill a
Mehefin 2026", "Ebrill i Fehefin 2026", "y flwyddyn hyd at Fehefin 2026",
"y 12 mis hyd at fis Mawrth 2026", "yn Nhachwedd"), so each month is read in
every form it takes, and written again in the form the words before it gave
("Ebrill i Fehefin 2026" a quarter on is "Gorffennaf i Fedi 2026"). A month
alone, or "hyd at fis Mawrth 2026" with no word for a year or a quarter before
it, names no reporting period, as in English.
"""

from __future__ import annotations

import re

from drafter.figures.periods import Period

WELSH_MONTHS = ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi",
                "Hydref", "Tachwedd", "Rhagfyr")
# The soft, nasal and aspirate mutations of a word's first letters (a vowel, "ch" or "ll"
# beyond these keeps its radical form).
_MUTATIONS = {
    "soft": (("rh", "r"), ("m", "f"), ("g", ""), ("t", "d"), ("c", "g"), ("p", "b"), ("b", "f"), ("d", "dd")),
    "nasal": (("t", "nh"), ("g", "ng"), ("c", "ngh"), ("p", "mh"), ("b", "m"), ("d", "n")),
    "aspirate": (("t", "th"), ("c", "ch"), ("p", "ph")),
}


def _mutated(name: str, mutation: str) -> str:
    lower = name.lower()
    if lower.startswith("ch"):
        return name
    for radical, becomes in _MUTATIONS.get(mutation, ()):
        if lower.startswith(radical):
            changed = becomes + name[len(radical):]
            return changed[:1].upper() + changed[1:] if name[:1].isupper() else changed
    return name


WELSH_MONTH_NUMBERS = {_mutated(name, mutation).lower(): number for number, name in enumerate(WELSH_MONTHS, start=1)
                       for mutation in ("radical", *_MUTATIONS)}
_MONTH = "|".join(sorted(WELSH_MONTH_NUMBERS, key=len, reverse=True))
_YEAR = r"(?:19|20)\d{2}"
_MIS = r"(?:(?:mis|fis)\s+)?"
_LEAD = {"welsh_year_ending": r"(?:y\s+)?(?:flwyddyn|blwyddyn)|(?:y\s+)?(?:12|deuddeg|ddeuddeg)\s+mis",
         "welsh_quarter_ending": r"(?:y\s+)?(?:chwarter|tri\s+mis|3\s+mis)"}
_UNTIL = (r"(?:hyd\s+at|i|yn\s+diweddu|yn\s+gorffen|a\s+ddaeth\s+i\s+ben|sy'n\s+dod\s+i\s+ben)"
          r"(?:\s+ym?)?\s+(?:(?:ddiwedd|diwedd)\s+)?")

_WORD = re.compile(r"[^\W\d_]+")


def names_welsh_month(text: str) -> bool:
    """Whether ``text`` has a Welsh month's name in any of its forms: the
    patterns below are tried only then (they cost far more than this look)."""
    return any(word in WELSH_MONTH_NUMBERS for word in _WORD.findall(text.lower()))


WELSH_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("welsh_between", re.compile(
        rf"\brhwng\s+{_MIS}(?P<m1>{_MONTH})(?:\s+(?P<y1>{_YEAR}))?\s+(?:a|ac)\s+{_MIS}(?P<m2>{_MONTH})\s+"
        rf"(?P<y2>{_YEAR})\b", re.IGNORECASE)),
    ("welsh_months", re.compile(
        rf"\b(?P<m1>{_MONTH})(?:\s+(?P<y1>{_YEAR}))?\s*(?:\s(?:i|tan|hyd\s+at|-|–|—)\s|[-–—])\s*{_MIS}"
        rf"(?P<m2>{_MONTH})\s+(?P<y2>{_YEAR})\b", re.IGNORECASE)),
    *[(style, re.compile(rf"\b(?:{lead})\s+{_UNTIL}{_MIS}(?P<m>{_MONTH})\s+(?P<y>{_YEAR})\b", re.IGNORECASE))
      for style, lead in _LEAD.items()],
]


def welsh_period(style: str, match: re.Match) -> Period | None:
    """The period a Welsh phrase found by :data:`WELSH_PATTERNS` names."""
    group = match.groupdict()
    if style in ("welsh_between", "welsh_months"):
        return Period.of_month_span(WELSH_MONTH_NUMBERS[group["m1"].lower()], WELSH_MONTH_NUMBERS[group["m2"].lower()],
                                    int(group["y2"]), int(group["y1"]) if group.get("y1") else None)
    return Period.of_months_ending(WELSH_MONTH_NUMBERS[group["m"].lower()], int(group["y"]),
                         3 if style == "welsh_quarter_ending" else 12)


def welsh_rewrite(style: str, old: str, period: Period) -> str | None:
    """``period`` in the Welsh words of ``old``, each month mutated as the one it
    replaces was; None when the words cannot say it (a quarter in words for a year)."""
    match = dict(WELSH_PATTERNS)[style].fullmatch(old)
    if match is None:
        return None
    first, last = period.start, period.end
    if style in ("welsh_between", "welsh_months"):
        wanted = {"m1": first.month, "m2": last.month, "y2": last.year}
        if match.group("y1") or first.year != last.year:
            wanted["y1"] = first.year
    elif (period.months_long == 3) != (style == "welsh_quarter_ending") or period.months_long not in (3, 12):
        return None
    else:
        wanted = {"m": last.month, "y": last.year}
    written, at = [], 0
    for name in sorted(wanted, key=lambda n: match.start(n) if match.group(n) else match.start("m2")):
        value = wanted[name]
        if name in ("m1", "m2", "m"):
            text = _month_like(value, match.group(name))
        else:
            text = str(value)
        if match.group(name) is None:  # a first year the old words left out
            written.append(old[at:match.end("m1")] + f" {text}")
            at = match.end("m1")
            continue
        written.append(old[at:match.start(name)] + text)
        at = match.end(name)
    return "".join(written) + old[at:]


def welsh_months(period: Period) -> str:
    """``period``'s months in Welsh, the last mutated after "i" ("Ebrill i Fehefin 2026";
    "Ebrill 2026 i Fawrth 2027" across a year's end)."""
    first, last = period.start, period.end
    opening = WELSH_MONTHS[first.month - 1] + (f" {first.year}" if first.year != last.year else "")
    return f"{opening} i {_mutated(WELSH_MONTHS[last.month - 1], 'soft')} {last.year}"


def welsh_ending(period: Period) -> str:
    """``period`` named by its end in Welsh: "y flwyddyn hyd at Fawrth 2026", "y chwarter hyd at
    Fedi 2026"."""
    span = "chwarter" if period.months_long == 3 else "flwyddyn"
    return f"y {span} hyd at {_mutated(WELSH_MONTHS[period.end.month - 1], 'soft')} {period.end.year}"


def _month_like(number: int, like: str) -> str:
    """Month ``number`` mutated as ``like`` is, in its case."""
    mutation = next((m for m in ("radical", *_MUTATIONS) for name in WELSH_MONTHS
                     if _mutated(name, m).lower() == like.lower()), "radical")
    name = _mutated(WELSH_MONTHS[number - 1], mutation)
    return name.lower() if like.islower() else name
