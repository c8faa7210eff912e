"""Which paragraph a listed group of near-copies is shown by.

A group ranks by its best paragraph, and the writer is shown its newest
version, the wording to start from. When the newest version no longer carries
the writer's words (a scheme renamed, a place dropped), showing it would list
a paragraph with nothing in common with the query under a score it did not
earn; the version the words found is shown instead, so every hit shares the
words it was ranked for. "Close enough" is a share of the group's best score:
versions of one storyline differ a little in length, which moves BM25 scores
by a few per cent, while a missing word of a short query moves them by far
more. Near-copies are grouped across forces (a paragraph most offices write
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
        statement = int(statement_ids[document])
        if statement < len(own) and own[statement]:
            continue
        members = _members(index, int(index.groups[document]))
        statements = statement_ids[members]
        usable = index.live[members] & (statements < len(own))
        usable[usable] &= own[statements[usable]]
        if code is not None:
            usable &= index.codes[members] == code
        usable &= scores[index.entries[members]] >= NEWEST_SHOWN_SHARE * best
        found = np.flatnonzero(usable)
        if len(found):
            chosen[place] = int(members[found[0]])
    return chosen


# In a large corpus a storyline can have hundreds of versions, and the
# newest is often not the one shown: a compiled loop looks through them.
COMPILED_LOOPS = ("shown_versions",)


def _compiled(index):
    from drafter.search import accumulate, compiled

    return compiled.loaded(COMPILED_LOOPS[0]) if accumulate.uses_compiled(index.collection.size) else None


def _members(index, group: int):
    """``group``'s paragraphs, newest first."""
    return index.group_members[index.group_indptr[group]:index.group_indptr[group + 1]]
