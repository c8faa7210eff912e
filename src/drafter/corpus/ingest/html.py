"""Saved web pages (.html, .htm): the page's main content only.

Offices publish their statements as pages of their websites, wrapped in
navigation, cookie banners, "skip to content" links, related links and
footers. trafilatura finds the main content (it scores the page's blocks the
way a reader would, and drops the chrome); its XML output keeps what the
segmenter needs: headings with their level, paragraphs, list items and
tables with their cells. Before that, the site's furniture that some sites
set inside the content column (cookie notices, share bars, sidebars of news
teasers) is dropped by its tag, role or class, accordion headings are
unwrapped, and afterwards a title set in a banner above the content is put
back. The page is parsed, never run: scripts are dropped unread and nothing
it refers to (styles, images, frames) is fetched.

A page's date often sits in its chrome (``<time datetime=…>``, a "meta" or
"published" line, a ``article:published_time`` tag), which the extraction
drops. When the main content names no date of its own, a "Published May 2026"
line the chrome held, else the date the page's markup gives (htmldate, reading markup only, never guessing from the text)
is kept as a "Published …" line under the title.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import logging
import re

from drafter.corpus.ingest.blocks import Block, clean_line, is_priority_table, line_break_blocks, names_a_priority
from drafter.corpus.ingest.html_numbering import NUMBERED_ITEM, number_ordered_lists
from drafter.corpus.ingest.html_tables import captions_as_headings, grouped_titles_joined
from drafter.corpus.ingest.text import decode
from drafter.errors import IngestError
from drafter.figures.periods import MONTHS

NO_MAIN_TEXT = "no main text in the web page (only navigation, banners or scripts)"
# Far beyond any statement page; bounds the time a page can take to parse.
MAX_ELEMENTS = 200_000
# Fewer words than this is what is left of a page with no content of its own
# (a menu's "Home About" once the extractor has nothing better).
MIN_WORDS = 12
# A reading this close to the page's own words and headings needs no second try.
ENOUGH_WORDS = 0.9

# Class and id words of the site's own furniture, which some sites set inside
# the content column (cookie notices, share bars, "was this page useful").
_FURNITURE = re.compile(r"(?:^|[-_\s])(cookies?|consent|skip|breadcrumbs?|share|sharing|social|feedback|"
                        r"sidebar|side|related|teasers?|promo|newsletter|back-to-top)(?:$|[-_\s])",
                        re.IGNORECASE)
_FURNITURE_ROLES = {"navigation", "search", "contentinfo", "complementary"}
_FURNITURE_TAGS = {"script", "style", "noscript", "nav", "footer", "aside", "form", "iframe", "template"}
# Never furniture, whatever their class says ("has-sidebar" on <body>).
_CONTAINERS = {"html", "body", "main", "article"}
# What introduces a page's list of links to its own sections.
_CONTENTS_LEAD = re.compile(r"^(?:on this page|contents|in this (?:article|section|statement)|jump to)\b.{0,20}$",
                            re.IGNORECASE)
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# A box of the statement's own figures set beside its text in an <aside> ("Key figures, July to
# September 2025", "At a glance", "In numbers"), by its class, id or opening words.
_KEY_FIGURES = re.compile(r"\b(?:key[-_\s]*(?:figures|facts|statistics|stats|numbers|data)|at[-_\s]a[-_\s]glance|"
                          r"in[-_\s]numbers|performance[-_\s]*(?:summary|at[-_\s]a[-_\s]glance|figures))",
                          re.IGNORECASE)


def read_html(data: bytes, file: str) -> list[Block]:
    text = decode(data, file)
    if text.count("<") > MAX_ELEMENTS * 2:
        raise IngestError(file, f"too many elements for a statement page (limit {MAX_ELEMENTS:,})")
    page = without_furniture(text)
    if page is not None:
        number_ordered_lists(page)
    blocks = _main_content(page) if page is not None else None
    if not blocks:
        raise IngestError(file, NO_MAIN_TEXT)
    blocks = _with_title(page, blocks)
    if sum(len(block.text.split()) for block in blocks) < MIN_WORDS:
        raise IngestError(file, NO_MAIN_TEXT)
    _keep_page_date(text, page, blocks)
    return blocks


_DATE_SEARCHED_BLOCKS = 6


def _keep_page_date(text: str, page, blocks: list[Block]) -> None:
    from drafter.corpus.ingest.header import date_in_text, date_in_title, is_date_line

    opening = [block.text for block in blocks[:_DATE_SEARCHED_BLOCKS]]
    # A quarter in the title ("Measures: Q1 2026/27") is what the page reports
    # on, not when it was published: the page's own date is still looked for.
    if any(is_date_line(line) for line in opening) or date_in_text(opening, quarters=False):
        return
    at = 1 if blocks and blocks[0].heading else 0
    said = _published_line(page_text=text)
    if said is not None:
        blocks.insert(at, Block([said]))
        return
    # The browser tab's title ("... statement, December 2026 | Severnshire PCC")
    # often dates a page whose heading and text do not.
    found = date_in_title(" ".join((page.findtext(".//title") or "").split()))
    if not found:
        from htmldate import find_date

        with _quiet_trafilatura():
            found = find_date(text, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    if not found:
        return
    year, month, *day = (int(part) for part in found.split("-"))
    line = Block([" ".join(["Published", *map(str, day), MONTHS[month - 1], str(year)])])
    blocks.insert(at, line)


_PUBLISHED_CUE = re.compile(r"^\s*\(?(?:first\s+|last\s+)?(?:published|updated?|posted)\b", re.I)
_PUBLISHED_BY = re.compile(r"^\s*(?:first\s+)?published\s+by\s+.{3,120},\s+(?P<date>[^,]{6,30})$", re.I)
# "Cumbria Police, Fire and Crime Commissioner, published 3 July 2026": the office, then when.
_OFFICE_THEN_PUBLISHED = re.compile(r"^.{3,120},\s+(?:first\s+)?published(?:\s+on)?\s+(?P<date>[^,]{6,30})$", re.I)
_BYLINE_SEARCHED = 2_000


def _published_line(page_text: str) -> str | None:
    """The page's own "Published May 2026" line, set in a byline the site's
    furniture holds (``<p class="byline">``) and dropped with it: when the page
    was published, which a title's "January to March 2026" is not."""
    from lxml import etree, html

    from drafter.corpus.ingest.header import is_date_line

    try:
        tree = html.fromstring(page_text, parser=html.HTMLParser(remove_comments=True, no_network=True))
    except (etree.ParserError, ValueError):
        return None
    for count, element in enumerate(tree.iter(etree.Element)):
        if count > _BYLINE_SEARCHED:
            break
        if element.tag in ("script", "style") or len(element):
            continue
        line = " ".join(element.text_content().split())
        # "Published by the … Commissioner, 12 February 2026", "… Commissioner, published 3 July 2026"
        by_name = _PUBLISHED_BY.match(line) or _OFFICE_THEN_PUBLISHED.match(line)
        line = f"Published {by_name.group('date')}" if by_name else line
        if _PUBLISHED_CUE.match(line) and is_date_line(line):
            return line
    return None


