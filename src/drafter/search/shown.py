"""Which paragraph a listed group of near-copies is shown by.

A group ranks by its best paragraph, and the writer is shown its newest
version, the wording to start from. When the newest version no longer carries
the writer's words (a scheme renamed, a place dropped), showing it would list
a paragraph with nothing in common with the query under a score it did not
earn; the version the words found is shown instead, so every hit shares the
words it was ranked for. "Close enough" is a share of the group's best score:
versions of one storyline differ a little in length, which moves BM25 scores
by a few per cent, while a missing word of a short query moves them by far
more; and a newer version that holds every word of the query an older one
holds is shown though its length (a sentence added) scores it lower.
Near-copies are grouped across forces (a paragraph most offices write
alike); where a group's newest version is another force's and the writer's
own force has one that carries the words, the writer's own is shown.
"""

from __future__ import annotations

# The newest version is shown while its own score is at least this share of
# its group's best.
NEWEST_SHOWN_SHARE = 0.8


def newest_member(index, group: int, code: int | None) -> int:
    """``group``'s newest member (in section ``code`` when given): the one
    feedback learns from and ties are broken by."""
    members = _members(index, group)
    if code is not None:
        for member in members.tolist():
            if index.codes[member] == code:
                return member
    return int(members[0])


def shown_member(index, group: int, code: int | None, scores, best: float) -> int:
    """The paragraph shown for ``group``: its newest live member (in section
    ``code`` when given) scoring at least :data:`NEWEST_SHOWN_SHARE` of
    ``best``, else its best-scoring member."""
    import numpy as np

    members = _members(index, group)
    first = int(members[0])
    if index.live[first] and (code is None or index.codes[first] == code) \
            and scores[index.entries[first]] >= NEWEST_SHOWN_SHARE * best:
        return first  # the usual case, decided without looking at the other versions
    usable = index.live[members]
    if code is not None:
        usable &= index.codes[members] == code
    if not usable.any():
        return first
    own = np.where(usable, scores[index.entries[members]], -1.0)
    close = np.flatnonzero(own >= NEWEST_SHOWN_SHARE * best)
    return int(members[close[0]] if len(close) else members[int(np.argmax(own))])


def shown_members(index, groups, bests: list[float], code: int | None, scores) -> list[int]:
    """:func:`shown_member` for each of ``groups`` with its best score: the
    usual case, a live newest version close to its group's best, is decided
    for all of them at once."""
    import numpy as np

    bests = np.asarray(bests, dtype=np.float64)
    loop = _compiled(index)
    if loop is not None:
        chosen = np.empty(len(groups), dtype=np.int64)
        loop(index.group_indptr, index.group_members, np.asarray(groups, dtype=np.int64), bests,
             NEWEST_SHOWN_SHARE, index.live, index.codes, -1 if code is None else code, index.entries, scores,
             chosen)
        return chosen.tolist()
    newest = index.group_members[index.group_indptr[groups]]
    usual = index.live[newest] & (scores[index.entries[newest]] >= NEWEST_SHOWN_SHARE * bests)
    if code is not None:
        usual &= index.codes[newest] == code
    shown = newest.tolist()
    for place in np.flatnonzero(~usual).tolist():
        shown[place] = shown_member(index, int(groups[place]), code, scores, float(bests[place]))
    return shown


def own_versions(index, shown: list[int], bests, code: int | None, scores, own) -> list[int]:
    """``shown`` with each paragraph of another force replaced by its group's
    newest version in one of the writer's force's statements (``own``: a
    boolean array by statement id), where that version is live (in section
    ``code`` when given) and scores at least :data:`NEWEST_SHOWN_SHARE` of the
    group's best: near-copies are grouped across forces, but the wording a
    writer starts from is their own office's."""
    import numpy as np

    statement_ids = index.arrays["statement_ids"]
    chosen = list(shown)
    for place, (document, best) in enumerate(zip(shown, bests)):
        if _of(own, statement_ids[document:document + 1])[0]:
            continue
        members = _members(index, int(index.groups[document]))
        usable = index.live[members] & _of(own, statement_ids[members])
        if code is not None:
            usable &= index.codes[members] == code
        usable &= scores[index.entries[members]] >= NEWEST_SHOWN_SHARE * best
        found = np.flatnonzero(usable)
        if len(found):
            chosen[place] = int(members[found[0]])
    return chosen


def newer_with_the_words(index, plan, shown: list[int], code: int | None, own) -> list[int]:
    """``shown`` with each paragraph that is not its group's newest version
    replaced by the newest live one (in section ``code``; of the writer's force
    when the shown one is, ``own`` marking its statements) that holds every
    one of the writer's words the shown one holds: a version a sentence
    longer scores lower for its length alone, and must not leave an older
    quarter's wording listed ("The Banking Protocol was used 27 times"
    before "… 31 times. Bank staff in Stafford stopped …")."""
    import numpy as np

    statement_ids = index.arrays["statement_ids"]
    words_of = _words_held(index.collection, plan)
    chosen = list(shown)
    for place, document in enumerate(shown):
        members = _members(index, int(index.groups[document]))
        newer = members[:int(np.flatnonzero(members == document)[0])] if document in members else members[:0]
        if not len(newer):
            continue
        usable = index.live[newer].copy()
        if code is not None:
            usable &= index.codes[newer] == code
        if own is not None and own.any():  # the writer's force's version stays the writer's force's
            usable &= _of(own, statement_ids[newer]) == _of(own, statement_ids[document:document + 1])[0]
        needed = words_of(int(index.entries[document]))
        for member in newer[usable].tolist():
            if needed <= words_of(int(index.entries[member])):
                chosen[place] = int(member)
                break
    return chosen


def _of(own, statements):
    """Whether each of ``statements`` is marked in ``own``."""
    import numpy as np

    statements = np.asarray(statements, dtype=np.int64)
    inside = statements < len(own)
    marked = np.zeros(len(statements), dtype=bool)
    marked[inside] = own[statements[inside]]
    return marked


def _words_held(collection, plan):
    """A function: the writer's words an entry holds (a word is held where
    every term of one of its links is)."""
    held: dict[str, object] = {}

    def holds(term: str, place: int):
        if term not in held:
            held[term] = collection.holding([columns[place:place + 1] for columns in plan.columns])
        return held[term]

    place_of = {term: place for place, term in enumerate(plan.terms)}
    links = [(terms, written) for terms, written in plan.links if all(term in place_of for term in terms)]

    def words(entry: int) -> frozenset:
        return frozenset(word.lower() for terms, written in links
                         if all(holds(term, place_of[term])[entry] for term in terms) for word in written)

    return words


# In a large corpus a storyline can have hundreds of versions, and the
# newest is often not the one shown: a compiled loop looks through them.
COMPILED_LOOPS = ("shown_versions",)


def _compiled(index):
    from drafter.search import accumulate, compiled

    return compiled.loaded(COMPILED_LOOPS[0]) if accumulate.uses_compiled(index.collection.size) else None


def _members(index, group: int):
    """``group``'s paragraphs, newest first."""
    return index.group_members[index.group_indptr[group]:index.group_indptr[group + 1]]
