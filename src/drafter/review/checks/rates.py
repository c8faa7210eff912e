"""A rate a paragraph states ("4.4 per 1,000 population") re-done: from the count
quoted beside it and the population, by the one rule of
:mod:`drafter.figures.figureset`, else from the figures' own rate; and the period
a sentence's claim is about, which the other sums of :mod:`arithmetic` read too."""

from __future__ import annotations

from drafter.claims.evidence import Evidence
from drafter.claims.matching import nearest_measure, sentence_context
from drafter.claims.national_numbers import national_number
from drafter.claims.numbers import NumberMention
from drafter.figures.derived import rate_of, rate_shown, shown
from drafter.review.checks.revised import rate_before_rebase


def chosen_period(evidence: Evidence, measure: str, periods: list[str]) -> str | None:
    """The period a sentence's claim is about: a current period it names that has the
    measure, else the review period."""
    named = [p for p in periods if evidence.is_current(p) and evidence.get(measure, p)]
    if named:
        return named[0]
    return evidence.period


def check_rate(evidence, doc, mention, numbers, measure_mentions, finding) -> None:
    """"15.4 per 1,000": a rate held to the count quoted before it and the population, else to
    the figures' rate; a wrong one is an ``arithmetic`` finding (``finding(kind, mention, message)``)."""
    measure = nearest_measure(doc, mention, measure_mentions)
    if measure is None or mention.status in ("verified", "stale", "wrong") or \
            national_number(doc.text, mention.start, mention.end):
        return  # a number given as the national rate is checked by the rank check
    context = sentence_context(doc, mention, measure_mentions, evidence.period)
    # A period the sentence names before the rate ("In the year ending June 2026
    # Cheshire recorded 45.2 … per 1,000") dates it as one named beside it does.
    period = mention.period if mention.period and (mention.period_named or mention.period_stated) else \
        chosen_period(evidence, measure.measure, context.periods)
    if period is None:
        return
    population = evidence.population(period)
    if population is None or not population.value:
        return
    counts = [n for n in numbers if n.sentence == mention.sentence and n.kind in ("count", "small")
              and n.status != "not-a-figure" and n.token < mention.token
              and (m := nearest_measure(doc, n, measure_mentions)) is not None
              and m.measure == measure.measure and _as_stored(evidence, n, measure.measure, period)]
    if counts:
        count = counts[-1]
        expected = float(rate_of(count.value, population.value, int(mention.per)))
        description = (f"{count.text} / {shown(population.value)} population ({population.period}) "
                       f"gives {rate_shown(expected)}")
    else:
        found = evidence.rate(measure.measure, period, mention.per)
        if found is None:
            return
        expected = float(found.value)
        description = f"the figures give {rate_shown(expected)} ({found.derivation})"
    if not mention.matches(expected):
        if counts and rate_before_rebase(evidence, mention, counts[-1].value, population, expected,
                                         measure.measure, period):
            return
        mention.status = "wrong"
        mention.measure, mention.period, mention.source = measure.measure, period, None
        description += _base_it_matches(evidence, mention, measure.measure, period)
        mention.derivation = description
        finding("arithmetic", mention,
                f"{mention.text} per {mention.per:,.0f} for {measure.measure.replace('_', ' ')}: "
                f"{description}")


_BASES = (1_000, 10_000, 100_000, 1_000_000)


def _base_it_matches(evidence: Evidence, mention: NumberMention, measure: str, period: str) -> str:
    """"; 45.2 is the rate per 100,000" where the number is the rate on another
    base than the one written: the usual slip, which the fix should name."""
    for per in _BASES:
        if per == int(mention.per):
            continue
        found = evidence.rate(measure, period, per)
        if found is not None and mention.matches(float(found.value)):
            return f"; {mention.text} is the rate per {per:,}"
    return ""


def _as_stored(evidence, count: NumberMention, measure: str, period: str) -> bool:
    """A count its own check finds wrong is no base for its rate: the rate is
    held to the stored figures, so the fix offered is never the wrong count's."""
    stored = evidence.get(measure, count.period or period)
    return stored is None or count.matches(float(stored.value))
