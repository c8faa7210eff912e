"""Version links: a paragraph and its version in the force's previous
statement, paired within each section by an optimal assignment on
similarity (see ``duplicates.py`` for the groups they join).

A pair counts when its similarity reaches the threshold and clearly beats
its rivals. At 100k paragraphs a build meets 20,000 small sections, so
sections of one shape are solved together, as one stack of blocks.
"""

from __future__ import annotations

import functools

# A version link must beat every other pairing of either paragraph by this factor.
DISTINCT_BY = 1.1
# From this many distinct terms on both sides, and this similarity, a rival
# pairing counts only when its other paragraph would take it about as readily
# as its own match. Short items (one-line planned actions) and weaker pairs
# keep the strict rule: there a pairing is as likely chance as a version, and
# a wrong link hides a paragraph behind another in every search.
SUBSTANTIAL_TERMS = 12
SUBSTANTIAL_SIMILARITY = 0.14


def version_links(matrix, statements: list[tuple], sections: list[str | None],
                  threshold: float, *, large: bool = False) -> list[tuple[float, int, int]]:
    """(similarity, paragraph, its version in the force's previous statement).

    Within each section the paragraphs of the two statements are matched one
    to one so that the total similarity is greatest (an optimal assignment).
    A matched pair counts when its similarity reaches ``threshold`` and is
    clearly the best for both paragraphs (:data:`DISTINCT_BY` times the next
    best): when a section's paragraphs all resemble each other a little, no
    pairing is trustworthy. A ``large`` build computes the sections'
    similarities with a compiled loop, when numba loads (same values).
    """
    import numpy as np

    rows_of: dict[tuple, list[int]] = {}
    for row, statement in enumerate(statements):
        rows_of.setdefault(statement, []).append(row)
    by_force: dict[object, list[tuple]] = {}
    for statement in rows_of:
        by_force.setdefault(statement[0], []).append(statement)
    terms_in = np.diff(matrix.indptr)
    batches = VersionBatches(threshold)
    blocks_of = _SectionBlocks(matrix, rows_of, sections, large)
    for force_statements in by_force.values():
        force_statements.sort(key=lambda s: (s[1] or "", s[2]))
        for previous, current in zip(force_statements, force_statements[1:]):
            for block, new_rows, old_rows in blocks_of(previous, current):
                batches.add(block, new_rows, old_rows, (terms_in[new_rows], terms_in[old_rows]))
    return batches.links()


class _SectionBlocks:
    """The similarity blocks of the sections two statements share, with the
    rows they pair, for each consecutive pair of one force's statements in
    date order (each statement is the previous one once, last).

    One sparse product per pair of statements (scipy's per-call cost
    dominates at this size), sections then cut from the dense result; or,
    for a large build where numba loads, each section's block alone
    (:class:`SectionSimilarities`)."""

    def __init__(self, matrix, rows_of: dict, sections: list, large: bool):
        self.matrix, self.rows_of, self.sections = matrix, rows_of, sections
        self.alone = SectionSimilarities.for_matrix(matrix) if large else None
        self.slices: dict[tuple, object] = {}
        self.places: dict[tuple, dict] = {}

    def __call__(self, previous, current):
        import numpy as np

        for statement in (previous, current):
            if statement not in self.places:
                self.places[statement] = _places_by_section(self.rows_of[statement], self.sections)
        similarity = self._product(previous, current) if self.alone is None else None
        new_rows, old_rows = np.asarray(self.rows_of[current]), np.asarray(self.rows_of[previous])
        for section, new_at in self.places[current].items():
            old_at = self.places[previous].get(section)
            if old_at is None:
                continue
            news, olds = new_rows[new_at], old_rows[old_at]
            block = self.alone(news, olds) if similarity is None else similarity[np.ix_(new_at, old_at)]
            yield block, news, olds
        self.places.pop(previous, None)
        self.slices.pop(previous, None)

    def _product(self, previous, current):
        for statement in (previous, current):
            if statement not in self.slices:
                rows = self.rows_of[statement]
                # A statement's rows are usually consecutive: a slice is
                # far cheaper than picking rows one by one.
                contiguous = rows[-1] - rows[0] == len(rows) - 1
                self.slices[statement] = self.matrix[rows[0]:rows[-1] + 1] if contiguous \
                    else self.matrix[rows]
        return (self.slices[current] @ self.slices[previous].T).toarray()


