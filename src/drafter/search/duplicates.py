"""Near-duplicate paragraphs: the same paragraph carried forward from quarter
to quarter, perhaps with new figures, a sentence changed or rewritten.

Three kinds of link join paragraphs into one group:

- identical terms (figures are class terms already, so new figures alone do
  not count);
- copies: cosine similarity of the TF-IDF vectors at least ``copy_threshold``,
  across any two statements (another force may carry the same wording). Up to
  :data:`EXACT_UP_TO` paragraphs every pair is compared; above that MinHash
  locality-sensitive hashing proposes the pairs, as O(n²) is too slow at 100k;
- versions: a force's statement and its previous one, paragraphs of one
  section paired one to one by an optimal assignment on similarity, when the
  pair's similarity reaches ``version_threshold`` and clearly beats its
  rivals (``versions.py``). Offices rewrite a
  paragraph every quarter (in the sample corpus the knife-bin paragraph's
  cosine similarity to its previous version is often 0.2 to 0.3), so a global
  threshold that low would join unrelated paragraphs, while the assignment
  within one section rarely errs (benchmarks/README.md).
"""

from __future__ import annotations

from drafter.search import compiled

# Up to this many distinct paragraphs every pair is compared exactly (a sparse
# matrix product); above it MinHash proposes the pairs.
EXACT_UP_TO = 5000
# 24 bands of 3: a pair whose term sets overlap by half (Jaccard 0.5, about
# cosine 0.7 here) becomes a candidate with probability 0.95.
BANDS = 24
ROWS_PER_BAND = 3
# A Mersenne prime: the compiled MinHash reduces modulo it by folding bits.
_PRIME = (1 << 31) - 1
# A bucket this large is a very common boilerplate sentence set; its members
# are compared with one representative instead of pairwise.
_PAIRWISE_LIMIT = 12
# Candidate pairs agreeing on fewer MinHash values than this (Jaccard
# estimate) are not copies: cosine 0.7 needs an overlap of about a half.
MIN_AGREEMENT = 0.3


def group_near_duplicates(matrix, term_keys, threshold: float, *,
                          sources=None, statements: list[tuple] | None = None,
                          sections: list[str | None] | None = None,
                          version_threshold: float = 0.1, seed: int = 13):
    """Group label per row of ``matrix``.

    Parameters
    ----------
    matrix:
        scipy CSR matrix of L2-normalised TF-IDF rows.
    term_keys:
        Per row, a key (a string or a whole number) equal for rows with
        identical terms.
    threshold:
        Minimum cosine similarity for two rows to count as copies.
    sources:
        Per row, the statement it comes from. A group holds at most one
        paragraph of a statement (identical paragraphs apart): a paragraph
        has one version per statement, and without this rule a chain of
        links would join a whole section's paragraphs into one group.
    statements:
        Per row, ``(force, date, statement id)`` of its statement; with
        ``sections`` (per row, its section key or None) enables version links.

    Returns
    -------
    numpy.ndarray of int32 labels, 0..k-1, equal for rows in one group.
    """
    import numpy as np

    n = matrix.shape[0]
    groups = _Groups(n, sources)
    reps = groups.join_identical(term_keys)

    # Most similar pairs first, so a paragraph joins its closest version
    # before a weaker link could claim that statement's place in the group.
    if len(reps) > 1 and threshold <= 1.0:
        if len(reps) <= EXACT_UP_TO:
            left, right, similarity = _similar_pairs(matrix[reps], threshold)
            left, right = reps[left], reps[right]
        else:
            signatures = _minhash(matrix[reps], BANDS * ROWS_PER_BAND, seed)
            pairs = candidate_pairs(signatures)
            # The signatures estimate each pair's Jaccard overlap: pairs far
            # below a copy's are dropped before the exact (costly) check.
            agree = _agreement(signatures, pairs)
            pairs = pairs[agree >= MIN_AGREEMENT]
            left, right = reps[pairs[:, 0]], reps[pairs[:, 1]]
            similarity = row_dots(matrix, left, right)
            close = similarity >= threshold
            left, right, similarity = left[close], right[close], similarity[close]
        for i in np.argsort(-similarity, kind="stable").tolist():
            groups.join(int(left[i]), int(right[i]))
    if statements is not None and sections is not None:
        from drafter.search.versions import version_links

        links = version_links(matrix, statements, sections, version_threshold, large=len(reps) > EXACT_UP_TO)
        for _, a, b in sorted(links, reverse=True):
            groups.join(a, b)
    return groups.labels()


