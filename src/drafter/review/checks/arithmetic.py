"""Re-doing the sums a paragraph states, and checking which way it says things moved.

* A percentage change must follow from the two figures quoted beside it in the
  same sentence ("65,450 … an increase of 18.5% from … 55,219" checks
  65,450 / 55,219 − 1), paired by their periods and roles (the base is the
  number offered for comparison, or the earlier of two dated ones), not by
  the order they appear in, when they count what the change is about
  ("Neighbourhood crime fell by 3%, led by vehicle crime, down to 5,790 from
  6,210" does not check 3% against the vehicle crime counts); without them, from the
  figures for the measure the sentence is about (its period as the sentence names it,
  else the review period, against the same period a year earlier). A change that is
  itself one of the figures' changes, of a measure the sentence names, stands.
* A rate must follow from the count quoted beside it, or from the figures, and
  the population (by the one rule of :mod:`drafter.figures.figureset`).
* "An increase", "rose", "down from" must agree with the sign of the change.
* A sentence about another area or the nation ("In Staffordshire, neighbourhood crime rose
  by 6%") is held only to the numbers it quotes itself: the area's figures are not its figures.

Every value is worked out by :mod:`drafter.figures.derived`. Wrong sums are
``arithmetic`` findings, wrong directions ``direction`` findings; both are errors.
"""

from __future__ import annotations

from drafter.claims.averages import on_an_average
from drafter.claims.evidence import Evidence
from drafter.claims.matching import in_change_context, measure_said_before, nearest_measure, sentence_context
from drafter.claims.measures import MeasureMention, change_direction, counted_noun, measure_for, token_forms
from drafter.claims.number_periods import compared_after, compared_base, introduced_as_compared, paragraph_period
from drafter.claims.number_roles import changed_by, direction_word, moved_by
from drafter.claims.numbers import NumberMention
from drafter.claims.points import measure_of_points
from drafter.figures.derived import CHANGE, FIGURE, POINTS, shown
from drafter.figures.period_text import find_periods
from drafter.figures.periods import Period
from drafter.forces import forces_in_text
from drafter.fill.wording import and_list
from drafter.nlp import text_of
from drafter.review.checks import figure_differences, quoted_sums, revised
from drafter.review.checks.figure_differences import as_stored, went
from drafter.review.checks.counts import another_periods
from drafter.review.checks.elsewhere import about_elsewhere, number_about_elsewhere
from drafter.review.checks.rates import check_rate, chosen_period
from drafter.review.findings import Finding


def pair_about(doc, numbers: list[NumberMention], sentence: tuple[int, int], anchor: int,
               measure: MeasureMention | None, measure_mentions: list[MeasureMention]):
    """:func:`quoted_pair`, unless either count is of another measure than
    ``measure`` ("1,668 reports of fraud …, 5.1% more than a year earlier,
    and 356 reports of cyber crime" compares no fraud count with 356)."""
    pair = quoted_sums.quoted_pair(numbers, sentence, anchor, text_of(doc) if doc is not None else "")
    if pair is not None and (_said_of_two_forces(doc, *pair) or _two_changes(doc, *pair)):
        return None
    if pair is None or measure is None:
        return None if pair is not None and _count_different_things(doc, *pair) else pair
    for count in pair:
        if count.status in ("verified", "stale") and count.measure:
            counted = count.measure  # what the figures found it to count
        else:
            nearest = nearest_measure(doc, count, measure_mentions)
            counted = nearest.measure if nearest is not None else None
        if counted is not None and counted != measure.measure or count.status not in ("verified", "stale") \
                and _counts_other(doc, count, measure):
            return None
    return pair


