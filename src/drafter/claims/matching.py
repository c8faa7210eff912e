"""Which figure each number in a paragraph is, read by its period and its role.

Every number that may be a figure gets a **role** and, where the sentence
gives one, a **period**:

* its period is the one named beside it ("17 in 2024", "3.3 in the second
  quarter of 2023"), else the last one named before it in its sentence ("In
  the quarter ending June 2024, ... 5 homicides"); a relative phrase ("the
  year prior", "the same quarter a year earlier") is a year before the
  sentence's own period; a number its sentence does not date is read by the
  latest period its paragraph named before (looked for there first, and
  never taken as another period of that length: "Full-year figures for 2025
  are now available. The force recorded 15 homicides over the year" is not
  2025/26's 15);
* its role is ``base`` when the sentence offers it as what something is
  compared with ("from 55,219", "when there were 55,219", "compared with 13.8
  in 2024", the earlier of two dated numbers of one measure), else ``current``.

A number is then looked for among the values :mod:`drafter.figures.derived`
gives for its period (or the review period), limited to the measures its
sentence names. It is **verified** when found; **stale** when it is found only
as an earlier period's value while presented as current; **unverified**
otherwise. "Found" means "rounds to": 15.4 matches 15.41, "around 2,000"
matches anything that rounds to 2,000. To keep coincidences out, a number is
matched only to a measure its sentence names ("65,450 records of neighbourhood
crime"); a number counting something else ("610 people") to nothing; and only when a sentence
names no measure (nor fire and rescue's work: "deliberate fires") may an exact number of 1,000
or more, or one with decimals, match any measure. Stale needs a named measure."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.claims.baselines import average_after, average_level_before, not_on_a_year
from drafter.claims.comparisons import same_quarters_read
from drafter.claims.listed_quarters import listed_quarter_phrase
from drafter.claims.change_counts import counts_of_their_change
from drafter.claims.evidence import Candidate, Evidence
from drafter.claims.measures import (MeasureMention, about_fire_and_rescue, counted_noun, measure_for, people_served,
                                     rate_base)
from drafter.claims.running_totals import counts_a_year_so_far, dating_phrases
from drafter.claims.pointing_back import POINTS_BACK, counts_nothing_of_its_own, the_one_measure_of
from drafter.claims.number_periods import (another_of_its_length, attached_phrase, bracketed_after_phrase,
                                           half_year_phrase, implied_period, introduced_as_compared, latest,
                                           later_phrase, named_before, on_the_quarter_before, paragraph_period,
                                           read_by_paragraph, this_quarter_phrase)
from drafter.claims.number_roles import against_its_word, in_change_context, role_of
from drafter.claims.numbers import NumberMention
from drafter.claims.tables import in_a_percentage_row, in_an_earlier_column, period_headed_cells
from drafter.figures.importing.mapping import RATE_SUFFIX
from drafter.figures.period_text import HALF_YEAR_STYLE, PeriodPhrase, find_periods
from drafter.figures.periods import Period
from drafter.nlp import text_of

UNNAMED_AT_LEAST = 1000


@dataclass
class SentenceContext:
    """What a sentence offers for deciding what its numbers are."""

    text: str
    start_token: int
    end_token: int
    start_char: int = 0
    mentions: list[MeasureMention] = field(default_factory=list)
    phrases: list[PeriodPhrase] = field(default_factory=list)
    own_period: Period | None = None
    matched_periods: list[str] = field(default_factory=list)  # of the numbers read so far
    from_paragraph: bool = False
    """``own_period`` is one an earlier sentence of the paragraph named."""
    paragraph_period: Period | None = None
    """The latest period the paragraph names before the sentence."""
    review_period: Period | None = None

    @property
    def measures(self) -> set[str]:
        return {m.measure for m in self.mentions}

    @property
    def periods(self) -> list[str]:
        """Every period the sentence names, relative ones resolved."""
        found = [p.resolve(self.own_period) for p in self.phrases]
        return [str(p) for p in found if p is not None]


def sentence_context(doc, mention: NumberMention, mentions: list[MeasureMention],
                     review_period: str | None = None) -> SentenceContext:
    start, end = mention.sentence
    if doc is None:
        return SentenceContext("", 0, 0)
    span = doc[start:end]
    local = [m for m in mentions if start <= m.start < end]
    said = None if local or start == 0 else measure_said_before(doc, mention, mentions)
    if said is not None:
        # "… decreased by 4.7%, to 402. This is 9.3% lower than in July to September
        # 2023 (443)": the measure is the sentence before's.
        local = [said]
    earlier = paragraph_period(doc, span.start_char)
    named = dating_phrases(span.text, find_periods(span.text), review_period)
    phrases = same_quarters_read(span.text, named, earlier,
                                 Period.parse(review_period) if review_period else None)
    # A period named as what something is compared with is not the sentence's own.
    explicit = [p.period for p in phrases if p.period is not None and not introduced_as_compared(span.text, p)]
    own = explicit[0] if explicit else earlier or (Period.parse(review_period) if review_period else None)
    # "Quarter 1" with no year says a quarter only of a quarter's or a financial year's statement:
    # of the year a period named before it gives, else the statement's ("341 in Quarter 4, the same
    # as in Quarter 4 of 2024/25": the first is this year's fourth quarter).
    phrases = [_numbered_quarter_of(p, phrases, own, review_period) for p in phrases]
    phrases = [p for p in phrases if p is not None]
    return SentenceContext(span.text, start, end, span.start_char, local, phrases, own,
                           from_paragraph=not explicit and own is not None and str(own) != review_period,
                           paragraph_period=earlier,
                           review_period=Period.parse(review_period) if review_period else None)


def _numbered_quarter_of(phrase: PeriodPhrase, phrases: list[PeriodPhrase], own: Period | None,
                         review_period: str | None) -> PeriodPhrase | None:
    """A bare "Quarter 4" read as the quarter it is: of the year of the last period named
    before it, else of the period under review, else of the sentence's; None when none has
    numbered quarters. Any other phrase as it is."""
    if not phrase.quarter:
        return phrase
    before = [p.period for p in phrases if p.period is not None and p.end <= phrase.start]
    of = before[-1] if before else Period.parse(review_period) if review_period else own
    quarter = phrase.resolve(of) if of is not None else None
    return None if quarter is None else \
        PeriodPhrase(phrase.text, phrase.start, phrase.end, phrase.style, quarter, quarter=phrase.quarter)


# -- which candidates a number may be -------------------------------------------------------
def pools_for(mention: NumberMention, change_context: bool) -> tuple[str, ...]:
    if mention.kind == "percent":
        return ("change", "value%", "share") if change_context else ("value%", "share", "change")
    if mention.kind == "points":
        return ("points", "difference")
    if mention.kind == "rate":
        return ("rate",)
    return ("value", "total")


def _in_pool(candidate: Candidate, pool: str, mention: NumberMention) -> bool:
    if pool == "value%":
        return candidate.kind == "figure" and candidate.percent
    if pool == "value":  # a published rate is no count
        return candidate.kind == "figure" and not candidate.percent and rate_base(candidate.measure) is None
    if pool == "rate":  # a rate worked out, or one published as it is ("knife_offences_per_100k")
        return (candidate.kind == "rate" and candidate.per == mention.per) or (
            candidate.kind == "figure" and mention.per is not None and
            candidate.measure.endswith("_" + RATE_SUFFIX.get(int(mention.per), "-")))
    return candidate.kind == pool


def allowed_measures(doc, mention: NumberMention, context: SentenceContext) -> set[str] | None:
    """Measures ``mention`` may be a figure of: a set, or None for "any measure".
    A number alone in a table's cell counts no noun: its row names its measure."""
    if doc is not None and mention.kind in ("count", "small", "money") and not mention.table_cell:
        noun = counted_noun(doc[mention.token])
        if noun is not None and any(p.start <= noun.idx - context.start_char < p.end for p in context.phrases):
            noun = None  # "compared with 192 last quarter": the period's word, not what 192 counts
        if noun is not None and noun.text != "|" and not _generic(noun):  # a table's cell border counts nothing
            # The measure must name what is counted, not describe it: "two homicide
            # caseworkers" counts caseworkers, "5 domestic homicides" homicides.
            return {m.measure for m in context.mentions if m.start <= noun.i < m.end} | people_served(mention.value, noun)
    if context.measures:
        return context.measures
    if mention.approximate or (mention.decimals == 0 and mention.value < UNNAMED_AT_LEAST) \
            or about_fire_and_rescue(context.text, mention.start - context.start_char):
        return set()
    return None


