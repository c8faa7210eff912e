"""The result of a review: findings, every number found, reuse, coverage, changes."""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.claims.numbers import NumberMention
from drafter.priorities import SECTION_KEYS
from drafter.review.checks.changes import ChangeSet
from drafter.review.checks.reuse import ReuseReport
from drafter.review.document import ReviewDocument
from drafter.review.findings import SEVERITIES, Finding

FIGURE_STATUSES = ("verified", "stale", "unverified", "wrong", "not-a-figure")
WHOLE_STATEMENT = "whole statement"
"""The label findings about no one section are listed under."""


@dataclass
class ReviewReport:
    """Everything a review found. ``to_dict()`` is the ``--json`` shape.

    ``findings`` are in reading order (section, then paragraph); each carries
    the section key and paragraph number (and index within the section) so a
    front end can jump to the paragraph.
    """

    document: ReviewDocument
    period: str | None
    area: str | None
    figures_area: str | None
    against: dict | None
    findings: list[Finding] = field(default_factory=list)
    figures: list[NumberMention] = field(default_factory=list)
    reuse: ReuseReport = field(default_factory=ReuseReport)
    coverage: dict = field(default_factory=dict)
    changes: ChangeSet | None = None
    acronyms: dict = field(default_factory=dict)
    plain_english: dict = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    ranks: list = field(default_factory=list)  # rank and national claims (drafter.claims.ranks)

    # -- summaries ------------------------------------------------------------
    def severity_counts(self) -> dict[str, int]:
        counts = {severity: 0 for severity in SEVERITIES}
        for finding in self.findings:
            counts[finding.severity] += 1
        return counts

    def figure_counts(self) -> dict[str, int]:
        counts = {status: 0 for status in FIGURE_STATUSES}
        for mention in self.figures:
            counts[mention.status] = counts.get(mention.status, 0) + 1
        return counts

    @property
    def has_errors(self) -> bool:
        return any(f.severity == "error" for f in self.findings)

    def findings_for(self, section: str | None, index: int | None = None) -> list[Finding]:
        """Findings about one paragraph (``index`` within the section) or, with None, the section."""
        return [f for f in self.findings if f.section == section and f.index == index]

    def place(self, finding: Finding) -> str | None:
        """How the finding's paragraph is named in a listing grouped by section:
        ``¶22``, or its first words when it has no number; None for a whole section."""
        if finding.index is None:
            return None
        for section in self.document.sections:
            if section.label == finding.section and finding.index < len(section.paragraphs):
                return section.paragraphs[finding.index].name
        return f"¶{finding.paragraph}" if finding.paragraph is not None else f"#{finding.index + 1}"

    def summary_line(self) -> str:
        severities = self.severity_counts()
        figures = self.figure_counts()
        parts = [
            f"{_counted(len(self.findings), 'finding')}: {_counted(severities['error'], 'error')}, "
            f"{_counted(severities['warning'], 'warning')}, {severities['info']} info",
            f"figures: {figures['verified']} verified, {figures['stale']} stale, "
            f"{figures['unverified']} unverified, {figures['wrong']} wrong",
            f"new writing: {self.reuse.new_writing_share:.0%}",
        ]
        if self.ranks:
            statuses = [claim.status for claim in self.ranks]
            parts.insert(2, f"ranks: {statuses.count('verified')} verified, {statuses.count('wrong')} wrong, "
                            f"{statuses.count('unverifiable')} unverifiable")
        return " · ".join(parts)

    def figures_fact(self) -> str:
        """"figures West Midlands 2022", or "figures: none" when numbers went unchecked."""
        if self.figures_area:
            return f"figures {self.figures_area} {self.period or '(no period)'}"
        return "figures: none"

    def section_order(self) -> list[str]:
        """Section labels in reading order: the document's, with a section it
        lacks (a missing priority's) where the national order puts it, then
        any others findings name."""
        order = [s.label for s in self.document.sections]
        for key in SECTION_KEYS:
            if key not in order and any(f.section == key for f in self.findings):
                order.insert(_national_place(order, key), key)
        for finding in self.findings:
            if finding.section is not None and finding.section not in order:
                order.append(finding.section)
        return order

    def sort_findings(self) -> None:
        """Findings about the whole statement first, then section by section."""
        order = {label: i for i, label in enumerate(self.section_order())}
        rank = {severity: i for i, severity in enumerate(SEVERITIES)}
        self.findings.sort(key=lambda f: (
            -1 if f.section is None else order.get(f.section, len(order)),
            -1 if f.index is None else f.index,
            rank[f.severity], f.kind,
        ))

    def grouped(self) -> list[tuple[str, list[Finding]]]:
        """Findings by section label; the whole statement's first, under
        :data:`WHOLE_STATEMENT`."""
        groups: dict[str, list[Finding]] = {}
        for finding in self.findings:
            groups.setdefault(finding.section or WHOLE_STATEMENT, []).append(finding)
        order = [WHOLE_STATEMENT, *self.section_order()]
        return sorted(groups.items(), key=lambda item: order.index(item[0]) if item[0] in order else len(order))

    # -- output -----------------------------------------------------------------
    def target_dict(self) -> dict:
        document = self.document
        return {"kind": document.kind, "draft_id": document.draft_id,
                "statement_id": document.statement_id, "file": document.file,
                "title": document.title, "force": document.force, "date": document.date}

    def to_dict(self) -> dict:
        return {
            "target": self.target_dict(),
            "period": self.period,
            "area": self.area,
            "figures_area": self.figures_area,
            "against": self.against,
            "summary": {
                "findings": self.severity_counts(),
                "figures": self.figure_counts(),
                "new_writing_share": round(self.reuse.new_writing_share, 3),
                "has_errors": self.has_errors,
            },
            "findings": [f.to_dict() for f in self.findings],
            "figures": [figure_dict(m) for m in self.figures],
            "reuse": self.reuse.to_dict(),
            "coverage": self.coverage,
            "changes": self.changes.to_dict() if self.changes else None,
            "acronyms": self.acronyms,
            "plain_english": self.plain_english,
            "notes": self.notes,
            "ranks": [claim.to_dict() for claim in self.ranks],
        }


def figure_dict(mention: NumberMention) -> dict:
    paragraph = mention.paragraph
    return {
        "section": paragraph.section_label if paragraph else None,
        "paragraph": paragraph.number if paragraph else None,
        "index": paragraph.index if paragraph else None,
        "text": mention.text,
        "value": mention.value,
        "kind": mention.kind,
        "per": mention.per,
        "approximate": mention.approximate,
        "status": mention.status,
        "measure": mention.measure,
        "period": mention.period,
        "derivation": mention.derivation,
        "source": mention.source,
    }


def _national_place(order: list[str], key: str) -> int:
    """Where a section the document lacks goes among its labels: after the
    last section the national order puts before it."""
    national = {label: i for i, label in enumerate(SECTION_KEYS)}
    place = national[key]
    before = [i for i, label in enumerate(order) if national.get(label, len(national)) < place]
    if before:
        return before[-1] + 1
    after = [i for i, label in enumerate(order) if label in national]
    return after[0] if after else len(order)


def _counted(count: int, noun: str) -> str:
    """``1 error``, ``2 errors``, ``0 errors``."""
    return f"{count} {noun}{'' if count == 1 else 's'}"
