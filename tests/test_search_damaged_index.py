"""The search index is a cache: files of it overwritten with junk or cut
short are built again from the corpus at the next search, never an internal
error nor numpy's advice to load pickles; a file where its folder should be
is named in one line."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from test_search_support import add, indexed_copy, wyvernshire

import drafter

KNIFE_BINS = "knife surrender bins"


def _index_files(root: Path, pattern: str) -> list[Path]:
    return sorted((root / "models" / "search").glob(pattern))


def _search_finds_the_knife_bins(cli, root: Path) -> None:
    result = cli("search", KNIFE_BINS, "--json", "--limit", "1", workspace=root)
    assert result.exit_code == 0, result.stderr
    assert "internal error" not in result.stderr and "pickle" not in result.stderr
    assert "knife surrender bins" in result.json()[0]["text"]


@pytest.mark.parametrize("pattern", ["index-*/*.npy", "index-*/retriever/*.npy", "index-*/meta.json",
                                     "index-*/query.json", "index-*/classifier/*", "CURRENT"])
@pytest.mark.parametrize("junk", [b"junk\n", random.Random(300).randbytes(300)], ids=["text", "bytes"])
def test_junk_over_index_files_is_built_again_at_the_next_search(cli, tmp_path, pattern, junk):
    root = indexed_copy(tmp_path)
    damaged = _index_files(root, pattern)
    assert damaged
    for path in damaged[:3]:
        path.write_bytes(junk)
    _search_finds_the_knife_bins(cli, root)
    with drafter.open_workspace(root, seed=False) as workspace:
        assert workspace.index_is_current()
    _search_finds_the_knife_bins(cli, root)


def test_an_index_cut_short_is_built_again(cli, tmp_path):
    root = indexed_copy(tmp_path)
    for path in _index_files(root, "index-*/*.npy"):
        path.write_bytes(path.read_bytes()[:20])
    _search_finds_the_knife_bins(cli, root)


def test_a_damaged_index_is_built_again_when_the_corpus_has_moved_on(cli, tmp_path):
    # With statements added since, search first brings the index up to date
    # from the damaged one; it is built in full instead.
    root = indexed_copy(tmp_path)
    with drafter.open_workspace(root, seed=False) as workspace:
        add(workspace, wyvernshire("2024-09", 14, 1200, "August"), "wyvernshire-2024-09.txt")
    for path in _index_files(root, "index-*/*.npy"):
        path.write_bytes(b"junk\n")
    result = cli("search", KNIFE_BINS, "--json", "--limit", "10", workspace=root)
    assert result.exit_code == 0, result.stderr
    assert any("1200 blades" in hit["text"] for hit in result.json())


def test_a_damaged_delta_is_built_again(cli, tmp_path):
    root = indexed_copy(tmp_path)
    with drafter.open_workspace(root, seed=False) as workspace:
        add(workspace, wyvernshire("2024-09", 14, 1200, "August"), "wyvernshire-2024-09.txt")
        workspace.build_index()
    deltas = _index_files(root, "delta-*/*.npy")
    assert deltas, "adding one statement updates a delta"
    for path in deltas:
        path.write_bytes(b"junk\n")
    result = cli("search", KNIFE_BINS, "--json", "--limit", "10", workspace=root)
    assert result.exit_code == 0, result.stderr
    assert any("1200 blades" in hit["text"] for hit in result.json())


@pytest.mark.parametrize("blocking", ["models", "models/search"])
def test_a_file_where_the_index_folder_should_be_is_named(cli, tmp_path, blocking):
    import shutil

    root = indexed_copy(tmp_path)
    shutil.rmtree(root / blocking)
    (root / blocking).write_text("not a folder\n", encoding="utf-8")
    for args in (("search", KNIFE_BINS), ("index", "--rebuild")):
        result = cli(*args, workspace=root)
        assert result.exit_code == 1, result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "internal error" not in result.stderr
        assert lines[0] == (f"drafter: error: {root / blocking}: is a file, but drafter keeps its "
                            "search index in a folder there; move the file away and try again")
    assert (root / blocking).read_text(encoding="utf-8") == "not a folder\n"


def test_a_damaged_index_that_cannot_be_built_again_here_is_one_line(cli, tmp_path):
    # The models folder cannot be written (its lock cannot be made; a read-only
    # folder does the same to a user who is not root): one line, not an internal error.
    root = indexed_copy(tmp_path)
    for path in _index_files(root, "index-*/*.npy"):
        path.write_bytes(b"junk\n")
    lock = root / "models" / "search" / ".lock"
    if lock.exists():
        lock.unlink()
    lock.mkdir()
    result = cli("search", KNIFE_BINS, workspace=root)
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()
    assert line.startswith(f"drafter: error: {root / 'models' / 'search'}: cannot build the search index here")
    assert "write access" in line