def _generic(noun) -> bool:
    """"offences in all", "reports": a count of the crimes the sentence names."""
    from drafter.claims.measures import GENERIC_COUNTED, token_forms

    return bool(token_forms(noun) & GENERIC_COUNTED)


def _named(candidate: Candidate, allowed: set[str] | None) -> bool:
    if allowed is None:
        return True
    # A published rate is named by its count's words ("neighbourhood crime ... 8.5 per 1,000").
    return all(part in allowed or rate_base(part) in allowed
               for part in candidate.measure.replace(" - ", " + ").split(" + "))


def find_match(evidence: Evidence, mention: NumberMention, context: SentenceContext,
               change_context: bool, current: bool, nearest: MeasureMention | None,
               allowed: set[str] | None = None, period: Period | None = None) -> Candidate | None:
    """The best candidate ``mention`` rounds to, among current or earlier figures
    (or only those of ``period``), limited to the ``allowed`` measures (None: any)."""
    if allowed is not None and not allowed:
        return None
    if period is None and not current and (allowed is None or mention.kind == "small"):
        return None  # stale needs a named measure, and a number above ten
    if period is not None:
        pool_candidates = list(evidence.in_period(period))
        pool_candidates += evidence.combined(allowed or context.measures, period)
    else:
        pool_candidates = list(evidence.candidates(current))
        pool_candidates += evidence.combinations(allowed or context.measures, current)
    for pool in pools_for(mention, change_context):
        # "more than 3,400" holds of the named measure's 3,547 in its own period, however loose the bound
        # (of the one measure its sentence names, never a sum or a measure the words leave open)
        loose = period is not None and allowed is not None and len(allowed) == 1 and mention.bound is not None \
            and mention.spread is None
        matches = [c for c in pool_candidates if _in_pool(c, pool, mention) and _named(c, allowed) and (
            mention.matches(c.value) or loose and c.measure in allowed and mention.on_its_bounds_side(c.value))]
        if matches:
            return min(matches, key=lambda c: _preference(c, context, nearest))
    return None


