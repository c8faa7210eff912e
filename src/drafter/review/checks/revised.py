"""A number that is its figure as it stood before a later release revised it.

"4 homicides in January to March 2025", where the force's figures said 4
until a re-issue recorded a fifth: right in the statement published then,
stale in a draft written now, and never a ``wrong-figure``. So is a rate on
a population since rebased, a change worked out from figures since revised,
and a rank or national figure that held by every force's figures as they
stood. The ``stale-figure`` finding (:mod:`~drafter.review.checks.figures`)
says which release revised them and what the figures give now.
"""

from __future__ import annotations

import copy

from drafter.claims.evidence import Evidence
from drafter.claims.numbers import NumberMention
from drafter.errors import MissingFigure
from drafter.figures import derived
from drafter.figures.derived import rate_of, shown
from drafter.figures.revisions import Revision
from drafter.review.checks import figure_differences
from drafter.fill.wording import stored_value

STALE_NOW = "right in a statement published before then, stale in one written now"
"""What a value a re-issue revised is, in every finding that names one."""


def quotes_revised(evidence: Evidence, mention: NumberMention, measure: str, period: str) -> bool:
    """Whether ``mention`` quotes an earlier value of ``measure``'s figure for
    ``period``; if so it is marked stale for that very period."""
    revision = evidence.revisions.quoted(measure, period, mention.matches)
    if revision is None:
        return False
    # Stale for the very period it is presented for: what tells it from a figure left in from an earlier one.
    mention.status, mention.measure, mention.period = "stale", measure, str(period)
    mention.presented_for = str(period)
    mention.derivation = f"{measure}, {period}: {shown(revision.value)} {revision.words()}"
    return True


def stale_as_revised(evidence: Evidence, numbers: list[NumberMention]) -> None:
    """A number matched to an earlier period's figure ("159 is the figure for
    2024-Q2") that is the figure of the period it is presented for as it
    stood before a revision is that, not the earlier period's figure."""
    for mention in numbers:
        meant = mention.presented_for or evidence.period
        if mention.status == "stale" and mention.measure and meant and quoted_revision(evidence, mention) is None:
            quotes_revised(evidence, mention, mention.measure, meant)
    for mention in numbers:
        if mention.status == "unverified" and mention.period and mention.kind in ("count", "percent"):
            _earlier_value_of_its_sentences_measure(evidence, mention, numbers)


def _earlier_value_of_its_sentences_measure(evidence: Evidence, mention: NumberMention,
                                              numbers: list[NumberMention]) -> bool:
    """"… made 1,498 reports of fraud in the third quarter of 2026, an increase of 4.2% from
    the same quarter a year earlier, when there were 1,437": the year before's count as it
    stood before a re-issue revised it (1,440 now), of the measure its sentence's other
    figures are of, named no nearer to it, is stale as that figure, not untraceable."""
    measures = dict.fromkeys(other.measure for other in numbers if other is not mention
                             and other.sentence == mention.sentence and other.measure
                             and other.status in ("verified", "stale"))
    for measure in measures:
        if evidence.is_percentage(measure) != (mention.kind == "percent"):
            continue
        if evidence.get(measure, mention.period) is not None \
                and quotes_revised(evidence, mention, measure, mention.period):
            return True
    return False


def quoted_revision(evidence: Evidence, mention: NumberMention) -> Revision | None:
    """The earlier value of its figure a stale number quotes, when it is one."""
    if mention.status != "stale" or not mention.measure or mention.period != mention.presented_for:
        return None
    return evidence.revisions.quoted(mention.measure, mention.period, mention.matches)


def revised_finding_message(evidence: Evidence, mention: NumberMention) -> str | None:
    """The stale-figure message for a number quoting, or worked out from, a figure since revised."""
    if id(mention) in evidence.said:
        return evidence.said[id(mention)]
    revision = quoted_revision(evidence, mention)
    return revised_message(evidence, mention, revision) if revision is not None else None


