"""Finding the numbers in a paragraph and saying what each one is.

Digits are found with regular expressions (exact offsets, every format the statements use: ``65,450``,
``65 450`` (:mod:`drafter.figures.exact`), ``18.5%``, ``£2 million``, ``15.4 per million``); spaCy's entities
(CARDINAL, PERCENT, MONEY, QUANTITY) add numbers written in words, ``fractions`` changes such as "by a third".
A year (``in 2022``) and a duration (``6 months``) are told from a figure by the words around them, and the
parser tells ``2000 weapons`` (a count) from ``Order 2021`` (a year).

Kinds: ``count``, ``percent``, ``points`` (a difference in percentage points), ``rate`` (with ``per``: 1,000,000,
100,000 or 1,000), ``money`` are figures; ``year``, ``period`` (``2021/22``), ``duration`` (``6 months``, ``18 to 35
years old``), ``label`` (``priority 1``), ``ordinal`` (``1st``), ``date`` (``14 October``, ``12/09/2026``) and ``phone``
(``0800 555 111``, ``call 101``: :mod:`drafter.claims.not_figures`) are not. ``small`` is a whole number up to ten:
checked against the figures but not reported when nothing matches (``two recommendations``). A range
("between 130 and 140") is read by :mod:`drafter.claims.ranges`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from drafter.claims.fractions import fraction_mentions
from drafter.claims.not_figures import not_figure_spans
from drafter.claims.points import bare_points
from drafter.claims.ranges import read_ranges
from drafter.claims.rate_units import find_rate_units, give_rates_their_numbers
from drafter.claims.number_words import count_before_when, none_mentions, parse_number_words, part_of_scale
from drafter.figures.exact import SPACED_THOUSANDS, without_separators
from drafter.figures.period_text import MONTH_NUMBERS
from drafter.figures.welsh_period_text import WELSH_MONTHS
from drafter.nlp import text_of

FIGURE_KINDS = ("count", "percent", "points", "rate", "money")
CHECKED_KINDS = FIGURE_KINDS + ("small",)
SMALL_LIMIT = 10

_NUMBER = re.compile(
    rf"(?:(?<![\w.])|(?<=\bc\.)|(?<=\bca\.))(?P<currency>[£$€]\s?)?(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|"
    rf"(?P<spaced>{SPACED_THOUSANDS})(?:\.\d+)?|\d+(?:\.\d+)?)"
)
_MULTIPLIERS = {"thousand": 1e3, "k": 1e3, "million": 1e6, "miliwn": 1e6, "m": 1e6,  # Welsh too: "£1.2 miliwn"
                "billion": 1e9, "biliwn": 1e9, "bn": 1e9}
_MULTIPLIER = re.compile(rf"\s?(?P<word>{'|'.join(sorted(_MULTIPLIERS, key=len, reverse=True))})\b"
                         r"(?!\s+(?:fun\s+)?(?:runs?|races?|walks?|rides?)\b)", re.IGNORECASE)  # "255.6k crimes", not "a 5k run"
_PERCENT = re.compile(r"\s?(?:%|per\s?cent\b|percent\b|y\s+cant\b)", re.IGNORECASE)  # "12 y cant": Welsh
_POINTS = re.compile(r"\s?(?:percentage|%|per\s?cent(?:age)?)\s+points?\b|\s?(?:pp|ppts?)\b"  # Welsh too:
                     r"|\s+(?:o\s+)?(?:p|b|ph|mh)wynt(?:iau)?\s+canran\b", re.IGNORECASE)  # "o bwyntiau canran"
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
_FINANCIAL_YEAR = re.compile(r"(?<![\w/])(?P<start>(?:19|20)\d{2})[/\-–](?P<end>\d{2})(?![\w/])")
_CURRENCY_ONLY_MULTIPLIERS = ("m", "bn")

APPROXIMATE_WORDS = (
    "around", "about", "approximately", "approx", "nearly", "almost", "over", "under", "some",
    "roughly", "circa", "more than", "less than", "fewer than", "up to", "at least", "at most",
    "in excess of", "just over", "just under", "upwards of", "close to", "c.", "ca.", "~",
    "passed", "exceeded", "topped", "surpassed",
)
# Of those, the words that give a bound rather than a round figure: "more than 1,500" is 1,500 to
# 1,600, "fewer than 1,500" 1,400 to 1,500 (a step of the last digit written), "nearly 1,500" 1,450 to 1,500.
ABOVE_WORDS = ("over", "more than", "at least", "in excess of", "just over", "upwards of",
               "passed", "exceeded", "topped", "surpassed")  # "Knife offences passed 3,500": a threshold crossed
BELOW_WORDS = ("nearly", "almost", "under", "less than", "fewer than", "up to", "at most", "just under")
_INCLUSIVE = re.compile(r"\b(?:at\s+least|up\s+to|at\s+most|passed|no\s+(?:more|fewer|less)\s+than)\s*[£$€]?\s?$",
                        re.IGNORECASE)
_CLOSE = re.compile(r"\b(?:nearly|almost|just\s+over|just\s+under)\s*[£$€]?\s?$", re.IGNORECASE)
# A number right after one of these names something ("priority 1", "stage 2").
LABEL_WORDS = frozenset({
    "priority", "priorities", "paragraph", "paragraphs", "para", "section", "sections", "stage",
    "phase", "tier", "level", "item", "items", "page", "pages", "grade", "category", "step",
    "chapter", "article", "schedule", "annex", "appendix", "table", "figure", "option", "round",
    "wave", "part", "band", "type", "class", "recommendation", "cohort", "ward", "operation",
})
_LIST_JOINERS = frozenset({",", "and", "or", "to", "-", "–", "&", "/"})
_MONTHS = frozenset(MONTH_NUMBERS)

_NUMBER_ENTITIES = ("CARDINAL", "PERCENT", "MONEY", "QUANTITY")


@dataclass
class NumberMention:
    """A number as written in a paragraph, with what it is and (after checking) its status.

    ``start``/``end`` are character offsets in the paragraph text; ``token``
    indexes the (first) number token in the paragraph's spaCy doc.
    ``status`` is ``verified``, ``stale``, ``unverified``, ``wrong`` or
    ``not-a-figure``; ``source``, ``measure``, ``period``, ``derivation`` and
    ``matched`` say what it matched (see :mod:`drafter.claims.matching`).
    """

    text: str
    start: int
    end: int
    value: float
    kind: str
    decimals: int = 0
    approximate: bool = False
    bound: str | None = None  # "above" ("more than 1,500") or "below" ("nearly 1,500")
    close: bool = False  # the bound is close by: "nearly", "almost", "just over", "just under"
    inclusive: bool = False  # the bound takes in its own number: "at least", "up to", "at most", "passed"
    per: float | None = None
    in_words: bool = False
    spread: float | None = None  # a fraction in words ("by a third"): how far from it still counts
    range_with: Any = field(default=None, repr=False, compare=False)  # "between 130 and 140": the other end
    plain: bool = False  # bare digits: no separator, decimals, currency or suffix
    token: int = 0
    sentence: tuple[int, int] = (0, 0)  # token range of its sentence
    status: str = "not-a-figure"
    source: str | None = None
    measure: str | None = None
    period: str | None = None
    derivation: str | None = None
    role: str = "current"  # or "base": what something else is compared with; or "difference"
    period_named: bool = False  # the period is named beside the number
    period_stated: bool = False  # named earlier in its sentence, for it ("In Q3 2025/26 there were 112")
    period_style: str | None = None  # how its sentence names the period (figures.period_text)
    presented_for: str | None = None  # stale: the period its words present it as (its paragraph's, or the review's)
    named_earlier: bool = False  # an earlier period its words name on purpose; checked statement-wide
    table_cell: bool = False  # alone in a cell of a table whose columns are headed by periods (claims.tables)
    matched: Any = field(default=None, repr=False, compare=False)  # the Derived value it is
    twin: Any = field(default=None, repr=False, compare=False)  # in Welsh: the English paragraph's number
    paragraph: Any = field(default=None, repr=False, compare=False)

    @property
    def is_figure(self) -> bool:
        return self.kind in FIGURE_KINDS

    @property
    def checked(self) -> bool:
        return self.kind in CHECKED_KINDS

    @property
    def tolerance(self) -> float:
        """How far a value may be from this one and still be what it rounds to."""
        if self.spread is not None:
            return self.spread
        unit = 10.0 ** -self.decimals
        written = re.search(r"\d+(?:\.\d+)?", without_separators(self.text))
        if written and not self.in_words and float(written.group()) not in (0.0, self.value):
            # "£2 million", "2.92 million": the last written digit stands for millions.
            unit *= self.value / float(written.group())
        if self.approximate and self.decimals == 0:
            unit = max(unit, _last_significant_unit(self.value))
        return unit / 2 + 1e-9

    def matches(self, value: float) -> bool:
        if self.bound == "above" and (self.decimals == 0 or self.spread is not None):  # "more than a quarter" too
            return self.value - 1e-9 <= abs(value) <= self.value + 2 * self.tolerance
        if self.bound == "below" and (self.decimals == 0 or self.value == round(0.1 ** self.decimals, 9)):
            # "nearly 4,500" is within half a step of it; "less than 0.1%" (too small to show) is down to 0.0
            reach = self.value if self.decimals else self.tolerance if self.close else 2 * self.tolerance
            return self.value - reach <= abs(value) <= self.value + 1e-9
        return abs(abs(value) - self.value) <= self.tolerance

    def on_its_bounds_side(self, value: float) -> bool:
        """Whether ``value`` lies where the bound word puts it, within a factor of two: "more than
        3,400" holds of 3,547, "fewer than 3,000" of 2,100; a close bound ("nearly 1,500", "just
        over 150") holds only within :meth:`matches`'s step; always False for a number with no bound."""
        if self.close:
            return self.bound is not None and self.matches(value)
        size = abs(value)
        # Strictly beyond it ("more than 156" is not 156), and within a factor of two: "more than 354" of
        # 3,547 is a digit dropped, not a loose bound.
        if self.bound == "above":
            return (size >= self.value if self.inclusive else size > self.value) and size <= 2 * self.value
        if self.bound == "below":
            return (size <= self.value if self.inclusive else size < self.value) and size >= self.value / 2
        return False

    def with_its_bound(self, text: str) -> str:
        """The number as written with its bound word ("fewer than 3,000"), from its paragraph's ``text``."""
        before = text[max(0, self.start - 20):self.start].lower()
        said = max((word for word in APPROXIMATE_WORDS if re.search(rf"(?:^|\W){re.escape(word)}\s*$", before)),
                   key=len, default="")
        return text[self.start - len(before) + before.rfind(said):self.end] if said else self.text

    def display(self) -> str:
        return self.text


