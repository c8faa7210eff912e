"""Rolling a statement copied forward on to the draft's period.

Most of a quarterly statement is last quarter's text with this quarter's
figures. Copy forward (``drafts.starting``) copies the text; the roll then
reads every paragraph's numbers as review does (``drafter.claims``), finds the
source's **main period** (the one most of its matched figures are for), and
moves each figure to the corresponding period of the draft
(``drafts.rewrite``): 2022 → 2023, 2026-Q1 → 2026-Q2, 2023/24 → 2024/25.

The periods are chosen by ``drafts.roll_choice`` (the main period, the
reported quarter, the period after it when its figures are in, else the
period the draft waits for), as they are for a copy that keeps its words.

Choices where the brief is silent:

* A paragraph some of whose figures cannot move (that figure is not stored
  for the target period) keeps all of them, each listed for the writer:
  moving the rest would put the new quarter's year-earlier figure beside the
  old quarter's own. A table's rows name their own periods, so its cells
  still move one by one.
* Periods of another length move by their own kind: a quarterly statement's
  annual figure for 2025 stays until the target reaches the end of 2026.
* Rank and national claims ("the leading police force", "above the national
  average") and the national figures beside them roll too, worked out from
  every force's figures for the two periods (``drafts.roll_ranks``); so do
  comparisons with an earlier period quoting no earlier figure ("the same as
  a year earlier", ``drafts.roll_comparisons``).
* Each rolled paragraph keeps the words as copied (``Origin.copied``) so the
  writer can reject the roll for it, with what moved (``rolled``) and what was
  left for them (``not_rolled``: a missing figure, a number beside a measure
  that no stored figure explains, a claim to check, a period named where no
  figure moved). A number counting something else ("69 people") is not a
  figure and is not listed; review still asks for its source.
* A table whose header row names periods ("Offence | 2021 | 2022") is left
  as copied, each figure that would have moved listed for the writer: its
  rows do not name their periods, so moving cells one by one would put the
  new figures under the old headings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.claims.claim_measure import dated_beside
from drafter.claims.evidence import Evidence
from drafter.claims.number_periods import periods_said_not_in
from drafter.claims.national_change import check_national_changes, national_change_verb
from drafter.claims.national_numbers import match_national_numbers, national_number
from drafter.claims.ranks import NATIONAL_MEASURES, national_anchor, read_claims
from drafter.claims.times_national import check_times_national, multiples_in, multiples_left
from drafter.drafts.model import Draft, DraftParagraph
from drafter.drafts.moving import Mover
from drafter.drafts.rewrite import RolledText, roll_paragraph
from drafter.drafts.roll_half_years import half_years_moved
from drafter.drafts.roll_choice import choose_periods, period_after_named, points_back, read_source, titled_period
from drafter.drafts.roll_lead_ins import dated_bullets, move_lead_ins, name_dated_counts
from drafter.drafts.roll_nothing import counts_now_more, held_for_none
from drafter.drafts.starting import kept_as_copied, rolled_forward
from drafter.figures.figureset import FigureSet
from drafter.review.checks.national_share import may_give_a_share_of_the_nation, share_of_the_nation
from drafter.fill.wording import and_list, or_list
from drafter.figures.periods import Period
from drafter.claims.table_ranks import NO_GROUP_NAMED, rank_claims
from drafter.statement import TABLE, cells_of, table_text


@dataclass
class RollReport:
    """What a roll did: the periods, and how many figures moved or were left."""

    main_period: str | None
    target_period: str | None
    rolled: int = 0
    left: int = 0
    note: str = ""
    waiting: str | None = None
    """The period after the statement's, when no figures were stored for it (nothing moved)."""
    chosen: bool = False
    """The target is the period after the statement's, no period having been asked for."""
    months_on: int = 3
    """How far the next statement is from the one copied: a quarter, or a year for an annual one."""

    def summary(self) -> str:
        if self.main_period is None:
            return (self.note or "no figures to roll forward") + (f"; {self.left} left for you" if self.left else "")
        if self.waiting:
            return f"{kept_as_copied(self.waiting, self.main_period)}; {self.left} left for you"
        return rolled_forward(self.rolled, self.left, self.target_period, self.main_period, self.chosen)

    def to_dict(self) -> dict:
        return {"main_period": self.main_period, "target_period": self.target_period,
                "rolled": self.rolled, "left": self.left, "waiting": self.waiting,
                "summary": self.summary()}


