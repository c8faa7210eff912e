"""A running total's span: the words by which a count's sentence gives it a
span of its own that is no reporting period ("since April 2026", "so far
this financial year", "year to date", "in total", "over the past six
months", "since the scheme began"), or the words by which it counts part of
a quarter, a month or two named alone ("in November", "during October and
November 2025"). Such a count is never dated by its paragraph, so never held
to the quarter the paragraph names, nor moved to the next one by copy
forward."""

from __future__ import annotations

import re

from drafter.figures.half_year_names import half_year, half_year_quarters, half_years
from drafter.figures.period_text import MONTH_NUMBERS, find_periods, when_data_was_drawn
from drafter.figures.periods import Period

# Words giving a count its own span.
_OWN_SPAN = re.compile(
    r"\bsince\b|\bso\s+far(?:\s+(?:this\s+(?:financial\s+)?year|in\s+\d{4}(?:/\d{2,4})?))?\b|\b(?:financial[\s-]+)?year[\s-]+to[\s-]+date\b|(?<!up )\bto\s+date\b|"
    r"\b(?:fy)?ytd\b|\bin\s+total\b|\baltogether\b|\bcumulative(?:ly)?\b|\brunning\s+total\b|"
    r"\bthis\s+(?:financial\s+)?year\b|"
    r"\b(?:over|in|during|across)\s+the\s+(?:past|last|previous)\s+(?:\d+|[a-z]+)\s+(?:weeks|months|years|quarters)\b"
    # "in the last three months of 2024" is that year's last quarter, no running total
    r"(?!\s+of\s+(?:the\s+)?(?:financial\s+year\s+)?(?:19|20)\d\d)",
    re.IGNORECASE)
_MONTH = "(?:" + "|".join(sorted((name.capitalize() for name in MONTH_NUMBERS), key=len, reverse=True)) + ")"
_MONTH_WORD = re.compile(rf"\b{_MONTH}\b")  # "Oct", never the start of "Octavia" or "Decision"
_TO_MONTH = re.compile(rf"\b(?:to|until|till|through|up\s+to)\s+(?:the\s+end\s+of\s+)?({_MONTH})\b")
# A month or two named alone, capitalised ("may" is a verb): part of a quarter, not the quarter.
_OWN_MONTHS = re.compile(rf"\b(?i:in|during|throughout|over|for|across)\s+(?:(?:early|late|mid)[\s-]+)?"
                         rf"{_MONTH}\b(?:\s+(?:and|or|&)\s+{_MONTH}\b)?(?:\s+(?:19|20)\d\d\b)?")
# "The lowest number since 2019", "the first time since 2021": "since" dating a comparison, not a total.
_RECORD_BEFORE = re.compile(r"\b(?:lowest|highest|fewest|most|least|best|worst|first\s+time)\b(?:\s+\w+){0,3}\s+$",
                            re.IGNORECASE)


def own_span(sentence: str, at: int | None = None) -> str | None:
    """The words by which a count's sentence gives it a span of its own, a
    running total's ("since April 2026", "so far this year") or a half
    year's ("in the first half of 2026/27", "April to September 2026": of a
    count at ``at``, the last one named before it); None when it gives none,
    and the count may be dated by its paragraph."""
    found = next((m for m in _OWN_SPAN.finditer(sentence)
                  if not (m.group(0).lower() == "since" and _RECORD_BEFORE.search(sentence[:m.start()]))
                  and not _ends_in_a_named_month(sentence, m)), None)
    if found is None:
        return _half_year_of(sentence, at) or own_months(sentence)
    if found.group(0).lower() != "since":  # "financial year to date", "so far this year": the words themselves
        return found.group(0)
    # what it is since, as written, to the end of their phrase: "since the scheme began"
    words = re.split(r"[,.;:()]", sentence[found.start():], maxsplit=1)[0].split()
    return " ".join(words[:6])


# A total for the financial year so far: "so far in 2026/27", "so far this financial year",
# "financial year to date", "FYTD", or "since April 2026" where April 2026 opens the financial year.
_SO_FAR_IN = re.compile(r"\bso\s+far\s+in\s+(?P<fy>(?:19|20)\d{2})\s*/\s*(?P<end>\d{2}|\d{4})\b", re.IGNORECASE)
_THIS_FINANCIAL_YEAR = re.compile(r"\bso\s+far\s+this\s+financial\s+year\b|\bfinancial[\s-]+year[\s-]+to[\s-]+date\b"
                                  r"|\bfytd\b", re.IGNORECASE)