def _last_significant_unit(value: float) -> float:
    number = int(round(value))
    if number == 0:
        return 1.0
    unit = 1
    while number % 10 == 0:
        number //= 10
        unit *= 10
    return float(unit)


def extract_numbers(text: str, doc=None) -> list[NumberMention]:
    """Every number in ``text``, classified; ``doc`` is its spaCy parse (None: regex only)."""
    mentions: list[NumberMention] = []
    taken: list[tuple[int, int]] = []
    rate_units = find_rate_units(text)
    taken.extend((start, end) for start, end, *_ in rate_units)

    for start, end, kind in not_figure_spans(text):  # "0800 555 111", "14 to 20 October"
        if not _overlaps(taken, start, end):
            digits = re.sub(r"\D", "", text[start:end])[:15]
            mentions.append(NumberMention(text[start:end], start, end, float(digits or 0), kind))
            taken.append((start, end))

    for match in _FINANCIAL_YEAR.finditer(text):
        if _overlaps(taken, match.start(), match.end()):
            continue
        mentions.append(NumberMention(match.group(), match.start(), match.end(),
                                      float(match.group("start")), "period"))
        taken.append((match.start(), match.end()))

    found = _NUMBER.search(text)
    while found is not None:
        match = found
        if match.group("spaced") and _label_before(text, match.start()):  # "priority 2 150 officers": two numbers
            match = _NUMBER.match(text, match.start(), match.start() + len(re.match(r"\d+", match["spaced"])[0]))
        start, end = match.start(), match.end()
        found = _NUMBER.search(text, end)
        if _overlaps(taken, start, end):
            continue
        mention = _digits_mention(text, match)
        if mention is not None:
            mentions.append(mention)
            taken.append((mention.start, mention.end))

    if doc is not None:
        mentions.extend(_word_mentions(doc, taken))
    mentions.extend([*fraction_mentions(text, taken), *none_mentions(text, taken)])
    mentions.sort(key=lambda m: m.start)
    for mention in mentions:
        _place(mention, doc)
    _classify(mentions, text, doc, rate_units)
    return mentions


