"""Every number checked against the figures: ``stale-figure`` and
``unverified-figure`` findings.

Which figure a number is, by its period and its role, is decided in
:mod:`drafter.claims.matching` (roll forward reads numbers the same way);
this check turns the outcome into findings a reviewer reads.
"""

from __future__ import annotations

from drafter.claims.evidence import Evidence
from drafter.claims.matching import match_numbers
from drafter.claims.measures import MeasureMention, about_fire_and_rescue, figure_mentions
from drafter.claims.number_periods import paragraph_period, periods_said_not_in
from drafter.claims.number_roles import changed_by
from drafter.claims.numbers import NumberMention
from drafter.claims.rate_units import PER_HOUSEHOLDS
from drafter.claims.running_totals import counts_half_a_year, counts_year_to_date, own_span, span_words
from drafter.claims.welsh import in_welsh, match_welsh_numbers
from drafter.figures.exact import MONEY_UNITS
from drafter.figures.model import POPULATION
from drafter.figures.period_text import find_periods
from drafter.figures.periods import Period
from drafter.fill.wording import and_list, stored_value
from drafter.review.checks.elsewhere import about_elsewhere, number_about_elsewhere, places_counted
from drafter.review.checks.revised import revised_finding_message, stale_as_revised, stale_counts_named
from drafter.review.checks.rolled import named_by_roll
from drafter.review.findings import Finding
from drafter.review.places import force_of_place


def measure_mentions_in(doc, evidence: Evidence) -> list[MeasureMention]:
    return figure_mentions(doc, evidence.measures) if not evidence.empty else []


def check_numbers(evidence: Evidence, numbers: list[NumberMention], paragraph,
                  measure_mentions: list[MeasureMention], stated_period: str | None = None) -> None:
    """Set ``status``, ``role``, ``measure``, ``period`` and ``derivation`` on
    each number; ``stated_period`` is the period the statement says it covers."""
    if in_welsh(paragraph.text):
        match_welsh_numbers(evidence, numbers, paragraph.text)
        return
    match_numbers(evidence, numbers, paragraph.doc, measure_mentions,
                  named_periods_meant=not carried_unchanged(paragraph), stated_period=stated_period)
    stale_as_revised(evidence, numbers)
    stale_counts_named(evidence, numbers, paragraph, measure_mentions)


def left_over_earlier_periods(evidence: Evidence, numbers: list[NumberMention]) -> None:
    """A number whose words name an earlier period ("There were 2,318
    neighbourhood crimes in April to June 2026" in a statement on July to
    September) is quoted as such when the statement also gives that measure
    for the period it covers (or another as long that is not over before it
    starts), or for the current period of the named one's length (2025's
    beside 2024's); when it gives none, the sentence is most likely an earlier
    statement's, period and all, and its number is stale. An annual total of
    the measure does not stand in for the quarter, and when the period under
    review has no figures stored at all, the review's note says so instead."""
    review = Period.parse(evidence.period) if evidence.period else None
    if review is None or not evidence.area or not _has_figures(evidence, review):
        return
    given = [(m.measure, Period.parse(m.period)) for m in numbers
             if m.status == "verified" and m.measure and m.period and not m.named_earlier]
    for mention in numbers:
        if not mention.named_earlier:
            continue
        named = Period.parse(mention.period)
        if not any(measure == mention.measure and (_covers(period, review) or period.months_long == named.months_long
                                                   and evidence.is_current(period))
                   for measure, period in given):
            if says_not_in(mention, review) and evidence.get(mention.measure, evidence.period) is None:
                continue  # its paragraph says why it quotes the earlier period, and that is still so
            mention.status = "stale"
            mention.presented_for = evidence.period
            mention.derivation = mention.derivation.removesuffix(" (earlier period, quoted as such)")


