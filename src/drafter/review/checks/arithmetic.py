"""Re-doing the sums a paragraph states, and checking which way it says things moved.

* A percentage change must follow from the two figures quoted beside it in the
  same sentence ("65,450 … an increase of 18.5% from … 55,219" checks
  65,450 / 55,219 − 1); without them, from the figures for the measure the
  sentence is about (its period as the sentence names it, else the review
  period, against the same period a year earlier).
* A rate must follow from the count quoted beside it, or from the figures, and
  the population.
* "An increase", "rose", "down from" must agree with the sign of the change.

Wrong sums are ``arithmetic`` findings, wrong directions ``direction``
findings; both are errors.
"""

from __future__ import annotations

from drafter.claims import timeframe
from drafter.claims.measures import MeasureMention, change_direction, measure_for
from drafter.claims.numbers import NumberMention
from drafter.review.checks.figures import (
    FigureBook,
    find_match,
    in_change_context,
    nearest_measure,
    sentence_context,
)
from drafter.review.findings import Finding

_QUOTED_KINDS = ("count", "small", "money")
_PAIR_BASE_CUES = frozenset({"from", "prior", "previous", "compared", "than", "against",
                             "versus", "vs", "earlier"})


def _fmt(value: float) -> str:
    return f"{int(round(value)):,}" if abs(value - round(value)) < 1e-9 else f"{value:,.2f}"


def _is_base(doc, count: NumberMention, sentence: tuple[int, int]) -> bool:
    before = {t.lower_ for t in doc[max(sentence[0], count.token - 8):count.token]}
    after = " ".join(t.lower_ for t in doc[count.token + 1:min(sentence[1], count.token + 5)])
    return bool(before & _PAIR_BASE_CUES) or "year earlier" in after or "year before" in after


def sentence_counts(numbers: list[NumberMention], sentence: tuple[int, int]) -> list[NumberMention]:
    return [n for n in numbers if n.sentence == sentence and n.kind in _QUOTED_KINDS]


def quoted_pair(doc, numbers: list[NumberMention], sentence: tuple[int, int],
                anchor: int) -> tuple[NumberMention, NumberMention] | None:
    """(current, base) counts quoted in one sentence for the claim at token
    ``anchor``: the base is the count marked by a cue ("from 55,219", "compared
    with 2,649", "(694 a year earlier)") nearest the claim, the current one the
    count just before it."""
    counts = sentence_counts(numbers, sentence)
    if len(counts) < 2 or doc is None:
        return None
    bases = [c for c in counts if _is_base(doc, c, sentence)]
    if not bases:
        return None
    base = min(bases, key=lambda c: abs(c.token - anchor))
    others = [c for c in counts if c is not base and (c.kind == "money") == (base.kind == "money")]
    if not others:
        return None
    current = min(others, key=lambda c: (c.token > base.token, abs(c.token - base.token)))
    return current, base


def _any_pair_gives(mention: NumberMention, counts: list[NumberMention]) -> bool:
    """Some ordered pair of the sentence's counts gives the stated change."""
    return any(a is not b and b.value and mention.matches((a.value / b.value - 1) * 100)
               for a in counts for b in counts)


def _direction_word(doc, mention: NumberMention) -> tuple[str, object] | None:
    """The change word a percentage belongs to, and its direction."""
    token = doc[mention.token]
    for _ in range(4):
        direction = change_direction(token)
        if direction:
            return direction, token
        if token.head is token:
            break
        token = token.head
    start, end = mention.sentence
    nearby = [t for t in doc[max(start, mention.token - 6):min(end, mention.token + 3)]
              if change_direction(t)]
    if nearby:
        best = min(nearby, key=lambda t: abs(t.i - mention.token))
        return change_direction(best), best
    return None


def _chosen_period(book: FigureBook, measure: str, context_periods: list[str]) -> str | None:
    """The period a sentence's claim is about: a current period it names that has the
    measure, else the review period."""
    named = [p for p in context_periods if book.is_current(p) and book.get(measure, p)]
    if named:
        return named[0]
    return book.period


def _other_base_named(book: FigureBook, period: str, context_periods: list[str]) -> bool:
    """The sentence compares with some other period ("since 2019"): leave it alone."""
    expected = {period, timeframe.year_earlier(period)}
    return any(p not in expected for p in context_periods)


def check_paragraph(book: FigureBook, paragraph, numbers: list[NumberMention],
                    measure_mentions: list[MeasureMention]) -> list[Finding]:
    doc = paragraph.doc
    if doc is None or book.empty:
        return []
    findings: list[Finding] = []
    directions_done: set[tuple[tuple[int, int], str]] = set()

    def finding(kind: str, mention_or_sentence, message: str) -> None:
        sentence = mention_or_sentence.sentence if isinstance(mention_or_sentence, NumberMention) \
            else mention_or_sentence
        findings.append(Finding(kind, paragraph.section_label, paragraph.number, message,
                                doc[sentence[0]:sentence[1]].text, index=paragraph.index))

    for mention in numbers:
        if mention.kind == "percent" and in_change_context(doc, mention):
            _check_percent(book, doc, mention, numbers, measure_mentions, finding, directions_done)
        elif mention.kind == "rate":
            _check_rate(book, doc, mention, numbers, measure_mentions, finding)

    for token in doc:
        direction = change_direction(token)
        if not direction:
            continue
        measure = measure_for(token, measure_mentions)
        if measure is None:
            continue
        sentence = (token.sent.start, token.sent.end)
        if (sentence, measure.measure) in directions_done:
            continue
        actual = _actual_change(book, doc, numbers, sentence, token.i, measure.measure)
        if actual is None:
            continue
        change, description = actual
        directions_done.add((sentence, measure.measure))
        if _contradicts(direction, change):
            finding("direction", sentence,
                    f"'{token.text}' says {measure.measure.replace('_', ' ')} went {direction}, "
                    f"but {description}")
    return findings