class SectionSimilarities:
    """One section's similarity block (new rows × old rows), computed alone
    by a compiled loop: at 100k paragraphs that is faster than one sparse
    product per pair of statements, and gives the same float32 values."""

    def __init__(self, matrix, loop):
        import numpy as np

        self.matrix, self.loop = matrix, loop
        self.dense = np.zeros(matrix.shape[1], dtype=np.float32)
        self.stamp = np.full(matrix.shape[1], -1, dtype=np.int64)
        self.mark = 0

    @classmethod
    def for_matrix(cls, matrix):
        """The computation for ``matrix``, or None where numba does not load
        (or the matrix is not float32 rows with sorted columns)."""
        import numpy as np

        from drafter.search import compiled

        if matrix.dtype != np.float32 or not matrix.has_sorted_indices:
            return None
        loop = compiled.loop("similarity_block")
        return cls(matrix, loop) if loop is not None else None

    def __call__(self, new_rows, old_rows):
        import numpy as np

        block = np.empty((len(new_rows), len(old_rows)), dtype=np.float32)
        matrix = self.matrix
        self.mark = self.loop(matrix.indptr, matrix.indices, matrix.data, new_rows, old_rows,
                              self.dense, self.stamp, self.mark, block)
        return block


def _places_by_section(rows: list[int], sections: list[str | None]) -> dict:
    """Section key → positions of a statement's rows in it (in order)."""
    import numpy as np

    places: dict[str | None, list[int]] = {}
    for place, row in enumerate(rows):
        places.setdefault(sections[row], []).append(place)
    return {section: np.asarray(at, dtype=np.intp) for section, at in places.items()}


