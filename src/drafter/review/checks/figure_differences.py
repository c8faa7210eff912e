"""A difference from an earlier period checked against the figures' change:
"4,654 neighbourhood crimes, 263 fewer than in 2024", "… than a year
earlier", "… than last quarter". The count before the difference gives the
measure and period; the earlier period is the one the words after "than"
name. Every value comes from :mod:`drafter.figures.derived` (through the
evidence), every period from :mod:`drafter.figures.periods`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.claims.comparisons import MEASURED_FROM, compared_with
from drafter.claims.evidence import Evidence
from drafter.claims.baselines import against_an_average, own_stretch, years_measured_over
from drafter.claims.number_periods import COMPARED_WITH, compared_base, paragraph_period
from drafter.claims.number_roles import MOVED_BY, change_noun, changed_by, measured_from_at, moved_by_from
from drafter.claims.numbers import NumberMention
from drafter.figures import derived
from drafter.figures.derived import shown
from drafter.figures.period_text import find_periods
from drafter.figures.periods import Period
from drafter.fill.wording import stored_value
from drafter.review.checks import quoted_sums


def check(evidence: Evidence, doc, numbers: list[NumberMention], finding, measure_mentions=()) -> None:
    """"4,654 neighbourhood crimes, 263 fewer than in 2024": a difference from
    a period the sentence names, or "a year earlier", against the figures'
    change for the count before it (its measure and period as matched); with
    no count before it, of the count its sentence points back to ("… 8 homicides
    in the first quarter of 2024 …, when there were 10. That is four fewer than in
    the previous quarter.") or of the measure it names for the review period
    ("Residential burglary was 102 fewer than in the previous quarter")."""
    for mention in numbers:
        if mention.kind not in ("count", "small") or mention.status in ("verified", "wrong"):
            continue
        after = doc[mention.token + 1:min(mention.sentence[1], mention.token + 21)]
        words = [t.lower_ for t in after]
        shared = _change_left_to_the_one_before(evidence, doc, mention, numbers, measure_mentions)
        if shared is not None:
            way, said, rest, current, verb = shared
            _check_gap(evidence, mention, way, way == "down", said, rest, current, finding, verb)
            continue
        way = moved_by_from(doc, mention)  # "an increase of two on the same quarter last year"
        rest = None
        if way is None and (front := fronted_base(doc, mention)) is not None \
                and (verb := changed_by(doc, mention)) is not None:
            # "Compared with the previous quarter, residential burglary fell by 27 offences"
            fewer, skip, rest = verb[0] == "down", 0, front[0]
            said = f"{doc.text[verb[1].idx:mention.end]} compared with"
        elif way is None and (noun := change_noun(doc, mention)) in MOVED_BY \
                and (earlier := _measured_from_before(doc, mention)) is not None:
            # "Knife crime rose on the previous quarter to 3,547, an increase of 156"
            way, skip, rest, said = MOVED_BY[noun], 0, earlier, f"{noun} of {mention.text} on"
            fewer = way == "down"
        elif way is not None:
            at = measured_from_at(doc, mention) - mention.token - 1
            skip = at + (2 if words[at:at + 2] in (["compared", "with"], ["compared", "to"]) else 1)
            noun = change_noun(doc, mention)
            fewer = way == "down"
            said = (f"{noun} of {mention.text}" if noun else doc.text[changed_by(doc, mention)[1].idx:mention.end]) \
                + f" {' '.join(words[:skip])}"
        elif len(words) >= 3 and words[0] in quoted_sums.FEWER | quoted_sums.MORE and words[1] == "than":
            fewer, skip, said = words[0] in quoted_sums.FEWER, 2, f"{mention.text} {words[0]} than in"
        else:
            continue
        if rest is None and len(after) <= skip:
            continue
        current = max((n for n in numbers if n.sentence == mention.sentence and n.token < mention.token
                       and n.status in ("verified", "stale") and n.measure and n.period
                       and "+" not in n.measure), key=lambda n: n.token, default=None) \
            or _pointed_back_to(doc, mention, numbers) or _named_for_the_period(evidence, doc, mention, measure_mentions)
        if current is None:
            if mention.role == "difference" and any(n.sentence == mention.sentence and n.token < mention.token
                                                    and n.status == "wrong" for n in numbers):
                mention.status = "not-a-figure"  # the count it is measured from is already called wrong
            continue
        _check_gap(evidence, mention, way, fewer, said, rest or doc[after[skip].i:after[-1].i + 1].text, current,
                   finding)


def _check_gap(evidence: Evidence, mention: NumberMention, way: str | None, fewer: bool, said: str, rest: str,
               current, finding, shared_verb=None) -> None:
    """The difference at ``mention`` against the figures' change of ``current`` (its measure and
    period) from the period ``rest``, the words after "than" or "on", names; ``shared_verb``, the
    verb of the change before it that it leaves its own to, says which way it went."""
    against = compared_with(rest, Period.parse(current.period))
    if against is None:
        return
    if str(against) == current.period:
        # "11 (the year before's figure), two fewer than in the year before": the
        # count's own finding says it is left over; no gap is worked out from it.
        mention.status = "not-a-figure"
        return
    moved = evidence.change(current.measure, current.period, against)
    if moved is None:
        return
    mention.period = current.period  # the gap is the current count's, not the period it is measured from
    gap = _settled(mention, current.measure, moved, fewer)
    if gap is not None and shared_verb is not None and mention.matches(gap):
        finding("direction", mention, wrong_way=(shared_verb, current.measure.replace("_", " "), way, went(
            moved.previous, moved.current, f"{gap:+,.0f}")))
        return
    if gap is None or way is not None and mention.matches(gap):
        return  # "an increase of two" that was a fall of two: the direction finding says so
    from drafter.review.checks.revised import difference_before_revision  # revised reads this module

    if difference_before_revision(evidence, mention, current.measure, current.period, against, fewer):
        return  # worked out before a re-issue revised its figures: the stale finding says so
    finding("arithmetic", mention,
            f"{said} {moved.previous.period} does not follow from the figures: "
            f"{shown(moved.previous.value)} in {moved.previous.period} to {shown(moved.current.value)} in "
            f"{moved.current.period} is {abs(gap):,.0f} {'fewer' if gap < 0 else 'more'}")


def _change_left_to_the_one_before(evidence: Evidence, doc, mention: NumberMention, numbers, measure_mentions):
    """"Knife crime fell by 65 on the same quarter last year, and vehicle crime by 1,161": a change
    that leaves its verb and what it is measured from to the change before it. (way, its words,
    the words naming the period it is measured from, what it counts, the verb) for the one measure named
    between "and" and its "by", in the first change's period; None for any other number."""
    verb = changed_by(doc, mention)
    if verb is None or verb[1].i >= mention.token - 2:
        return None
    first = next((n for n in numbers if n.token == verb[1].i + 2 and n.kind in ("count", "small")), None)
    at = measured_from_at(doc, first) if first is not None else None
    join = max((t.i for t in doc[verb[1].i:mention.token] if t.lower_ in ("and", ",")), default=None)
    if at is None or join is None or at > join:
        return None
    named = {m.measure for m in measure_mentions if join < m.start and m.end <= mention.token - 1}
    period = first.period or evidence.period
    if len(named) != 1 or period is None:
        return None
    skip = 2 if doc[at].lower_ == "compared" else 1
    rest = doc[at + skip:join].text
    said = f"{verb[1].text} by {mention.text} {doc[at:at + skip].text}"
    return verb[0], said, rest, _Counted(named.pop(), period), verb[1]


