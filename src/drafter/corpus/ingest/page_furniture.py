"""Running headers, footers and page numbers in a PDF saved as text.

A text export keeps each page's furniture ("OFFICIAL", "Page 2 of 8", the
office's name) as lines between the last line of one page and the first of
the next. With no positions to go by, a page break shows as a page-number
line or a form feed; lines near page breaks that recur near most of them are
the furniture. Each page break is left as a form-feed line (blank to the
block reader), so a paragraph the break cut can be joined again.
"""

from __future__ import annotations

import math
import re

PAGE_BREAK = "\f"
# "Page 2 of 8", "Page 2", "2 of 8", "2/8", "- 2 -", "2 | Page": a page number on its own line.
_PAGE_NUMBER = re.compile(
    r"^(?:page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|\d{1,4}\s*(?:of|/)\s*\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—]"
    r"|\d{1,4}\s*\|\s*page)$", re.I)
# A security classification alone on a line, as it is printed at the top and foot of every page.
_PROTECTIVE_MARKING = re.compile(
    r"^(?:official(?:\s*[-–—]?\s*sensitive)?|not\s+protectively\s+marked|(?:top\s+)?secret)$", re.I)
_DIGITS = re.compile(r"\d+")
# A line recurring near at least this share of page breaks (and the file's ends) is furniture.
RUNNING_SHARE = 0.5
# Furniture lines are short, and sit in short runs of lines.
_MAX_FURNITURE_WORDS = 12
_MAX_FURNITURE_RUN = 5
# Runs of lines either side of a page break that may hold its furniture.
_RUNS_AROUND = 2


def is_page_number(line: str) -> bool:
    return bool(_PAGE_NUMBER.match(line.strip()))


def without_page_furniture(lines: list[str]) -> list[str]:
    """``lines`` (form feeds as lines of their own) without the furniture
    around page breaks; each break the furniture marked becomes one form-feed
    line. A security classification alone on a line ("OFFICIAL") near a page
    break or either end of the file is furniture too."""
    runs = _runs(lines)
    breaks = [index for index, run in enumerate(runs)
              if any(lines[at] == PAGE_BREAK or is_page_number(lines[at]) for at in run)]
    interior = [_zone(runs, lines, at) for at in breaks]
    zones = [_zone(runs, lines, -1, after_only=True), *interior,
             _zone(runs, lines, len(runs), before_only=True)]
    needed = max(2, math.ceil(len(zones) * RUNNING_SHARE))
    running = {key for key in {_key(lines[at]) for zone in interior for at in zone}
               if key and sum(any(_key(lines[at]) == key for at in zone) for zone in zones) >= needed}
    dropped = {at for zone in interior for at in zone if is_page_number(lines[at])}
    dropped |= {at for zone in zones for at in zone
                if _key(lines[at]) in running or _PROTECTIVE_MARKING.match(lines[at].strip())}
    if not dropped:
        return lines
    out: list[str] = []
    for at, line in enumerate(lines):
        if at in dropped or line == PAGE_BREAK:
            if not out or out[-1] != PAGE_BREAK:
                out.append(PAGE_BREAK)
        else:
            out.append(line)
    return out


def _runs(lines: list[str]) -> list[list[int]]:
    """Indices of each run of non-blank lines; a form feed is a run of its own."""
    runs: list[list[int]] = []
    current: list[int] = []
    for at, line in enumerate(lines):
        if line == PAGE_BREAK:
            if current:
                runs.append(current)
            runs.append([at])
            current = []
        elif line.strip():
            current.append(at)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _zone(runs: list[list[int]], lines: list[str], at: int,
          before_only: bool = False, after_only: bool = False) -> set[int]:
    """The lines that may be furniture around the page break in run ``at``:
    its own run and the short runs next to it."""
    zone: set[int] = set(runs[at]) if 0 <= at < len(runs) else set()
    sides = [] if after_only else [range(at - 1, max(at - 1 - _RUNS_AROUND, -1), -1)]
    if not before_only:
        sides.append(range(at + 1, min(at + 1 + _RUNS_AROUND, len(runs))))
    for side in sides:
        for index in side:
            if not _is_short_run(runs[index], lines):
                break
            zone.update(runs[index])
    return zone


def _is_short_run(run: list[int], lines: list[str]) -> bool:
    return len(run) <= _MAX_FURNITURE_RUN and all(
        len(lines[at].split()) <= _MAX_FURNITURE_WORDS for at in run)


def _key(line: str) -> str:
    """A furniture line as it recurs: "Page 2 of 8" and "Page 3 of 8" alike."""
    return " ".join(_DIGITS.sub("#", line.lower()).split()) if line != PAGE_BREAK else ""
