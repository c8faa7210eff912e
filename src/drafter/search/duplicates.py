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
  rivals (:func:`assign_versions`). Offices rewrite a
  paragraph every quarter (in the sample corpus the knife-bin paragraph's
  cosine similarity to its previous version is often 0.2 to 0.3), so a global
  threshold that low would join unrelated paragraphs, while the assignment
  within one section rarely errs (benchmarks/README.md).
"""

from __future__ import annotations

import functools
import hashlib

# Up to this many distinct paragraphs every pair is compared exactly (a sparse
# matrix product); above it MinHash proposes the pairs.
EXACT_UP_TO = 5000
# 24 bands of 3: a pair whose term sets overlap by half (Jaccard 0.5, about
# cosine 0.7 here) becomes a candidate with probability 0.95.
BANDS = 24
ROWS_PER_BAND = 3
_PRIME = (1 << 31) - 1
# A version link must beat every other pairing of either paragraph by this factor.
DISTINCT_BY = 1.1
# From this many distinct terms on both sides, and this similarity, a rival
# pairing counts only when its other paragraph would take it about as readily
# as its own match. Short items (one-line planned actions) and weaker pairs
# keep the strict rule: there a pairing is as likely chance as a version, and
# a wrong link hides a paragraph behind another in every search.
SUBSTANTIAL_TERMS = 12
SUBSTANTIAL_SIMILARITY = 0.14
# A bucket this large is a very common boilerplate sentence set; its members
# are compared with one representative instead of pairwise.
_PAIRWISE_LIMIT = 12
# Candidate pairs agreeing on fewer MinHash values than this (Jaccard
# estimate) are not copies: cosine 0.7 needs an overlap of about a half.
MIN_AGREEMENT = 0.3


def group_near_duplicates(matrix, term_keys: list[str], threshold: float, *,
                          sources=None, statements: list[tuple] | None = None,
                          sections: list[str | None] | None = None,
                          version_threshold: float = 0.1, seed: int = 13):
    """Group label per row of ``matrix``.

    Parameters
    ----------
    matrix:
        scipy CSR matrix of L2-normalised TF-IDF rows.
    term_keys:
        Per row, a string that is equal for rows with identical terms.
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
    first_with_key: dict[bytes, int] = {}
    representatives = []
    for row, key in enumerate(term_keys):
        digest = hashlib.blake2b(key.encode("utf-8"), digest_size=12).digest()
        seen = first_with_key.get(digest)
        if seen is None:
            first_with_key[digest] = row
            representatives.append(row)
        else:
            groups.join(seen, row, always=True)

    # Most similar pairs first, so a paragraph joins its closest version
    # before a weaker link could claim that statement's place in the group.
    reps = np.asarray(representatives, dtype=np.int64)
    if len(reps) > 1 and threshold <= 1.0:
        if len(reps) <= EXACT_UP_TO:
            left, right, similarity = _similar_pairs(matrix[reps], threshold)
            left, right = reps[left], reps[right]
        else:
            signatures = _minhash(matrix[reps], BANDS * ROWS_PER_BAND, seed)
            pairs = _candidate_pairs(signatures)
            # The signatures estimate each pair's Jaccard overlap: pairs far
            # below a copy's are dropped before the exact (costly) check.
            agree = _agreement(signatures, pairs)
            pairs = pairs[agree >= MIN_AGREEMENT]
            left, right = reps[pairs[:, 0]], reps[pairs[:, 1]]
            similarity = _row_dots(matrix, left, right)
            close = similarity >= threshold
            left, right, similarity = left[close], right[close], similarity[close]
        for i in np.argsort(-similarity, kind="stable").tolist():
            groups.join(int(left[i]), int(right[i]))
    if statements is not None and sections is not None:
        links = _version_links(matrix, statements, sections, version_threshold)
        for _, a, b in sorted(links, reverse=True):
            groups.join(a, b)
    return groups.labels()


class _Groups:
    """Union-find whose groups keep the set of statements they draw from."""

    def __init__(self, n: int, sources):
        self.parent = list(range(n))
        self.sources = [{source} for source in sources] if sources is not None else None

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


def _version_links(matrix, statements: list[tuple], sections: list[str | None],
                   threshold: float) -> list[tuple[float, int, int]]:
    """(similarity, paragraph, its version in the force's previous statement).

    Within each section the paragraphs of the two statements are matched one
    to one so that the total similarity is greatest (an optimal assignment).
    A matched pair counts when its similarity reaches ``threshold`` and is
    clearly the best for both paragraphs (:data:`DISTINCT_BY` times the next
    best): when a section's paragraphs all resemble each other a little, no
    pairing is trustworthy.
    """
    import numpy as np

    rows_of: dict[tuple, list[int]] = {}
    for row, statement in enumerate(statements):
        rows_of.setdefault(statement, []).append(row)
    by_force: dict[object, list[tuple]] = {}
    for statement in rows_of:
        by_force.setdefault(statement[0], []).append(statement)
    # One sparse product per pair of statements (scipy's per-call cost
    # dominates at this size); sections are then cut from the dense result.
    blocks: dict[tuple, object] = {}
    terms_in = np.diff(matrix.indptr)
    links = []
    for force_statements in by_force.values():
        force_statements.sort(key=lambda s: (s[1] or "", s[2]))
        for previous, current in zip(force_statements, force_statements[1:]):
            for statement in (previous, current):
                if statement not in blocks:
                    rows = rows_of[statement]
                    # A statement's rows are usually consecutive: a slice is
                    # far cheaper than picking rows one by one.
                    contiguous = rows[-1] - rows[0] == len(rows) - 1
                    blocks[statement] = matrix[rows[0]:rows[-1] + 1] if contiguous else matrix[rows]
            similarity = (blocks[current] @ blocks[previous].T).toarray()
            new_rows = np.asarray(rows_of[current])
            old_rows = np.asarray(rows_of[previous])
            new_sections = [sections[r] for r in rows_of[current]]
            old_sections = [sections[r] for r in rows_of[previous]]
            for section in dict.fromkeys(new_sections):
                new_at = np.flatnonzero([s == section for s in new_sections])
                old_at = np.flatnonzero([s == section for s in old_sections])
                if not len(old_at):
                    continue
                block = similarity[np.ix_(new_at, old_at)]
                sizes = (terms_in[new_rows[new_at]], terms_in[old_rows[old_at]])
                links.extend(assign_versions(block, new_rows[new_at], old_rows[old_at], threshold, sizes))
            blocks.pop(previous, None)  # each statement is "previous" once, last
    return links