def _contradicts(direction: str, change: float) -> bool:
    if abs(change) < 1e-9:
        return True
    return (direction == "up") != (change > 0)


def _actual_change(book, doc, numbers, sentence, anchor, measure) -> tuple[float, str] | None:
    pair = quoted_pair(doc, numbers, sentence, anchor)
    if pair:
        current, base = pair
        if base.value:
            change = (current.value / base.value - 1) * 100
            return change, (f"the figures quoted beside it went from {base.text} to {current.text} "
                            f"({change:+.1f}%)")
    periods = [p.period for p in timeframe.periods_in(doc[sentence[0]:sentence[1]].text)]
    period = _chosen_period(book, measure, periods)
    if period is None or _other_base_named(book, period, periods):
        return None
    found = book.change(measure, period)
    if found is None:
        return None
    change, now, before = found
    return change, (f"the figures went from {_fmt(before.value)} in {before.period} to "
                    f"{_fmt(now.value)} in {now.period} ({change:+.1f}%)")


def _check_percent(book, doc, mention, numbers, measure_mentions, finding, directions_done) -> None:
    word = _direction_word(doc, mention)
    pair = quoted_pair(doc, numbers, mention.sentence, mention.token)
    measure = nearest_measure(doc, mention, measure_mentions)
    if pair:
        current, base = pair
        if not base.value:
            return
        expected = (current.value / base.value - 1) * 100
        description = f"the figures quoted beside it went from {base.text} to {current.text} ({expected:+.1f}%)"
        if not mention.matches(expected) and not _any_pair_gives(
                mention, sentence_counts(numbers, mention.sentence)):
            mention.status = "wrong"
            mention.derivation = f"{current.text} / {base.text} − 1 = {expected:+.2f}%"
            finding("arithmetic", mention,
                    f"{mention.text} does not follow from {current.text} and {base.text} quoted "
                    f"beside it: that change is {expected:+.1f}%")
    else:
        if measure is None:
            return
        context = sentence_context(doc, mention, measure_mentions)
        period = _chosen_period(book, measure.measure, context.periods)
        if period is None or _other_base_named(book, period, context.periods):
            return
        found = book.change(measure.measure, period)
        if found is None:
            return
        expected, now, before = found
        description = (f"the figures went from {_fmt(before.value)} in {before.period} to "
                       f"{_fmt(now.value)} in {now.period} ({expected:+.1f}%)")
        same_measure_change = mention.status == "verified" and mention.measure == measure.measure
        # A percentage measure (satisfaction) changes in points, which writers also give as "%".
        if not mention.matches(expected) and not same_measure_change and not now.is_percent:
            mention.status = "wrong"
            mention.measure, mention.period = measure.measure, period
            mention.derivation = (f"{measure.measure}, {before.period} → {now.period}: "
                                  f"{_fmt(before.value)} → {_fmt(now.value)} = {expected:+.2f}%")
            mention.source = None
            finding("arithmetic", mention,
                    f"{mention.text} for {measure.measure.replace('_', ' ')}: {description}")
    if word is not None:
        direction, token = word
        if _contradicts(direction, expected):
            key_measure = measure.measure if measure else "quoted"
            directions_done.add((mention.sentence, key_measure))
            finding("direction", mention,
                    f"'{token.text}' says it went {direction}, but {description}")
        elif measure is not None:
            directions_done.add((mention.sentence, measure.measure))


def _check_rate(book, doc, mention, numbers, measure_mentions, finding) -> None:
    measure = nearest_measure(doc, mention, measure_mentions)
    if measure is None or (mention.status == "verified" and mention.measure == measure.measure):
        return
    context = sentence_context(doc, mention, measure_mentions)
    period = _chosen_period(book, measure.measure, context.periods)
    if period is None:
        return
    population = book.population(period)
    if population is None or not population.value:
        return
    counts = [n for n in numbers if n.sentence == mention.sentence and n.kind in ("count", "small")
              and n.token < mention.token
              and (m := nearest_measure(doc, n, measure_mentions)) is not None
              and m.measure == measure.measure]
    if counts:
        count = counts[-1]
        expected = count.value / population.value * mention.per
        description = (f"{count.text} / {_fmt(population.value)} population ({population.period}) "
                       f"gives {expected:.1f}")
    else:
        if find_match(book, mention, context, False, False, measure, {measure.measure}) is not None:
            return  # an earlier period's rate: the figures check reports it
        found = book.rate(measure.measure, period, mention.per)
        if found is None:
            return
        expected = found[0]
        description = f"the figures give {expected:.1f} ({found[1]})"
    if not mention.matches(expected):
        mention.status = "wrong"
        mention.measure, mention.period, mention.source = measure.measure, period, None
        mention.derivation = description
        finding("arithmetic", mention,
                f"{mention.text} per {mention.per:,.0f} for {measure.measure.replace('_', ' ')}: "
                f"{description}")
