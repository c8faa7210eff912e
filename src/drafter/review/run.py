"""Running a review: load the target, choose what to compare with, run each check."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from drafter.claims.numbers import extract_numbers
from drafter.claims.pointing_back import measure_from_paragraph_before
from drafter.corpus import known_areas
from drafter.errors import DrafterError, IngestError, NotFound
from drafter.fill.wording import and_list
from drafter.forces import FORCE_NAMES
from drafter.review.checks import (
    acronyms,
    averages,
    arithmetic,
    change_ranks,
    changes,
    comparisons,
    counts,
    completeness,
    degree_words,
    half_year_counts,
    largest_change,
    coverage,
    dates,
    national_share,
    other_forces,
    placeholders,
    plain_english,
    proportions,
    region_totals,
    repeats,
    reuse,
    rolled,
    said_none,
    shares,
    statutory,
    table_arrows,
    table_change_cells,
    table_ranks,
    welsh_twins,
)
from drafter.review.checks import figures as figure_check
from drafter.review.checks.elsewhere import other_areas, set_aside_places, under_place_headings
from drafter.review.checks.acronym_list import read_acronyms, workspace_acronyms
from drafter.review.choices import choose_against, choose_figures, same_force
from drafter.review.annex_checks import annexes_to_check
from drafter.review.annex_note import annexes_note
from drafter.review.checks.ranks import RankCheck
from drafter.review.document import (
    ReviewDocument,
    check_period,
    from_draft,
    from_statement,
    parse,
    review_periods,
)
from drafter.review.report import ReviewReport
from drafter.statement import paragraph_too_long


def _draft_or_say_which_statement(workspace, draft_id: int):
    """The draft; for an id that is no draft but a statement's, a message saying how a
    stored statement is reviewed (by its file) or compared with (as ``against``)."""
    try:
        return workspace.get_draft(draft_id)
    except NotFound as missing:
        try:
            stored = workspace.get_statement(draft_id)
        except NotFound:
            raise missing from None
        raise NotFound("draft", draft_id, f"no draft with id {draft_id}; {draft_id} is a stored statement's id "
                       f"({stored.file}): review its file, or compare a draft with statement {draft_id}") from None


def load_target(workspace, target, areas: tuple[str, ...] = ()) -> ReviewDocument:
    """A review document for a draft id, a statement file path, or a Statement.
    ``areas`` are the names besides the 43 forces a statement may be by.
    A paragraph too long to parse is refused by name before any check runs."""
    from drafter.review import is_draft_target

    if is_draft_target(target):
        document = from_draft(_draft_or_say_which_statement(workspace, int(target)))
        _refuse_long_paragraphs(document, lambda problem: DrafterError(f"draft {target}: {problem}"))
        return document
    if hasattr(target, "sections") and not isinstance(target, (str, Path)):
        document = from_statement(target)
        _refuse_long_paragraphs(document, DrafterError)
        return document
    from drafter.corpus import read_statement
    from drafter.corpus.ingest import read_file
    from drafter.store.statements import content_hash, find_by_hash

    path = Path(target)
    if not path.exists():
        raise IngestError(str(path), "no such file")
    if path.is_dir():
        raise IngestError(str(path), "is a directory, not a statement file")
    # As corpus add reads it: a pipe or device refused, never read past the size limit.
    data = read_file(path)
    statement = read_statement(path, data, areas)
    digest = content_hash(data)
    document = from_statement(statement, file=path.name, content_hash=digest)
    _refuse_long_paragraphs(document, lambda problem: IngestError(str(path), problem))
    document.statement_id = find_by_hash(workspace.database, digest)
    return document


def _refuse_long_paragraphs(document: ReviewDocument, error) -> None:
    for paragraph in document.paragraphs():
        problem = paragraph_too_long(paragraph.text)
        if problem:
            raise error(f"{paragraph.label} {problem}")


def periods_named_most(document: ReviewDocument, most: int = 3) -> list[str]:
    """The periods the statement's sentences name most often (then the
    latest first), at most ``most`` of them."""
    from collections import Counter

    from drafter.figures.period_text import find_periods

    named = Counter(phrase.period for paragraph in document.paragraphs()
                    for phrase in find_periods(paragraph.text) if phrase.period is not None)
    ranked = sorted(named, key=lambda period: (-named[period], [-part for part in period.sort_key()]))
    return [str(period) for period in ranked[:most]]


_NAMED_SECTIONS = 3
"""How many of a repeated heading's sections a note names before counting the rest."""


