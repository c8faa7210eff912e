"""Rank and national-comparison claims: ``wrong-rank`` (an error: the figures
of every force give another rank, or the other side of the national figure,
named in the message) and ``unverified-rank`` (a warning: the claim cannot
be checked, usually because figures for every force are not loaded for its
period). A rank is never called wrong on a guess at a figure: without every force's, only
when no place the force could hold makes it true (:mod:`drafter.claims.rank_gaps`).

The claims are read and checked in :mod:`drafter.claims.ranks`; the numbers
given as the national figure beside them ("against 11.0 nationally") are
checked against England and Wales here too, and "the 43 forces" is the size
of the group, not a figure. Every claim, whatever its outcome, is listed in
the report (``ranks``).

Vaguer wording is held to these rules (the group is the 43 forces, or the
forces of the region when the claim says "in the region" or names the region,
"in the North West": :mod:`drafter.claims.rank_groups`):

* "one of the highest", "among the highest" (and "lowest", "largest",
  "smallest"): within the first quarter of the group, rounded up: 11th or
  better of 43 (joint 11th counts), 1st of a region of four;
* "in the top five", "one of the top ten", "among the top 3", "in the five
  highest": that place or better; "in the bottom five" counts from the
  lowest;
* "higher than most forces", "above most forces", "higher than the majority
  of forces" (and "lower", "below"): more than half of the other forces of
  the group are strictly lower (higher): 21st or better of 43 with no tie
  reaching the 22nd;
* "above/below the national average" (or "the national rate", "the England
  and Wales average", "the average for England and Wales"): the force's
  rate as written (one decimal place) against the national rate as written;
  level is neither above nor below;
* "21.1% below the national rate": the gap as a share of the national rate
  (in percentage points for a percentage measure);
* "in its most similar group", "compared with similar forces": never checked
  (drafter has no list of the groups), always an ``unverified-rank``;
* "ranked 45th of the 43 forces": wrong, saying no force can be 45th;
* "the lowest the force has recorded", "its lowest ever", "the highest since
  2019", "the lowest for five years": the force against its own earlier
  periods (:mod:`drafter.claims.records`), never against the other forces:
  wrong when a stored earlier period is past it, else verified when every
  period it reaches back over is stored, else ``record-partly-checked`` (an
  info: it holds as far back as the stored figures go, which it says) or,
  with no earlier period stored, an ``unverified-rank``.

A refuted claim's message gives the true rank and the rule ("not one of the
highest (the first quarter: 11th or better of 43)").
"""

from __future__ import annotations

from drafter.claims.claim_measure import SectionMeasures, dated_beside
from drafter.claims.national_change import check_national_changes
from drafter.claims.national_numbers import (
    earlier_national,
    mark_group_sizes,
    match_national_numbers,
    national_changes,
    says_up,
)
from drafter.claims.numbers import NumberMention
from drafter.claims.records import RECORD, check_record, read_records
from drafter.claims.rank_moves import move_problem, read_move
from drafter.claims.rank_verdict import end_meant
from drafter.claims.ranks import (
    NATIONAL_MEASURES,
    UNVERIFIABLE,
    VERIFIED,
    WRONG,
    RankClaim,
    check,
    has_cue,
    national_anchor,
    named_measures,
    read_claims,
)
from drafter.claims.times_national import check_times_national
from drafter.errors import MissingFigure
from drafter.figures.derived import GAP, per_phrase
from drafter.figures.exact import round_half_away
from drafter.figures.figureset import FigureSet
from drafter.figures.national import WALES
from drafter.figures.periods import Period
from drafter.figures.revisions import Revisions
from drafter.review.checks.revised import STALE_NOW, held_before_revision, national_held_before
from drafter.review.findings import Finding