def says_not_in(mention: NumberMention, period: Period | str) -> bool:
    """Whether the number's paragraph says ``period``'s figures had not come in
    when it was written ("results for July to September 2026 had not been received")."""
    paragraph = mention.paragraph
    if paragraph is None:
        return False
    text = paragraph.doc.text if paragraph.doc is not None else paragraph.text
    wanted = Period.parse(str(period))
    return any(phrase.period == wanted for phrase in periods_said_not_in(text, wanted))


def _covers(period: Period, review: Period) -> bool:
    """A period that gives a measure for the one under review: that one, or
    another of its length not over before it starts."""
    return period.months_long == review.months_long and not period.before(review)


def _has_figures(evidence: Evidence, period: Period) -> bool:
    return any(measure != POPULATION for measure in evidence.figures.measures_in(evidence.area, period))


def _change_for(evidence: Evidence, mention: NumberMention, meant: str | None):
    """For an earlier period's change left in, (the same change for ``meant``, how far it moved)."""
    own = mention.matched
    if meant is None or own is None or own.kind not in ("change", "points") or own.against is None:
        return None
    base = Period.parse(meant).shifted(own.against.first - own.period.first)
    found = evidence.change(own.measure, meant, base) if base is not None else None
    moved = None if found is None else found.absolute if found.in_points else found.percent
    return None if moved is None else (found, moved)


def _change_now(mention: NumberMention, changed) -> str | None:
    """For an earlier period's change left in, the same change for the period meant
    (``changed``, from :func:`_change_for`), in the reader's words ("the change in
    neighbourhood crime from 2025-Q2 to 2026-Q2: -3.8%")."""
    if changed is None:
        return None
    found, moved = changed
    unit = " percentage points" if found.in_points else "%"
    return (f"the change in {mention.matched.measure.replace('_', ' ')} from {found.previous.period} to {found.current.period}: "
            f"{float(moved):+.1f}{unit}")


def _asks_which_sentence(named: str, meant: str) -> str:
    """Whose sentence an earlier period's number most likely is: last
    quarter's when it names the period just before the one under review."""
    named_period, meant_period = Period.parse(named), Period.parse(meant)
    if named_period.months_long == meant_period.months_long and named_period.following() == meant_period:
        return "is it last quarter's sentence?" if meant_period.months_long == 3 else \
            "is it the previous statement's sentence?"
    return "is it an earlier statement's sentence?"


def carried_unchanged(paragraph) -> bool:
    """A draft's paragraph copied from an earlier statement and not edited: the
    periods it names were that statement's, not chosen for this one. One whose
    figures copy forward moved names the periods the roll moved them to (what
    it could not move it lists for the writer)."""
    origin = paragraph.origin or {}
    return origin.get("kind") == "corpus" and not origin.get("edited") and not origin.get("rolled")


def left_as_before(numbers: list[NumberMention], period: str | None, review_period: str | None = None) -> None:
    """A figure for ``period``, the one the statement compared with covered, named
    in a paragraph word for word that statement's (``as_before``) is its figure
    for now, left in: stale, though the period named beside it would otherwise
    be taken as meant. An older period it names was history there too. The change
    its sentence gives for ``period``, and the earlier figure it is compared with,
    came with it and are stale too: each is for the period a quarter (or a
    statement) on, ``review_period``'s change and the figure it compares with."""
    left_in = set()
    for mention in numbers:
        if period and mention.named_earlier and mention.period == period \
                and getattr(mention.paragraph, "as_before", False):
            mention.status = "stale"
            mention.derivation = mention.derivation.removesuffix(" (earlier period, quoted as such)")
            left_in.add((id(mention.paragraph), mention.sentence))
    if not left_in or review_period is None:
        return
    moved_by = Period.parse(review_period).first - Period.parse(period).first
    for mention in numbers:
        if (id(mention.paragraph), mention.sentence) not in left_in or mention.status != "verified" \
                or not (mention.derivation or "").endswith(" (earlier period, quoted as such)"):
            continue
        matched = mention.matched
        if matched is not None and matched.kind in ("change", "points") and str(matched.period) == period:
            mention.status, mention.presented_for = "stale", review_period
        elif mention.role == "base" and mention.period and (now := Period.parse(mention.period).shifted(moved_by)):
            mention.status, mention.presented_for = "stale", str(now)
        else:
            continue
        mention.derivation = mention.derivation.removesuffix(" (earlier period, quoted as such)")


