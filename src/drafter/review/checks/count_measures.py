"""Which measure a count is of, by the words of its sentence: the measure named
right after it ("5 homicides"), one a change moved to or from ("rose by 8.7%
to 3,117"), one a verb states it to be ("Knife offences stood at 208"), or one
whose name holds it ("closed 10 county lines"); none when a word before it
makes it a change or an extra ("a further 5", "an increase of 40")."""

from __future__ import annotations

from drafter.claims.measures import GENERIC_WORDS, MeasureMention, measure_words, token_forms
from drafter.claims.number_roles import CHANGE_CUE_WORDS
from drafter.claims.numbers import NumberMention
from drafter.claims.stated_counts import NARROWING, stated_measure, token_after

# Words before a number that make it a change or an addition, not the count itself.
_ADDING = CHANGE_CUE_WORDS | {"further", "additional", "extra", "another", "more", "fewer", "less",
                              "by", "of", "than", "least", "most", "nearly", "almost", "over", "under"}


def _named_measure(doc, mention: NumberMention, measure_mentions: list[MeasureMention]) -> MeasureMention | None:
    """The measure named right after the number, when nothing narrows it and
    nothing before the number makes it a change or an addition."""
    after = token_after(doc, mention)
    following = [m for m in measure_mentions if m.start == after]
    if len(following) != 1:
        return None
    measure = following[0]
    sentence_end = mention.sentence[1]
    # "5,300 neighbourhood crime offences": a generic noun after the name is still the measure's
    end = measure.end + 1 if measure.end < sentence_end and token_forms(doc[measure.end]) & GENERIC_WORDS \
        else measure.end
    # the noun the number counts, by the grammar (a number in words is several tokens)
    if not any(measure.start <= doc[i].head.i < end for i in range(mention.token, after)):
        return None  # it counts something else ("12 homicide reviews", "41 victim satisfaction surveys")
    if end < sentence_end and doc[end].lower_ in NARROWING:
        return None
    before = doc[max(mention.sentence[0], mention.token - 3):mention.token]
    if mention.bound is not None:  # "fewer than 3,000 knife offences": a bound's words, adding nothing
        before = before[:len(before) - len(mention.with_its_bound(doc.text).split()) + 1]
    if any(_adding(doc, token, mention) for token in before):
        return None
    return measure


def _adding(doc, token, mention: NumberMention) -> bool:
    """Whether a word before the number makes it a change or an extra: "of" and
    "by" only when they take the number ("an increase of 40", "six of the 14
    homicides"), not as part of the subject ("Residents of Lancashire made 3,112")."""
    if token.lower_ not in _ADDING:
        return False
    if token.lower_ not in ("of", "by") or token.i == mention.token - 1:
        return True
    counted = doc[mention.token].head
    return token.i in (counted.i, counted.head.i)


def measure_of(doc, mention: NumberMention, measure_mentions: list[MeasureMention],
                area: str | None = None) -> MeasureMention | None:
    """The measure the sentence's words make this number a count of."""
    return _named_measure(doc, mention, measure_mentions) or _total_after_change(doc, mention, measure_mentions) \
        or stated_measure(doc, mention, measure_mentions, area) or _measure_around(doc, mention, measure_mentions)


def _narrowed(doc, measure: MeasureMention) -> bool:
    """Whether the words naming a measure narrow it with a word of their own ("reports of
    courier fraud" for fraud reports): a kind of the measure, whose count is not its figure."""
    needed = set().union(*measure_words((measure.measure,)).get(measure.measure, ()))
    return any(token.dep_ in ("compound", "amod") and token.pos_ in ("NOUN", "PROPN", "ADJ")
               and not token_forms(token) & needed for token in doc[measure.start:measure.end])


def _measure_around(doc, mention: NumberMention, measure_mentions: list[MeasureMention]) -> MeasureMention | None:
    """A measure whose name holds the number after its verb: "the force
    closed 10 county lines" counts county lines closed."""
    after = token_after(doc, mention)
    around = [m for m in measure_mentions if m.start == mention.token - 1 and after < m.end]
    if len(around) != 1 or not doc[around[0].start].pos_ == "VERB":
        return None
    measure = around[0]
    if not any(after <= doc[i].head.i < measure.end for i in range(mention.token, after)):
        return None
    if measure.end < mention.sentence[1] and doc[measure.end].lower_ in NARROWING:
        return None
    return measure


def _total_after_change(doc, mention: NumberMention, measure_mentions: list[MeasureMention]) -> MeasureMention | None:
    """The measure a change moved to or from this number: "Residential
    burglary rose by 8.7% to 3,117 in 2022" and "Knife offences fell to 208
    in April to June 2026 from 226 in April to June 2025" count the one
    measure their sentence names before the change."""
    start = mention.sentence[0]
    if mention.token - 1 < start or doc[mention.token - 1].lower_ not in ("to", "from"):
        return None
    cue = next((t.i for t in doc[max(start, mention.token - 14):mention.token - 1]
                if t.lower_ in CHANGE_CUE_WORDS), None)
    if cue is None:
        return None
    before = [m for m in measure_mentions if start <= m.start and m.end <= cue]
    if len({m.measure for m in before}) != 1:
        return None
    # Further from its change word, the count is the measure's only when the
    # measure is what changed, named right before the word ("Knife offences
    # fell to 208 ... from 226"), not part of a longer name ("Reports of
    # courier fraud from Severnshire fell from 39 ... to 24").
    if before[-1].end != cue and (mention.token - cue > 7 or _narrowed(doc, before[-1])):
        return None
    following = [m for m in measure_mentions if m.start == mention.token + 1]
    if following and following[0].measure != before[-1].measure:
        return None  # "rose by 5% to 120 knife offences" after naming robbery: not the same count
    if mention.token + 1 < mention.sentence[1] and doc[mention.token + 1].lower_ in NARROWING:
        return None
    return before[-1]
