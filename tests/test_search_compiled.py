"""Large collections add up scores in a loop compiled by numba; small ones,
and machines without numba, use numpy. A writer sees the same results, to
the last digit of every score, either way."""

from __future__ import annotations

import sys

import pytest
from test_search_delta import _results, fresh, updated  # noqa: F401 (fixtures)

from drafter.search import accumulate


@pytest.mark.parametrize("collapse", [False, True])
def test_compiled_scores_equal_numpy_scores_across_a_delta_and_a_removal(updated, fresh, collapse,  # noqa: F811
                                                                        monkeypatch):
    # The first searches after the change also recompute stale impacts.
    pytest.importorskip("numba", reason="numba is not installed: only numpy scores here")
    workspace, _, _ = updated
    monkeypatch.setattr(accumulate, "COMPILED_FROM_ENTRIES", 0)
    workspace.prepare_search()
    assert accumulate.uses_compiled(1)
    compiled = _results(workspace, collapse)
    monkeypatch.setattr(accumulate, "uses_compiled", lambda entries: False)
    assert compiled == _results(workspace, collapse) == _results(fresh, collapse)


def test_without_numba_searches_fall_back_to_numpy(updated, monkeypatch):  # noqa: F811
    workspace, _, _ = updated
    expected = _results(workspace, True)
    monkeypatch.setattr(accumulate, "_compiled", None)
    monkeypatch.setattr(accumulate, "COMPILED_FROM_ENTRIES", 0)
    monkeypatch.setitem(sys.modules, "numba", None)  # import numba now fails
    monkeypatch.delitem(sys.modules, "drafter.search.compiled_loops", raising=False)
    workspace.prepare_search()
    assert accumulate.compiled_loop() is None and not accumulate.uses_compiled(1)
    assert _results(workspace, True) == expected


def test_a_single_search_does_not_wait_for_numba(updated, monkeypatch):  # noqa: F811
    workspace, _, _ = updated
    monkeypatch.setattr(accumulate, "_compiled", None)
    monkeypatch.setattr(accumulate, "COMPILED_FROM_ENTRIES", 0)
    assert workspace.search("knife surrender bins")
    assert not accumulate.uses_compiled(1)  # not loaded: prepare_search loads it
