"""A count that names what it counts and when, against the figure stored for
it: "5 homicides in April to June 2026" where the figures hold 3 for that
quarter is a ``wrong-figure`` error, where before it was only a number no
figure matched.

Only counts that can be nothing else are judged:

- the measure's name follows the number at once, the number counts that
  name (not "12 homicide reviews"), the measure is a count (not "41 victim
  satisfaction surveys"), and nothing narrows it after ("5 homicides
  involving a knife", "six of the 14 homicides" and "5 domestic homicides"
  are parts of the measure, not the measure); or a verb states the number
  to be the measure named before it (:mod:`drafter.claims.stated_counts`:
  "Neighbourhood crime in Gwent totalled 5,300");
- the sentence names the period the count is for, or its shape leaves no
  doubt which (:mod:`drafter.claims.count_periods`: "Homicides: 5" in a key
  figures list, "Within this total, residential burglaries numbered 627");
- nothing before the number makes it a change or an extra ("a further 5",
  "an increase of 40"), and it is not approximate ("around 250"), but for
  a bound the figure is on the wrong side of ("fewer than 3,000" of 3,547);
- the sentence names no other area, not the nation ("570 homicides in
  England and Wales" is not the area's figure) and no place within a force
  ("In Boston there were 300 burglaries"; :mod:`~drafter.review.checks.elsewhere`).
"""

from __future__ import annotations

import re
from pathlib import PurePath

from drafter.claims.count_periods import (
    key_figure_compared,
    key_figure_measure,
    part_clause_before,
    parts_of_total,
    undated_count_period,
)
from drafter.claims.evidence import Evidence
from drafter.claims.measures import MeasureMention
from drafter.claims.national_numbers import national_number
from drafter.claims.number_periods import paragraph_period
from drafter.claims.number_roles import in_change_context
from drafter.claims.numbers import NumberMention
from drafter.claims.running_totals import own_months, own_span
from drafter.claims.stated_counts import measure_said_after, stated_measure, token_after
from drafter.figures.derived import shown
from drafter.figures.period_text import HALF_YEAR_STYLE, find_periods
from drafter.figures.periods import Period
from drafter.fill.wording import stored_value
from drafter.review.checks.count_measures import measure_of
from drafter.review.checks.elsewhere import OtherAreas, number_about_elsewhere
from drafter.review.checks.revised import quotes_revised
from drafter.review.checks.rolled import named_by_roll
from drafter.review.findings import Finding

_JUDGED_KINDS = ("count", "small")
# Words offering a number for comparison with the count before it ("against 119 a year earlier").
_COMPARING = frozenset({"against", "from", "with", "versus", "vs"})


