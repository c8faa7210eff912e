"""numba's compiled loops (``compiled_loops.py``), loaded once on first
request, or None where numba is missing or fails to load: callers then use
numpy, which gives the same results."""

from __future__ import annotations

_loops = None  # the module once loaded; False when it cannot be


def loops():
    """The ``compiled_loops`` module, or None when numba is unavailable."""
    global _loops
    if _loops is None:
        from importlib import import_module

        try:
            _loops = import_module("drafter.search.compiled_loops")
        except Exception:  # noqa: BLE001 (missing numba, or llvmlite failing on this machine)
            _loops = False
    return _loops or None
