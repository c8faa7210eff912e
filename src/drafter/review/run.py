"""Running a review: load the target, choose what to compare with, run each check."""

from __future__ import annotations

import re
from pathlib import Path

from drafter.claims.evidence import Evidence, load_evidence
from drafter.claims.numbers import extract_numbers
from drafter.errors import IngestError
from drafter.figures.figureset import FigureSet
from drafter.review.checks import (
    acronyms,
    arithmetic,
    changes,
    coverage,
    dates,
    plain_english,
    reuse,
    rolled,
)
from drafter.review.checks import figures as figure_check
from drafter.review.document import (
    ReviewDocument,
    check_period,
    default_period,
    from_draft,
    from_statement,
    parse,
)
from drafter.review.report import ReviewReport

_FORCE_NOISE = re.compile(
    r"\b(police|and|crime|commissioner|commissioners|constabulary|office|of|the|pcc|opcc|force|"
    r"panel|board|for)\b", re.IGNORECASE)


def load_target(workspace, target) -> ReviewDocument:
    """A review document for a draft id, a statement file path, or a Statement."""
    from drafter.review import is_draft_target

    if is_draft_target(target):
        return from_draft(workspace.get_draft(int(target)))
    if hasattr(target, "sections") and not isinstance(target, (str, Path)):
        return from_statement(target)
    from drafter.corpus import read_statement
    from drafter.store.statements import content_hash, find_by_hash

    path = Path(target)
    if not path.exists():
        raise IngestError(str(path), "no such file")
    if path.is_dir():
        raise IngestError(str(path), "is a directory, not a statement file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(str(path), exc.strerror or str(exc)) from None
    statement = read_statement(path, data)
    digest = content_hash(data)
    document = from_statement(statement, file=path.name, content_hash=digest)
    document.statement_id = find_by_hash(workspace.database, digest)
    return document


def _force_key(name: str | None) -> str:
    return " ".join(_FORCE_NOISE.sub(" ", name or "").lower().split())


def same_force(a: str | None, b: str | None) -> bool:
    """"West Midlands" and "West Midlands Police and Crime Commissioner" are the same force."""
    key_a, key_b = _force_key(a), _force_key(b)
    return bool(key_a and key_b) and (key_a == key_b or key_a in key_b or key_b in key_a)


def choose_against(workspace, document: ReviewDocument, against: int | None):
    """(statement, description) to compare with, or (None, None)."""
    if against is not None:
        stored = workspace.get_statement(int(against))
    else:
        force = document.force or document.area
        cutoff = (document.date or "")[:7]
        candidates = [
            s for s in workspace.list_statements()
            if s.id != document.statement_id
            and not (document.content_hash and s.content_hash == document.content_hash)
            and same_force(s.force, force)
            and (not cutoff or (s.date and s.date[:7] < cutoff))
        ]
        if not candidates:
            return None, None
        candidates.sort(key=lambda s: (s.date or "", s.id), reverse=True)
        stored = workspace.get_statement(candidates[0].id)
    info = {"statement_id": stored.id, "title": stored.title, "force": stored.force,
            "date": stored.date, "file": stored.file}
    return from_statement(stored, statement_id=stored.id), info


def run_review(workspace, target, *, against=None, period=None, area=None) -> ReviewReport:
    if period is not None:
        period = check_period(period)
    document = load_target(workspace, target)
    notes: list[str] = []
    document.period = period or document.period or default_period(document.date)
    if document.period is None:
        notes.append("no period: the statement has no date; give the figures period to check figures")
    document.area = area or document.area or document.force
    if document.area is None:
        document.area = workspace.settings.area
        notes.append(f"the statement names no force: figures for {document.area} (the workspace area)")

    against_document, against_info = choose_against(workspace, document, against)
    parse(document)
    evidence = load_evidence(workspace, document.area, document.period) if document.period else \
        Evidence(FigureSet(), None, None)
    if evidence.empty:
        notes.append(f"no figures for {document.area} in the workspace: numbers are unverified")

    report = ReviewReport(document, document.period, document.area,
                          evidence.area if not evidence.empty else None, against_info)
    report.notes = notes
    for paragraph in document.paragraphs():
        numbers = extract_numbers(paragraph.text, paragraph.doc)
        for mention in numbers:
            mention.paragraph = paragraph
        measure_mentions = figure_check.measure_mentions_in(paragraph.doc, evidence)
        figure_check.check_numbers(evidence, numbers, paragraph.doc, measure_mentions)
        report.findings.extend(arithmetic.check_paragraph(evidence, paragraph, numbers, measure_mentions))
        report.findings.extend(figure_check.findings(paragraph, numbers, evidence))
        report.findings.extend(dates.check_paragraph(paragraph, numbers, document.period))
        report.findings.extend(rolled.check_paragraph(paragraph))
        report.figures.extend(numbers)

    found, report.acronyms = acronyms.check(document)
    report.findings.extend(found)
    found, report.coverage = coverage.check(document)
    report.findings.extend(found)
    found, report.plain_english = plain_english.check(document)
    report.findings.extend(found)

    report.changes = changes.compare(document, against_document, against_info)
    report.findings.extend(changes.findings(report.changes))

    from drafter.store.statements import corpus_paragraphs

    exclude = {document.statement_id} if document.statement_id is not None else set()
    past = reuse.past_paragraphs(corpus_paragraphs(workspace.database), before=document.date,
                                 exclude=exclude)
    report.reuse = reuse.analyse(document, past)
    report.findings.extend(reuse.findings(report.reuse))
    report.sort_findings()
    return report