def check_paragraph(evidence: Evidence, paragraph, numbers: list[NumberMention],
                    measure_mentions: list[MeasureMention], elsewhere: OtherAreas | None, *,
                    stated_period: str | None = None) -> list[Finding]:
    """``wrong-figure`` findings for the counts of one paragraph that name
    their measure and period and differ from the stored figure; ``elsewhere``
    finds other areas' names (:func:`~drafter.review.checks.elsewhere.other_areas`); ``stated_period`` is the
    period the statement says it covers, a key figure's (None: not said)."""
    doc = paragraph.doc
    if evidence.empty or doc is None:
        return []
    found = []
    for mention in numbers:
        if mention.kind == "percent":
            found += _check_percentage(evidence, paragraph, mention, measure_mentions, elsewhere, numbers)
            continue
        # "around 250" is no claim to hold to a figure; "fewer than 3,000" is, when the figure is not.
        if mention.kind not in _JUDGED_KINDS or mention.status in ("stale", "wrong") \
                or mention.status == "verified" and not _base_taken_for_any_year(mention) \
                or mention.approximate and mention.bound is None or named_by_roll(paragraph, mention):
            continue
        if mention.role == "difference":
            continue  # "+1" in a Change column, "two fewer than": how far a count moved, not a count
        if _months_alone(doc, mention):
            continue  # "2 county lines were closed in November": part of the quarter, not its count
        period = mention.period if _period_named(mention) else \
            undated_count_period(doc, mention, numbers, measure_mentions, stated_period) \
            or (None if paragraph.kind == "table" else _dated_by_paragraph(doc, mention))
        if period is None:
            continue  # a table's header row dates its period columns only, not a Change column
        start, end = mention.sentence
        sentence = doc[start:end].text
        measure = count_measure(paragraph, mention, numbers, measure_mentions, evidence.area)
        if measure is None or evidence.is_percentage(measure.measure):
            continue  # a count beside a percentage's name ("41 domestic abuse victims") is not it
        if number_about_elsewhere(doc, mention, elsewhere, evidence.area) \
                or national_number(doc.text, mention.start, mention.end):
            continue
        figure = evidence.get(measure.measure, period)
        if figure is None and (withheld_in := evidence.withheld.get((measure.measure, period))):
            found.append(_withheld(paragraph, mention, doc[measure.start:measure.end].text, period, withheld_in))
            evidence.said_why_unchecked.add(id(mention))
            continue
        if figure is None or mention.matches(float(figure.value)) or mention.on_its_bounds_side(float(figure.value)):
            continue
        if quotes_revised(evidence, mention, measure.measure, period):
            continue
        mention.period = period
        mention.status = "wrong"
        mention.measure = measure.measure
        mention.derivation = f"{measure.measure}, {mention.period}: {shown(figure.value)}"
        mention.source = figure.source or None
        named = doc[_whole_word_start(doc, measure.start):measure.end].text
        # "closed 10 county lines": the county lines closed (its own number or, for "compared
        # with 5", the one the measure was named with)
        inner = next((n for n in [mention, *numbers] if measure.start < n.token < measure.end), None)
        if inner is not None:
            named = f"{doc[token_after(doc, inner):measure.end].text} {doc[measure.start:inner.token].text}"
        if named[:1].isupper() and named[1:2].islower():
            named = named[0].lower() + named[1:]  # the sentence's first words ("Residential burglary rose …")
        source = f" ({figure.source})" if figure.source else ""
        given = f"{shown(figure.value)} for {evidence.area}{source}"
        # "7 homicides in 2026-Q2: …" reads as a count; a measure not named by a plural noun
        # ("Knife crime … totalled 360") is named first: "knife crime: 360 in 2025/26, where …".
        written = mention.with_its_bound(doc.text)
        said = f"{written} {named} in {mention.period}: the figures give {given}" \
            if doc[measure.end - 1].lower_.endswith("s") or mention.value == 1 \
            or any(t.tag_ in ("NNS", "NNPS") for t in doc[measure.start:measure.end]) \
            else f"{named}: {written} in {mention.period}, where the figures give {given}"
        found.append(Finding("wrong-figure", paragraph.section_label, paragraph.number,
                             said + another_periods(evidence, measure.measure, mention),
                             sentence, index=paragraph.index))
    return found


def count_measure(paragraph, mention: NumberMention, numbers: list[NumberMention],
                  measure_mentions: list[MeasureMention], area: str | None) -> MeasureMention | None:
    """The measure a count is of, by its sentence's words, its table row, or the count it is
    compared with ("compared with 9 in the same half of 2025/26")."""
    doc = paragraph.doc
    sentence = doc[mention.sentence[0]:mention.sentence[1]].text
    # In a table the row names the measure ("Knife and sharp instrument
    # offences (police recorded crime) | 459 offences in the 12 months to June 2026").
    if mention.table_cell:
        return _row_measure(mention, measure_mentions)
    return measure_of(doc, mention, measure_mentions, area) or (
        _row_measure(mention, measure_mentions) if paragraph.kind == "table"
        else _compared_with(doc, mention, numbers, measure_mentions, area)
        or _listed_after_stated(doc, mention, numbers, measure_mentions)
        or (measure_said_after(doc, mention, measure_mentions)
            if parts_of_total(sentence) or part_clause_before(doc.text, mention.start) else None)
        or _key_figure_measure(doc, mention, numbers, measure_mentions))


