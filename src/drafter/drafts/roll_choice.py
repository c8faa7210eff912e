"""Which period a statement copied forward reports, and which the draft is for.

Rolling forward (``drafts.roll``) and a copy that keeps the words as copied
(``draft new --no-roll``) choose the draft's period alike: the statement's
paragraphs are read as review reads them (``drafter.claims``), the period it
reports found from the figures they quote, and the draft's period is the one
after it when the area has figures for it. Only the roll then rewrites the
words; a copy kept as copied has its period chosen and nothing else changed.

* The main period is the most recent period the statement quotes a
  substantial share of its figures for (at least a fifth as many as its most
  quoted period): a quarterly statement quotes last year's annual figures as
  context, often more of them than the quarter's own, but it is the quarter
  that moves on each time.
* A statement that quotes a quarter is a quarterly statement, whatever its
  main period, unless it names itself by that year (its title's "Annual
  Statement 2024/25", "This statement covers the financial year April 2024 to
  March 2025"): an annual statement quotes the year's last quarter too, and
  its next is a year on. A statement saying it is half-yearly ("Half-Year
  Statement", "twice a year") moves half a year (``drafts.roll_half_years``). When the draft's period is a quarter (asked for, or by
  default), the figures move from the **reported quarter** (the main period
  when it is a quarter, else the latest quarter quoted, ending no earlier
  than the main period).
* Without a period asked for, the draft's period is the period after the
  reported quarter (or after the main period when the statement quotes no
  quarter) when any figure is stored for it; otherwise that period itself,
  and the draft waits for the next (``Draft.next_period_missing``). A period
  asked for whose figures are not stored is treated the same way.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from drafter.claims.comparisons import find_comparisons
from drafter.claims.evidence import Evidence, resolve_area
from drafter.claims.matching import match_numbers
from drafter.claims.measures import figure_mentions
from drafter.claims.number_words import has_number_words
from drafter.claims.numbers import extract_numbers
from drafter.claims.pointing_back import measure_from_paragraph_before
from drafter.claims.ranks import NATIONAL_MEASURES, has_cue, read_claims
from drafter.claims.said_none import may_say_none
from drafter.drafts.model import Draft, DraftParagraph
from drafter.drafts.roll_half_years import says_half_yearly
from drafter.figures.half_year_names import named_half_year
from drafter.figures.half_year_text import HALF_A_YEAR
from drafter.figures.figureset import FigureSet
from drafter.figures.periods import FINANCIAL, QUARTER, ROLLING, YEAR, Period
from drafter.figures.revisions import Revisions

# A period is the statement's own when it quotes at least this share of the
# figures its most quoted period has (and at least two).
MAIN_SHARE = 0.2
# How far into a statement the sentence saying what it covers is looked for.
_OPENING_PARAGRAPHS = 4
# "This statement covers the financial year April 2024 to March 2025", "This annual report is for
# 2024/25": the statement saying what it covers (not "Full-year figures for 2025 are now available").
_COVERS = re.compile(r"\b(?:this|the)\s+(?:annual\s+|half[\s-]yearly\s+|six[\s-]monthly\s+)?"
                     r"(?:statement|report|paper|update)\s+(?:covers|reports\s+on|is\s+for)\s+(?:the\s+)?"
                     r"(?:(?:financial|calendar)\s+year\s+|period\s+(?:of\s+)?)?$", re.IGNORECASE)


@dataclass
class SourceReading:
    """The paragraphs a draft copied from one statement, read against the area's figures."""

    area: str
    figures: FigureSet
    copied: list[DraftParagraph]
    with_digits: list[DraftParagraph]
    """Those that can hold something to move or to name: digits, a rank claim, a
    comparison with an earlier period, a count in words."""
    docs: dict
    """Each of ``with_digits``' parse, by ``id`` of the paragraph."""
    guess: str
    """The period the words name most often (else the draft's): what they are read by first."""
    first_look: Evidence
    readings: dict
    """Each of ``with_digits``' (numbers, measure mentions), by ``id`` of the paragraph."""
    quoted: list
    own: Period | None
    """The statement's main period; None when no figure it quotes matches the figures."""
    named: str | None = None
    """The period its title names, else the one its words name most often."""
    declared: Period | None = None
    """The period its title, else its opening sentences, say the statement covers."""
    half_yearly: bool = False
    """It says it is published every six months: the next is half a year on."""
    stood: list = field(default_factory=list)
    """The area's figures as they stood before each import that revised some (latest first)."""

    def reread(self, paragraph: DraftParagraph, doc, evidence: Evidence, before=None):
        """:func:`read_paragraph` by ``evidence``'s period, by the figures as they stood
        before a revision where those explain more of its numbers (see :func:`_read_as_published`)."""
        # A table's "This quarter" and "Last quarter" columns are read by the period the statement covers.
        stated = str(self.declared) if self.declared is not None else None
        reading = read_paragraph(paragraph, doc, evidence, before, stated)
        if not any(n.status in ("unverified", "wrong") for n in reading[0]):
            return reading
        for earlier in self.stood:
            again = read_paragraph(paragraph, doc, Evidence(earlier, self.area, evidence.period), before, stated)
            if _explained(again[0]) > _explained(reading[0]):
                reading = again
        return reading


