"""numba's compiled loops (``compiled_loops.py``), loaded once on first
request, or None where numba is missing or fails to load: callers then use
numpy, which gives the same results.

Loading runs each loop once on small arrays of the types the index uses, so
that compiling (or reading numba's cache) happens here, where a failure, such
as a cache that cannot be written, falls back to numpy, and not in the middle
of the first search or build.
"""

from __future__ import annotations

_loops = None  # the module once loaded; False when it cannot be


def loops():
    """The ``compiled_loops`` module, or None when numba is unavailable."""
    global _loops
    if _loops is None:
        from importlib import import_module

        try:
            module = import_module("drafter.search.compiled_loops")
            module.warm_up()
        except Exception:  # noqa: BLE001 (missing numba, llvmlite failing here, a cache it cannot write)
            _loops = False
        else:
            _loops = module
    return _loops or None
