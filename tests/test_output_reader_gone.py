"""A command whose reader goes away (``drafter corpus list | head -1``) ends
as its work went, whenever the reader left: a success as 0, so a script under
``set -o pipefail`` goes on; a batch's failed file or a strict review's
errors as 1."""

from __future__ import annotations

import os
import sys

import pytest
from test_review_support import kestrel_root  # noqa: F401  (fixture: a draft with wrong figures)

from drafter.cli.main import main


class _ReaderGone:
    """Standard output whose reader has closed the pipe: every write fails."""

    encoding, errors = "utf-8", "strict"

    def __init__(self, descriptor: int):
        self.descriptor = descriptor

    def write(self, text):
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self):
        pass

    def fileno(self):
        return self.descriptor

    def isatty(self):
        return False


@pytest.fixture
def descriptor(tmp_path):
    # A descriptor of its own, so the output sent nowhere is not pytest's.
    opened = os.open(tmp_path / "stdout", os.O_WRONLY | os.O_CREAT)
    yield opened
    os.close(opened)


@pytest.fixture(scope="module")
def workspace(_seeded_template, tmp_path_factory):
    from workspaces import private_copy

    with private_copy(_seeded_template, tmp_path_factory.mktemp("reader-gone")) as workspace:
        yield workspace


@pytest.mark.parametrize("args", [("corpus", "list"), ("corpus", "show", "1"), ("figures", "templates"),
                                  ("corpus", "list", "--json")])
def test_a_reader_gone_is_a_success_not_a_failure(args, workspace, descriptor, monkeypatch):
    # Set here, not in a fixture: pytest puts its own capture back between setup and the test.
    monkeypatch.setattr(sys, "stdout", _ReaderGone(descriptor))
    with pytest.raises(SystemExit) as stopped:
        main(["--workspace", str(workspace.path), *args])
    assert stopped.value.code == 0


@pytest.mark.parametrize("as_json", [False, True])
def test_a_batch_whose_reader_goes_adds_every_file_and_exits_as_the_batch_went(
        as_json, workspace_dir, tmp_path, descriptor, monkeypatch):
    from builders import statement_text

    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a-corrupt.docx").write_bytes(b"PK\x03\x04 cut short")  # its error line is the first written
    for number in range(1, 4):
        (folder / f"statement-{number}.txt").write_text(statement_text(
            [("Reduce serious violence", [f"Knife crime fell by {number}% this quarter."])],
            closing="This statement comes to the panel every quarter."), encoding="utf-8")
    # `2>&1 | head -1`: both streams go to the reader that has gone.
    monkeypatch.setattr(sys, "stdout", _ReaderGone(descriptor))
    monkeypatch.setattr(sys, "stderr", _ReaderGone(descriptor))
    with pytest.raises(SystemExit) as stopped:
        main(["--workspace", str(workspace_dir), "corpus", "add", str(folder), *(["--json"] if as_json else [])])
    monkeypatch.undo()
    assert stopped.value.code == 1  # one file failed, though no one is left to read it
    import drafter

    with drafter.open_workspace(workspace_dir) as workspace:
        assert len(workspace.list_statements()) == 3


@pytest.mark.parametrize("output", [[], ["--json"]])
def test_a_strict_review_whose_reader_goes_still_exits_1_for_its_errors(output, kestrel_root, descriptor, monkeypatch):
    monkeypatch.setattr(sys, "stdout", _ReaderGone(descriptor))
    with pytest.raises(SystemExit) as stopped:
        main(["--workspace", str(kestrel_root), "review", "1", "--strict", *output])
    assert stopped.value.code == 1


@pytest.fixture
def pipe_closed_by_its_reader():
    """A real pipe whose reading end is closed, as `| head -1` leaves it once it has its line."""
    read, write = os.pipe()
    os.close(read)
    stream = open(write, "w", encoding="utf-8")
    yield stream
    stream.close()


def test_a_refused_import_whose_reader_goes_still_exits_1(workspace_dir, tmp_path, pipe_closed_by_its_reader,
                                                            monkeypatch):
    bad = tmp_path / "figures.csv"
    bad.write_text("area,measure,period,value\n" + "".join(f"Cumbria,homicides,2026-Q1,x{number}\n"
                                                           for number in range(200)), encoding="utf-8")
    # `2>&1 | head -1`: the first problem is read, the other lines find the reader gone.
    monkeypatch.setattr(sys, "stdout", pipe_closed_by_its_reader)
    monkeypatch.setattr(sys, "stderr", pipe_closed_by_its_reader)
    with pytest.raises(SystemExit) as stopped:
        main(["--workspace", str(workspace_dir), "figures", "import", str(bad)])
    monkeypatch.undo()
    assert stopped.value.code == 1


def test_a_list_whose_reader_goes_through_a_real_pipe_exits_0(workspace, pipe_closed_by_its_reader, monkeypatch):
    monkeypatch.setattr(sys, "stdout", pipe_closed_by_its_reader)
    with pytest.raises(SystemExit) as stopped:
        main(["--workspace", str(workspace.path), "corpus", "list"])
    monkeypatch.undo()
    assert stopped.value.code == 0