def repeated_headings_note(document: ReviewDocument) -> str | None:
    """A note naming each heading the statement gives more than one section
    (an annex repeating a priority's) and where those sections start: a
    reader of the report should know that each is listed apart, under the
    heading it stands under, rather than merged."""
    described = []
    for label, sections in document.repeated_sections().items():
        # A signature closing a statement after an annex is no second heading.
        sections = [section for section in sections if section.heading]
        if len(sections) < 2:
            continue
        starts = [section.paragraphs[0].name if section.paragraphs else "an empty section"
                  for section in sections]
        if len(starts) > _NAMED_SECTIONS:
            starts = [*starts[:_NAMED_SECTIONS], f"{len(starts) - _NAMED_SECTIONS} more"]
        shown = and_list(starts)
        times = "twice" if len(sections) == 2 else f"{len(sections)} times"
        described.append(f"the {label} heading appears {times} (sections from {shown})")
    if not described:
        return None
    return "; ".join(described) + ": each section's paragraphs are listed under their own heading"


def run_review(workspace, target, *, against=None, period=None, area=None, figures_only=False) -> ReviewReport:
    if period is not None:
        period = check_period(period)
    areas = known_areas(workspace)
    document = load_target(workspace, target, areas)
    notes: list[str] = []
    repeated = repeated_headings_note(document)
    if repeated:
        notes.append(repeated)
    document.annex_sections, unchecked_annexes = annexes_to_check(document.annexes)
    left_out = annexes_note(unchecked_annexes)
    if left_out:
        notes.append(left_out)
    # The period given or the one the words state; not one guessed from its date.
    stated_period, document.period = review_periods(document, period)
    said = review_periods(document)[0] if period is not None else None
    if said is not None and said != period:
        notes.append(f"checked for {period}, as asked, though the statement says it covers {said}: "
                     f"a number its sentence dates is still held to the period named")
    if document.period is None:
        notes.append("no period: the statement has no date; give the figures period to check figures")
    outdated = dates.outdated_statement_period(document, document.period)
    figures = choose_figures(workspace, document, area)
    evidence = figures.evidence
    if period is not None and not evidence.empty:
        _check_period_is_held(workspace, evidence.area, period)
    document.area = figures.area
    later = dates.later_period_note(document, evidence, period)
    if later:
        notes.append(later)
    if area is not None and document.force and evidence.area \
            and not same_force(document.force, evidence.area, areas):
        notes.append(f"checked against {evidence.area}'s figures, as asked, though the statement is "
                     f"{document.force}'s: its numbers about {document.force} are held to {evidence.area}'s figures")

    against_document, against_info, against_note = choose_against(workspace, document, against, areas)
    if against_note:
        notes.append(against_note)
    before_period = None
    if against_document is not None and same_force(against_document.force, document.force or document.area, areas):
        figure_check.mark_as_before(document, against_document)
        before_period = review_periods(against_document)[0]
    parse(document, workspace.database)

    report = ReviewReport(document, document.period, document.area,
                          evidence.area if not evidence.empty else None, against_info)
    report.notes = notes
    report.findings.extend(outdated)
    rank_check = RankCheck(workspace, evidence.area or document.area, document.period, said=evidence.said)
    everywhere = other_areas((*FORCE_NAMES, *areas), evidence.area, areas)
    under_place = under_place_headings(document.sections)
    read = []
    for paragraph in document.figure_paragraphs():
        elsewhere = replace(everywhere, heading_place=under_place.get(id(paragraph)))
        numbers = placeholders.outside_placeholders(paragraph.text, extract_numbers(paragraph.text, paragraph.doc))
        for mention in numbers:
            mention.paragraph = paragraph
        measure_mentions = figure_check.measure_mentions_in(paragraph.doc, evidence)
        report.findings.extend(said_none.check_paragraph(evidence, paragraph, measure_mentions, elsewhere,
                                                         stated_period))
        if read and read[-1][0].section_label == paragraph.section_label:
            # "That was 1.4 percentage points higher …" as a paragraph of its own: the last one's measure.
            before, _, before_mentions, _ = read[-1]
            carried = measure_from_paragraph_before(paragraph.doc, measure_mentions, before.doc, before_mentions)
            measure_mentions = [carried, *measure_mentions] if carried else measure_mentions
        figure_check.check_numbers(evidence, numbers, paragraph, measure_mentions, stated_period)
        set_aside_places(paragraph.doc, numbers, elsewhere, evidence.area)
        read.append((paragraph, numbers, measure_mentions, elsewhere))
    figure_check.left_over_earlier_periods(evidence, [m for _, numbers, _, _ in read for m in numbers])
    if before_period != document.period:
        figure_check.left_as_before([m for _, numbers, _, _ in read for m in numbers], before_period,
                                    document.period)
    report.findings.extend(welsh_twins.check(read))
    for paragraph, numbers, measure_mentions, elsewhere in read:
        report.findings.extend(rank_check.check_paragraph(paragraph, numbers))
        sums = arithmetic.check_paragraph(evidence, paragraph, numbers, measure_mentions, elsewhere)
        report.findings.extend(sums)
        report.findings.extend(degree_words.check_paragraph(paragraph, numbers))
        report.findings.extend(table_arrows.check_paragraph(paragraph, numbers))
        report.findings.extend(table_ranks.check_paragraph(paragraph, rank_check))
        report.findings.extend(shares.check_paragraph(evidence, paragraph, numbers, measure_mentions))
        report.findings.extend(proportions.check_paragraph(evidence, paragraph, measure_mentions))
        report.findings.extend(largest_change.check_paragraph(evidence, paragraph, numbers, measure_mentions,
                                                              elsewhere, said=_direction_said(sums)))
        report.findings.extend(change_ranks.check_paragraph(evidence, paragraph, numbers, measure_mentions,
                                                             rank_check.figures_for))
        found, checked = comparisons.check_paragraph(
            evidence, paragraph, numbers, measure_mentions, elsewhere,
            said=_direction_said(sums))
        report.findings.extend(found)
        report.comparisons.extend(checked)
        report.findings.extend(counts.check_paragraph(evidence, paragraph, numbers, measure_mentions, elsewhere,
                                                      stated_period=stated_period))
        report.findings.extend(half_year_counts.check_paragraph(evidence, paragraph, numbers, measure_mentions,
                                                                elsewhere))
        report.findings.extend(table_change_cells.check_paragraph(evidence, paragraph, numbers))
        report.findings.extend(averages.check_paragraph(evidence, paragraph, numbers))
    # A Welsh number whose English twin only the checks above verified ("a decrease of 6.9% on the
    # previous quarter (131)", worked out from the two quarters) is held to it too.
    report.findings.extend(welsh_twins.check(read))
    report.findings.extend(other_forces.check(read, rank_check.figures_for, document.period, evidence.area))
    report.findings.extend(region_totals.check(read, rank_check.figures_for, document.period, evidence.area))
    report.findings.extend(national_share.check(read, rank_check.figures_for, document.period, evidence.area))
    for paragraph, numbers, measure_mentions, elsewhere in read:
        report.findings.extend(figure_check.findings(paragraph, numbers, evidence, elsewhere, measure_mentions))
        report.findings.extend(dates.check_paragraph(paragraph, numbers, document.period))
        report.findings.extend(rolled.check_paragraph(paragraph, evidence))
        report.findings.extend(placeholders.check_paragraph(paragraph))
        report.figures.extend(numbers)
    # The periods quoted say which figures would check the numbers: read only when there are none.
    unchecked = figures.unchecked_note(sum(1 for m in report.figures if m.status == "unverified"),
                                       periods_named_most(document) if evidence.empty else [])
    if unchecked:
        notes.append(unchecked)
    unheld = figure_check.unheld_periods_note(evidence, report.figures, everywhere)
    if unheld:
        notes.append(unheld)
    report.ranks = rank_check.claims
    if figures_only:
        report.sort_findings()
        return report

    office_list = read_acronyms(workspace_acronyms(workspace.path))
    found, report.acronyms = acronyms.check(document, office_list)
    report.findings.extend(found)
    cut_short = completeness.check(document)
    report.findings.extend(cut_short)
    found, report.coverage = coverage.check(document, cut_short=bool(cut_short))
    report.findings.extend(found)
    found, around = statutory.check(document, cut_short=bool(cut_short))
    report.findings.extend(found)
    report.coverage.update(around)
    found, report.plain_english = plain_english.check(document)
    report.findings.extend(found)
    report.findings.extend(repeats.check(document))

    from drafter.store.statements import corpus_paragraphs

    exclude = {document.statement_id} if document.statement_id is not None else set()
    force = document.force or document.area

    def own(other: str | None) -> bool:
        return same_force(other, force, areas)

    past = reuse.past_paragraphs(corpus_paragraphs(workspace.database), before=document.date, exclude=exclude,
                                 same_month=lambda other: not own(other))
    report.reuse = reuse.analyse(document, past, own=own, force=force)
    report.changes = changes.compare(document, against_document, against_info, note=against_note)
    report.findings.extend(changes.findings(report.changes, carried_over=reuse.carried_over(report.reuse)))
    report.findings.extend(reuse.findings(report.reuse))
    report.sort_findings()
    return report


def _check_period_is_held(workspace, area: str, period: str) -> None:
    """A period asked for that starts after every figure the area holds (a
    slip such as 2099) is refused: nothing in the statement could be checked."""
    from drafter.figures.periods import Period

    held = workspace.stored_periods(area)  # oldest first
    asked = Period.parse(period)
    if asked.first > max(Period.parse(p).last for p in held):
        raise DrafterError(f"figures period {asked}: no figures are stored for {area} in {asked}; "
                           f"its figures run from {held[0]} to {held[-1]}")


def _direction_said(findings) -> set[str]:
    """The sentences a direction finding names: one mistake is not reported twice."""
    return {f.evidence for f in findings if f.kind == "direction"}
