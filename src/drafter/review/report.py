"""The result of a review: findings, every number found, reuse, coverage, changes."""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.claims.numbers import NumberMention
from drafter.priorities import SECTION_KEYS
from drafter.review.checks.changes import ChangeSet
from drafter.review.checks.reuse import ReuseReport
from drafter.review.document import ReviewDocument, ReviewParagraph, ReviewSection
from drafter.review.findings import SEVERITIES, Finding

FIGURE_STATUSES = ("verified", "stale", "unverified", "wrong", "not-a-figure")
WHOLE_STATEMENT = "whole statement"
"""The label findings about no one section are listed under."""
NO_SECTION = "no section in this statement"
"""Beside a priority the statement has no section for (its findings say what that means)."""
COVERED_IN_TABLE = "in the template table, with no section of its own"
"""Beside a priority the statement reports only in the Home Office template table."""


@dataclass
class FindingGroup:
    """The findings listed under one heading of a report grouped by section.

    ``label`` is :data:`WHOLE_STATEMENT`, a section key or an unrecognised
    heading; ``heading`` the section's heading as printed, and ``section``
    the section itself (both None for the whole statement and for a section
    the statement lacks).
    """

    label: str
    heading: str | None
    findings: list[Finding]
    section: ReviewSection | None = None


@dataclass
class ReviewReport:
    """Everything a review found. ``to_dict()`` is the ``--json`` shape.

    ``findings`` are in reading order (section, then paragraph); each carries
    the section key and paragraph number (and index under the section's
    label) so a front end can jump to the paragraph.
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
    comparisons: list[dict] = field(default_factory=list)  # with an earlier period (checks.comparisons)
    _layout_cache: "_Layout | None" = field(default=None, init=False, repr=False, compare=False)

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

    def place(self, finding: Finding) -> str | None:
        """How the finding's paragraph is named in a listing grouped by section:
        ``¶22``, or its first words when it has no number; None for a whole section."""
        if finding.index is None:
            return None
        found = self._layout().paragraphs.get((finding.section, finding.index))
        if found is not None:
            return found.name
        return f"¶{finding.paragraph}" if finding.paragraph is not None else f"#{finding.index + 1}"

    def _finding_dict(self, finding: Finding) -> dict:
        """A finding's JSON, its ``paragraph`` the number printed beside it:
        ``22``, or ``"3.3"`` for a paragraph numbered within its section."""
        data = finding.to_dict()
        if finding.paragraph is None and finding.index is not None:
            found = self._layout().paragraphs.get((finding.section, finding.index))
            data["paragraph"] = found.printed_number if found is not None else None
        return data

    def findings_summary(self) -> str:
        """"39 findings: 1 error, 30 warnings, 8 info": the summary line's
        first part, which the desk's review shows on its own."""
        severities = self.severity_counts()
        return (f"{_counted(len(self.findings), 'finding')}: {_counted(severities['error'], 'error')}, "
                f"{_counted(severities['warning'], 'warning')}, {severities['info']} info")

    def summary_line(self) -> str:
        figures = self.figure_counts()
        parts = [
            self.findings_summary(),
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

    def _layout(self) -> "_Layout":
        # Built once the findings are in: listings ask for every finding's place.
        if self._layout_cache is None or self._layout_cache.findings != (id(self.findings), len(self.findings)):
            self._layout_cache = _Layout(self)
        return self._layout_cache

    def sort_findings(self) -> None:
        """Findings about the whole statement first, then section by section
        in reading order (a heading the statement repeats is a section of its own)."""
        layout = self._layout()
        rank = {severity: i for i, severity in enumerate(SEVERITIES)}
        self.findings.sort(key=lambda f: (
            layout.slot_of(f), -1 if f.index is None else f.index, rank[f.severity], f.kind))

    def grouped(self) -> list[FindingGroup]:
        """Findings by section in reading order, the whole statement's first
        (under :data:`WHOLE_STATEMENT`): each section the statement has is a
        group of its own, even when its heading repeats another's."""
        layout = self._layout()
        groups: dict[int, list[Finding]] = {}
        for finding in self.findings:
            groups.setdefault(layout.slot_of(finding), []).append(finding)
        return [FindingGroup(layout.label(slot), layout.heading(slot), groups[slot], layout.section(slot))
                for slot in sorted(groups)]

    def group_heading(self, group: FindingGroup) -> str | None:
        """What a listing prints beside a group's label: the section's heading,
        or for a priority the statement has no section for, whether the
        template table covers it (it is not missing then, only sectionless)."""
        if group.section is not None or group.label not in SECTION_KEYS:
            return group.heading
        priority = self.coverage.get("priorities", {}).get(group.label, {})
        return COVERED_IN_TABLE if priority.get("in_table") else NO_SECTION

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
            "findings": [self._finding_dict(f) for f in self.findings],
            "figures": [figure_dict(m) for m in self.figures],
            "reuse": self.reuse.to_dict(),
            "coverage": self.coverage,
            "changes": self.changes.to_dict() if self.changes else None,
            "acronyms": self.acronyms,
            "plain_english": self.plain_english,
            "notes": self.notes,
            "ranks": [claim.to_dict() for claim in self.ranks],
            "comparisons": self.comparisons,
        }


def figure_dict(mention: NumberMention) -> dict:
    paragraph = mention.paragraph
    return {
        "section": paragraph.section_label if paragraph else None,
        "paragraph": paragraph.printed_number if paragraph else None,
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


class _Layout:
    """Where each finding stands: the sections in reading order (a slot each,
    with the sections the statement lacks put where the national order puts
    them) and each paragraph by its section label and index."""

    def __init__(self, report: ReviewReport):
        self.findings = (id(report.findings), len(report.findings))
        sections = [*report.document.sections, *report.document.annex_sections]
        self.paragraphs: dict[tuple[str, int], ReviewParagraph] = {}
        self._slot_of_paragraph: dict[tuple[str, int], int] = {}
        labels = [section.label for section in sections]
        named = set(labels)
        absent = [key for key in SECTION_KEYS if key not in named
                  and any(f.section == key for f in report.findings)]
        for key in absent:
            labels.insert(_national_place(labels, key), key)
        extra = [f.section for f in report.findings if f.section is not None and f.section not in named]
        labels += [label for label in dict.fromkeys(extra) if label not in absent]
        # Slot 0 is the whole statement; the document's sections keep their order among the labels.
        remaining = iter(sections)
        self.slots: list[_Slot] = []
        self._first_slot: dict[str, int] = {}
        for label in labels:
            section = next(remaining) if label in named else None
            slot = len(self.slots) + 1
            self.slots.append(_Slot(label, section))
            self._first_slot.setdefault(label, slot)
            for paragraph in section.paragraphs if section else ():
                self.paragraphs[(label, paragraph.index)] = paragraph
                self._slot_of_paragraph[(label, paragraph.index)] = slot

    def slot_of(self, finding: Finding) -> int:
        if finding.section is None:
            return 0
        if finding.index is not None:
            slot = self._slot_of_paragraph.get((finding.section, finding.index))
            if slot is not None:
                return slot
        return self._first_slot.get(finding.section, len(self.slots) + 1)

    def label(self, slot: int) -> str:
        return self.slots[slot - 1].label if 0 < slot <= len(self.slots) else WHOLE_STATEMENT

    def heading(self, slot: int) -> str | None:
        section = self.section(slot)
        return section.heading if section else None

    def section(self, slot: int) -> ReviewSection | None:
        return self.slots[slot - 1].section if 0 < slot <= len(self.slots) else None


@dataclass
class _Slot:
    label: str
    section: ReviewSection | None


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