def roll_draft(workspace, draft: Draft, statement_id: int, *, period_given: bool) -> RollReport:
    """Roll the paragraphs ``draft`` copied from statement ``statement_id`` forward, in place."""
    reading = read_source(workspace, draft, statement_id)
    if isinstance(reading, str) or reading.own is None:
        # Nothing moves, but the line dating the statement copied still dates it a quarter early.
        left = [(p, line) for s in draft.sections for p in s.paragraphs if p.origin.statement_id == statement_id
                and (line := _date_line(p.text, draft.date)) is not None]
        for paragraph, line in left:
            _record(paragraph, RolledText(paragraph.text, not_rolled=[line]))
        if not period_given:
            draft.period = period_after_named(draft, statement_id) or draft.period
        titled = titled_period(draft.title)
        if titled and draft.period and titled != draft.period:
            # The title names the draft's quarter, as a roll's does; the words it copied are the writer's to update.
            draft.title = rolled_title(draft.title, Mover(Period.parse(titled), Period.parse(draft.period)))
        return RollReport(None, None, left=len(left), note=reading if isinstance(reading, str)
                          else "no figure in the statement copied matches the figures")
    area, figures, docs, first_look = reading.area, reading.figures, reading.docs, reading.first_look
    copied, with_digits, readings = reading.copied, reading.with_digits, reading.readings
    choice = choose_periods(reading, draft.period if period_given else None)
    main, target = choice.main, choice.target
    draft.rolled_from = str(main)
    draft.title = rolled_title(draft.title, Mover(main, target))
    draft.period = choice.draft_period
    report = RollReport(str(main), draft.period, chosen=not period_given, waiting=choice.waiting,
                        months_on=choice.months_on)
    draft.next_period_missing = choice.waiting or draft.next_period_missing
    # With the next period's figures not in, the draft's figures stay those its words quote.
    mover = Mover(main, main if choice.waiting else target, choice.months_on if choice.waiting else 0)
    measures = tuple(sorted({*first_look.measures, *NATIONAL_MEASURES}))
    table_places = {id(p): rank_claims(p.text, docs[id(p)], measures, area, str(main))
                    for p in with_digits if p.kind == TABLE}
    claims = {id(p): read_claims(p.text, docs[id(p)], measures, area, str(main), keep_unmeasured=True)
              + [read.claim for read in table_places.get(id(p), ()) if read.group_named] for p in with_digits}
    for paragraph in with_digits:
        dated_beside(claims[id(paragraph)], readings[id(paragraph)][0])
    # A national figure quoted with no claim beside it ("while the national rate was 91.8") is
    # read for the period its sentence names, which every force's figures must then cover.
    anchored = [_anchor(docs.get(id(p)), measures, main)(n) for p in with_digits
                for n in readings[id(p)][0] if n.is_figure and (national_number(p.text, n.start, n.end) or
                                                                 national_change_verb(p.text, n.start, n.end))]
    anchored += [claim for p in with_digits for _, claim, _ in multiples_in(docs.get(id(p)), area, _anchor(
        docs.get(id(p)), measures, main))]
    said = [claim for found in [*claims.values(), anchored] for claim in found if claim and claim.period]
    shares = any(may_give_a_share_of_the_nation(p.text) for p in with_digits)
    if said or any(claims.values()) or anchored or shares:
        figures = _with_every_force(workspace, figures, {main, target, *(
            period for claim in said for moved in (claim.period, mover.move_as_named(claim.period, claim.period_style))
            for period in (moved, moved.previous_year()) if period)})
    evidence = first_look if str(main) == reading.guess else Evidence(figures, area, str(main))
    dated = dated_bullets(draft, main)
    section_of = {id(p): section.key for section in draft.sections for p in section.paragraphs}
    before = None  # (section, doc, measure mentions) of the paragraph before
    for paragraph in copied:
        doc = docs.get(id(paragraph))
        numbers, mentions = ([], []) if doc is None else \
            readings[id(paragraph)] if evidence is first_look else reading.reread(paragraph, doc, evidence)
        previous = before[1:3] if before and before[0] == section_of.get(id(paragraph)) else None
        levels_before = ()
        if points_back(doc, mentions, previous):
            numbers, mentions = reading.reread(paragraph, doc, evidence, previous)
            levels_before = before[3]
        before = (section_of.get(id(paragraph)), doc, mentions,
                  [n.matched for n in numbers if n.matched is not None]) if doc is not None else None
        found = claims.get(id(paragraph), [])
        match_national_numbers(paragraph.text, numbers, found, lambda _period: figures,
                               _anchor(doc, measures, main))
        check_national_changes(paragraph.text, numbers, lambda _period: figures, _anchor(doc, measures, main))
        multiples = check_times_national(doc, numbers, area, lambda _period: figures, _anchor(doc, measures, main))
        for mention in numbers:  # "30.0% of the England and Wales total": moved as the new period's share
            share_of_the_nation(doc, mention, numbers, mentions, lambda _period: figures, str(main), area)
        rolled = roll_paragraph(paragraph.text, doc, numbers, figures, mover, mentions, found, levels_before, area)
        rolled.not_rolled.extend(multiples_left(multiples, figures, mover.move))
        if paragraph.kind == TABLE and rolled.rolled and _column_periods(paragraph):
            rolled = _left_for_the_writer(paragraph, rolled)
        elif rolled.gaps and rolled.rolled and paragraph.kind != TABLE:
            rolled = _held_together(paragraph, rolled)
        elif rolled.rolled and (late := _now_stored(paragraph.text, rolled, figures, mover)):
            rolled = _late_figures_in(paragraph, rolled, *late)
        if (said_none := counts_now_more(doc, mentions, evidence, mover)):
            rolled = held_for_none(paragraph.text, rolled, said_none)
        if id(paragraph) in dated and doc is not None:
            name_dated_counts(paragraph.text, doc, numbers, rolled, dated[id(paragraph)], mover)
        if (line := _date_line(paragraph.text, draft.date)) is not None:
            rolled.not_rolled.append(line)
        if mover.target != mover.main:  # "Rank" alone: among which forces?
            rolled.not_rolled.extend({"text": read.claim.text, "reason": f"'{read.claim.named_as}': "
                                      f"{NO_GROUP_NAMED}: kept as written, give it for {mover.target}"}
                                     for read in table_places.get(id(paragraph), ()) if not read.group_named)
        _record(paragraph, rolled)
        report.rolled += len(rolled.rolled)
        report.left += len(rolled.not_rolled)
    report.left -= move_lead_ins(draft, mover)
    return report