def without_furniture(text: str):
    """The page as an lxml tree without the site's furniture, and with
    accordion headings (a button inside a heading) read as the headings they
    are; None when there is no page to parse."""
    from lxml import etree, html

    parser = html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
    try:
        tree = html.fromstring(text, parser=parser)
    except (etree.ParserError, ValueError):
        return None
    for box in [element for element in tree.iter("aside") if _key_figures_box(element)]:
        box.tag = "div"  # the statement's own figures: text, however it is set beside the rest
        box.attrib.pop("role", None)
    doomed = [element for element in tree.iter(etree.Element) if element.tag not in _CONTAINERS and (
              element.tag in _FURNITURE_TAGS or element.get("role") in _FURNITURE_ROLES
              or element.get("aria-hidden") == "true"
              or _FURNITURE.search(f"{element.get('class') or ''} {element.get('id') or ''}"))]
    doomed += _page_contents(tree)
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()
    _one_top_heading(tree)
    grouped_titles_joined(tree)
    captions_as_headings(tree)
    for button in tree.xpath("//h1//button|//h2//button|//h3//button|//h4//button"):
        button.drop_tag()
    return tree


def _key_figures_box(element) -> bool:
    """An <aside> within the page's main content or article that is a box of
    the statement's key figures (by its class or id, or its first words), not
    a sidebar of links."""
    if not any(ancestor.tag in ("main", "article") for ancestor in element.iterancestors()):
        return False
    words = " ".join(_text_of(element).split()[:6])
    return bool(_KEY_FIGURES.search(f"{element.get('class') or ''} {element.get('id') or ''}")
                or _KEY_FIGURES.match(words)) and any(ch.isdigit() for ch in _text_of(element))


def _page_contents(tree) -> list:
    """The page's own navigation in its text: a list whose every item is a
    link to a section of the same page ("On this page: …") with the line that
    introduces it, and "Back to top" links."""
    found = []
    for listing in tree.iter("ul", "ol"):
        items = listing.findall("li")
        if items and all(_only_anchor_link(item) for item in items):
            found.append(listing)
            lead = listing.getprevious()
            if lead is not None and lead.tag not in _HEADINGS and _CONTENTS_LEAD.match(_text_of(lead)):
                found.append(lead)
    found += [element for element in tree.iter("p", "div") if _only_anchor_link(element)]
    return found


