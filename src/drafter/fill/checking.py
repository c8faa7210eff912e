"""Checking the workspace's sentence templates against review.

drafter must never write a sentence its own review disputes. The bundled
templates are kept so by the test suite; a maintainer's edits are checked
here: every template is filled for an area over the periods its figures
hold, the sentences are reviewed as a statement of that area and period,
and each sentence review disputes (a figure it cannot trace, wrong
arithmetic, a direction the figures contradict, a stale or wrong figure) is
named with the template it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.fill.misworded import misworded

DISPUTES = ("unverified-figure", "arithmetic", "direction", "stale-figure", "wrong-figure")
"""Finding kinds that say a filled sentence is wrong or cannot be traced
(review's other findings, such as plain English, are about style)."""

@dataclass(frozen=True)
class Dispute:
    """A filled sentence review disputes, and where its template is."""

    template: str
    file: str
    line: int
    area: str
    period: str
    kind: str
    message: str
    sentence: str

    def to_dict(self) -> dict:
        return {"template": self.template, "file": self.file, "line": self.line, "area": self.area,
                "period": self.period, "kind": self.kind, "message": self.message,
                "sentence": self.sentence}


@dataclass
class TemplateCheck:
    """What checking the templates found: ``sentences`` filled over ``periods``."""

    area: str
    periods: list[str]
    sentences: int
    disputes: list[Dispute]
    broken: list[str]
    never_filled: list[str] = field(default_factory=list)  # templates no checked period could fill

    @property
    def disputed_sentences(self) -> int:
        """Sentences with a finding (one sentence may have several)."""
        return len({(d.template, d.period, d.sentence) for d in self.disputes})

    def to_dict(self) -> dict:
        return {"area": self.area, "periods": self.periods, "sentences": self.sentences,
                "disputes": [d.to_dict() for d in self.disputes], "broken": self.broken,
                "never_filled": self.never_filled}


@dataclass
class _Gap:
    """A figure a template lacked: in which periods checked, and for which periods of its own."""

    measure: str
    own: bool  # the area's own figure, not other forces'
    checked: set[str] = field(default_factory=set)
    figure_periods: set[str] = field(default_factory=set)


def check_templates(workspace, area: str, periods: list[str]) -> TemplateCheck:
    """Fill every template for ``area`` in each of ``periods`` and review the sentences."""
    from drafter.errors import TemplateError
    from drafter.fill.render import importable_measures
    from drafter.fill.wording import and_list
    from drafter.priorities import PRIORITY_IDS
    from drafter.store import figures as figure_store

    where = {}
    broken: list[str] = []
    readable = []
    for priority in PRIORITY_IDS:
        # One file's mistake is named, and the other priorities' files are still checked.
        try:
            where.update((info.id, info) for info in workspace.list_templates(priority))
        except TemplateError as error:
            broken.append(str(error))
            continue
        readable.append(priority)
    disputes: list[Dispute] = []
    broken += workspace.stray_template_files()
    written = 0
    filled_once: set[str] = set()
    failed: set[str] = set()
    lacking: dict[str, dict[str, _Gap]] = {}  # template -> what it lacked, by how the warning names it
    for period in periods:
        filled = {priority: workspace.fill(priority, period, area) for priority in readable}
        for result in filled.values():
            broken.extend(line for line in result.broken if line not in broken)
            failed.update(result.failed)
            filled_once.update(s.template for s in result.sentences)
            filled_once.update(result.not_applicable)
            for sentence in result.not_fillable:
                gaps = lacking.setdefault(sentence.template, {})
                for missing in sentence.missing:
                    # A national sentence misses other forces' figures, whose count varies by period.
                    own = missing["area"].casefold() == area.casefold()
                    label = missing["measure"] if own else f"{missing['measure']} for other forces"
                    gap = gaps.setdefault(label, _Gap(missing["measure"], own))
                    gap.checked.add(period)
                    gap.figure_periods.add(missing["period"])
        sentences = {priority: result.sentences for priority, result in filled.items() if result.sentences}
        written += sum(len(found) for found in sentences.values())
        if sentences:
            disputes += _misworded(area, period, sentences, where)
            disputes += _review_sentences(workspace, area, period, sentences, where)
    stored = set(figure_store.measures(workspace.database))
    importable = importable_measures(workspace)
    never: list[str] = []
    for template, gaps in sorted(lacking.items()):
        # A template that failed is named by its error; what it lacked elsewhere is beside the point.
        if template in filled_once or template in failed:
            continue
        info = where.get(template)
        place = f"{info.file}:{info.line}: " if info else ""
        # A measure no area's figures hold and the import does not read is a new
        # one (a slip for a known one fails as it is filled): a gap, as fill says,
        # filled once its figures are imported as area,measure,period,value rows.
        unheld = sorted({gap.measure for gap in gaps.values()} - stored - importable)
        new = f"; no figures of {and_list(unheld)} are stored for any area yet" if unheld else ""
        never.append(f"{place}{template}: not fillable for {area} in any period checked "
                     f"(missing {_described(gaps, len(periods))}{new})")
    return TemplateCheck(area=area, periods=list(periods), sentences=written, disputes=disputes, broken=broken,
                         never_filled=never)


def _described(gaps: dict[str, _Gap], periods_checked: int) -> str:
    """What a template never filled lacked, with the periods of the figures
    it wanted (a comparison's year before may be what is missing, not the
    period checked): the figures missing in every period checked, then those
    missing only in some ("population for 2021 in every period checked, and
    homicides for 2021/22 only")."""
    always = sorted(label for label, gap in gaps.items() if len(gap.checked) == periods_checked)
    partly = [f"{_wanted(label, gaps[label])} only" for label in sorted(set(gaps) - set(always))]
    always = [_wanted(label, gaps[label]) for label in always]
    if not partly:
        return ", ".join(always)
    if not always:
        return ", ".join(partly)
    return f"{', '.join(always)} in every period checked, and {', '.join(partly)}"


def _wanted(label: str, gap: _Gap) -> str:
    """``homicides for 2021/22``; other forces' figures, wanted for many periods, by their label alone."""
    if not gap.own:
        return label
    from drafter.figures import Period
    from drafter.fill.wording import and_list

    shown = [str(p) for p in sorted(map(Period.parse, gap.figure_periods), key=Period.sort_key)]
    listed = shown[:3] + ([f"{len(shown) - 3} more"] if len(shown) > 3 else [])
    return f"{label} for {and_list(listed)}"


def _misworded(area: str, period: str, sentences: dict, where: dict) -> list[Dispute]:
    """Filled sentences worded as no reader would publish them, though review reads their figures."""
    disputes = []
    for found in sentences.values():
        for sentence in found:
            info = where.get(sentence.template)
            disputes += [Dispute(template=sentence.template, file=info.file if info else "",
                                 line=info.line if info else 0, area=area, period=period, kind=kind,
                                 message=message, sentence=sentence.text)
                         for kind, message in misworded(sentence, area, period)]
    return disputes


def _review_sentences(workspace, area: str, period: str, sentences: dict, where: dict) -> list[Dispute]:
    """Review one period's filled sentences, each its own numbered paragraph."""
    from drafter.statement import Paragraph, Section, Statement

    by_number = {}
    sections = []
    for priority, found in sentences.items():
        paragraphs = []
        for sentence in found:
            number = len(by_number) + 1
            by_number[number] = sentence
            paragraphs.append(Paragraph(number=number, text=sentence.text))
        sections.append(Section(heading=priority, priority=priority, paragraphs=paragraphs))
    statement = Statement(title="Sentence templates checked", force=area, sections=sections)
    report = workspace.review(statement, period=period, area=area, figures_only=True)
    disputes = []
    for finding in report.findings:
        sentence = by_number.get(finding.paragraph)
        if finding.kind not in DISPUTES or sentence is None:
            continue
        info = where.get(sentence.template)
        disputes.append(Dispute(
            template=sentence.template, file=info.file if info else "", line=info.line if info else 0,
            area=area, period=period, kind=finding.kind, message=finding.message, sentence=sentence.text))
    return disputes
