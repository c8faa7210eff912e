"""A command whose reader goes away (``drafter corpus list | head -1``) ends
as its work went, whenever the reader left: a success as 0, so a script under
``set -o pipefail`` goes on; a batch's failed file or a strict review's
errors as 1. Output to a file that cannot be written (a full disk) is one
line, never a fault in drafter."""

from __future__ import annotations

import os
import sys

import pytest
from test_review_support import kestrel_root  # noqa: F401  (fixture: a draft with wrong figures)

from drafter.cli.main import main


@pytest.fixture
def closed_pipe():
    """A real pipe whose reading end is closed, as `| head -1` leaves it once it has its line."""
    read, write = os.pipe()
    os.close(read)
    stream = open(write, "w", encoding="utf-8")
    yield stream
    stream.close()


@pytest.fixture(scope="module")
def workspace(_seeded_template, tmp_path_factory):
    from workspaces import private_copy

    with private_copy(_seeded_template, tmp_path_factory.mktemp("reader-gone")) as workspace:
        yield workspace


def _exit_code(monkeypatch, argv, *, stdout, stderr=None) -> int:
    # Set in the test, not a fixture: pytest puts its own capture back between setup and the test.
    monkeypatch.setattr(sys, "stdout", stdout)
    if stderr is not None:
        monkeypatch.setattr(sys, "stderr", stderr)
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    monkeypatch.undo()
    return stopped.value.code


@pytest.mark.parametrize("args", [("corpus", "list"), ("corpus", "show", "1"), ("figures", "templates"),
                                  ("corpus", "list", "--json")])
def test_a_reader_gone_is_a_success_not_a_failure(args, workspace, closed_pipe, monkeypatch):
    assert _exit_code(monkeypatch, ["--workspace", str(workspace.path), *args], stdout=closed_pipe) == 0


@pytest.mark.parametrize("as_json", [False, True])
def test_a_batch_whose_reader_goes_adds_every_file_and_exits_as_the_batch_went(
        as_json, workspace_dir, tmp_path, closed_pipe, monkeypatch):
    from builders import statement_text

    import drafter

    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a-corrupt.docx").write_bytes(b"PK\x03\x04 cut short")  # its error line is the first written
    for number in range(1, 4):
        (folder / f"statement-{number}.txt").write_text(statement_text(
            [("Reduce serious violence", [f"Knife crime fell by {number}% this quarter."])],
            closing="This statement comes to the panel every quarter."), encoding="utf-8")
    # `2>&1 | head -1`: both streams go to the reader that has gone.
    argv = ["--workspace", str(workspace_dir), "corpus", "add", str(folder), *(["--json"] if as_json else [])]
    assert _exit_code(monkeypatch, argv, stdout=closed_pipe, stderr=closed_pipe) == 1  # one file failed
    with drafter.open_workspace(workspace_dir) as workspace:
        assert len(workspace.list_statements()) == 3


@pytest.mark.parametrize("output", [[], ["--json"]])
def test_a_strict_review_whose_reader_goes_still_exits_1_for_its_errors(output, kestrel_root, closed_pipe,
                                                                         monkeypatch):
    argv = ["--workspace", str(kestrel_root), "review", "1", "--strict", *output]
    assert _exit_code(monkeypatch, argv, stdout=closed_pipe) == 1


def test_a_refused_import_whose_reader_goes_still_exits_1(workspace_dir, tmp_path, closed_pipe, monkeypatch):
    bad = tmp_path / "figures.csv"
    bad.write_text("area,measure,period,value\n" + "".join(f"Cumbria,homicides,2026-Q1,x{number}\n"
                                                           for number in range(200)), encoding="utf-8")
    # `2>&1 | head -1`: the first problem is read, the other lines find the reader gone.
    argv = ["--workspace", str(workspace_dir), "figures", "import", str(bad)]
    assert _exit_code(monkeypatch, argv, stdout=closed_pipe, stderr=closed_pipe) == 1


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full, a file every write to fails as a full disk")
def test_output_to_a_full_disk_is_one_line_not_a_fault_in_drafter(workspace, tmp_path, monkeypatch):
    with open("/dev/full", "w", encoding="utf-8") as full, open(tmp_path / "stderr", "w", encoding="utf-8") as said:
        argv = ["--workspace", str(workspace.path), "corpus", "list", "--json"]
        assert _exit_code(monkeypatch, argv, stdout=full, stderr=said) == 1
    assert (tmp_path / "stderr").read_text(encoding="utf-8") == (
        "drafter: error: standard output could not be written (no space left on device), "
        "so what drafter printed there is cut short\n")


@pytest.mark.parametrize("args, code", [(("corpus", "list"), 0), (("corpus", "show", "99"), 1)])
def test_a_standard_output_closed_before_drafter_started_is_written_nowhere(args, code, workspace, monkeypatch):
    # ">&-": Python finds no standard output and makes sys.stdout None.
    assert _exit_code(monkeypatch, ["--workspace", str(workspace.path), *args], stdout=None) == code


def test_a_non_blocking_pipe_gets_the_whole_output_however_slowly_it_is_read(workspace, monkeypatch):
    import fcntl
    import json
    import threading
    import time

    read, write = os.pipe()
    fcntl.fcntl(write, fcntl.F_SETFL, fcntl.fcntl(write, fcntl.F_GETFL) | os.O_NONBLOCK)  # as some parents leave it
    received = []

    def slow_reader():
        time.sleep(0.3)  # lets the pipe fill first, as a busy reader does
        while chunk := os.read(read, 65536):
            received.append(chunk)

    reader = threading.Thread(target=slow_reader)
    reader.start()
    with open(write, "w", encoding="utf-8") as stdout:
        code = _exit_code(monkeypatch, ["--workspace", str(workspace.path), "figures", "list", "--json"], stdout=stdout)
    reader.join()
    os.close(read)
    assert code == 0
    figures = json.loads(b"".join(received))  # the whole list, more than a pipe holds at once
    assert len(b"".join(received)) > 65536 and len(figures) > 300