def _check_percentage(evidence: Evidence, paragraph, mention: NumberMention,
                      measure_mentions: list[MeasureMention], elsewhere,
                      numbers: list[NumberMention] = ()) -> list[Finding]:
    """A percentage measure quoted for a period its sentence names: "76.3% of
    victims were satisfied …, up 2.8 points from 73.5% in April to June 2025"
    where the figures hold 74.0% for that quarter. Shares and changes are not
    the measure ("14.2% of them", "up 5%"), so only a percentage whose nearest
    measure is a stored percentage measure, outside a change, is judged."""
    doc = paragraph.doc
    before = [t.lower_ for t in doc[max(mention.sentence[0], mention.token - 2):mention.token]]
    if before and before[-1] == "the":
        before = before[:-1]
    # "1.4 percentage points higher than in the previous quarter (71.6%)": the level compared with, in
    # brackets after the period it is for.
    bracketed_base = bool(before) and before[-1] == "(" and mention.role == "base"
    if mention.status in ("verified", "stale", "wrong") or not mention.period \
            or not (mention.period_named or bracketed_base or _only_period_before(paragraph.doc, mention)):
        return []
    level_compared = bool(before) and before[-1] in _COMPARING | {"than"} or bracketed_base
    if in_change_context(doc, mention) and not level_compared and not mention.table_cell:
        return []  # "up 5%": a change, not the measure's level ("up 2.8 points from 73.5%" is a level)
    # In a period column the row names the measure ("Victim satisfaction (%) | 72.8 | 71.9").
    measure = _row_measure(mention, measure_mentions) if mention.table_cell else _adjacent_measure(
        doc, mention, measure_mentions) or (
        _level_compared_with(doc, mention, measure_mentions) if level_compared else None) or (
        _measure_of_points_before(mention, numbers) if bracketed_base else None)
    if measure is None or not evidence.is_percentage(measure.measure):
        return []
    if number_about_elsewhere(doc, mention, elsewhere, evidence.area) \
            or national_number(doc.text, mention.start, mention.end):
        return []
    figure = evidence.get(measure.measure, mention.period)
    if figure is None or mention.matches(float(figure.value)) \
            or quotes_revised(evidence, mention, measure.measure, mention.period):
        return []
    mention.status = "wrong"
    mention.measure = measure.measure
    mention.derivation = f"{measure.measure}, {mention.period}: {stored_value(figure.value, figure.unit)}"
    source = f" ({figure.source})" if figure.source else ""
    start, end = mention.sentence
    return [Finding("wrong-figure", paragraph.section_label, paragraph.number,
                    f"{mention.text} {measure.measure.replace('_', ' ')} in {mention.period}: the figures give "
                    f"{stored_value(figure.value, figure.unit)} for {evidence.area}{source}"
                    + another_periods(evidence, measure.measure, mention),
                    doc[start:end].text, index=paragraph.index)]


def _level_compared_with(doc, mention: NumberMention, measure_mentions: list[MeasureMention]) -> MeasureMention | None:
    """The measure of the percentage a base is offered against: "Victim
    satisfaction was 73.9% in July to September 2026, up from 77.2% a year
    earlier" compares 77.2% victim satisfaction, the one percentage before it."""
    if mention.role != "base" or not mention.period_named:
        return None
    start = mention.sentence[0]
    earlier = [t for t in doc[start:mention.token] if t.text == "%"]
    if len(earlier) != 1:
        return None
    level = earlier[0].i - 1  # the number before its "%"
    return _touching_measure(mention.sentence, (level + 2, level + 3), (level, level - 1, level - 2),
                             measure_mentions)


def _measure_of_points_before(mention: NumberMention, numbers) -> MeasureMention | None:
    """The measure of the change in points its sentence gives before a bracketed
    level ("That was 1.4 percentage points higher than in the previous quarter (71.6%)")."""
    points = [n for n in numbers if n.kind == "points" and n.sentence == mention.sentence
              and n.token < mention.token and n.measure and n.status in ("verified", "wrong")]
    return MeasureMention(points[-1].measure, points[-1].token, points[-1].token + 1) if points else None


def _only_period_before(doc, mention: NumberMention) -> bool:
    """The number's sentence names one period, before it: after two ("… in
    April to June 2026, against 74.0% in April to June 2025, and 82.9% …")
    the number may be either's."""
    start = doc[mention.sentence[0]].idx
    named = [p for p in find_periods(doc.text[start:mention.start]) if not p.relative]
    return mention.period_stated and len(named) == 1 or mention.period_stated and _in_the_quarter(doc, mention)


# "74.5% … in the quarter": the quarter its paragraph is about, as "this quarter" names the statement's.
_IN_THE_QUARTER = re.compile(r"[\s%,]*(?:(?!(?:than|from|on|since|against|compared|versus|earlier|and)\b)"
                             r"[\w'’-]+\s+){0,9}?(?:in|during|over|across)\s+the\s+quarter\b(?![\s-]+(?:before|end))",
                             re.IGNORECASE)


def _in_the_quarter(doc, mention: NumberMention) -> bool:
    """"… in the quarter" after the number, where the paragraph names no other period before it
    ("… July to September 2026. Results for April to June 2026 came late: 74.5% in the quarter")."""
    named = {str(p.period) for p in find_periods(doc.text[:mention.start]) if p.period and not p.relative}
    return bool(_IN_THE_QUARTER.match(doc.text, mention.end)) and named <= {mention.period}