def _only_anchor_link(element) -> bool:
    links = element.findall(".//a")
    return len(links) == 1 and (links[0].get("href") or "").startswith("#") \
        and _text_of(links[0]) == _text_of(element) != ""


def _one_top_heading(tree) -> None:
    """A page with several top-level headings (Word's "Save as Web Page" sets
    each Heading 1 as an h1) has every heading set a level lower: the
    extractor reads an h1 as the page's title and drops the others."""
    if len(tree.xpath("//h1")) < 2:
        return
    for heading in list(tree.iter(*_HEADINGS[:-1])):
        heading.tag = f"h{int(heading.tag[1]) + 1}"


def _main_content(page) -> list[Block] | None:
    """The extractor's reading of the page that keeps most of the statement's
    structure without losing its words: precise, recall-first, or precise with
    the tables read apart. Each misses things the others keep: the precise one
    can drop a list, the recall-first one can flatten a page's headings, and a
    large table can pull the precise one away from the text around it."""
    import trafilatura

    body = page.find("body")
    words_on_page = len(" ".join((body if body is not None else page).itertext()).split())
    headings_on_page = len(page.xpath("//h1|//h2|//h3|//h4"))
    readings = []
    with _quiet_trafilatura():
        for recall, tables in ((False, True), (True, True), (False, False)):
            # The extractor prunes the tree it is given, so each reading gets a copy.
            xml = trafilatura.extract(
                copy.deepcopy(page), output_format="xml", include_tables=tables, include_comments=False,
                include_images=False, include_links=False, include_formatting=False,
                favor_recall=recall, deduplicate=False, with_metadata=False)
            if not xml:
                continue
            blocks = _blocks(xml) if tables else _with_tables(page, _blocks(xml))
            words = sum(len(block.text.split()) for block in blocks)
            headings = sum(1 for block in blocks if block.heading)
            if words >= ENOUGH_WORDS * words_on_page and headings >= headings_on_page - 1:
                return blocks  # the words and every heading but perhaps the title
            readings.append((words, headings, blocks))
    if not readings:
        return None
    most = max(words for words, _, _ in readings)
    # Structure matters more than a few words: the reading with more headings
    # wins while it keeps nine tenths of the words the fullest one has.
    close = [reading for reading in readings if reading[0] >= ENOUGH_WORDS * most]
    return max(close, key=lambda reading: (reading[1], reading[0]))[2]


def _with_tables(page, blocks: list[Block]) -> list[Block]:
    """The page's tables put back into a reading made without them, each after
    the block the page sets just before it (else after the first)."""
    for table in page.iter("table"):
        cells = [[cell for cell in row.iter("th", "td")] for row in table.iter("tr")]
        rows = [[_text_of(cell) for cell in row] for row in cells]
        titles = [all(cell.tag == "th" for cell in row) for row in cells]
        read = _table_blocks(rows, titles, [_page_cell_blocks(cell) for row in cells for cell in row
                                            if _bare(_text_of(cell))])
        if not read:
            continue
        # A reading without tables may still hold the cells' words, as paragraphs and list
        # items (some of them, at times): the table takes their place rather than giving them twice.
        words = "\n".join(_bare(cell) for row in rows for cell in row)
        first = next((_bare(cell) for row in rows for cell in row if _bare(cell)), "")
        start = next((index for index, block in enumerate(blocks) if _bare(block.text) == first), None)
        if start is not None:
            end = start
            while end < len(blocks) and _bare(blocks[end].text) and _bare(blocks[end].text) in words:
                end += 1
        else:
            before = table.getprevious()
            anchor = _text_of(before) if before is not None else ""
            start = end = next((index + 1 for index, block in enumerate(blocks) if anchor and block.text == anchor),
                               min(1, len(blocks)))
        # A cell's own paragraphs the reading sets apart from the rest of the table.
        own = {_bare(block.text) for block in read if not block.heading}
        blocks[:] = _without(blocks[:start], own) + read + _without(blocks[end:], own)
    return blocks


def _without(blocks: list[Block], texts: set[str]) -> list[Block]:
    return [block for block in blocks if block.heading or _bare(block.text) not in texts]


def _page_cell_blocks(cell) -> list[Block]:
    """A page's table cell as its paragraphs and list items, or its text as one paragraph."""
    found = [Block([_text_of(part)], heading=False, bullet=part.tag == "li")
             for part in cell.iter("p", "li") if _text_of(part) and part.find(".//p") is None
             and part.find(".//li") is None]
    if _bare(" ".join(block.text for block in found)) == _bare(_text_of(cell)):
        return found
    return [Block([_text_of(cell)])]