def _said_of_two_forces(doc, first: NumberMention, second: NumberMention) -> bool:
    """Two numbers each said of a force of its own ("lower than South Wales (73.3) and North Wales
    (99.7)"): forces set side by side, not one figure's change."""
    if doc is None:
        return False
    earlier, later = sorted((first, second), key=lambda number: number.start)
    start = doc[earlier.sentence[0]].idx
    before = forces_in_text(text_of(doc)[start:earlier.start])
    between = forces_in_text(text_of(doc)[earlier.end:later.start])
    return bool(before and between) and between[-1].force != before[-1].force


def _two_changes(doc, first: NumberMention, second: NumberMention) -> bool:
    """Two sizes of change ("knife crime fell by 65 and vehicle crime by 1,161"), neither a level."""
    return doc is not None and all(changed_by(doc, count) is not None for count in (first, second))


def _count_different_things(doc, first: NumberMention, second: NumberMention) -> bool:
    """Two counts whose nouns differ ("329 drug trafficking offences …, and closed 13
    county lines"), where no stored measure names either."""
    if doc is None:
        return False
    nouns = [counted_noun(doc[count.token]) for count in (first, second)]
    return None not in nouns and not token_forms(nouns[0]) & token_forms(nouns[1])


def _counts_other(doc, count: NumberMention, measure: MeasureMention) -> bool:
    """A count whose own noun names none of ``measure``'s words ("and closed 13 county
    lines" beside drug trafficking offences, where county lines have no figures)."""
    noun = counted_noun(doc[count.token]) if doc is not None and count.token is not None else None
    if noun is None:
        return False
    named = {form for token in doc[measure.start:measure.end] for form in token_forms(token)}
    return not token_forms(noun) & named


def check_paragraph(evidence: Evidence, paragraph, numbers: list[NumberMention],
                    measure_mentions: list[MeasureMention], elsewhere) -> list[Finding]:
    """Findings for one paragraph. A sentence naming another area or the
    nation (``elsewhere``, :func:`~drafter.review.checks.elsewhere.other_areas`) is
    checked only against the numbers it quotes, never the area's figures."""
    doc = paragraph.doc
    if doc is None or evidence.empty:
        return []
    own_figures = _OwnFigures(doc, elsewhere, evidence.area)
    findings: list[Finding] = []
    directions_done: set[tuple[tuple[int, int], str]] = set()
    words_done: set[int] = set()  # change words a percentage beside them has answered for

    wrong_ways: dict[tuple, tuple[Finding, list[str]]] = {}

    def finding(kind: str, mention_or_sentence, message: str = "", *, wrong_way: tuple | None = None) -> None:
        sentence = mention_or_sentence.sentence if isinstance(mention_or_sentence, NumberMention) \
            else mention_or_sentence
        if wrong_way is not None:
            # "fell to 76.3%, down 0.3 points": one mistake however many of its words make it
            word, about, direction, description = wrong_way
            key = (sentence, direction, description)
            if key in wrong_ways:
                said, words, named = wrong_ways[key]
                if word.i not in {said_by.i for said_by in words}:
                    words.append(word)
                    named = named if about == "it" else about  # the measure's name, where a word gave it
                    wrong_ways[key] = (said, words, named)
                    said.message = _wrong_way_message(words, named, direction, description)
                return
            message = _wrong_way_message([word], about, direction, description)
        findings.append(Finding(kind, paragraph.section_label, paragraph.number, message,
                                doc[sentence[0]:sentence[1]].text, index=paragraph.index))
        if wrong_way is not None:
            wrong_ways[key] = (findings[-1], [word], about)

    for mention in numbers:
        if mention.kind in ("percent", "points") and on_an_average(doc, mention):
            continue  # "2.5 points above the three-year average": checks.averages holds it
        if mention.kind == "percent" and in_change_context(doc, mention):
            _check_percent(evidence, doc, mention, numbers, measure_mentions, finding, directions_done,
                           words_done, own_figures)
        elif mention.kind == "rate" and own_figures.apply_to(mention):
            check_rate(evidence, doc, mention, numbers, measure_mentions, finding)
        elif mention.kind == "points":
            _check_points_on_named_period(evidence, doc, mention, numbers, measure_mentions, finding, own_figures)
            _check_points(doc, mention, finding, words_done)
            quoted_sums.check_points(mention, numbers, finding, text_of(doc))

    quoted_sums.check_table_changes(doc, numbers, finding)
    quoted_sums.check_table_count_changes(doc, numbers, finding)
    quoted_sums.check_differences(doc, numbers, finding)
    quoted_sums.check_moved_by(doc, numbers, finding)
    figure_differences.check(evidence, doc, numbers, finding, measure_mentions)
    figure_differences.check_leading(evidence, doc, numbers, measure_mentions, finding)
    figure_differences.check_moved_by_count(evidence, doc, numbers, finding)
    figure_differences.check_between_measures(evidence, doc, numbers, measure_mentions, finding)

    for token in doc:
        direction = change_direction(token)
        if not direction or token.i in words_done:
            continue
        measure = measure_for(token, measure_mentions) or _measure_taken(token, numbers)
        if measure is None:
            continue
        sentence = (token.sent.start, token.sent.end)
        if (sentence, measure.measure) in directions_done:
            continue
        actual = _actual_change(evidence, doc, numbers, sentence, token.i, measure.measure,
                                measure_mentions, own_figures)
        if actual is None:
            continue
        change, description = actual
        directions_done.add((sentence, measure.measure))
        if _contradicts(direction, change):
            finding("direction", sentence,
                    wrong_way=(token, measure.measure.replace('_', ' '), direction, description))
    return findings