SO_FAR_BEFORE = re.compile(r"\b(?:so\s+far\s+(?:in|during|this)\s+(?:the\s+)?|since\s+(?:the\s+(?:start|beginning)\s+of\s+)?"
                           r"(?:1(?:st)?\s+)?(?:January|April)\s+)$", re.IGNORECASE)
"""Words before a year that make it the year a running total runs through ("so far in 2026",
"since April 2026")."""
_SO_FAR_IN_CALENDAR_YEAR = re.compile(r"\bso\s+far\s+in\s+(?P<year>(?:19|20)\d{2})\b(?!\s*[/\-–]\s*\d)", re.IGNORECASE)
_SINCE_JANUARY = re.compile(r"^since\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?:1(?:st)?\s+)?January\s+(?P<year>(?:19|20)\d{2})\b",
                            re.IGNORECASE)
_SINCE_APRIL = re.compile(r"^since\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?:1(?:st)?\s+)?April\s+(?P<year>(?:19|20)\d{2})\b",
                          re.IGNORECASE)


def _runs_to_another_month(sentence: str, main) -> bool:
    """Whether the sentence names a month after the statement's quarter in its financial year ("so far
    this financial year, to the end of October" in a statement on July to September), or ends the
    total at a month before the quarter's last ("to the end of August"): not the sum of the year's
    quarters up to the statement's."""
    so_far = {(month - 1) % 12 + 1 for month in range(4, 4 + 3 * main.financial_quarter)}
    if any(MONTH_NUMBERS[found.lower()] not in so_far for found in _MONTH_WORD.findall(sentence)):
        return True
    last = (4 + 3 * main.financial_quarter - 2) % 12 + 1
    return any(MONTH_NUMBERS[found.lower()] != last for found in _ENDS_AT_MONTH.findall(sentence))


_ENDS_AT_MONTH = re.compile(rf"\b(?:to|until|till|up\s+to)\s+the\s+end\s+of\s+({_MONTH})\b", re.IGNORECASE)


def counts_year_to_date(span: str | None, main, sentence: str = "") -> tuple[str, tuple] | None:
    """For a count given for the financial or calendar year so far (``span`` from
    :func:`own_span`, ``main`` the statement's quarter), the words saying so and the quarters
    it adds up: ("so far in 2026/27", (2026-Q2, 2026-Q3)) and ("so far in 2026", (2026-Q1,
    2026-Q2, 2026-Q3)) in a statement on July to September 2026; None for other words, or a
    year the statement's quarter is not in."""
    if not span or main is None or main.financial_quarter is None:
        return None
    calendar = _SO_FAR_IN_CALENDAR_YEAR.search(span) or _SINCE_JANUARY.match(span.strip())
    if calendar:  # "so far in 2026", "since January 2026": the calendar year's quarters so far
        ending = {MONTH_NUMBERS[found.lower()] for found in _TO_MONTH.findall(sentence)}  # "to the end of November"
        if int(calendar["year"]) != main.end.year or any(month != main.end.month for month in ending):
            return None
        return calendar.group(0), main.year_to_date(financial=False)
    if _runs_to_another_month(sentence, main):
        return None
    opens = main.financial_year_start
    named = _SO_FAR_IN.search(span)
    since = _SINCE_APRIL.match(span.strip())
    this_year = _THIS_FINANCIAL_YEAR.search(span)
    if named:
        if int(named["fy"]) != opens or int(named["end"]) % 100 != (opens + 1) % 100:
            return None
    elif since:
        if int(since["year"]) != opens:
            return None
    elif not this_year:
        return None
    return (named or since or this_year).group(0), main.year_to_date()


