"""Filled sentences worded as no reader would publish them, though review reads
their figures: a word run into a figure ("up from50"), a signed value beside the
words giving its direction ("-49.3% below"), a difference of none given a direction
("0 more than in the previous quarter"), a count of one with a plural ("1
homicides"), a rate of a count that is not none written as "0.0 per 1,000", an
article typed before a figure that takes the other one ("a 8.3% fall").
`figures templates --check` names each with its template's file and line."""

from __future__ import annotations

import re

from drafter.fill.wording import noun, with_article

RUN_TOGETHER = "run-together"
"""A word and a figure with no space between them ("up from50"): review reads
the figure, but no reader would publish the sentence."""

# Two letters then a digit, or a digit then two letters that are no ordinal's ("2nd").
_WORD_JOINED_TO_FIGURE = re.compile(r"[^\W\d_]{2,}\d|\d(?!(?:st|nd|rd|th)\b)[^\W\d_]{2,}")

SIGNED = "signed-figure"
"""A minus sign on a figure whose words give its direction ("-49.3% below the
national rate", "a fall of -3.1%"): a signed value printed where its size was meant."""
_DIRECTION_AFTER = r"(?:below|above|lower|higher|fewer|more|less|down|up|under|over)\b"
_SIGNED_FIGURE = re.compile(
    r"(?<![\w.])[-\u2212]\d[\d,]*(?:\.\d+)?(?:%|\s+per\s+cent|\s+(?:percentage\s+)?points?)?\s+" + _DIRECTION_AFTER
    + r"|\b(?:fall|rise|increase|decrease|reduction|drop|cut|down|up|by)\s+(?:of\s+)?[-\u2212]\d[\d,.]*%?",
    re.IGNORECASE)

NO_CHANGE = "no-change-compared"
"""A difference of none given a direction ("0 more than in the previous quarter"): the
arithmetic holds, but no reader would publish it; the figures are the same."""
_NONE_MORE = re.compile(r"(?<![\w.,])0(?:\.0+)?(?:%|\s+per\s+cent|\s+(?:percentage\s+)?points?)?\s+"
                        r"(?:more|fewer|less|higher|lower)\s+than\b", re.IGNORECASE)

ONE_AS_MANY = "one-as-many"
"""A count of one given a plural noun ("1 homicides"): a number printed without ``plural``."""
_ONE_THEN_WORD = re.compile(r"(?<![\w.,£$€-])1\s+(?P<word>[a-z]+s)\b")
# "Quarter 1 figures", "Tier 1 offences": a label's number, no count of one.
_LABEL_BEFORE = re.compile(r"\b(?:quarter|tier|category|priority|table|phase|stage|level|schedule|part|section|year|"
                           r"q|step|option|figure|chart|annex|appendix|note|grade|class|type)\s+$", re.IGNORECASE)
_NOT_NOUNS = frozenset({"is", "was", "has", "as", "its", "this", "us", "plus", "less", "across", "thus"})


def _singular_of(word: str) -> str | None:
    """The noun ``word`` is the plural of ("homicides", "burglaries", "offences", "knives"), or None."""
    if word in _NOT_NOUNS:
        return None
    stems = (word[:-3] + "y", word[:-1], word[:-2], word[:-3] + "fe", word[:-3] + "f")  # "burglaries": -ies first
    return next((stem for stem in stems if stem and noun(2, stem) == word), None)


NIL_RATE = "nil-rate"
"""A rate written as 0.0 for a count that is not none ("0.0 homicides per 1,000 population"
for 1 homicide): true to one decimal place, but it reads as none; the base is too small."""
_NIL_RATE = re.compile(r"(?<![\w.,])0\.0\s+(?:[a-z-]+\s+){0,4}?per\s+(?:1,000|thousand|100,000)\b", re.IGNORECASE)


def _counts_something(sentence, area: str, period: str) -> bool:
    """Whether every figure the sentence drew for its area and period, population aside, is above none."""
    values = [f.get("value") for f in sentence.figures if f.get("measure") != "population"
              and str(f.get("area", "")).casefold() == area.casefold() and f.get("period") == period]
    return bool(values) and all(value not in (None, 0) for value in values)

WRONG_ARTICLE = "wrong-article"
""""a 8.3% fall", "an 100 more": an article typed before a figure, not given by ``| a_an``."""
_ARTICLE_BEFORE_FIGURE = re.compile(r"\b(?P<article>an?)\s+(?P<figure>[£$€]?\d[\d,.]*%?)", re.IGNORECASE)


def _article_for(figure: str) -> str:
    """The article a figure takes as it is read aloud ("an 8.3%", "a 7.7%", "an 11", "a 1,800")."""
    return with_article(figure).split(" ", 1)[0]


def misworded(sentence, area: str, period: str) -> list[tuple[str, str]]:
    """(kind, message) for each way the filled ``sentence`` (for ``area`` and ``period``) is misworded."""
    found = []
    text = sentence.text
    for token in text.split():
        if _WORD_JOINED_TO_FIGURE.search(token):
            found.append((RUN_TOGETHER, f"{token.strip(',.;:()')!r} runs a word and a figure "
                                        "together: put a space between them in the template"))
    for one in _ONE_THEN_WORD.finditer(text):
        if _LABEL_BEFORE.search(text, 0, one.start()):
            continue
        if singular := _singular_of(one["word"]):
            found.append((ONE_AS_MANY, f"{one.group()!r} gives one a plural: write the count with "
                                       f"| plural('{singular}') (or the noun with | noun)"))
    for typed in _ARTICLE_BEFORE_FIGURE.finditer(text):
        wanted = _article_for(typed["figure"].rstrip(".,"))
        if typed["article"].lower() != wanted:
            found.append((WRONG_ARTICLE, f"{typed.group()!r} should read '{wanted} {typed['figure']}': give the "
                                         "figure its article with | a_an in the template"))
    for nil in _NIL_RATE.finditer(text):
        if _counts_something(sentence, area, period):
            found.append((NIL_RATE, f"{nil.group()!r} reads as none, but the count is not: give the "
                                    "rate per a larger population (per=100000 or per million)"))
    for none in _NONE_MORE.finditer(text):
        found.append((NO_CHANGE, f"{none.group()!r} gives a direction to no change: when the two "
                                 "figures are the same, say so in the template (test them for equality)"))
    for signed in _SIGNED_FIGURE.finditer(text):
        found.append((SIGNED, f"{signed.group()!r} gives the direction twice, by a minus sign and "
                              "in words: print the size (a change's or a national gap's .size, "
                              "or the value | abs) in the template"))
    return found
