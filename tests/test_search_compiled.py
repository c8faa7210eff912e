"""Large collections add up scores, and large builds group paragraphs, with
loops compiled by numba; small ones, and machines without numba, use numpy.
A writer sees the same results, to the last digit of every score and the
same groups, either way."""

from __future__ import annotations

import sys

import pytest
from test_search_delta import QUERIES, _results, fresh, updated  # noqa: F401 (fixtures)

from drafter.search import accumulate, compiled, duplicates


@pytest.mark.parametrize("collapse", [False, True])
def test_compiled_scores_equal_numpy_scores_across_a_delta_and_a_removal(updated, fresh, collapse,  # noqa: F811
                                                                        monkeypatch):
    # The first searches after the change also recompute stale impacts.
    pytest.importorskip("numba", reason="numba is not installed: only numpy scores here")
    workspace, _, _ = updated
    monkeypatch.setattr(compiled, "_loaded", {})  # loaded here, forgotten after
    monkeypatch.setattr(accumulate, "COMPILED_FROM_ENTRIES", 0)
    workspace.prepare_search()
    assert accumulate.uses_compiled(1)
    with_numba = _results(workspace, collapse)
    monkeypatch.setattr(accumulate, "uses_compiled", lambda entries: False)
    assert with_numba == _results(workspace, collapse) == _results(fresh, collapse)


def test_compiled_feedback_ranks_as_numpy_does_across_a_delta_and_a_removal(updated, monkeypatch):  # noqa: F811
    """Feedback's compiled loops (each group's best paragraph, the learned
    terms' scores) give numpy's answers to the last bit."""
    pytest.importorskip("numba", reason="numba is not installed: only numpy feedback here")
    import numpy as np

    from drafter.search import feedback
    from drafter.search.loaded import index_for
    from drafter.search.synonyms import workspace_synonyms

    workspace, _, _ = updated
    monkeypatch.setattr(compiled, "_loaded", {})
    monkeypatch.setattr(accumulate, "COMPILED_FROM_ENTRIES", 0)
    workspace.prepare_search()
    index = index_for(workspace)
    assert index.delta is not None and all(compiled.loaded(name) for name in feedback.COMPILED_LOOPS)
    documents = np.flatnonzero(index.live).tolist()

    def answers():
        found = []
        for query in QUERIES:
            plan = index.plan(index.analyser.analyse(query), index.synonyms(workspace_synonyms(workspace)))
            scores = index.scores_for(plan, None)
            learned = feedback.feedback_terms(index, plan, index.ranked_from(scores, None, 2, True))
            found.append((feedback.best_members(index, scores, None, documents),
                          learned and feedback.learned_scores(index, learned, documents).tolist()))
        return found

    with_numba = answers()
    monkeypatch.setattr(accumulate, "uses_compiled", lambda entries: False)
    assert with_numba == answers()
    assert any(learned for _, learned in with_numba)


def test_without_numba_searches_fall_back_to_numpy(updated, monkeypatch):  # noqa: F811
    workspace, _, _ = updated
    expected = _results(workspace, True)
    monkeypatch.setattr(compiled, "_loaded", {})
    monkeypatch.setattr(accumulate, "COMPILED_FROM_ENTRIES", 0)
    monkeypatch.setitem(sys.modules, "numba", None)  # import numba now fails
    monkeypatch.delitem(sys.modules, "drafter.search.compiled_loops", raising=False)
    workspace.prepare_search()
    assert compiled.loop(accumulate.LOOP) is None and not accumulate.uses_compiled(1)
    assert _results(workspace, True) == expected


def test_a_single_search_does_not_wait_for_numba(updated, monkeypatch):  # noqa: F811
    workspace, _, _ = updated
    monkeypatch.setattr(compiled, "_loaded", {})
    monkeypatch.setattr(accumulate, "COMPILED_FROM_ENTRIES", 0)
    assert workspace.search("knife surrender bins")
    assert not accumulate.uses_compiled(1)  # not loaded: prepare_search loads it