def _label_before(text: str, start: int) -> bool:
    words_before = re.findall(r"[a-z]+", text[max(0, start - 25):start].lower())
    return bool(words_before) and words_before[-1] in LABEL_WORDS


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start < span_end and span_start < end for span_start, span_end in spans)


def _digits_mention(text: str, match: re.Match) -> NumberMention | None:
    start, end = match.start(), match.end()
    number = match.group("num")
    currency = bool(match.group("currency"))
    before = text[start - 1] if start else ""
    after = text[end:end + 1]
    if before == "-" and start >= 2 and text[start - 2].isalpha():
        kind = "label"  # COVID-19, M6-5
    elif _ORDINAL_SUFFIX.match(text, end):
        end = _ORDINAL_SUFFIX.match(text, end).end()
        kind = "ordinal"
    elif after.isalpha() and not _MULTIPLIER.match(text, end) and not _POINTS.match(text, end):
        kind = "label"  # 4G, 3D
    else:
        kind = ""
    value = float(without_separators(number))
    decimals = len(number.split(".")[1]) if "." in number else 0
    if not kind:
        multiplier = _MULTIPLIER.match(text, end)
        if multiplier and (currency or multiplier.group("word").lower() not in _CURRENCY_ONLY_MULTIPLIERS):
            value *= _MULTIPLIERS[multiplier.group("word").lower()]
            end = multiplier.end()
        points = _POINTS.match(text, end) or bare_points(text, start, end, decimals)
        percent = _PERCENT.match(text, end)
        if points and not currency:
            end = points.end()
            kind = "points"
        elif percent:
            end = percent.end()
            kind = "percent"
        elif currency:
            kind = "money"
    plain = not currency and number.isdigit() and end == match.end()
    return NumberMention(text[start:end], start, end, value, kind, decimals=decimals, plain=plain)