def _date_line(text: str, meeting: str | None) -> dict | None:
    """A line dating the statement copied ("Last updated: 22 April 2026",
    "Published 20 October 2025") before the draft's meeting, for the writer
    to date this one; None for any other paragraph."""
    from drafter.corpus.ingest.header import DATE_LABELS, header_field, is_date_line, parse_date

    line = text.strip()
    field = header_field(line)
    if "\n" in line or not (is_date_line(line) or field is not None and field[0] in DATE_LABELS):
        return None
    when = parse_date(line, quarters=False)
    if when is None or meeting is None or when[:7] >= meeting[:7]:
        return None
    return {"text": line, "reason": f"dates the statement copied ({when}), before this one's meeting "
                                    f"({meeting}): give this statement's date when it is published"}


def _anchor(doc, measures: tuple[str, ...], main: Period):
    """What a national figure quoted in a sentence without a claim is about, as review reads it."""
    return lambda mention: national_anchor(doc, mention.sentence, mention.start, mention.end, measures, str(main))


_CALLED_A_YEAR = re.compile(r"\b(?:calendar\s+)?year\s+$", re.IGNORECASE)


def rolled_title(title: str, mover: Mover) -> str:
    """A title naming the period the statement reports ("Q3 2025/26 National
    Crime and Policing Measures", "… year ending December 2022") names the
    draft's, in English and in Welsh ("… / Datganiad chwarterol, Ionawr i
    Fawrth 2026"). A bare year is left alone: in a title it is as often the
    month of publication ("Update April 2024"), which the writer sets, unless
    the title calls it the year ("Annual Statement for the calendar year 2025")."""
    from drafter.figures.period_text import find_periods, rewrite

    for phrase in reversed(find_periods(title or "")):
        if phrase.relative or phrase.period.last != mover.main.last or phrase.style == "year" \
                and not _CALLED_A_YEAR.search(title, 0, phrase.start):
            continue
        moved = mover.move_as_named(phrase.period, phrase.style)
        title = title[:phrase.start] + rewrite(phrase, moved) + title[phrase.end:]
    for start, end, new in reversed(half_years_moved(title or "", mover.main, mover.target)):
        title = title[:start] + new + title[end:]  # "Half-Year Statement: Quarters 3 and 4 of 2025/26"
    return title


