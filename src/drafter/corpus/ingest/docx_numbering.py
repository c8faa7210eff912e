"""Word list numbering (numbering.xml): the numbers Word prints before
paragraphs, which are not in the paragraph text.

A paragraph is numbered by a ``numId`` set on it or on its style ("List
Number"). Each ``numId`` points at an abstract list; lists sharing an abstract
list share its counters, so numbering continues across them, unless a
``numId`` restarts a level with ``startOverride`` (Word's "Restart at 1").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.corpus.ingest.docx_styles import Styles, attribute, num_pr, qualified

_NUMERIC_FORMATS = {"decimal", "decimalZero", "ordinal", "decimalEnclosedParen",
                    "decimalEnclosedFullstop", "decimalEnclosedCircle"}
# A board paper's paragraph number under its section's: "2.1", "2.1.3".
_SECTION_PARAGRAPH = re.compile(r"^\d{1,3}(?:\.\d{1,3})+\.?$")


@dataclass
class Level:
    # Word always writes <w:start>; 1 is what a list without one shows in practice.
    start: int = 1
    format: str = "decimal"
    text: str = "%1."
    style: str | None = None


@dataclass
class NumberLabel:
    level: int
    value: int
    format: str
    text: str  # as printed, e.g. "12." or "b)"

    @property
    def is_paragraph_number(self) -> bool:
        return self.level == 0 and self.format in _NUMERIC_FORMATS

    @property
    def is_section_paragraph_number(self) -> bool:
        """"2.1" printed at a list's second level: a paragraph of its own under
        section 2, not a sub-item of the paragraph before as "a)" is."""
        return self.level > 0 and self.format in _NUMERIC_FORMATS and bool(_SECTION_PARAGRAPH.match(self.text))


@dataclass
class _List:
    abstract_id: str
    levels: dict[int, Level] = field(default_factory=dict)
    restarts: dict[int, int] = field(default_factory=dict)  # level -> startOverride


class Numbering:
    """Resolves (numId, level) to the number Word shows, counting as it goes:
    call ``label`` for paragraphs in document order."""

    def __init__(self, root, styles: Styles, ns: str):
        self.ns = ns
        self.styles = styles
        self.abstract_levels: dict[str, dict[int, Level]] = {}
        self.abstract_style_link: dict[str, str] = {}
        self.lists: dict[str, _List] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[str] = set()
        if root is not None:
            self._load(root)

    def _load(self, root) -> None:
        w = lambda tag: qualified(self.ns, tag)  # noqa: E731
        for abstract in root.iter(w("abstractNum")):
            abstract_id = attribute(abstract, self.ns, "abstractNumId")
            if abstract_id is None:
                continue
            self.abstract_levels[abstract_id] = {
                level_no: level for level_no, level in map(self._level, abstract.findall(w("lvl")))
                if level_no is not None
            }
            link = attribute(abstract.find(w("numStyleLink")), self.ns, "val")
            if link:
                self.abstract_style_link[abstract_id] = link
        for num in root.iter(w("num")):
            num_id = attribute(num, self.ns, "numId")
            abstract_id = attribute(num.find(w("abstractNumId")), self.ns, "val")
            if num_id is None or abstract_id is None:
                continue
            listing = _List(abstract_id)
            for override in num.findall(w("lvlOverride")):
                level_no = _int(attribute(override, self.ns, "ilvl"))
                if level_no is None:
                    continue
                start = _int(attribute(override.find(w("startOverride")), self.ns, "val"))
                if start is not None:
                    listing.restarts[level_no] = start
                redefined = override.find(w("lvl"))
                if redefined is not None:
                    listing.levels[level_no] = self._level(redefined)[1]
            self.lists[num_id] = listing

    def _level(self, element) -> tuple[int | None, Level]:
        w = lambda tag: qualified(self.ns, tag)  # noqa: E731
        level = Level()
        start = _int(attribute(element.find(w("start")), self.ns, "val"))
        if start is not None:
            level.start = start
        level.format = attribute(element.find(w("numFmt")), self.ns, "val") or level.format
        level.text = attribute(element.find(w("lvlText")), self.ns, "val") or ""
        level.style = attribute(element.find(w("pStyle")), self.ns, "val")
        return _int(attribute(element, self.ns, "ilvl")), level

    def paragraph_numbering(self, ppr, style_id: str | None) -> tuple[str, int] | None:
        """(numId, level) that numbers a paragraph, set on it or inherited from its style."""
        direct = num_pr(ppr, self.ns)
        from_style = self.styles.numbering(style_id)
        num_id = direct[0] if direct and direct[0] is not None else (from_style[0] if from_style else None)
        if num_id is None or num_id == "0" or num_id not in self.lists:
            return None
        level = direct[1] if direct and direct[1] is not None else None
        if level is None and from_style and from_style[1] is not None:
            level = from_style[1]
        if level is None:
            level = self._level_for_style(num_id, style_id)
        return num_id, level

    def _level_for_style(self, num_id: str, style_id: str | None) -> int:
        # A multi-level list can tie each level to a style ("List Number 2" -> level 1).
        for level_no, level in self._levels(num_id).items():
            if style_id and level.style == style_id:
                return level_no
        return 0

    def _abstract_id(self, num_id: str) -> str:
        abstract_id = self.lists[num_id].abstract_id
        seen: set[str] = set()
        # An abstract list may only point at a numbering style that holds the real one.
        while abstract_id in self.abstract_style_link and abstract_id not in seen:
            seen.add(abstract_id)
            linked = self.styles.numbering(self.abstract_style_link[abstract_id])
            if not linked or linked[0] not in self.lists:
                break
            abstract_id = self.lists[linked[0]].abstract_id
        return abstract_id

    def _levels(self, num_id: str) -> dict[int, Level]:
        levels = dict(self.abstract_levels.get(self._abstract_id(num_id), {}))
        levels.update(self.lists[num_id].levels)
        return levels

    def label(self, num_id: str, level_no: int) -> NumberLabel | None:
        """Count one paragraph of list ``num_id`` at ``level_no``; its label."""
        levels = self._levels(num_id)
        level = levels.get(level_no, Level())
        abstract_id = self._abstract_id(num_id)
        counters = self.counters.setdefault(abstract_id, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for restarted, start in self.lists[num_id].restarts.items():
                counters[restarted] = start - 1
        if level_no in counters:
            counters[level_no] += 1
        else:
            counters[level_no] = level.start
        for deeper in [n for n in counters if n > level_no]:
            del counters[deeper]
        if level.format in ("none", "bullet"):
            return NumberLabel(level_no, counters[level_no], level.format, "")
        return NumberLabel(level_no, counters[level_no], level.format,
                           _render(level.text, levels, counters))


def _render(template: str, levels: dict[int, Level], counters: dict[int, int]) -> str:
    text = template
    for level_no in range(9):
        placeholder = f"%{level_no + 1}"
        if placeholder in text:
            value = counters.get(level_no, levels.get(level_no, Level()).start)
            text = text.replace(placeholder, _format(value, levels.get(level_no, Level()).format))
    return text


def _format(value: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        n = max(value, 1)
        while n:
            n, rest = divmod(n - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters if fmt == "lowerLetter" else letters.upper()
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman if fmt == "upperRoman" else roman.lower()
    return str(value)


def _roman(value: int) -> str:
    numerals = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for amount, numeral in numerals:
        while value >= amount:
            out += numeral
            value -= amount
    return out or str(value)


def _int(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None
