"""A paragraph that shares one word only of a query of several counts for less.

Scores are shares of the best score a query can reach, with each word
weighted by how rare it is. In a query of two or three words the rarest
one can carry well over half the weight, so a paragraph holding that word
alone ("shop" of "shop theft", in a paragraph on bleed-control kits in pubs
and shops) scored as close as one on the topic, and could rank above a
paragraph holding the whole phrase ("street" of "broken street lights" in a
paragraph on a burglary scheme). One shared word is seldom the writer's
topic: such a paragraph's score is multiplied by :data:`ONE_WORD_SHARE`,
which keeps it out of "close" unless the word was nearly the whole query.
Only short queries need it: in the tuning queries of five words or more,
no hit sharing one word came near "close" (all were weak), and halving
them there only reorders weak hits.
A word counts as shared when the paragraph holds it or an alternative the
query was expanded with, whole ("emergency department" for "A&E").
"""

from __future__ import annotations

ONE_WORD_SHARE = 0.5
"""What a paragraph sharing a single word of a short query keeps of its score."""
SHORT_QUERY_WORDS = 4
"""A query of up to this many words (of two or more) is short."""


def share_out(collection, plan, scores) -> None:
    """For a query of two to :data:`SHORT_QUERY_WORDS` words, where one
    shared word can reach close, multiply ``scores`` (every entry's) in
    place: by :data:`ONE_WORD_SHARE` where an entry shares exactly one of
    the query's words, by 0 where it shares none (it holds only stray words
    of an alternative, "emergency" of "emergency department", and is not
    listed: it must not take a listed hit's place). Longer and one-word
    queries are left as they are."""
    words = {word.lower() for word in plan.word_order}
    if not 1 < len(words) <= SHORT_QUERY_WORDS:
        return
    import numpy as np

    place_of = {term: place for place, term in enumerate(plan.terms)}
    presence: dict[str, object] = {}

    def holds(term: str):
        if term not in presence:
            place = place_of[term]
            presence[term] = collection.holding([columns[place:place + 1] for columns in plan.columns])
        return presence[term]

    shared = {word: np.zeros(collection.size, dtype=bool) for word in words}
    for terms, written in plan.links:
        if not all(term in place_of for term in terms):
            continue  # a term no paragraph holds: nothing holds the whole alternative
        held = np.logical_and.reduce([holds(term) for term in terms])
        for word in written:
            shared[word.lower()] |= held
    count = np.sum(list(shared.values()), axis=0, dtype=np.int8)
    scores[count == 1] *= ONE_WORD_SHARE
    scores[count == 0] = 0.0
