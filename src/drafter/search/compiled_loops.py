"""Loops compiled by numba, for scoring, feedback and grouping large corpora.
Imported only through ``compiled.py``; each loop does the same arithmetic,
in the same order, as the numpy code it stands in for, so results are
identical to the last bit (tests compare both)."""

import numba
import numpy as np


@numba.njit(cache=True, nogil=True, boundscheck=False)
def add_impacts(scores, indptr, indices, impacts, columns, weights, offset):  # pragma: no cover (compiled)
    # The float32 product, then the float64 sum in posting order: numpy's
    # ``impacts * weight`` and ``bincount``.
    for k in range(columns.shape[0]):
        column = columns[k]
        weight = weights[k]
        for posting in range(indptr[column], indptr[column + 1]):
            scores[indices[posting] + offset] += impacts[posting] * weight


@numba.njit(cache=True, nogil=True, boundscheck=False)
def minhash(indptr, columns, a, b, prime, signatures):  # pragma: no cover (compiled)
    # uint64 throughout (wrapping as numpy's uint64 arithmetic does); rows
    # without columns keep the sentinel they were given.
    for row in range(indptr.shape[0] - 1):
        start, end = indptr[row], indptr[row + 1]
        if start == end:
            continue
        for p in range(a.shape[0]):
            best = _mod_mersenne_31(a[p] * columns[start] + b[p], prime)
            for posting in range(start + 1, end):
                hashed = _mod_mersenne_31(a[p] * columns[posting] + b[p], prime)
                if hashed < best:
                    best = hashed
            signatures[row, p] = best


@numba.njit(cache=True, inline="always")
def _mod_mersenne_31(value, prime):  # pragma: no cover (compiled)
    # value % prime for the prime 2**31 - 1 (the one MinHash uses), by
    # folding the high bits onto the low ones: exact for any uint64, and
    # several times faster than a 64-bit division.
    folded = (value & prime) + (value >> numba.uint64(31))
    folded = (folded & prime) + (folded >> numba.uint64(31))
    return folded - prime if folded >= prime else folded


@numba.njit(cache=True, nogil=True, boundscheck=False)
def agreement(signatures, left, right, out):  # pragma: no cover (compiled)
    width = signatures.shape[1]
    for i in range(left.shape[0]):
        same = 0
        for p in range(width):
            if signatures[left[i], p] == signatures[right[i], p]:
                same += 1
        out[i] = same / width


@numba.njit(cache=True, nogil=True, boundscheck=False)
def similarity_block(indptr, indices, data, new_rows, old_rows, dense, stamp, mark, out):  # pragma: no cover (compiled)
    # out[i, j] = row new_rows[i] · row old_rows[j] as scipy's sparse product
    # gives it: float32 products added one by one in column order. Each new
    # row stamps its columns with its own mark (mark, mark + 1, ...), so the
    # stamps of earlier calls never match; returns the next unused mark.
    for i in range(new_rows.shape[0]):
        row = new_rows[i]
        for posting in range(indptr[row], indptr[row + 1]):
            dense[indices[posting]] = data[posting]
            stamp[indices[posting]] = mark
        for j in range(old_rows.shape[0]):
            other = old_rows[j]
            total = np.float32(0.0)
            for posting in range(indptr[other], indptr[other + 1]):
                if stamp[indices[posting]] == mark:
                    total += dense[indices[posting]] * data[posting]
            out[i, j] = total
        mark += 1
    return mark


@numba.njit(cache=True, nogil=True, boundscheck=False)
def best_members(group_indptr, group_members, groups, live, codes, code, entries, scores,
                 out):  # pragma: no cover (compiled)
    # Per group, its first member at the group's highest score; members that
    # are removed, or outside priority ``code`` (-1: any), count as -1.
    for i in range(groups.shape[0]):
        start, end = group_indptr[groups[i]], group_indptr[groups[i] + 1]
        chosen, highest = group_members[start], -2.0
        for at in range(start, end):
            member = group_members[at]
            usable = live[member] and (code < 0 or codes[member] == code)
            own = scores[entries[member]] if usable else -1.0
            if own > highest:
                chosen, highest = member, own
        out[i] = chosen


@numba.njit(cache=True, nogil=True, boundscheck=False)
def learned_impacts(entries, places, indptr, indices, counts, lengths, average_length, k1, b,
                    columns, weights, out):  # pragma: no cover (compiled)
    # Each entry's BM25 score for the sorted ``columns`` (weighted), as
    # tfidf.bm25_norms and bm25_impacts compute it: the norm in float64 cast
    # to float32, the impact in float32, the weighted sum in float64 in the
    # entry's term order.
    saturation = np.float32(k1 + 1.0)
    for i in range(entries.shape[0]):
        entry = entries[i]
        norm = np.float32(k1 * (1.0 - b + b * np.float64(lengths[entry]) / average_length))
        total = 0.0
        for posting in range(indptr[entry], indptr[entry + 1]):
            term = indices[posting]
            at = np.searchsorted(columns, term)
            if at < columns.shape[0] and columns[at] == term:
                tf = np.float32(counts[posting])
                total += np.float64(tf * saturation / (tf + norm)) * weights[at]
        out[places[i]] += total