def mark_as_before(document, against) -> None:
    """Mark each paragraph of ``document`` that is, word for word, a paragraph of
    ``against`` (the same force's earlier statement it is compared with), or whole
    sentences of one (the half of a paragraph split in two that kept its words)."""
    from drafter.review.checks.parts import sentence_spans
    from drafter.review.tokens import words

    earlier = set()
    for paragraph in against.paragraphs():
        found = words(paragraph.text)
        found_keys = [word.key for word in found]
        spans = sentence_spans(paragraph.text, found)
        earlier.update(tuple(found_keys[spans[a][0]:spans[b][1]])
                       for a in range(len(spans)) for b in range(a, len(spans)))
    for paragraph in document.paragraphs():
        paragraph.as_before = tuple(word.key for word in words(paragraph.text)) in earlier


def findings(paragraph, numbers: list[NumberMention], evidence: Evidence, elsewhere,
             measure_mentions: list[MeasureMention]) -> list[Finding]:
    """``stale-figure`` and ``unverified-figure`` findings for one paragraph.

    Without figures there are none: every number is listed as unverified and
    one note for the whole review says which figures would check them. A
    number in a sentence about another area or the nation (``elsewhere``,
    :func:`~drafter.review.checks.elsewhere.other_areas`) is said to be so, not
    missing from the area's figures.
    """
    found: list[Finding] = []
    if evidence.empty:
        return found
    doc = paragraph.doc
    for mention in numbers:
        sentence = doc[mention.sentence[0]:mention.sentence[1]].text if doc is not None else paragraph.text
        if mention.kind == PER_HOUSEHOLDS:
            mention.status = "unverified"
            found.append(Finding("unverified-figure", paragraph.section_label, paragraph.number,
                                 f"{mention.text}: a rate per {mention.per:,.0f} households, which the figures "
                                 "(counts and populations) cannot work out; check it against its source",
                                 sentence, index=paragraph.index))
            continue
        if mention.status in ("stale", "unverified") and named_by_roll(paragraph, mention):
            continue  # its not-rolled finding says why
        if mention.status == "stale" and (revised := revised_finding_message(evidence, mention)) is not None:
            found.append(Finding("stale-figure", paragraph.section_label, paragraph.number, revised, sentence,
                                 index=paragraph.index))
        elif mention.status == "stale":
            meant = mention.presented_for or evidence.period
            changed = _change_for(evidence, mention, meant)
            if changed is not None and mention.matches(float(changed[1])):
                # "+1.5 points" in a Change column: last year's change, and this year's too.
                mention.status, mention.period = "verified", meant
                mention.derivation = _change_now(mention, changed)
                continue
            change_now = _change_now(mention, changed)
            message = (f"{mention.text} is the {'change' if change_now else 'figure'} for {mention.period}, "
                       f"earlier than {meant}")
            current = evidence.get(mention.measure, meant) \
                if mention.measure and meant and "+" not in mention.measure else None
            if change_now is not None:
                # "5.0% … 1,377 …, compared with 1,432": the change it should give, not the count.
                message += f" ({change_now})"
            elif current is not None and mention.derivation and mention.derivation.startswith(mention.measure + ","):
                # In the reader's words: "victim satisfaction for 2026-Q2: 76.3%".
                message += (f" ({mention.measure.replace('_', ' ')} for {meant}: "
                            f"{stored_value(current.value, current.unit)}"
                            + (f", from {current.source})" if current.source else ")"))
            elif current is None and meant and mention.derivation \
                    and mention.derivation.startswith(f"{mention.measure},"):
                # Its figure for the period is not in (a survey withheld, a file not imported yet).
                message += f" (no {mention.measure.replace('_', ' ')} figure for {meant} is stored)"
            else:
                message += f" ({mention.derivation})"
            if mention.named_earlier and says_not_in(mention, meant):
                message += (f"; its paragraph says {meant}'s figures had not come in, and they are stored "
                            f"now: give {meant}'s")
            elif mention.named_earlier and getattr(paragraph, "as_before", False):
                message += (f"; its paragraph, naming {mention.period}, is word for word as in the statement "
                            f"compared with: {_asks_which_sentence(mention.period, meant)}")
            elif mention.named_earlier:
                message += (f"; its sentence names {mention.period} and the statement gives no "
                            f"{_measure_words(mention.measure)} for {meant}: "
                            f"{_asks_which_sentence(mention.period, meant)}")
            found.append(Finding("stale-figure", paragraph.section_label, paragraph.number, message,
                                 sentence, index=paragraph.index))
        elif mention.status == "unverified" and id(mention) not in evidence.said_why_unchecked:
            start, end = mention.sentence
            held = _held_as(evidence, mention, {m.measure for m in measure_mentions if start <= m.start < end})
            if not held and unheld_period(evidence, mention, elsewhere):
                continue  # one note for the review says the period has no figures
            at = mention.start - (doc[start].idx if doc is not None else 0)
            span = own_span(sentence, at) if mention.kind in ("count", "small") and not mention.period_named else None
            half = counts_half_a_year(sentence, at, Period.parse(evidence.period) if evidence.period else None) \
                if span else None
            if half:
                message = (f"{mention.text}: {span_words(span)}, which review adds up from its two quarters' "
                           + ("figures for the measure its sentence names, and could not here" if half[1]
                              else "figures, and its words do not say which quarters they are")
                           + "; check it against its source")
            elif span and counts_year_to_date(span, Period.parse(evidence.period) if evidence.period else None,
                                              sentence):
                message = (f"{mention.text}: {span_words(span)}, which review adds up from the year's "
                           "quarters so far for the measure its sentence names, and could not here; check it "
                           "against its source")
            elif span:
                message = (f"{mention.text}: {span_words(span)}, not one period's figure, which review does not "
                           "add up from the stored figures; check it against its source")
            elif held and not number_about_elsewhere(doc, mention, elsewhere, evidence.area):
                message = (f"{mention.text}: not matched to a measure and period its sentence gives, but the "
                           f"figures hold it as {held}: check it is that figure")
            elif in_welsh(paragraph.text) and mention.twin is not None and mention.twin.value == mention.value \
                    and (places := places_counted(
                        getattr(mention.twin.paragraph, "doc", None), mention.twin, elsewhere, evidence.area)):
                message = (f"{mention.text}: counts {_places_words(places, evidence.area)}, as its "
                           f"English paragraph says, not the whole of {evidence.area}, so its figures cannot "
                           "check it; check it against its source")
            elif in_welsh(paragraph.text) and mention.twin is not None and mention.twin.value == mention.value \
                    and mention.twin.status == "unverified":
                continue  # its English twin's warning names the same number once
            elif in_welsh(paragraph.text) and mention.twin is not None and mention.twin.value != mention.value:
                message = (f"{mention.text}: its English paragraph gives {mention.twin.text} in its place, and "
                           f"neither is one of {evidence.area}'s figures for {evidence.period} that review could "
                           "match; check which is right against the source")
            elif in_welsh(paragraph.text) and mention.period_named:
                message = (f"{mention.text}: not one of {evidence.area}'s figures for {mention.period}, the period "
                           "its Welsh sentence names, and review does not read Welsh words for a measure; "
                           "check it against the English paragraph or its source")
            elif in_welsh(paragraph.text):
                message = (f"{mention.text}: not one of {evidence.area}'s figures for {evidence.period}, and its "
                           "paragraph is in Welsh, whose words review does not read for a measure or period; "
                           "check it against the English paragraph or its source")
            elif mention.kind == "money":
                message = f"{mention.text}: money amounts are not in the figures; check it against its source"
            elif places := places_counted(doc, mention, elsewhere, evidence.area):
                message = (f"{mention.text}: counts {_places_words(places, evidence.area)}, "
                           f"not the whole of {evidence.area}, so its figures cannot check it; "
                           "check it against its source")
            elif (number_about_elsewhere(doc, mention, elsewhere, evidence.area) if doc is not None
                  else about_elsewhere(sentence, elsewhere, evidence.area)):
                message = (f"{mention.text}: its sentence is about another area or the nation, which the "
                           f"figures for {evidence.area} cannot check; check it against its source")
            elif about_fire_and_rescue(sentence, mention.start - doc[start].idx if doc is not None else 0) \
                    and not any(start <= m.start < end for m in measure_mentions):
                message = (f"{mention.text}: its sentence is about fire and rescue's work, which the police "
                           f"figures for {evidence.area} do not hold; check it against its source")
            elif mention.role == "difference":
                message = (f"{mention.text}: the size of a change, which review could not work out from "
                           "counts beside it; check it against its source")
            elif doc is not None and mention.kind in ("count", "small") and (verb := changed_by(doc, mention)):
                # "rose by 100 offences in July to September 2026": a change, on which period it does not say.
                message = (f"{mention.text}: the size of a change ('{verb[1].text} by {mention.text}') that names no "
                           "period it is measured from, so review cannot work it out; say which ('on the same "
                           "quarter last year'), or check it against its source")
            else:
                message = (f"{mention.text}: no matching figure for {evidence.area} "
                           f"({_kind_words(mention)}); check it against its source")
            if (other := mention.range_with) is not None and other.status == "unverified":
                if other.start < mention.start:
                    continue  # the range's two ends are one number to check, said once at its lower end
                message = f"{mention.text} to {other.text} (a range){message[len(mention.text):]}"
            found.append(Finding("unverified-figure", paragraph.section_label, paragraph.number,
                                 message, sentence, index=paragraph.index))
    return found