@dataclass
class PeriodChoice:
    """The period the figures move from, the one they move to, and the one the draft waits for."""

    main: Period
    target: Period
    waiting: str | None = None
    """The period whose figures are not stored yet; the figures stay for ``main`` meanwhile."""

    @property
    def draft_period(self) -> str:
        return str(self.main if self.waiting and self.target != self.main else self.target)

    @property
    def months_on(self) -> int:
        """How far the draft's statement is from the one copied: a quarter, a year for an annual one."""
        after = self.target if self.target != self.main else Period.parse(self.waiting or str(self.main.following()))
        return self.main.months_to(after)


def read_source(workspace, draft: Draft, statement_id: int) -> SourceReading | str:
    """The copied paragraphs read as review reads them, or why there is nothing to read."""
    from drafter.review.parsing import parse_texts

    copied = [p for s in draft.sections for p in s.paragraphs
              if p.origin.kind == "corpus" and p.origin.statement_id == statement_id and p.text]
    area = resolve_area(workspace.figure_areas(), draft.area)
    if area is None:
        return (f"no figures for {draft.area} in the workspace, so the text was copied as it was: import "
                "them ('drafter figures import') and copy the statement forward again to roll its figures on")
    if not copied:
        return f"no text copied from statement {statement_id} to roll forward"
    figures = FigureSet.load(workspace, [area])
    # A count in words ("Seven county lines were closed") is found by the entity recogniser, as review finds it.
    with_digits = [p for p in copied if any(ch.isdigit() for ch in p.text) or has_cue(p.text)
                   or find_comparisons(p.text) or has_number_words(p.text) or may_say_none(p.text)]
    docs = dict(zip(map(id, with_digits), parse_texts([p.text for p in with_digits], workspace.database)))
    named = _named_period(copied, draft.title)
    guess = named or draft.period
    first_look = Evidence(figures, area, guess)
    stood = [earlier for _, earlier in Revisions.load(workspace, area).as_they_stood(figures)]
    reading = SourceReading(area, figures, copied, with_digits, docs, guess, first_look, {}, [], None, named,
                            declared_period(copied, draft.title), says_half_yearly(draft.title, copied), stood)
    reading.readings = {id(p): reading.reread(p, docs[id(p)], first_look) for p in with_digits}
    reading.quoted = [n for numbers, _ in reading.readings.values() for n in numbers]
    reading.own = _as_declared(main_period(reading.quoted, titled_period(draft.title)), reading) or _claimed_period(
        with_digits, docs, first_look, area, named)
    if reading.half_yearly and (half := named_half_year([draft.title, *(p.text for p in copied[:1])])) is not None \
            and (reading.own is None or reading.own.last < half.last):
        # Its counts for the half match no one stored figure; a number quoted beside them may
        # match an earlier quarter's by chance, which is not the period it reports on.
        reading.own = half
    return reading


