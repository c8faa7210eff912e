"""Saved web pages (.html, .htm): the page's main content only.

Offices publish their statements as pages of their websites, wrapped in
navigation, cookie banners, "skip to content" links, related links and
footers. trafilatura finds the main content (it scores the page's blocks the
way a reader would, and drops the chrome); its XML output keeps what the
segmenter needs: headings with their level, paragraphs, list items and
tables with their cells. The page is parsed, never run: scripts are ignored
and nothing it refers to (styles, images, frames) is fetched.
"""

from __future__ import annotations

import contextlib
import logging

from drafter.corpus.ingest.blocks import Block, clean_line
from drafter.corpus.ingest.text import decode
from drafter.errors import IngestError

NO_MAIN_TEXT = "no main text in the web page (only navigation, banners or scripts)"
# Far beyond any statement page; bounds the time a page can take to parse.
MAX_ELEMENTS = 200_000
# Fewer words than this is what is left of a page with no content of its own
# (a menu's "Home About" once the extractor has nothing better).
MIN_WORDS = 12


def read_html(data: bytes, file: str) -> list[Block]:
    text = decode(data, file)
    if text.count("<") > MAX_ELEMENTS * 2:
        raise IngestError(file, f"too many elements for a statement page (limit {MAX_ELEMENTS:,})")
    xml = _main_content(text)
    if not xml:
        raise IngestError(file, NO_MAIN_TEXT)
    blocks = _blocks(xml)
    if sum(len(block.text.split()) for block in blocks) < MIN_WORDS:
        raise IngestError(file, NO_MAIN_TEXT)
    return blocks


def _main_content(text: str) -> str | None:
    import trafilatura

    with _quiet_trafilatura():
        # Recall first: a statement's short bullets and repeated sub-headings
        # ("Summary of planned activity" under every priority) are content.
        return trafilatura.extract(
            text, output_format="xml", include_tables=True, include_comments=False,
            include_images=False, include_links=False, include_formatting=False,
            favor_recall=True, deduplicate=False, with_metadata=False)


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
                if text:
                    blocks.append(Block([text], heading=False, bullet=True))
        elif tag == "table":
            rows = [[_text(cell) for cell in row.iter("cell")] for row in child.iter("row")]
            rows = [row for row in rows if any(row)]
            if rows:
                blocks.append(Block(cells=rows))
        elif tag in ("p", "quote", "code"):
            lines = [clean_line(line) for line in _lines(child)]
            if any(lines):
                blocks.append(Block([line for line in lines if line]))
        elif tag in ("div", "main", "section"):
            _walk(child, blocks)


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
    """trafilatura logs each block it discards; the page's chrome is meant to go."""
    logger = logging.getLogger("trafilatura")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)