class VersionBatches:
    """Sections' similarity blocks gathered by shape (and whether sizes are
    given), then solved a stack at a time by :func:`assign_version_batch`."""

    def __init__(self, threshold: float):
        self.threshold = threshold
        self._by_shape: dict[tuple[tuple[int, int], bool], list] = {}  # (shape, no sizes) → sections

    def add(self, block, new_rows, old_rows, sizes=None) -> None:
        self._by_shape.setdefault((block.shape, sizes is None), []).append((block, new_rows, old_rows, sizes))

    def links(self) -> list[tuple[float, int, int]]:
        import numpy as np

        found: list[tuple[float, int, int]] = []
        for (shape, _), items in self._by_shape.items():
            # A stack's brute-force totals hold every assignment of every
            # block: solved in parts, memory stays bounded whatever the corpus.
            step = max(1, STACK_ELEMENTS // _elements_per_block(*shape))
            for start in range(0, len(items), step):
                part = items[start:start + step]
                blocks = np.stack([block for block, _, _, _ in part])
                new_rows = np.stack([rows for _, rows, _, _ in part])
                old_rows = np.stack([rows for _, _, rows, _ in part])
                sizes = None if part[0][3] is None else \
                    (np.stack([np.asarray(size[0]) for *_, size in part]),
                     np.stack([np.asarray(size[1]) for *_, size in part]))
                found.extend(assign_version_batch(blocks, new_rows, old_rows, self.threshold, sizes))
        return found


STACK_ELEMENTS = 2_000_000  # about 16 MB of totals per part


def _elements_per_block(n: int, m: int) -> int:
    """The size of one block's brute-force totals (or of the block itself)."""
    shorter, longer = min(n, m), max(n, m)
    if longer > BRUTE_FORCE_UP_TO:
        return n * m
    return max(1, len(_assignments(shorter, longer)) * shorter)


def assign_versions(block, new_rows, old_rows, threshold: float, sizes=None) -> list[tuple[float, int, int]]:
    """Pairs of a one-to-one assignment of the block's rows to its columns
    that reach ``threshold`` and beat every rival pairing of either side by
    :data:`DISTINCT_BY`. ``sizes``, (distinct terms of each row, of each
    column), lets a pair of substantial paragraphs ignore rivals whose other
    side is paired far more closely elsewhere (:data:`SUBSTANTIAL_TERMS`)."""
    import numpy as np

    block = np.asarray(block)
    if not block.size:
        return []
    batch_sizes = None if sizes is None else tuple(np.asarray(side)[None] for side in sizes)
    return assign_version_batch(block[None], np.asarray(new_rows)[None], np.asarray(old_rows)[None],
                                threshold, batch_sizes)


def assign_version_batch(blocks, new_rows, old_rows, threshold: float, sizes=None) -> list[tuple[float, int, int]]:
    """:func:`assign_versions` for a stack of blocks of one shape (``new_rows``
    and ``old_rows`` stacked alike, and each side of ``sizes``)."""
    import numpy as np

    rows, columns = best_assignments(blocks)
    batch = np.arange(len(blocks))[:, None]
    values = blocks[batch, rows, columns]
    others = blocks.copy()
    others[batch, rows, columns] = -np.inf
    rival = np.maximum(others.max(axis=2)[batch, rows], others.max(axis=1)[batch, columns])
    if sizes is not None:
        row_own = np.zeros(blocks.shape[:2])
        row_own[batch, rows] = values
        column_own = np.zeros((blocks.shape[0], blocks.shape[2]))
        column_own[batch, columns] = values
        for_columns = np.where(others * DISTINCT_BY >= row_own[:, :, None], others, -np.inf)
        for_rows = np.where(others * DISTINCT_BY >= column_own[:, None, :], others, -np.inf)
        open_rival = np.maximum(for_rows.max(axis=2)[batch, rows], for_columns.max(axis=1)[batch, columns])
        row_sizes, column_sizes = sizes
        substantial = (row_sizes[batch, rows] >= SUBSTANTIAL_TERMS) \
            & (column_sizes[batch, columns] >= SUBSTANTIAL_TERMS) & (values >= SUBSTANTIAL_SIMILARITY)
        rival = np.where(substantial, open_rival, rival)
    keep = (values >= threshold) & (values >= DISTINCT_BY * np.maximum(rival, 0.0))
    return [(float(v), int(a), int(b)) for v, a, b in
            zip(values[keep], new_rows[batch, rows][keep], old_rows[batch, columns][keep])]


# Blocks up to this size on their longer side are solved by trying every
# assignment (a section rarely has more paragraphs): scipy.optimize, whose
# import takes half a second, is needed only for larger ones.
BRUTE_FORCE_UP_TO = 7


def best_assignment(block):
    """(rows, columns) of a one-to-one assignment of the rows of ``block`` to
    its columns (as many pairs as the shorter side) with the greatest total,
    rows ascending."""
    import numpy as np

    rows, columns = best_assignments(np.asarray(block)[None])
    return rows[0], columns[0]


def best_assignments(blocks):
    """:func:`best_assignment` of each block in a stack of one shape, as
    (rows, columns) arrays with a row per block."""
    import numpy as np

    count, n, m = blocks.shape
    if n > m:
        columns, rows = best_assignments(blocks.transpose(0, 2, 1))
        order = np.argsort(rows, axis=1)
        return np.take_along_axis(rows, order, axis=1), np.take_along_axis(columns, order, axis=1)
    rows = np.broadcast_to(np.arange(n), (count, n))
    if m <= BRUTE_FORCE_UP_TO:
        choices = _assignments(n, m)
        if not n:
            return rows, np.zeros((count, 0), dtype=np.intp)
        totals = blocks[:, np.arange(n), choices].sum(axis=2)
        return rows, choices[np.argmax(totals, axis=1)]
    from scipy.optimize import linear_sum_assignment

    solved = [linear_sum_assignment(-block) for block in blocks]
    return np.stack([r for r, _ in solved]), np.stack([c for _, c in solved])


@functools.lru_cache(maxsize=64)
def _assignments(n: int, m: int):
    """Every way to give each of n rows its own one of m columns (n <= m)."""
    import itertools

    import numpy as np

    return np.array(list(itertools.permutations(range(m), n)), dtype=np.intp).reshape(-1, n)
