"""Rewriting one copied paragraph for the next period: its figures, the
direction words and period words that go with them, and nothing else.

Each number review can match to a figure (``drafter.claims.matching``) is
worked out again, by the same function of :mod:`drafter.figures.derived`,
for the period it moves to, and written in the style it was written in
(decimals, separators, "%", "per cent", "percentage points"). Direction words
flip with the sign of a change ("an increase of" → "a decrease of", "rose" →
"fell") with their article; a comparison with an earlier period ("the same as
the year prior", "fewer than a year earlier") is worked out again
(``drafts.roll_comparisons``); the period words a figure is read by move with it ("April to June
2026" → "July to September 2026", ``drafts.roll_periods``). What cannot be
done is never guessed: the old words stay and the reason is recorded for the
writer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.claims.matching import allowed_measures, sentence_context
from drafter.claims.measures import MeasureMention
from drafter.claims.number_words import count_in_words, small_number_words
from drafter.claims.number_roles import changed_by
from drafter.claims.numbers import NumberMention
from drafter.claims.rate_units import PER_HOUSEHOLDS
from drafter.errors import MissingFigure
from drafter.figures import derived
from drafter.claims.baselines import fixed_bases
from drafter.claims.comparisons import find_comparisons
from drafter.claims.running_totals import counts_months, own_span_of, span_words
from drafter.claims.welsh import in_welsh
from drafter.drafts.roll_comparisons import (
    changes_between_quoted,
    changes_on_named_period,
    left_beside_moved,
    read_by_their_comparison,
    roll_changed_by,
    roll_comparisons,
)
from drafter.drafts.restyle import restyle
from drafter.drafts.roll_averages import roll_averages
from drafter.drafts.roll_differences import find_differences, roll_differences
from drafter.drafts.roll_half_year_counts import half_year_count_rolled
from drafter.drafts.roll_year_to_date import year_to_date_rolled
from drafter.drafts.moving import Mover, recompute
from drafter.drafts.roll_directions import (
    SharedDirections, article_before, flip, quote_around, sign, turn_directions)
from drafter.drafts.roll_periods import PeriodWords, welsh_period_words
from drafter.drafts.roll_ranks import roll_claims
from drafter.drafts.roll_table_rows import roll_table_rows
from drafter.figures.derived import CHANGE, FIGURE, POINTS, RATE, Derived, shown
from drafter.figures.figureset import FigureSet
from drafter.figures.periods import Period
from drafter.figures.period_text import keep_case
from drafter.fill.wording import noun

# Words whose claim a new set of figures may overturn; flagged, never rewritten ("for every 1,000" is a rate).
_CLAIM_WORDS = re.compile(
    r"\b(most|least|largest|smallest|highest|lowest|biggest|greatest|leading|top|record|best|"
    r"worst|only|every(?!\s+\d)|all four|all six|doubled|halved|tripled|significant(?:ly)?)\b", re.IGNORECASE)


@dataclass
class RolledText:
    text: str
    rolled: list[dict] = field(default_factory=list)
    not_rolled: list[dict] = field(default_factory=list)
    gaps: list[tuple[str, str, str]] = field(default_factory=list)  # (measure, area, period) not stored


def _count_in_words(mention: NumberMention, old: Derived) -> bool:
    """A stored count written as one word ("Seven county lines were closed"):
    moved in words, as the sentence wrote it. Other figures in words ("up by
    a third", "two hundred and five") are kept and named for the writer."""
    return old.kind == FIGURE and mention.kind == "small" and small_number_words(mention.value) is not None \
        and mention.text.strip().lower() == count_in_words(mention.value, mention.text)


class _Edits:
    """Replacements in a paragraph, applied together (none may overlap)."""

    def __init__(self, text: str):
        self.text = text
        self.spans: list[tuple[int, int, str]] = []

    def add(self, start: int, end: int, new: str) -> bool:
        if any(start < b and a < end for a, b, _ in self.spans):
            return False
        self.spans.append((start, end, new))
        return True

    def widen(self, start: int, end: int, new: str) -> bool:
        """Replace ``start:end`` and every edit wholly within it ("up from 2" → "the same as a year earlier")."""
        inside = [span for span in self.spans if start <= span[0] and span[1] <= end]
        if any(start < b and a < end for a, b, _ in self.spans if (a, b, _) not in inside):
            return False
        self.spans = [span for span in self.spans if span not in inside]
        self.spans.append((start, end, new))
        return True

    def covered(self, start: int, end: int) -> bool:
        return any(start < b and a < end for a, b, _ in self.spans)

    def applied(self) -> str:
        text = self.text
        for start, end, new in sorted(self.spans, reverse=True):
            text = text[:start] + new + text[end:]
        return text


def roll_paragraph(text: str, doc, numbers: list[NumberMention], figures: FigureSet,
                   mover: Mover, measure_mentions: list[MeasureMention] = (), claims=(),
                   levels_before=(), area: str | None = None) -> RolledText:
    """``text`` with every matched figure moved to the target period, and
    every rank and national claim (``claims``, from drafter.claims.ranks)
    worked out again (see the module notes and drafts.roll_ranks).
    ``levels_before``: the figures the paragraph before quoted, for a paragraph
    pointing back to them ("That is 0.9 percentage points higher than …");
    ``area``: whose figures a change quoting no level of its own is of."""
    edits = _Edits(text)
    result = RolledText(text)
    if in_welsh(text):
        # Its period words and measures are Welsh, which copy forward does not reword.
        result.not_rolled.extend({"text": mention.text, "reason": "in a Welsh paragraph, which copy forward "
                                  f"does not reword: kept as written, give its figure for {mover.target} as the "
                                  "English paragraph does"} for mention in numbers if mention.checked)
        welsh_period_words(text, mover, edits, result)
        result.text = edits.applied()
        return result
    ranked = roll_claims(list(claims), figures, mover)
    for start, end, new in ranked.replacements:
        edits.add(start, end, new)
    roll_averages(doc, numbers, figures, mover, area, edits, result)
    result.rolled.extend(ranked.rolled)
    result.not_rolled.extend(ranked.not_rolled)
    moved_periods: dict[tuple[int, int], dict[Period, Period]] = {
        sentence: dict(moves) for sentence, moves in ranked.periods.items()}
    words = PeriodWords(doc, text, mover)
    rolled_measures: dict[tuple[int, int], list[tuple[NumberMention, Derived, Derived]]] = {}
    differences = find_differences(text)
    comparisons = find_comparisons(text)
    amounts = [(d.amount_start, d.amount_end) for d in differences]
    redated = read_by_their_comparison(text, doc, numbers, [*comparisons, *(
        d.comparison for d in differences)], figures, mover)
    quoted = {**changes_on_named_period(doc, numbers, figures, measure_mentions, levels_before, area, mover.main),
              **changes_between_quoted(numbers, figures)}
    shared = SharedDirections(doc, numbers)
    for mention in numbers:
        if any(start <= mention.start < end for start, end in amounts):
            continue  # a difference's number is worked out again with its comparison
        old = redated.get(id(mention), quoted.get(id(mention), mention.matched))
        if id(mention) in redated and old is None:
            result.not_rolled.append({"text": mention.text, "reason": f"read by the period it is compared "
                                      f"with, and not {mover.main}'s figure: kept as written, check it for "
                                      f"{mover.target}"})
            continue
        if old is None or mention.status not in ("verified", "stale") and id(mention) not in quoted or \
                mention.in_words and not _count_in_words(mention, old):
            if not half_year_count_rolled(doc, mention, measure_mentions, figures, mover, area, edits, result, restyle,
                                          moved_periods) \
                    and not year_to_date_rolled(doc, mention, measure_mentions, figures, mover, area, edits, result,
                                                restyle):
                _unidentified(doc, mention, measure_mentions, mover, result)
            continue
        span = None if mention.period_named or mention.kind not in ("count", "small") or \
            _THE_QUARTER_AFTER.match(text, mention.end) else own_span_of(doc, mention)
        if span and old.kind == FIGURE:
            todo = f"give its months' count in {mover.target}" if counts_months(span) else \
                f"give its total to the end of {mover.target}"
            result.not_rolled.append({"text": mention.text, "reason": f"{span_words(span)}, not one period's "
                                      f"figure: kept as written, {todo}"})
            continue
        if not mention.period_named and Period.parse(old.period).last > mover.main.last:
            # "Two involved domestic abuse" in a statement on January to March, equal to April to June's
            # homicides: a period the statement copied had not reported is no figure it quoted.
            result.not_rolled.append({"text": mention.text, "reason": f"equals {old.derivation}, a period after "
                                      f"{mover.main}, which the statement copied reports, and so none of its "
                                      f"figures: kept as written, check it for {mover.target}"})
            continue
        to_period = mover.move_as_named(old.period, mention.period_style)
        try:
            if to_period == old.period and old.kind not in (FIGURE, RATE):
                continue  # still the latest of its kind: nothing to move
            sentence = doc[mention.sentence[0]:mention.sentence[1]].text if doc is not None else text
            base_kept = old.kind in (CHANGE, POINTS) and old.against in fixed_bases(sentence)
            new = recompute(figures, old, mover, to_period, base_kept)
            if to_period == old.period and new.value == old.value:
                continue  # not revised since the statement quoted it (a revised one is given as revised)
        except MissingFigure as gap:
            result.not_rolled.append({"text": mention.text, "reason": f"no {gap.measure} figure for "
                                      f"{gap.area} {gap.period}: kept as written ({old.period})"})
            result.gaps.append((gap.measure, gap.area, gap.period))
            continue
        written = restyle(mention, new.value)
        if written and written.lower() == "zero" and doc is not None and doc[mention.token].dep_ == "nummod":
            written = keep_case("no", mention.text)  # "One homicide was recorded" of none: "No homicides were"
        if mention.in_words and written is None:
            result.not_rolled.append({"text": mention.text, "reason": f"a figure in words ({mention.derivation}): "
                                      f"{old.measure} is {shown(new.value)} in {to_period}, kept as written: "
                                      f"write it in the sentence"})
            continue
        if written is None:
            result.not_rolled.append({"text": mention.text, "reason": f"{old.measure} is {shown(new.value)} in "
                                      f"{to_period}, more than the number it is said to be nearly: reword"})
            continue
        held = words.hold(mention, old.period, to_period, moved_periods)
        if held:
            result.not_rolled.append({"text": mention.text, "reason": held})
            continue
        if not edits.add(mention.start, mention.end, written):
            continue
        moved_periods.setdefault(mention.sentence, {})[old.period] = to_period
        if old.kind in (CHANGE, POINTS) and old.against is not None:
            moved_periods[mention.sentence][old.against] = old.against if base_kept else mover.move(old.against)
        rolled_measures.setdefault(mention.sentence, []).append((mention, old, new))
        result.rolled.append({"old": mention.text, "new": written, "measure": old.measure,
                              "area": old.area, "from_period": str(old.period),
                              "to_period": str(to_period), "source": new.sources})
        if id(mention) in redated:
            compared = mover.move(mention.matched.period)
            result.not_rolled.append({"text": written, "reason": f"moved to {to_period}'s figure; its sentence "
                                      f"names no period of its own, only {compared}, the one it is compared "
                                      f"with, so review reads it as that period's: name {to_period} beside it"})
        if doc is not None:
            _agree(doc, mention, old, new, written, edits, result, shared)
    shared.settle(doc, edits, result, mover.target)
    moved_figures = {id(mention): (old, new) for rolled in rolled_measures.values()
                     for mention, old, new in rolled}
    roll_comparisons(text, comparisons, doc, numbers, moved_figures, figures, mover, edits, result, moved_periods,
                     measure_mentions)
    roll_differences(text, differences, doc, numbers, moved_figures, figures, mover, edits, result, moved_periods)
    if doc is not None:
        roll_changed_by(doc, numbers, moved_figures, figures, edits, result)
    if doc is not None:
        for sentence, rolled in rolled_measures.items():
            turn_directions(doc, sentence, rolled, figures, list(measure_mentions), edits, result)
            _claims(doc, sentence, result, ranked.handled)
    if doc is not None:
        result.not_rolled.extend(left_beside_moved(doc, numbers, rolled_measures, {
            left["text"] for left in result.not_rolled}, amounts, mover, edits.covered, moved_periods))
    roll_table_rows(text, numbers, figures, mover, area, edits, result)
    words.write(moved_periods, edits, result, numbers)
    result.text = edits.applied()
    return result


def _unidentified(doc, mention: NumberMention, measure_mentions, mover: Mover,
                  result: RolledText) -> None:
    """A number that may be a figure of a measure its sentence names, but that no
    stored figure explains, is kept as written and named for the writer: the roll
    cannot tell which figure it is, and it must never look as if it had moved.
    A number counting something else ("69 people", "27 reviews") is not a figure,
    nor is one in words ("four of the victims"); one in words that is a figure
    ("up by a third") is kept and named. A number the figures refute in
    the statement copied ("25 per cent below the national rate") is kept and
    named with what it should have been."""
    if mention.kind == PER_HOUSEHOLDS:
        result.not_rolled.append({"text": mention.text, "reason": f"a rate per {mention.per:,.0f} households, which "
                                  f"the figures cannot work out: kept as written, give it for {mover.target}"})
        return
    if doc is not None and mention.checked and in_welsh(doc[mention.sentence[0]:mention.sentence[1]].text):
        # "… in October to December 2025. / Cofnododd Gogledd Cymru 43 o droseddau …": its Welsh half
        result.not_rolled.append({"text": mention.text, "reason": "in a Welsh sentence, which copy forward does "
                                  f"not reword: kept as written, give its figure for {mover.target} as the "
                                  "English does"})
        return
    if mention.in_words and mention.matched is not None and mention.status in ("verified", "stale"):
        # "Up by a third", "twelve homicides": words are not rewritten with a new value.
        result.not_rolled.append({"text": mention.text, "reason": f"a figure in words ({mention.derivation}): "
                                  f"kept as written, check it for {mover.target}"})
        return
    if mention.status == "wrong" and mention.derivation:
        result.not_rolled.append({"text": mention.text, "reason": f"did not hold in the statement copied "
                                  f"({mention.derivation}): kept as written, check it for {mover.target}"})
        return
    # "compared with 1 between July and September 2025", a quarter whose figure was withheld: a small
    # count dated as a figure is, that none explains
    dated_small = mention.status == "not-a-figure" and mention.kind == "small" and mention.period_named
    if doc is None or mention.status != "unverified" and not dated_small \
            or mention.in_words and own_span_of(doc, mention) is None:
        return  # a total in words ("Seven … since April 2026") is still named
    if mention.role == "difference" and changed_by(doc, mention) is not None:
        return  # "down by 3 on the same quarter last year": a change as a count, named as such with the figures beside it
    context = sentence_context(doc, mention, list(measure_mentions))
    named = sorted(allowed_measures(doc, mention, context) or ())
    span = own_span_of(doc, mention) if mention.kind in ("count", "small") else None
    if named and span:  # "Year to date (April to December 2025), 558 knife offences": a total of its own
        todo = f"give its months' count in {mover.target}" if counts_months(span) else \
            f"give its total to the end of {mover.target}"
        result.not_rolled.append({"text": mention.text, "reason": f"{span_words(span)}, not one period's figure: "
                                  f"kept as written, {todo}"})
    elif named and (place := _place_counted(doc, mention)):
        result.not_rolled.append({"text": mention.text, "reason": f"counts one place, {place}, not the whole "
                                  f"force area its figures are for: kept as written, give it for {mover.target}"})
    elif named:
        result.not_rolled.append({"text": mention.text, "reason": "no stored figure matches it (the "
                                  f"sentence names {', '.join(named)}): kept as written, check it "
                                  f"for {mover.target}"})


def _place_counted(doc, mention: NumberMention) -> str | None:
    """The one place a number's clause names before it ("In Southwark, 201 knife offences"), as review
    reads one (:mod:`drafter.review.places`): a borough's or district's count, no figure of the force's."""
    from drafter.review.places import places_in

    start = doc[mention.sentence[0]].idx
    clause = re.split(r";|,\s+and\b", doc.text[start:mention.start])[-1]
    places = {place.name for place in places_in(clause)}
    return places.pop() if len(places) == 1 else None


# "9 this quarter, and 37 in the financial year to date": the quarter's own count beside a total.
_THE_QUARTER_AFTER = re.compile(r"\s*(?:this|in\s+the|during\s+the)\s+quarter\b(?!\s+ahead)", re.IGNORECASE)


# A verb right after the noun a count is the subject of, in its singular and plural.
_AGREEING = {word: pair for pair in (("was", "were"), ("is", "are"), ("has", "have")) for word in pair}


def _agree(doc, mention: NumberMention, old: Derived, new: Derived, written: str, edits: _Edits,
           result: RolledText, shared: SharedDirections) -> None:
    """Direction words, articles and nouns that must follow a number's new value."""
    token = doc[mention.token]
    article_before(doc, token.i, written, edits)
    if old.kind in (CHANGE, POINTS):
        word = shared.word_of(doc, mention)
        if sign(new.value) == 0:
            result.not_rolled.append({"text": written,
                                      "reason": f"{old.measure} did not change in {new.period}: reword"})
        elif word is not None and shared.shares(word[1]):
            shared.note(word[1], sign(new.value) != sign(old.value))
        elif word is not None and sign(new.value) != sign(old.value):
            flip(doc, word[1], edits, result)
        elif word is None and sign(new.value) == -sign(old.value):
            # "an improvement of 2.0 percentage points": a word drafter does not turn round
            result.not_rolled.append({"text": written, "reason": f"{old.measure} moved the other way in "
                                      f"{new.period} ({float(new.value):+.1f}{' points' if old.kind == POINTS else '%'}): check the words saying which way"})
        return
    if mention.kind in ("count", "small"):
        head = _counted_noun(doc, token, mention.value)
        if head is not None and (mention.value == 1) != (new.value == 1):
            lemma = head.lemma_ or head.text
            edits.add(head.idx, head.idx + len(head.text), noun(new.value, lemma))
            verb = _its_verb(doc, head)
            if verb is not None:
                # "Two homicides were recorded" with 1 is "One homicide was recorded"
                singular, plural_verb = _AGREEING[verb.lower_]
                edits.add(verb.idx, verb.idx + len(verb.text), singular if new.value == 1 else plural_verb)
        before = doc[token.i - 1] if token.i > 0 else None
        if before is not None and before.lower_ in ("was", "were") and (mention.value == 1) != (new.value == 1):
            edits.add(before.idx, before.idx + len(before.text), "was" if new.value == 1 else "were")


def _counted_noun(doc, number, value):
    """The noun a count counts: the one the parse hangs it on, else the word right
    after it when that word is the noun's form for the count ("2 homicides in
    April to June" opening a bullet, where the tagger reads "2" as a list marker)."""
    if number.dep_ == "nummod" and number.head.tag_ in ("NNS", "NN"):
        return number.head
    following = doc[number.i + 1] if number.i + 1 < len(doc) else None
    if following is None or not following.is_alpha or following.is_stop or not following.lemma_:
        return None
    lemma = following.lemma_.lower()
    after = doc[following.i + 1] if following.i + 1 < len(doc) else None
    if after is not None and after.tag_.startswith("NN"):
        return None  # "1 county line": the noun counted comes last
    if value == 1:
        is_its_form = following.lower_ == lemma and following.tag_ == "NN"
    else:
        is_its_form = following.lower_ != lemma and following.lower_ == noun(2, lemma)
    return following if is_its_form else None


def _its_verb(doc, noun):
    """The "was"/"were" (or "is", "has") a count's noun is the subject of: right after
    it ("Two homicides were recorded") or after words describing it ("The two
    homicides recorded in the quarter are subject to review"); None otherwise."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    following = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if following is not None and following.lower_ in _AGREEING:
        return following
    governing = noun.head
    for word in (*(child for child in governing.children if child.dep_ in ("aux", "auxpass")), governing):
        if word.lower_ in _AGREEING and word.i > noun.i:
            return word
    return None


def _claims(doc, sentence, result: RolledText, handled=()) -> None:
    """Flag a claim in the sentence, or in the next one when it refers back ("This
    is the highest"), unless it is a rank claim already worked out (``handled``)."""
    spans = [doc[sentence[0]:sentence[1]]]
    if sentence[1] < len(doc):
        following = doc[sentence[1]].sent
        if following[0].lower_ in ("this", "these", "that", "it", "they", "those"):
            spans.append(following)
    for span in spans:
        for match in _CLAIM_WORDS.finditer(span.text):
            at = span.start_char + match.start()
            if any(start <= at < end for start, end in handled):
                continue
            left = {"text": quote_around(span.text, match.start(), match.end()),
                    "reason": f"'{match.group(0)}' may no longer hold with the new figures: check the claim"}
            if left not in result.not_rolled:  # the sentence before it may have named it already
                result.not_rolled.append(left)
            break