class _Groups:
    """Union-find whose groups keep the set of statements they draw from."""

    def __init__(self, n: int, sources):
        self.parent = list(range(n))
        self.sources = [{source} for source in sources] if sources is not None else None

    def join_identical(self, keys):
        """Join the rows with equal keys (identical paragraphs, whatever their
        statements) under the first of them; those first rows, in order."""
        import numpy as np

        keys = np.asarray(keys)
        if len(keys) == 0:
            return np.zeros(0, dtype=np.int64)
        _, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
        root_of = first[inverse.ravel()]
        self.parent = root_of.tolist()
        if self.sources is not None:
            sources = self.sources
            for row in np.flatnonzero(root_of != np.arange(len(keys))).tolist():
                sources[self.parent[row]] |= sources[row]
                sources[row] = None
        return np.sort(first).astype(np.int64)

    def find(self, i: int) -> int:
        parent = self.parent
        root = i
        while parent[root] != root:
            root = parent[root]
        while parent[i] != root:
            parent[i], i = root, parent[i]
        return root

    def join(self, a: int, b: int, always: bool = False) -> bool:
        """Put a and b in one group unless their groups share a statement
        (``always`` joins regardless: identical paragraphs). True if joined."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.sources is None:
            self.parent[rb] = ra
            return True
        sa, sb = self.sources[ra], self.sources[rb]
        if not always and not sa.isdisjoint(sb):
            return False
        if len(sa) < len(sb):
            ra, rb, sa, sb = rb, ra, sb, sa
        sa |= sb
        self.parent[rb] = ra
        self.sources[rb] = None
        return True

    def labels(self):
        import numpy as np

        roots = np.fromiter((self.find(i) for i in range(len(self.parent))), dtype=np.int64,
                            count=len(self.parent))
        _, labels = np.unique(roots, return_inverse=True)
        return labels.astype(np.int32)


def _similar_pairs(matrix, threshold: float, chunk: int = 1000):
    """All pairs (i < j) of rows with cosine similarity >= threshold, and it."""
    import numpy as np

    lefts, rights, values = [], [], []
    transposed = matrix.T.tocsc()
    for start in range(0, matrix.shape[0], chunk):
        block = (matrix[start:start + chunk] @ transposed).tocoo()
        keep = (block.data >= threshold) & (block.row + start < block.col)
        lefts.append(block.row[keep] + start)
        rights.append(block.col[keep])
        values.append(block.data[keep])
    if not lefts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0)
    return (np.concatenate(lefts).astype(np.int64), np.concatenate(rights).astype(np.int64),
            np.concatenate(values))


def _agreement(signatures, pairs, chunk: int = 200_000):
    """Share of MinHash values two rows agree on (an estimate of their
    Jaccard overlap), for each pair."""
    import numpy as np

    out = np.empty(len(pairs), dtype=np.float32)
    loop = compiled.loop("agreement")
    if loop is not None:
        loop(signatures, pairs[:, 0], pairs[:, 1], out)
        return out
    for start in range(0, len(pairs), chunk):
        part = pairs[start:start + chunk]
        out[start:start + chunk] = (signatures[part[:, 0]] == signatures[part[:, 1]]).mean(axis=1)
    return out


def row_dots(matrix, left, right, chunk: int = 200_000):
    """Dot product of rows ``left[i]`` and ``right[i]`` of a CSR matrix
    (canonical: sorted columns, no duplicates, as the retriever makes it)."""
    import numpy as np

    out = np.empty(len(left), dtype=np.float64)
    # The compiled loop repeats scipy's float32 arithmetic on sorted rows.
    loop = compiled.loop("row_dots") if matrix.dtype == np.float32 and matrix.has_sorted_indices else None
    if loop is not None and len(left):
        loop(matrix.indptr, matrix.indices, matrix.data, matrix.shape[1],
             np.asarray(left, dtype=np.int64), np.asarray(right, dtype=np.int64), out)
        return out
    for start in range(0, len(left), chunk):
        a, b = matrix[left[start:start + chunk]], matrix[right[start:start + chunk]]
        out[start:start + chunk] = np.asarray(a.multiply(b).sum(axis=1)).ravel()
    return out


def _minhash(matrix, permutations: int, seed: int):
    """MinHash signature (rows × permutations) of each row's set of columns."""
    import numpy as np

    rng = np.random.default_rng(seed)
    a = rng.integers(1, _PRIME, size=permutations, dtype=np.uint64)
    b = rng.integers(0, _PRIME, size=permutations, dtype=np.uint64)
    indptr = matrix.indptr
    columns = matrix.indices.astype(np.uint64)
    rows = matrix.shape[0]
    signatures = np.full((rows, permutations), np.iinfo(np.uint64).max, dtype=np.uint64)
    non_empty = np.flatnonzero(np.diff(indptr) > 0)
    if len(non_empty) == 0:
        return signatures
    # MinHash runs only above EXACT_UP_TO paragraphs, where loading numba pays.
    loop = compiled.loop("minhash")
    if loop is not None:
        loop(indptr, columns, a, b, np.uint64(_PRIME), signatures)
        return signatures
    starts = indptr[non_empty]
    for p in range(permutations):
        hashed = (a[p] * columns + b[p]) % _PRIME
        signatures[non_empty, p] = np.minimum.reduceat(hashed, starts)
    return signatures