def _as_declared(main: Period | None, reading: SourceReading) -> Period | None:
    """The year the statement says it covers, where the period it quotes most
    recently is that year's last quarter ("In the final quarter of the year
    (January to March 2025) there were 313" in an annual statement on 2024/25),
    and it quotes figures for the year itself; else ``main``."""
    declared = reading.declared
    if main is None or declared is None or main.kind != QUARTER or declared.kind not in (YEAR, FINANCIAL) \
            or declared.last != main.last:
        return main
    quotes_the_year = any(n.matched is not None and n.role == "current" and n.status in ("verified", "stale")
                          and Period.parse(n.matched.period) == declared for n in reading.quoted)
    return declared if quotes_the_year else main


def _explained(numbers) -> int:
    return sum(1 for n in numbers if n.status in ("verified", "stale"))


def choose_periods(reading: SourceReading, asked: str | None) -> PeriodChoice:
    """The periods for a draft of ``reading``'s statement (``reading.own`` is set):
    for ``asked``, or, when None, the period after the one the statement reports."""
    own = reading.own
    # A statement naming itself by its year ("… 2024/25", "… year ending June 2026") reports that year.
    yearly = own.kind in (YEAR, FINANCIAL, ROLLING) and reading.declared == own
    quarter = None if yearly else reported_quarter(reading.quoted, own) or titled_quarter(reading.named, own)
    if asked is not None:
        target = Period.parse(asked)
        main = quarter if quarter is not None and target.kind == QUARTER else own
    else:
        main = quarter or own
        following = (main.shifted(HALF_A_YEAR) if reading.half_yearly else None) or main.following()
        target = following if reading.figures.measures_in(reading.area, following) else main
    if target == main and asked is None:
        return PeriodChoice(main, target, str(following))
    # A year's figures may be its four quarters added up, as review adds them (FigureSet.get).
    if target != main and not reading.figures.measures_in(reading.area, target):
        return PeriodChoice(main, target, str(target))
    return PeriodChoice(main, target)


def period_as_rolled(workspace, draft: Draft, statement_id: int) -> int:
    """Give ``draft``, copied with its words kept, the period rolling forward would
    give it, and the period it waits for: its words are left as they are. How many
    months on from the statement copied that is (3 when no figures say)."""
    reading = read_source(workspace, draft, statement_id)
    if isinstance(reading, str) or reading.own is None:
        draft.period = period_after_named(draft, statement_id) or draft.period
        return 3
    choice = choose_periods(reading, None)
    draft.period, draft.next_period_missing = choice.draft_period, choice.waiting
    return choice.months_on


def main_period(numbers, titled: str | None = None) -> Period | None:
    """The period the statement reports on: the most recent one it quotes a
    substantial share of its figures for. Quarterly statements quote last
    year's annual figures as context, often more of them than the quarter's
    own; it is the quarter that moves on each time. A number its words do not
    date that equals a figure for a period ending after the one the title
    names (``titled``) is no figure of the statement's ("Two involved domestic
    abuse" in one on January to March, equal to April to June's homicides)."""
    latest = Period.parse(titled).last if titled else None
    counts = Counter(Period.parse(n.matched.period) for n in numbers
                     if n.matched is not None and n.role == "current" and n.status in ("verified", "stale")
                     and (latest is None or n.period_named or Period.parse(n.matched.period).last <= latest))
    if not counts:
        return None
    most = max(counts.values())
    substantial = [p for p, count in counts.items() if count >= max(2, MAIN_SHARE * most)] or list(counts)
    return max(substantial, key=lambda p: (p.last, -p.months_long))


def reported_quarter(numbers, main: Period) -> Period | None:
    """The quarter a statement reports on: its main period when that is a
    quarter, else the latest quarter it quotes a figure for, if that quarter
    ends no earlier than the main period (a year-end statement quotes the
    year's last quarter beside the year); None for a statement quoting no
    quarter that recent."""
    if main.kind == QUARTER:
        return main
    quarters = [Period.parse(n.matched.period) for n in numbers
                if n.matched is not None and n.role == "current" and n.status in ("verified", "stale")]
    latest = max((p for p in quarters if p.kind == QUARTER), key=lambda p: p.first, default=None)
    return latest if latest is not None and latest.last >= main.last else None