def _storylines(rows: int = 400, seed: int = 3):
    """TF-IDF-like rows: 40 storylines, each paragraph its storyline's terms
    with a few changed, as quarters rewrite them."""
    import numpy as np
    from scipy.sparse import csr_matrix

    rng = np.random.default_rng(seed)
    bases = [rng.choice(500, size=20, replace=False) for _ in range(40)]
    indptr, indices, data = [0], [], []
    for row in range(rows):
        terms = bases[row % 40].copy()
        changed = rng.random(20) < 0.15
        terms[changed] = rng.choice(500, size=int(changed.sum()))
        terms = np.unique(terms)
        weights = rng.random(len(terms)).astype(np.float32) + 0.5
        indices.extend(terms.tolist())
        data.extend((weights / np.linalg.norm(weights)).tolist())
        indptr.append(len(indices))
    return csr_matrix((np.asarray(data, dtype=np.float32), indices, indptr), shape=(rows, 500))


def test_a_large_build_groups_paragraphs_alike_with_or_without_numba(monkeypatch):
    pytest.importorskip("numba", reason="numba is not installed: only numpy groups here")
    matrix = _storylines()
    keys = [str(row) for row in range(matrix.shape[0])]
    monkeypatch.setattr(duplicates, "EXACT_UP_TO", 10)  # the MinHash path, as above 5,000 paragraphs
    with_numba = duplicates.group_near_duplicates(matrix, keys, 0.7)
    monkeypatch.setattr(compiled, "loop", lambda name: None)
    with_numpy = duplicates.group_near_duplicates(matrix, keys, 0.7)
    assert (with_numba == with_numpy).all()
    assert 40 <= with_numba.max() + 1 < matrix.shape[0]  # copies were found, storylines kept apart