def _word_mentions(doc, taken: list[tuple[int, int]]) -> list[NumberMention]:
    found: list[NumberMention] = []
    for entity in doc.ents:
        entity = count_before_when(entity) if entity.label_ == "DATE" else entity
        if entity is None or entity.label_ not in _NUMBER_ENTITIES or any(ch.isdigit() for ch in entity.text):
            continue
        tokens = [t for t in entity if t.like_num or (t.text == "-" and 0 < t.i - entity.start)]
        while tokens and not tokens[-1].like_num:
            tokens.pop()
        if not tokens:
            continue
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        value = parse_number_words(text_of(doc)[start:end])
        if value is None or _overlaps(taken, start, end):
            continue
        start, value = part_of_scale(text_of(doc), start, end, value)
        unit = re.match(r"\s*(?:per\s?cent|percent)\b", text_of(doc)[end:end + 10], re.IGNORECASE)  # said whole
        end += unit.end() if unit else 0
        found.append(NumberMention(text_of(doc)[start:end], start, end, value, "percent" if unit else "", in_words=True))
    return found


def _place(mention: NumberMention, doc) -> None:
    if doc is None:
        return
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return
    digits = [t for t in span if t.like_num] or list(span)
    token = digits[0]
    mention.token = token.i
    mention.sentence = (token.sent.start, token.sent.end)


def _classify(mentions: list[NumberMention], text: str, doc, rate_units) -> None:
    for mention in mentions:
        mention.approximate = _approximate(text, mention.start)
        mention.bound = _bound(text, mention.start) if mention.approximate else None
        mention.close = mention.bound is not None and bool(_CLOSE.search(text[max(0, mention.start - 20):mention.start]))
        mention.inclusive = mention.bound is not None and bool(_INCLUSIVE.search(text[max(0, mention.start - 20):mention.start]))
    give_rates_their_numbers(mentions, text, rate_units)
    previous: NumberMention | None = None
    for mention in mentions:
        if not mention.kind:
            mention.kind = _plain_kind(mention, text, doc, previous)
        previous = mention
    read_ranges(mentions, text)


