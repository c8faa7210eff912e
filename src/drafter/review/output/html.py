"""The review as one self-contained HTML page a reviewer opens in a browser.

Side-by-side changes with word-level highlights, findings beside the
paragraphs they concern, the table of every number and its status, reuse and
coverage. Everything from a statement is escaped (Jinja2 autoescaping, and
``markupsafe.escape`` for the highlighted text built here); the page has
inline CSS only — no scripts, no external URLs, nothing fetched.
"""

from __future__ import annotations

from pathlib import Path

from drafter.review.checks.reuse import reads_as_another_forces
from drafter.review.report import ReviewReport, figure_dict

STATUS_CLASSES = {"verified": "fig-ok", "stale": "fig-stale", "unverified": "fig-unverified",
                  "wrong": "fig-wrong", "unverifiable": "fig-unverified"}
# A figure's status said in words after it, so a reader without colour, or with a
# screen reader, tells a wrong figure from a stale one as the colours do.
STATUS_TAGS = {"fig-stale": "stale", "fig-unverified": "unverified", "fig-wrong": "wrong"}

TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Review: {{ title }}</title>
<style>
body { font-family: Georgia, serif; margin: 1.5em auto; max-width: 78em; color: #222; line-height: 1.45; }
h1 { font-size: 1.4em; } h2 { font-size: 1.2em; border-bottom: 1px solid #bbb; margin-top: 2em; }
h3 { font-size: 1.05em; margin-bottom: .3em; }
table { border-collapse: collapse; width: 100%; font-size: .92em; }
th, td { border: 1px solid #ccc; padding: .3em .5em; vertical-align: top; text-align: left; }
th { background: #f0f0f0; }
.facts { color: #555; } .summary { font-weight: bold; }
.sev-error { color: #a00; font-weight: bold; } .sev-warning { color: #a60; } .sev-info { color: #357; }
td.para { width: 50%; }
.status { font-size: .8em; color: #666; text-transform: uppercase; letter-spacing: .05em; }
.ins { background: #d8f5d0; text-decoration: underline; } .del { background: #f8d4d4; text-decoration: line-through; }
.fig-ok { border-bottom: 2px solid #2a8a2a; } .fig-stale { background: #ffe9b3; border-bottom: 2px solid #c80; }
.fig-unverified { border-bottom: 2px dotted #c80; } .fig-wrong { background: #f8c0c0; border-bottom: 2px solid #a00; }
ul.findings { margin: .3em 0 0 0; padding-left: 1.2em; font-size: .9em; }
.row-error { border-left: 4px solid #a00; } .row-warning { border-left: 4px solid #c80; }
.row-info { border-left: 4px solid #9ab; }
.evidence { color: #555; font-style: italic; }
.legend span { margin-right: 1em; } .legend .fig-tag { margin-right: .2em; }
.fig-tag { font-size: .75em; font-variant: small-caps; color: #444; margin-left: .15em; }
</style>
</head>
<body>
<h1>Review: {{ title }}</h1>
<p class="facts">{{ facts }}</p>
{% for note in notes %}<p class="facts">Note: {{ note }}</p>{% endfor %}
<p class="summary">{{ summary }}</p>
<p class="legend"><span class="fig-ok">verified figure</span><span class="fig-stale">stale figure</span><span class="fig-tag">[stale]</span>
<span class="fig-unverified">unverified figure</span><span class="fig-tag">[unverified]</span><span class="fig-wrong">wrong figure</span><span class="fig-tag">[wrong]</span>
<span class="ins">added words</span><span class="del">removed words</span></p>

<h2>Findings</h2>
{% if not groups %}<p>No findings.</p>{% endif %}
{% for group in groups %}
<h3>{{ group.label }}{% if group.heading %} — {{ group.heading }}{% endif %}</h3>
<table>
<tr><th>Where</th><th>Severity</th><th>Kind</th><th>Message</th><th>Evidence</th></tr>
{% for f in group.findings %}
<tr><td>{% if f.anchor %}<a href="#{{ f.anchor }}">{{ f.where }}</a>{% else %}{{ f.where }}{% endif %}</td>
<td class="sev-{{ f.severity }}">{{ f.severity }}</td><td>{{ f.kind }}</td><td>{{ f.message }}</td>
<td class="evidence">{{ f.evidence }}</td></tr>
{% endfor %}
</table>
{% endfor %}

<h2>Text{% if against %} compared with statement {{ against.statement_id }} ({{ against.date or "undated" }}){% if against.file %}: {{ against.file }}{% endif %}{% endif %}</h2>
{% if changes_note %}<p class="facts">{{ changes_note }}</p>{% endif %}
{% for section in sections %}
<h3>{{ section.label }}{% if section.heading %} — {{ section.heading }}{% endif %}</h3>
<table>
<tr>{% if against %}<th>Before</th>{% endif %}<th>Now</th></tr>
{% for row in section.rows %}
<tr{% if row.worst %} class="row-{{ row.worst }}"{% endif %}>
{% if against %}<td class="para">{% if row.old %}<span class="status">{{ row.old_label }}</span><br>{{ row.old }}{% endif %}</td>{% endif %}
<td class="para"{% if row.anchor %} id="{{ row.anchor }}"{% endif %}>{% if row.new is not none %}<span class="status">{{ row.new_label }} · {{ row.status }}</span><br>{{ row.new }}{% else %}<span class="status">{{ row.status }}</span>{% endif %}
{% if row.findings %}<ul class="findings">{% for f in row.findings %}<li class="sev-{{ f.severity }}">{{ f.severity }} · {{ f.kind }}: {{ f.message }}</li>{% endfor %}</ul>{% endif %}
</td></tr>
{% endfor %}
</table>
{% endfor %}

<h2>Figures</h2>
<table>
<tr><th>Where</th><th>Number</th><th>Kind</th><th>Status</th><th>How</th><th>Source</th></tr>
{% for n in figures %}
<tr><td>{{ n.where }}</td><td class="{{ n.css }}">{{ n.text }}</td><td>{{ n.kind }}</td><td>{{ n.status }}</td>
<td>{{ n.derivation or "" }}</td><td>{{ n.source or "" }}</td></tr>
{% endfor %}
</table>

{% if ranks %}
<h2>Rank and national claims</h2>
<table>
<tr><th>Where</th><th>Claim</th><th>Status</th><th>What the figures of every force say</th><th>Source</th></tr>
{% for c in ranks %}
<tr><td>{{ c.where }}</td><td class="{{ c.css }}">{{ c.text }}</td><td>{{ c.status }}</td><td>{{ c.reason }}</td>
<td>{{ c.source or "" }}</td></tr>
{% endfor %}
</table>
{% endif %}

<h2>Reuse</h2>
<p>{{ reuse_summary }}</p>
<table>
<tr><th>Where</th><th>Closest past paragraph of this force</th><th>Similarity</th><th>Carried over verbatim</th>
<th>As another force wrote it</th></tr>
{% for r in reuse %}
<tr><td>{{ r.where }}</td><td>{{ r.closest }}</td><td>{{ r.similarity }}</td><td>{{ r.verbatim }}</td>
<td>{{ r.elsewhere }}</td></tr>
{% endfor %}
</table>

<h2>Coverage of the national priorities</h2>
<table>
<tr><th>Priority</th><th>Paragraphs</th><th>Says why it applies locally</th></tr>
{% for c in coverage %}
<tr><td>{{ c.title }}</td><td>{{ c.paragraphs }}</td><td>{{ c.applicability }}</td></tr>
{% endfor %}
</table>
{% if around %}<h3>Around the priorities</h3>
<table>
<tr><th>What the statement carries</th><th>Where it says so</th></tr>
{% for c in around %}
<tr><td>{{ c.title }}</td><td>{{ c.said or "missing" }}</td></tr>
{% endfor %}
</table>{% endif %}
</body>
</html>
"""


def _marked(text: str, spans: list[tuple[int, int, str, str | None]]):
    """``text`` escaped, with ``<span class=...>`` around each (start, end, class, title) span."""
    from markupsafe import Markup, escape

    if not spans:
        return escape(text)
    cuts = sorted({0, len(text), *[s for s, _, _, _ in spans], *[e for _, e, _, _ in spans]})
    pieces = []
    for start, end in zip(cuts, cuts[1:]):
        covering = [(cls, title) for s, e, cls, title in spans if s <= start and end <= e]
        chunk = escape(text[start:end])
        if covering:
            classes = " ".join(sorted({cls for cls, _ in covering}))
            titles = "; ".join(t for _, t in covering if t)
            title = Markup(' title="{}"').format(titles) if titles else ""
            pieces.append(Markup('<span class="{}"{}>{}</span>').format(classes, title, chunk))
            pieces += [Markup('<span class="fig-tag">[{}]</span>').format(STATUS_TAGS[cls])
                       for s, e, cls, _ in spans if cls in STATUS_TAGS and s <= start and e == end]
        else:
            pieces.append(chunk)
    return Markup("").join(pieces)


def _anchor(section: str | None, index: int | None) -> str | None:
    if section is None or index is None:
        return None
    safe = "".join(ch if ch.isalnum() else "-" for ch in section)
    return f"p-{safe}-{index}"


def _where(paragraph) -> str:
    """A paragraph named with its section: ``¶22``, ``closing “The Panel will…”``."""
    return paragraph.label if paragraph is not None else "-"


def render(report: ReviewReport) -> str:
    from jinja2 import Environment

    environment = Environment(autoescape=True)
    template = environment.from_string(TEMPLATE)
    document = report.document

    numbers_by_paragraph: dict[int, list] = {}
    for mention in report.figures:
        numbers_by_paragraph.setdefault(id(mention.paragraph), []).append(mention)

    def number_spans(paragraph) -> list:
        spans = []
        for mention in numbers_by_paragraph.get(id(paragraph), []):
            css = STATUS_CLASSES.get(mention.status)
            if css:
                title = f"{mention.status}: {mention.derivation}" if mention.derivation else mention.status
                spans.append((mention.start, mention.end, css, title))
        return spans

    rank = {"error": 0, "warning": 1, "info": 2}

    # By paragraph once: asking the report row by row costs every finding for every paragraph.
    findings_by_paragraph: dict[tuple[str, int], list] = {}
    for finding in report.findings:
        if finding.index is not None:
            findings_by_paragraph.setdefault((finding.section, finding.index), []).append(finding)

    def row_view(status, new, old, inserted=(), deleted=(), old_text=None):
        findings = findings_by_paragraph.get((new.section_label, new.index), []) if new else []
        worst = min((f.severity for f in findings), key=rank.get, default=None)
        return {
            "status": status,
            "new": _marked(new.text, [(s, e, "ins", None) for s, e in inserted] + number_spans(new)) if new else None,
            "new_label": new.label if new else "",
            "old": _marked(old_text if old_text is not None else old.text,
                           [(s, e, "del", None) for s, e in deleted]) if old else None,
            "old_label": old.label if old else "",
            "anchor": _anchor(new.section_label, new.index) if new else None,
            "findings": findings, "worst": worst,
        }

    sections = []
    if report.changes and report.changes.against:
        for section in report.changes.sections:
            rows = []
            for change in section.rows:
                status = change.status + (f", moved ({change.moved})" if change.moved else "") + \
                    (", split" if change.split_with else "") + (", joined" if change.joined else "")
                rows.append(row_view(status, change.new, change.old, change.inserted, change.deleted,
                                     change.old_shown))
            sections.append({"label": section.label, "heading": section.heading, "rows": rows})
    else:
        for section in document.sections:
            sections.append({"label": section.label, "heading": section.heading,
                             "rows": [row_view("", p, None) for p in section.paragraphs]})

    groups = []
    for group in report.grouped():
        groups.append({"label": group.label, "heading": report.group_heading(group), "findings": [
            {"where": report.place(f) or ("whole statement" if f.section is None else "whole section"),
             "anchor": _anchor(f.section, f.index),
             "severity": f.severity, "kind": f.kind, "message": f.message, "evidence": f.evidence}
            for f in group.findings]})

    figures = []
    for mention in report.figures:
        data = figure_dict(mention)
        if mention.status == "not-a-figure":
            continue
        data["where"] = _where(mention.paragraph)
        data["css"] = STATUS_CLASSES.get(mention.status, "")
        figures.append(data)

    ranks = [{"where": _where(claim.paragraph), "text": data["text"],
              "status": data["status"], "reason": claim.reason, "source": data["source"],
              "css": STATUS_CLASSES.get(data["status"], "")}
             for claim in report.ranks for data in [claim.to_dict()]]

    reuse_rows = []
    for item in report.reuse.paragraphs:
        closest = item.closest
        reuse_rows.append({
            "where": f"{item.paragraph.section_label} {item.paragraph.name}",
            "closest": (f"{closest.label} ({', '.join(x for x in (closest.force, closest.date) if x)})"
                        if closest else "none"),
            "similarity": f"{item.similarity:.0%}" if closest else "",
            "verbatim": f"{item.verbatim_share:.0%}",
            "elsewhere": _elsewhere(item),
        })
    reuse_summary = (f"New writing: {report.reuse.new_writing_share:.0%} of the words; compared with "
                     f"{report.reuse.compared_with} earlier statements by this force and "
                     f"{report.reuse.other_forces} by others.")
    if report.reuse.note:
        reuse_summary += f" {report.reuse.note}."

    coverage_rows = [
        {"title": info["title"], "paragraphs": info["paragraphs"],
         "applicability": info["evidence"] or "no"}
        for info in report.coverage.get("priorities", {}).values()
    ]

    around = [{"title": "Statutory opening (the Order it is published under)",
               "said": report.coverage.get("statutory_opening")},
              {"title": "How often it is published", "said": report.coverage.get("reporting_frequency")}] \
        if "statutory_opening" in report.coverage else []
    facts = [f"{document.name}", f"force {document.force or 'unknown'}",
             f"date {document.date or 'unknown'}", report.figures_fact()]
    return template.render(
        title=document.title or document.name, facts=" · ".join(facts), notes=report.notes,
        summary=report.summary_line(), groups=groups, sections=sections, against=report.against,
        changes_note=report.changes.note if report.changes else None,
        figures=figures, ranks=ranks, reuse=reuse_rows, reuse_summary=reuse_summary, coverage=coverage_rows,
        around=around,
    )


def _elsewhere(item) -> str:
    """"Warwickshire 2024-03, 72% verbatim" when a paragraph reads as another force wrote it
    (as its finding says; the closest other force's paragraph alone is no claim)."""
    past = item.elsewhere
    if not reads_as_another_forces(item):
        return ""
    origin = ", ".join(x for x in (past.force or "force unknown", past.date) if x)
    return f"{past.label} ({origin}), {item.elsewhere_share:.0%} verbatim"


def write(report: ReviewReport, path: Path | str) -> Path:
    """Write the page to ``path`` (whole or not at all: a temporary file is renamed into place)."""
    from drafter.errors import DrafterError
    from drafter.files import write_atomically

    page = render(report)
    return write_atomically(Path(path), lambda temp: temp.write_text(page, encoding="utf-8"),
                            error=DrafterError)