def candidate_pairs(signatures):
    """Pairs of rows that share every value of at least one band."""
    import numpy as np

    rows = signatures.shape[0]
    found = []
    multipliers = np.array([1_000_003 ** k for k in range(ROWS_PER_BAND)], dtype=np.uint64)
    for band in range(BANDS):
        chunk = signatures[:, band * ROWS_PER_BAND:(band + 1) * ROWS_PER_BAND]
        keys = (chunk * multipliers).sum(axis=1)  # wraps modulo 2**64: a hash
        order = np.argsort(keys, kind="stable")
        sorted_keys = keys[order]
        boundaries = np.flatnonzero(np.diff(sorted_keys)) + 1
        starts = np.concatenate(([0], boundaries))
        sizes = np.diff(np.concatenate((starts, [rows])))
        # Small buckets one size at a time: every pair within each, as arrays.
        for size in np.unique(sizes[(sizes > 1) & (sizes <= _PAIRWISE_LIMIT)]).tolist():
            members = order[starts[sizes == size][:, None] + np.arange(size)]
            i, j = np.triu_indices(size, k=1)
            found.append(np.stack([members[:, i].ravel(), members[:, j].ravel()], axis=1))
        # Large buckets all at once: each member paired with its bucket's first.
        large = sizes > _PAIRWISE_LIMIT
        if large.any():
            large_starts, others = starts[large], sizes[large] - 1
            first_member = np.repeat(large_starts, others)
            # Positions start + 1 .. start + size - 1 of every large bucket, in one run.
            step_in_bucket = np.arange(len(first_member)) - np.repeat(np.cumsum(others) - others, others)
            found.append(np.stack([order[first_member], order[first_member + 1 + step_in_bucket]], axis=1))
    if not found:
        return np.empty((0, 2), dtype=np.int64)
    pairs = np.concatenate(found).astype(np.int64)
    pairs.sort(axis=1)
    # Sorted and deduplicated by hand: numpy 2's hashing np.unique took 1.5 s
    # on the 100k corpus's pair keys, a sort 0.1 s.
    keys = np.sort(pairs[:, 0] * rows + pairs[:, 1])
    keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))] if len(keys) else keys
    return np.stack([keys // rows, keys % rows], axis=1)