@dataclass(frozen=True)
class _Counted:
    measure: str
    period: str


_POINTING_BACK = frozenset({"that", "this", "it"})


def _pointed_back_to(doc, mention: NumberMention, numbers: list[NumberMention]) -> _Counted | None:
    """"That is four fewer than …" opening the sentence after a count: the sentence
    before's own count (not the base it was compared with)."""
    start = mention.sentence[0]
    if doc[start].lower_ not in _POINTING_BACK or any(n.sentence == mention.sentence and n.token < mention.token
                                                      for n in numbers):
        return None
    before = [n for n in numbers if n.sentence[1] == start and n.role == "current" and n.status == "verified"
              and n.measure and n.period and "+" not in n.measure and n.kind in ("count", "small")]
    return _Counted(before[0].measure, before[0].period) if len({n.measure for n in before}) == 1 else None


def _named_for_the_period(evidence: Evidence, doc, mention: NumberMention, measure_mentions) -> _Counted | None:
    """"Residential burglary was 102 fewer than in the previous quarter": the one measure the
    sentence names before the difference, for the review period, when it names no period."""
    named = {m.measure for m in measure_mentions if mention.sentence[0] <= m.start and m.end <= mention.token}
    front = fronted_base(doc, mention)
    if len(named) != 1 or evidence.period is None \
            or find_periods(doc.text[front[1] if front else doc[mention.sentence[0]].idx:mention.start]):
        return None
    before = paragraph_period(doc, doc[mention.sentence[0]].idx)
    if before is not None and str(before) != evidence.period:
        return None  # the paragraph is about another period, or only named one compared with
    return _Counted(named.pop(), evidence.period)