def _approximate(text: str, start: int) -> bool:
    before = re.sub(r"[£$€]\s?$", "", text[max(0, start - 20):start]).lower().rstrip()
    return any(re.search(rf"(?:^|\W){re.escape(word)}$", before) for word in APPROXIMATE_WORDS)


def _bound(text: str, start: int) -> str | None:
    before = re.sub(r"[£$€]\s?$", "", text[max(0, start - 20):start]).lower().rstrip()
    for side, words in (("above", ABOVE_WORDS), ("below", BELOW_WORDS)):
        if any(re.search(rf"(?:^|\W){re.escape(word)}$", before) for word in words):
            return side
    return None


def _plain_kind(mention: NumberMention, text: str, doc, previous: NumberMention | None) -> str:
    """Kind of a bare number (no %, no currency, no rate unit)."""
    token = doc[mention.token] if doc is not None and len(doc) > mention.token else None
    if _label_before(text, mention.start):
        return "label"
    if previous is not None and previous.kind == "label":
        joiner = text[previous.end:mention.start].strip().lower()
        if joiner in _LIST_JOINERS:
            return "label"
    if mention.decimals == 0 and 1 <= mention.value <= 31 and not mention.in_words \
            and _DAY_OF_MONTH.match(text, mention.end):
        return "date"  # "Last updated: 14 October 2026"
    if mention.plain and 1900 <= mention.value <= 2100 and not mention.in_words:
        after_determiner = token is not None and token.i > 0 and token.doc[token.i - 1].lower_ in _DETERMINERS
        counted = mention.approximate and not _opens_with_a_year(token)
        if not after_determiner and (counted or _number_counts_noun(token)):
            return "count"  # "around 2000 weapons", "1950 officers"
        return "year"       # "in 2022", "the Order 2021", "the 2019 survey results"
    if mention.decimals == 0 and _counts_time(token):
        return "duration"
    if mention.value <= SMALL_LIMIT and mention.decimals == 0:
        return "small"
    return "count"


# Month names as dates write them, in English and Welsh ("14 October", "31 Mawrth"); "May" may be
# the verb ("5 May be"): only a year or the clause's end after it makes it the month.
_MONTH_NAMES = "|".join([*(name.capitalize() for name in MONTH_NUMBERS if name != "may"), *WELSH_MONTHS])
_DAY_OF_MONTH = re.compile(rf"(?:st|nd|rd|th)?\s+(?:(?:{_MONTH_NAMES})\b"
                           r"|May\b\.?(?:\s+(?:19|20)\d\d\b|\s*$|\s*[,.;)]))")
_DETERMINERS = frozenset({"the", "this", "that", "its", "our", "their", "his", "her", "a", "an"})
_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "fortnight", "month",
                         "quarter", "year", "decade", "century", "yr", "hr"})
_RANGE_WORDS = frozenset({"to", "-", "–", "and", "or"})
_OPENS_CLAUSE = ("DET", "PRON", "PROPN")


def _counts_time(token) -> bool:
    """"6 months", "24 hours", "18 to 35 years old", "the last 2 decades"."""
    if token is None:
        return False
    doc = token.doc
    index = token.i + 1
    while index < len(doc) and (doc[index].like_num or doc[index].lower_ in _RANGE_WORDS):
        index += 1
    if index >= len(doc):
        return False
    following = doc[index]
    return following.lemma_.lower() in _TIME_UNITS or following.lower_.rstrip("s") in _TIME_UNITS


def _opens_with_a_year(token) -> bool:
    """"Over 2025 the force closed ...", "Over 2025 there were 590", "Over 2025 as a whole there were
    185": a year opening a sentence, where "over" means "during", not "more than" (the next word, no
    noun it counts, starts the clause or says "as a whole")."""
    if token is None or token.i != token.sent.start + 1 or token.i + 1 >= len(token.doc):
        return False
    following = token.doc[token.i + 1]
    return token.doc[token.i - 1].lower_ == "over" and (following.text == "," or following.pos_ in _OPENS_CLAUSE
                                                        or following.lower_ == "as")


def _number_counts_noun(token) -> bool:
    """True for "2000 weapons" (a number counting a plural noun), not "Order 2021"."""
    if token is None:
        return False
    head = token.head
    return token.dep_ == "nummod" and head.tag_ in ("NNS", "NNPS") and head.lower_ not in _MONTHS

