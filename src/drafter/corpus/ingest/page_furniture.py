"""Running headers, footers and page numbers in a PDF saved as text.

A text export keeps each page's furniture ("OFFICIAL", "Page 2 of 8", the
office's name) as lines between the last line of one page and the first of
the next. With no positions to go by, a page break shows as a page-number
line or a form feed; lines near page breaks that recur near most of them are
the furniture. A bare page number ("12" alone on its line) marks a break
only as one of a run of pages numbered in turn, and a page number set beside
other words ("Agenda item 7      Page 3") only where the line recurs with the
next number (or, a bare number at the margin after the office's name, with
the next two), so a number or a line of the text is never taken for one. Each
page break is left as a form-feed line (blank to the block reader), so a
paragraph the break cut can be joined again.
"""

from __future__ import annotations

import math
import re

PAGE_BREAK = "\f"
# "Page 2 of 8", "Page 2", "2 of 8", "2/8", "- 2 -", "2 | Page": a page number on its own line.
_PAGE_NUMBER = re.compile(
    r"^(?:page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|\d{1,4}\s*(?:of|/)\s*\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—]"
    r"|\d{1,4}\s*\|\s*page)$", re.I)
# A page number beside the running words it is printed with, at either end of the line:
# "Agenda item 7      Page 3", "Page 3 | Severnshire Police and Crime Panel".
_PAGE_AT_END = re.compile(r"^\S.*?[\s|,;:–—-]\s*page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
_PAGE_AT_START = re.compile(r"^page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*[\s|,;:–—-]\s*\S.*$", re.I)
_BARE_NUMBER = re.compile(r"^\d{1,4}$")
# Running words and a bare page number set well apart at the line's end, as a
# footer's parts at its left and right margins: "Dorset Police and Crime Panel      4".
_NUMBER_SET_APART = re.compile(r"^\S.*?\S(?:\s{3,}|\t\s*)(\d{1,4})$")
_MIN_FOOTER_PAGES = 3
# Consecutive page numbers stand at least this many lines of text apart.
_MIN_PAGE_LINES = 6
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
    dropped = furniture_lines(lines)
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


def furniture_lines(lines: list[str], longest: int = _MAX_FURNITURE_WORDS) -> set[int]:
    """Where in ``lines`` (form feeds as lines of their own) the furniture around
    page breaks is, as :func:`without_page_furniture` leaves it out. ``longest``
    is the most words a running line has: a whole paragraph of a Word document
    ("… Clemonds Hey, Oakmere Road, Winsford, CW7 2UA") may run longer than a
    text export's line, which prose wraps at."""
    runs = _runs(lines)
    markers = _page_numbers(lines, runs)
    breaks = [index for index, run in enumerate(runs)
              if any(lines[at] == PAGE_BREAK or at in markers for at in run)]
    interior = [_zone(runs, lines, at, longest) for at in breaks]
    zones = _merged([_zone(runs, lines, -1, longest, after_only=True), *interior,
                     _zone(runs, lines, len(runs), longest, before_only=True)])
    needed = max(2, math.ceil(len(zones) * RUNNING_SHARE))
    # A bare number near a break is one of the text's unless it numbers the pages.
    running = {key for key in {_key(lines[at]) for zone in interior for at in zone}
               if key and key != "#" and sum(any(_key(lines[at]) == key for at in zone) for zone in zones) >= needed}
    dropped = set(markers)
    dropped |= {at for zone in zones for at in zone
                if _key(lines[at]) in running or _PROTECTIVE_MARKING.match(lines[at].strip())}
    return dropped


def _merged(zones: list[set[int]]) -> list[set[int]]:
    """Zones sharing lines made one: a page number beside a form feed marks
    one page break, and on a page of a line or two the zones of the breaks
    either side overlap; a line of the text there is not furniture for
    recurring in both."""
    merged: list[set[int]] = []
    for zone in zones:
        if merged and merged[-1] & zone:
            merged[-1] |= zone
        else:
            merged.append(set(zone))
    return merged


def _page_numbers(lines: list[str], runs: list[list[int]]) -> set[int]:
    """The lines that number the pages: page numbers as such ("Page 2 of 8",
    "- 2 -"), lines carrying one beside running words that recur with another
    number, and bare numbers counting the pages in turn."""
    numbers = {at for at, line in enumerate(lines) if is_page_number(line)}
    labelled = [at for at, line in enumerate(lines)
                if len(line.split()) <= _MAX_FURNITURE_WORDS
                and (_PAGE_AT_END.match(line.strip()) or _PAGE_AT_START.match(line.strip()))]
    for at in labelled:
        if sum(_key(lines[other]) == _key(lines[at]) and lines[other].strip() != lines[at].strip()
               for other in labelled) >= 1:
            numbers.add(at)
    return numbers | _counted_pages(lines, runs) | _numbered_footers(lines)


def _numbered_footers(lines: list[str]) -> set[int]:
    """Lines of running words with a bare number set apart at the end, the
    same words each time and the number one more, a page of text on, three
    pages at least: a row of a table set out in columns, or its figure
    quoted again in an annex, does not count on so."""
    text_lines = 0
    total = sum(1 for line in lines if line.strip() and line != PAGE_BREAK)
    chains: dict[str, list[tuple[int, int, int]]] = {}  # key -> (line, its number, text lines before it)
    found: set[int] = set()
    for at, line in enumerate(lines):
        stripped = line.strip()
        match = _NUMBER_SET_APART.match(stripped) if len(stripped.split()) <= _MAX_FURNITURE_WORDS else None
        if match:
            key, number = _key(stripped), int(match[1])
            chain = chains.get(key, [])
            # The file's last line closes a last page however short.
            least = 1 if text_lines + 1 == total else _MIN_PAGE_LINES + 1
            if not (chain and number == chain[-1][1] + 1 and text_lines - chain[-1][2] >= least):
                chain = []
            chain.append((at, number, text_lines))
            chains[key] = chain
            if len(chain) >= _MIN_FOOTER_PAGES:
                found |= {line_at for line_at, _, _ in chain}
        if stripped and line != PAGE_BREAK:
            text_lines += 1
    return found


def _counted_pages(lines: list[str], runs: list[list[int]]) -> set[int]:
    """Bare numbers ("3" alone between blank lines or next to a form feed)
    that count pages: each the one before plus one, a page of text on."""
    candidates = []
    for index, run in enumerate(runs):
        beside_break = any(lines[runs[near][0]] == PAGE_BREAK
                           for near in (index - 1, index + 1) if 0 <= near < len(runs))
        ends = [run[0]] if len(run) == 1 else [run[0], run[-1]] if beside_break else []
        candidates += [at for at in ends if _BARE_NUMBER.match(lines[at].strip())]
    text_lines = [0]
    for line in lines:
        text_lines.append(text_lines[-1] + (line.strip() not in ("", PAGE_BREAK)))
    # The longest chain of page numbers ending at each candidate.
    chain: dict[int, list[int]] = {}
    # Looked up by value, so a long column of bare numbers stays linear.
    ending_at_value: dict[int, list[int]] = {}
    for at in candidates:
        value = int(lines[at])
        # A last page may hold only a line or two: its number, the file's
        # last line or the last before a page break, carries on pages
        # already numbered in turn all the same.
        closing = text_lines[at + 1] == text_lines[-1] or _before_break(lines, at)
        before = [chain[other] for other in ending_at_value.get(value - 1, ())
                  if text_lines[at] - text_lines[other + 1] >= _MIN_PAGE_LINES
                  or closing and len(chain[other]) >= 2 and text_lines[at] > text_lines[other + 1]]
        chain[at] = [*max(before, key=len, default=[]), at]
        ending_at_value.setdefault(value, []).append(at)
    counted = {at for pages in chain.values() if len(pages) >= 2 for at in pages}
    # Where the text holds a number alone that would also fit, the page's own
    # number is the later one: a bare page number is printed at the page's foot.
    last_of_value = {int(lines[at]): at for at in sorted(counted)}
    return set(last_of_value.values())


def _before_break(lines: list[str], at: int) -> bool:
    """Whether only blank lines stand between line ``at`` and a page break."""
    for line in lines[at + 1:]:
        if line == PAGE_BREAK:
            return True
        if line.strip():
            return False
    return False


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


def _zone(runs: list[list[int]], lines: list[str], at: int, longest: int,
          before_only: bool = False, after_only: bool = False) -> set[int]:
    """The lines that may be furniture around the page break in run ``at``:
    its own run and the short runs next to it."""
    zone: set[int] = set(runs[at]) if 0 <= at < len(runs) else set()
    sides = [] if after_only else [range(at - 1, max(at - 1 - _RUNS_AROUND, -1), -1)]
    if not before_only:
        sides.append(range(at + 1, min(at + 1 + _RUNS_AROUND, len(runs))))
    for side in sides:
        for index in side:
            if not _is_short_run(runs[index], lines, longest):
                break
            zone.update(runs[index])
    return zone


def _is_short_run(run: list[int], lines: list[str], longest: int) -> bool:
    return len(run) <= _MAX_FURNITURE_RUN and all(
        len(lines[at].split()) <= longest for at in run)


def _key(line: str) -> str:
    """A furniture line as it recurs: "Page 2 of 8" and "Page 3 of 8" alike."""
    return " ".join(_DIGITS.sub("#", line.lower()).split()) if line != PAGE_BREAK else ""
