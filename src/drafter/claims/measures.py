"""Which figures measure a sentence talks about, and which way it says they moved.

A measure name such as ``theft_from_person`` is mentioned when all its content
words (``theft``, ``person``) appear close together in the sentence, compared
by lemma so "thefts from the person" and "knives and sharps offences"
(``knife_offences``) count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from drafter.figures.importing.mapping import RATE_SUFFIX

# Words in measure names that a sentence need not repeat.
_IGNORED_MEASURE_WORDS = frozenset({
    "from", "of", "the", "and", "per", "in", "to", "by", "on", "for", "with", "a", "an",
    "count", "total", "number", "recorded", "rate", "pct", "percent", "percentage", "all",
})

# Names for the same kind of thing: "vehicle offences" is the measure vehicle_crime.
GENERIC_WORDS = frozenset({"crime", "offence", "offense", "incident", "offending", "report"})
# Abbreviations in measure names and a word the text uses for them ("anti-social").
ALIASES = {"asb": frozenset({"asb", "social", "antisocial"}), "dv": frozenset({"dv", "domestic"}),
           # "Domestic burglary", the national neighbourhood crime measure's name for it;
           # "burglary of homes", "house burglaries", "household burglary", as forces write it.
           "residential": frozenset({"residential", "domestic", "home", "house", "household", "dwelling"}),
           "vawg": frozenset({"vawg", "women"}),
           "satisfaction": frozenset({"satisfaction", "satisfied", "satisfy", "dissatisfied"}),
           # "County lines closures fell from eight to six": the lines closed.
           "closed": frozenset({"closed", "close", "closure"})}

UP_WORDS = frozenset({"increase", "rise", "grow", "growth", "climb", "jump", "surge", "soar",
                      "up", "higher", "more", "double", "treble"})
DOWN_WORDS = frozenset({"decrease", "fall", "drop", "decline", "reduce", "reduction", "lower",
                        "down", "fewer", "cut", "shrink", "less", "halve"})
_VERB_CHANGE = frozenset({"increase", "rise", "grow", "climb", "jump", "surge", "soar", "double",
                          "treble", "decrease", "fall", "drop", "decline", "reduce", "cut",
                          "shrink", "halve"})
_NOUN_CHANGE = frozenset({"increase", "rise", "growth", "jump", "surge", "decrease", "fall",
                          "drop", "decline", "reduction", "cut"})
_ADVERB_CHANGE = frozenset({"up", "down", "higher", "lower"})
_THAN_CHANGE = frozenset({"more", "fewer", "less"})


def _a_share_than(token) -> bool:
    """"6.7% more than …", "5 per cent fewer than …": a comparative right after a
    percentage and before "than"."""
    doc, at = token.doc, token.i
    if at + 1 >= len(doc) or doc[at + 1].lower_ != "than":
        return False
    before = doc[max(0, at - 2):at].text.lower()
    return before.endswith("%") or before.endswith("per cent")


@dataclass(frozen=True)
class MeasureMention:
    measure: str
    start: int  # token index of the first word
    end: int    # token index after the last word


def _singulars(word: str) -> set[str]:
    forms = {word}
    if word.endswith("ies") and len(word) > 4:
        forms.add(word[:-3] + "y")
    if word.endswith("ves") and len(word) > 4:
        forms.update({word[:-3] + "f", word[:-3] + "fe"})
    if word.endswith("es") and len(word) > 3:
        forms.add(word[:-2])
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        forms.add(word[:-1])
    return forms


def token_forms(token) -> frozenset[str]:
    return _forms(token.lower_, token.lemma_)


@lru_cache(maxsize=16384)
def _forms(lower: str, lemma: str) -> frozenset[str]:
    forms = _singulars(lower)
    if lemma:
        forms.add(lemma.lower())
    return frozenset(forms)


def _doc_forms(doc) -> list[frozenset[str]]:
    """Every token's forms, worked out once per doc (a review reads them for
    each set of measures it checks)."""
    held = doc.user_data.get(_FORMS_KEY)
    if held is None or len(held) != len(doc):
        held = doc.user_data[_FORMS_KEY] = [token_forms(t) for t in doc]
    return held


_FORMS_KEY = "drafter.measure_forms"


@lru_cache(maxsize=64)
def measure_words(measures: tuple[str, ...]) -> dict[str, tuple[frozenset[str], ...]]:
    """For each measure, the word forms a sentence must contain (one set per word).

    "crime", "offence" and "incident" stand for each other; an abbreviation in
    ``ALIASES`` also matches the word the text spells out.
    """
    from drafter.nlp import load_full_pipeline

    nlp = load_full_pipeline()
    result: dict[str, tuple[frozenset[str], ...]] = {}
    phrases = [m.replace("_", " ").replace("-", " ") for m in measures]
    for measure, doc in zip(measures, nlp.pipe(phrases)):
        words = []
        for token in doc:
            if token.lower_ in _IGNORED_MEASURE_WORDS or not token.is_alpha:
                continue
            forms = set(token_forms(token))
            if forms & GENERIC_WORDS:
                forms = set(GENERIC_WORDS)
            forms |= ALIASES.get(token.lower_, frozenset())
            words.append(frozenset(forms))
        result[measure] = tuple(words)
    return result


def find_mentions(doc, measures: tuple[str, ...]) -> list[MeasureMention]:
    """Every place in ``doc`` where a measure is named (shortest spans, in order)."""
    if doc is None or not measures:
        return []
    key = tuple(sorted(measures))
    words = measure_words(key)
    measures_with = _measures_with(key)
    forms = _doc_forms(doc)
    # Where each measure could start: a token with one of its words.
    starts: dict[str, list[int]] = {}
    for position, token in enumerate(forms):
        for measure in {m for form in token for m in measures_with.get(form, ())}:
            starts.setdefault(measure, []).append(position)
    found: list[MeasureMention] = []
    for measure, needed in words.items():
        if measure not in starts:
            continue
        # A short name of specific words may stand a clause apart ("victims surveyed
        # in 2023, 72% were satisfied"); one ending in "offences" or "crime" may not,
        # or it would reach the next measure's noun.
        specific = len(needed) <= 2 and not any(need & GENERIC_WORDS for need in needed)
        window = 12 if specific else 2 * len(needed) + 2
        for start in starts[measure]:
            end = _cover(forms, start, needed, window) or _label_cover(doc, forms, start, needed)
            # A table row's cells are apart: "Tackle cyber crime | Fraud reports" names no cyber crime reports.
            if end is not None and doc[start].sent == doc[end - 1].sent \
                    and not any(token.text == "|" for token in doc[start:end]):
                found.append(MeasureMention(measure, start, end))
    found.sort(key=lambda m: (m.start, m.end - m.start))
    found = _without_broader_around_narrower(_without_nested(found, doc), words)
    found += _elliptical(doc, forms, words, found)
    found.sort(key=lambda m: (m.start, m.end - m.start))
    return found


def base_measure(measure: str) -> tuple[str, int | None]:
    """``knife_offences_per_100k`` → (``knife_offences``, 100000); others as they are."""
    for per, suffix in RATE_SUFFIX.items():
        if measure.endswith("_" + suffix):
            return measure[: -len(suffix) - 1], per
    return measure, None


def rate_base(measure: str) -> str | None:
    """The measure a published rate is of (``knife_offences_per_100k`` →
    ``knife_offences``), None for a measure that is not a published rate."""
    base, per = base_measure(measure)
    return base if per is not None else None


def figure_mentions(doc, measures: tuple[str, ...]) -> list[MeasureMention]:
    """The measures a paragraph's numbers may be figures of. A published rate
    and its count are named by the same words ("neighbourhood crime"), so
    where both are stored the words name the count's measure once: its
    published rate is still a candidate for a rate "per 1,000", but a count
    beside the words is the count's alone, and is held to its stored figure."""
    found = find_mentions(doc, measures)
    plain = {(m.start, m.end, m.measure) for m in found}
    return [m for m in found if (m.start, m.end, rate_base(m.measure)) not in plain]


