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

    def to_dict(self) -> dict:
        return {
            "paragraphs": self.paragraphs, "analysed": self.analysed, "reused": self.reused,
            "seconds": round(self.seconds, 3), "generation": self.generation, "terms": self.terms,
            "groups": self.groups, "predicted": self.predicted, "up_to_date": self.up_to_date,
        }


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

    @property
    def level(self) -> str:
        """How close the hit is: ``close``, ``related`` or ``weak`` (``search.relevance``)."""
        return relevance_level(self.score)

    def to_dict(self) -> dict:
        return {
            "statement_id": self.statement_id, "number": self.number, "priority": self.priority,
            "text": self.text, "score": round(self.score, 4), "level": self.level, "title": self.title,
            "force": self.force, "date": self.date, "matched": self.matched,
            "also_in": self.also_in, "subheading": self.subheading,
        }


@dataclass
class Classification:
    priority: str
    confidence: float
    scores: dict[str, float]

    def to_dict(self) -> dict:
        return {"priority": self.priority, "confidence": round(self.confidence, 4),
                "scores": {k: round(v, 4) for k, v in self.scores.items()}}