# "Compared with the previous quarter, …": what a change later in the sentence is measured from.
_FRONTED = re.compile(rf"{COMPARED_WITH}\s+([^,]{{3,60}}),\s+", re.IGNORECASE)


# "rose on the previous quarter to 3,547, an increase of 156": the period a change's size left unsaid
# after it was named earlier in its sentence.
_ON_EARLIER = re.compile(rf"\b(?:on|{COMPARED_WITH})\s+$", re.IGNORECASE)


def _measured_from_before(doc, mention: NumberMention) -> str | None:
    """The one period its sentence names, before a change's size, as what a change is measured from."""
    start = doc[mention.sentence[0]].idx
    before = doc.text[start:mention.start]
    named = [p for p in find_periods(before) if p.relative and _ON_EARLIER.search(before[:p.start])]
    return named[0].text if len(named) == 1 else None


def fronted_base(doc, mention: NumberMention) -> tuple[str, int] | None:
    """The words naming the period a change is measured from, set at the head of its
    sentence ("Compared with the previous quarter, burglary fell by 27"), and the
    offset where the rest of the sentence starts; None when the sentence opens otherwise."""
    start = doc[mention.sentence[0]].idx
    match = _FRONTED.match(doc.text, start)
    return (match.group(1), match.end()) if match is not None and match.end() <= mention.start else None


# "down 14% on the same period last year", "7.8% lower than the previous quarter": the words that
# lead from a change to what it is measured from.
_MEASURED_FROM = re.compile(r"\s*(?:per\s*cent\s+)?(?:(?:lower|higher|fewer|more|less|down|up)\s+)?"
                            r"(?:on|compared\s+(?:with|to)|than|against)\s+", re.IGNORECASE)


def _measured_from(text: str, mention: NumberMention, now: str) -> Period | None:
    """The period a change at ``mention`` says it is measured from ("down 14% on the same
    period last year", "up 3% compared with October to December 2025"), else None."""
    lead = _MEASURED_FROM.match(text, mention.end)
    return compared_with(text[lead.end():lead.end() + 80], Period.parse(now)) if lead is not None else None


def pair_measured_from(text: str, mention: NumberMention, pair, period: str | None):
    """``pair`` (current, base), unless the change at ``mention`` names the period it is
    measured from and the base count is dated to another: "388, down 14% on the same
    period last year and down from 402 in October to December 2025" measures 14% from a
    year earlier, not from the 402 of the quarter before."""
    if not pair:
        return pair
    current, base = pair
    now = current.period or period
    if not (base.period_named and base.period and now):
        return pair
    against = _measured_from(text, mention, now)
    return None if against is not None and str(against) != base.period else pair


