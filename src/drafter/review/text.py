"""The review as plain text: a header, findings grouped by section (one line
each), and a summary line."""

from __future__ import annotations

from drafter.review.report import ReviewReport


def _where(finding) -> str:
    if finding.paragraph is not None:
        return f"¶{finding.paragraph}"
    if finding.index is not None:
        return f"#{finding.index + 1}"
    return "-"


def render(report: ReviewReport) -> str:
    document = report.document
    lines = [f"Review of {document.name}: {document.title or 'untitled'}"]
    facts = [f"force {document.force or 'unknown'}", f"date {document.date or 'unknown'}",
             f"figures {report.figures_area or report.area or 'none'} {report.period or '(no period)'}"]
    if report.against:
        facts.append(f"compared with statement {report.against['statement_id']} "
                     f"({report.against.get('date') or 'undated'})")
    else:
        facts.append("compared with: no earlier statement of the same force")
    lines.append(" · ".join(facts))
    for note in report.notes:
        lines.append(f"note: {note}")
    headings = {s.label: s.heading for s in document.sections}
    for label, findings in report.grouped():
        heading = headings.get(label)
        lines.append("")
        lines.append(f"{label}" + (f" — {heading}" if heading and heading != label else ""))
        for finding in findings:
            lines.append(f"  {_where(finding):>5}  {finding.severity:<7}  {finding.kind:<21}  {finding.message}")
    lines.append("")
    lines.append(report.summary_line())
    return "\n".join(lines)