def _places_words(places: list[str], own_area: str | None) -> str:
    """"one place, Boston" or "2 places, Caerphilly and Blackwood"."""
    named = and_list([_place_words(place, own_area) for place in places])
    return f"one place, {named}" if len(places) == 1 else f"{len(places)} places, {named}"


def _place_words(place: str, own_area: str | None) -> str:
    """"Boston", or "Grimsby (in Humberside's area)" for a place outside the area under review."""
    force = force_of_place(place, own_area)
    return place if force is None or force == own_area else f"{place} (in {force}'s area)"


def unheld_period(evidence: Evidence, mention: NumberMention, elsewhere) -> str | None:
    """The period an unverified number is for (named, else the one under
    review) when the area has no figures for it at all: the number could not
    be checked, so it is counted in one note rather than given a warning that
    reads as if the figures disagreed. Money, which no figures hold, and a
    number about another area keep their own warnings."""
    doc = mention.paragraph.doc if mention.paragraph is not None else None
    if mention.kind == "money" or not evidence.area \
            or doc is not None and number_about_elsewhere(doc, mention, elsewhere, evidence.area):
        return None
    by_paragraph = paragraph_period(doc, doc[mention.sentence[0]].idx) if doc is not None else None
    period = mention.period or (str(by_paragraph) if by_paragraph else None) or evidence.period
    if period is None:
        return None
    periods = [period]
    if mention.kind in ("percent", "points") and doc is not None:
        # A change is worked out from each period its sentence compares.
        sentence = doc[mention.sentence[0]:mention.sentence[1]].text
        periods += [str(phrase.period) for phrase in find_periods(sentence) if phrase.period is not None]
    unheld = [p for p in dict.fromkeys(periods) if _not_imported_yet(evidence, Period.parse(p))]
    return max(unheld, key=lambda p: Period.parse(p).sort_key()) if unheld else None


