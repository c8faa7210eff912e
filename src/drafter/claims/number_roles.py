"""A number's role in its sentence, and the change a percentage reports.

A number is a ``base`` when its sentence offers it as what something is
compared with ("from 55,219", "when there were 55,219", "compared with 13.8
in 2024", the earlier of two dated numbers of one measure), else
``current``. A percentage reports a change when a change word stands near it
("an increase of 18.5%", "down 3%", "5.0% more than the year before").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from drafter.claims.measures import change_direction
from drafter.claims.number_periods import earlier_of_a_pair, later_of_a_pair
from drafter.claims.numbers import APPROXIMATE_WORDS, NumberMention
from drafter.figures.period_text import find_periods
from drafter.nlp import text_of

if TYPE_CHECKING:
    from drafter.claims.matching import SentenceContext

BASE_CUES = ("from", "prior", "previous", "previously", "earlier", "before", "compared",
             "comparison", "than", "last year", "a year ago", "against", "versus", "vs",
             "when there were", "when there was", "when it was")
_COMPARED_AFTER = frozenset({"more", "fewer", "less", "higher", "lower"})
_LEVEL_AFTER = frozenset({"from", "with", "against", "versus", "vs"})
_AFTER_BASE_CUES = ("earlier", "before", "previously", "last year", "a year ago", "prior")
CHANGE_CUE_WORDS = frozenset({"increase", "rise", "rose", "risen", "grow", "grew", "growth",
                              "up", "higher", "decrease", "fall", "fell", "fallen", "down",
                              "lower", "drop", "dropped", "decline", "reduction", "reduced",
                              "change", "changed", "increased", "decreased", "declined",
                              "rising", "falling", "increasing", "decreasing"})


def role_of(doc, mention: NumberMention, context: SentenceContext, numbers: list[NumberMention]) -> str:
    """``base`` when the sentence offers the number as what something is
    compared with; ``difference`` when it is the gap between two counts."""
    if doc is None or (mention.kind in ("percent", "points") and in_change_context(doc, mention)):
        return "current"  # a change, not a value to compare with
    if is_difference(doc, mention):
        return "difference"
    if _level_reached(doc, mention):
        return "current"
    lo = max(mention.sentence[0] + _opening_aside(doc, mention.sentence[0]), mention.token - 8)
    words = [t.lower_ for t in doc[lo:mention.token]]
    if mention.approximate:  # "more than 3,600 knife offences": the bound's "than" compares with nothing
        bound = max((said for said in APPROXIMATE_WORDS if words[-len(said.split()):] == said.split()), key=len,
                    default="")
        words = words[:len(words) - len(bound.split())]
    before = " " + " ".join(words) + " "
    if any(f" {cue} " in before for cue in BASE_CUES):
        # "from 17 in 2024 to 14 in 2025": the later one is not a base however it is cued
        if not later_of_a_pair(mention, numbers, text_of(doc)):
            return "base"
    hi = min(mention.sentence[1], mention.token + 7)
    after = " " + " ".join(t.lower_ for t in doc[mention.token + 1:hi]) + " "
    if any(f" {cue} " in after for cue in _AFTER_BASE_CUES):
        return "base"
    if earlier_of_a_pair(mention, numbers, context) or _bracketed_after_a_count(doc, mention, numbers) \
            or _after_a_change_on(doc, mention, numbers):
        return "base"
    return "current"


def _opening_aside(doc, start: int) -> int:
    """How many tokens open the sentence with "By comparison," or "In comparison,": words
    setting the sentence beside the one before (another force's figure for the same
    period), not naming what its number is compared with."""
    words = [t.lower_ for t in doc[start:start + 3]]
    return 3 if len(words) == 3 and words[0] in ("by", "in") and words[1:] == ["comparison", ","] else 0


# "compared to 3,000", "up to 300": "to" before a number that is no level reached.
_NOT_REACHED = frozenset({"compared", "comparison", "relative", "equivalent", "close", "up", "similar", "next"})


def _level_reached(doc, mention: NumberMention) -> bool:
    """"increased by 9.7% compared with July to September 2024, to 3,297": the
    level a change arrived at, the figure of the sentence's own period, however
    near a comparison's cue it stands."""
    at = mention.token
    if at - 1 < mention.sentence[0] or doc[at - 1].lower_ != "to":
        return False
    return at - 2 < mention.sentence[0] or doc[at - 2].lower_ not in _NOT_REACHED