def _two_forces_quarterly(matrix):
    """Statements of 20 rows: two forces, ten quarters each; each row's
    section is one of two by its storyline."""
    statements = [(("north", "south")[(row // 20) % 2], f"{2020 + row // 80}-{(row // 40) % 2 * 6 + 3:02d}", row // 20)
                  for row in range(matrix.shape[0])]
    sections = [("homicide", "cyber-crime")[row % 40 % 2] for row in range(matrix.shape[0])]
    return statements, sections


def test_a_large_build_links_versions_alike_with_or_without_numba(monkeypatch):
    pytest.importorskip("numba", reason="numba is not installed: only numpy links here")
    from drafter.search.versions import version_links

    matrix = _storylines()
    statements, sections = _two_forces_quarterly(matrix)
    with_numba = version_links(matrix, statements, sections, 0.1, large=True)
    assert compiled.loaded("similarity_block") is not None
    assert with_numba and with_numba == version_links(matrix, statements, sections, 0.1)
    keys = list(range(matrix.shape[0]))
    monkeypatch.setattr(duplicates, "EXACT_UP_TO", 10)
    groups = duplicates.group_near_duplicates(matrix, keys, 0.7, sources=[s[2] for s in statements],
                                              statements=statements, sections=sections)
    monkeypatch.setattr(compiled, "loop", lambda name: None)
    assert (groups == duplicates.group_near_duplicates(matrix, keys, 0.7, sources=[s[2] for s in statements],
                                                       statements=statements, sections=sections)).all()


def test_compiled_section_similarities_equal_scipys_products_to_the_last_bit():
    pytest.importorskip("numba", reason="numba is not installed: only scipy here")
    import numpy as np

    from drafter.search.versions import SectionSimilarities

    matrix = _storylines(rows=120, seed=8)
    similarities = SectionSimilarities.for_matrix(matrix)
    rng = np.random.default_rng(2)
    for _ in range(30):
        new_rows = rng.choice(120, size=int(rng.integers(1, 9)), replace=False)
        old_rows = rng.choice(120, size=int(rng.integers(1, 9)), replace=False)
        expected = (matrix[new_rows] @ matrix[old_rows].T).toarray()
        block = similarities(new_rows, old_rows)
        assert block.dtype == expected.dtype and np.array_equal(block, expected)


def test_rows_keyed_by_numbers_group_as_rows_keyed_by_their_terms():
    matrix = _storylines(rows=200, seed=5)
    terms = [" ".join(map(str, matrix[row].indices)) for row in range(200)]
    terms[7] = terms[3]  # identical terms, whatever their weights
    numbers = {text: number for number, text in enumerate(dict.fromkeys(terms))}
    sources = [row // 20 for row in range(200)]
    by_text = duplicates.group_near_duplicates(matrix, terms, 0.7, sources=sources)
    by_number = duplicates.group_near_duplicates(matrix, [numbers[t] for t in terms], 0.7, sources=sources)
    assert (by_text == by_number).all() and by_text[7] == by_text[3]


def test_loops_numba_cannot_load_or_cache_leave_numpy_to_do_the_work(monkeypatch):
    pytest.importorskip("numba", reason="numba is not installed: only numpy here")
    import drafter.search.compiled_loops as compiled_loops

    def cannot_write_cache(name):
        raise RuntimeError(f"cannot cache function {name!r}: no locator available")

    monkeypatch.setattr(compiled, "_loaded", {})
    monkeypatch.setattr(compiled_loops, "warm_up", cannot_write_cache)
    assert compiled.loop("add_impacts") is None and compiled.loop("minhash") is None


@pytest.mark.parametrize("shared_columns", [5, 60, 700])
def test_compiled_row_dots_equal_scipys_to_the_last_bit(monkeypatch, shared_columns):
    """The similarity of each pair MinHash proposes decides whether two
    paragraphs are copies: with numba it is scipy's own float32 sum, for
    short rows and for rows long enough that numpy sums in halves."""
    pytest.importorskip("numba", reason="numba is not installed: only scipy here")
    import numpy as np
    from scipy.sparse import random as sparse_random

    matrix = sparse_random(60, 1000, density=shared_columns / 1000, format="csr", dtype=np.float32,
                           random_state=shared_columns)
    matrix.data += np.float32(0.01)  # no zero weights, as TF-IDF rows have none
    rng = np.random.default_rng(shared_columns)
    left = np.sort(rng.integers(0, 60, 400))
    right = rng.integers(0, 60, 400)
    with_numba = duplicates.row_dots(matrix, left, right)
    monkeypatch.setattr(compiled, "loop", lambda name: None)
    assert np.array_equal(with_numba, duplicates.row_dots(matrix, left, right))


def test_a_boilerplate_bucket_pairs_each_member_with_its_first_and_small_buckets_pair_all():
    """MinHash's candidates: a paragraph repeated in many statements (a large
    bucket) is compared with one representative, a few near-copies with
    each other; nothing else is proposed."""
    import numpy as np

    width = duplicates.BANDS * duplicates.ROWS_PER_BAND
    rng = np.random.default_rng(4)
    signatures = rng.integers(0, 2**40, size=(60, width), dtype=np.uint64)  # all unlike
    boilerplate = [3, 9, 10, 17, 21, 22, 30, 31, 33, 40, 41, 42, 50, 51, 55]  # more than _PAIRWISE_LIMIT
    near_copies = [5, 12, 44]
    signatures[boilerplate] = signatures[boilerplate[0]]
    signatures[near_copies, :duplicates.ROWS_PER_BAND] = signatures[near_copies[0], :duplicates.ROWS_PER_BAND]
    pairs = {tuple(pair) for pair in duplicates.candidate_pairs(signatures).tolist()}
    assert pairs == {(3, row) for row in boilerplate[1:]} | {(5, 12), (5, 44), (12, 44)}


def test_compiled_share_of_short_queries_equals_numpy_across_a_delta_and_a_removal(updated, monkeypatch):  # noqa: F811
    """A paragraph sharing one word of a short query keeps half its score,
    and one sharing none is dropped, to the last bit with either loop,
    including for an acronym that stands for a phrase."""
    from drafter.search import coordination

    workspace, _, _ = updated
    index = _compiled_index(workspace, monkeypatch)
    assert index.delta is not None and len(index.collection.dead)
    assert all(compiled.loaded(name) for name in coordination.COMPILED_LOOPS)

    def shares():
        return [index.scores_for(_plan(index, workspace, query), None).tolist()
                for query in [*QUERIES, "VRU knife bins", "A&E youth workers"]]

    with_numba = shares()
    monkeypatch.setattr(accumulate, "uses_compiled", lambda entries: False)
    without = shares()
    assert with_numba == without
    assert any(0.0 < value < max(scores) for scores in without for value in scores)


@pytest.mark.parametrize("priority", [None, "serious-violence"])
def test_compiled_choice_of_the_version_shown_equals_numpy(updated, monkeypatch, priority):  # noqa: F811
    """Each listed storyline is shown by the same version with either loop:
    its newest close to the best, else the version the words found, also
    when the newest has been removed or lies outside the priority asked for."""
    import numpy as np

    from drafter.search import shown
    from drafter.search.build import SECTION_CODES

    workspace, _, _ = updated
    index = _compiled_index(workspace, monkeypatch)
    code = SECTION_CODES[priority] if priority else None
    groups = np.unique(index.groups[np.flatnonzero(index.live)]).astype(np.int64)

    def choices():
        found = []
        for query in QUERIES:
            scores = index.scores_for(_plan(index, workspace, query), code)
            best = index.group_best(scores)[groups]
            for stricter in (0.4, 0.6, 0.8, 1.0, 1.3):  # from 1.25 no version reaches the share of the best
                found.append(shown.shown_members(index, groups, (best * stricter).tolist(), code, scores))
        return found

    with_numba = choices()
    monkeypatch.setattr(accumulate, "uses_compiled", lambda entries: False)
    assert with_numba == choices()
    # Out of reach of the share, each storyline is shown by its best version.
    scores = index.scores_for(_plan(index, workspace, QUERIES[0]), code)
    best = index.group_best(scores)[groups]
    chosen = np.array(with_numba[4])
    assert (best > 0).any()
    assert np.array_equal(scores[index.entries[chosen]][best > 0], best[best > 0])


def test_compiled_choice_of_the_version_shown_equals_numpy_on_many_versions(monkeypatch):
    """Storylines of many versions each, some removed, some in another
    priority, scored at random: both loops show the same version of each."""
    pytest.importorskip("numba", reason="numba is not installed: only numpy here")
    from types import SimpleNamespace

    import numpy as np

    from drafter.search import shown

    rng = np.random.default_rng(5)
    sizes = rng.integers(1, 12, size=300)
    entries = rng.permutation(int(sizes.sum())).astype(np.int64)
    index = SimpleNamespace(
        group_indptr=np.concatenate(([0], np.cumsum(sizes))).astype(np.int64),
        group_members=np.arange(int(sizes.sum()), dtype=np.int32), entries=entries,
        live=rng.random(int(sizes.sum())) > 0.2, codes=rng.integers(0, 3, size=int(sizes.sum())).astype(np.int8),
        collection=SimpleNamespace(size=int(sizes.sum())))
    scores = np.where(rng.random(len(entries)) > 0.3, rng.random(len(entries)), 0.0)
    groups = np.arange(len(sizes), dtype=np.int64)
    monkeypatch.setattr(compiled, "_loaded", {})
    monkeypatch.setattr(accumulate, "COMPILED_FROM_ENTRIES", 0)
    monkeypatch.setattr(accumulate, "uses_compiled", lambda entries: True)
    assert compiled.loop(shown.COMPILED_LOOPS[0]) is not None
    for code in (None, 1):
        bests = rng.random(len(groups)).tolist()
        with_numba = shown.shown_members(index, groups, bests, code, scores)
        monkeypatch.setattr(accumulate, "uses_compiled", lambda entries: False)
        assert with_numba == shown.shown_members(index, groups, bests, code, scores)
        monkeypatch.setattr(accumulate, "uses_compiled", lambda entries: True)


def _compiled_index(workspace, monkeypatch):
    """The workspace's index with every compiled loop loaded (forgotten after the test)."""
    from drafter.search.loaded import index_for

    pytest.importorskip("numba", reason="numba is not installed: only numpy here")
    monkeypatch.setattr(compiled, "_loaded", {})
    monkeypatch.setattr(accumulate, "COMPILED_FROM_ENTRIES", 0)
    workspace.prepare_search()
    return index_for(workspace)


def _plan(index, workspace, query: str):
    from drafter.search.synonyms import workspace_synonyms

    return index.plan(index.analyser.analyse(query), index.synonyms(workspace_synonyms(workspace)))
