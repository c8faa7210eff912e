"""The period a number in a sentence is for: named beside it ("17 in
2024"), further on in its clause ("5 homicides recorded across the force
area in the first quarter of 2024"), before it in its sentence ("In the
quarter ending June 2024, ... 5 homicides"), or before its sentence in its
paragraph ("Full-year figures for 2025 are now available. The force
recorded 14 homicides over the year")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from drafter.claims.numbers import NumberMention
from drafter.claims.running_totals import own_span
from drafter.figures.half_year_names import half_years
from drafter.figures.period_text import HALF_YEAR_STYLE, PeriodPhrase, find_periods
from drafter.figures.periods import Period
from drafter.nlp import text_of

if TYPE_CHECKING:
    from drafter.claims.matching import SentenceContext

# "from 118 to 127": the words between the two numbers of a pair, and the cue before the first.
_FROM_TO = re.compile(r"\s+to\s+", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
# Words that may stand between a number and the period it belongs to ("17 in 2024").
_WORDS_BETWEEN = (r"^[\s,(]*(?:(?:homicides?|offences?|crimes?|[a-z-]+\s+){0,5})?"
                  r"(?:per\s+[\d,]+\s+|per\s+(?:million|thousand)\s+)?(?:population\s+|people\s+|residents\s+)?")
_TO_PERIOD = re.compile(_WORDS_BETWEEN + r"(?:in|during|for|over|of|across|at)\s+(?:the\s+)?$", re.IGNORECASE)
# "101 knife offences between July and September 2025": the phrase holds its own preposition.
_TO_SPAN = re.compile(_WORDS_BETWEEN + r"$", re.IGNORECASE)


# "half as many again as", "above the level seen": what follows is compared with ("as at", "as of" date).
_COMPARING = r"above|below|as(?!\s+(?:at|of)\b)"
# "8.0% on the same quarter of 2025": the change's base, where "4 in the same quarter of 2025" is its count.
_COMPARED_THAN = re.compile(rf"\b(?:than|{_COMPARING}|(?:on|against|compared\s+(?:with|to))\s+the\s+same\s+"
                            r"(?:quarter|period|months)\s+(?:of|in))\b", re.IGNORECASE)


def attached_phrase(context: SentenceContext, mention: NumberMention) -> PeriodPhrase | None:
    """The period phrase named right beside a number ("17 in 2024", "29 a year earlier")."""
    if not context.text:
        return None
    end = mention.end - context.start_char
    for phrase in context.phrases:
        if phrase.start >= end:
            gap = context.text[end:phrase.start]
            if _COMPARED_THAN.search(gap):
                break  # "23.7% higher than in the same quarter last year": what it is compared with
            joined = _TO_PERIOD.match(gap) or phrase.style == "between" and _TO_SPAN.match(gap)
            if (joined and phrase.start - end <= 40) or (phrase.relative and not gap.strip()):
                return phrase
            break
    return None


def half_year_phrase(context: SentenceContext, mention: NumberMention) -> PeriodPhrase | None:
    """Half a year named before a number in its sentence, with no period
    between, or right after it ("In Quarters 1 and 2 of 2026/27 there were 8
    homicides", "9 in the same half of 2025/26"): the number is that half's,
    which no stored figure is for, so it is no period's figure
    (:meth:`PeriodPhrase.resolve` gives none), never the year's it names."""
    if not context.text:
        return None
    at, end = mention.start - context.start_char, mention.end - context.start_char
    if any(0 <= p.start - end <= 40 and _TO_PERIOD.match(context.text[end:p.start]) for p in find_periods(context.text)):
        return None  # "… with 2,189 in Quarter 1": its own quarter, whatever half it is part of
    for start, stop, words in reversed(half_years(context.text)):
        gap = context.text[end:start]
        # "87 knife offences between January and June 2025": the words hold their own preposition.
        joined = _TO_PERIOD.match(gap) or words.lower().startswith(("between", "from")) and _TO_SPAN.match(gap)
        if stop <= at and not any(stop <= p.start and p.end <= at and not p.relative for p in context.phrases) \
                or start >= end and start - end <= 40 and joined:
            return PeriodPhrase(words, start, stop, HALF_YEAR_STYLE)
    return None


# "five this quarter", "6 county lines in the current quarter": the quarter the statement reports,
# named right after the number with no comparison between.
_THIS_QUARTER_AFTER = re.compile(
    r"[\s,]*(?:(?!(?:than|from|on|since|against|compared|versus|vs)\b)[a-z-]+\s+){0,4}?"
    r"(?:(?:in|during|over|for)\s+)?(?:this|the\s+current)\s+quarter\b", re.IGNORECASE)


def this_quarter_phrase(context: SentenceContext, mention: NumberMention) -> PeriodPhrase | None:
    """"from eight in January to March 2025 to five this quarter": "this quarter"
    right after a number dates it by the quarter the statement reports."""
    period = context.review_period
    if not context.text or period is None or period.months_long != 3:
        return None
    end = mention.end - context.start_char
    match = _THIS_QUARTER_AFTER.match(context.text, end)
    if match is None or any(ch.isdigit() for ch in match.group()):
        return None
    words = match.group().strip(" ,")
    start = end + match.group().index(words)
    return PeriodPhrase(words, start, end + len(match.group()), "relative", period)


# A period phrase further on in the number's clause is its period when one of
# these leads into it ("5 homicides recorded across the force area in the
# first quarter of 2024"); "since 2015" or "by March 2025" do not date the number.
_LEADS_INTO_PERIOD = re.compile(r"\b(?:in|during|for|over|across|throughout|within|from)\s+(?:the\s+)?$",
                                re.IGNORECASE)
# "as many again as in", "above the level seen in": what the number is compared with follows.
_ENDS_CLAUSE = re.compile(r"[;:()]|\s[–—-]\s|\b(?:since|than|compared|whereas|while|which|but|same|against|versus"
                          rf"|{_COMPARING})\b", re.IGNORECASE)


def later_phrase(context: SentenceContext, mention: NumberMention,
                 numbers: list[NumberMention]) -> PeriodPhrase | None:
    """The period named further on in a number's clause, when nothing before
    the number in its sentence dates it and no other number stands between."""
    if not context.text:
        return None
    at, end = mention.start - context.start_char, mention.end - context.start_char
    if any(p.end <= at and not p.relative for p in context.phrases):
        return None
    phrase = next((p for p in context.phrases if p.start >= end), None)
    if phrase is None or phrase.relative:
        return None
    gap = context.text[end:phrase.start]
    if _ENDS_CLAUSE.search(gap) or not _LEADS_INTO_PERIOD.search(gap):
        return None
    between = [n for n in numbers if n is not mention and context.start_char + end <= n.start
               < context.start_char + phrase.start]
    if between and not _listed_with(context, mention, between):
        return None
    return phrase


# "7 homicides and 280 knife offences in April to June 2026": counts listed one after another,
# each a number and the words it counts, joined by "and" or commas; "down from 9" is no list.
_LISTED = re.compile(r"[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)*(?:\s*,\s*(?:and\s+)?|\s+and\s+)",
                     re.IGNORECASE)
_NOT_LISTED = re.compile(r"\b(?:from|to|up|down|than|of|by|on|against|with|versus|vs|compared|same|per)\b",
                         re.IGNORECASE)


def _listed_with(context: SentenceContext, mention: NumberMention, between: list[NumberMention]) -> bool:
    """Whether the numbers between a number and the period after it are
    counts listed with it, so that the period dates each of them."""
    previous = mention
    for number in sorted(between, key=lambda n: n.start):
        gap = context.text[previous.end - context.start_char:number.start - context.start_char].strip()
        if number.kind != mention.kind and {number.kind, mention.kind} != {"count", "small"} \
                or not _LISTED.fullmatch(gap + " ") or _NOT_LISTED.search(gap):
            return False
        previous = number
    return True


_THE_QUARTER = re.compile(r"\b(?:the\s+same|this|the|that)\s+(?:quarter|period)\b", re.IGNORECASE)


def implied_period(context: SentenceContext, mention: NumberMention) -> Period | None:
    """The period a number's sentence puts it in when none is named beside it:
    for a base, the relative period the sentence compares with ("from the year
    prior, when there were 55,219"); otherwise the last period named before it
    ("In the quarter ending June 2024, ... 5 homicides")."""
    at = mention.start - context.start_char
    before = [p for p in context.phrases if p.end <= at]
    # "In Quarter 1 there were 12": a quarter named by its number dates what follows as a period named in full.
    explicit = [p for p in before if not p.relative or p.quarter]
    if mention.role != "base":
        # "increased by 9.7% compared with July to September 2024, to 3,297": the
        # period compared with dates no figure after it, nor does one in brackets
        # closed before it ("159 … in the quarter (158 in April to June 2024) and closed five").
        explicit = [p for p in explicit if not introduced_as_compared(context.text, p)]
    if mention.role == "base":
        # A comparison is with the same period a year earlier unless the sentence says otherwise.
        relative = [p for p in before if p.relative and not p.quarter]
        if relative:
            return relative[-1].resolve(context.own_period)
        current = explicit[-1].resolve(context.own_period) if explicit else context.own_period
        return current.previous_year() if current is not None else None
    if explicit:
        # "Last quarter (April to June 2026) there were 2,318; this quarter there were 2,376"
        if context.review_period is not None and _THIS_QUARTER.search(context.text, explicit[-1].end, at):
            return context.review_period
        return explicit[-1].resolve(context.own_period)
    # "in the same quarter", "during the quarter": the one the paragraph named
    # before, or the quarter the statement is reviewed for; never a period the
    # sentence names after it for what it is compared with ("6 in the quarter,
    # one more than in January to March 2025").
    own = _own_period_after(context, mention)
    quarter = own is not None and own.months_long == 3
    if (context.from_paragraph or quarter) and _THE_QUARTER.search(context.text):
        return own
    return None


def named_before(context: SentenceContext, mention: NumberMention, period: Period | None) -> str | None:
    """How the sentence names ``period`` (:func:`implied_period`'s) before the
    number: "In the 12 months to March 2024 the force recorded 886" names it by
    its end (``year_ending``), as "886 in the year ending March 2024" would."""
    at = mention.start - context.start_char
    named = [p for p in context.phrases if p.end <= at and not p.relative]
    return named[-1].style if period is not None and named and named[-1].period == period else None


_INTRODUCED_AS_COMPARED = re.compile(
    r"\b(?:(?:compared\s+(?:with|to)|than|against|versus|vs\.?)\s+(?:the\s+)?(?:[\d,.]+%?\s+)?"
    r"|from\s+(?:the\s+)?[\d,.]+%?\s+|(?:as\s+many|as\s+high|again)\s+as\s+"  # "half as many again as in"
    r"|(?:above|below)\s+(?:the\s+)?(?:level|figure|number)s?(?:\s+(?:seen|recorded))?\s+"
    r"|on\s+the\s+same\s+(?:quarter|period|months)\s+(?:of|in)\s+)"  # "fell by 8.0% on the same quarter of 2025"
    r"(?:(?:in|during)\s+)?(?:the\s+)?(?:same\s+(?:quarter|period|months)\s+(?:of|in)\s+)?$", re.IGNORECASE)


def introduced_as_compared(text: str, phrase: PeriodPhrase) -> bool:
    """Whether ``phrase`` is named as what something is compared with ("…, 5.7% more
    than in January to March 2023", "increased by 9.7% compared with July to
    September 2024", "498 offences against 485 in July to September 2023", "159 in
    the quarter (158 in April to June 2024)"): no period of the figures after it,
    nor of its sentence."""
    if _INTRODUCED_AS_COMPARED.search(text, 0, phrase.start) is not None:
        return True
    opening = text.rfind("(", 0, phrase.start)
    return opening > text.rfind(")", 0, phrase.start) and any(ch.isdigit() for ch in text[opening:phrase.start])


_THIS_QUARTER = re.compile(r"\b(?:this|the\s+current)\s+(?:quarter|period)\b", re.IGNORECASE)
# Words that make a period named after a number the period of what it is compared with.
_COMPARED_WITH = re.compile(r"\b(?:than|from|compared|comparison|against|versus|vs|on|since|when|while|whereas|same"
                            rf"|{_COMPARING})\b"
                            r"|\d", re.IGNORECASE)


def _own_period_after(context: SentenceContext, mention: NumberMention) -> Period | None:
    """The period a sentence that names none before a number gives it: the
    first period named after it, unless that one is introduced as what the
    number is compared with ("up from 2,318 in April to June 2026"), when the
    sentence names none of the number's own and the paragraph's (else the
    review period) stands."""
    end = mention.end - context.start_char
    after = [p for p in context.phrases if not p.relative and p.start >= end]
    if after and not _COMPARED_WITH.search(context.text, end, after[0].start):
        return after[0].period
    if context.from_paragraph or not after:
        return context.own_period
    return context.paragraph_period or context.review_period


def bracketed_after_phrase(context: SentenceContext, mention: NumberMention) -> PeriodPhrase | None:
    """The period a number alone in brackets just after it gives that number:
    "down 4.9% on 2024 (874)" quotes 874 as 2024's figure; and one a colon labels it by, "(YE Jun 25: 183)"."""
    if not context.text:
        return None
    at, end = mention.start - context.start_char, mention.end - context.start_char
    labelled = next((p for p in context.phrases if not p.relative and p.end < at
                     and re.fullmatch(r"\s*:\s*", context.text[p.end:at])), None)
    if labelled is not None or not re.match(r"\s*\)", context.text[end:]):
        return labelled
    opening = re.search(r"\(\s*$", context.text[:at])
    if opening is None:
        return None
    before = context.text[:opening.start()].rstrip()
    return next((p for p in context.phrases if not p.relative and p.end == len(before)), None)


def read_by_paragraph(context: SentenceContext, mention: NumberMention) -> Period | None:
    """The period a number is read as when its sentence names none beside or
    before it: the latest one its paragraph named before ("Full-year figures
    for 2025 are now available. The force recorded 14 homicides over the
    year"); None when the paragraph named none, the number is dated in its
    own sentence, it is a base (dated by what it is compared with), or its
    sentence gives it a span of its own ("since April 2026": a running total)."""
    if mention.period_named or mention.period_stated or mention.role != "current":
        return None
    at = mention.start - context.start_char
    if any(p.end <= at and not p.relative for p in context.phrases) or own_span(context.text or ""):
        return None
    return context.paragraph_period


def another_of_its_length(read_by: Period | None, period: str) -> bool:
    """Whether ``period`` is not the one a number's paragraph dates it by but
    as long: "Full-year figures for 2025 are now available. The force
    recorded 15 homicides over the year" does not quote 2025/26's 15. A
    shorter period may be part of it ("In the final quarter of the year, 470
    seizures were made")."""
    if read_by is None or period == str(read_by):
        return False
    return Period.parse(period).months_long == read_by.months_long


def paragraph_period(doc, before: int) -> Period | None:
    """The latest period the paragraph names before a sentence that names
    none (its earlier periods are what it compared with): "Firearms offences
    in the same quarter numbered 24, against 27 a year earlier" follows the
    sentence naming the quarter."""
    phrase = paragraph_phrase(doc, before)
    return phrase.period if phrase is not None else None


def paragraph_phrase(doc, before: int) -> PeriodPhrase | None:
    """The words naming :func:`paragraph_period`'s period ("the year ending March
    2024"), whose style says how copy forward moves what a later sentence says of it.
    A period named only as what was compared with ("rose by 1.0% compared with July to
    September 2025") dates nothing after it: the paragraph is about the period after it."""
    named = [p for p in claimed_periods(text_of(doc)[:before]) if p.period is not None]
    return max(named, key=lambda p: p.period.sort_key()) if named else None


# "down 5.7% on 2024/25", "compared with 2024/25", "than in 2024/25": the period a sentence
# compares with, not the one its claim is about.
_COMPARED_BEFORE = re.compile(r"(?:\bon|\bthan(?:\s+in)?|\bcompared\s+(?:with|to)|\bagainst|\bsince|"
                             r"\b(?:up|down|rose|fell|risen|fallen)\s+from)\s+(?:the\s+)?$", re.IGNORECASE)


def claimed_periods(words: str) -> list[PeriodPhrase]:
    """The periods ``words`` name, but for those they compare with: "above the national rate
    …, down 5.7% on 2024/25" claims nothing of 2024/25."""
    return [p for p in find_periods(words) if not _COMPARED_BEFORE.search(words[max(0, p.start - 30):p.start])]


def latest(periods: list[str]) -> str | None:
    """The latest of periods written as text."""
    return max(periods, key=lambda period: Period.parse(period).sort_key(), default=None)


# -- two dated numbers of one kind in a sentence: the earlier is what the later is compared with --
def _named(number: NumberMention) -> Period | None:
    return Period.parse(number.period) if number.period_named and number.period else None


def _dated(number: NumberMention, context: SentenceContext | None) -> Period | None:
    """A number's period as its words give it (before its role is known):
    named beside it, else named before it in its sentence, else read by its paragraph."""
    if _named(number) is not None or context is None:
        return _named(number)
    at = number.start - context.start_char
    before = [p for p in context.phrases if p.end <= at and not p.relative]
    return before[-1].period if before else read_by_paragraph(context, number)


def _others(mention: NumberMention, numbers: list[NumberMention]) -> list[NumberMention]:
    """The other numbers of its kind in its sentence."""
    return [n for n in numbers if n is not mention and n.sentence == mention.sentence
            and n.kind == mention.kind and n.per == mention.per]


def earlier_of_a_pair(mention: NumberMention, numbers: list[NumberMention],
                      context: SentenceContext | None = None) -> bool:
    """"14 homicides over the year [2025, by its paragraph]; in 2024 there
    were 17": the number dated earlier than another of its kind."""
    mine = _dated(mention, context)
    later = (_named(n) or (read_by_paragraph(context, n) if context else None)
             for n in _others(mention, numbers))
    return mine is not None and any(period is not None and period.first > mine.first for period in later)


def later_of_a_pair(mention: NumberMention, numbers: list[NumberMention], text: str = "") -> bool:
    """"from 17 in 2024 to 14 in 2025", "rose from 118 to 127": the later one is no
    base, however it is cued (the "from" is the first one's)."""
    if any(_FROM_TO.fullmatch(text, n.end, mention.start) and _FROM.search(text, max(0, n.start - 8), n.start)
           for n in numbers if n is not mention and n.sentence == mention.sentence):
        return True
    mine = _named(mention)
    earlier = (_named(n) for n in _others(mention, numbers))
    return mine is not None and any(period is not None and period.first < mine.first for period in earlier)


# "Victim survey results for July to September 2026 had not been received when this statement
# was written": the period's figures were not in, so the paragraph quotes an earlier period's.
_NOT_IN_YET = re.compile(
    r"\b(?:ha[sd]|have|were|was|are|is)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:received|available|published|returned)\b"
    r"|\b(?:not\s+yet|still\s+to\s+be|yet\s+to\s+be)\s+(?:received|available|published|returned)\b"
    r"|\b(?:are|were|was)\s+(?:delayed|late|awaited)\b",
    re.IGNORECASE)
# Other words for it, said of results ("The survey for July to September 2026 has been
# delayed", "… are not expected until January", "… arrived too late for this statement").
_LATE = re.compile(
    r"\b(?:is|are|were|was|ha[sd]\s+been|have\s+been)\s+(?:delayed|late|awaited|postponed|held\s+up)\b"
    r"|\bnot\s+(?:expected|due)\s+(?:until|before)\b"
    r"|\b(?:will|would)\s+not\s+be\s+(?:received|available|published|returned|ready)\s+(?:until|before)\b"
    r"|\b(?:arrived|came|come|received)\s+too\s+late\b",
    re.IGNORECASE)
_RESULTS = re.compile(r"\b(?:results?|survey|surveys|figures|data|statistics)\b", re.IGNORECASE)
# "Results for this quarter are not yet available": the quarter the statement reports.
_REPORTED_QUARTER = re.compile(r"\b(?:this|the\s+current|the\s+latest)\s+(?:quarter|reporting\s+period)\b",
                               re.IGNORECASE)


def periods_said_not_in(text: str, current: Period | str | None = None) -> list[PeriodPhrase]:
    """The periods a paragraph says its figures for had not come in when it
    was written ("results for July to September 2026 had not been received",
    "the survey for July to September 2026 has been delayed"): each phrase
    naming one in a clause that says so, "this quarter" being ``current``
    (the quarter the statement reports), when given."""
    found = []
    for clause in re.finditer(r"[^.!?;]+[.!?;]?", text):
        words = clause.group()
        if not (_NOT_IN_YET.search(words) or _LATE.search(words) and _RESULTS.search(words)):
            continue
        named = [PeriodPhrase(p.text, p.start + clause.start(), p.end + clause.start(), p.style, p.period)
                 for p in find_periods(words) if p.period is not None]
        this = _REPORTED_QUARTER.search(words) if current is not None and not named else None
        if this is not None:
            named = [PeriodPhrase(this.group(), this.start() + clause.start(), this.end() + clause.start(),
                                  "relative", Period.parse(str(current)))]
        found += named
    return found


def phrase_after(context: SentenceContext, mention: NumberMention) -> PeriodPhrase | None:
    """The period phrase named right after a change, before any other number: what
    it is measured against ("up 0.9 percentage points on the previous quarter")."""
    end = mention.end - context.start_char
    phrase = next((p for p in context.phrases if p.start >= end), None)
    if phrase is None or any(ch.isdigit() for ch in context.text[end:phrase.start]):
        return None
    return phrase


def on_the_quarter_before(context: SentenceContext, mention: NumberMention, candidate) -> bool:
    """A change said to be on the quarter before ("rose by 7.5% on the previous quarter",
    "Compared with the previous quarter, … rose by 7.5%"), matched to a change on a year before."""
    phrase = phrase_after(context, mention) or next(
        (p for p in context.phrases if _OPENING_COMPARISON.fullmatch(context.text[:p.start])
         and p.end <= mention.start - context.start_char), None)
    return phrase is not None and phrase.relative and phrase.offset == -3 and candidate.kind == "change"


# A sentence opening on what it compares with: "Compared with the previous quarter, …".
# The words a sentence opens on, or a change is followed by, to name what it is measured from.
COMPARED_WITH = r"(?:compared\s+(?:with|to)|against)"
_OPENING_COMPARISON = re.compile(rf"\s*{COMPARED_WITH}\s+", re.IGNORECASE)


def compared_after(context: SentenceContext, mention: NumberMention, period: Period) -> str | None:
    """:func:`phrase_after`'s period ("up 0.9 percentage points on the previous quarter
    (76.5%) and 5.0 points higher than a year earlier"), resolved against ``period``."""
    phrase = phrase_after(context, mention)
    resolved = phrase.resolve(period) if phrase is not None else None
    return str(resolved) if resolved is not None else None


def compared_base(period: str, periods: list[str]) -> str | None:
    """The earlier period a sentence compares ``period`` with (``periods``: those
    it names): "" for a year earlier, named or not; one earlier period as long
    ("on the previous quarter", "than in April to June 2025"); else None, a
    comparison with some other period ("since 2019") that is left alone."""
    others = {p for p in periods if p not in (period, str(Period.parse(period).previous_year()))}
    if not others:
        return ""
    base, now = Period.parse(min(others)), Period.parse(period)
    return str(base) if len(others) == 1 and base.months_long == now.months_long and base.before(now) else None