def _preference(candidate: Candidate, context: SentenceContext, nearest: MeasureMention | None):
    return (
        0 if nearest is not None and candidate.measure == nearest.measure else 1,
        0 if candidate.period in context.matched_periods else 1,  # a sentence keeps to its periods
        0 if candidate.measure in context.measures else 1,
        0 if candidate.period in context.periods else 1,
        -Period.parse(candidate.period).first,
    )


def nearest_measure(doc, mention: NumberMention, mentions: list[MeasureMention]) -> MeasureMention | None:
    """The measure a number is about: the one named just before a bracket it sits
    in ("robbery of personal property (a 5.6% fall)"), else by the grammar, else
    the nearest named before it, else after it, else, in a sentence pointing
    back ("That was 1.4 points higher …"), the one the sentence before names."""
    if doc is None:
        return None
    start, end = mention.sentence
    token = doc[mention.token]
    opening = _opening_bracket(doc, mention.token, start)
    if opening is not None:
        before = [m for m in mentions if start <= m.start and m.end <= opening and opening - m.end <= 1]
        if before:
            return max(before, key=lambda m: m.end)
    # "… and vehicle crime by 9.7%", "cut knife offences by 12%": the measure named right before its "by".
    by = [m for m in mentions if start <= m.start and m.end == mention.token - 1 and doc[m.end].lower_ == "by"]
    grammatical = by[0] if by else measure_for(token, mentions)
    if grammatical:
        return grammatical
    before = [m for m in mentions if start <= m.start and m.end <= mention.token]
    if before:
        return max(before, key=lambda m: m.end)
    after = [m for m in mentions if mention.token < m.start < end]
    return min(after, key=lambda m: m.start) if after else measure_said_before(doc, mention, mentions)


def measure_said_before(doc, mention: NumberMention, mentions: list[MeasureMention]) -> MeasureMention | None:
    """The measure of a sentence naming none that opens by pointing back ("Knife crime: 212
    offences … That is 7.8% lower than the previous quarter") or counts nothing of its own
    ("… there were 139."): the one measure the sentence before names, else None."""
    start = mention.sentence[0]
    if doc is None or start == 0:
        return None
    sentence = doc[start:mention.sentence[1]]
    if not POINTS_BACK.match(sentence.text) and not counts_nothing_of_its_own(sentence):
        return None
    return the_one_measure_of(doc[start - 1].sent, mentions)


def _opening_bracket(doc, index: int, sentence_start: int) -> int | None:
    """The token index of the "(" the token at ``index`` sits in, within four words."""
    for position in range(index - 1, max(sentence_start, index - 5) - 1, -1):
        text = doc[position].text
        if text == ")":
            return None
        if text == "(":
            return position
    return None