def _not_imported_yet(evidence: Evidence, period: Period) -> bool:
    """A period ending by the end of the one under review, later than every
    stored period of its length, with no figures: the latest figures, not yet
    imported. A period before the figures begin ("since 2019"), or one still
    to come ("by 2026/27"), is no import away."""
    review = Period.parse(evidence.period) if evidence.period else None
    if review is None or period.last > review.last:
        return False
    stored = [Period.parse(f.period) for f in evidence.figures.of(area=evidence.area)]
    if any(other.months_long == period.months_long and other.last >= period.last for other in stored):
        return False
    return not _has_figures(evidence, period)


def unheld_periods_note(evidence: Evidence, numbers: list[NumberMention], elsewhere) -> str | None:
    """One note naming each period the statement's numbers are for that the
    area has no figures for (figures for other periods being stored), how many
    numbers that left unchecked, and how to import them."""
    if evidence.empty:
        return None
    unheld: dict[str, int] = {}
    for mention in numbers:
        if mention.status == "unverified":
            period = unheld_period(evidence, mention, elsewhere)
            if period is not None:
                unheld[period] = unheld.get(period, 0) + 1
    if not unheld:
        return None
    stored = sorted({Period.parse(f.period) for f in evidence.figures.of(area=evidence.area)}, key=Period.sort_key)
    periods = sorted(unheld, key=lambda period: Period.parse(period).sort_key())
    count = sum(unheld.values())
    numbers_words = "1 number given for it is" if count == 1 and len(periods) == 1 else (
        f"{count} numbers given for {'it' if len(periods) == 1 else 'them'} are")
    covered = " (the period the statement covers)" if periods == [evidence.period] else ""
    return (f"no figures stored for {evidence.area} in {and_list(periods)}{covered}; its figures run from "
            f"{stored[0]} to {stored[-1]}: the {numbers_words} not checked, and not listed one by one below. "
            f"Import {evidence.area}'s figures for {and_list(periods)} (drafter figures import FILE) "
            f"and review again")