DIFFERENCE_WORDS = frozenset({"fewer", "more", "less", "higher", "lower"})
# "an increase of two on the same quarter last year": the noun a count after it is the size of.
MOVED_BY = {"increase": "up", "rise": "up", "decrease": "down", "fall": "down", "reduction": "down",
            "drop": "down"}
_MEASURED_FROM = frozenset({"on", "from", "compared", "against"})
_FRACTION_PARTS = frozenset({"half", "halve", "third", "quarter", "fifth", "tenth"})


def is_difference(doc, mention: NumberMention) -> bool:
    """"two fewer than a year earlier", "194 more than in 2025", "a reduction of 25": a count
    directly before "fewer/more than", or after a change's noun, is how far the count before it moved,
    never a count of its own, however well it matches a stored figure; so is
    a count written with its sign ("+1", "−6")."""
    if doc is None or mention.kind not in ("count", "small"):
        return False
    if signed(text_of(doc), mention.start):
        return True  # "+1" in a table's Change column, "(−6)"
    after = doc[mention.token + 1:min(mention.sentence[1], mention.token + 3)]
    return len(after) == 2 and after[0].lower_ in DIFFERENCE_WORDS and after[1].lower_ == "than" \
        or moved_by_from(doc, mention) is not None or _size_of_a_change(doc, mention)


def _size_of_a_change(doc, mention: NumberMention) -> bool:
    """"this is a reduction of 25 offences": the count a change's noun gives the size of."""
    return change_noun(doc, mention) is not None


def change_noun(doc, mention: NumberMention) -> str | None:
    """The change's noun a count after "of" gives the size of: "a reduction of
    25", or one said again after a percentage ("a reduction of 12 per cent on
    the same quarter last year, and of 47 on the previous quarter")."""
    at, first = mention.token, mention.sentence[0]
    if at - 2 < first or doc[at - 1].lower_ != "of":
        return None
    if doc[at - 2].lower_ in MOVED_BY:
        return doc[at - 2].lower_
    if doc[at - 2].lower_ != "and":
        return None
    nouns = [t.lower_ for t in doc[first:at - 2] if t.lower_ in MOVED_BY and doc[t.i + 1].lower_ == "of"]
    return nouns[-1] if nouns else None


# "fell by 36", "down by 5": the verb a count after "by" is the size of the change of.
_CHANGED_BY_VERBS = {"fell": "down", "rose": "up", "increased": "up", "decreased": "down", "dropped": "down",
                     "reduced": "down", "grew": "up", "down": "down", "up": "up", "declined": "down",
                     "climbed": "up"}


def changed_by(doc, mention: NumberMention) -> tuple[str, object] | None:
    """"Residential burglaries fell by 36 to 806", "rose by nearly 200": which way the
    verb before "by" says a count moved ("up", "down"), and the verb; None for any other number."""
    at = mention.token
    if at is not None and mention.approximate:  # "rose by nearly 200", "fell by more than 150"
        words = doc[max(mention.sentence[0], at - 4):at].text.lower()
        said = next((w for w in APPROXIMATE_WORDS if words.endswith(" " + w) or words == w), None)
        at -= len(said.split()) if said else 0
    if at is None or at - 2 < mention.sentence[0] or doc[at - 1].lower_ != "by":
        return None
    verb = doc[at - 2]
    way = _CHANGED_BY_VERBS.get(verb.lower_)
    if way is None and mention.kind in ("count", "small"):
        return _elliptical_direction(doc, mention, at)  # "fell by 5.1%, and vehicle crime by 117"
    return (way, verb) if way is not None else None


def moved_by_from(doc, mention: NumberMention) -> str | None:
    """"an increase of two on the same quarter last year", "rose by 100 offences
    compared with July to September 2025": which way a count after a change's
    noun, or after a verb and "by", says a figure moved from the earlier period
    named after it ("up", "down"); None for any other count ("a rise of 17."
    after the two counts it lies between is the sums' to check)."""
    found = measured_from_at(doc, mention)
    if found is None:
        return None
    noun = change_noun(doc, mention)
    if noun is not None:
        return MOVED_BY[noun]
    verb = changed_by(doc, mention)
    return verb[0] if verb is not None else None


