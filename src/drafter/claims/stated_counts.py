"""The measure a verb states a number to be, where the sentence names the
measure first and the count after it.

Two shapes:

- the measure's name right before the verb: "Residential burglaries
  numbered 700", "Knife offences stood at 208", a key figure's "Homicides: 5";
- the measure as the verb's subject, with no more than the area under review
  and a period between it and the verb: "Neighbourhood crime in Gwent
  totalled 5,300 in 2025/26", "The number of knife offences in Lincolnshire
  was 312", "The number of neighbourhood crimes recorded in Gwent in 2025/26
  was 5,300". Any other words there may narrow the measure to a part of it
  ("Neighbourhood crime in Newport", "knife offences involving a victim under
  18"), so such a count is not read as the measure's.

And one the other way round, for a sentence listing the parts of a total:
"Of these, 627 were residential burglaries" (:func:`measure_said_after`).
"""

from __future__ import annotations

import re

from drafter.claims.measures import GENERIC_WORDS, MeasureMention, token_forms
from drafter.claims.numbers import NumberMention
from drafter.figures.half_year_names import half_years
from drafter.figures.period_text import find_periods

# Words after a measure's name that make the count a part of it.
NARROWING = frozenset({"involving", "with", "where", "that", "which", "who", "whose", "by", "against",
                       "of", "linked", "related", "among", "including", "excluding", "except", "per"})
# Verbs saying what a count is, after the measure's name ("Burglaries numbered 700"),
# and a key figure's colon ("Homicides: 5").
STATING = frozenset({"numbered", "totalled", "totaled", "reached", "was", "were", ":",
                     "passed", "exceeded", "topped", "surpassed"})
# Words after the number making it how far the measure moved or stood off ("was 600 lower").
_DIFFERING = frozenset({"lower", "higher", "fewer", "more", "less", "greater", "smaller", "above", "below",
                        "up", "down", "over", "under", "than", "short", "ahead", "behind"})
# Nouns a subject names a count by, the measure they are "of" after them.
_COUNT_NOUNS = frozenset({"number", "total", "count", "level", "volume"})
# Words before the measure in such a subject: "The total number of …".
_LEADING = frozenset({"the", "total", "overall", "recorded", "police", "number", "count", "level",
                      "volume", "of", "all"})
# Words that may stand between the measure and its verb besides the area's name and a period:
# where the count was recorded, never what kind of crime it was.
_PLACING = frozenset({"in", "across", "within", "throughout", "for", "during", "over", "the", "our",
                      "force", "area", "county", "police", "recorded", "reported", "to", "by", "whole",
                      "as", "a", ",", "'s", "’s", "constabulary", "service"})


def stated_measure(doc, mention: NumberMention, measure_mentions: list[MeasureMention],
                   area: str | None = None) -> MeasureMention | None:
    """The measure a verb says this number is (see the module's notes); the
    subject's shape is read only when ``area``, the area under review, is given."""
    start = mention.sentence[0]
    verb = mention.token - 1
    if verb - 1 >= start and doc[verb].lower_ == "at" and doc[verb - 1].lower_ in ("stood", "stands", "stand"):
        verb -= 1
    elif verb < start or doc[verb].lower_ not in STATING:
        return None
    following = doc[mention.token + 1].lower_ if mention.token + 1 < mention.sentence[1] else ""
    if following in NARROWING or following in _DIFFERING:
        return None
    before = [m for m in measure_mentions if start <= m.start and m.end == verb]
    if len(before) == 1:
        return before[0]
    if before or area is None or doc[verb].text == ":":
        return None
    return _subject_measure(doc, mention, verb, measure_mentions, area)


def _subject_measure(doc, mention: NumberMention, verb: int, measure_mentions: list[MeasureMention],
                     area: str) -> MeasureMention | None:
    subjects = [c for c in doc[verb].children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    nouns = [subject]
    if subject.lemma_.lower() in _COUNT_NOUNS:
        nouns = [obj for prep in subject.children if prep.lower_ == "of"
                 for obj in prep.children if obj.dep_ in ("pobj", "conj")]
    named = {m.measure: m for m in measure_mentions if any(m.start <= noun.i < m.end for noun in nouns)}
    if len(named) != 1:
        return None
    measure = next(iter(named.values()))
    first = min(t.i for t in subject.subtree)
    if mention.sentence[0] > first or any(t.lower_ not in _LEADING for t in doc[first:measure.start]):
        return None  # "Residential neighbourhood crime …": a qualifier before the name narrows it
    if not _only_placing(doc, measure.end, verb, area) or not _counts_the_measure(doc, mention, measure):
        return None
    return measure


def _only_placing(doc, start: int, end: int, area: str) -> bool:
    """Whether the words from token ``start`` to ``end`` say only where and
    when the count was recorded: the area's name, a period, "recorded in"."""
    if start >= end:
        return True
    text = doc.text[doc[start].idx:doc[end].idx]
    # when: a period, or half a year ("in the six months to September 2026")
    spans = [(p.start, p.end) for p in find_periods(text)] + [(a, b) for a, b, _ in half_years(text)]
    for start_at, end_at in sorted(spans, reverse=True):
        text = text[:start_at] + " " + text[end_at:]
    text = re.sub(rf"\b{re.escape(area)}\b", " ", text, flags=re.IGNORECASE)
    words = re.findall(r"'s|’s|[^\W\d_]+|[^\s\w]|\d+", text.lower())
    return all(word in _PLACING for word in words)


def _counts_the_measure(doc, mention: NumberMention, measure: MeasureMention) -> bool:
    """Whether a noun the number counts is the measure's ("totalled 5,300
    offences"), not something else ("totalled 5,300 calls")."""
    head = doc[mention.token].head
    if doc[mention.token].dep_ != "nummod" or head.i <= mention.token:
        return True
    return bool(token_forms(head) & GENERIC_WORDS) or \
        bool(token_forms(head) & frozenset().union(*(token_forms(t) for t in doc[measure.start:measure.end])))


def measure_said_after(doc, mention: NumberMention, measure_mentions: list[MeasureMention]) -> MeasureMention | None:
    """"627 were residential burglaries": the measure a verb right after the
    number says it is, with nothing narrowing it after its name."""
    verb = token_after(doc, mention)
    if verb >= mention.sentence[1] or doc[verb].lower_ not in ("was", "were"):
        return None
    named = [m for m in measure_mentions if m.start == verb + 1]
    if len(named) != 1:
        return None
    if named[0].end < mention.sentence[1] and doc[named[0].end].lower_ in NARROWING:
        return None
    return named[0]


def token_after(doc, mention: NumberMention) -> int:
    """The first token after the number ("two hundred and five knife offences": "knife")."""
    index = mention.token
    while index < len(doc) and doc[index].idx < mention.end:
        index += 1
    return index
