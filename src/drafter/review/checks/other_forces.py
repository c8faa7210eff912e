"""Another force's figure quoted beside the force's own ("The Metropolitan
Police recorded 14,029 knife offences over the same period, a rate of 156.7
per 100,000"): held to that force's stored figures, as the national figure is
held to the nation's, where it was left unverified as another area's.

Only what leaves no doubt is judged: the number's sentence names one other
police force nearest to it (not the nation, a region or a place within a
force); a count names its measure right after it ("1,992 knife offences"),
or, standing bare at the end of its clause ("Greater Manchester recorded
1,992."), is the measure and period of the count the paragraph gave last;
a rate, or a percentage of a measure stored as one ("In North Wales, 76.9%
of victims were satisfied"), the one measure its sentence names; and the
force has that figure for the number's period. A force compared with ("fewer than South Wales
(3,194 knife offences)") is said of in the same period. A number that is
not that figure is an error naming the force's figure; one the force has
no figure for stays unverified. A percentage change of a count ("In Sussex,
knife offences fell by 3.3%") is that force's change on the year before.
"""

from __future__ import annotations

import re

from drafter.claims.number_periods import paragraph_period
from drafter.claims.number_roles import direction_word
from drafter.claims.numbers import NumberMention
from drafter.claims.stated_counts import token_after
from drafter.errors import DrafterError
from drafter.figures import derived
from drafter.figures.derived import rate_shown, shown
from drafter.figures.figureset import FigureSet
from drafter.figures.national import values
from drafter.figures.period_text import find_periods
from drafter.figures.periods import Period
from drafter.nlp import text_of
from drafter.review.checks.elsewhere import force_counted, force_named_after
from drafter.review.findings import Finding


def check(read, figures_for, period: str | None, own_area: str | None) -> list[Finding]:
    """Findings for the numbers of ``read`` (paragraph, numbers, measure
    mentions, other areas) that another force's figures settle;
    ``figures_for(period)`` gives every force's figures for a period."""
    found = []
    for paragraph, numbers, measure_mentions, elsewhere in read:
        for mention in numbers:
            judged = _judge(paragraph, mention, numbers, measure_mentions, elsewhere, figures_for, period, own_area)
            if judged is not None:
                found.append(judged)
    return found


_A_MULTIPLE = re.compile(r"\s*(?:-\s*)?(?:times|fold)\b", re.IGNORECASE)
# "fewer than South Wales (", "higher than Dyfed-Powys, at ": the force compared with, just before its number.
_THAN_A_FORCE = re.compile(r"\bthan\s+(?:the\s+)?[A-Z][\w&'’ -]{2,40}?(?:\s*\(|,\s+(?:at|with)\s+|\s+at\s+)$")


def _judge(paragraph, mention: NumberMention, numbers, measure_mentions, elsewhere, figures_for, period, own_area):
    doc = paragraph.doc
    if doc is None or mention.status != "unverified" or mention.kind not in ("count", "rate", "percent") \
            or mention.approximate:
        return None
    if _A_MULTIPLE.match(text_of(doc), mention.end):
        return None  # "3.5 times the national rate": a multiple (claims.times_national), not a rate
    compared = mention.role != "current"
    named_after = force_named_after(doc, mention, elsewhere, own_area)
    if compared and not (_compared_force(doc, mention) or named_after):
        return None
    force = named_after or force_counted(doc, mention, elsewhere, own_area)
    measure, when = _measure_of(doc, mention, numbers, measure_mentions, named_after) if force else (None, None)
    when = when or (_period_of(doc, mention, period, compared) if measure else None)
    if when is None:
        return None
    try:
        value = values(figures_for(when), measure, (force,), when, int(mention.per) if mention.per else None)[force]
    except (DrafterError, ValueError, KeyError):
        return None
    if mention.kind == "percent" and not value.percentage:
        # "In Sussex, knife offences fell by 3.3% to 773": that force's change on the year before.
        return _judge_change(paragraph, mention, force, measure, when, figures_for)
    if mention.kind != "percent" and value.percentage:
        return None
    mention.measure, mention.period, mention.derivation = measure, str(when), f"{force}: {value.derivation}"
    if mention.matches(float(value.value)):
        mention.status, mention.matched, mention.source = "verified", value, value.sources
        return None
    mention.status = "wrong"
    start, end = mention.sentence
    what = measure.replace("_", " ") + (f" per {int(mention.per):,}" if mention.per else "")
    return Finding("wrong-figure", paragraph.section_label, paragraph.number,
                   f"{mention.text} is given as {force}'s {what} for {when}, but its figures give "
                   f"{_shown(value, mention)} ({value.derivation})", doc[start:end].text, index=paragraph.index)


