"""What searching, classifying and building the index give back."""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.search.relevance import relevance_level


@dataclass
class IndexReport:
    """What a build did. ``analysed`` and ``reused`` count distinct paragraph
    texts parsed by spaCy now and taken from the analysis cache."""

    paragraphs: int
    analysed: int
    reused: int
    seconds: float
    generation: int
    terms: int = 0
    groups: int = 0
    predicted: int = 0
    up_to_date: bool = False
    # A refresh (statements added or removed since the last build, kept
    # beside it) says how many statements it took in and dropped; a build in
    # full leaves these None.
    statements_added: int | None = None
    statements_removed: int | None = None
    # Why the index built could not be saved (a full disk): it is searched from memory meanwhile.
    unsaved: str | None = None

    @property
    def refreshed(self) -> bool:
        return self.statements_added is not None

    def to_dict(self) -> dict:
        return {
            "paragraphs": self.paragraphs, "analysed": self.analysed, "reused": self.reused,
            "seconds": round(self.seconds, 3), "generation": self.generation, "terms": self.terms,
            "groups": self.groups, "predicted": self.predicted, "up_to_date": self.up_to_date,
            "refreshed": self.refreshed, "statements_added": self.statements_added,
            "statements_removed": self.statements_removed, "unsaved": self.unsaved,
        }

    def what_was_done(self) -> str:
        """How the index was brought up to date, in words: "already up to
        date", "refreshed: 1 statement removed", "built in full"."""
        if self.unsaved:
            how = "refreshed" if self.refreshed else "built in full"
            return f"{how} and kept in memory only: {self.unsaved}"
        if self.up_to_date:
            return "already up to date"
        if not self.refreshed:
            return "built in full"
        changes = [f"{count} statement{_s(count)} {what}" for count, what in
                   ((self.statements_added, "added"), (self.statements_removed, "removed")) if count]
        return "refreshed: " + (" and ".join(changes) if changes else "nothing added or removed")


@dataclass
class SearchHit:
    """One result: the newest version of a paragraph and how widely it was used."""

    paragraph_id: int
    statement_id: int
    number: int | None
    priority: str | None
    text: str
    score: float
    title: str | None
    force: str | None
    date: str | None
    file: str | None
    matched: list[str] = field(default_factory=list)
    also_in: int = 0
    predicted: bool = False
    subheading: str | None = None  # the sub-heading it sits under in its section, if any
    # Of ``also_in``, the statements of forces other than ``own_force`` (the
    # workspace's): a near-copy in another force's statements is not the
    # writer's history.
    also_in_other_forces: int = 0
    own_force: str | None = None
    kind: str = "paragraph"  # or bullet, sub-heading or table, as its statement set it
    cells: list[list[str]] | None = None  # a table's
    # Its place in its statement's order (p12 in `corpus show`): what addresses a paragraph printed with no number.
    statement_place: int | None = None

    @property
    def editor_text(self) -> str:
        """The paragraph as the desk's editor writes it: a bullet with its mark,
        a table in rows of cells, so that it is inserted as what it is."""
        from drafter.drafts.markup import item_text

        return item_text(self.kind, self.text, self.cells)

    @property
    def also_in_words(self) -> str:
        """Where else the paragraph is, the writer's force first where the
        near-copies mix forces: "also in 3 other Cumbria statements; 16 of
        other forces" ("" when nowhere)."""
        others = self.also_in_other_forces
        own = self.also_in - others
        mine = bool(self.own_force) and (self.force or "").casefold() == self.own_force.casefold()
        if others and not own and mine:
            # The office's paragraph whose words are elsewhere only in other forces' statements.
            return "also in 1 statement of another force" if others == 1 else \
                f"also in {others} statements of other forces"
        if not others or not own:
            return f"also in {self.also_in} other statement{_s(self.also_in)}" if self.also_in else ""
        elsewhere = "1 of another force" if others == 1 else f"{others} of other forces"
        other = " other" if mine else ""
        return f"also in {own}{other} {self.own_force} statement{_s(own)}; {elsewhere}"

    @property
    def place(self) -> str:
        """Where the paragraph is in its statement: "¶4", or for an unnumbered
        one the sub-heading it sits under ("What we are doing"), as the desk
        names it; "unnumbered" under none."""
        if self.number is not None:
            return f"¶{self.number}"
        return self.subheading.rstrip(" :") if self.subheading else "unnumbered"

    @property
    def level(self) -> str:
        """How close the hit is: ``close``, ``related`` or ``weak`` (``search.relevance``)."""
        return relevance_level(self.score)

    def to_dict(self) -> dict:
        return {
            "statement_id": self.statement_id, "number": self.number, "priority": self.priority,
            "text": self.text, "score": round(self.score, 4), "level": self.level, "title": self.title,
            "force": self.force, "date": self.date, "matched": self.matched,
            "also_in": self.also_in, "also_in_other_forces": self.also_in_other_forces,
            "subheading": self.subheading, "kind": self.kind, "cells": self.cells, "place": self.statement_place,
        }


@dataclass
class Classification:
    priority: str
    confidence: float
    scores: dict[str, float]

    def to_dict(self) -> dict:
        return {"priority": self.priority, "confidence": round(self.confidence, 4),
                "scores": {k: round(v, 4) for k, v in self.scores.items()}}


def _s(count: int) -> str:
    return "" if count == 1 else "s"