def titled_quarter(named: str | None, main: Period) -> Period | None:
    """The quarter a statement names itself by ("National Policing Priorities: January
    to March 2026") when every figure it quotes is for a longer period ending with that
    quarter ("the 12 months to March 2026"): a quarterly statement all the same, whose
    next is a quarter on, not a year."""
    if named is None:
        return None
    period = Period.parse(named)
    return period if period.kind == QUARTER and main.kind != QUARTER and period.last == main.last else None


def read_paragraph(paragraph: DraftParagraph, doc, evidence: Evidence, before=None, stated_period=None):
    """The paragraph's numbers, matched to figures, and the measures it names. With
    ``before`` (the doc and measure mentions of the paragraph before it in its section),
    a paragraph opening by pointing back ("That is 0.9 percentage points higher than the
    previous quarter") is read by that paragraph's measure, as review reads it."""
    numbers = extract_numbers(paragraph.text, doc)
    mentions = figure_mentions(doc, evidence.measures)
    carried = measure_from_paragraph_before(doc, mentions, *before) if before else None
    mentions = [carried, *mentions] if carried else mentions
    match_numbers(evidence, numbers, doc, mentions, stated_period=stated_period)
    return numbers, mentions


def points_back(doc, mentions, before) -> bool:
    """Whether a paragraph (its doc and the measures it names) takes its measure from
    ``before``, the paragraph before it (see :func:`read_paragraph`)."""
    return before is not None and doc is not None and measure_from_paragraph_before(doc, mentions, *before) is not None


def _claimed_period(paragraphs, docs, evidence: Evidence, area: str, named: str | None) -> Period | None:
    """A statement that quotes no figure but ranks the force ("the second lowest
    rate of the 43 forces in the year ending June 2024") reports on the period
    its words name most often."""
    measures = tuple(sorted({*evidence.measures, *NATIONAL_MEASURES}))
    if named and any(read_claims(p.text, docs[id(p)], measures, area, named) for p in paragraphs):
        return Period.parse(named)
    return None


def declared_period(paragraphs, title: str | None) -> Period | None:
    """The period a statement names itself by: its title's, else the one its
    opening paragraphs say it covers ("This statement covers the financial
    year April 2024 to March 2025")."""
    from drafter.figures.period_text import find_periods

    titled = titled_period(title)
    if titled is not None:
        return Period.parse(titled)
    for paragraph in paragraphs[:_OPENING_PARAGRAPHS]:
        for phrase in find_periods(paragraph.text):
            if phrase.period is not None and _COVERS.search(paragraph.text, 0, phrase.start):
                return phrase.period
    return None


def titled_period(title: str | None) -> str | None:
    """The one period a statement's title names, if it names one."""
    from drafter.figures.period_text import find_periods

    titled = {str(phrase.period) for phrase in find_periods(title or "") if phrase.period is not None}
    return titled.pop() if len(titled) == 1 else None


def period_after_named(draft: Draft, statement_id: int) -> str | None:
    """The period after the one the copied statement names itself by (its title's, else the one
    its words name most often), when it ends before the draft's meeting month, else that period
    itself: the draft's period where no figures can be read to say it, so a statement for July to
    September 2026 is drafted for October to December 2026 at a January 2027 meeting, and one on
    2022 stays on 2022 at a December 2023 meeting, whose year is not over."""
    copied = [p for s in draft.sections for p in s.paragraphs
              if p.origin.kind == "corpus" and p.origin.statement_id == statement_id]
    named = _named_period(copied, draft.title)
    if named is None:
        return None
    after = Period.parse(named).following()
    year, month = (int(part) for part in draft.date[:7].split("-"))
    return str(after if after.last < year * 12 + month - 1 else Period.parse(named))


def _named_period(paragraphs, title: str = "") -> str | None:
    """The period the statement's title names ("quarterly statement for October to
    December 2024"), else the one its words name most often: the likely main period
    (its paragraphs may name the quarter before more often, "compared with July to
    September 2024", than their own)."""
    from drafter.figures.period_text import find_periods

    titled = titled_period(title)
    if titled is not None:
        return titled
    counts = Counter(str(phrase.period) for p in paragraphs for phrase in find_periods(p.text)
                     if phrase.period is not None)
    return max(counts, key=lambda p: (counts[p], Period.parse(p).sort_key())) if counts else None
