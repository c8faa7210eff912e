"""Word paragraph styles (styles.xml): which are headings, which are bold, and
which carry list numbering (e.g. "List Number"), following ``basedOn``."""

from __future__ import annotations

import re
from dataclasses import dataclass

_HEADING_NAME = re.compile(r"^(?:heading (\d)|title)$", re.I)
# Word's table of contents: its entries ("toc 1") and its title ("TOC Heading").
_CONTENTS_NAME = re.compile(r"^toc(?: \d| heading)$", re.I)
_FALSE = {"0", "false", "off", "none"}


def qualified(ns: str, tag: str) -> str:
    return f"{{{ns}}}{tag}"


def attribute(element, ns: str, name: str) -> str | None:
    return None if element is None else element.get(qualified(ns, name))


def toggle(element, ns: str) -> bool | None:
    """A Word on/off property (``<w:b/>``, ``<w:b w:val="0"/>``); None when absent."""
    if element is None:
        return None
    value = attribute(element, ns, "val")
    return value is None or value.lower() not in _FALSE


def num_pr(ppr, ns: str) -> tuple[str | None, int | None] | None:
    """(numId, ilvl) set on a paragraph or style's ``<w:pPr>``, None when absent."""
    if ppr is None:
        return None
    numpr = ppr.find(qualified(ns, "numPr"))
    if numpr is None:
        return None
    num_id = attribute(numpr.find(qualified(ns, "numId")), ns, "val")
    level = attribute(numpr.find(qualified(ns, "ilvl")), ns, "val")
    return num_id, int(level) if level and level.isdigit() else None


@dataclass
class ParagraphStyle:
    id: str
    name: str
    based_on: str | None
    numbering: tuple[str | None, int | None] | None
    outline_level: int | None
    bold: bool | None
    hidden: bool | None = None  # Font > Hidden set by the style: a "reviewer note" character style


class Styles:
    def __init__(self, root, ns: str):
        self.ns = ns
        self.by_id: dict[str, ParagraphStyle] = {}
        self.default_id: str | None = None
        if root is None:
            return
        w = lambda tag: qualified(ns, tag)  # noqa: E731
        for element in root.iter(w("style")):
            if attribute(element, ns, "type") not in (None, "paragraph", "numbering", "character"):
                continue
            style_id = attribute(element, ns, "styleId")
            if not style_id:
                continue
            ppr = element.find(w("pPr"))
            outline = attribute(ppr.find(w("outlineLvl")) if ppr is not None else None, ns, "val")
            rpr = element.find(w("rPr"))
            self.by_id[style_id] = ParagraphStyle(
                id=style_id,
                name=attribute(element.find(w("name")), ns, "val") or style_id,
                based_on=attribute(element.find(w("basedOn")), ns, "val"),
                numbering=num_pr(ppr, ns),
                outline_level=int(outline) if outline and outline.isdigit() else None,
                bold=toggle(rpr.find(w("b")), ns) if rpr is not None else None,
                hidden=toggle(rpr.find(w("vanish")), ns) if rpr is not None else None,
            )
            if attribute(element, ns, "type") == "paragraph" and attribute(element, ns, "default") in ("1", "true", "on"):
                self.default_id = style_id

    def chain(self, style_id: str | None) -> list[ParagraphStyle]:
        """The style and the styles it is based on, nearest first."""
        chain: list[ParagraphStyle] = []
        seen: set[str] = set()
        current = style_id or self.default_id
        while current and current not in seen and current in self.by_id:
            seen.add(current)
            style = self.by_id[current]
            chain.append(style)
            current = style.based_on
        return chain

    def is_heading(self, style_id: str | None) -> bool:
        for style in self.chain(style_id):
            if _HEADING_NAME.match(style.name) or (style.outline_level is not None and style.outline_level < 9):
                return True
        return False

    def heading_level(self, style_id: str | None) -> int | None:
        """1 for "Title" and "Heading 1", 3 for "Heading 3" or outline level 2; None for body text."""
        for style in self.chain(style_id):
            match = _HEADING_NAME.match(style.name)
            if match:
                return int(match.group(1)) if match.group(1) else 1
            if style.outline_level is not None and style.outline_level < 9:
                return style.outline_level + 1
        return None

    def is_contents(self, style_id: str | None) -> bool:
        return any(_CONTENTS_NAME.match(style.name) for style in self.chain(style_id))

    def bold(self, style_id: str | None) -> bool:
        return next((s.bold for s in self.chain(style_id) if s.bold is not None), False)

    def hidden(self, style_id: str | None) -> bool:
        """Whether a style, or one it is based on, hides its text (none given: no style, not the default)."""
        return style_id is not None and next((s.hidden for s in self.chain(style_id) if s.hidden is not None), False)

    def numbering(self, style_id: str | None) -> tuple[str | None, int | None] | None:
        return next((s.numbering for s in self.chain(style_id) if s.numbering is not None), None)