def _elliptical(doc, forms, words, found: list[MeasureMention]) -> list[MeasureMention]:
    """Measures named by their own words where the sentence has named a sibling
    measure that says the rest: in "76.0% of victims satisfied ..., and 83.4% of
    domestic abuse victims", "domestic abuse" names domestic_abuse_satisfaction,
    whose "satisfied" the sentence has already said for victim_satisfaction. Only
    a specific shared word counts ("satisfaction", never "offences"): a sentence
    about knife offences does not make every later "firearms" a count of offences."""
    extra: list[MeasureMention] = []
    for sibling in found:
        sentence = doc[sibling.start].sent
        named_here = {m.measure for m in found + extra if sentence.start <= m.start < sentence.end}
        said = words[sibling.measure]
        for measure, needed in words.items():
            shared = [need for need in needed if need in said and not need & GENERIC_WORDS]
            own = [need for need in needed if need not in said]
            if measure in named_here or not shared or not own:
                continue
            for start in range(sentence.start, sentence.end):
                if not any(forms[start] & need for need in own):
                    continue
                end = _cover(forms, start, own, 2 * len(own) + 1)
                apart = end is not None and (end <= sibling.start or start >= sibling.end)
                if apart and end <= sentence.end:
                    extra.append(MeasureMention(measure, start, end))
                    named_here.add(measure)
                    break
    return extra