def match_numbers(evidence: Evidence, mentions: list[NumberMention], doc,
                  measure_mentions: list[MeasureMention], *, named_periods_meant: bool = True,
                  stated_period: str | None = None) -> None:
    """Set each number's period, role, status and what it matched.

    ``named_periods_meant``: an earlier period a sentence names for its number
    is the one its writer meant ("There were 2,318 neighbourhood crimes in
    April to June 2026" in a statement on July to September), so its figure is
    quoted as such, not stale. False for words carried unchanged from an
    earlier statement, which named that statement's periods.
    ``stated_period``: the period the statement says it covers, by which a
    table's "This year" and "Last year" columns are read (None: not said)."""
    contexts = {}
    checked = [m for m in mentions if m.checked]
    for mention in mentions:
        if not mention.checked:
            mention.status = "not-a-figure"
    cells = period_headed_cells(text_of(doc), stated_period) if doc is not None else {}
    for mention in checked:
        if mention.sentence not in contexts:  # the paragraph's periods are read once a sentence
            contexts[mention.sentence] = sentence_context(doc, mention, measure_mentions,
                                                          stated_period or evidence.period)
        context = contexts[mention.sentence]
        cell = cells.get(mention.start)
        if cell is not None and cell[0] == mention.end:
            # The column's heading names the period; the row, which is its sentence, the measure.
            mention.table_cell = True
            mention.period, mention.period_named, mention.period_style = cell[1], True, None
            mention.kind = "percent" if in_a_percentage_row(text_of(doc), mention.start) else mention.kind
            continue
        phrase = attached_phrase(context, mention) or this_quarter_phrase(context, mention) \
            or bracketed_after_phrase(context, mention) or half_year_phrase(context, mention) \
            or listed_quarter_phrase(context, mention, checked) or later_phrase(context, mention, checked)
        period = phrase.resolve(context.own_period) if phrase is not None else None
        mention.period = str(period) if period is not None else None
        mention.period_named = phrase is not None and phrase.style != HALF_YEAR_STYLE
        mention.period_style = phrase.style if phrase is not None else None
    for mention in checked:
        context = contexts[mention.sentence]
        compared = mention.table_cell and in_an_earlier_column(mention.period, cells)
        mention.role = "base" if compared else role_of(doc, mention, context, mentions)
        if mention.period is None and mention.period_style != HALF_YEAR_STYLE:
            implied = implied_period(context, mention)
            mention.period = str(implied) if implied is not None else None
            mention.period_stated = implied is not None and mention.role == "current"
            mention.period_style = named_before(context, mention, implied)
    for mention in checked:
        if evidence.empty:  # "7 homicides" is a figure left unchecked too, though small
            counts = mention.kind == "small" and doc is not None and counted_noun(doc[mention.token]) is not None
            mention.status = "unverified" if mention.is_figure or counts else "not-a-figure"
            continue
        _match_one(evidence, mention, doc, contexts[mention.sentence], measure_mentions, named_periods_meant)
    if not evidence.empty:
        counts_of_their_change(evidence, checked, lambda mention, found: _mark(mention, "verified", found))