def base_of_change(text: str, mention: NumberMention, period: str, periods: list[str]) -> str | None:
    """The earlier period a change of ``period`` is measured from, as
    :func:`~drafter.claims.number_periods.compared_base` gives it ("" for a year earlier):
    the one the words right after the change name, else the one its sentence names;
    as many years back as its own words say ("by 3.7% over three years"), and None
    against an average of several years, which no stored figure is."""
    own = own_stretch(text, mention.start, mention.end)
    if against_an_average(own):
        return None
    if (years := years_measured_over(own) or 1) > 1:
        return str(Period.parse(period).shifted(-12 * years) or "") or None
    against = _measured_from(text, mention, period)
    if against is None:
        return compared_base(period, periods)
    return "" if against == Period.parse(period).previous_year() else str(against)


def check_leading(evidence: Evidence, doc, numbers: list[NumberMention], measure_mentions, finding) -> None:
    """"There were 36 fewer residential burglaries in January to March 2024
    than in the same quarter of 2023": a difference said before its measure,
    with no count of its own quoted, against the figures' change of the
    measure it names between the period its sentence gives it (else the
    review's) and the one after "than"."""
    for mention in numbers:
        if mention.kind not in ("count", "small") or mention.status in ("verified", "wrong"):
            continue
        end = mention.sentence[1]
        if mention.token + 3 >= end or doc[mention.token + 1].lower_ not in quoted_sums.FEWER | quoted_sums.MORE:
            continue
        than = next((t.i for t in doc[mention.token + 2:min(end, mention.token + 16)] if t.lower_ == "than"), None)
        if than is None or any(mention.token < n.token < than and n.is_figure for n in numbers) \
                or any(n.sentence == mention.sentence and n.token < mention.token and n.kind in ("count", "small")
                       and n.status != "not-a-figure" for n in numbers):
            continue  # "208 …, 16 fewer than": the count before it is what the other checks measure from
        measure = next((m.measure for m in measure_mentions
                        if mention.token + 1 < m.start and m.end <= than and "_per_" not in m.measure), None)
        between = doc[mention.token + 2:than].text
        named = [p.period for p in find_periods(between) if p.period is not None]
        current = named[0] if named else Period.parse(evidence.period) if evidence.period else None
        if measure is None or current is None or than + 1 >= end:
            continue
        against = compared_with(doc[than + 1:end].text, current)
        if against is None or against == current:
            continue
        moved = evidence.change(measure, current, against)
        if moved is None:
            continue
        mention.measure, mention.period = measure, str(current)
        gap = _settled(mention, measure, moved, doc[mention.token + 1].lower_ in quoted_sums.FEWER)
        if gap is None:
            continue
        finding("arithmetic", mention,
                f"{mention.text} {doc[mention.token + 1].text} than in {moved.previous.period} does not follow "
                f"from the figures: {shown(moved.previous.value)} in {moved.previous.period} to "
                f"{shown(moved.current.value)} in {moved.current.period} is {abs(gap):,.0f} "
                f"{'fewer' if gap < 0 else 'more'}")


def check_moved_by_count(evidence: Evidence, doc, numbers: list[NumberMention], finding) -> None:
    """"Residential burglaries fell by 36 to 806 in January to March 2024,
    compared with the same quarter a year earlier", "806 …, down by 36 on the
    same quarter of 2023": a change given as a count, with the count it moved
    to quoted (verified) beside it, against the figures' change from the
    period the sentence measures it from."""
    for mention in numbers:
        changed = changed_by(doc, mention) if mention.kind in ("count", "small") else None
        if changed is None or mention.status in ("verified", "wrong"):
            continue
        way, verb = changed
        counts = [n for n in numbers if n.sentence == mention.sentence and n is not mention and n.is_figure
                  and n.kind in ("count", "small") and n.status != "not-a-figure"]
        if len(counts) != 1 or counts[0].status not in ("verified", "stale") or not counts[0].measure \
                or not counts[0].period or "+" in counts[0].measure:
            continue  # "fell by 36 from 842 to 806": the two quoted are the sums' to check
        current = counts[0]
        sentence_end = doc[mention.sentence[1] - 1].idx + len(doc[mention.sentence[1] - 1])
        measured = MEASURED_FROM.search(doc.text, mention.end, sentence_end)
        if measured is None:
            continue
        against = compared_with(doc.text[measured.end():sentence_end], Period.parse(current.period))
        if against is None or str(against) == current.period:
            continue
        moved = evidence.change(current.measure, current.period, against)
        if moved is None:
            continue
        mention.measure, mention.period = current.measure, current.period
        gap = _settled(mention, current.measure, moved, way == "down", no_change_said=False)
        if gap is None:
            continue
        if mention.matches(gap):
            continue  # the right size the wrong way: the direction finding says so
        finding("arithmetic", mention,
                f"'{doc.text[verb.idx:mention.end]}' on {moved.previous.period} does not follow from the figures: "
                f"{shown(moved.previous.value)} in {moved.previous.period} to {shown(moved.current.value)} in "
                f"{moved.current.period} is {'a fall' if gap < 0 else 'a rise'} of {abs(gap):,.0f}")