def dating_phrases(text: str, phrases, review_period: str | None) -> list:
    """``phrases`` (periods ``text`` names) but for the year a total to date runs through, where it
    is the statement's ("so far in 2026", "since April 2026"): it dates no figure of the sentence. An
    earlier year's ("so far in 2026" in a statement on 2027) is that year's whole total, as written."""
    main = Period.parse(review_period) if review_period else None

    def runs_through(phrase) -> bool:
        said = SO_FAR_BEFORE.search(text, 0, phrase.start)
        if said is None or main is None or phrase.period is None:
            return False
        financial = phrase.period.start.month == 4 or "april" in said.group(0).lower()
        return phrase.period.start.year == (main.financial_year_start if financial else main.end.year)

    return [phrase for phrase in phrases if not runs_through(phrase)]


def counts_a_year_so_far(sentence: str, at: int, main: str | None) -> bool:
    """Whether the count at ``at`` of ``sentence`` is a total for the year so far that review adds
    up from the quarters of the statement's year (``main``, its period): no one figure is for it."""
    return main is not None and counts_year_to_date(own_span(sentence, at), Period.parse(main), sentence) is not None


def own_span_of(doc, mention) -> str | None:
    """:func:`own_span` of ``mention``'s sentence, read for the number itself: of two half
    years its sentence names ("1,002 in the first half of 2026, from 1,074 in the first half
    of 2025"), the one beside it."""
    start = doc[mention.sentence[0]]
    return own_span(doc[mention.sentence[0]:mention.sentence[1]].text, mention.start - start.idx)


def counts_half_a_year(sentence: str, at: int, main) -> tuple[str, tuple | None] | None:
    """For a count at ``at`` that its sentence gives half a year's span: the words naming the
    half and its two quarters (None where the words leave them unknown, "the first half of
    the year"), "the same half" read by ``main``, the statement's period; None for any other count."""
    words = own_span(sentence, at)
    return (words, half_year_quarters(words, main)) if words and half_year(words) else None


def _half_year_of(sentence: str, at: int | None) -> str | None:
    """The half year a count at ``at`` is for: named just after it ("9 in the same half
    of 2025/26"), else the last named before it, else the first its sentence names."""
    halves = half_years(sentence)
    if at is None or not halves:
        return halves[0][2] if halves else None
    after = [words for start, _, words in halves if 0 <= start - at <= 40]
    before = [words for start, _, words in halves if start < at]
    return (after or before[-1:] or [halves[0][2]])[0]


def _ends_in_a_named_month(sentence: str, span: re.Match) -> bool:
    """Whether "the last 12 months" is the year its sentence names by its end
    ("over the last 12 months (to March 2026)", "the past three months to
    June 2026"): a reporting period, not a running total."""
    if not _ROLLING_WORDS.search(span.group(0)):
        return False
    return any(p.style in ("year_ending", "quarter_ending") and p.start < span.end() and span.start() < p.end
               for p in find_periods(sentence))


_ROLLING_WORDS = re.compile(r"\b(?:past|last|previous)\b", re.IGNORECASE)


def own_months(sentence: str) -> str | None:
    """The words by which a sentence counts a month or two named alone ("in
    November", "during October and November 2025"), never a reporting period
    ("in April to June 2026", "between April and June"); None when it names none."""
    periods = [(p.start, p.end) for p in find_periods(sentence) if not p.relative]
    for match in _OWN_MONTHS.finditer(sentence):
        start, end = match.span()
        # its own year is read as a year ("November 2025"); a period reaching past it is the period's
        if any(start < b and a < end and not (start <= a and b <= end) for a, b in periods) or \
                re.match(r"\s*(?:to|until|till|-|–|—)\s", sentence[end:]) or \
                re.match(rf"\s*,\s*{_MONTH}\b", sentence[end:]) or when_data_was_drawn(sentence, start):
            continue  # "in April to June 2026", "in June to August", "during July, August and September",
            # "(data extracted in July 2026)"
        return match.group(0)
    return None


def counts_months(span: str | None) -> bool:
    """Whether ``span`` (from :func:`own_span`) names a month or two, not a running total."""
    return bool(span) and _OWN_MONTHS.fullmatch(span) is not None


def span_words(span: str) -> str:
    """How a finding names a count's own span: "a total 'since April 2026'",
    "a count for 'in November' alone", "half a year's count ('the first half of 2026/27')"."""
    if half_year(span):
        return f"half a year's count ('{span}')"
    return f"a count for '{span}' alone" if counts_months(span) else f"a total '{span}'"
