"""How the editor's text maps onto paragraphs, and short labels for the panes.

The editor holds one section as plain text: paragraphs are runs of non-blank
lines separated by blank lines, ``### `` starts a sub-heading and ``- `` a
bullet (the rules ``Draft.set_section_text`` uses, ``drafter.drafts.editor_items``);
numbers are never typed. These helpers find the paragraph under the cursor and
the line where each paragraph starts, so the gutter can print the number the
paragraph will carry when exported (bullets, sub-headings and tables carry none).
"""

from __future__ import annotations

from dataclasses import dataclass

from drafter.priorities import CLOSING, INTRODUCTION

SHORT_TITLES = {
    INTRODUCTION: "Introduction",
    "homicide": "Homicide",
    "serious-violence": "Serious violence",
    "drugs-county-lines": "Drugs & county lines",
    "neighbourhood-crime": "Neighbourhood crime",
    "victim-satisfaction": "Victim satisfaction",
    "cyber-crime": "Fraud & cybercrime",
    CLOSING: "Reporting frequency",
}

STATUS_MARKS = {"empty": "○", "drafting": "◐", "done": "●"}
SEVERITY_MARKS = {"error": "✖", "warning": "▲", "info": "•"}
"""A finding's or a notice's severity by its shape, which no terminal without colour loses."""
INDEX_READY = "Search ready"
"""The status line's word for a search index loaded and working."""


def short_title(section_key: str, heading: str | None = None) -> str:
    """A section's name as the narrow section list shows it."""
    return SHORT_TITLES.get(section_key) or heading or section_key


@dataclass(frozen=True)
class ParagraphSpan:
    """Lines ``first``..``last`` (inclusive) of the editor hold one paragraph of ``kind``."""

    first: int
    last: int
    kind: str = "paragraph"

    def contains(self, row: int) -> bool:
        return self.first <= row <= self.last


def paragraph_spans(lines: list[str]) -> list[ParagraphSpan]:
    """The paragraphs of the editor's lines, in order."""
    from drafter.drafts import editor_items

    return [ParagraphSpan(item.first, item.last, item.kind) for item in editor_items(list(lines))]


def paragraph_at(spans: list[ParagraphSpan], row: int) -> int | None:
    """Index of the paragraph on ``row``; on a blank line, the one just above (None if none)."""
    before = None
    for index, span in enumerate(spans):
        if span.contains(row):
            return index
        if span.last < row:
            before = index
    return before


def paragraph_text(lines: list[str], span: ParagraphSpan) -> str:
    return " ".join(line.strip() for line in lines[span.first:span.last + 1]).strip()


def clean_words(text: str) -> str:
    """A paragraph's words as the draft stores them: markup (``- ``, ``### ``) and
    extra spaces gone."""
    from drafter.drafts import editor_items

    items = editor_items([text])
    return items[0].text if items else ""


def gutter_labels(spans: list[ParagraphSpan], first_number: int | None) -> dict[int, str]:
    """{line index: printed number} for the first line of each paragraph.

    ``first_number`` is None in an unnumbered section (the closing one), which
    then shows a plain marker so the writer still sees where paragraphs break.
    """
    labels: dict[int, str] = {}
    number = first_number
    for span in spans:
        if number is None or span.kind != "paragraph":
            labels[span.first] = "·"
        else:
            labels[span.first] = str(number)
            number += 1
    return labels


def paragraph_label(kinds: list[str], index: int, first_number: int | None) -> str:
    """How the desk names a section's paragraph ``index`` (``kinds``: its paragraphs'
    kinds, in order), counted as the gutter and the section list count them:
    ``¶12`` for a numbered paragraph; ``paragraph 3`` in an unnumbered section,
    sub-headings not counted; ``the bullet after ¶12``; ``the sub-heading``."""
    kind = kinds[index]
    if kind == "subheading":
        return "the sub-heading"
    if first_number is None:
        return f"paragraph {sum(1 for k in kinds[:index + 1] if k != 'subheading')}"
    before = sum(1 for k in kinds[:index] if k == "paragraph")
    if kind == "paragraph":
        return f"¶{first_number + before}"
    return f"the {kind} after ¶{first_number + before - 1}" if before else f"the {kind}"


LEVEL_CUES = {"close": "▮▮▮", "related": "▮▮▯", "weak": "▮▯▯"}
LEVEL_STYLES = {"close": "bold green", "related": "yellow", "weak": "dim"}


def level_cue(level: str) -> str:
    """The relevance level as three cells and a word (``▮▮▯ related``), the same
    for a hit wherever it ranks: the levels are calibrated on judged queries
    (``drafter.search.relevance``), so a weak list looks weak."""
    return f"{LEVEL_CUES.get(level, LEVEL_CUES['weak'])} {level}"


def statement_label(hit) -> str:
    """``West Midlands · 2023-09 · ¶15``; an unnumbered paragraph is placed by the
    sub-heading it sits under (``Ashmoor · 2026-09 · Summary of planned activity``,
    ``SearchHit.place``). Parts that are unknown are left out."""
    return " · ".join(part for part in (hit.force, hit.date, hit.place) if part)


def first_numbers(draft) -> dict[str, int | None]:
    """The number each section's first paragraph will be printed with.

    An empty numbered section still gets the number its first paragraph
    would take, so the gutter is right as soon as the writer starts typing.
    """
    result: dict[str, int | None] = {}
    count = 0
    for section in draft.sections:
        if section.numbered:
            result[section.key] = count + 1
            count += sum(1 for paragraph in section.paragraphs if paragraph.is_numbered)
        else:
            result[section.key] = None
    return result
