"""Ordering a short query's hits by what they mean as well as the words they share.

Where a sentence model is installed (``meaning.py``), a short query's best
groups by words are ordered again by a blend of the two: the hit's score
as a share of the best score in the list, and how close the sentence model
puts the paragraph to the query. Only hits that share words with the query
are listed, as without the model, and a closer level (``relevance.py``) is
never listed below a weaker one: the meaning moves hits within their level.

The blend's weight (0.2 to 0.5 were tried) and its form (the score's
share, not the hit's place in the list) were chosen on the tuning query set
alone, by MRR@10 plus recall@5 on its first judgments; the held-out set is
reported beside it (``benchmarks/retrieval_quality.py``). A paragraph pasted whole is not
ordered again: it carries its storyline's words already.
"""

from __future__ import annotations

from collections import OrderedDict

MEANING_WEIGHT = 0.4
"""The sentence model's share of the blend (the words' is the rest)."""
POOL = 30
"""Groups by words that the meaning may reorder: a right answer below the
thirtieth by words was not lifted into the top ten in the tuning set."""
_REMEMBERED = 4096
"""Vectors a process keeps in memory, paragraphs' and queries' each."""

_LEVEL_ORDER = {"close": 0, "related": 1, "weak": 2}


class _Memory(OrderedDict):
    """Least recently used vectors, bounded: a desk left open meets new queries all day."""

    def remember(self, key, value) -> None:
        self[key] = value
        self.move_to_end(key)
        while len(self) > _REMEMBERED:
            self.popitem(last=False)


_paragraph_vectors = _Memory()
_query_vectors = _Memory()


def forget_vectors(queries: bool = True, paragraphs: bool = True) -> None:
    """Forget the vectors this process remembers (the stored ones stay):
    measuring a first search, or a model changed under a running process."""
    if queries:
        _query_vectors.clear()
    if paragraphs:
        _paragraph_vectors.clear()


def applies(plan, expand: bool) -> bool:
    """Whether a query's hits are ordered by meaning too: a short query,
    expanded, where a sentence model is installed."""
    if not expand or not plan or not plan.feedback:
        return False
    from drafter.search import meaning

    return meaning.encoder() is not None


def pool_size(limit: int) -> int:
    return max(limit, POOL)


def reorder(workspace, query: str, scores: list[float], texts: list[str]) -> list[int]:
    """The places of hits with ``scores`` and paragraph ``texts``, in the
    order to list them: by level, then by the blend of words and meaning."""
    from drafter.search.relevance import relevance_level

    if not scores:
        return []
    try:
        closeness = meaning_closeness(workspace, query, texts)
    except Exception as error:  # noqa: BLE001 - a model that loads but cannot encode: search by words
        from drafter.search import meaning

        meaning.failed(f"{meaning.model_directory()}: cannot encode with it ({type(error).__name__}: {error})")
        return list(range(len(scores)))
    best = max(scores) or 1.0
    blended = [
        (_LEVEL_ORDER[relevance_level(score)],
         -((1.0 - MEANING_WEIGHT) * score / best + MEANING_WEIGHT * float(near)), place)
        for place, (score, near) in enumerate(zip(scores, closeness))
    ]
    return [place for _, _, place in sorted(blended)]


def meaning_closeness(workspace, query: str, texts: list[str]):
    """Cosine of the query's sentence vector with each text's (-1..1)."""
    return paragraph_vectors(workspace, texts) @ query_vector(query)


def query_vector(query: str):
    from drafter.search import meaning

    key = (meaning.model_id(), query)
    vector = _query_vectors.get(key)
    if vector is None:
        vector = meaning.encoder().encode([query])[0]
    _query_vectors.remember(key, vector)
    return vector


def paragraph_vectors(workspace, texts: list[str]):
    """One row per text: from memory, else the store, else encoded now and kept in both."""
    import numpy as np

    from drafter.search import meaning
    from drafter.store import sentence_vectors
    from drafter.store.statements import text_hash

    model = meaning.model_id()
    encoder = meaning.encoder()
    hashes = [text_hash(text) for text in texts]
    out = np.zeros((len(texts), encoder.dimensions), dtype=np.float32)
    wanted: dict[str, list[int]] = {}
    for row, digest in enumerate(hashes):
        vector = _paragraph_vectors.get((model, digest))
        if vector is None:
            wanted.setdefault(digest, []).append(row)
        else:
            out[row] = vector
    if not wanted:
        return out
    for digest, blob in sentence_vectors.cached(workspace.database, model, list(wanted)).items():
        vector = np.frombuffer(blob, dtype=np.float32)
        if vector.shape[0] != encoder.dimensions:
            continue  # written by a model of another size under the same name: encode again
        for row in wanted.pop(digest):
            out[row] = vector
        _paragraph_vectors.remember((model, digest), vector)
    if wanted:
        missing = list(wanted)
        made = encoder.encode([texts[wanted[digest][0]] for digest in missing])
        for digest, vector in zip(missing, made):
            out[wanted[digest]] = vector
            _paragraph_vectors.remember((model, digest), vector)
        _keep(workspace, model, [(digest, vector.tobytes()) for digest, vector in zip(missing, made)])
    return out


def _keep(workspace, model: str, rows: list[tuple[str, bytes]]) -> None:
    import sqlite3

    from drafter.store import sentence_vectors

    try:
        sentence_vectors.store(workspace.database, model, rows)
    except sqlite3.Error:
        pass  # a cache: another process writing the workspace only means encoding again later


PREPARED_GROUPS = 2000
"""Up to this many groups, :func:`prepare` encodes every group's newest
paragraph ahead of the first search (about 30 paragraphs a second on two
cores); a larger corpus has its vectors made as searches first need them."""


def prepare(workspace, index) -> None:
    """Encode and keep the vectors of each group's newest paragraph not yet
    stored, for a process that will search many times (off its UI thread)."""
    from drafter.search import meaning
    from drafter.store.statements import paragraphs_by_id

    groups = len(index.group_indptr) - 1
    if meaning.encoder() is None or groups > PREPARED_GROUPS:
        return
    newest = index.group_members[index.group_indptr[:-1]]
    ids = [int(index.paragraph_ids[document]) for document in newest.tolist()]
    rows = paragraphs_by_id(workspace.database, ids)
    paragraph_vectors(workspace, [rows[i]["text"] for i in ids if i in rows])