def revised_message(evidence: Evidence, mention: NumberMention, revision: Revision) -> str:
    """'4 (homicides, 2025-Q1) was the figure before … revised it to 5: …'."""
    now = evidence.get(mention.measure, mention.period)
    to = f" to {stored_value(now.value, now.unit)}" if now is not None else ""
    return (f"{mention.text} ({mention.measure.replace('_', ' ')}, {mention.period}) was the figure "
            f"{revision.words()}{to}: {STALE_NOW}")


def rate_before_rebase(evidence: Evidence, mention: NumberMention, count: float, population, expected: float,
                       measure: str, period: str) -> bool:
    """"A rate of 57.3 per 100,000" worked out from the population as it stood
    before a re-issue rebased it (1,075,300, now 1,082,000): stale, not wrong;
    marked so, with what to say of it."""
    for revision in reversed(evidence.revisions.all_of("population", population.period)):
        if mention.matches(float(rate_of(count, revision.value, int(mention.per)))):
            mention.status, mention.measure, mention.period = "stale", measure, period
            mention.presented_for = period
            evidence.said[id(mention)] = (
                f"{mention.text} per {mention.per:,.0f} for {measure.replace('_', ' ')} was worked out with the "
                f"population for {population.period} {revision.words()} ({shown(revision.value)}); with "
                f"{shown(population.value)} it is {expected:.1f}: {STALE_NOW}")
            return True
    return False


def change_before_revision(evidence: Evidence, mention: NumberMention, measure: str, period: str, base,
                           now: str) -> bool:
    """"Residential burglary fell by 7.5% on the same quarter last year", worked
    out from the figures as they stood before a re-issue revised one of them
    (644 against 696, now 652: -6.3%): stale, not wrong; marked so, with what
    to say of it (``now``: how the figures went as they stand)."""
    for revision, earlier in evidence.revisions.as_they_stood(evidence.figures):
        try:
            found = derived.change(earlier, measure, evidence.area, period, base or None)
        except MissingFigure:
            continue
        if found.percent is None or found.in_points or not mention.matches(float(found.percent)):
            continue
        mention.status, mention.measure, mention.period = "stale", measure, str(period)
        mention.presented_for = str(period)
        # The change as it was worked out then, never the one the figures give now, whose source it is not.
        mention.derivation = f"{found.as_derived().derivation} {revision.words('its figures')}"
        mention.source = None
        evidence.said[id(mention)] = (
            f"{mention.text} for {measure.replace('_', ' ')} was the change {revision.words('its figures')}: "
            f"now {now}; {STALE_NOW}")
        return True
    return False


def stale_counts_named(evidence: Evidence, numbers: list[NumberMention], paragraph, measure_mentions) -> None:
    """"There were 360 residential burglaries in April to June 2026", 366 since a re-issue:
    stale as that count, known before the checks that measure a difference or a change
    from it ("17 fewer than in April to June 2025") read it, as a count still current is."""
    from drafter.review.checks.counts import count_measure  # counts reads revisions from here

    for mention in numbers:
        if mention.status != "unverified" or mention.kind not in ("count", "small") or mention.role != "current" \
                or not mention.period or not (mention.period_named or mention.period_stated):
            continue
        measure = count_measure(paragraph, mention, numbers, measure_mentions, evidence.area)
        if measure is not None and not evidence.is_percentage(measure.measure) \
                and evidence.get(measure.measure, mention.period) is not None:
            quotes_revised(evidence, mention, measure.measure, mention.period)