def _the_count_off(evidence, change, *quoted_and_stored) -> str:
    """What to correct when a change is the figures' own and the counts quoted
    beside it are not: each count that differs from its figure, marked wrong
    here so that it is one mistake, not a finding of its own as well (with the
    period it is the figure of, most likely last quarter's left in)."""
    off = [(quoted, stored) for quoted, stored in quoted_and_stored if not quoted.matches(float(stored.value))]
    for quoted, stored in off:
        quoted.status, quoted.measure, quoted.period = "wrong", change.measure, str(stored.period)
        quoted.derivation = f"{change.measure}, {stored.period}: {as_stored(stored)}"
        quoted.source = stored.source or None
    corrections = [f"{quoted.text} should be {as_stored(stored)} (the figure for {stored.period})"
                   + another_periods(evidence, change.measure, quoted) for quoted, stored in off]
    return " and ".join(corrections) or "check the counts, not the percentage"


def _wrong_way_message(words: list, about: str, direction: str, description: str) -> str:
    said = and_list([f"'{word.text}'" for word in sorted(words, key=lambda word: word.i)])
    return f"{said} {'says' if len(words) == 1 else 'say'} {about} went {direction}, but {description}"


def _measure_taken(token, numbers: list[NumberMention]) -> MeasureMention | None:
    """The measure of the figures a direction verb naming none takes ("Satisfaction
    fell to 69.8% … from 73.0% …"), when they are all found to be one measure's."""
    taken = moved_by(token, numbers)
    measures = {n.measure if n.status in ("verified", "stale") else None for n in taken}
    if len(measures) != 1 or None in measures:
        return None
    return MeasureMention(measures.pop(), token.i, token.i + 1)


class _OwnFigures:
    """Whether the area's own figures apply to a sentence, asked once a
    sentence, or to one number of it (:func:`number_about_elsewhere`)."""

    def __init__(self, doc, elsewhere, own_area: str | None = None):
        self.doc, self.elsewhere, self.own_area, self.known = doc, elsewhere, own_area, {}

    def apply(self, sentence: tuple[int, int]) -> bool:
        if sentence not in self.known:
            text = self.doc[sentence[0]:sentence[1]].text
            self.known[sentence] = not about_elsewhere(text, self.elsewhere, self.own_area)
        return self.known[sentence]

    def apply_to(self, mention: NumberMention) -> bool:
        return self.apply(mention.sentence) or \
            not number_about_elsewhere(self.doc, mention, self.elsewhere, self.own_area)