class RankCheck:
    """Checks the claims of one review, loading every force's figures for a
    period once, and only when a claim needs them."""

    def __init__(self, workspace, area: str | None, period: str | None, said: dict[int, str] | None = None):
        from drafter.store import figures as figure_store

        self.workspace = workspace
        self.area = area
        self.period = period
        self.claims: list[RankClaim] = []
        self._figures: dict[Period, FigureSet] = {}
        self._histories: dict[str, FigureSet] = {}
        self._revisions = None  # every area's, loaded when a claim is found wrong
        # What a stale-figure finding says of a number (by its id), shared with the checks of re-issued figures.
        self.said: dict[int, str] = {} if said is None else said
        stored = tuple(figure_store.measures(workspace.database))
        self.measures = tuple(sorted(set(stored) | set(NATIONAL_MEASURES)))
        self.section_measures = SectionMeasures(self.measures)

    def every_revision(self) -> Revisions:
        """Every area's revised figures, read once, when a claim is first found wrong."""
        if self._revisions is None:
            self._revisions = Revisions.load(self.workspace, None, every_area=True)
        return self._revisions

    def figures_for(self, period: Period) -> FigureSet:
        if period not in self._figures:
            self._figures[period] = FigureSet.load(self.workspace, periods=[period])
        return self._figures[period]

    def history_of(self, area: str) -> FigureSet:
        """Every period's figures for one area: what a claim about its own past is held to."""
        if area not in self._histories:
            self._histories[area] = FigureSet.load(self.workspace, areas=[area])
        return self._histories[area]

    def judge(self, claim: RankClaim) -> RankClaim:
        """Check ``claim`` against every force's figures for its period; a wrong one held
        until a re-issue of the figures is said to be so."""
        if claim.period is None:
            claim.status, claim.reason = UNVERIFIABLE, "no period to check it for"
            return claim
        check(claim, self.figures_for(claim.period))
        if claim.status == WRONG:
            held_before_revision(claim, self.figures_for(claim.period), self.every_revision(), check)
        return claim

    def check_paragraph(self, paragraph, numbers: list[NumberMention]) -> list[Finding]:
        mark_group_sizes(paragraph.text, numbers)
        # A paragraph naming no measure ("This was above the England and Wales average") is about
        # what its section spoke of last.
        fallback = self.section_measures.for_paragraph(paragraph, numbers)
        mentions = named_measures(paragraph.doc, self.measures) if paragraph.doc else []
        cue = has_cue(paragraph.text)
        self.section_measures.remember(paragraph, [m.measure for m in mentions], fallback if cue else None)
        if not cue:
            return []
        claims = read_claims(paragraph.text, paragraph.doc, self.measures, self.area, self.period, fallback,
                             keep_unmeasured=True, mentions=mentions)
        dated_beside(claims, numbers)
        for claim in claims:
            claim.paragraph = paragraph
            self.judge(claim)
        records = read_records(paragraph.text, paragraph.doc, self.measures, self.area, self.period, mentions)
        for record in records:
            record.paragraph = paragraph
            check_record(record, self.history_of(record.area) if record.area else FigureSet())
        claims += [move for claim in claims if (move := _wrong_move(claim, self.figures_for)) is not None]
        found = [finding_for(claim, paragraph) for claim in claims + records if claim.status in (WRONG, UNVERIFIABLE)]
        def anchor(mention):
            return national_anchor(paragraph.doc, mention.sentence, mention.start, mention.end, self.measures,
                                   self.period, fallback, named=mentions)

        listed = claims + records
        for mention, value in match_national_numbers(paragraph.text, numbers, claims, self.figures_for, anchor):
            # Listed with the claims, so the listing and its counts hold every wrong-rank error.
            listed.append(_wrong_national_number(paragraph, mention, value,
                                                 earlier_national(mention, value, self.figures_for)))
            held = national_held_before(paragraph.text, mention, value, claims, self.figures_for, anchor,
                                        self.every_revision(), match_national_numbers)
            if held is not None:
                listed[-1].status, listed[-1].reason = UNVERIFIABLE, f"held {held}, not since: {listed[-1].reason}"
                mention.status = "stale"
                self.said[id(mention)] = f"{mention.text} was {listed[-1].reason}; {STALE_NOW}"
                continue
            found.append(Finding("wrong-rank", paragraph.section_label, paragraph.number,
                                 f"{mention.text} is {listed[-1].reason}",
                                 _sentence_of(paragraph, mention), index=paragraph.index))
        self.claims.extend(sorted(listed, key=lambda claim: claim.start))
        changes = check_national_changes(paragraph.text, numbers, self.figures_for, anchor)
        multiples = check_times_national(paragraph.doc, numbers, self.area, self.figures_for, anchor)
        return found + _national_directions(paragraph, numbers) + _national_change_findings(paragraph, changes) \
            + [_multiple_finding(paragraph, multiple) for multiple in multiples if not multiple.holds]


def _national_change_findings(paragraph, changes) -> list[Finding]:
    """"Nationally, knife crime rose by 4.0%": a percentage neither the national count's change nor
    its rate's is wrong; one that is, with a verb saying the other way, a direction error."""
    found = []
    for change in changes:
        mention, sentence = change.mention, _sentence_of(paragraph, change.mention)
        if not change.holds:
            found.append(Finding("wrong-rank", paragraph.section_label, paragraph.number,
                                 f"{mention.text} is given as the national change, but "
                                 + "; ".join(c.derivation for c in change.changes), sentence, index=paragraph.index))
        elif mention.matched.value and change.says_up != (mention.matched.value > 0):
            found.append(_wrong_way(paragraph, change.verb, mention.matched.derivation, sentence))
    return found


def _multiple_finding(paragraph, multiple) -> Finding:
    """"more than three times the national rate" where the rate is 2.63 times it; or a
    multiple the figures cannot check."""
    sentence = next((s.text for s in paragraph.doc.sents if s.start_char <= multiple.start < s.end_char),
                    paragraph.text) if paragraph.doc is not None else paragraph.text
    if multiple.ratio is None:
        return Finding("unverified-rank", paragraph.section_label, paragraph.number,
                       f"'{multiple.text}': cannot be checked: no rate for the force and the nation to compare",
                       sentence, index=paragraph.index)
    return Finding("wrong-rank", paragraph.section_label, paragraph.number,
                   f"'{multiple.text}': the figures give {multiple.ratio.value:.2f} times "
                   f"({multiple.ratio.derivation})", sentence, index=paragraph.index)


