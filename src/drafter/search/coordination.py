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
    place_of = {term: place for place, term in enumerate(plan.terms)}
    # A term no paragraph holds: nothing holds the whole alternative.
    links = [(terms, written) for terms, written in plan.links if all(term in place_of for term in terms)]
    if _compiled(collection) is not None and len(plan.terms) <= MARKED_TERMS:
        _share_out_compiled(collection, plan, scores, words, links, place_of)
        return
    import numpy as np

    presence: dict[str, object] = {}

    def holds(term: str):
        if term not in presence:
            place = place_of[term]
            presence[term] = collection.holding([columns[place:place + 1] for columns in plan.columns])
        return presence[term]

    shared = {word: np.zeros(collection.size, dtype=bool) for word in words}
    for terms, written in links:
        held = np.logical_and.reduce([holds(term) for term in terms])
        for word in written:
            shared[word.lower()] |= held
    count = np.sum(list(shared.values()), axis=0, dtype=np.int8)
    scores[count == 1] *= ONE_WORD_SHARE
    scores[count == 0] = 0.0


# At 100k paragraphs the masks above cost as much as the rest of a short
# query together; the compiled loops mark each entry's terms as bits and
# make one pass, with the same products (a score times 1, the share or 0).
COMPILED_LOOPS = ("mark_postings", "keep_shares")
MARKED_TERMS = 32  # bits of an entry's mark


def _compiled(collection):
    from drafter.search import accumulate, compiled

    if not accumulate.uses_compiled(collection.size):
        return None
    return all(compiled.loaded(name) for name in COMPILED_LOOPS) or None


def _share_out_compiled(collection, plan, scores, words: set[str], links, place_of) -> None:
    import numpy as np

    from drafter.search.compiled import loaded

    mark_postings, keep_shares = (loaded(name) for name in COMPILED_LOOPS)
    # Every term is marked, so that an entry left unmarked scored nothing.
    marks = np.zeros(collection.size, dtype=np.uint32)
    touched = np.empty(collection.size, dtype=np.int64)
    count = 0
    for place in range(len(plan.terms)):
        for indptr, indices, impacts, column, offset in collection.postings_of(
                [columns[place:place + 1] for columns in plan.columns]):
            count = mark_postings(marks, indptr, indices, impacts, column, offset, np.uint32(1 << place),
                                  touched, count)
    if len(collection.dead):
        marks[collection.dead] = 0
    word_bits = {word: 1 << number for number, word in enumerate(sorted(words))}
    link_marks = np.array([sum({1 << place_of[term] for term in terms}) for terms, _ in links], dtype=np.uint32)
    link_words = np.array([sum({word_bits[word.lower()] for word in written}) for _, written in links],
                          dtype=np.uint32)
    kept = np.array([0.0, ONE_WORD_SHARE] + [1.0] * len(words))
    keep_shares(scores, marks, touched[:count], link_marks, link_words, kept)