def _contradicts(direction: str, change: float) -> bool:
    if abs(change) < 1e-9:
        return True
    return (direction == "up") != (change > 0)


def _sentence_periods(doc, numbers, sentence, measure_mentions, evidence) -> list[str]:
    anchor = next((n for n in numbers if n.sentence == sentence), None)
    if anchor is not None:
        return sentence_context(doc, anchor, measure_mentions, evidence.period).periods
    # A sentence quoting no number ("Knife crime rose on the previous quarter."): a period it
    # names relative to its own is read as a number's would be, by the period the sentence
    # names as its own, else its paragraph's, else the one under review.
    span = doc[sentence[0]:sentence[1]]
    phrases = find_periods(span.text)
    own = next((p.period for p in phrases if p.period is not None and not introduced_as_compared(span.text, p)),
               None) or paragraph_period(doc, span.start_char) or \
        (Period.parse(evidence.period) if evidence.period else None)
    return [str(period) for period in (p.resolve(own) for p in phrases) if period is not None]


def _actual_change(evidence, doc, numbers, sentence, anchor, measure,
                   measure_mentions, own_figures) -> tuple[float, str] | None:
    named = next((m for m in measure_mentions if m.measure == measure), None)
    pair = pair_about(doc, numbers, sentence, anchor, named, measure_mentions)
    if pair:
        current, base = pair
        change = quoted_sums.change_between(current, base)
        if change is not None:
            return change, (f"the figures quoted beside it went from {base.text} to {current.text} "
                            f"({change:+.1f}%)")
    levels = quoted_sums.quoted_levels(doc, numbers, sentence)
    if levels and levels[0].value != levels[1].value and levels[0].measure in (None, measure):
        current, base = levels
        return current.value - base.value, f"the percentages quoted beside it went from {base.text} to {current.text}"
    if not own_figures.apply(sentence):
        return None
    periods = _sentence_periods(doc, numbers, sentence, measure_mentions, evidence)
    if not periods and not any(n.sentence == sentence for n in numbers) and sentence[1] < len(doc):
        # "Knife crime rose slightly. There were 371 …, compared with 360 in …": the figures the
        # next sentence sets side by side say what the one quoting none compared.
        following = (sentence[1], doc[sentence[1]].sent.end)
        pair = pair_about(doc, numbers, following, following[0], named, measure_mentions)
        change = quoted_sums.change_between(*pair) if pair else None
        if change is not None:
            return change, (f"the figures quoted after it went from {pair[1].text} to {pair[0].text} "
                            f"({change:+.1f}%)")
    period = chosen_period(evidence, measure, periods)
    base = None if period is None else compared_base(period, periods)
    if base is None:
        return None
    found = evidence.change(measure, period, base or None)
    if found is None or found.percent is None and not found.in_points:
        return None
    moved = float(found.points if found.in_points else found.percent)
    return moved, went(found.previous, found.current,
                        f"{moved:+.1f} percentage points" if found.in_points else f"{moved:+.1f}%")