def difference_before_revision(evidence: Evidence, mention: NumberMention, measure: str, period: str, against,
                               fewer: bool) -> bool:
    """"360 residential burglaries …, 17 fewer than in April to June 2025", the gap as the
    figures stood before a re-issue revised them (366 now: 11 fewer): stale, not wrong."""
    for revision, earlier in evidence.revisions.as_they_stood(evidence.figures):
        try:
            moved = derived.change(earlier, measure, evidence.area, period, against)
        except MissingFigure:
            continue
        gap = float(moved.absolute)
        if not mention.matches(abs(gap)) or (gap < 0) != fewer or gap == 0:
            continue
        now = evidence.change(measure, period, against)
        mention.status, mention.measure, mention.period = "stale", measure, str(period)
        mention.presented_for, mention.source = str(period), None
        mention.derivation = (f"{measure}: {shown(moved.current.value)} ({moved.current.period}) − "
                              f"{shown(moved.previous.value)} ({moved.previous.period}) = {gap:+,.0f} "
                              f"{revision.words('its figures')}")
        said_now = "" if now is None else (f": now {shown(now.previous.value)} in {now.previous.period} to "
                                           f"{shown(now.current.value)} in {now.current.period}, "
                                           f"{float(now.absolute):+,.0f}")
        evidence.said[id(mention)] = (f"{mention.text} {'fewer' if fewer else 'more'} for "
                                      f"{measure.replace('_', ' ')} was the difference from {moved.previous.period} "
                                      f"{revision.words('its figures')}{said_now}; {STALE_NOW}")
        return True
    return False


def share_before_revision(evidence: Evidence, part: str, whole: str, period: str, rounds_to):
    """"Residential burglary made up 32.0% of neighbourhood crime", worked out from the
    figures as they stood before a re-issue revised one of them (360 of 1,126, now 366 of
    1,132: 32.3%): the revision and the share as it was then, or None."""
    for revision, earlier in evidence.revisions.as_they_stood(evidence.figures):
        try:
            worked = derived.share(earlier, part, whole, evidence.area, period)
        except (MissingFigure, ValueError):
            continue
        if rounds_to(float(worked.value)):
            return revision, worked
    return None


def quoted_change_before_revision(evidence: Evidence, text: str, mention: NumberMention, measure, periods) -> bool:
    """"1,948 …, 7.2% fewer than in April to June 2024 (2,099)": a change that
    follows from the counts quoted beside it, one of which a re-issue has since
    revised (1,962 now): stale as that count is, not untraceable."""
    from drafter.review.checks.rates import chosen_period  # rates reads rebased rates from here

    if measure is None:
        return False
    period = chosen_period(evidence, measure.measure, periods)
    base = figure_differences.base_of_change(text, mention, period, periods)
    found = None if base is None else evidence.change(measure.measure, period, base or None)
    if found is None or found.percent is None or found.in_points:
        return False
    now = figure_differences.went(found.previous, found.current, f"{float(found.percent):+.1f}%")
    return change_before_revision(evidence, mention, measure.measure, period, base, now)


def held_before_revision(claim, figures, revisions, check) -> None:
    """"The 25th highest number of the 43 forces", wrong by the figures as they
    stand but right by them as they stood before a re-issue revised some
    (``check``, the rank check, tried on each): stale, not wrong; the claim
    says so in ``held_before``."""
    for revision, earlier in revisions.as_they_stood(figures):
        trial = copy.copy(claim)
        check(trial, earlier)
        if trial.status == "verified":
            claim.status = "unverifiable"
            claim.held_before = f"held {revision.words('the figures')}, not since: {claim.reason}; {STALE_NOW}"
            claim.reason = f"held {revision.words('the figures')}, not since: {claim.reason}"
            return


def national_held_before(text: str, mention: NumberMention, value, claims, figures_for, anchor, revisions,
                         match) -> str | None:
    """"Against the England and Wales rate of 89.0 per 100,000", the national
    rate as it stood before a re-issue rebased the forces' populations (now
    87.2): the words naming that re-issue ("before … revised the figures"), or
    None when no earlier state of the figures (``match``, the national numbers'
    check, tried on each) gives it either."""
    for index, (revision, _) in enumerate(revisions.as_they_stood(figures_for(value.period))):
        def stood_for(period, index=index):
            stood = revisions.as_they_stood(figures_for(period))
            return stood[index][1] if index < len(stood) else figures_for(period)
        if not match(text, [copy.copy(mention)], claims, stood_for, anchor):
            return revision.words("the figures")
    return None