def _held_as(evidence: Evidence, mention: NumberMention, named: set[str], most: int = 2) -> str:
    """Where the area's stored figures hold this very number ("asb incidents
    for 2025-Q1"), among the measures its sentence names: a number no
    candidate matched may still be a stored figure of a period its sentence
    did not lead to. Any figure that happens to equal "27 reviews" says nothing."""
    money = mention.kind == "money"  # an amount of money stands for itself: "£1 million" is rarely a coincidence
    if mention.kind not in ("count", "money", "small", "percent", "rate") or mention.value is None \
            or not (named or money):
        return ""
    held = [f for f in evidence.figures.of(area=evidence.area)
            if (money or f.measure in named) and mention.matches(float(f.value))]
    if money:
        held = [f for f in held if (f.unit or "").strip().lower() in MONEY_UNITS]
    if mention.kind == "percent":
        held = [f for f in held if evidence.is_percentage(f.measure)]
    named = sorted({f"{f.measure.replace('_', ' ')} for {f.period}" for f in held})
    if not named or len(named) > most:
        return ""  # a small number many figures hold says nothing
    return " and ".join(named)


def _kind_words(mention: NumberMention) -> str:
    if mention.kind == "percent":
        return "as a percentage, a change on a year earlier or a share"
    if mention.kind == "points":
        return "as a change or a gap in percentage points"
    if mention.kind == "rate":
        return f"as a rate per {mention.per:,.0f} population"
    return "as a count in any period"


def _measure_words(measure: str | None) -> str:
    return (measure or "figure").replace("_", " ")
