"""A typed or exported contents list: "Contents", then lines that end in
leader dots and a page number ("2. Reduce serious violence ...... 3"), or
under a "Contents" heading (or a "Page" column's title) entries whose page
numbers are set apart by spaces or a tab, read as a table or as lines; or
the whole list on one line ("Contents: Homicide (page 2); Serious violence
(page 3)"), however the page wraps it.

It lists the statement's headings; read as text it would open sections of
its own and copy into every draft, so it is left out, as a Word table of
contents is.
"""

from __future__ import annotations

import re

from drafter.corpus.ingest.blocks import Block

# Leader dots (or an ellipsis, middle dots, underscores) and a page number closing the line.
_LEADER_LINE = re.compile(r"\S.*?\s*(?:\.\s?){4,}\s*\d{1,4}$|\S.*?\s*(?:[…·_]\s?){2,}\s*\d{1,4}$")
_CONTENTS_HEADING = re.compile(r"^(?:(?:table\s+of\s+)?contents|cynnwys)(?:\s*/\s*(?:contents|cynnwys))?(?:\s+page)?:?$",
                               re.I)
# An entry without leaders: a title, then its page number ("Page 3", "p. 3", "3").
_PAGE = r"(?:(?:page|p\.)\s*)?(?P<page>\d{1,3})"
_ENTRY_LINE = re.compile(rf"^(?P<title>.*[^\W\d_].*?)(?:\t|\s+){_PAGE}$", re.I)
_PAGE_CELL = re.compile(rf"^{_PAGE}$", re.I)
# The title of a contents table's page-number column.
# The most pages between one contents entry and the next, in a statement.
_MOST_PAGES_BETWEEN_ENTRIES = 20
_PAGE_COLUMN = re.compile(r"^(?:page|pages|page\s+no\.?|page\s+number)$", re.I)


# A contents list run on in one line: "Contents:" (or "In this statement:"), then two or more
# entries, each a title and its page, apart by semicolons, bars or bullets, or after a page's brackets.
# A bilingual statement's label and pages are in Welsh too: "Cynnwys / Contents:", "(tudalen 2)", "t. 3".
_INLINE_LABEL = re.compile(r"^(?:(?:(?:table\s+of\s+)?contents|cynnwys)(?:\s*/\s*(?:contents|cynnwys))?|"
                           r"in\s+this\s+(?:statement|report|paper))(?:\s*[:–—-]\s*|\s+)(?P<entries>.+)$", re.I)
# Entries run on after leader dots need no separator ("Homicide ...... 2 Serious violence ...... 3"); a page
# may be a range ("(pages 2-3)").
_INLINE_SEPARATOR = re.compile(r"\s*[;|•·]\s*|(?<=\))\s*,?\s+(?=\S)|(?<=\.\d)\s+(?=[A-Z])|(?<=\.\d\d)\s+(?=[A-Z])"
                               r"|(?<=\. \d)\s+(?=[A-Z])|(?<=\. \d\d)\s+(?=[A-Z])")
_PAGE_WORD = r"(?:pages?|pp?\.?|tudalen(?:nau)?|t\.)"
_PAGES = r"\d{1,3})(?:\s*[-–]\s*\d{1,3})?"
_INLINE_ENTRY = re.compile(
    rf"^(?P<title>.*?[^\W\d_].*?)\s*[,:–—-]?\s*(?:\(\s*{_PAGE_WORD}\s*(?P<bracketed>{_PAGES}\s*\)"
    rf"|{_PAGE_WORD}\s*(?P<named>{_PAGES}|(?:\.\s?){{2,}}\s*(?P<led>\d{{1,3}})|(?P<bare>\d{{1,3}}))\.?$", re.I)


def is_inline_contents(text: str, carried_on: bool = False) -> bool:
    """A whole contents list on one line (or one paragraph): two or more entries whose pages run
    on; ``carried_on``: the rest of one the line before broke off after a separator."""
    text = " ".join(text.split())
    label = _INLINE_LABEL.match(text)
    if label is None and not carried_on:
        return False
    entries = [entry for entry in _INLINE_SEPARATOR.split((label["entries"] if label else text).rstrip(" .;|,"))
               if entry]
    found = [_INLINE_ENTRY.match(entry) for entry in entries]
    if len(found) < (1 if carried_on else 2) or not all(found):
        return False
    if label and not label[0].lower().startswith(("contents", "table", "cynnwys")) \
            and any(match["bare"] for match in found):
        return False  # "In this report: Homicides 7; Knife offences 208" gives figures, not pages
    pages = [int(next(page for page in match.group("bracketed", "named", "led", "bare") if page))
             for match in found]
    return all(0 <= later - earlier <= _MOST_PAGES_BETWEEN_ENTRIES for earlier, later in zip([0, *pages], pages))


