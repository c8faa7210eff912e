"""What filling gives back: sentences with the figures they used, and the
placeholder that stands where a figure is missing."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

PLACEHOLDER_RE = re.compile(
    r"\[\[missing (?P<measure>[a-z][a-z0-9_]*) for (?P<area>[^\]]+?) "
    r"(?P<period>\d{4}(?:-Q[1-4]|/\d{2})?)\]\]"
)


# The other gap a draft's text may hold: a note its writer left to come back to, never meant
# for the board: "TODO", a template's "{{ rate }}" or "{% if %}" copied in, "[insert rate]",
# "[TBC]". Export refuses it and review names it, as they do a missing figure's placeholder.
WRITER_NOTE_RE = re.compile(r"\bTODO\b|\bFIXME\b|\{\{.{0,80}?\}\}|\{%.{0,80}?%\}"
                            r"|\[(?i:insert|tbc|tbd|to be confirmed)\b[^\]]{0,80}\]")


def placeholder(measure: str, area: str, period: str) -> str:
    return f"[[missing {measure} for {area} {period}]]"


@dataclass
class FilledSentence:
    """One rendered sentence template and the figures it used.

    ``missing`` lists figures that were not there (each ``template, measure,
    area, period``); then ``text`` holds placeholders for them. An empty
    ``text`` with nothing missing means the template does not apply to these
    figures (e.g. a caution about small numbers when the numbers are large).
    """

    template: str
    text: str
    figures: list[dict] = field(default_factory=list)
    missing: list[dict] = field(default_factory=list)

    @property
    def fillable(self) -> bool:
        return not self.missing

    def to_dict(self) -> dict:
        data = {"template": self.template, "text": self.text, "figures": self.figures}
        if self.missing:
            data["missing"] = self.missing
        return data


@dataclass
class FillResult:
    """Every sentence template of a priority filled for one area and period."""

    priority: str
    period: str
    area: str
    sentences: list[FilledSentence] = field(default_factory=list)
    missing: list[dict] = field(default_factory=list)
    not_fillable: list[FilledSentence] = field(default_factory=list)
    not_applicable: list[str] = field(default_factory=list)
    broken: list[str] = field(default_factory=list)  # one line per template mistake found filling
    failed: list[str] = field(default_factory=list)  # the ids of the templates those mistakes are in

    def to_dict(self) -> dict:
        data = {"sentences": [s.to_dict() for s in self.sentences], "missing": self.missing}
        if self.broken:
            data["broken"] = self.broken
        return data


@dataclass(frozen=True)
class TemplateInfo:
    id: str
    priority: str
    description: str
    file: str
    line: int = 0  # where its macro starts in ``file``

    def to_dict(self) -> dict:
        return {"id": self.id, "priority": self.priority, "description": self.description,
                "file": self.file, "line": self.line}