def _match_one(evidence: Evidence, mention: NumberMention, doc, context: SentenceContext,
               measure_mentions: list[MeasureMention], named_periods_meant: bool = True) -> None:
    change_context = mention.kind in ("percent", "points") and in_change_context(doc, mention)
    # A gap review's arithmetic works out; half a year no figure is for; a change over years or on an average.
    at, end = mention.start - context.start_char, mention.end - context.start_char
    if mention.role == "difference" or mention.period_style == HALF_YEAR_STYLE or change_context \
            and not_on_a_year(context.text, at, end) or average_after(context.text, end) \
            or average_level_before(context.text, at) is not None \
            or mention.kind in ("count", "small") and not mention.period_named and mention.role != "base" \
            and counts_a_year_so_far(context.text, at, evidence.period):  # "a three-year average of 268"
        mention.status = "unverified"
        return
    nearest = nearest_measure(doc, mention, measure_mentions)
    allowed = allowed_measures(doc, mention, context)
    # The number's own period first, then the one its sentence's other numbers
    # were found in, then the period under review, then any other.
    sentence_period = context.matched_periods[-1] if context.matched_periods else None
    # A change is about the later of the periods its sentence compares ("181 in
    # April to June 2026, compared with 172 in April to June 2025, an increase
    # of 5.2%"), though the earlier is named nearer to it.
    compared = latest(context.periods) if change_context else None
    # A period named beside the number is the one it is for: "4,654 in the 12
    # months to June 2026" is not verified as calendar 2025's 4,654. One named
    # before it in its sentence is too, or another its sentence names ("...
    # in January to March 2026, against 73.0% in January to March 2025, and
    # 84.0% of domestic abuse victims"), never the period under review alone:
    # "In January to March 2026 there were 208" is not the quarter after's 208.
    # One its paragraph named before is what a reader takes an undated number
    # as, ahead of the review period.
    tied = mention.period_named or mention.period_stated
    read_by = read_by_paragraph(context, mention)
    if mention.period_named and not change_context:
        others = ()
    elif tied:  # another period its sentence names may still be the number's
        others = (sentence_period, *context.periods)
    else:
        others = (sentence_period, str(read_by) if read_by else None, evidence.period)
    for period in dict.fromkeys(p for p in (mention.period, compared, *others) if p):
        found = find_match(evidence, mention, context, change_context, True, nearest, allowed,
                           Period.parse(period))
        if found is not None and change_context and on_the_quarter_before(context, mention, found):
            found = None
        if found is not None:
            earlier = not evidence.is_current(period)
            # An earlier period its sentence or paragraph names is meant; a table's
            # columns up to an earlier period are a table not brought up to date.
            meant = named_periods_meant and not mention.table_cell and (
                tied and period == mention.period or read_by is not None and period == str(read_by))
            # "74.6%, up from 72.8%": a level beside a change's words is still the level.
            level = not change_context or found.kind == "figure"
            presented_as_now = mention.role == "current" and earlier and level and not meant
            _mark(mention, "stale" if presented_as_now and allowed else "verified", found, context)
            if presented_as_now and allowed:
                mention.presented_for = evidence.period
            if earlier and not presented_as_now:
                mention.derivation = f"{found.derivation} (earlier period, quoted as such)"
                mention.named_earlier = meant and mention.role == "current" and level and allowed
            return

    # A period named beside the number, or earlier in its sentence, that no
    # figure of it explains is not made good by some other period's: "rose by
    # 33.3% in 2023" and "In Q3 2025/26 there were 112" stay unverified, and
    # so does "In the year ending June 2026 there were 15 homicides" where 15
    # is 2022's: not an old figure left in, a wrong one for the period it
    # names (the count's own check says what the period's figure is). Only
    # another period its sentence names may still explain it ("... in
    # January to March 2026, against 73.0% in January to March 2025, and
    # 84.0% of domestic abuse victims": 84.0% is the first period's).
    found = None if tied else find_match(evidence, mention, context, change_context, True, nearest, allowed)
    # "fell by 1.8% on the previous quarter" is not the fall of 1.8% on a year before
    if found is not None and not another_of_its_length(read_by, found.period) \
            and not (change_context and on_the_quarter_before(context, mention, found)):
        _mark(mention, "verified", found, context)
        return
    found = find_match(evidence, mention, context, change_context, False, nearest, allowed)
    # Last quarter's figure in a paragraph about this quarter ("... in July to
    # September 2026 ... This included 402 residential burglaries", 402 being
    # April to June's) is left over, as it is when the review period dates it;
    # another figure of the length of a past period its paragraph names is no
    # sign of anything (2025/26's 15 in a paragraph on 2025).
    if found is not None and (tied and found.period not in context.periods
                              or another_of_its_length(read_by, found.period)
                              and not evidence.is_current(read_by)):
        found = None
    if found is not None and change_context and against_its_word(doc, mention, found):
        found = None  # "fell by 8.2%" is not an earlier quarter's rise of 8.2%, left unchanged
    if found is not None and change_context and (nearest is not None and found.measure != nearest.measure
                                                 or on_the_quarter_before(context, mention, found)):
        # "Neighbourhood crime increased by 9.7% compared with July to September 2024, …, of
        # which 1,087 were residential burglaries" is no earlier year's change in burglaries;
        # "1.8% fewer than in the previous quarter (659)" no earlier quarter's on a year before.
        found = None
    if found is not None:
        if mention.role == "base":
            _mark(mention, "verified", found, context)
            mention.derivation = f"{found.derivation} (earlier period, quoted as such)"
        else:
            _mark(mention, "stale", found, context)
            mention.presented_for = str(read_by) if read_by is not None else evidence.period
        return
    # A number in words counting nothing ("residents over eighty": an age) is
    # not reported as an unchecked figure; "eleven people charged" is.
    uncounted_words = mention.in_words and (doc is None or counted_noun(doc[mention.token]) is None)
    mention.status = "unverified" if mention.is_figure and not uncounted_words else "not-a-figure"


def _mark(mention: NumberMention, status: str, candidate: Candidate,
          context: SentenceContext | None = None) -> None:
    mention.status = status
    mention.source = candidate.source or None
    mention.measure = candidate.measure
    mention.period = candidate.period
    mention.derivation = candidate.derivation
    mention.matched = candidate.derived
    if context is not None:
        context.matched_periods.append(candidate.period)
