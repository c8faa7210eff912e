"""Digits that are no figure: telephone numbers, the pieces of dates and
footnote markers.

Statements end their sections with where to get help ("call 101, or
Crimestoppers on 0800 555 111") and give dates as ranges ("from 14 to 20
October 2026", "between 1 and 15 November") or in figures ("12/09/2026").
Each group of those digits would otherwise be read as a count no figure
explains. What is found here is set aside before figures are looked for:

* ``phone``: a number opening on 0 with ten or eleven digits in all, however
  it is spaced ("01606 364000", "0300 123 4455", "(01606) 364000"), or one
  given from abroad ("+44 1606 364000"); and the short service numbers 101,
  999, 111 and 112 after a word of calling in their sentence ("call 101",
  "or 999 in an emergency") or before "call(s)", "line" or "number"
  ("999 calls"); the six-digit helplines opening 116 ("the Samaritans on 116
  123"); and an extension after its word ("ext. 2345", "extension 2345");
* ``date``: a date written in figures ("12/09/2026", "2026-12-11",
  "12.09.2026"), the year of a year named by its end ("YE Sep 26"), and each
  day of a range of days before a month ("14 to 20
  October", "between 1 and 15 November", "3-5 November", "the 14th of
  October");
* ``footnote``: a bracketed footnote number set right against what it notes
  ("numbered 24.[1]", "fell by 2.8%[2]", "208[3] in April"), or Markdown's
  "[^4]" anywhere;
* ``quarter``: the number of a quarter named without its year ("in Quarter
  2, up from 21 in Quarter 1", "Qtr 3") or of the two quarters of a half
  year ("Quarters 1 and 2 of 2026/27"), as a statement covering "Quarter 2
  of 2025/26" goes on to name it and the quarter before.
"""

from __future__ import annotations

import re

from drafter.figures.period_patterns import SHORT_MONTHS, SHORT_YEAR_ENDING
from drafter.figures.period_text import NUMBERED_QUARTER

_PHONE = re.compile(
    r"(?<![\w.,£$€])(?:\+44\s?(?:\(0\)\s?)?[1-9]\d{1,4}|\(0\d{2,4}\)|0\d{2,4})(?:[ \-]?\d{2,4}){1,3}(?!\w|[.,]\d)"
)
_SERVICE = re.compile(r"(?<![\w.,£$€])(?P<number>101|999|111|112)(?![\w%]|[.,]\d)")
# The European helplines (Samaritans 116 123, 116 000, 116 006): six digits, however spaced.
_HELPLINE = re.compile(r"(?<![\w.,£$€])116 ?\d{3}(?![\w%]|[.,]\d)")
_EXTENSION = re.compile(r"\b(?:ext\.?|extn\.?|extension)\s*(?P<number>\d{2,6})\b", re.IGNORECASE)
_CALLING = re.compile(r"\b(?:call(?:s|ing|ed)?|ring(?:ing)?|dial(?:l?ing)?|phon(?:e|ing)|telephone|text(?:ing)?|"
                      r"helpline|hotline|contact)\b", re.IGNORECASE)
_CALLED_AFTER = re.compile(r"\s+(?:calls?|line|number|service)\b", re.IGNORECASE)

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_DATE_IN_FIGURES = re.compile(
    r"(?<![\w./-])(?:(?:[12]\d|3[01]|0?[1-9])(?P<sep>[/.])(?:1[0-2]|0?[1-9])(?P=sep)(?:19|20)?\d\d"
    r"|(?:19|20)\d\d-(?:1[0-2]|0[1-9])-(?:[12]\d|3[01]|0[1-9]))(?![\w/]|\.\d)"
)
_DAY_RANGE = re.compile(
    rf"(?<![\w.,])(?P<first>{_DAY})\s*(?:to|until|till|and|-|–|—)\s*(?P<second>{_DAY})\s+(?:of\s+)?{_MONTH}"
)
# No space before the bracket: "[3] Figures are …" opening a line is a note's own number, read as text.
_FOOTNOTE_MARK = re.compile(r"(?:(?<=[^\s(\[])\[(?P<number>\d{1,3})\]|\[\^(?P<caret>\d{1,3})\])(?!\()")
_TWO_QUARTERS = re.compile(r"\b(?:Quarters|Qtrs\.?|Q)\s*(?P<first>[1-4])\s*(?:and|&|to|-|–)\s*(?:Q\s*)?(?P<second>[1-4])\b",
                           re.IGNORECASE)
_DAY_OF = re.compile(rf"(?<![\w.,])(?P<first>{_DAY})\s+of\s+{_MONTH}")


def not_figure_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` of each telephone number (``phone``), piece of
    a date (``date``), footnote marker (``footnote``) and quarter's number
    (``quarter``) in ``text``, in order, none overlapping."""
    found: list[tuple[int, int, str]] = []

    def add(start: int, end: int, kind: str) -> None:
        if not any(start < taken_end and taken_start < end for taken_start, taken_end, _ in found):
            found.append((start, end, kind))

    for match in _FOOTNOTE_MARK.finditer(text):
        group = "number" if match.group("number") else "caret"
        add(match.start(group), match.end(group), "footnote")
    for match in _DATE_IN_FIGURES.finditer(text):
        add(match.start(), match.end(), "date")
    for match in _PHONE.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        whole = len(digits) in (10, 11) if not match.group().startswith("+") else 11 <= len(digits) <= 12
        if whole:
            add(match.start(), match.end(), "phone")
    for match in _HELPLINE.finditer(text):
        add(match.start(), match.end(), "phone")
    for match in _EXTENSION.finditer(text):
        add(match.start("number"), match.end("number"), "phone")
    for match in _SERVICE.finditer(text):
        if _service_number(text, match):
            add(match.start(), match.end(), "phone")
    for match in _DAY_RANGE.finditer(text):
        for group in ("first", "second"):
            add(match.start(group), match.end(group), "date")
    for match in _DAY_OF.finditer(text):
        add(match.start("first"), match.end("first"), "date")
    # "Quarters 1 and 2 of 2026/27", "Q3-Q4": the numbers of the quarters of a half year.
    for match in _TWO_QUARTERS.finditer(text):
        for group in ("first", "second"):
            add(match.start(group), match.end(group), "quarter")
    # "YE Sep 26": the year of a year named by its end, in two digits.
    for match in SHORT_YEAR_ENDING.finditer(text):
        add(match.start("y"), match.end("y"), "date")
    # "Oct-Dec 25": likewise the year of a quarter named by its months.
    for match in SHORT_MONTHS.finditer(text):
        add(match.start("y2"), match.end("y2"), "date")
    # "Quarter 2" with no year after it: a label, not a count of 2 (the periods' own pattern).
    for match in NUMBERED_QUARTER.finditer(text):
        add(match.start("n"), match.end("n"), "quarter")
    return sorted(found)


def _service_number(text: str, match: re.Match) -> bool:
    """101, 999, 111 or 112 as a number to ring: a word of calling before it in
    its sentence ("Call 101 to report a crime, or 999 in an emergency"), or
    "calls", "line" or "number" right after it ("999 calls")."""
    if _CALLED_AFTER.match(text, match.end()):
        return True
    sentence_start = max(text.rfind(". ", 0, match.start()), text.rfind("; ", 0, match.start()),
                         text.rfind("\n", 0, match.start())) + 1
    return bool(_CALLING.search(text, sentence_start, match.start()))