def _judge_change(paragraph, mention: NumberMention, force: str, measure: str, when: Period, figures_for):
    """Another force's percentage change held to its change on the year before, by derived: one
    that matches in size, the way its word says, is verified; for a year, whose change on the year
    before is the one a statement gives, one that does not is an arithmetic error."""
    doc = paragraph.doc
    earlier = when.previous_year()
    pair = [figures_for(period).get(measure, force, period) for period in (when, earlier)]
    word = direction_word(doc, mention)
    if None in pair or word is None:
        return None
    changed = derived.change(FigureSet(pair), measure, force, when)
    if changed.percent is None:
        return None
    mention.measure, mention.period = measure, str(when)
    mention.derivation = (f"{force}: {measure}, {earlier} to {when}: {shown(changed.previous.value)} to "
                          f"{shown(changed.current.value)} ({changed.percent:+.2f}%)")
    went_up = changed.percent > 0
    if mention.matches(abs(float(changed.percent))) and (word[0] == "up") == went_up:
        mention.status, mention.source = "verified", "; ".join(sorted({f.source for f in pair if f.source})) or None
        return None
    if when.months_long != 12:
        return None  # a quarter's change may be on the quarter before: left unverified
    mention.status = "wrong"
    start, end = mention.sentence
    moved = (f"its figures went {'up' if went_up else 'down'} by {abs(changed.percent):.1f}% "
             f"({shown(changed.previous.value)} in {earlier} to {shown(changed.current.value)} in {when})")
    what = f"{force}'s {measure.replace('_', ' ')}"
    if mention.matches(abs(float(changed.percent))):  # the size right, the way wrong
        return Finding("direction", paragraph.section_label, paragraph.number,
                       f"'{word[1].text}' says {what} went {word[0]}, but {moved}", doc[start:end].text,
                       index=paragraph.index)
    return Finding("arithmetic", paragraph.section_label, paragraph.number,
                   f"{mention.text} is given as the change in {what} for {when}, but {moved}",
                   doc[start:end].text, index=paragraph.index)


def _shown(value, mention: NumberMention) -> str:
    if value.percentage:
        return f"{value.value.normalize():f}%"
    return rate_shown(value.value) if mention.per else shown(value.value)


def _compared_force(doc, mention: NumberMention) -> bool:
    """Whether the number is a force's compared with ("fewer than South Wales (3,194"), which
    reads as a base but is for the same period as the sentence's own figure."""
    start = doc[mention.sentence[0]].idx
    return bool(_THAN_A_FORCE.search(text_of(doc)[start:mention.start]))


def _measure_of(doc, mention: NumberMention, numbers, measure_mentions,
                named_after: str | None = None) -> tuple[str | None, Period | None]:
    """A count's measure named right after it, or for a bare count closing its clause (or
    followed only by the force ``named_after`` it, "against 9,999 in Greater Manchester") the
    measure (and period) of the paragraph's last count before it; a rate's, the one its
    sentence names."""
    start, end = mention.sentence
    if mention.kind != "count":
        named = {m.measure for m in measure_mentions if start <= m.start < end}
        while not named and start > 0:
            # "Knife crime rose by 8.5% to 1,570. Essex's rate was 55.7 per 100,000": the last sentence's
            # before it that names a measure.
            start = doc[start - 1].sent.start
            named = {m.measure for m in measure_mentions if start <= m.start < doc[start].sent.end}
        return (named.pop() if len(named) == 1 else None), None
    after = token_after(doc, mention)
    named = {m.measure for m in measure_mentions if m.start in (after, after + 1) and start <= m.start < end}
    if named:
        return (named.pop() if len(named) == 1 else None), None
    earlier = [n for n in numbers if n.end <= mention.start and n.kind == "count" and n.measure and n.period]
    if earlier:
        after += _same_count_words(doc, after, earlier[-1])
    if after < len(doc) and not _ends_its_clause(doc, after) and \
            not (named_after and doc[after].lower_ in ("in", "for", "across")):
        return _measure_before(doc, mention, measure_mentions, after)
    if not earlier:
        return None, None
    return earlier[-1].measure, Period.parse(earlier[-1].period)