def _breaks_off(line: str) -> bool:
    return line.rstrip().endswith((";", "|", ",", "•", "·"))


def is_leader_line(line: str) -> bool:
    return bool(_LEADER_LINE.fullmatch(line.strip()))


def without_contents_lists(blocks: list[Block]) -> list[Block]:
    """``blocks`` without contents-list lines, and without a "Contents"
    heading whose list is left out."""
    out: list[Block] = []
    listing: _Listing | None = None
    carried_on = False  # a contents line broke off after a separator, its rest on the next line
    for block in blocks:
        entries = _entry_pages(block, listing is not None)
        if entries is not None and (listing or _Listing()).takes(entries):
            listing = listing or _Listing()
            listing.take(block, entries)
            continue
        if listing is not None:
            listing.close(out)
            listing = None
        if _is_contents_heading(block):
            out.append(block)
            listing = _Listing(heading_at=len(out) - 1)
            continue
        if block.cells is not None:
            out.append(block)
            carried_on = False
            continue
        if is_inline_contents(" ".join(block.lines), carried_on):
            carried_on = _breaks_off(block.lines[-1])
            continue
        kept = []
        for line in block.lines:
            if is_inline_contents(line, carried_on):
                carried_on = _breaks_off(line)
            elif not is_leader_line(line):
                kept.append(line)
                carried_on = False
        if len(kept) == len(block.lines):
            out.append(block)
            continue
        if out and _is_contents_heading(out[-1]):
            out.pop()
        if kept and _CONTENTS_HEADING.match(kept[0].strip()):
            kept = kept[1:]
        if kept:
            block.lines = kept
            out.append(block)
    if listing is not None:
        listing.close(out)
    return out


class _Listing:
    """Entries without leaders read so far under a contents heading."""

    def __init__(self, heading_at: int | None = None):
        self.heading_at = heading_at
        self.pages: list[int] = []
        self.blocks: list[Block] = []

    def take(self, block: Block, entries: list[int]) -> None:
        self.blocks.append(block)
        self.pages += entries

    def takes(self, entries: list[int]) -> bool:
        # A contents list's page numbers never go back; a block after the
        # first carries the list on only a few pages at a time, where a
        # table of figures after it ("Homicides 7", "Knife offences 280") leaps.
        if entries != sorted(entries) or entries[0] < (self.pages or [0])[-1]:
            return False
        if not self.pages:
            return True
        pages = [self.pages[-1], *entries]
        return all(later - earlier <= _MOST_PAGES_BETWEEN_ENTRIES for earlier, later in zip(pages, pages[1:]))

    def close(self, out: list[Block]) -> None:
        """The heading goes with its list; a heading with a single entry
        under it is no contents list, and both stay."""
        if self.heading_at is None or len(self.pages) >= 2:
            if self.heading_at is not None:
                del out[self.heading_at]
        else:
            out.extend(self.blocks)


def _entry_pages(block: Block, after_heading: bool) -> list[int] | None:
    """The page numbers of a block made only of contents entries: its lines
    or its rows each a title and a page number. A table may be headed by the
    page column's title ("Contents | Page"); otherwise the block must follow a
    contents heading."""
    if block.cells is not None:
        rows = block.cells
        if rows and _PAGE_COLUMN.match(rows[0][-1].strip()) and len(rows[0]) >= 2:
            rows = rows[1:]
        elif not after_heading:
            return None
        found = [_PAGE_CELL.match(row[-1].strip()) if len(row) >= 2 else None for row in rows]
        if not rows or not all(found) or not all(
                re.search(r"[^\W\d_]", " ".join(row[:-1])) for row in rows):
            return None
        return [int(match["page"]) for match in found]
    if not after_heading or not block.lines:
        return None
    found = [_ENTRY_LINE.match(line.strip()) for line in block.lines]
    return [int(match["page"]) for match in found] if all(found) else None


def _is_contents_heading(block: Block) -> bool:
    return block.cells is None and len(block.lines) == 1 and bool(_CONTENTS_HEADING.match(block.lines[0].strip()))
