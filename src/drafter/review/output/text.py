"""The review as plain text: a header, findings grouped by section (one line
each), and a summary line."""

from __future__ import annotations

from drafter.columns import wrap
from drafter.review.report import ReviewReport

WHERE_COLUMN = 5
"""Wide enough for ``¶123``."""


def _where(report: ReviewReport, finding) -> str:
    return report.place(finding) or "-"


def render(report: ReviewReport, width: int | None = None) -> str:
    """The report as text. With ``width``, long lines are wrapped to it, a
    finding's message continuing under the message column, and an unnumbered
    paragraph's first words head its findings; without, each finding stays on
    one line (for grep), its paragraph named at its start."""
    document = report.document
    lines = [wrap(f"Review of {document.name}: {document.title or 'untitled'}", width)]
    facts = [f"force {document.force or 'unknown'}", f"date {document.date or 'unknown'}",
             report.figures_fact()]
    if report.against:
        facts.append(f"compared with statement {report.against['statement_id']} "
                     f"({report.against.get('date') or 'undated'})"
                     + (f": {report.against['file']}" if report.against.get("file") else ""))
    else:
        facts.append("compared with: none")
    lines.append(wrap(" · ".join(facts), width))
    for note in report.notes:
        lines.append("note: " + wrap(note, width, len("note: ")))
    for group in report.grouped():
        label, heading = group.label, report.group_heading(group)
        lines.append("")
        lines.append(wrap(f"{label}" + (f" — {heading}" if heading and heading != label else ""), width))
        named = None
        for finding in group.findings:
            where = _where(report, finding)
            if width and len(where) > WHERE_COLUMN:
                # An unnumbered paragraph's first words on a line of their own, once
                # for the findings under them: the columns stay where they are.
                if where != named:
                    lines.append(wrap(f"  {where}", width, 4))
                named, where = where, ""
            prefix = f"  {where:>{WHERE_COLUMN}}  {finding.severity:<7}  {finding.kind:<21}  "
            lines.append(prefix + wrap(finding.message, width, len(prefix)))
    if report.ranks:
        lines.append("")
        lines.append("rank and national claims")
        for claim in report.ranks:
            paragraph = claim.paragraph
            where = paragraph.label if paragraph is not None else "-"
            prefix = f"  {where:>5}  {claim.status:<12}  "
            lines.append(prefix + wrap(f"'{claim.named_as or claim.text}': {claim.reason}", width, len(prefix)))
    lines.append("")
    lines.append(wrap(report.summary_line(), width))
    return "\n".join(lines)