def assign_versions(block, new_rows, old_rows, threshold: float, sizes=None) -> list[tuple[float, int, int]]:
    """Pairs of a one-to-one assignment of the block's rows to its columns
    that reach ``threshold`` and beat every rival pairing of either side by
    :data:`DISTINCT_BY`. ``sizes``, (distinct terms of each row, of each
    column), lets a pair of substantial paragraphs ignore rivals whose other
    side is paired far more closely elsewhere (:data:`SUBSTANTIAL_TERMS`)."""
    import numpy as np

    rows, columns = best_assignment(block)
    values = block[rows, columns]
    others = block.copy()
    others[rows, columns] = -np.inf
    rival = np.maximum(others.max(axis=1)[rows], others.max(axis=0)[columns])
    if sizes is not None:
        row_own = np.zeros(block.shape[0])
        row_own[rows] = values
        column_own = np.zeros(block.shape[1])
        column_own[columns] = values
        for_columns = np.where(others * DISTINCT_BY >= row_own[:, None], others, -np.inf)
        for_rows = np.where(others * DISTINCT_BY >= column_own[None, :], others, -np.inf)
        open_rival = np.maximum(for_rows.max(axis=1)[rows], for_columns.max(axis=0)[columns])
        row_sizes, column_sizes = (np.asarray(side) for side in sizes)
        substantial = (row_sizes[rows] >= SUBSTANTIAL_TERMS) & (column_sizes[columns] >= SUBSTANTIAL_TERMS) \
            & (values >= SUBSTANTIAL_SIMILARITY)
        rival = np.where(substantial, open_rival, rival)
    keep = (values >= threshold) & (values >= DISTINCT_BY * np.maximum(rival, 0.0))
    return [(float(v), int(a), int(b)) for v, a, b in
            zip(values[keep], new_rows[rows[keep]], old_rows[columns[keep]])]


# Blocks up to this size on their longer side are solved by trying every
# assignment (a section rarely has more paragraphs): scipy.optimize, whose
# import takes half a second, is needed only for larger ones.
BRUTE_FORCE_UP_TO = 7


def best_assignment(block):
    """(rows, columns) of a one-to-one assignment of the rows of ``block`` to
    its columns (as many pairs as the shorter side) with the greatest total,
    rows ascending."""
    import numpy as np

    n, m = block.shape
    if n > m:
        columns, rows = best_assignment(block.T)
        order = np.argsort(rows)
        return rows[order], columns[order]
    if m <= BRUTE_FORCE_UP_TO:
        choices = _assignments(n, m)
        totals = block[np.arange(n), choices].sum(axis=1) if n else np.zeros(1)
        return np.arange(n), choices[int(np.argmax(totals))]
    from scipy.optimize import linear_sum_assignment

    return linear_sum_assignment(-block)


@functools.lru_cache(maxsize=64)
def _assignments(n: int, m: int):
    """Every way to give each of n rows its own one of m columns (n <= m)."""
    import itertools

    import numpy as np

    return np.array(list(itertools.permutations(range(m), n)), dtype=np.intp).reshape(-1, n)


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
    for start in range(0, len(pairs), chunk):
        part = pairs[start:start + chunk]
        out[start:start + chunk] = (signatures[part[:, 0]] == signatures[part[:, 1]]).mean(axis=1)
    return out


def _row_dots(matrix, left, right, chunk: int = 200_000):
    """Dot product of rows ``left[i]`` and ``right[i]`` of a CSR matrix."""
    import numpy as np

    out = np.empty(len(left), dtype=np.float64)
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
    starts = indptr[non_empty]
    for p in range(permutations):
        hashed = (a[p] * columns + b[p]) % _PRIME
        signatures[non_empty, p] = np.minimum.reduceat(hashed, starts)
    return signatures


def _candidate_pairs(signatures):
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
        # Buckets of one size at a time: every pair within each, as arrays.
        for size in np.unique(sizes[sizes > 1]).tolist():
            bucket_starts = starts[sizes == size]
            if size <= _PAIRWISE_LIMIT:
                members = order[bucket_starts[:, None] + np.arange(size)]
                i, j = np.triu_indices(size, k=1)
                found.append(np.stack([members[:, i].ravel(), members[:, j].ravel()], axis=1))
            else:
                for start in bucket_starts.tolist():
                    members = order[start:start + size]
                    found.append(np.stack([np.full(size - 1, members[0]), members[1:]], axis=1))
    if not found:
        return np.empty((0, 2), dtype=np.int64)
    pairs = np.concatenate(found).astype(np.int64)
    pairs.sort(axis=1)
    keys = np.unique(pairs[:, 0] * rows + pairs[:, 1])
    return np.stack([keys // rows, keys % rows], axis=1)