@lru_cache(maxsize=64)
def _measures_with(measures: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """For each word form, the measures with a word it can be."""
    holders: dict[str, list[str]] = {}
    for measure, needed in measure_words(measures).items():
        for form in frozenset().union(*needed):
            holders.setdefault(form, []).append(measure)
    return {form: tuple(names) for form, names in holders.items()}


def _cover(forms, start: int, needed, window: int) -> int | None:
    remaining = list(needed)
    for index in range(start, min(len(forms), start + window)):
        for need in remaining:
            if forms[index] & need:
                remaining.remove(need)
                break
        if not remaining:
            return index + 1
    return None


# What may follow a measure's label set before its figure: a table's cell border, a key
# figure's colon or dash, the Welsh label after it ("Drug trafficking / Masnachu cyffuriau").
_AFTER_LABEL = frozenset({"|", ":", "–", "—", "-", "/"})


def _label_cover(doc, forms, start: int, needed) -> int | None:
    """Where a measure named as a label without its last, general word ends
    ("Drug trafficking | 158", "Drug trafficking: 158" for drug trafficking
    offences): two or more specific words in a row, then a label's end."""
    specific = [need for need in needed if not need & GENERIC_WORDS]
    if len(specific) < 2 or len(specific) == len(needed) or needed[-1] in specific:
        return None
    end = _cover(forms, start, specific, len(specific))
    if end is None:  # "Trafficking of drugs | 69": the words the other way about, "of" between
        end = _cover(forms, start, specific, len(specific) + 1)
        if end is None or end - start != len(specific) + 1 or doc[start + 1].lower_ != "of":
            return None
    after = doc[end] if end < len(doc) else None
    return end if after is None or after.text in _AFTER_LABEL or after.like_num or after.is_sent_start else None


def _without_nested(found: list[MeasureMention], doc) -> list[MeasureMention]:
    """Drop a mention inside a longer one for the same measure, and the later of two
    overlapping mentions of the same measure; of two, one holding a figure goes ("reported
    3,999 knife" beside "knife offences": "reported" is no report there)."""
    kept: list[MeasureMention] = []
    for mention in sorted(found, key=lambda m: any(any(ch.isdigit() for ch in t.text) for t in doc[m.start:m.end])):
        if any(k.measure == mention.measure and mention.start < k.end and k.start < mention.end
               for k in kept):
            continue
        kept.append(mention)
    return kept


def _without_broader_around_narrower(found: list[MeasureMention], words) -> list[MeasureMention]:
    """Drop a mention whose words hold a whole mention of a narrower sibling: in "among
    victims of domestic abuse, satisfaction", victim_satisfaction's words reach round
    domestic_abuse_satisfaction's, which says more ("domestic abuse") of the same specific
    thing ("satisfaction"), and is what the sentence is about."""
    def narrower(inner: MeasureMention, outer: MeasureMention) -> bool:
        mine, theirs = words[inner.measure], words[outer.measure]
        shared = [need for need in theirs if need in mine and not need & GENERIC_WORDS]
        return len(mine) > len(theirs) and bool(shared)

    return [m for m in found if not any(
        other.measure != m.measure and m.start <= other.start and other.end <= m.end and (other.start, other.end)
        != (m.start, m.end) and narrower(other, m) for other in found)]


def change_direction(token) -> str | None:
    """``up`` or ``down`` when ``token`` says a quantity changed ("rose", "a fall
    in", "on the rise"), None otherwise — including aims ("to reduce",
    "reducing") and descriptions ("an increased presence")."""
    lemma = token.lemma_.lower()
    if lemma not in UP_WORDS and lemma not in DOWN_WORDS:
        lemma = token.lower_  # "higher" and "lower" lemmatise to "high" and "low"
    direction = "up" if lemma in UP_WORDS else "down" if lemma in DOWN_WORDS else None
    if direction is None:
        return None
    if token.pos_ in ("VERB", "AUX") and lemma in _VERB_CHANGE:
        if token.tag_ in ("VBD", "VBZ", "VBP"):
            return direction
        if token.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") for c in token.children):
            return direction
        if token.tag_ == "VBN" and token.dep_ in ("relcl", "conj", "ROOT", "ccomp"):
            return direction
        return None
    if token.pos_ == "NOUN" and lemma in _NOUN_CHANGE:
        if token.i > 0 and token.doc[token.i - 1].lower_ == "to":
            return None
        if token.dep_ == "compound" and not any(c.like_num or c.text == "%" for c in token.subtree if c is not token):
            return None  # a name's word: "serious violence reduction orders", "the crime reduction partnership"
        return direction
    if lemma in _THAN_CHANGE and _a_share_than(token):
        return direction  # "6.7% more than in the same quarter of 2023"
    if lemma in _ADVERB_CHANGE and (token.dep_ in ("advmod", "prt", "acomp", "advcl") or _up_from(token)) and \
            any(c.like_num or c.text == "%" for c in token.subtree if c is not token):
        return direction
    return None


def _up_from(token) -> bool:
    """"118 (up from 172)" parsed as a preposition: still a change, where
    "up to 250" is a bound."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.dep_ == "prep" and following is not None and following.lower_ in ("from", "on")


def measure_for(token, mentions: list[MeasureMention]) -> MeasureMention | None:
    """The measure a change word (or number) is about.

    The grammar first: the subject of a verb ("burglary increased"), the noun a
    relative clause hangs on ("offences which increased"), what a noun is "of"
    or "in" ("an increase in burglary"). Failing that, the nearest measure named
    before it in the same sentence, within eight words.
    """
    if not mentions:
        return None
    sentence = token.sent
    local = [m for m in mentions if sentence.start <= m.start < sentence.end]
    if not local:
        return None
    for anchor in _grammatical_anchors(token):
        indexes = {t.i for t in anchor}
        covering = [mention for mention in local if any(mention.start <= i < mention.end for i in indexes)]
        if covering:  # the fullest name: "satisfaction among victims of domestic abuse", not "… victims"
            return max(covering, key=lambda mention: mention.end - mention.start)
    before = [m for m in local if m.end <= token.i and token.i - m.end <= 8]
    if before:
        return before[-1]
    return None


# Fire and rescue's work, which no police figure counts: "deliberate fires", "firefighters", "ECFRS crews".
_FIRE_AND_RESCUE = re.compile(r"\b(?:fires?|fire\s+(?:and|&)\s+rescue|fire\s+(?:crews?|service|brigade)|"
                              r"firefighters?)\b|\b[A-Z]{0,4}FRS\b", re.IGNORECASE)


def about_fire_and_rescue(sentence: str, at: int) -> bool:
    """Whether the part of a sentence holding offset ``at`` (to a semicolon either side) is
    about fire and rescue's work ("ECFRS crews attended 410 deliberate fires, down 5.2%"):
    where it names no police measure, its numbers are fire and rescue's, never a police
    figure they happen to equal."""
    start, end = sentence.rfind(";", 0, at) + 1, sentence.find(";", at)
    return _FIRE_AND_RESCUE.search(sentence, start, end if end >= 0 else len(sentence)) is not None


# Nouns that say a number is a count of crimes without saying which crimes.
GENERIC_COUNTED = GENERIC_WORDS | {"record", "case", "report", "figure", "number", "total",
                                    "instance", "occurrence", "one"}


# "serves 8.9 million residents": as many people as a force serves can only be its population.
_PEOPLE = frozenset({"residents", "resident", "inhabitants", "inhabitant", "people"})
_SERVED_AT_LEAST = 100_000


def people_served(value: float, noun) -> set[str]:
    """{"population"} for a count of residents or people as large as a force area's, else none."""
    return {"population"} if value >= _SERVED_AT_LEAST and noun.lower_ in _PEOPLE else set()


def counted_noun(token):
    """The noun a number counts ("2,000 weapons" → weapons), or None when the
    number stands alone ("numbered 24", "compared with 2,649") or counts
    something generic ("23,700 offences", "65,450 records of ...")."""
    if token.dep_ in ("nummod", "compound", "quantmod") and token.head is not token:
        head = token.head
        while head.dep_ in ("nummod", "compound") and head.head is not head and head.tag_ == "CD":
            head = head.head
        if head.lemma_.lower() in _NOUN_CHANGE or any(t.text == "(" for t in token.doc[token.i:head.i]):
            return None  # "11,906 (a decrease of 0.5%)": the bracket says how it changed
        if head.pos_ in ("NOUN", "PROPN") and head.tag_ != "CD":
            if token_forms(head) & GENERIC_COUNTED and not _qualified(head):
                return None
            return head
    return None


def _qualified(noun) -> bool:
    """A generic noun with its own qualifier ("knife offences", "records of burglary")."""
    return any(c.dep_ in ("compound", "amod", "prep") for c in noun.children)


def noun_phrase_tokens(noun) -> set[int]:
    """Token indexes of a noun with everything that depends on it ("records of
    neighbourhood crime", "offences involving a knife")."""
    return {t.i for t in noun.subtree}


def _grammatical_anchors(token):
    """Token groups, most specific first, that name what ``token`` is about."""
    anchors = []
    verb = token
    # Climb from a number to the word it depends on ("by 39.6%" → "increased").
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or (verb.pos_ == "NOUN" and verb.lemma_.lower() in _NOUN_CHANGE):
            break
        if verb.head is verb:
            break
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    for subject in subjects:
        if subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            anchors.append(_noun_phrase(verb.head))
        else:
            anchors.append(list(subject.subtree))
    if verb.dep_ == "relcl" and not subjects:
        anchors.append(_noun_phrase(verb.head))
    if verb.pos_ == "NOUN":
        anchors.append([t for t in verb.subtree if t is not verb])
        if verb.dep_ in ("appos", "attr", "npadvmod", "conj"):
            anchors.append(_noun_phrase(verb.head))
        if verb.dep_ == "pobj" and verb.head.head.pos_ in ("VERB", "AUX"):
            anchors.extend(list(c.subtree) for c in verb.head.head.children
                           if c.dep_ in ("nsubj", "nsubjpass"))
    return anchors


def _noun_phrase(noun) -> list:
    """The noun with what precedes it and its "of/from" complements ("theft from the person offences")."""
    tokens = [t for t in noun.subtree if t.i <= noun.i]
    head = noun
    for _ in range(2):  # "offences" ← "from" ← "theft"
        if head.dep_ == "pobj" and head.head.dep_ == "prep":
            head = head.head.head
            tokens.extend(t for t in head.subtree if t.i <= noun.i)
    return tokens
