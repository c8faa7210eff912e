"""A section as the writer edits it: plain text with a little markup.

Paragraphs are apart by blank lines. A line starting ``### `` is a
sub-heading, a line starting ``- `` a bullet (bullets may follow one another
line by line), and ``| a | b |`` lines a table. Text pasted from Word keeps
its shape: Word writes a list item's label and a tab before its words ("·\t"
a bullet, "3.3\t" a numbered paragraph, whose number the draft gives itself)
and a table's cells apart by tabs, a row a line. ``Draft.set_section_text``,
the desk's editor and its numbering gutter all read the text with
:func:`items_of`, so what the writer sees numbered is what is exported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.statement import BULLET, PARAGRAPH, SUBHEADING, TABLE, table_text

SUBHEADING_MARK = "### "
BULLET_MARK = "- "

_SUBHEADING = re.compile(r"^#{2,6}\s+(.*)$")
_BULLET = re.compile(r"^[-*•]\s+(.*)$")
# Word's bullets as its plain text gives them: the Symbol font's dot ("·", or the private-use
# character it stands for), "o" and the Wingdings square and arrow of deeper levels, a dash.
_PASTED_BULLET = re.compile("^[·•o§\uf0b7\uf0a7\uf0d8\uf0fc–-]\t\\s*(.*)$")
_PASTED_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3})*[.)]?\t\s*(.*)$")
_FIGURES_ONLY = re.compile(r"^[\d.,%£\s()+\-–*\[\]cx]*$")  # "138", "-12.5%", "[c]": a cell of figures
_RULE_CELL = re.compile(r"^:?-{3,}:?$")
_PIPE = re.compile(r"(?<!\\)\|")
_SPACES = re.compile(r"\s+")


@dataclass
class Item:
    """One paragraph of editor text: its kind, words, a table's cells, and
    the editor lines ``first``..``last`` it occupies."""

    kind: str
    text: str
    first: int
    last: int
    cells: list[list[str]] | None = None


def items_of(lines: list[str]) -> list[Item]:
    items: list[Item] = []
    open_item: Item | None = None  # a paragraph or bullet that the next line may carry on
    tabbed = _tab_table_rows(lines)
    for row, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            open_item = None
            continue
        heading = _SUBHEADING.match(line)
        listed = _is_list_item(line)
        bullet = _BULLET.match(line) or listed and _PASTED_BULLET.match(line)
        numbered = listed and _PASTED_NUMBER.match(line)
        if heading and heading.group(1).strip():
            items.append(Item(SUBHEADING, _clean(heading.group(1)), row, row))
            open_item = None
        elif line.startswith("|") or row in tabbed:
            cells = _row_cells(line) if row not in tabbed else [_clean(cell) for cell in tabbed[row]]
            table = items[-1] if items and items[-1].kind == TABLE and items[-1].last == row - 1 else None
            if table is None:
                table = Item(TABLE, "", row, row, [])
                items.append(table)
            table.last = row
            if not all(_RULE_CELL.match(cell) for cell in cells if cell):
                table.cells.append(cells)
            open_item = None
        elif bullet:
            open_item = Item(BULLET, _clean(bullet.group(1)), row, row)
            items.append(open_item)
        elif numbered:
            open_item = Item(PARAGRAPH, _clean(numbered.group(1)), row, row)
            items.append(open_item)
        elif open_item is not None:
            open_item.text = _clean(f"{open_item.text} {line}")
            open_item.last = row
        else:
            open_item = Item(PARAGRAPH, _clean(line), row, row)
            items.append(open_item)
    for item in items:
        if item.kind == TABLE:
            item.text = table_text(item.cells)
    return [item for item in items if item.text]


def parse(text: str) -> list[Item]:
    return items_of(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))


def item_text(kind: str, text: str, cells: list[list[str]] | None = None) -> str:
    """One paragraph as the editor shows it."""
    if kind == SUBHEADING:
        return SUBHEADING_MARK + text
    if kind == BULLET:
        return BULLET_MARK + text
    if kind == TABLE and cells:
        return "\n".join("| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in cells)
    return text


def section_text(paragraphs) -> str:
    """Paragraphs (anything with ``kind``, ``text`` and ``cells``) as editor text:
    blank lines between paragraphs, consecutive bullets on consecutive lines."""
    out: list[str] = []
    previous = None
    for paragraph in paragraphs:
        shown = item_text(paragraph.kind, paragraph.text, paragraph.cells)
        if out:
            out.append("\n" if previous == BULLET and paragraph.kind == BULLET else "\n\n")
        out.append(shown)
        previous = paragraph.kind
    return "".join(out)


def _tab_table_rows(lines: list[str]) -> dict[int, list[str]]:
    """The lines that are rows of a table pasted from Word, each with its cells: two
    lines or more in a row with the same number of tabs. A line whose one tab
    follows a list's label ("3.3\t…", "·\t…") is a list item, not a row."""
    counts = [0 if _is_list_item(line.strip()) else line.strip(" \u00a0").count("\t") for line in lines]
    rows: dict[int, list[str]] = {}
    start = 0
    for end in range(1, len(lines) + 1):
        if end == len(lines) or counts[end] != counts[start]:
            if counts[start] and end - start >= 2:
                rows.update((row, lines[row].strip(" \u00a0").split("\t")) for row in range(start, end))
            start = end
    return rows


def _is_list_item(line: str) -> bool:
    """A label, a tab and words ("3.3\tThe force …"); a number before a tab and more figures
    ("155\t138", "1\t4") is a table's row, whose first cell is kept."""
    if line.count("\t") != 1:
        return False
    numbered = _PASTED_NUMBER.match(line)
    return bool(_PASTED_BULLET.match(line) or numbered and not _FIGURES_ONLY.match(numbered.group(1)))


def _row_cells(line: str) -> list[str]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return [_clean(cell.replace("\\|", "|")) for cell in _PIPE.split(inner)]


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()