def _with_every_force(workspace, figures: FigureSet, periods) -> FigureSet:
    """The area's figures and every area's for ``periods``: what ranks and
    national figures in those periods are worked out from."""
    every = FigureSet.load(workspace, periods=periods)
    known = {(f.measure, f.area.casefold(), f.period) for f in figures.figures}
    return FigureSet([*figures.figures, *(f for f in every.figures
                                          if (f.measure, f.area.casefold(), f.period) not in known)])


def _column_periods(paragraph: DraftParagraph) -> list[str]:
    """The periods a table's header row names ("Offence | 2021 | 2022"), a
    cell's first name for each: a cell naming its period in two languages
    ("January to March 2026 / Ionawr i Fawrth 2026") heads one column, and a
    year alone beside a period of that year is part of the same heading."""
    from drafter.figures.period_text import find_periods

    header = (paragraph.cells or [[]])[0]
    named = []
    for cell in header:
        phrases = [phrase for phrase in find_periods(cell) if phrase.period is not None]
        seen = set()
        for phrase in phrases:
            if phrase.period in seen or phrase.style == "year" and any(
                    other.style != "year" and other.period.end.year == phrase.period.year for other in phrases):
                continue
            seen.add(phrase.period)
            named.append(phrase.text)
    return named


def _left_for_the_writer(paragraph: DraftParagraph, rolled: RolledText) -> RolledText:
    """A table whose columns are headed by their periods keeps its figures:
    moving cells one by one would set this year's figures under last year's
    heading, beside figures no stored figure explains."""
    headings = ", ".join(_column_periods(paragraph))
    reason = (f"in a table whose columns are headed {headings}: update the headings and "
              f"figures together by hand")
    return RolledText(paragraph.text, [], [{"text": moved["old"], "reason": reason} for moved in rolled.rolled])


def _held_together(paragraph: DraftParagraph, rolled: RolledText) -> RolledText:
    """A paragraph some of whose figures cannot move (the target period's
    figure is not stored) keeps all of them: moving the rest would set a
    year-earlier figure for the new quarter beside this quarter's figure for
    the old one, under period words that name only one of them."""
    reason = f"kept as written, with the paragraph's other figures: {not_stored(rolled.gaps)}"
    kept = [{"text": moved["old"], "reason": reason} for moved in rolled.rolled]
    return RolledText(paragraph.text, [], [*rolled.not_rolled, *kept])