def measured_from_at(doc, mention: NumberMention) -> int | None:
    """The token after a change's size that says what it is measured from ("on",
    "from", "compared", "against"): right after the number, or, after a verb and
    "by", after the noun it counts and the period it is for ("by 100 offences on
    …", "by 12 knife offences in April to June 2026 compared with …"), never
    past a comma, another verb or the level it moved to ("by 36 to 806")."""
    at, end = mention.token, mention.sentence[1]
    if at - 2 < mention.sentence[0] or at + 1 >= end:
        return None
    if change_noun(doc, mention) is not None:  # only "of 25" stands right before what it is measured from
        return at + 1 if doc[at + 1].lower_ in _MEASURED_FROM else None
    if changed_by(doc, mention) is None or doc[at + 1].lower_.rstrip("s") in _FRACTION_PARTS:
        return None  # "down by two thirds": a fraction, the fractions' to read
    for token in doc[at + 1:min(end, at + 11)]:
        if token.lower_ in _MEASURED_FROM:
            return token.i
        level_after = token.lower_ == "to" and token.i + 1 < end and doc[token.i + 1].like_num \
            and not _a_year(doc[token.i + 1].text)
        if token.is_punct or token.pos_ in ("VERB", "AUX", "CCONJ") or level_after:
            return None
    return None


def _a_year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and text[:2] in ("19", "20")


def signed(text: str, start: int) -> bool:
    """A sign right before the number at ``start``, not a hyphen joining it
    to a word or number before ("+1", "(−6)", but not "M6-5" or "10-15")."""
    return start > 0 and text[start - 1] in "+-−±" and (start < 2 or not text[start - 2].isalnum())


def _after_a_change_on(doc, mention: NumberMention, numbers: list[NumberMention]) -> bool:
    """"up 5.0% on 339": the number a change is measured on."""
    return any(other.kind in ("percent", "points") and other.sentence == mention.sentence
               and text_of(doc)[other.end:mention.start].strip().lower() in ("on", "on the")
               and in_change_context(doc, other)
               for other in numbers)


def _bracketed_after_a_count(doc, mention: NumberMention, numbers: list[NumberMention]) -> bool:
    """"155 personal robberies (162)": a number alone in brackets just after a
    number of the same kind is what that one is compared with."""
    opening, closing = mention.token - 1, mention.token + 1
    if opening < mention.sentence[0] or closing >= mention.sentence[1]:
        return False
    if doc[opening].text != "(" or doc[closing].text != ")":
        return False
    return any(n is not mention and n.sentence == mention.sentence and n.kind == mention.kind
               and opening - 4 <= n.token < opening for n in numbers)


def in_change_context(doc, mention: NumberMention) -> bool:
    """A percentage that reports a change ("an increase of 18.5%", "down 3%")."""
    if doc is None:
        return False
    start, end = mention.sentence
    if mention.token > start and doc[mention.token - 1].lower_ in _LEVEL_AFTER:
        return False  # "up from 77.2%", "compared with 70.6%": the level changed from, not a change
    if _period_owns(doc, mention):
        return False  # "lower than the previous quarter's 74.1%": that quarter's level
    lo, hi = max(start, mention.token - 6), min(end, mention.token + 4)
    if any((t.lower_ in CHANGE_CUE_WORDS or t.lemma_.lower() in CHANGE_CUE_WORDS)
           and not _made_up(t) for t in doc[lo:hi]):
        return True
    if _elliptical_direction(doc, mention) is not None:
        return True
    # "5.0% more than the year before" (but not "more than 50% of victims", a share)
    after = mention.token + 2 if mention.token + 1 < end and doc[mention.token + 1].text == "%" else mention.token + 1
    return after < end and doc[after].lower_ in _COMPARED_AFTER


_POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})


def _period_owns(doc, mention: NumberMention) -> bool:
    """A percentage a period's possessive gives ("the previous quarter's 74.1%", "2025's
    72.8%") is that period's level, unless a change's noun follows it ("last year's 5% rise")."""
    at, (start, end) = mention.token, mention.sentence
    if at - 2 < start or doc[at - 1].lower_ not in _POSSESSIVE:
        return False
    after = at + 2 if at + 1 < end and doc[at + 1].text == "%" else at + 1
    if after < end and (doc[after].lower_ in CHANGE_CUE_WORDS or doc[after].lemma_.lower() in CHANGE_CUE_WORDS):
        return False
    text = text_of(doc)
    before = text[doc[start].idx:doc[at - 1].idx].rstrip()
    return any(phrase.end == len(before) for phrase in find_periods(before))