def _bare(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _table_blocks(rows: list[list[str]], titles: list[bool],
                  parts: list[list[Block]] | None = None) -> list[Block]:
    """A table as blocks: a statement set out as a priority's name beside its
    update, in two rows or more, is that priority's section (a heading and its
    text, the cell's own paragraphs and list items where ``parts`` gives each
    filled cell's), its column titles left out, as a Word document's is; any
    other table keeps its cells."""
    kept = [(row, title) for row, title in zip(rows, titles) if any(row)]
    if not is_priority_table([row for row, _ in kept]):
        return [Block(cells=[row for row, _ in kept])] if kept else []
    filled = iter(parts) if parts is not None else None
    blocks: list[Block] = []
    for row, title in kept:
        read = [next(filled) if filled is not None else [Block([cell])] for cell in row if _bare(cell)]
        if names_a_priority(row):
            blocks += [Block([row[0]], heading=True)] + [
                dataclasses.replace(block, heading=False) for block in read[1]]
        elif not title:
            blocks += [dataclasses.replace(block, heading=False) for cell in read for block in cell]
    return blocks


def _with_title(page, blocks: list[Block]) -> list[Block]:
    """The page's title (its h1) and the lines set with it, put back when the
    page sets them in a banner above the content column and extraction left
    them out."""
    heading = page.find(".//h1")
    title = _text_of(heading) if heading is not None else ""
    if not title or any(block.text == title for block in blocks):
        return blocks
    found = [Block([title], heading=True, level=1)]
    for sibling in heading.itersiblings():
        # A div holding paragraphs or headings is the content (WordPress's "entry-content"), not a title line.
        if sibling.tag not in ("p", "div", "span", "time") or (
                sibling.tag == "div" and next(sibling.iter("p", "ul", "ol", "table", *_HEADINGS), None) is not None):
            break
        line = _text_of(sibling)
        if line and not any(line == block.text for block in blocks):
            found.append(Block([line]))
    return found + blocks


def _text_of(element) -> str:
    return clean_line(" ".join(element.itertext()))


def _blocks(xml: str) -> list[Block]:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.fromstring(xml.encode("utf-8"), parser=parser)
    main = root.find("main")
    blocks: list[Block] = []
    _walk(main if main is not None else root, blocks)
    return blocks


def _walk(element, blocks: list[Block]) -> None:
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "head":
            text = _text(child)
            if text:
                blocks.append(Block([text], heading=True, level=_level(child.get("rend"))))
        elif tag == "list":
            for item in child.iter("item"):
                text = _text(item, skip_lists=True)
                if text:  # an ordered list's item numbered by number_ordered_lists is a numbered paragraph
                    blocks.append(Block([text], heading=False,
                                        bullet=not (child.get("rend") == "ol" and NUMBERED_ITEM.match(text))))
        elif tag == "table":
            rows = [[_text(cell) for cell in row.iter("cell")] for row in child.iter("row")]
            titles = [all(cell.get("role") == "head" for cell in row.iter("cell")) for row in child.iter("row")]
            blocks.extend(_table_blocks(rows, titles, [_cell_blocks(cell) for row in child.iter("row")
                                                       for cell in row.iter("cell") if _bare(_text(cell))]))
        elif tag in ("p", "quote", "code"):
            lines = [line for line in map(clean_line, _lines(child)) if line]
            if lines:
                # "<b>Tackle cyber crime</b><br>The cyber team…": a heading set on the paragraph's first line.
                blocks.extend(line_break_blocks(lines))
        elif tag in ("div", "main", "section"):
            _walk(child, blocks)


def _cell_blocks(cell) -> list[Block]:
    """A cell's paragraphs and list items, or its text as one paragraph."""
    found: list[Block] = []
    _walk(cell, found)
    return found if _bare(" ".join(block.text for block in found)) == _bare(_text(cell)) else [Block([_text(cell)])]


def _text(element, *, skip_lists: bool = False) -> str:
    parts: list[str] = [element.text or ""]
    for child in element:
        if not (skip_lists and child.tag == "list"):
            parts.append("".join(child.itertext()) if child.tag != "lb" else " ")
        parts.append(child.tail or "")
    return clean_line("".join(parts))


def _lines(element) -> list[str]:
    """A paragraph's lines, split where the page had a line break (``<br>``)."""
    lines = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            lines.append(child.tail or "")
        else:
            lines[-1] += "".join(child.itertext()) + (child.tail or "")
    return lines


def _level(rend: str | None) -> int | None:
    if rend and len(rend) == 2 and rend[0] == "h" and rend[1].isdigit():
        return int(rend[1])
    return None


@contextlib.contextmanager
def _quiet_trafilatura():
    """trafilatura logs each block it discards (the page's chrome is meant to
    go), htmldate each date it rejects."""
    loggers = [logging.getLogger(name) for name in ("trafilatura", "htmldate")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels):
            logger.setLevel(level)
