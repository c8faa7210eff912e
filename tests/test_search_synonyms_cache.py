"""A large synonyms file is compiled once and loaded by later searches in
new processes; a changed, bad or damaged file behaves as it always has."""

from __future__ import annotations

import itertools
import shutil

import pytest
from test_search_support import indexed_copy

import drafter
from drafter.errors import SynonymsError
from drafter.search import synonyms
from drafter.search.files import index_root

SCHEMES = "".join(f"Scheme Kestrel{n}, Project Wren{n}, Operation Heron{n}\n" for n in range(400))
LOCAL = "Operation Doorstep, door locks, window alarms\nLatchkey, burglary\n"


@pytest.fixture
def workspace(tmp_path):
    with drafter.open_workspace(indexed_copy(tmp_path), seed=False) as opened:
        yield opened


def _write(workspace, text: str) -> None:
    (workspace.path / "synonyms.txt").write_text(text, encoding="utf-8")


def _new_process(workspace):
    """The workspace as a new ``drafter search`` process finds it: its files
    (index and saved synonyms) copied to a folder this process never searched,
    so nothing it holds in memory is reused."""
    target = workspace.path.parent / f"{workspace.path.name}-{next(_copies)}"
    shutil.copytree(workspace.path, target)
    workspace.close()
    return drafter.open_workspace(target, seed=False)


_copies = itertools.count(1)


def _saved(workspace) -> list:
    return sorted(index_root(workspace).glob("synonyms-*.json"))


def _compiling_forbidden(monkeypatch) -> None:
    def compile_again(*args, **kwargs):
        raise AssertionError("the synonyms file was compiled again")
    monkeypatch.setattr(synonyms.CompiledSynonyms, "compile", classmethod(compile_again))


def _results(workspace, query: str) -> list[tuple]:
    return [(hit.paragraph_id, round(hit.score, 6), tuple(hit.matched)) for hit in workspace.search(query)]


def test_a_second_process_loads_the_compiled_file_and_finds_the_same(workspace, monkeypatch):
    _write(workspace, SCHEMES + LOCAL)
    first = _results(workspace, "Operation Doorstep visits")
    latchkey = _results(workspace, "Latchkey")
    assert first and "door locks" in workspace.search("Operation Doorstep")[0].text
    assert len(_saved(workspace)) == 1
    workspace = _new_process(workspace)
    _compiling_forbidden(monkeypatch)
    assert _results(workspace, "Operation Doorstep visits") == first
    assert _results(workspace, "Latchkey") == latchkey


def test_an_edited_file_is_read_again_and_its_bad_lines_named(workspace, monkeypatch):
    _write(workspace, SCHEMES + LOCAL)
    workspace.search("knife")
    workspace = _new_process(workspace)
    _write(workspace, SCHEMES + LOCAL + "Nightjar =>\nlonely\n")
    with pytest.raises(SynonymsError, match=r"synonyms\.txt: line 403: nothing after '=>'.*\(and 1 more bad line: 404\)$"):
        workspace.search("knife")
    workspace = _new_process(workspace)
    _write(workspace, SCHEMES + "Operation Nightjar, door locks\n")
    assert "door locks" in workspace.search("Operation Nightjar")[0].text
    assert all("Doorstep" not in hit.matched for hit in workspace.search("Operation Doorstep"))
    assert len(_saved(workspace)) == 1  # the earlier file's is removed


def test_a_bad_file_is_never_saved_and_stays_an_error_in_every_process(workspace):
    _write(workspace, SCHEMES + "alarm =>\n")
    for _ in range(2):
        workspace = _new_process(workspace)
        with pytest.raises(SynonymsError, match=r"line 401: nothing after '=>'$"):
            workspace.search("knife")
    assert _saved(workspace) == []


@pytest.mark.parametrize("damage", [
    lambda text: text[: len(text) // 2],  # cut short
    lambda text: "not json at all",
    lambda text: text.replace('"entries": [', '"entries": [[7, 0, false, null], ', 1),  # a term that is no word
    lambda text: text.replace('"targets": [', '"targets": [[[1, 2]]], "was": [', 1),
    lambda text: '{"key": null}',
    lambda text: "[]",
])
def test_a_damaged_saved_file_is_ignored_and_written_again(workspace, damage):
    _write(workspace, SCHEMES + LOCAL)
    expected = _results(workspace, "Latchkey scheme")
    saved = _saved(workspace)[0]
    saved.write_text(damage(saved.read_text(encoding="utf-8")), encoding="utf-8")
    workspace = _new_process(workspace)
    assert _results(workspace, "Latchkey scheme") == expected
    workspace = _new_process(workspace)
    assert _results(workspace, "Latchkey scheme") == expected


def test_a_file_saved_for_an_index_that_knew_other_words_is_compiled_again(workspace, monkeypatch):
    # Compiling asks which terms the index holds; saved for an index that
    # answered otherwise (before statements were added or removed), the
    # compiled file may differ, so it is not used.
    import json

    _write(workspace, SCHEMES + LOCAL)
    expected = _results(workspace, "Latchkey")
    saved = _saved(workspace)[0]
    content = json.loads(saved.read_text(encoding="utf-8"))
    content["absent"].append(content["held"].pop())
    saved.write_text(json.dumps(content), encoding="utf-8")
    compiled = []
    compile_once = synonyms.CompiledSynonyms.compile.__func__

    def counted(cls, *args, **kwargs):
        compiled.append(True)
        return compile_once(cls, *args, **kwargs)
    monkeypatch.setattr(synonyms.CompiledSynonyms, "compile", classmethod(counted))
    workspace = _new_process(workspace)
    assert _results(workspace, "Latchkey") == expected
    assert compiled == [True]


def test_a_saved_file_that_cannot_be_read_or_written_still_lets_search_run(workspace):
    _write(workspace, SCHEMES + LOCAL)
    expected = _results(workspace, "Latchkey")
    saved = _saved(workspace)[0]
    saved.unlink()
    saved.mkdir()  # a folder where the saved file goes
    workspace = _new_process(workspace)
    assert _results(workspace, "Latchkey") == expected


def test_a_file_whose_words_the_index_never_holds_is_loaded_too(workspace, monkeypatch):
    _write(workspace, "Kestrelwatch, Wrenpatrol\n")
    workspace.search("knife")
    workspace = _new_process(workspace)
    _compiling_forbidden(monkeypatch)
    assert workspace.search("Kestrelwatch") == []