@numba.njit(cache=True, nogil=True, boundscheck=False)
def row_dots(indptr, indices, data, columns, left, right, out):  # pragma: no cover (compiled)
    # out[i] = row left[i] · row right[i] as scipy's ``a.multiply(b).sum(axis=1)``
    # gives it: the float32 products of shared columns in column order,
    # added by numpy's ``add.reduceat`` (the first product, plus the
    # pairwise sum of the rest). The left row is spread over a dense array
    # once for its run of pairs (pairs come sorted by their left row).
    longest = 0
    for row in range(indptr.shape[0] - 1):
        longest = max(longest, indptr[row + 1] - indptr[row])
    products = np.empty(longest + 1, dtype=np.float32)
    dense = np.zeros(columns, dtype=np.float32)
    holder = np.full(columns, -1, dtype=np.int64)
    for i in range(left.shape[0]):
        a, b = left[i], right[i]
        if i == 0 or a != left[i - 1]:
            for posting in range(indptr[a], indptr[a + 1]):
                dense[indices[posting]] = data[posting]
                holder[indices[posting]] = a
        count = 0
        for posting in range(indptr[b], indptr[b + 1]):
            column = indices[posting]
            if holder[column] == a:
                product = dense[column] * data[posting]
                if product != 0:
                    products[count] = product
                    count += 1
        if count == 0:
            out[i] = 0.0
        else:
            out[i] = products[0] + _pairwise_sum(products, 1, count - 1)


@numba.njit(cache=True, inline="always")
def _pairwise_sum(values, start, n):  # pragma: no cover (compiled)
    # numpy's pairwise summation of float32 values[start:start + n] (its
    # reduce loop): blocks of up to 128 values summed in eight running sums,
    # longer runs split in halves (a multiple of 8) and their sums added.
    # The halves are walked with a stack of their own: numba's compiled
    # recursion crashed here.
    if n <= 128:
        return _block_sum(values, start, n)
    starts = np.empty(64, dtype=np.int64)
    sizes = np.empty(64, dtype=np.int64)
    stage = np.zeros(64, dtype=np.int8)  # 0: not split, 1: left half pending, 2: right half pending
    left_sums = np.empty(64, dtype=np.float32)
    top = 0
    starts[0], sizes[0] = start, n
    while True:
        if sizes[top] > 128 and stage[top] == 0:
            half = sizes[top] // 2
            half -= half % 8
            stage[top] = 1
            top += 1
            starts[top], sizes[top], stage[top] = starts[top - 1], half, 0
            continue
        total = _block_sum(values, starts[top], sizes[top])
        top -= 1
        while top >= 0:
            if stage[top] == 1:
                left_sums[top] = total
                stage[top] = 2
                half = sizes[top] // 2
                half -= half % 8
                top += 1
                starts[top], sizes[top], stage[top] = starts[top - 1] + half, sizes[top - 1] - half, 0
                break
            total = left_sums[top] + total
            top -= 1
        if top < 0:
            return total


@numba.njit(cache=True, inline="always")
def _block_sum(values, start, n):  # pragma: no cover (compiled)
    if n < 8:
        total = np.float32(-0.0)
        for k in range(start, start + n):
            total += values[k]
        return total
    r0, r1, r2, r3 = values[start], values[start + 1], values[start + 2], values[start + 3]
    r4, r5, r6, r7 = values[start + 4], values[start + 5], values[start + 6], values[start + 7]
    k = 8
    while k < n - n % 8:
        r0 += values[start + k]
        r1 += values[start + k + 1]
        r2 += values[start + k + 2]
        r3 += values[start + k + 3]
        r4 += values[start + k + 4]
        r5 += values[start + k + 5]
        r6 += values[start + k + 6]
        r7 += values[start + k + 7]
        k += 8
    total = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
    while k < n:
        total += values[start + k]
        k += 1
    return total


@numba.njit(cache=True, nogil=True, boundscheck=False)
def mark_postings(marks, indptr, indices, impacts, column, offset, bit, touched, count):  # pragma: no cover (compiled)
    # Sets ``bit`` in the mark of each entry holding the term, listing in
    # ``touched`` each entry marked for the first time; returns their count.
    for posting in range(indptr[column], indptr[column + 1]):
        if impacts[posting] > 0:
            entry = indices[posting] + offset
            if marks[entry] == 0:
                touched[count] = entry
                count += 1
            marks[entry] |= bit
    return count


@numba.njit(cache=True, nogil=True, boundscheck=False)
def keep_shares(scores, marks, touched, link_marks, link_words, kept):  # pragma: no cover (compiled)
    # Each touched entry keeps kept[n] of its score, n the query's words it
    # shares: a word is shared where the entry's mark holds every term of
    # one of its links. An entry whose mark was cleared (removed) ends at 0.
    for i in range(touched.shape[0]):
        entry = touched[i]
        held = marks[entry]
        words = numba.uint32(0)
        for link in range(link_marks.shape[0]):
            if (held & link_marks[link]) == link_marks[link]:
                words |= link_words[link]
        shared = 0
        while words:
            words &= words - numba.uint32(1)
            shared += 1
        scores[entry] *= kept[shared]