def _wrong_way(paragraph, verb: str, went: str, sentence: str) -> Finding:
    """"'fell' says the national figure went down, but …": a national change's verb the figures contradict."""
    return Finding("direction", paragraph.section_label, paragraph.number,
                   f"'{verb}' says the national figure went {'up' if says_up(verb) else 'down'}, but {went}",
                   sentence, index=paragraph.index)


def _national_directions(paragraph, numbers: list[NumberMention]) -> list[Finding]:
    """"The national rate fell from 90.9 to 91.8": the verb against the two national figures it moves between."""
    found = []
    for verb, _, earlier, later in national_changes(paragraph.text, numbers):
        went_up = later.matched.value > earlier.matched.value
        if later.matched.value == earlier.matched.value or says_up(verb) == went_up:
            continue
        found.append(_wrong_way(paragraph, verb, f"the national figures went from {earlier.text} in {earlier.period} "
                                f"to {later.text} in {later.period}", _sentence_of(paragraph, later)))
    return found


def _wrong_national_number(paragraph, mention: NumberMention, value, earlier=None) -> RankClaim:
    """A number wrongly given as the national figure, or as the force's gap
    to it, as the listing of rank and national claims shows it; ``earlier``
    is the earlier period's national figure it is, if it is one."""
    given = "the gap to the national figure" if value.kind == GAP else \
        "the figure for Wales" if value.area == WALES else "the national figure"
    claim = RankClaim("national", mention.text, mention.start, mention.end, _sentence_of(paragraph, mention),
                      measure=value.measure, per=value.per, area=value.area, period=value.period,
                      tokens=mention.sentence, status=WRONG, actual=value)
    claim.reason = f"given as {given}, but {value.derivation}{_as_written(mention, value)}"
    if earlier is not None:
        claim.reason = (f"{given} for {earlier.period} ({float(earlier.value):,.2f}), not for "
                        f"{value.period} (is it an earlier statement's sentence?): {value.derivation}")
    claim.paragraph = paragraph
    return claim


def _as_written(mention: NumberMention, value) -> str:
    """", 115.0 to one decimal place": the value as the number is written, where the
    derivation's two places (115.05) would seem to round to the number given (115.1)."""
    places = mention.decimals
    if places >= 2 or value.kind == GAP:
        return ""
    written = round_half_away(value.value, places)
    if round_half_away(round_half_away(value.value, 2), places) == written:
        return ""  # the two places shown round as the value does
    return f", {written:,} to {'one decimal place' if places == 1 else 'the nearest whole number'}"


def _wrong_move(claim: RankClaim, figures_for) -> RankClaim | None:
    """"down 1 place from 25th in the year ending December 2025" beside a
    checked rank, listed as a wrong claim of its own when the earlier place or
    the move does not follow from the figures."""
    move = read_move(claim) if claim.kind == "rank" and claim.status in (VERIFIED, WRONG) else None
    if move is None or move.period is None:
        return None
    try:
        problem = move_problem(claim, move, end_meant(claim, figures_for(claim.period)), figures_for)
    except MissingFigure:
        return None  # settled without every force's figures (claims.rank_gaps): no move to work out
    if problem is None:
        return None
    wrong = RankClaim("rank", move.text, move.start, move.end, claim.sentence, measure=claim.measure, per=claim.per,
                      area=claim.area, period=move.period, tokens=claim.tokens, status=WRONG)
    wrong.reason, wrong.paragraph = problem, claim.paragraph
    return wrong


def finding_for(claim: RankClaim, paragraph) -> Finding:
    """The finding a wrong or unverifiable claim gets."""
    said = claim.named_as or claim.text
    if claim.held_before is not None:
        return Finding("stale-figure", paragraph.section_label, paragraph.number,
                       f"'{said}': {claim.held_before}", claim.sentence, index=paragraph.index)
    if claim.status == WRONG:
        return Finding("wrong-rank", paragraph.section_label, paragraph.number,
                       f"'{said}': {claim.reason}", claim.sentence, index=paragraph.index)
    about = f"'{said}' ({claim.measure}{_per(claim)})" if claim.measure else f"'{said}'"
    if claim.kind == RECORD:  # its reason says what was checked, and how far back
        kind = "record-partly-checked" if claim.checked_back_to else "unverified-rank"
        return Finding(kind, paragraph.section_label, paragraph.number, f"{about}: {claim.reason}",
                       claim.sentence, index=paragraph.index)
    return Finding("unverified-rank", paragraph.section_label, paragraph.number,
                   f"{about}: cannot be checked: {claim.reason}", claim.sentence, index=paragraph.index)


def _per(claim: RankClaim) -> str:
    return f" {per_phrase(claim.per)}" if claim.per else ""


def _sentence_of(paragraph, mention: NumberMention) -> str:
    doc = paragraph.doc
    return doc[mention.sentence[0]:mention.sentence[1]].text if doc is not None else paragraph.text
