"""numba's compiled loops (``compiled_loops.py``), each loaded on first
request, or None where numba is missing or fails to load: callers then use
numpy, which gives the same results.

Loading a loop runs it once on small arrays of the types the index uses, so
that compiling it (or reading numba's cache) happens here, where a failure,
such as a cache that cannot be written, falls back to numpy, and not in the
middle of a search or a build. Each loop is loaded only when asked for: the
desk's searches need one, and each costs memory (numba and the scoring loop
take about 110 MB).
"""

from __future__ import annotations

_loaded: dict[str, object] = {}  # loop name → the loop, or False when it cannot be loaded


def loop(name: str):
    """The compiled loop ``name``, or None when numba is unavailable."""
    found = _loaded.get(name)
    if found is None:
        from importlib import import_module

        try:
            module = import_module("drafter.search.compiled_loops")
            module.warm_up(name)
        except Exception:  # noqa: BLE001 (missing numba, llvmlite failing here, a cache it cannot write)
            found = False
        else:
            found = getattr(module, name)
        _loaded[name] = found
    return found or None


def loaded(name: str):
    """The compiled loop ``name`` if it has been loaded, else None (never loads it)."""
    return _loaded.get(name) or None