def _adjacent_measure(doc, mention: NumberMention, measure_mentions: list[MeasureMention]) -> MeasureMention | None:
    """The one measure named right against a percentage: after it ("76.3% of
    victims were satisfied") or before it ("satisfaction was 78.3%"). One
    named further off may be another group's ("…, and 82.9% of domestic
    abuse victims" after naming all victims' satisfaction)."""
    after = token_after(doc, mention)
    return _touching_measure(mention.sentence, (after, after + 1), (mention.token, mention.token - 1),
                             measure_mentions)


def _touching_measure(sentence: tuple[int, int], starts: tuple[int, ...], ends: tuple[int, ...],
                      measure_mentions: list[MeasureMention]) -> MeasureMention | None:
    """The one measure of the sentence named starting at one of ``starts`` or
    ending at one of ``ends`` (token positions right after or before a number)."""
    start, end = sentence
    touching = [m for m in measure_mentions if start <= m.start < end and (m.start in starts or m.end in ends)]
    return touching[0] if len({m.measure for m in touching}) == 1 else None


def another_periods(evidence: Evidence, measure: str, mention: NumberMention) -> str:
    """"; 1,148 is the figure for 2025-Q2": the number a period of the same
    length holds, most likely the period before left in (the latest such)."""
    length = Period.parse(mention.period).months_long
    held = [Period.parse(f.period) for f in evidence.figures.of(area=evidence.area, measure=measure)
            if f.period != mention.period and mention.matches(float(f.value))]
    held = [period for period in held if period.months_long == length]
    if held:
        return f"; {mention.text} is the figure for {max(held, key=Period.sort_key)}"
    # Last quarter's figure as it stood before a later release revised it ("287", now 291).
    revised = [(Period.parse(f.period), revision) for f in evidence.figures.of(area=evidence.area, measure=measure)
               if f.period != mention.period and Period.parse(f.period).months_long == length
               and (revision := evidence.revisions.quoted(measure, f.period, mention.matches)) is not None]
    if not revised:
        return ""
    period, revision = max(revised, key=lambda found: Period.sort_key(found[0]))
    return f"; {mention.text} was the figure for {period} {revision.words()}"


def _period_named(mention: NumberMention) -> bool:
    """Whether the count's period is one its sentence names: beside it, or
    before it in the sentence (a count offered for comparison with no
    period of its own is a year earlier by convention, not by the text)."""
    return mention.period is not None and (mention.period_named or mention.role != "base")


def _months_alone(doc, mention: NumberMention) -> bool:
    """Whether the count's sentence dates it by a month or two named alone
    ("in November 2025", "during October and November") and by no other
    period: a count for part of a quarter, which no stored figure holds."""
    sentence = doc[mention.sentence[0]:mention.sentence[1]].text
    months = own_months(sentence)
    if months is None:
        return False
    at = sentence.find(months)
    return not [p for p in find_periods(sentence)
                if not p.relative and not (at <= p.start and p.end <= at + len(months))]


def _dated_by_paragraph(doc, mention: NumberMention) -> str | None:
    """The period an earlier sentence of its paragraph gives a count whose own
    sentence names none: "… in July to September 2026 … Seven county lines were
    closed, up from 5" gives July to September 2026's count. A base ("up from
    5") is dated by what it is compared with, and is not judged here; a running
    total ("Twelve county lines have been closed since April 2026") by its own words."""
    if mention.period is not None or mention.role != "current":
        return None
    start = doc[mention.sentence[0]].idx
    if find_periods(doc.text[start:mention.start]) or own_span(doc[mention.sentence[0]:mention.sentence[1]].text):
        return None
    period = paragraph_period(doc, start)
    return str(period) if period is not None else None


def _row_measure(mention: NumberMention, measure_mentions: list[MeasureMention]) -> MeasureMention | None:
    """The one measure the table row of a number in a cell names (the row is its sentence)."""
    start, end = mention.sentence
    named = {m.measure: m for m in measure_mentions if start <= m.start < end}
    return next(iter(named.values())) if len(named) == 1 else None