def _now_stored(text: str, rolled: RolledText, figures: FigureSet, mover: Mover):
    """A paragraph saying a period's figures had not come in ("results for July
    to September 2026 had not been received"), whose measures the figures now
    hold for the period it would say that of once rolled: (the words, that
    period, the measures stored for it); None otherwise. Rolled, it would say
    figures drafter holds had not been received, beside the quarter before's."""
    measures = list(dict.fromkeys(moved["measure"] for moved in rolled.rolled))
    for phrase in periods_said_not_in(text, mover.main):
        after = mover.move(phrase.period)
        if after == phrase.period:
            continue
        stored = [m for m in measures if figures.of(area=rolled.rolled[0]["area"], measure=m, period=after)]
        if stored:
            return phrase.text, after, stored
    return None


def _late_figures_in(paragraph: DraftParagraph, rolled: RolledText, words: str, period: Period,
                     measures: list[str]) -> RolledText:
    """The paragraph as copied, its figures and its words on late figures named
    for the writer: the figures it said were not in are stored now."""
    arrived = f"{and_list(measures)} for {period} {'is' if len(measures) == 1 else 'are'} stored now"
    kept = [{"text": words, "reason": f"says these figures had not come in; {arrived}: rewrite the paragraph "
                                      f"with {period}'s figures"}]
    kept += [{"text": moved["old"], "reason": f"kept as written, with the paragraph on late figures: {arrived}"}
             for moved in rolled.rolled]
    return RolledText(paragraph.text, [], kept)


def not_stored(gaps) -> str:
    """"no victim_satisfaction or domestic_abuse_satisfaction for Ashmoor 2026-Q3
    is stored": every figure missing, each area and period named once."""
    by_place: dict[tuple[str, str], list[str]] = {}
    for measure, area, period in gaps:
        measures = by_place.setdefault((area, period), [])
        if measure not in measures:
            measures.append(measure)
    places = [f"{or_list(measures)} for {area} {period}" for (area, period), measures in by_place.items()]
    return f"no {', nor '.join(places)} is stored"


def _record(paragraph: DraftParagraph, rolled) -> None:
    origin = paragraph.origin
    origin.copied = paragraph.text
    origin.rolled = rolled.rolled
    origin.not_rolled = rolled.not_rolled
    _set_text(paragraph, rolled.text)


def _set_text(paragraph: DraftParagraph, text: str) -> None:
    """New words for a paragraph; a table's go back into its cells (the roll
    never touches the " | " between cells, so the shape is the same)."""
    if paragraph.kind != TABLE:
        paragraph.text = text
        return
    cells = cells_of(text)
    if [len(row) for row in cells] == [len(row) for row in paragraph.cells or []]:
        paragraph.cells = cells
        paragraph.text = table_text(cells)


def reject_roll(paragraph: DraftParagraph) -> None:
    """Bring back the words as copied, before the roll (the record of the roll is kept).
    Each figure the roll had moved is the copied period's again: listed as left for
    the writer, so "left for you" counts it, as review's not-rolled findings do; what
    the roll had already left for the writer is still listed, in the same words."""
    if paragraph.origin.was_rolled:
        _set_text(paragraph, paragraph.origin.copied)
        paragraph.origin.not_rolled = list(paragraph.origin.not_rolled or []) + [
            {"text": entry["old"], "reason": f"the roll was rejected: {_measure_words(entry)} for "
             f"{entry['from_period']}, as copied: give it for {entry['to_period']}"}
            for entry in paragraph.origin.rolled if entry.get("from_period") != entry.get("to_period")]
        paragraph.origin.rolled = []


def _measure_words(entry: dict) -> str:
    return (entry.get("measure") or "the figure").replace("_", " ")