def _check_percent(evidence, doc, mention, numbers, measure_mentions, finding, directions_done,
                   words_done, own_figures) -> None:
    word = direction_word(doc, mention)
    own = mention.matched if mention.status == "verified" else None
    if own is not None and own.kind not in (CHANGE, POINTS) and (word is None or own.kind == FIGURE):
        # A share or a percentage figure, found as such; "fell to 69.8%": a level, whose
        # word says how the measure moved (checked with the sentence's directions).
        return
    if word is not None:
        words_done.add(word[1].i)
    if mention.status == "stale":
        return  # an earlier period's change, presented as current: the stale finding says so
    measure = nearest_measure(doc, mention, measure_mentions) or measure_said_before(doc, mention, measure_mentions)
    pair = figure_differences.pair_measured_from(text_of(doc), mention, pair_about(
        doc, numbers, mention.sentence, mention.token, measure, measure_mentions), evidence.period)
    context = sentence_context(doc, mention, measure_mentions, evidence.period)
    if pair:
        current, base = pair
        expected = quoted_sums.change_between(current, base)
        if expected is None:
            return
        description = f"the figures quoted beside it went from {base.text} to {current.text} ({expected:+.1f}%)"
        # "an increase of 25%" is not the figures' fall of 25%: the direction finding says so.
        agrees_with_figures = own is not None and own.kind == CHANGE and own.measure in context.measures \
            and (word is None or (word[0] == "up") == (own.value > 0))
        if not mention.matches(expected) and agrees_with_figures:
            # The change is the figures' own: a count quoted beside it is what is wrong.
            previous, now = own.figures[1], own.figures[0]
            finding("arithmetic", mention,
                    f"{base.text} to {current.text} quoted beside {mention.text} is {expected:+.1f}%, but "
                    f"{mention.text} is the figures' change ({as_stored(previous)} in {previous.period} to "
                    f"{as_stored(now)} in {now.period}): {_the_count_off(evidence, own, (current, now), (base, previous))}")
        elif not mention.matches(expected) and not quoted_sums.another_pair_gives(
                mention, quoted_sums.sentence_counts(numbers, mention.sentence), pair):
            mention.status = "wrong"
            mention.derivation = f"{current.text} / {base.text} − 1 = {expected:+.2f}%"
            finding("arithmetic", mention,
                    f"{mention.text} does not follow from {current.text} and {base.text} quoted "
                    f"beside it: that change is {expected:+.1f}%" + quoted_sums.on_the_wrong_base(mention, current, base))
        elif mention.matches(expected) and mention.status == "unverified" and \
                {current.status, base.status} == {"verified"} and current.measure == base.measure:
            # "rose to 131, from 118 in April to June 2025, an increase of 11.0%": both the figures'
            mention.status, mention.measure, mention.period = "verified", current.measure, current.period
            mention.derivation = f"{current.text} / {base.text} − 1 = {expected:+.2f}%"
        elif mention.matches(expected) and mention.status == "unverified":
            revised.quoted_change_before_revision(evidence, text_of(doc), mention, measure, context.periods)
    elif not own_figures.apply_to(mention):
        return  # another area's change, or the nation's: the area's figures cannot check it
    elif own is not None and own.kind in (CHANGE, POINTS) and own.measure in context.measures:
        # The stated change is one of the figures' changes, of a measure the sentence names.
        expected = float(own.value)
        previous, now = own.figures[1], own.figures[0]
        description = went(previous, now, f"{expected:+.1f}%")
        measure = next((m for m in context.mentions if m.measure == own.measure), measure)
    else:
        if measure is None:
            return
        period = chosen_period(evidence, measure.measure, context.periods)
        base = None if period is None else figure_differences.base_of_change(text_of(doc), mention, period, context.periods)
        if base is None:
            return
        found = evidence.change(measure.measure, period, base or None)
        if found is None or found.percent is None:
            return
        expected = float(found.points if found.in_points else found.percent)
        unit = " percentage points" if found.in_points else "%"
        description = went(found.previous, found.current, f"{expected:+.1f}{unit}")
        # A percentage measure (satisfaction) changes in points, which writers also give as "%".
        right = mention.matches(expected) or mention.on_its_bounds_side(expected)  # "by more than 4%" of 4.6%
        if not right and any(other is not mention and other.sentence == mention.sentence and other.kind == "percent"
                             and other.status == "verified" and other.matches(expected) for other in numbers):
            return  # "fell by 18% in the hotspot areas …, against a fall of 5.2% across Severnshire": a part's
        if (right and base and mention.status == "unverified" or not right) and not found.in_points:
            # "rose by 6.7% on the previous quarter": the change on the period it names is the figures'
            mention.status = "verified" if right else "wrong"
            mention.measure, mention.period = measure.measure, period
            mention.derivation = (f"{measure.measure}, {found.previous.period} → {found.current.period}: "
                                  f"{shown(found.previous.value)} → {shown(found.current.value)} = "
                                  f"{expected:+.2f}%")
            mention.source = found.as_derived().sources or None  # the files the change was worked out from
        if not right and not found.in_points:
            if revised.change_before_revision(evidence, mention, measure.measure, period, base, description):
                return  # worked out before a re-issue revised its figures: the stale finding says so
            finding("arithmetic", mention,
                    f"{mention.text} for {measure.measure.replace('_', ' ')}: {description}")
    if word is not None:
        direction, token = word
        if _contradicts(direction, expected):
            key_measure = measure.measure if measure else "quoted"
            directions_done.add((mention.sentence, key_measure))
            finding("direction", mention, wrong_way=(token, "it", direction, description))
        elif measure is not None:
            directions_done.add((mention.sentence, measure.measure))