def _compared_with(doc, mention: NumberMention, numbers: list[NumberMention],
                   measure_mentions: list[MeasureMention], area: str | None) -> MeasureMention | None:
    """The measure of the count a base is offered against: "Knife offences
    numbered 126 in April to June 2026, against 119 a year earlier" compares
    119 knife offences, when the sentence's current counts are of one measure.
    The counts' periods must both be named (the count's by its sentence or its
    paragraph), and be of one length: a base
    "a year before" a count whose period neither gives, or "the
    same quarter of 2023" read as the year, is not judged. A base listed after another
    ("compared with 1,290 in Q4 2024/25 and 1,311 in Q3 2025/26") is offered alike."""
    cue = doc[mention.token - 1].lower_
    listed = cue in ("and", ",") and any(
        other.role == "base" and other.sentence == mention.sentence and other.token < mention.token
        and doc[other.token - 1].lower_ in _COMPARING for other in numbers)
    # "compared with 10 in the same quarter of 2023 and 12 in October to December 2022":
    # the second is offered alike, though no cue of its own makes it a base.
    if not listed and (mention.role != "base" or cue not in _COMPARING):
        return None
    partners = [other for other in numbers
                if other is not mention and other.sentence == mention.sentence and other.role == "current"
                and other.kind in _JUDGED_KINDS and other.token < mention.token
                and _alike(doc, other, mention)]
    found = {measure.measure: measure for measure in (measure_of(doc, other, measure_mentions, area) for other in partners)
             if measure is not None}
    return next(iter(found.values())) if len(found) == 1 else None


def _base_taken_for_any_year(mention: NumberMention) -> bool:
    """A count compared with and dated by nothing ("Residential burglaries: 1,301 (down
    from 1,420)"), matched to whichever earlier figure it equals: its sentence's shape
    may still say which year it is (a key figure's base is the year before's)."""
    return mention.role == "base" and not mention.period_named \
        and (mention.derivation or "").endswith(" (earlier period, quoted as such)")


def _whole_word_start(doc, index: int) -> int:
    """The first token of the word a measure's name starts in: "Anti-social
    behaviour incidents" is named whole, not as "social behaviour incidents"."""
    while index >= 2 and doc[index - 1].text == "-" and not doc[index - 1].whitespace_ \
            and not doc[index - 2].whitespace_:
        index -= 2
    return index


def _partner_period(doc, other: NumberMention) -> str | None:
    """The period of a count a base is offered against: the one its sentence
    names, else the one an earlier sentence of its paragraph gives ("… in July
    to September 2026. There were 11 firearms offences, compared with 14 a year
    earlier"), whether or not the count is that period's figure."""
    if other.period_named or other.period_stated:
        return other.period
    start = doc[other.sentence[0]].idx
    if own_span(doc[other.sentence[0]:other.sentence[1]].text):
        return None
    period = paragraph_period(doc, start)
    return str(period) if period is not None else None


def _listed_after_stated(doc, mention: NumberMention, numbers: list[NumberMention],
                         measure_mentions: list[MeasureMention]) -> MeasureMention | None:
    """A measure listed with its count after a stated one: "residential
    burglaries numbered 672, vehicle offences 1,385 and personal robberies
    155" states each count as the first, its measure's name right before it."""
    start = mention.sentence[0]
    named = [m for m in measure_mentions if m.end == mention.token and m.start > start]
    if len(named) != 1 or doc[named[0].start - 1].lower_ not in (",", "and"):
        return None
    stated = any(other.sentence == mention.sentence and other.token < named[0].start
                 and stated_measure(doc, other, measure_mentions) is not None for other in numbers)
    return named[0] if stated else None


def _key_figure_measure(doc, mention: NumberMention, numbers: list[NumberMention],
                        measure_mentions: list[MeasureMention]) -> MeasureMention | None:
    """"Homicides – 5", and in "Homicides: 5 (up from 4)" the count compared
    with too, count the key figure's measure."""
    key = key_figure_compared(doc, mention, numbers, measure_mentions) or mention
    return key_figure_measure(doc, key, numbers, measure_mentions)


def _alike(doc, count: NumberMention, base: NumberMention) -> bool:
    """Whether ``base`` is offered against ``count`` for a period of the same length: each
    for a period, or each for half a year ("81 between January and June 2026, compared with
    87 between January and June 2025"), which no period is."""
    if HALF_YEAR_STYLE in (count.period_style, base.period_style):
        return count.period_style == base.period_style
    return _same_length(_partner_period(doc, count), base.period)


def _same_length(one: str | None, other: str | None) -> bool:
    return one is not None and other is not None and \
        Period.parse(one).months_long == Period.parse(other).months_long


def _withheld(paragraph, mention: NumberMention, named: str, period: str, file: str) -> Finding:
    """A count the figures file gave no figure for ("[c]", ".."): a source withholds a small
    count so that no one can be told from it, so a number given for it may be one not to publish."""
    mention.status, mention.period = "unverified", period
    start, end = mention.sentence
    return Finding("unverified-figure", paragraph.section_label, paragraph.number,
                   f"{mention.text} {named} in {period}: {PurePath(file).name} withheld this figure (no figure in its cell), so "
                   "review cannot check it; make sure it may be published", paragraph.doc[start:end].text,
                   index=paragraph.index)