def check_between_measures(evidence: Evidence, doc, numbers: list[NumberMention], measure_mentions, finding) -> None:
    """"There were 3,182 more vehicle crimes than residential burglaries": the gap
    between two counts the words name, in the period of the number (else the
    review's), as :func:`drafter.figures.derived.difference` works it out."""
    for mention in numbers:
        at, end = mention.token + 1, mention.sentence[1]
        if mention.kind not in ("count", "small") or mention.status in ("verified", "wrong") or at >= end \
                or doc[at].lower_ not in quoted_sums.FEWER | quoted_sums.MORE:
            continue
        first = next((m for m in measure_mentions if m.start == at + 1), None)
        if first is None or first.end >= end or doc[first.end].lower_ != "than":
            continue
        second = next((m for m in measure_mentions if m.start == first.end + 1), None)
        period = mention.period or evidence.period
        if second is None or second.measure == first.measure or period is None or any(
                evidence.get(m.measure, period) is None or evidence.is_percentage(m.measure) for m in (first, second)):
            continue
        gap = derived.difference(evidence.figures, first.measure, second.measure, evidence.area, period)
        fewer = doc[at].lower_ in quoted_sums.FEWER
        mention.measure, mention.period, mention.derivation = gap.measure, str(gap.period), gap.derivation
        mention.source = gap.sources or None
        if mention.matches(abs(float(gap.value))) and gap.value and (gap.value < 0) == fewer:
            mention.status, mention.role, mention.matched = "verified", "difference", None
            continue
        mention.status = "wrong"
        said = doc[mention.token:second.end].text
        finding("arithmetic", mention, f"'{said}' in {gap.period} does not follow from the figures: {gap.derivation}")


def _settled(mention: NumberMention, measure: str, moved, fewer: bool, no_change_said: bool = True) -> float | None:
    """Hold a difference said to be ``fewer`` (or more) to the figures' change
    ``moved``: verified (None), else marked wrong and the figures' gap given;
    with ``no_change_said`` False, a gap of none ("fell by 0") is never right."""
    gap = float(moved.absolute)
    mention.derivation = f"{measure}: {shown(moved.current.value)} ({moved.current.period}) − " \
                         f"{shown(moved.previous.value)} ({moved.previous.period}) = {gap:+,.0f}"
    mention.source = moved.as_derived().sources or None
    said_right = mention.matches(gap) or mention.on_its_bounds_side(gap)  # "more than 140" of 156 holds
    if said_right and (gap < 0) == fewer and (gap != 0 or no_change_said):
        mention.status, mention.role, mention.matched = "verified", "difference", None
        return None
    mention.status = "wrong"
    return gap


def as_stored(figure) -> str:
    """A figure as it is stored ("76%", "76.3%", "1,204")."""
    return stored_value(figure.value, figure.unit)


def went(previous, current, change: str) -> str:
    """How the figures moved, each as it is stored."""
    return (f"the figures went from {as_stored(previous)} in {previous.period} to {as_stored(current)} in "
            f"{current.period} ({change})")
