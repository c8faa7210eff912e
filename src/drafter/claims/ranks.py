"""Rank and national-comparison claims in prose, read and checked against every force's figures.

A **rank claim** says where a force stands among the 43 forces, in its region or its most similar group:
"the leading police force for firearms offences", "top for knife crime", "the 8th highest rate of homicide",
"joint 3rd highest", "ranked 5th", "13th out of 43 forces" (either end: no end is named), "in the top 10",
"one of the highest", "a lower rate of burglary than most forces" (the rules:
:mod:`drafter.review.checks.ranks`). A **national claim** sets a force against England and Wales: "above the
national average". A number beside one ("against 11.0 nationally") is the national figure itself.

Each claim is read for:

* the measure it is about (:mod:`drafter.claims.measures`): the first one
  named after a rank phrase in its sentence ("the highest rate *of firearms
  offences*"), else the nearest before it; for a national claim the nearest
  before it ("*knife crime* is above the national average");
* the force: the one named before it in its sentence, else the area review
  resolved;
* the period, as review reads periods (the first named in the sentence, and
  how, else the latest its paragraph named before it, else the review's);
* count or rate: a rate when its clause says "rate" or "per ...", a count
  when the phrase says "number" ("the 13th highest number"); one saying
  neither holds when it holds of the count or, failing that, of the rate.

A highest or lowest against the force's own past ("the lowest the force has recorded",
"the highest since 2019") is no rank among forces (:mod:`drafter.claims.rank_groups`);
:mod:`drafter.claims.records` reads it.

It is then **verified**, **wrong** (with the true rank or side), or **unverifiable**
without every force's figures (or for a force not one of the 43), unless it fails, or
holds, wherever the forces without one stand (:mod:`drafter.claims.rank_gaps`). The rank
comes from :mod:`drafter.figures.national`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.claims.measures import MeasureMention, base_measure, find_mentions
from drafter.claims.number_periods import claimed_periods, paragraph_phrase
from drafter.claims.rank_groups import (OF_THE_FORCES, compares_forces, forces_left_out, in_similar_group,
                                       not_ranked_in, region_named, region_named_before)
from drafter.claims.rank_gaps import without_every_force
from drafter.claims.rank_moves import EARLIER_PLACE
from drafter.claims.rank_verdict import (
    MOST, ONE_OF, correction, end_meant, holds_of_the_rate, holds_true, rank_of, vague_within)
from drafter.errors import MissingFigure, NotRanked
from drafter.figures.derived import PER_100K, Derived
from drafter.figures.figureset import FigureSet
from drafter.figures.model import POPULATION
from drafter.figures.national import (COUNTRY, FORCES, HIGHEST, LOWEST, ORDINAL_WORDS, REGION, USUAL_PER, group_of,
                                      national_gap)
from drafter.figures.periods import Period
from drafter.forces import ENGLAND, ENGLAND_AND_WALES, country_of, force_named, forces_in_text, region_of

_IN_WORDS = "|".join(word.replace("-", r"[\s-]") for word in sorted(ORDINAL_WORDS, key=len, reverse=True))
_ORDER_WORDS = {"highest": HIGHEST, "largest": HIGHEST, "greatest": HIGHEST, "biggest": HIGHEST,
                "lowest": LOWEST, "smallest": LOWEST}
_PLACE = r"(?P<place>\d{1,2}(?:st|nd|rd|th)|" + _IN_WORDS + r")"
_TOP_N = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "twenty": 20}
_ORDER = r"highest|lowest|largest|smallest|greatest|biggest"
_N = r"\d{1,2}|" + "|".join(_TOP_N)
# "Higher than most forces": the words for each side.
_MORE = ("higher", "greater", "more", "above")
RANK_PHRASE = re.compile(
    r"\b(?:(?P<one_of>(?:one\s+of|among)\s+the\s+(?P<vague_order>" + _ORDER + r"))\b"
    r"|(?:in|among|one\s+of)\s+the\s+(?P<n_of>" + _N + r")\s+(?P<n_order>" + _ORDER + r")\b"
    r"|(?P<most>(?P<most_side>higher|lower|greater|more|less|fewer|above|below)\s+"
    r"(?:(?:rate|number|level|proportion)\s+of\s+(?:[\w-]+\s+){1,4}?|"
    r"(?:[\w-]+\s+){1,4}?(?:rate|number|level|proportion)\s+)?(?:than\s+)?"
    r"(?:most|the\s+majority\s+of)\s+(?:other\s+)?(?:police\s+)?forces)\b"
    r"|(?P<joint>joint\s+)?(?:" + _PLACE + r"[\s-]+)?(?P<order>" + _ORDER + r")\b"
    # "the most of any force", "more knife offences than any other force": the first place
    r"|(?P<any_force>(?P<any_side>most|fewest|least|more|fewer|less|higher|lower)\s+"
    r"(?:(?!(?:reductions?|falls?|drops?|rises?|increases?|decreases?|improvements?|changes?)\b)[\w-]+\s+){0,5}?"
    r"(?:than\s+any\s+other|of\s+any(?:\s+other)?)\s+(?:police\s+)?force)\b"
    r"|(?P<leading>the\s+leading(?:\s+police)?\s+force)\b"
    r"|(?P<top>top\s+(?:for|of\s+the\s+43|of\s+all|in\s+the\s+country|nationally|police\s+force|force))\b"
    r"|ranked\s+(?:(?P<ranked_joint>joint\s+)?(?P<ranked>\d{1,2}(?:st|nd|rd|th)|"
    + _IN_WORDS + r"|top))\b(?!\s+(?:" + _ORDER + r")\b)"  # "ranked 18th lowest" is "18th lowest"
    # "13th out of 43 forces": a place and the count of forces, no end named.
    r"|(?P<bare>\d{1,2}(?:st|nd|rd|th)|" + _IN_WORDS + r")(?=\s+(?:out\s+)?of\s+(?:the\s+)?(?:all\s+)?"
    r"(?:43|forty[\s-]three|(?:4|four)\s+(?:welsh\s+)?forces)\b|\s+in\s+wales\b)"  # "2nd in Wales"
    r"|(?:in|among|one\s+of)\s+the\s+(?P<edge>top|bottom)\s+(?P<top_n>" + _N + r")\b)",
    re.IGNORECASE)
NATIONAL_PHRASE = re.compile(
    r"\b(?P<side>above|below|higher\s+than|lower\s+than|greater\s+than|less\s+than|over|under|exceeds?|"
    r"exceeding)\s+(?:the\s+)?(?:(?:national|england\s+(?:and|&)\s+wales)\s+(?:average|rate|figure|level|mean)|"
    r"(?:average|rate)\s+(?:for|across|in)\s+england\s+(?:and|&)\s+wales|"
    r"(?P<wales>(?:welsh|(?:all[-\s])?wales)\s+(?:average|rate|figure|level|mean)|"
    r"(?:average|rate)\s+(?:for|across|in)\s+wales))\b", re.IGNORECASE)
_RATE_WORDS = re.compile(r"\brates?\b|\bper\s+(?:100,000|100000|1,000|1000|thousand|million|head|capita)\b",
                         re.IGNORECASE)
PER_QUOTED = re.compile(r"\bper\s+(100,000|100000|1,000|1000|thousand|million)\b", re.IGNORECASE)
_COUNT_AFTER = re.compile(r"^\s+(?:number|count|total|volume)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|while|whilst|but|whereas)\b", re.IGNORECASE)
PER_BASES = {"100,000": 100_000, "100000": 100_000, "1,000": 1_000, "1000": 1_000, "thousand": 1_000,
              "million": 1_000_000}
CLAIM_CUE = re.compile(r"highest|lowest|largest|smallest|greatest|biggest|leading|top|bottom|ranked|national|"
                       r"\bany\s+(?:other\s+)?(?:police\s+)?force\b|"
                       r"of\s+(?:the\s+)?(?:all\s+)?(?:43|forty[\s-]three)\b|"
                       r"most\s+(?:other\s+)?(?:police\s+)?forces|majority\s+of|"
                       r"england\s+(?:and|&)\s+wales|\bwelsh\b|all[-\s]wales|\b(?:across|for|in)\s+wales\b|"
                       r"\bwales(?:\s+[\w-]+){0,3}?\s+(?:average|rate|figure|level|total)\b",
                       re.IGNORECASE)

# Measures a claim may be about even before any figures are stored (so it is
# still read, and reported as unverifiable): the national measures.
NATIONAL_MEASURES = ("homicides", "firearms_offences", "knife_offences", "neighbourhood_crime",
                     "residential_burglary", "vehicle_crime", "theft_from_person", "robbery_personal",
                     "drug_trafficking_offences", "victim_satisfaction")
VERIFIED, WRONG, UNVERIFIABLE = "verified", "wrong", "unverifiable"
SIMILAR = "similar"  # "in its most similar group": a group drafter has no list of
NAMES_NO_MEASURE = ("names no measure, and none is named before it in its section: name what it is the rate "
                    "of to have it checked")
NO_SIMILAR_GROUPS = "ranks the force in its most similar group, which drafter has no list of"


@dataclass
class RankClaim:
    """One claim: what it says, what it is about, and (once checked) whether it holds.

    ``kind`` is ``rank`` or ``national``; ``start``/``end`` are offsets of its words in the
    paragraph. A rank claim has ``position`` (1 = first in ``order``; None for "in the top N",
    which has ``within``), ``joint`` and ``among`` (``forces`` or ``region``); a national claim
    has ``side`` (``above`` or ``below``). A vaguer rank claim has ``vague``: ``one of`` ("one of
    the highest": ``within`` the first quarter of the group) or ``most`` ("higher than most
    forces": ``within`` the first half, and more than half of the other forces below it).
    """

    kind: str
    text: str
    start: int
    end: int
    sentence: str
    measure: str | None = None
    per: int | None = None
    area: str | None = None
    period: Period | None = None
    period_style: str | None = None  # how its sentence names the period (figures.period_text)
    position: int | None = None
    within: int | None = None
    vague: str | None = None
    joint: bool = False
    order: str = HIGHEST
    either_end: bool = False  # "ranked 5th", "13th out of 43": no end named, so either may be meant
    basis_open: bool = False  # says neither "rate" nor "number": the count's rank, else the rate's
    among: str = FORCES
    leaving_out: tuple[str, ...] = ()  # forces it is said without: "Excluding the City of London, …"
    region: str | None = None  # the region a claim names by name ("in the North West")
    side: str | None = None
    tokens: tuple[int, int] = (0, 0)  # its sentence's token range
    status: str = UNVERIFIABLE
    reason: str = ""
    actual: Derived | None = field(default=None, repr=False, compare=False)
    paragraph: object = field(default=None, repr=False, compare=False)
    held_before: str | None = field(default=None, repr=False, compare=False)  # held until a re-issue, not since
    named_as: str = ""  # how messages name it where its words alone do not: "18th (Rank of 43 forces, Homicides)"

    def to_dict(self) -> dict:
        paragraph = self.paragraph
        return {"section": getattr(paragraph, "section_label", None),
                "paragraph": getattr(paragraph, "printed_number", getattr(paragraph, "number", None)),
                "index": getattr(paragraph, "index", None),
                "kind": self.kind, "text": self.named_as or self.text, "measure": self.measure, "per": self.per,
                "area": self.area, "period": str(self.period) if self.period else None,
                "status": self.status, "reason": self.reason, "source": getattr(self.actual, "sources", None) or None,
                "derivation": self.actual.derivation if self.actual is not None else None}


# -- reading ---------------------------------------------------------------------------------
def has_cue(text: str) -> bool:
    """Whether a paragraph may hold a claim (a cheap test before parsing it)."""
    return bool(CLAIM_CUE.search(text))


def read_claims(text: str, doc, measures: tuple[str, ...], area: str | None, period,
                context_measure: str | None = None, keep_unmeasured: bool = False,
                mentions: list[MeasureMention] | None = None) -> list[RankClaim]:
    """Every rank and national claim in a paragraph (its spaCy ``doc``), about
    ``measures``; ``area`` and ``period`` stand in where a sentence names none,
    and ``context_measure`` (:mod:`drafter.claims.claim_measure`) where its paragraph
    names no measure. With ``keep_unmeasured``, a claim about no measure at all
    is kept (measure None) so that it can be listed as unchecked. ``mentions``
    are the measures the paragraph names (:func:`named_measures`), from a caller
    that has found them and already knows the paragraph has a cue (:func:`has_cue`)."""
    if doc is None or (mentions is None and not has_cue(text)):
        return []
    if mentions is None:
        mentions = named_measures(doc, measures)
    found: list[RankClaim] = []
    previous = None
    for sentence in doc.sents:
        span, own = sentence, [m for m in mentions if sentence.start <= m.start < sentence.end]
        local, before, previous = own, previous, (sentence, own)
        said = [m for m in before[1] if m.measure != POPULATION] if before else []
        context_measure = base_measure(max(said, key=lambda m: m.end).measure)[0] if said else context_measure
        if not own and before and before[1] and NATIONAL_PHRASE.search(sentence.text):
            # "That is 7.6% below the national figure": the measure is the sentence before's.
            span, local = doc[before[0].start:sentence.end], before[1]
        offset, words, skip = span.start_char, span.text, sentence.start_char - span.start_char
        phrases = [(m, "rank") for m in RANK_PHRASE.finditer(words, skip)]
        phrases += [(m, "national") for m in NATIONAL_PHRASE.finditer(words, skip)]
        phrases.sort(key=lambda pair: pair[0].start())
        if not phrases:
            continue
        # A sentence that names no period is about the latest one its paragraph named before it
        # ("That is 7.6% below the national figure" after "… from 2,101 in 2024/25 to 1,984 in 2025/26").
        earlier = paragraph_phrase(doc, sentence.start_char)
        fallback, own_words = earlier.period if earlier else period, EARLIER_PLACE.split(words[skip:], 1)[0]
        for index, (match, kind) in enumerate(phrases):
            following = phrases[index + 1][0].start() if index + 1 < len(phrases) else len(words)
            force = _force(words[:match.start()]) or area
            if kind == "rank" and not compares_forces(match, words, following, force):
                continue
            claim = claim_at(kind, match, doc, words, offset, local, following, force, context_measure)
            if claim is None and keep_unmeasured and (kind == "national" or _RATE_WORDS.search(words)):
                claim = RankClaim(kind, match.group(0), offset + match.start(), offset + match.end(), words)
            if claim is None:
                continue
            claim.tokens = (sentence.start, sentence.end)
            claim.area = force
            # "This is the 4th highest rate" after "In the year ending March 2024 …" moves as that year does.
            claim.period = _period(own_words, fallback)
            claim.period_style = _named_style(own_words) or (earlier.style if earlier and claim.period == earlier.period
                                                              else None)
            _settle_vague(claim)
            found.append(claim)
    return found


def national_anchor(doc, sentence: tuple[int, int], start: int, end: int, measures: tuple[str, ...],
                    period, fallback: str | None = None,
                    named: list[MeasureMention] | None = None) -> RankClaim | None:
    """What a number given as the national figure in a sentence with no claim
    is about ("against an England and Wales average of 248.4"), read as a
    national claim beside it would be; None when the sentence names no measure.
    ``named``: the measures the paragraph names (:func:`named_measures`), when found already."""
    if doc is None:
        return None
    span = doc[sentence[0]:sentence[1]]
    words = span.text
    if named is None:
        named = named_measures(doc, measures)
    local = [m for m in named if span.start <= m.start < span.end]
    claim = RankClaim("national", doc.text[start:end], start, end, words)
    measure = measure_for("national", doc, claim, local, span.end_char)
    said_before = ""
    if measure is None and span.start > 0:
        # "There were 142 knife offences in 2025, or 27.3 per 100,000. Across
        # England and Wales the rate was 73.9 per 100,000": the sentence before
        # names what the nation's rate is of.
        before = doc[span.start - 1].sent
        # "Neighbourhood crime" names the count and its published rate alike: one measure.
        mentioned = {base_measure(m.measure)[0] for m in named if before.start <= m.start < before.end}
        if len(mentioned) == 1:
            measure = max((m for m in named if before.start <= m.start < before.end),
                          key=lambda m: base_measure(m.measure)[1] is None)
            said_before = before.text
    if measure is None and fallback is None:
        return None
    claim.measure, per = base_measure(measure.measure) if measure is not None else (fallback, None)
    given = PER_QUOTED.search(words)
    claim.per = per or (PER_BASES[given.group(1).lower()] if given else
                        USUAL_PER.get(claim.measure, PER_100K) if _RATE_WORDS.search(words) else None)
    claim.tokens = sentence
    claim.period = _period(words, None) or _period(said_before, period)
    claim.period_style = _named_style(words) or _named_style(said_before)
    return claim


def claim_at(kind, match, doc, words: str, offset: int, mentions: list[MeasureMention], following: int,
             force: str | None = None, fallback: str | None = None) -> RankClaim | None:
    """The claim a rank or national phrase makes (``match`` in its sentence's
    ``words``), read for its measure, rate and place; None when it names no
    measure and there is no ``fallback`` measure for it."""
    claim = RankClaim(kind, match.group(0), offset + match.start(), offset + match.end(), words)
    measure = measure_for(kind, doc, claim, mentions, offset + following)
    of_the_forces = OF_THE_FORCES.match(words, match.end())  # "26th of the 43 forces" is about a figure
    if measure is None and (fallback is None or kind == "rank" and not _RATE_WORDS.search(words) and not of_the_forces):
        return None  # "the highest standards": not about a figure; "Its rate was the 5th highest" is
    claim.measure, per = base_measure(measure.measure) if measure is not None else (fallback, None)
    # "The 13th highest number" is a count whatever rate is beside it; a rate counts in the claim's clause.
    counted = kind == "rank" and _COUNT_AFTER.match(words[match.end():following]) is not None
    clause = _CLAUSE_BREAK.search(words, match.end(), following)
    end = clause.start() if clause else following
    begin = max([b.end() for b in _CLAUSE_BREAK.finditer(words, 0, match.start())], default=0)  # its clause
    rate_said = per is not None or (not counted and _RATE_WORDS.search(words[begin:end]))
    if not rate_said and not counted and measure is not None and doc[measure.start].idx - offset < begin:
        # "the lowest crime rate in Wales, and the 5th lowest in England": as the clause before named
        rate_said = _RATE_WORDS.search(words[max(0, doc[measure.start].idx - offset):begin])
    given = PER_QUOTED.search(words[match.start():end]) or PER_QUOTED.search(words[:end])
    claim.per = per or (None if counted else PER_BASES[given.group(1).lower()] if given else
                        USUAL_PER.get(claim.measure, PER_100K) if rate_said else None)
    claim.basis_open = kind == "rank" and not counted and claim.per is None
    if kind == "national":
        claim.side = "above" if match.group("side").lower().split()[0] in (
            "above", "higher", "greater", "over", "exceed", "exceeds", "exceeding") else "below"
        claim.region = "Wales" if match.group("wales") else None  # "below the Welsh average": Wales's four forces
        return claim
    _read_place(claim, match)
    named_43 = of_the_forces is not None and not of_the_forces.group("four")  # "26th of 43 forces …, 2nd in Wales"
    in_region, claim.region = (False, None) if named_43 else region_named(words[match.start():following], force)
    if not in_region and not named_43:
        claim.region = region_named_before(words[:match.start()], force, words[match.start():following])
        in_region = claim.region is not None
    claim.leaving_out = forces_left_out(words[:following], force)
    if in_similar_group(words, match.start(), following):
        claim.among = SIMILAR
    elif in_region:
        claim.among = COUNTRY if claim.region == ENGLAND else REGION
    return claim


def _read_place(claim: RankClaim, match) -> None:
    if match.group("leading") or match.group("top") or match.group("any_force"):
        claim.position = 1
        side = (match.group("any_side") or "").lower()
        claim.order = LOWEST if side in ("fewest", "least", "fewer", "less", "lower") else claim.order
        return
    if match.group("top_n") or match.group("n_of"):
        count = match.group("top_n") or match.group("n_of")
        claim.within = _TOP_N.get(count.lower()) or int(count)
        edge = (match.group("edge") or "top").lower()
        claim.order = LOWEST if edge == "bottom" else _ORDER_WORDS[(match.group("n_order") or "highest").lower()]
        return
    if match.group("one_of"):
        claim.vague, claim.order = ONE_OF, _ORDER_WORDS[match.group("vague_order").lower()]
        return
    if match.group("most"):
        claim.vague = MOST
        claim.order = HIGHEST if match.group("most_side").lower() in _MORE else LOWEST
        return
    if match.group("ranked") or match.group("bare"):
        word = re.sub(r"\s+", "-", (match.group("ranked") or match.group("bare")).lower())
        claim.position = 1 if word == "top" else ORDINAL_WORDS.get(word) or int(word[:-2])
        claim.joint = bool(match.group("ranked_joint"))
        claim.either_end = word != "top"
        return
    claim.order = _ORDER_WORDS[match.group("order").lower()]
    place = re.sub(r"\s+", "-", (match.group("place") or "").lower())
    claim.position = ORDINAL_WORDS.get(place) or (int(place[:-2]) if place else 1)
    claim.joint = bool(match.group("joint"))


def _settle_vague(claim: RankClaim) -> None:
    """A vaguer claim's places, once its force (and so its group) is known."""
    if claim.vague is None:
        return
    force = force_named(claim.area) if claim.area else None
    if force is None or force == ENGLAND_AND_WALES or claim.among == SIMILAR:
        return
    claim.within = vague_within(claim.vague, len(group_of(force, claim.among)[1]))


def named_measures(doc, measures: tuple[str, ...]) -> list[MeasureMention]:
    """The measures a text names; "per 100,000 population" names the base of a rate, not the population."""
    return [m for m in find_mentions(doc, measures)
            if not (m.measure == POPULATION and "per" in {t.lower_ for t in doc[max(0, m.start - 3):m.start]})]


def measure_for(kind: str, doc, claim: RankClaim, mentions: list[MeasureMention], limit: int):
    """A rank phrase is about the measure named after it (before the next
    claim), else before it; a national claim about the one before it, else after."""
    def start_char(m):
        return doc[m.start].idx
    # "Homicides per million population": the population is the base, not what is ranked.
    mentions = [m for m in mentions if m.measure != POPULATION] or mentions

    # "a lower rate of knife offences than most forces" names its measure inside the phrase.
    after = [m for m in mentions if claim.start <= start_char(m) < limit]
    before = [m for m in mentions if doc[m.end - 1].idx + len(doc[m.end - 1]) <= claim.start]
    plain_first = (lambda m: (base_measure(m.measure)[1] is not None, start_char(m)))
    if kind == "rank":
        if after:
            first = min(start_char(m) for m in after)
            return min((m for m in after if start_char(m) == first), key=plain_first)
        return max(before, key=lambda m: (m.end, base_measure(m.measure)[1] is None)) if before else None
    if before:
        return max(before, key=lambda m: (m.end, base_measure(m.measure)[1] is None))
    return min(after, key=plain_first) if after else None


def _force(before: str) -> str | None:
    named = forces_in_text(before)
    return named[-1].force if named else None


def _named_style(words: str) -> str | None:
    """How ``words`` name the period :func:`_period` reads ("the year ending …": ``year_ending``)."""
    return next((p.style for p in claimed_periods(words) if p.period is not None), None)


def _period(words: str, fallback) -> Period | None:
    phrases = claimed_periods(words)
    explicit = [p.period for p in phrases if p.period is not None]
    if explicit:
        return explicit[0]
    own = Period.parse(fallback) if fallback else None
    resolved = [p.resolve(own) for p in phrases if p.relative]
    return next((p for p in resolved if p is not None), own)


# -- checking --------------------------------------------------------------------------------
def check(claim: RankClaim, figures: FigureSet) -> RankClaim:
    """Set ``status``, ``reason`` and ``actual`` on ``claim`` from every force's figures."""
    if claim.measure is None:
        claim.status, claim.reason = UNVERIFIABLE, NAMES_NO_MEASURE
        return claim
    if claim.area is None or claim.period is None:
        claim.status, claim.reason = UNVERIFIABLE, "no force or period to check it for"
        return claim
    if claim.among == SIMILAR:
        claim.status, claim.reason = UNVERIFIABLE, f"{NO_SIMILAR_GROUPS}: check it against the group's figures"
        return claim
    if claim.region and claim.region not in (region_of(force_named(claim.area) or ""),
                                             country_of(force_named(claim.area) or "")):
        claim.status, claim.reason = UNVERIFIABLE, not_ranked_in(claim.area, claim.region)
        return claim
    try:
        if claim.kind == "national":
            claim.actual = gap_to_nation(figures, claim)
        else:
            claim.order = end_meant(claim, figures)
            claim.actual = rank_of(claim, figures, claim.per, claim.order)
    except MissingFigure as gap:
        return without_every_force(claim, figures, gap)
    except (NotRanked, ValueError) as error:
        claim.status, claim.reason = UNVERIFIABLE, str(error)
        return claim
    holds = holds_true(claim) or (claim.basis_open and holds_of_the_rate(claim, figures, end_meant))
    claim.status = VERIFIED if holds else WRONG
    claim.reason = claim.actual.derivation if holds else correction(claim)
    return claim


def gap_to_nation(figures: FigureSet, claim: RankClaim, period=None, percent: bool = False) -> Derived:
    """A percentage or published rate against the national one as it is; a
    count's rate against the national rate ("the national average" is per
    head). With ``percent``, the gap as a percentage of the national rate
    ("7.6% below the national rate"). For ``period``, else the claim's."""
    period, whole = period or claim.period, claim.region or ENGLAND_AND_WALES
    if claim.per is None:
        try:
            return national_gap(figures, claim.measure, claim.area, period, percent=percent, whole=whole)
        except ValueError:
            claim.per = PER_100K
    return national_gap(figures, claim.measure, claim.area, period, claim.per, percent=percent, whole=whole)