def _check_points_on_named_period(evidence, doc, mention, numbers, measure_mentions, finding, own_figures) -> None:
    """"Up 0.8 percentage points on the previous quarter": a change in points on an
    earlier period the sentence names, other than a year earlier, worked out from the
    figures for it; one matched to the change on a year earlier is not that change.
    It is the change of the level its sentence quotes, for that level's period ("71.6%
    in October to December 2023, down 0.5 percentage points on the previous quarter"
    in a statement on the quarter after: last quarter's sentence, which the stale
    finding names, but its 0.5 points right)."""
    if mention.status == "wrong" or not own_figures.apply_to(mention):
        return
    measure = measure_of_points(doc, mention, numbers, measure_mentions)
    if measure is None:
        return
    context = sentence_context(doc, mention, measure_mentions, evidence.period)
    period = chosen_period(evidence, measure, context.periods)
    levels = {n.period for n in numbers if n.sentence == mention.sentence and n.kind == "percent"
              and n.start < mention.start and n.role == "current" and (n.period_named or n.period_stated)
              and n.status in ("verified", "stale") and n.measure == measure and n.period}
    if len(levels) == 1:
        period = levels.pop()
    named = None if period is None else compared_after(context, mention, Period.parse(period))
    if named is not None and named == str(Period.parse(period).previous_year()):
        return  # "… and 5.0 points higher than a year earlier": a stored change, checked as such
    base = None if period is None else named or compared_base(period, context.periods)
    own = mention.matched if mention.status == "verified" else None
    if not base or own is not None and (own.kind != POINTS or str(own.against) == base):
        return  # a year earlier's change, or one matched on the period named, stands
    found = evidence.change(measure, period, base)
    if found is None or not found.in_points:
        return
    moved = found.as_derived()
    expected = float(moved.value)
    mention.measure, mention.period, mention.source = measure, period, moved.sources or None
    mention.derivation = moved.derivation
    if mention.matches(abs(expected)):
        # "down 0.3 points" when it rose 0.3: the direction finding says so, not this one
        mention.status, mention.matched = "verified", moved
        return
    mention.status, mention.matched = "wrong", None
    finding("arithmetic", mention,
            f"{mention.text} for {measure.replace('_', ' ')}: "
            f"{went(found.previous, found.current, f'{expected:+.1f} percentage points')}")


def _check_points(doc, mention, finding, words_done) -> None:
    """A change in percentage points must point the way the figures moved; a gap
    between two measures ("7.6 points higher than among victims overall") is
    not a change over time, and its word is not checked against one."""
    word = direction_word(doc, mention)
    if word is None:
        return
    words_done.add(word[1].i)
    own = mention.matched if mention.status == "verified" else None
    if own is None or own.kind != POINTS:
        return
    direction, token = word
    if _contradicts(direction, float(own.value)):
        previous, now = own.figures[1], own.figures[0]
        finding("direction", mention, wrong_way=(
            token, "it", direction, went(previous, now, f"{float(own.value):+.1f} percentage points")))
