"""Scoring loops compiled by numba (imported only by ``accumulate.py``,
which falls back to numpy when this module cannot be imported)."""

import numba


@numba.njit(cache=True, nogil=True, boundscheck=False)
def add_impacts(scores, indptr, indices, impacts, columns, weights, offset):  # pragma: no cover (compiled)
    # The float32 product, then the float64 sum in posting order: the same
    # arithmetic as numpy's ``impacts * weight`` and ``bincount``, so both
    # paths give identical scores.
    for k in range(columns.shape[0]):
        column = columns[k]
        weight = weights[k]
        for posting in range(indptr[column], indptr[column + 1]):
            scores[indices[posting] + offset] += impacts[posting] * weight