@numba.njit(cache=True, nogil=True, boundscheck=False)
def shown_versions(group_indptr, group_members, groups, bests, share, live, codes, code, entries, scores,
                   out):  # pragma: no cover (compiled)
    # Per group, newest first, its first member that is live (and in
    # priority ``code``; -1: any) scoring at least ``share`` of its best;
    # else its first member at the highest score (an unusable member counts
    # -1); else, with none usable, its newest.
    for i in range(groups.shape[0]):
        start, end = group_indptr[groups[i]], group_indptr[groups[i] + 1]
        threshold = share * bests[i]
        chosen, fallback, highest, usable_seen = -1, group_members[start], -2.0, False
        for at in range(start, end):
            member = group_members[at]
            usable = live[member] and (code < 0 or codes[member] == code)
            own = scores[entries[member]] if usable else -1.0
            if usable:
                usable_seen = True
                if own >= threshold:
                    chosen = member
                    break
            if own > highest:
                fallback, highest = member, own
        if chosen < 0:
            chosen = fallback if usable_seen else group_members[start]
        out[i] = chosen


def warm_up(name: str) -> None:
    """Run loop ``name`` once on small arrays of the types the index uses
    (compiling it, or loading it from numba's cache)."""
    if name == "add_impacts":
        add_impacts(np.zeros(2), np.array([0, 1, 2], dtype=np.int64), np.array([0, 1], dtype=np.int32),
                    np.ones(2, dtype=np.float32), np.array([1], dtype=np.int64),
                    np.ones(1, dtype=np.float32), 0)
    elif name == "minhash":
        minhash(np.array([0, 1, 2], dtype=np.int32), np.array([0, 1], dtype=np.uint64),
                np.ones(3, dtype=np.uint64), np.zeros(3, dtype=np.uint64), np.uint64((1 << 31) - 1),
                np.zeros((2, 3), dtype=np.uint64))
    elif name == "agreement":
        pairs = np.array([[0, 1]], dtype=np.int64)
        agreement(np.zeros((2, 3), dtype=np.uint64), pairs[:, 0], pairs[:, 1], np.zeros(1, dtype=np.float32))
    elif name == "similarity_block":
        rows = np.array([0, 1], dtype=np.int64)
        similarity_block(np.array([0, 1, 2], dtype=np.int32), np.array([0, 0], dtype=np.int32),
                         np.ones(2, dtype=np.float32), rows, rows, np.zeros(1, dtype=np.float32),
                         np.full(1, -1, dtype=np.int64), 0, np.zeros((2, 2), dtype=np.float32))
    elif name == "best_members":
        one = np.array([0, 2], dtype=np.int64)
        best_members(one, np.array([0, 1], dtype=np.int32), np.array([0], dtype=np.int64),
                     np.ones(2, dtype=bool), np.zeros(2, dtype=np.int8), -1, np.array([0, 1], dtype=np.int64),
                     np.zeros(2), np.zeros(1, dtype=np.int64))
    elif name == "learned_impacts":
        # A saved index's forward arrays are read-only (mapped from disk), a new build's are not.
        for writable in (True, False):
            forward = (np.array([0, 1], dtype=np.int64), np.array([0], dtype=np.int32), np.ones(1, dtype=np.uint16))
            for array in forward:
                array.setflags(write=writable)
            learned_impacts(np.array([0], dtype=np.int64), np.array([0], dtype=np.int64), *forward,
                            np.ones(1, dtype=np.int32), 1.0, 1.2, 0.75, np.array([0], dtype=np.int64), np.ones(1),
                            np.zeros(1))
    elif name == "row_dots":
        rows = np.array([0], dtype=np.int64)
        row_dots(np.array([0, 1], dtype=np.int32), np.array([0], dtype=np.int32),
                 np.ones(1, dtype=np.float32), 1, rows, rows, np.zeros(1))
    elif name == "mark_postings":
        mark_postings(np.zeros(2, dtype=np.uint32), np.array([0, 1], dtype=np.int64), np.array([1], dtype=np.int32),
                      np.ones(1, dtype=np.float32), 0, 0, np.uint32(1), np.zeros(2, dtype=np.int64), 0)
    elif name == "keep_shares":
        keep_shares(np.ones(2), np.array([1, 0], dtype=np.uint32), np.array([0], dtype=np.int64),
                    np.ones(1, dtype=np.uint32), np.ones(1, dtype=np.uint32), np.array([0.0, 0.5, 1.0]))
    elif name == "shown_versions":
        shown_versions(np.array([0, 2], dtype=np.int64), np.array([0, 1], dtype=np.int32),
                       np.array([0], dtype=np.int64), np.ones(1), 0.8, np.ones(2, dtype=bool),
                       np.zeros(2, dtype=np.int8), -1, np.array([0, 1], dtype=np.int64), np.zeros(2),
                       np.zeros(1, dtype=np.int64))
    else:
        raise ValueError(f"no compiled loop named {name!r}")
