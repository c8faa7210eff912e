"""The draft a writer works on: a header block and sections of paragraphs.

Paragraph numbers are never stored: a board report numbers its paragraphs
1..N through the numbered sections, and computing them on demand
(``Draft.numbered()``) means an insertion can never leave them stale.

Every paragraph remembers where it came from (``Origin``): a past statement,
a filled template, or the writer. Review and the desk show it, and edits keep
it while the text is recognisably the same paragraph (``DraftSection.set_text``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from drafter.drafts import markup
from drafter.drafts.close_edit import CLOSE_EDIT_RATIO, is_close_edit
from drafter.errors import DrafterError, NotFound
from drafter.priorities import CLOSING, INTRODUCTION, SECTION_KEYS
from drafter.statement import (
    PARAGRAPH, PARAGRAPH_KINDS, SUBHEADING, TABLE, paragraph_too_long, table_text, without_control_characters)

ORIGIN_KINDS = ("corpus", "template", "writer")
STATUSES = ("empty", "drafting", "done")

_BLANK_LINES = re.compile(r"\n[ \t]*\n")
_SPACES = re.compile(r"\s+")


class DraftError(DrafterError):
    """A draft operation asked for something the draft cannot do (bad key, status, date...)."""


class UnknownSection(DraftError):
    def __init__(self, key: str, keys: list[str] | tuple[str, ...]):
        self.key = key
        super().__init__(f"unknown section {key!r}: expected one of {', '.join(keys)}")


class UnknownRevision(NotFound):
    def __init__(self, draft_id: int, number: int):
        super().__init__("revision", number)
        self.draft_id = draft_id
        self.args = (f"draft {draft_id} has no revision {number}",)


def clean_paragraph(text: str) -> str:
    """One paragraph as stored: single spaces, no line breaks, control characters or edge whitespace."""
    return _SPACES.sub(" ", without_control_characters(text)).strip()


def split_paragraphs(text: str) -> list[str]:
    """Split editor text into paragraphs on blank lines; empty pieces are dropped."""
    pieces = _BLANK_LINES.split(text.replace("\r\n", "\n").replace("\r", "\n"))
    return [cleaned for cleaned in (clean_paragraph(piece) for piece in pieces) if cleaned]


@dataclass
class Origin:
    """Where a paragraph's words came from.

    ``kind`` is ``corpus`` (``statement_id`` and printed ``number`` of the past
    paragraph; ``number`` is None for an unnumbered one, whose ``place`` in the
    statement's order, p12 in ``corpus show``, says which it was), ``template``
    (``template`` id and the ``figures`` it used) or ``writer``. ``edited`` is
    True once the writer has changed a corpus or template paragraph's words.
    """

    kind: str = "writer"
    statement_id: int | None = None
    number: int | None = None
    template: str | None = None
    figures: list[dict] = field(default_factory=list)
    edited: bool = False
    # Set when copy forward rolled the paragraph's figures on (see drafts/roll.py):
    # the words as copied, each number moved, and what was left for the writer.
    copied: str | None = None
    rolled: list[dict] = field(default_factory=list)
    not_rolled: list[dict] = field(default_factory=list)
    place: int | None = None

    def __post_init__(self) -> None:
        if self.kind not in ORIGIN_KINDS:
            raise DraftError(f"unknown origin kind {self.kind!r}: expected one of {', '.join(ORIGIN_KINDS)}")

    @classmethod
    def writer(cls) -> "Origin":
        return cls("writer")

    @classmethod
    def corpus(cls, statement_id: int, number: int | None, place: int | None = None) -> "Origin":
        return cls("corpus", statement_id=statement_id, number=number, place=place)

    @classmethod
    def from_template(cls, template: str, figures: list[dict] | None = None) -> "Origin":
        return cls("template", template=template, figures=list(figures or []))

    def as_edited(self) -> "Origin":
        if self.kind == "writer":
            return Origin.writer()
        return Origin(self.kind, self.statement_id, self.number, self.template,
                      [dict(f) for f in self.figures], True, self.copied,
                      [dict(r) for r in self.rolled], [dict(n) for n in self.not_rolled], self.place)

    @property
    def was_rolled(self) -> bool:
        return self.copied is not None

    def label(self, text: str | None = None) -> str:
        """Short provenance for listings: ``corpus 3:12``, ``corpus 3:12 (rolled)`` (its figures
        or period words, ``text`` against the words as copied, moved on: not word for word),
        ``template homicide/rate (edited)``."""
        if self.kind == "corpus":
            at = self.number if self.number is not None else f"p{self.place}" if self.place else "-"
            where = f"corpus {self.statement_id}:{at}"
        elif self.kind == "template":
            where = f"template {self.template}"
        else:
            return "writer"
        rolled = bool(self.rolled) or self.was_rolled and text is not None and text != self.copied
        changed = [word for word, held in (("rolled", rolled), ("edited", self.edited)) if held]
        return f"{where} ({', '.join(changed)})" if changed else where

    def to_dict(self) -> dict:
        data = {"kind": self.kind, "statement_id": self.statement_id, "number": self.number,
                "template": self.template, "figures": [dict(f) for f in self.figures], "edited": self.edited}
        if self.place is not None:
            data["place"] = self.place
        if self.was_rolled:
            data.update(copied=self.copied, rolled=[dict(r) for r in self.rolled],
                        not_rolled=[dict(n) for n in self.not_rolled])
        return data

    @classmethod
    def from_dict(cls, data: dict) -> "Origin":
        return cls(kind=data.get("kind", "writer"), statement_id=data.get("statement_id"),
                   number=data.get("number"), template=data.get("template"),
                   figures=[dict(f) for f in data.get("figures") or []],
                   edited=bool(data.get("edited", False)), copied=data.get("copied"),
                   rolled=[dict(r) for r in data.get("rolled") or []],
                   not_rolled=[dict(n) for n in data.get("not_rolled") or []], place=data.get("place"))


@dataclass
class DraftParagraph:
    """A paragraph of the draft: ``kind`` is ``paragraph`` (numbered in numbered
    sections), ``bullet``, ``subheading`` or ``table`` (with ``cells``), as in
    the house style the draft was copied from."""

    text: str
    origin: Origin = field(default_factory=Origin.writer)
    kind: str = PARAGRAPH
    cells: list[list[str]] | None = None

    def __post_init__(self) -> None:
        if self.kind not in PARAGRAPH_KINDS:
            raise DraftError(f"unknown paragraph kind {self.kind!r}: expected one of "
                             f"{', '.join(PARAGRAPH_KINDS)}")
        if self.kind == TABLE:
            self.cells = [list(row) for row in self.cells or []]
            self.text = table_text(self.cells)

    @property
    def is_numbered(self) -> bool:
        """Only ordinary paragraphs carry numbers; bullets, sub-headings and tables never do."""
        return self.kind == PARAGRAPH

    def to_dict(self) -> dict:
        data = {"text": self.text, "origin": self.origin.to_dict()}
        if self.kind != PARAGRAPH:
            data["kind"] = self.kind
        if self.kind == TABLE:
            data["cells"] = [list(row) for row in self.cells or []]
        return data

    @classmethod
    def from_dict(cls, data: dict) -> "DraftParagraph":
        return cls(text=data["text"], origin=Origin.from_dict(data.get("origin") or {}),
                   kind=data.get("kind", PARAGRAPH), cells=data.get("cells"))


@dataclass
class DraftSection:
    key: str
    heading: str
    status: str = "empty"
    numbered: bool = True
    paragraphs: list[DraftParagraph] = field(default_factory=list)
    # A statement copied forward whose opening text stood under no heading is exported without one.
    heading_printed: bool = True

    def text(self) -> str:
        """The section as the desk's editor holds it: paragraphs separated by blank
        lines, sub-headings as ``### ...``, bullets as ``- ...`` (see ``markup``)."""
        return markup.section_text(self.paragraphs)

    def set_text(self, text: str) -> None:
        """Replace the paragraphs from editor text, keeping provenance where it still holds.

        A paragraph whose words are unchanged keeps its origin (wherever it moved
        within the section); one that is a close edit of a remaining old
        paragraph (difflib ratio >= 0.6, matched in order) keeps the origin
        marked edited; anything else is the writer's own. Each keeps the kind
        its markup gives it.
        """
        items = markup.parse(text)
        matched = match_paragraphs(self.paragraphs, [clean_paragraph(item.text) for item in items])
        self.paragraphs = [DraftParagraph(paragraph.text, paragraph.origin, item.kind, item.cells)
                           for paragraph, item in zip(matched, items)]
        self.follow_content()

    def set_status(self, status: str) -> None:
        if status not in STATUSES:
            raise DraftError(f"unknown status {status!r}: expected one of {', '.join(STATUSES)}")
        self.status = status

    def follow_content(self) -> None:
        """Move the status with the text: empty once words appear, back to empty when none are left."""
        if not self.paragraphs:
            self.status = "empty"
        elif self.status == "empty":
            self.status = "drafting"

    def to_dict(self) -> dict:
        return {"key": self.key, "heading": self.heading, "status": self.status, "numbered": self.numbered,
                "paragraphs": [paragraph.to_dict() for paragraph in self.paragraphs],
                **({} if self.heading_printed else {"heading_printed": False})}

    @classmethod
    def from_dict(cls, data: dict) -> "DraftSection":
        return cls(key=data["key"], heading=data["heading"], status=data.get("status", "empty"),
                   numbered=bool(data.get("numbered", True)),
                   paragraphs=[DraftParagraph.from_dict(p) for p in data.get("paragraphs", [])],
                   heading_printed=bool(data.get("heading_printed", True)))


def match_paragraphs(old: list[DraftParagraph], texts: list[str]) -> list[DraftParagraph]:
    """New paragraphs for ``texts``, carrying over the origins of ``old`` that still apply."""
    result: list[DraftParagraph | None] = [None] * len(texts)
    unused = list(range(len(old)))
    # Unchanged wording first, wherever it now stands (a moved paragraph is still the same one).
    for new_index, text in enumerate(texts):
        for old_index in unused:
            if clean_paragraph(old[old_index].text) == text:
                result[new_index] = DraftParagraph(text, old[old_index].origin)
                unused.remove(old_index)
                break
    # Then close edits, in order: an edited paragraph is paired with the first remaining old
    # paragraph after the previous pairing that it still resembles; last, one moved above a
    # paragraph paired before it (two swapped and both touched up), wherever it went.
    for in_order in (True, False):
        cursor = 0
        for new_index, text in enumerate(texts):
            if result[new_index] is not None:
                continue
            best = next((i for i in unused if (i >= cursor or not in_order) and is_close_edit(old[i].text, text)),
                        None)
            if best is not None:
                result[new_index] = DraftParagraph(text, old[best].origin.as_edited())
                unused.remove(best)
                cursor = best + 1
            elif not in_order:
                result[new_index] = DraftParagraph(text, Origin.writer())
    return [paragraph for paragraph in result if paragraph is not None]


@dataclass
class Draft:
    """A statement being written. ``revision`` is the saved revision it was loaded from (0: never saved)."""

    id: int | None
    title: str
    board: str
    date: str  # YYYY-MM: the meeting the statement goes to
    presented_by: str
    area: str
    period: str  # the period whose figures fill its templates
    sections: list[DraftSection] = field(default_factory=list)
    revision: int = 0
    from_statement: int | None = None
    next_period_missing: str | None = None  # copied forward before it had figures (drafts/roll.py)
    rolled_from: str | None = None  # the period copy forward moved the statement's figures from
    header_notes: list[str] = field(default_factory=list)  # "Police and Crime Plan Priority: ...", as copied
    # Why copy forward moved nothing ("no figures for Cheshire: …"), as the first revision's note says; not stored.
    not_rolled_because: str | None = None

    # -- sections --------------------------------------------------------------
    def section(self, key: str) -> DraftSection:
        for section in self.sections:
            if section.key == key:
                return section
        raise UnknownSection(key, [s.key for s in self.sections] or SECTION_KEYS)

    def numbered(self) -> Iterator[tuple[DraftSection, DraftParagraph, int | None]]:
        """Every paragraph in order with its printed number (None in unnumbered
        sections, and for bullets, sub-headings and tables)."""
        number = 0
        for section in self.sections:
            for paragraph in section.paragraphs:
                if section.numbered and paragraph.is_numbered:
                    number += 1
                    yield section, paragraph, number
                else:
                    yield section, paragraph, None

    def outline(self) -> Iterator[tuple[DraftSection, DraftParagraph | None, int | None]]:
        """Like ``numbered()``, plus ``(section, None, None)`` for each section with no paragraphs."""
        numbered = self.numbered()
        for section in self.sections:
            if not section.paragraphs:
                yield section, None, None
            for _ in section.paragraphs:
                yield next(numbered)

    def set_section_text(self, key: str, text: str) -> DraftSection:
        section = self.section(key)
        section.set_text(text)
        return section

    # -- paragraph edits --------------------------------------------------------
    def insert_paragraph(self, key: str, index: int | None, paragraph: DraftParagraph) -> DraftParagraph:
        """Put ``paragraph`` at ``index`` in the section (None: at the end)."""
        section = self.section(key)
        if not paragraph.text.strip():
            raise DraftError(f"section {key!r}: a paragraph needs some text")
        if paragraph.kind != TABLE:
            paragraph.text = clean_paragraph(paragraph.text)
        if problem := paragraph_too_long(paragraph.text):  # review could not read it
            raise DraftError(f"section {key!r}: the paragraph {problem}")
        position = len(section.paragraphs) if index is None else index
        if not 0 <= position <= len(section.paragraphs):
            raise DraftError(f"section {key!r} has {len(section.paragraphs)} paragraphs: "
                             f"cannot insert at {position}")
        section.paragraphs.insert(position, paragraph)
        section.follow_content()
        return paragraph

    def remove_paragraph(self, key: str, index: int) -> DraftParagraph:
        section = self.section(key)
        self._check_index(section, index)
        removed = section.paragraphs.pop(index)
        section.follow_content()
        return removed

    def move_paragraph(self, key: str, index: int, to_key: str, to_index: int | None = None) -> DraftParagraph:
        """Move a paragraph within or between sections (``to_index`` None: to the end)."""
        target = self.section(to_key)
        paragraph = self.remove_paragraph(key, index)
        position = len(target.paragraphs) if to_index is None else min(max(to_index, 0), len(target.paragraphs))
        target.paragraphs.insert(position, paragraph)
        target.follow_content()
        return paragraph

    def paragraph_by_number(self, number: int) -> tuple[DraftSection, DraftParagraph]:
        for section, paragraph, printed in self.numbered():
            if printed == number:
                return section, paragraph
        raise DraftError(f"draft {self.id} has no paragraph {number}")

    @staticmethod
    def _check_index(section: DraftSection, index: int) -> None:
        if not 0 <= index < len(section.paragraphs):
            raise DraftError(f"section {section.key!r} has no paragraph at position {index}")

    # -- facts -------------------------------------------------------------------
    def roll_counts(self) -> tuple[int, int]:
        """(figures rolled forward, things left for the writer) across the draft."""
        rolled = [p.origin for s in self.sections for p in s.paragraphs if p.origin.was_rolled]
        return sum(len(o.rolled) for o in rolled), sum(len(o.not_rolled) for o in rolled)

    @property
    def paragraph_count(self) -> int:
        """Paragraphs, bullets and tables; sub-headings are structure (as in the corpus)."""
        return sum(1 for section in self.sections for p in section.paragraphs if p.kind != SUBHEADING)

    @property
    def word_count(self) -> int:
        return sum(len(p.text.split()) for section in self.sections for p in section.paragraphs)

    def sections_done(self) -> int:
        return sum(1 for section in self.sections if section.status == "done")

    # -- revision content ----------------------------------------------------------
    def to_dict(self) -> dict:
        """The draft's content as stored in a revision (no id, no revision number)."""
        return {
            "title": self.title, "board": self.board, "date": self.date,
            "presented_by": self.presented_by, "area": self.area, "period": self.period,
            "from_statement": self.from_statement, "sections": [section.to_dict() for section in self.sections],
            **{key: value for key, value in (("next_period_missing", self.next_period_missing),
                                             ("rolled_from", self.rolled_from), ("header_notes", self.header_notes))
               if value},
        }

    @classmethod
    def from_dict(cls, data: dict, *, id: int | None = None, revision: int = 0) -> "Draft":
        return cls(
            id=id, title=data.get("title") or "", board=data.get("board") or "", date=data.get("date") or "",
            presented_by=data.get("presented_by") or "", area=data.get("area") or "", period=data.get("period") or "",
            sections=[DraftSection.from_dict(s) for s in data.get("sections", [])],
            revision=revision, from_statement=data.get("from_statement"), rolled_from=data.get("rolled_from"),
            next_period_missing=data.get("next_period_missing"), header_notes=list(data.get("header_notes") or []))


@dataclass
class DraftSummary:
    """One line of ``list_drafts``."""

    id: int
    title: str
    date: str | None
    revision: int
    created_at: str
    updated_at: str
    paragraphs: int
    sections_done: int
    sections_total: int
    area: str | None = None  # whose figures, and for when: what tells two drafts of one title apart
    period: str | None = None

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class RevisionInfo:
    """One saved revision: what ``list_revisions`` shows."""

    number: int
    saved_at: str
    note: str | None
    size: int  # bytes of stored content
    paragraphs: int

    def to_dict(self) -> dict:
        return dict(self.__dict__)


__all__ = ["CLOSE_EDIT_RATIO", "CLOSING", "INTRODUCTION", "Draft", "DraftError", "DraftParagraph", "DraftSection",
           "DraftSummary", "Origin", "RevisionInfo", "STATUSES", "UnknownRevision", "UnknownSection",
           "clean_paragraph", "match_paragraphs", "split_paragraphs"]