# Words a count is a number of, whatever the measure: said after the earlier count too, the same count.
_COUNT_NOUNS = frozenset({"offences", "crimes", "incidents", "cases"})


def _measure_before(doc, mention: NumberMention, measure_mentions, after: int) -> tuple[str | None, None]:
    """"In Sussex, knife offences fell by 3.3% to 773 in the year ending March 2026": a whole count
    followed by its period alone is of the one measure its sentence names before it (no rate)."""
    start, end = mention.sentence
    before = {m.measure for m in measure_mentions if start <= m.start < mention.token}
    rest = doc[after:end].text
    periods = find_periods(rest)
    if len(before) != 1 or mention.value is None or mention.value != int(mention.value) \
            or re.search(r"\brates?\b|\bper\b", doc[start:end].text, re.IGNORECASE) or len(periods) != 1 \
            or not re.fullmatch(r"(?:in|over|during|for)\s+(?:the\s+)?", rest[:periods[0].start].strip() + " ") \
            or rest[periods[0].end:].strip() not in ("", ".", ";", ","):
        return None, None
    return before.pop(), None


_SAME_PERIOD = ("in the same period", "over the same period", "in the same year", "over the same year")


def _same_count_words(doc, after: int, earlier: NumberMention) -> int:
    """How many words after a count say it is the same measure and period as the
    paragraph's ``earlier`` count: its noun ("… to 9,726 offences. Cheshire recorded
    11,991 offences"), "such offences", "in the same period"."""
    skipped = 0
    if after < len(doc) and doc[after].lower_ == "such" and after + 1 < len(doc) \
            and doc[after + 1].lower_ in _COUNT_NOUNS:
        skipped = 2
    elif after < len(doc) and doc[after].lower_ in _COUNT_NOUNS:
        following = token_after(doc, earlier)
        skipped = int(following < len(doc) and doc[following].lower_ == doc[after].lower_)
    words = [token.lower_ for token in doc[after + skipped:after + skipped + 4]]
    return skipped + (4 if " ".join(words) in _SAME_PERIOD else 0)


def _ends_its_clause(doc, after: int) -> bool:
    """A bare count closes its clause at a stop, or where another force's count is
    joined on ("Cheshire recorded 11,991 and Lancashire 9,525", "… and the Met's rate …")."""
    if doc[after].text in (".", ",", ";", ")", ":"):
        return True
    named = after + 2 if after + 2 < len(doc) and doc[after + 1].lower_ == "the" else after + 1  # "and the Met's"
    return doc[after].lower_ in ("and", "but", "while", "whereas") and named < len(doc) \
        and doc[named].text[:1].isupper()


def _period_of(doc, mention: NumberMention, period: str | None, compared: bool = False) -> Period | None:
    """The one period the number's sentence names, else the one its paragraph named before
    it ("… in the year ending September 2026. Greater Manchester Police recorded 3,412 in
    the same year"), else the review's; a force compared with is read as a base, whose
    period is not its own."""
    if mention.period and not compared:
        return Period.parse(mention.period)
    start, end = mention.sentence
    named = {phrase.period for phrase in find_periods(doc[start:end].text) if phrase.period is not None}
    if len(named) > 1:
        return None
    if named:
        return named.pop()
    return paragraph_period(doc, doc[start].idx) or (Period.parse(period) if period else None)
