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

Feedback costs about a quarter of a short query at 100k paragraphs, so its
loops over many paragraphs (each group's best paragraph, the learned terms'
scores) are compiled where the scoring loop is, and terms go by number, not
name, until the few kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from drafter.search.relevance import RELEVANCE_LEVELS, relevance_level

if TYPE_CHECKING:
    from drafter.search.expansion import QueryPlan
    from drafter.search.loaded import LoadedIndex


# Loops compiled by numba for large collections (``compiled_loops.py``),
# loaded with the scoring loop; each gives numpy's results to the last bit.
COMPILED_LOOPS = ("best_members", "learned_impacts")


def _compiled(index: "LoadedIndex", name: str):
    from drafter.search import accumulate, compiled

    return compiled.loaded(name) if accumulate.uses_compiled(index.collection.size) else None


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

    groups = index.groups[np.asarray(shown, dtype=np.int64)].astype(np.int64)
    loop = _compiled(index, "best_members")
    if loop is not None:
        chosen = np.empty(len(shown), dtype=np.int64)
        loop(index.group_indptr, index.group_members, groups, index.live, index.codes,
             -1 if code is None else code, index.entries, scores, chosen)
        return chosen.tolist()
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
        loop = _compiled(index, "learned_impacts")
        if loop is not None:
            loop(local, mine, segment.forward_indptr_, segment.forward_indices_, segment.forward_counts_,
                 segment.lengths_, segment.average_length_, segment.k1, segment.b, columns, weights, out)
            continue
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

    settings = index.expansion
    total_score = sum(score for _, score in seeds)
    if not seeds or total_score <= 0:
        return None
    collection = index.collection
    numbering = collection.numbering()
    # Terms are numbered, not named, until the few kept: naming every term
    # of the seeds cost more than the rest of the feedback together.
    found, shares = [], []
    for document, score in seeds:
        entry = int(index.entries[document])
        segment, local = collection.segment_of(entry)
        start, end = int(segment.forward_indptr_[local]), int(segment.forward_indptr_[local + 1])
        counts = segment.forward_counts_[start:end].astype(np.float64)
        shares.append(counts * ((score / total_score) / max(counts.sum(), 1.0)))
        found.append(numbering.per_segment[0 if segment is collection.main else 1][segment.forward_indices_[start:end]])
    numbers, inverse = np.unique(np.concatenate(found), return_inverse=True)
    # Each term's weight from the seeds in turn, as a relevance model adds them.
    model = np.bincount(inverse.ravel(), weights=np.concatenate(shares))
    asked = numbering.of_columns(plan.columns)
    at = np.minimum(np.searchsorted(numbers, asked), len(numbers) - 1)  # numbers are sorted
    candidate = ~numbering.class_term[numbers]
    candidate[at[numbers[at] == asked]] = False
    numbers, model = numbers[candidate], model[candidate]
    if not len(numbers):
        return None
    strength = model * numbering.idf[numbers]
    wanted = settings.feedback_terms
    if len(numbers) > wanted:
        floor = np.partition(strength, len(strength) - wanted)[len(strength) - wanted]
        near = np.flatnonzero(strength >= floor)  # ties with the last kept are ordered by name
        numbers, strength = numbers[near], strength[near]
    names = numbering.names(numbers)
    strengths = strength.tolist()
    order = sorted(range(len(names)), key=lambda i: (-strengths[i], names[i]))[:wanted]
    total = sum(strengths[i] for i in order)
    if total <= 0:
        return None
    share = settings.feedback_share * float(plan.weights.sum())
    weights = np.array([share * strengths[i] / total for i in order])
    return QueryPlan([names[i] for i in order], weights, columns=numbering.columns(numbers[order]))
