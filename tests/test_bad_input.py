"""Bad input at the command line, across commands: every mistake a user can
make with a file, an id, a date or an output path is one line on stderr naming
the thing and the problem, a non-zero exit and never a traceback; and nothing
already stored is lost or half-written."""

from __future__ import annotations

import fcntl
import io
import os
import re
import signal
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from builders import DocxBuilder, statement_text
from test_drafts_support import unseeded_workspace

MB = 1024 * 1024
GOOD_TEXT = statement_text(
    [("Reduce serious violence", ["Knife crime fell by 9% this quarter.",
                                  "Two more surrender bins were installed in market towns."])],
    closing="This statement comes to the panel every quarter.",
)
HUGE_ID = "99999999999999999999999"
RUNNING_AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def one_line_error(result, *expected: str) -> str:
    """The single stderr line of a failed command, checked to contain ``expected``."""
    assert result.exit_code not in (0, 70), (result.exit_code, result.stderr)
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("drafter: error: "), lines[0]
    for text in expected:
        assert text in lines[0], (text, lines[0])
    return lines[0]


@pytest.fixture
def ws(tmp_path) -> Path:
    """An empty workspace the CLI opens as it is."""
    root = tmp_path / "bare-ws"
    unseeded_workspace(root).close()
    return root


@pytest.fixture
def run(cli, ws):
    def invoke(*args):
        return cli(*args, workspace=ws)
    return invoke


@pytest.fixture
def with_draft(run, tmp_path):
    """The bare workspace with one statement in the corpus and one draft copied from it."""
    statement = tmp_path / "testshire-2024-03.txt"
    statement.write_text(GOOD_TEXT, encoding="utf-8")
    assert run("corpus", "add", statement).exit_code == 0
    assert run("draft", "new", "--from", "1", "--json").json()["id"] == 1
    return run


def corpus_files(ws: Path) -> list[str]:
    originals = ws / "originals"
    return sorted(p.name for p in originals.iterdir()) if originals.exists() else []


# -- statement files -------------------------------------------------------------------

def _zip_bomb_docx() -> bytes:
    """A small .docx whose document part unpacks to 60 MB."""
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"<w:t>" + b"A" * (60 * MB) + b"</w:t>")
    return stream.getvalue()


def _sparse(path: Path, size: int) -> Path:
    with path.open("wb") as stream:  # no disk space or memory needed
        stream.seek(size - 1)
        stream.write(b"x")
    return path


BAD_STATEMENTS = {
    "empty.txt": (lambda p: p.write_bytes(b""), "empty file"),
    "binary.txt": (lambda p: p.write_bytes(bytes(range(256)) * 16), "binary file"),
    "corrupt.docx": (lambda p: p.write_bytes(b"PK\x03\x04 not really a zip"), "corrupt DOCX"),
    "corrupt.pdf": (lambda p: p.write_bytes(b"%PDF-1.4\n garbage \n%%EOF"), "corrupt PDF"),
    "bomb.docx": (lambda p: p.write_bytes(_zip_bomb_docx()), "too large when unpacked"),
    "huge.txt": (lambda p: _sparse(p, 6 * MB), "file too large"),
    "word.txt": (lambda p: p.write_bytes(DocxBuilder().to_bytes()), "give it a .docx name"),
    "notes.rtf": (lambda p: p.write_text("{\\rtf1 hello}"), "unsupported format .rtf"),
    "folder-without-statements": (lambda p: p.mkdir(), "no statement files"),
    "pipe.txt": (lambda p: os.mkfifo(p), "not a regular file"),
}


@pytest.mark.parametrize("name", sorted(BAD_STATEMENTS))
def test_a_file_that_is_not_a_statement_is_one_line_and_adds_nothing(run, ws, tmp_path, name):
    make, problem = BAD_STATEMENTS[name]
    if name == "pipe.txt" and not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    path = tmp_path / name
    make(path)
    result = run("corpus", "add", path)
    one_line_error(result, f"{path}: ", problem)
    assert result.exit_code == 1
    assert run("corpus", "list", "--json").json() == []
    assert corpus_files(ws) == []


def test_review_of_a_bad_file_is_one_line(run, tmp_path):
    path = tmp_path / "bomb.docx"
    path.write_bytes(_zip_bomb_docx())
    one_line_error(run("review", path), str(path), "too large when unpacked")
    one_line_error(run("review", tmp_path), str(tmp_path), "is a directory")


