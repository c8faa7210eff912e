"""Adding up a query's term impacts into every entry's score.

numpy gathers the postings into temporary arrays and adds them with one
``bincount``; a loop compiled by numba adds them in place, two to three
times faster (benchmarks/RESULTS.md, "compiled scoring"). Both give the
same scores to the last bit.

Importing numba and loading the compiled loop costs about half a second and
110 MB, so a search never does it on its own: a process that will search a
large collection many times (the desk, through ``Workspace.prepare_search``)
loads it once, off its UI thread, and a one-off search from the command line
stays with numpy. Small collections (under 20,000 distinct paragraphs) use
numpy anyway, and so does a machine where numba is missing or fails to load.
"""

from __future__ import annotations

COMPILED_FROM_ENTRIES = 20_000
LOOP = "add_impacts"  # in compiled_loops.py


def worth_compiling(entries: int) -> bool:
    return entries >= COMPILED_FROM_ENTRIES


def uses_compiled(entries: int) -> bool:
    """Whether to score ``entries`` entries with the compiled loop (only once loaded)."""
    from drafter.search.compiled import loaded

    return worth_compiling(entries) and loaded(LOOP) is not None


def add_segment(scores, segment, columns, weights, offset: int) -> None:
    """Add the impacts of ``columns`` (weighted) in ``segment`` to ``scores``
    from entry ``offset`` on, with the compiled loop."""
    import numpy as np

    from drafter.search.compiled import loaded

    indptr, indices, impacts = segment.current_postings(columns)
    loaded(LOOP)(scores, indptr, indices, impacts, np.asarray(columns, dtype=np.int64),
                 np.asarray(weights, dtype=np.float32), offset)