def direction_word(doc, mention: NumberMention) -> tuple[str, object] | None:
    """(direction, token) of the change word a percentage belongs to ("an
    increase of 18.5%", "18.5% lower"), or None. A comparative straight after the
    number and its unit is its own ("down 0.5 points on the previous quarter but 1.1
    points higher than a year earlier": "higher" is the 1.1's, however the parse
    hangs it from "down")."""
    after = _comparative_after(doc, mention)
    if after is not None:
        return after
    token = doc[mention.token]
    for _ in range(4):
        direction = change_direction(token)
        if direction:
            return direction, token
        if token.head is token:
            break
        token = token.head
    start, end = mention.sentence
    nearby = [t for t in doc[max(start, mention.token - 6):min(end, mention.token + 3)]
              if change_direction(t)]
    if nearby:
        best = min(nearby, key=lambda t: abs(t.i - mention.token))
        return change_direction(best), best
    return _elliptical_direction(doc, mention)


def _elliptical_direction(doc, mention: NumberMention, at: int | None = None) -> tuple[str, object] | None:
    """"fell by 6.5% on the same quarter last year and by 9.9% on the previous
    quarter", "Knife crime fell by 5.1% and vehicle crime by 117": a second
    change that leaves its verb to the first, whose direction it shares; only
    the measure it is of, never a verb, between "and" and its "by". ``at``:
    the number's first token, after any "more than"."""
    start, at = mention.sentence[0], mention.token if at is None else at
    if at - 2 < start or doc[at - 1].lower_ != "by":
        return None
    join = at - 2
    while join > start and doc[join].lower_ not in ("and", ","):
        # A plural the parser took for a verb ("and homicides by 3") is still the measure's name.
        if at - join > 6 or doc[join].pos_ == "AUX" or doc[join].tag_ in ("VBD", "VBN", "VBG") \
                or doc[join].like_num or doc[join].is_punct or change_direction(doc[join]):
            return None
        join -= 1
    if doc[join].lower_ not in ("and", ","):
        return None
    said = [t for t in doc[start:join] if change_direction(t)]
    return (change_direction(said[-1]), said[-1]) if said else None


_UNIT_WORDS = frozenset({"%", "per", "cent", "percent", "percentage", "point", "points", "pp"})
_COMPARATIVES = {"higher": "up", "more": "up", "lower": "down", "fewer": "down", "less": "down"}


def _comparative_after(doc, mention: NumberMention) -> tuple[str, object] | None:
    """"1.1 points higher", "down 0.5 points": the word set right beside the number."""
    before = mention.token - 1
    if before >= mention.sentence[0] and doc[before].lower_ in ("up", "down"):
        return doc[before].lower_, doc[before]
    at, end = mention.token + 1, mention.sentence[1]
    while at < end and doc[at].lower_ in _UNIT_WORDS:
        at += 1
    if at == mention.token + 1 or at >= end or doc[at].lower_ not in _COMPARATIVES:
        return None
    return _COMPARATIVES[doc[at].lower_], doc[at]


def _made_up(token) -> bool:
    """"made up 53.7% of": a share, not a change."""
    return token.lower_ == "up" and token.i > 0 and token.doc[token.i - 1].lemma_.lower() == "make"


def moved_by(token, numbers: list[NumberMention]) -> list[NumberMention]:
    """The numbers a direction verb takes as where a figure went to and came
    from ("Satisfaction fell to 69.8% … from 73.0% …"): what it speaks of when
    it names no measure."""
    taken = []
    for mention in numbers:
        word = token.doc[mention.token]
        if word.dep_ == "nummod" and word.head.i == word.i + 1:  # "69.8 %": the "%" is the object
            word = word.head
        prep = word.head
        if word.dep_ == "pobj" and prep.lower_ in ("to", "from") and prep.head.i == token.i:
            taken.append(mention)
    return taken


def against_its_word(doc, mention: NumberMention, candidate) -> bool:
    """A change the sentence says went one way, matched to a change that went the other."""
    if candidate.kind not in ("change", "points") or not candidate.value:
        return False
    word = direction_word(doc, mention)
    return word is not None and (word[0] == "up") != (candidate.value > 0)