def test_windows_1252_statement_keeps_its_pound_signs(run, tmp_path):
    path = tmp_path / "testshire-2024-06.txt"
    text = GOOD_TEXT.replace("Knife crime fell by 9% this quarter.",
                             "The Commissioner gave £48,000 – a fifth more – to the bins.")
    path.write_bytes(text.encode("cp1252"))
    assert run("corpus", "add", path).exit_code == 0
    shown = run("corpus", "show", "1", "--json").json()
    texts = [p["text"] for s in shown["sections"] for p in s["paragraphs"]]
    assert "The Commissioner gave £48,000 – a fifth more – to the bins." in texts


def test_utf16_text_without_a_byte_order_mark_is_read(run, tmp_path):
    path = tmp_path / "testshire-2024-09.txt"
    path.write_bytes(GOOD_TEXT.encode("utf-16-le"))
    result = run("corpus", "add", path)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("added 1: testshire-2024-09.txt (")


def test_a_batch_keeps_the_good_files_and_nothing_of_the_bad(run, ws, tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (folder / "empty.md").write_bytes(b"")
    (folder / "corrupt.docx").write_bytes(b"PK\x03\x04 broken")
    result = run("corpus", "add", folder, tmp_path / "missing.txt", "--json")
    assert result.exit_code == 1
    report = result.json()
    assert set(report) == {"added", "duplicates", "failed"}
    assert [item["file"] for item in report["added"]] == ["good.txt"]
    assert set(report["added"][0]) == {"id", "file", "path", "title", "force", "date", "paragraphs"}
    assert sorted(Path(item["file"]).name for item in report["failed"]) == [
        "corrupt.docx", "empty.md", "missing.txt"]
    assert all(set(item) == {"file", "path", "error"} and item["path"] == item["file"] for item in report["failed"])
    assert [s["file"] for s in run("corpus", "list", "--json").json()] == ["good.txt"]
    assert len(corpus_files(ws)) == 1 and not any(name.endswith(".part") for name in corpus_files(ws))


def test_one_paragraph_is_not_called_paragraphs(run, tmp_path):
    path = tmp_path / "short.txt"
    path.write_text("Reduce serious violence\n\n1. Knife crime fell this quarter.\n", encoding="utf-8")
    result = run("corpus", "add", path)
    assert result.stdout.strip() == "added 1: short.txt (force unknown, date unknown, 1 paragraph)"


def test_an_interrupted_batch_keeps_every_statement_whole(ws, tmp_path):
    import drafter

    folder = tmp_path / "batch"
    folder.mkdir()
    for n in range(5):
        (folder / f"s{n}.txt").write_text(GOOD_TEXT.replace("9%", f"{n + 10}%"), encoding="utf-8")

    def press_ctrl_c_on_the_third(what, done, total):
        if done == 2:
            raise KeyboardInterrupt

    with drafter.open_workspace(ws) as workspace:
        report = workspace.add_statements([folder], progress=press_ctrl_c_on_the_third)
        assert [item["file"] for item in report.added] == ["s0.txt", "s1.txt"]
        assert [Path(p).name for p in report.not_attempted] == ["s2.txt", "s3.txt", "s4.txt"]
        assert sorted(s.file for s in workspace.list_statements()) == ["s0.txt", "s1.txt"]
        # --json names the files left, as it does for a batch a full disk stopped.
        assert [Path(p).name for p in report.to_dict()["not_added"]] == ["s2.txt", "s3.txt", "s4.txt"]
        assert "stopped" not in report.to_dict()
    assert len(corpus_files(ws)) == 2


@pytest.mark.parametrize("stop", ["SIGINT", "SIGTERM", "SIGHUP"])
def test_ctrl_c_or_kill_during_corpus_add_says_what_was_added(ws, tmp_path, stop):
    # A kill, a service manager's stop or a closed terminal stops the batch as
    # Ctrl-C does: between files, saying how far it got. The batch writes a line per file. This test stops reading after a few
    # lines, so once the pipe (made small) is full the batch waits on it: it is
    # still running when Ctrl-C arrives, however loaded the machine.
    read_first = 3
    stdout_read, stdout_write = os.pipe()
    capacity = fcntl.fcntl(stdout_write, fcntl.F_SETPIPE_SZ, 4096)
    shortest_line = len("added 1: s0000.txt (force unknown, date unknown, 1 paragraph)\n")
    files = read_first + capacity // shortest_line + 50
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(files):
        (folder / f"s{n:04}.txt").write_text(GOOD_TEXT.replace("9%", f"{n + 10}%"), encoding="utf-8")
    command = [sys.executable, "-m", "drafter.cli.main", "--workspace", str(ws), "corpus", "add", str(folder)]
    with open(tmp_path / "stderr.txt", "w+", encoding="utf-8") as stderr, \
            open(stdout_read, encoding="utf-8") as stdout:
        # A shell that runs the tests in the background starts them with SIGINT
        # ignored (and nohup, SIGHUP), and Python keeps it ignored: give the
        # child the default a user's terminal gives it.
        process = subprocess.Popen(command, stdout=stdout_write, stderr=stderr,
                                   preexec_fn=lambda: signal.signal(getattr(signal, stop), signal.SIG_DFL))
        os.close(stdout_write)
        try:
            first = _within(60, lambda: [stdout.readline() for _ in range(read_first)])
            assert all(line.startswith("added ") for line in first), (first, _text(stderr))
            process.send_signal(getattr(signal, stop))
            rest = _within(60, stdout.read)
            process.wait(timeout=60)
        finally:
            if process.poll() is None:
                process.kill()
        err = _text(stderr)
    assert process.returncode == 130, err
    assert "Traceback" not in err
    out = "".join(first) + rest
    added = [line for line in out.splitlines() if line.startswith("added ")]
    assert len(added) == len(out.splitlines()) == _stored(ws) == len(corpus_files(ws)) < files
    assert not list((ws / "originals").glob(".*"))  # no half-written original left behind
    assert err.strip().splitlines()[-1] == (
        f"drafter: interrupted: {files - len(added):,} files not added, "
        f"from {folder / f's{len(added):04}.txt'} on ({len(added)} statements added before that)")


def _within(seconds: float, action):
    """What ``action`` returns; the test fails rather than hangs if it takes longer."""
    from concurrent.futures import ThreadPoolExecutor

    pool = ThreadPoolExecutor(1)
    try:
        return pool.submit(action).result(timeout=seconds)
    finally:
        pool.shutdown(wait=False)  # on a timeout, killing the child ends the read


def _text(file) -> str:
    file.seek(0)
    return file.read()


def test_ctrl_c_during_corpus_add_json_is_still_one_document(run, ws, tmp_path, monkeypatch):
    import drafter.corpus.ingest

    folder = tmp_path / "batch"
    folder.mkdir()
    for n in range(4):
        (folder / f"s{n}.txt").write_text(GOOD_TEXT.replace("9%", f"{n + 10}%"), encoding="utf-8")
    read_statement = drafter.corpus.ingest.read_statement

    def press_ctrl_c_while_reading_the_third(path, *rest):
        if path.name == "s2.txt":
            raise KeyboardInterrupt
        return read_statement(path, *rest)

    monkeypatch.setattr(drafter.corpus.ingest, "read_statement", press_ctrl_c_while_reading_the_third)
    result = run("corpus", "add", folder, "--json")
    assert result.exit_code == 130
    assert [item["file"] for item in result.json()["added"]] == ["s0.txt", "s1.txt"]
    assert result.stderr.strip().splitlines() == [
        f"drafter: interrupted: 2 files not added, from {folder / 's2.txt'} on "
        "(2 statements added before that)"]
    assert _stored(ws) == 2


def _stored(ws: Path) -> int:
    with sqlite3.connect(ws / "drafter.db", timeout=10) as connection:
        return connection.execute("SELECT count(*) FROM statements").fetchone()[0]


@pytest.mark.skipif(RUNNING_AS_ROOT, reason="root reads any file")
def test_an_unreadable_file_is_one_line(run, tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(GOOD_TEXT, encoding="utf-8")
    path.chmod(0)
    one_line_error(run("corpus", "add", path), str(path), "permission denied")


@pytest.mark.parametrize("date, problem", [("2025-13", "expected YYYY-MM"), ("2025-02-30", "no such day"),
                                           ("yesterday", "expected YYYY-MM")])
def test_bad_corpus_dates(run, tmp_path, date, problem):
    path = tmp_path / "good.txt"
    path.write_text(GOOD_TEXT, encoding="utf-8")
    one_line_error(run("corpus", "add", path, "--date", date), f"--date {date!r}", problem)


# -- figures files ---------------------------------------------------------------------

HEADER = "area,measure,period,value,unit,source\n"
GOOD_FIGURES = HEADER + "Testshire,homicides,2023,10,,HO\nTestshire,homicides,2024,12,,HO\n"
BAD_FIGURES = {
    "bad-value.csv": (HEADER + "Testshire,homicides,2024,twelve,,\n", ":2: value 'twelve' is not a number"),
    "missing-column.csv": ("area,measure,value\nTestshire,homicides,12\n", "missing period"),
    "empty-field.csv": (HEADER + "Testshire,,2024,12,,\n", ":2: measure is empty"),
    "duplicate.csv": (HEADER + "Testshire,homicides,2024,12,,\nTestshire,homicides,2024,12,,\n",
                      ":3: duplicate figure"),
    "bad-period.csv": (HEADER + "Testshire,homicides,2024-Q5,12,,\n", "there is no quarter 5"),
    "binary.csv": (bytes(range(256)) * 8, "binary file"),
    "empty.csv": (b"", "the file is empty"),
    "header-only.csv": (HEADER, "a header but no figures"),
    "workbook.csv": (b"PK\x03\x04 an xlsx", "corrupt workbook (not a zip archive)"),
}


@pytest.mark.parametrize("name", sorted(BAD_FIGURES))
def test_a_bad_figures_file_leaves_the_figures_as_they_were(run, tmp_path, name):
    good = tmp_path / "good.csv"
    good.write_text(GOOD_FIGURES, encoding="utf-8")
    assert run("figures", "import", good).exit_code == 0
    before = run("figures", "list", "--json").json()
    content, problem = BAD_FIGURES[name]
    bad = tmp_path / name
    bad.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    line = one_line_error(run("figures", "import", bad), str(bad), problem)
    assert line.endswith("(nothing imported)")
    assert run("figures", "list", "--json").json() == before


def test_many_bad_rows_are_listed_then_summed_up(run, tmp_path):
    bad = tmp_path / "all-bad.csv"
    bad.write_text(HEADER + "".join(f"Testshire,homicides,{2000 + n},n/a,,\n" for n in range(25)))
    result = run("figures", "import", bad)
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 22 and all(line.startswith(f"drafter: error: {bad}") for line in lines)
    assert lines[-2] == f"drafter: error: {bad}: 5 more problems not shown"
    assert lines[-1] == f"drafter: error: {bad}: nothing imported (25 problems)"


def test_figures_file_far_too_large_is_refused_before_reading(run, tmp_path):
    huge = _sparse(tmp_path / "huge.csv", 101 * MB)
    one_line_error(run("figures", "import", huge), str(huge), "file too large (101.0 MB; limit 100 MB)")
    # Just over the limit is shown over it, never as the limit itself.
    over = _sparse(tmp_path / "over.csv", 100 * MB + 1)
    one_line_error(run("figures", "import", over), str(over), "file too large (100.1 MB; limit 100 MB)")


def test_figures_import_of_a_directory(run, tmp_path):
    one_line_error(run("figures", "import", tmp_path), str(tmp_path), "is a directory")


def test_import_summary_lists_a_few_areas_and_counts_the_rest(run, tmp_path):
    many = tmp_path / "many.csv"
    forces = ["West Mercia", "Kent", "Essex", "Dorset", "Gwent", "Surrey", "Sussex", "Norfolk",
              "Suffolk", "Cumbria", "Durham", "Cleveland"]
    many.write_text(HEADER + "".join(f"{force},homicides,2024,{n},,\n" for n, force in enumerate(forces)))
    result = run("figures", "import", many)
    assert result.stdout.splitlines() == [
        f"imported {many}: 12 figures for Cleveland, Cumbria, Dorset, Durham, Essex and 7 other "
        "areas, 2024 (12 added, 0 replaced, 0 unchanged)"]


# -- unknown ids, bad dates and periods ------------------------------------------------

@pytest.mark.parametrize("args, expected", [
    (("corpus", "show", "999"), "no statement with id 999"),
    (("corpus", "show", HUGE_ID), "too large for a statement id"),
    (("corpus", "show", "0"), "'0' is not a statement id"),
    (("corpus", "remove", "999"), "no statement with id 999"),
    (("draft", "show", "999"), "no draft with id 999"),
    (("draft", "show", HUGE_ID), "too large for a draft id"),
    (("draft", "revisions", "999"), "no draft with id 999"),
    (("draft", "diff", "1", "1", "999"), "draft 1 has no revision 999"),
    (("draft", "diff", "1", "1", HUGE_ID), "too large for a revision number"),
    (("draft", "restore", "1", "999"), "draft 1 has no revision 999"),
    (("draft", "export", "999"), "no draft with id 999"),
    (("draft", "delete", "999"), "no draft with id 999"),
    (("draft", "new", "--from", "999"), "no statement with id 999"),
    (("draft", "new", "--from", HUGE_ID), "too large for a statement id"),
    (("draft", "new", "--date", "2025-13"), "date '2025-13'"),
    (("draft", "new", "--period", "2025-Q7"), "bad period '2025-Q7'"),
    (("draft", "edit", "1", "--section", "murder", "--append", "x"), "unknown section 'murder'"),
    (("draft", "edit", "1", "--section", "homicide", "--insert", "999:1"), "no statement with id 999"),
    (("draft", "edit", "1", "--section", "homicide", "--insert", "1:99"),
     "statement 1 has no paragraph 99 (its paragraphs are numbered 1 to 2)"),
    (("draft", "edit", "1", "--section", "homicide", "--fill", "homicide/nothing"),
     "no template 'homicide/nothing'"),
    (("review", "999"), "no draft with id 999"),
    (("review", HUGE_ID), f"no draft with id {HUGE_ID}"),
    (("review", "1", "--against", "999"), "no statement with id 999"),
    (("review", "1", "--against", HUGE_ID), "too large for a statement id"),
    (("review", "1", "--period", "2025-Q5"), "bad period '2025-Q5'"),
    (("fill", "murder", "--period", "2024"), "unknown priority 'murder'"),
    (("fill", "homicide", "--period", "24"), "bad period '24'"),
    (("fill", "homicide/nothing", "--period", "2024"), "no template 'homicide/nothing'"),
    (("fill", "homicide/count_rate", "--period", "2024"),
     "no template 'homicide/count_rate' (did you mean 'count_and_rate'?)"),
    (("figures", "list", "--period", "2024/26"), "bad period '2024/26'"),
])
def test_unknown_ids_and_bad_values_are_one_line(with_draft, args, expected):
    one_line_error(with_draft(*args), expected)


def test_fill_for_an_area_with_no_figures_is_one_error_not_a_page_of_gaps(run, tmp_path):
    good = tmp_path / "good.csv"
    good.write_text(GOOD_FIGURES, encoding="utf-8")
    run("figures", "import", good)
    result = run("fill", "homicide", "--period", "2024", "--area", "Kent")
    one_line_error(result, "no figures are stored for area 'Kent'", "Testshire")
    assert result.stdout == ""
    result = run("fill", "homicide", "--period", "2030", "--area", "testshire")
    assert one_line_error(result) == ("drafter: error: no figures are stored for Testshire in 2030: "
                                      "its figures run from 2023 to 2024")
    review = run("review", statement_file(tmp_path), "--period", "2099", "--area", "Testshire")
    assert one_line_error(review) == ("drafter: error: figures period 2099: no figures are stored for Testshire "
                                      "in 2099; its figures run from 2023 to 2024")
    one_line_error(run("review", statement_file(tmp_path), "--area", " "), "--area: give the name of the area")


def statement_file(tmp_path: Path) -> Path:
    statement = tmp_path / "testshire-2024-03.txt"
    statement.write_text(GOOD_TEXT, encoding="utf-8")
    return statement


# -- output paths ------------------------------------------------------------------------

# The draft copied from GOOD_TEXT has five empty priority sections, which export
# refuses without --force: the tests of where a file may go give it.
def test_export_to_places_it_cannot_write(with_draft, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    a_file = tmp_path / "a-file.txt"
    a_file.write_text("keep me")
    one_line_error(with_draft("draft", "export", "1", "--force", "-o", tmp_path / "nowhere" / "x.md"),
                   "nowhere does not exist")
    one_line_error(with_draft("draft", "export", "1", "--force", "-o", folder), "is a directory")
    one_line_error(with_draft("draft", "export", "1", "-o", ""), "no file name given")
    one_line_error(with_draft("draft", "export", "1", "--force", "-o", a_file / "x.md"), "is not a folder")
    assert a_file.read_text() == "keep me"
    assert list(folder.iterdir()) == []
    assert not list(tmp_path.glob("**/*.part"))


def test_export_never_replaces_a_device_or_pipe(with_draft, tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    pipe = tmp_path / "pipe.md"
    os.mkfifo(pipe)
    one_line_error(with_draft("draft", "export", "1", "--force", "-o", pipe), str(pipe), "not a regular file")
    assert pipe.is_fifo()


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs /proc")
def test_export_into_a_folder_that_refuses_files(with_draft):
    one_line_error(with_draft("draft", "export", "1", "--force", "-o", "/proc/drafter-report.md"),
                   "/proc/drafter-report.md: cannot write")


@pytest.mark.skipif(RUNNING_AS_ROOT, reason="root writes anywhere")
def test_export_into_a_read_only_folder(with_draft, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    one_line_error(with_draft("draft", "export", "1", "--force", "-o", folder / "x.md"), "permission denied")
    assert list(folder.iterdir()) == []


def test_export_format_follows_the_file_name_and_refuses_a_mismatch(with_draft, tmp_path):
    word = tmp_path / "report.docx"
    assert with_draft("draft", "export", "1", "--force", "-o", word).exit_code == 0
    assert zipfile.is_zipfile(word)
    mixed = tmp_path / "report.md"
    one_line_error(with_draft("draft", "export", "1", "--format", "docx", "-o", mixed),
                   "ends in .md but the format is docx")
    assert not mixed.exists()


def test_export_refuses_a_name_of_a_format_it_does_not_write(with_draft, tmp_path):
    pdf = tmp_path / "report.pdf"
    one_line_error(with_draft("draft", "export", "1", "-o", pdf),
                   "report.pdf: the name ends in .pdf, which drafter does not write (it writes .md, .txt "
                   "or .docx); name the file report.md")
    assert not pdf.exists()


def test_a_refused_export_leaves_the_previous_file_alone(with_draft, tmp_path, cli, ws):
    import drafter

    with drafter.open_workspace(ws) as workspace:
        draft = workspace.get_draft(1)
        draft.section("homicide").paragraphs.clear()
        workspace.save_draft(draft)
    assert with_draft("draft", "edit", "1", "--section", "homicide", "--fill",
                      "homicide/count_and_rate").exit_code == 0
    target = tmp_path / "report.md"
    target.write_text("the version the board already has")
    line = one_line_error(with_draft("draft", "export", "1", "-o", target), "unfilled placeholder")
    gaps = re.findall(r"\[\[missing [^]]*\]\]", line)
    assert gaps and len(gaps) == len(set(gaps))  # each gap named once
    assert "(3 times)" in line
    assert target.read_text() == "the version the board already has"


def test_review_html_to_places_it_cannot_write(with_draft, tmp_path):
    one_line_error(with_draft("review", "1", "--html", tmp_path), "is a directory")
    one_line_error(with_draft("review", "1", "--html", ""), "--html: give the name")
    one_line_error(with_draft("review", "1", "--html", tmp_path / "nowhere" / "r.html"),
                   "nowhere does not exist")
    assert not list(tmp_path.glob("**/*.part"))


# -- what a writer sees in an 80-column terminal -----------------------------------------

def test_text_output_fits_an_80_column_terminal(seeded_workspace, cli, monkeypatch, tmp_path):
    from drafter.cli import common

    monkeypatch.setattr(common, "terminal_width", lambda: 80)
    root = seeded_workspace.path
    latest = cli("corpus", "list", "--json", workspace=root).json()[0]["id"]
    draft_id = cli("draft", "new", "--from", latest, "--json", workspace=root).json()["id"]
    cli("draft", "edit", draft_id, "--section", "homicide", "--insert", f"{latest}:3", workspace=root)
    outputs = {
        "corpus list": cli("corpus", "list", workspace=root),
        "corpus show": cli("corpus", "show", latest, workspace=root),
        "fill": cli("fill", "homicide", "--period", "2025", workspace=root),
        "draft list": cli("draft", "list", workspace=root),
        "draft show": cli("draft", "show", draft_id, "--origins", workspace=root),
        "draft revisions": cli("draft", "revisions", draft_id, workspace=root),
        "draft diff": cli("draft", "diff", draft_id, "1", "2", workspace=root),
        "figures templates": cli("figures", "templates", workspace=root),
        "review": cli("review", draft_id, workspace=root),
    }
    for name, result in outputs.items():
        assert result.exit_code == 0, (name, result.stderr)
        too_wide = [line for line in result.stdout.splitlines() if len(line) > 80]
        assert not too_wide, (name, too_wide[:3])
    review_lines = outputs["review"].stdout.splitlines()
    # A wrapped finding continues under its message, not under the severity column.
    continued = [line for line in review_lines if line.startswith(" " * 41) and line.strip()]
    assert continued
    assert "statement" in outputs["review"].stdout and "an unnumbered paragraph of statement" in \
        " ".join(outputs["review"].stdout.split())


def test_piped_output_keeps_one_finding_per_line(with_draft):
    lines = with_draft("review", "1").stdout.splitlines()
    findings = [line for line in lines if line.split()[1:2] in (["info"], ["warning"], ["error"])]
    assert findings and not [line for line in lines if line.startswith(" " * 10)]


# -- the whole flow a writer follows with the CLI alone ------------------------------------

def test_writer_flow_on_the_sample_workspace(seeded_workspace, cli, tmp_path, monkeypatch):
    root = seeded_workspace.path
    monkeypatch.chdir(tmp_path)

    def run_ok(*args):
        result = cli(*args, workspace=root)
        assert result.exit_code == 0, (args, result.stderr)
        return result

    listed = run_ok("corpus", "list", "--json").json()
    assert set(listed[0]) == {"id", "title", "force", "date", "paragraphs", "file"}
    latest = max((s for s in listed if s["force"] == "Severnshire"), key=lambda s: s["date"])
    shown = run_ok("corpus", "show", latest["id"], "--json").json()
    assert set(shown) == {"id", "title", "force", "date", "sections"}
    assert set(shown["sections"][0]) == {"heading", "priority", "paragraphs"}
    assert set(shown["sections"][0]["paragraphs"][0]) == {"number", "text", "kind"}

    created = run_ok("draft", "new", "--from", latest["id"], "--json").json()
    draft_id = created["id"]
    filled = run_ok("fill", "homicide", "--period", "2025", "--json").json()
    assert set(filled) == {"sentences", "missing", "not_applicable"}
    assert set(filled["sentences"][0]) == {"template", "text", "figures"}
    assert set(filled["sentences"][0]["figures"][0]) == {"measure", "area", "period", "value", "source"}

    run_ok("draft", "edit", draft_id, "--section", "homicide", "--append", "The panel will hear more in March.")
    run_ok("draft", "edit", draft_id, "--section", "homicide", "--insert", f"{latest['id']}:2")
    run_ok("draft", "edit", draft_id, "--section", "homicide", "--fill", "homicide/count_and_rate")
    assert "The panel will hear more in March." in run_ok("draft", "show", draft_id).stdout
    revisions = run_ok("draft", "revisions", draft_id, "--json").json()
    assert [r["number"] for r in revisions] == [1, 2, 3, 4]
    assert "+ The panel will hear more in March." in run_ok("draft", "diff", draft_id, "1", "2").stdout
    restored = run_ok("draft", "restore", draft_id, "2").stdout
    assert restored.strip() == f"draft {draft_id}: revision 2 restored as revision 5"

    for fmt in ("md", "txt", "docx"):
        written = run_ok("draft", "export", draft_id, "--format", fmt).stdout.strip()
        assert written.startswith("wrote ") and written.endswith(f".{fmt}")
    docx_file = next(tmp_path.glob("*.docx"))

    review = run_ok("review", docx_file, "--json").json()
    assert {"findings", "figures", "reuse", "coverage"} <= set(review)
    assert set(review["findings"][0]) == {"kind", "severity", "section", "paragraph", "index", "message",
                                          "evidence"}
    added = run_ok("corpus", "add", docx_file, "--json").json()
    assert added["added"][0]["force"] == "Severnshire" and added["failed"] == []


@pytest.mark.parametrize("command, what", [(("figures", "import", "-"), "figures"),
                                           (("corpus", "add", "-"), "statements"),
                                           (("review", "-", "--json"), "statements")])
def test_a_dash_for_standard_input_is_said_to_be_no_file_drafter_reads(run, tmp_path, monkeypatch, command, what):
    monkeypatch.chdir(tmp_path)
    one_line_error(run(*command), f"-: {what} are read from a file, not from standard input")
