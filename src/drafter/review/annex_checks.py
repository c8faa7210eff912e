"""Which annexes after the priorities review checks the figures of.

An annex is left out of the statement's text (see
:mod:`drafter.corpus.ingest.annexes`), but one of the force's own figures
("Annex B: Performance figures, April to June 2026") is as much the
statement's claim as a priority paragraph's, so review checks its numbers
the same way. Its paragraphs keep no priority: a number's measure is what
the annex's own words name, never the measure of the priority before it.

Left unchecked, as they hold no figure of the force's to check:

* reference matter, by its heading: a glossary, definitions, contents,
  contact details, sources, methodology;
* figures broken down by place ("Annex C: Neighbourhood crime by district",
  a table whose first column is headed "Ward"): a district's count is not
  the force's, and no stored figure holds it; the note names such an annex;
* figures for one place, by its name (:mod:`drafter.review.places`): an annex
  headed "Annex C: Sheffield", the part of an annex under a sub-heading
  "Boston", a table whose first cell is "Wakefield" or whose rows are towns
  and districts; the note names these too;
* inside an annex that is checked, a contents list (lines ending in page
  numbers) and contact details (a telephone number, an email address, a postcode).
"""

from __future__ import annotations

import re

from drafter.priorities import is_annex_heading
from drafter.review.document import ReviewParagraph, ReviewSection
from drafter.review.places import place_name
from drafter.statement import SUBHEADING, TABLE, cells_of

_REFERENCE = re.compile(
    r"\b(?:glossary|definitions?|abbreviations|acronyms|key\s+terms|terms\s+used|contents|contacts?|"
    r"useful\s+links|further\s+(?:information|reading)|references|sources|background\s+papers|methodology|"
    r"data\s+notes|notes\s+on\s+the\s+(?:data|figures))\b", re.IGNORECASE)
_PLACES = (r"(?:districts?|wards?|boroughs?|local\s+authorit(?:y|ies)|(?:local\s+)?policing\s+areas?|"
           r"neighbourhoods?|community\s+safety\s+partnerships?|csps?|divisions?|stations?|beats?|"
           r"councils?|localit(?:y|ies)|sectors?|towns?|areas?)")
_BY_PLACE = re.compile(rf"\b(?:by|per|for\s+each|across)\s+(?:each\s+)?{_PLACES}\b|"
                       rf"\b(?:district|ward|borough|local\s+authority)[-\s]+(?:level|figures|data|breakdown)\b",
                       re.IGNORECASE)
_PLACE_COLUMN = re.compile(rf"^\s*{_PLACES}(?:\s+name)?\s*$", re.IGNORECASE)
# "Performance tables ........ 14", "Annex C    21": a contents line.
_CONTENTS_LINE = re.compile(r"^.{2,}?(?:\s*(?:\.{2,}|…+)\s*|\s{2,}|\t)\d{1,3}\s*$")
_CONTACT = re.compile(r"\S@\S+\.\w|(?i:\b(?:tel|telephone|phone|mobile|email|e-mail)\b(?:\s*(?:no\.?|number))?\s*:)|"
                      r"\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b")


def grouped_annexes(annexes) -> list[tuple[str, list]]:
    """(heading, paragraphs) of each annex; its unheaded text goes with it, and
    an annex headed inside another ("### Annex B" under "## Annex A") is one of its own."""
    groups: list[tuple[str, list]] = []
    for section in annexes:
        if section.heading or not groups:
            groups.append((section.heading or "an annex", []))
        for paragraph in section.paragraphs:
            if paragraph.kind == SUBHEADING and is_annex_heading(paragraph.text):
                groups.append((paragraph.text, []))
            else:
                groups[-1][1].append(paragraph)
    return groups


def annexes_to_check(annexes) -> tuple[list[ReviewSection], list[tuple[str, list]]]:
    """(the annexes whose figures review checks, as sections to review; those
    left unchecked that are not reference matter, as (heading, paragraphs))."""
    checked: list[ReviewSection] = []
    unchecked: list[tuple[str, list]] = []
    for heading, paragraphs in grouped_annexes(annexes):
        if _REFERENCE.search(heading):
            continue
        if _BY_PLACE.search(heading) or place_name(heading):
            unchecked.append((heading, paragraphs))
            continue
        paragraphs, one_place = _one_place_parts(heading, paragraphs)
        unchecked += one_place
        kept = [p for p in paragraphs if not _by_place(p) and not _contents_or_contact(p.text)]
        if any(_by_place(p) for p in paragraphs) and not any(_holds_digits(p) for p in kept):
            unchecked.append((heading, paragraphs))
            continue
        section = ReviewSection(None, heading)
        for paragraph in kept:
            section.paragraphs.append(ReviewParagraph(
                section.label, None, len(section.paragraphs), paragraph.number, paragraph.text,
                kind=paragraph.kind, printed=getattr(paragraph, "printed", None)))
        if any(_holds_digits(p) for p in kept):
            checked.append(section)
    return checked, unchecked


def _one_place_parts(heading: str, paragraphs) -> tuple[list, list[tuple[str, list]]]:
    """(an annex's paragraphs but those under a sub-heading naming one place,
    those parts as (heading, paragraphs)): "### Boston" and what follows it,
    to the next sub-heading, count Boston alone."""
    rest: list = []
    parts: list[tuple[str, list]] = []
    under_place = False
    for paragraph in paragraphs:
        if paragraph.kind == SUBHEADING:
            under_place = place_name(paragraph.text) is not None
            if under_place:
                parts.append((f"{heading}: {paragraph.text}", []))
                continue
        (parts[-1][1] if under_place else rest).append(paragraph)
    return rest, parts


def _by_place(paragraph) -> bool:
    """A table of places' figures: its first column is headed "District",
    "Ward", "Area" or by a place's name ("Wakefield"), or its rows are places."""
    if paragraph.kind != TABLE:
        return False
    rows = getattr(paragraph, "cells", None) or cells_of(paragraph.text)
    header = rows[0] if rows else []
    if not header:
        return False
    if _PLACE_COLUMN.match(header[0] or "") is not None or place_name(header[0] or ""):
        return True
    named = [row[0] for row in rows[1:] if row and (row[0] or "").strip()]
    return len(named) >= 2 and sum(1 for cell in named if place_name(cell)) * 2 > len(named)


def _holds_digits(paragraph) -> bool:
    return paragraph.kind != SUBHEADING and any(ch.isdigit() for ch in paragraph.text)


def _contents_or_contact(text: str) -> bool:
    lines = [line for line in text.splitlines() if line.strip()]
    if lines and all(_CONTENTS_LINE.match(line) for line in lines):
        return True
    return _CONTACT.search(text) is not None
