"""Pseudo-relevance feedback (RM3): a short query learns the vocabulary of
the storylines it finds first, and ranks again with it.

A writer's few words often name a scheme one way while other quarters'
paragraphs about it use others ("mentors for young people leaving gangs",
"the group violence intervention"). The paragraphs the first ranking puts at
the top usually carry both. As in Lavrenko and Croft's relevance model, the
top groups' paragraphs, weighted by their scores, give a distribution over
terms; its strongest terms, weighted by IDF so that common words do not
dominate, join the query with a share of its weight, and the results after
the first few are ordered again with them (each scored from its own terms).

What the writer sees stays readable: the first ranking's leading groups stay
where they were (:attr:`ExpansionSettings.feedback_kept`), so feedback never
demotes the match the writer's own words found; only what those words found
is listed; a weaker level is never listed above a closer one; and every hit
keeps the score of the writer's words (the one the relevance levels were
calibrated on). Paragraph-length queries take no feedback: they already
carry the words their versions use. Settings chosen on the tuning query set
only (benchmarks/RESULTS.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from drafter.search.relevance import RELEVANCE_LEVELS, relevance_level

if TYPE_CHECKING:
    from drafter.search.expansion import QueryPlan
    from drafter.search.loaded import LoadedIndex


def rank_with_feedback(index: "LoadedIndex", plan: "QueryPlan", scores, best, code: int | None,
                       pool: list[tuple[int, float]], limit: int, collapse: bool) -> list[tuple[int, float]]:
    """The best ``limit`` of ``pool`` (the first ranking, by ``scores``;
    ``best`` is each group's best of them) after feedback from its best
    groups. Scores stay the writer's words'."""
    import numpy as np

    settings = index.expansion
    wanted = settings.feedback_documents
    # The pool's first groups, when it ranks groups.
    seeds = pool[:wanted] if collapse else index.ranked_from(scores, code, wanted, True, best)
    learned = feedback_terms(index, plan, seeds)
    if learned is None:
        return pool[:limit]
    head, rest = pool[:settings.feedback_kept], pool[settings.feedback_kept:]
    first = np.array([score for _, score in rest])
    documents = [document for document, _ in rest]
    if collapse and documents:
        documents = best_members(index, scores, code, documents)
    again = first * (1.0 - settings.feedback_share) + learned_scores(index, learned, documents)
    reordered = head + [rest[i] for i in np.argsort(-again, kind="stable").tolist()]
    # The levels a writer is shown stay in order: feedback orders the hits
    # within a level, not across them.
    reordered.sort(key=lambda hit: -RELEVANCE_LEVELS[relevance_level(hit[1])][0])
    return reordered[:limit]


def best_members(index: "LoadedIndex", scores, code: int | None, shown: list[int]) -> list[int]:
    """The best paragraph by the writer's words of the group of each
    ``shown`` paragraph: a group ranks by its best paragraph, which need not
    be the one shown for it (the newest)."""
    import numpy as np

    groups = index.groups[np.asarray(shown, dtype=np.int64)]
    starts = index.group_indptr[groups]
    sizes = index.group_indptr[groups + 1] - starts
    firsts = np.cumsum(sizes) - sizes
    members = index.group_members[np.arange(int(sizes.sum())) + np.repeat(starts - firsts, sizes)]
    usable = index.live[members] if code is None else index.live[members] & (index.codes[members] == code)
    own = np.where(usable, scores[index.entries[members]], -1.0)
    # Each group's members lie together: the first member at its group's maximum.
    at_best = np.flatnonzero(own == np.repeat(np.maximum.reduceat(own, firsts), sizes))
    owners = np.repeat(np.arange(len(shown)), sizes)[at_best]
    return members[at_best[np.unique(owners, return_index=True)[1]]].tolist()


def learned_scores(index: "LoadedIndex", learned: "QueryPlan", documents: list[int]):
    """Each document's score for the ``learned`` terms alone, read from the
    document's own terms (the forward index) rather than the terms'
    postings: feedback orders a few dozen results, and reading every posting
    of twenty common terms cost as much as the rest of the query."""
    import numpy as np

    from drafter.search.tfidf import bm25_impacts, bm25_norms

    collection = index.collection
    # Paragraphs carried forward unchanged share an entry: each is scored once.
    entries, shared = np.unique(index.entries[np.asarray(documents, dtype=np.int64)], return_inverse=True)
    out = np.zeros(len(entries))
    for number, segment in enumerate(collection.segments):
        first = 0 if number == 0 else collection.offset
        mine = np.flatnonzero((entries >= first) & (entries < first + segment.n_entries_))
        wanted = learned.columns[number]
        known = wanted >= 0
        if not len(mine) or not known.any():
            continue
        order = np.argsort(wanted[known])
        columns, weights = wanted[known][order], learned.weights[known][order]
        local = entries[mine] - first
        starts = segment.forward_indptr_[local]
        sizes = segment.forward_indptr_[local + 1] - starts
        postings = np.arange(int(sizes.sum())) + np.repeat(starts - (np.cumsum(sizes) - sizes), sizes)
        terms = segment.forward_indices_[postings]
        at = np.minimum(np.searchsorted(columns, terms), len(columns) - 1)
        hit = columns[at] == terms
        norms = np.repeat(bm25_norms(segment.lengths_[local], segment.average_length_, segment.k1, segment.b),
                          sizes)
        impacts = bm25_impacts(segment.forward_counts_[postings[hit]], norms[hit], segment.k1)
        out += np.bincount(np.repeat(mine, sizes)[hit], weights=impacts * weights[at[hit]],
                           minlength=len(entries))
    return out[shared.ravel()]


def feedback_terms(index: "LoadedIndex", plan: "QueryPlan",
                   seeds: list[tuple[int, float]]) -> "QueryPlan | None":
    """The strongest terms of the relevance model of ``seeds`` ((document,
    score) pairs) that ``plan`` lacks, weighted to take their share of its
    weight; None when there are none."""
    import numpy as np

    from drafter.search.expansion import QueryPlan
    from drafter.search.terms import is_class_term

    settings = index.expansion
    total_score = sum(score for _, score in seeds)
    if not seeds or total_score <= 0:
        return None
    model: dict[str, float] = {}
    collection = index.collection
    for document, score in seeds:
        segment, entry = collection.segment_of(int(index.entries[document]))
        start, end = int(segment.forward_indptr_[entry]), int(segment.forward_indptr_[entry + 1])
        counts = segment.forward_counts_[start:end].astype(np.float64)
        weights = counts * ((score / total_score) / max(counts.sum(), 1.0))
        # One gather and tolist: indexing the terms one by one cost more
        # than the rest of the feedback together.
        names = segment.vocabulary_.encoded[segment.forward_indices_[start:end]].tolist()
        for name, weight in zip(names, weights.tolist()):
            term = name.decode("utf-8")
            model[term] = model.get(term, 0.0) + weight
    asked = set(plan.terms)
    candidates = [term for term in model if term not in asked and not is_class_term(term)]
    if not candidates:
        return None
    idf = collection.idf(collection.document_frequency(candidates)).tolist()
    strength = {term: model[term] * weight for term, weight in zip(candidates, idf)}
    chosen = sorted(candidates, key=lambda term: (-strength[term], term))[:settings.feedback_terms]
    total = sum(strength[term] for term in chosen)
    if total <= 0:
        return None
    share = settings.feedback_share
    weights = np.array([share * float(plan.weights.sum()) * strength[term] / total for term in chosen])
    return QueryPlan(chosen, weights, columns=collection.columns(chosen))
