"""Files drafter reads, when they are not what they should be: a named pipe
or a link to a device given where a statement, a settings, template, mapping,
synonyms or acronyms file belongs is refused at once with one line ("not a
regular file"), never read without end; a folder's such entries are listed
as skipped; a paragraph too long to parse is named by review and by corpus
add; control characters a bad copy and paste left never stop a Word export."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from builders import statement_text
from test_drafts_support import unseeded_workspace

from drafter.statement import MAX_PARAGRAPH_CHARS, without_control_characters

needs_pipes = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
needs_dev_zero = pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")

GOOD_TEXT = statement_text(
    [("Reduce serious violence", ["Knife crime in Kestrel Vale fell by 9% this quarter.",
                                  "Two more surrender bins were placed in market towns."])],
    closing="This statement comes to the panel every quarter.",
)
FIGURES = "area,measure,period,value\nKestrel Vale,homicides,2024,11\n"


def one_line_error(result, *expected: str) -> str:
    assert result.exit_code == 1, (result.exit_code, result.stderr)
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for text in expected:
        assert text in lines[0], (text, lines[0])
    return lines[0]


@pytest.fixture
def ws(tmp_path) -> Path:
    root = tmp_path / "ws"
    unseeded_workspace(root).close()
    return root


@pytest.fixture
def run(cli, ws):
    def invoke(*args):
        return cli(*args, workspace=ws)
    return invoke


def _pipe(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _endless(path: Path) -> Path:
    path.symlink_to("/dev/zero")
    return path


# -- statements given to review --------------------------------------------------------

@needs_pipes
def test_review_of_a_named_pipe_is_refused_at_once(run, tmp_path):
    pipe = _pipe(tmp_path / "statement.txt")
    one_line_error(run("review", pipe), f"{pipe}: not a regular file")


@needs_dev_zero
@pytest.mark.parametrize("name", ["statement.txt", "statement.html", "statement.docx"])
def test_review_of_a_link_to_an_endless_device_is_refused_at_once(run, tmp_path, name):
    link = _endless(tmp_path / name)
    one_line_error(run("review", link), f"{link}: not a regular file")


# -- the workspace's own files ---------------------------------------------------------

@needs_pipes
def test_a_synonyms_file_that_is_a_pipe_stops_search_with_one_line(run, ws):
    _pipe(ws / "synonyms.txt")
    one_line_error(run("search", "knife"), f"{ws / 'synonyms.txt'}: not a regular file")


@needs_dev_zero
def test_a_synonyms_file_linked_to_a_device_stops_search_with_one_line(run, ws):
    _endless(ws / "synonyms.txt")
    one_line_error(run("search", "knife"), f"{ws / 'synonyms.txt'}: not a regular file")


@needs_dev_zero
def test_an_acronyms_file_linked_to_a_device_stops_review_with_one_line(run, ws, tmp_path):
    statement = tmp_path / "kestrel-vale-2024-06.txt"
    statement.write_text(GOOD_TEXT, encoding="utf-8")
    _endless(ws / "acronyms.txt")
    one_line_error(run("review", statement), f"{ws / 'acronyms.txt'}: not a regular file")


@needs_pipes
def test_a_settings_file_that_is_a_pipe_is_named(run, ws):
    _pipe(ws / "settings.toml")
    one_line_error(run("corpus", "list"), f"{ws / 'settings.toml'}: not a regular file")


@needs_pipes
def test_a_template_that_is_a_pipe_is_named_not_passed_over_for_the_bundled_one(run, ws):
    (ws / "templates").mkdir()
    _pipe(ws / "templates" / "homicide.j2")
    one_line_error(run("fill", "homicide", "--period", "2024", "--area", "Kestrel Vale"),
                   "templates/homicide.j2: not a regular file")


def test_a_template_that_is_a_folder_is_named(run, ws):
    (ws / "templates" / "homicide.j2").mkdir(parents=True)
    one_line_error(run("fill", "homicide", "--period", "2024", "--area", "Kestrel Vale"),
                   "templates/homicide.j2: is a directory")


@needs_pipes
def test_the_workspaces_mapping_file_as_a_pipe_is_named(run, ws, tmp_path):
    (ws / "templates").mkdir()
    _pipe(ws / "templates" / "figures-import.toml")
    figures = tmp_path / "figures.csv"
    figures.write_text(FIGURES, encoding="utf-8")
    one_line_error(run("figures", "import", figures), "figures-import.toml: not a regular file")


@pytest.mark.parametrize("make, problem", [
    (lambda path: path.mkdir(), "is a directory"),
    pytest.param(_pipe, "not a regular file", marks=needs_pipes),
    pytest.param(_endless, "not a regular file", marks=needs_dev_zero),
    (lambda path: path, "no such mapping file"),
])
def test_a_mapping_that_is_not_a_file_says_what_it_is(run, tmp_path, make, problem):
    figures = tmp_path / "figures.csv"
    figures.write_text(FIGURES, encoding="utf-8")
    mapping = make(tmp_path / "mapping.toml") or tmp_path / "mapping.toml"
    line = one_line_error(run("figures", "import", figures, "--mapping", mapping), problem)
    assert str(tmp_path / "mapping.toml") in line
    assert run("figures", "list", "--json").json() == []


# -- a folder given to corpus add --------------------------------------------------------

@needs_pipes
@needs_dev_zero
def test_a_folders_entries_that_are_not_files_are_listed_as_skipped(run, tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "kestrel-vale-2024-06.txt").write_text(GOOD_TEXT, encoding="utf-8")
    _endless(folder / "endless.txt")
    _pipe(folder / "waiting.md")
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (folder / "notes.xyz").symlink_to("/dev/zero")  # not a statement's name: not looked at
    result = run("corpus", "add", folder, "--force", "Kestrel Vale")
    assert result.exit_code == 1
    assert "added 1: kestrel-vale-2024-06.txt" in result.stdout
    lines = [line for line in result.stderr.strip().splitlines() if line.startswith("drafter: error:")]
    assert sorted(lines) == [
        f"drafter: error: {folder / 'endless.txt'}: not a regular file",
        f"drafter: error: {folder / 'gone.txt'}: a link to a file that does not exist",
        f"drafter: error: {folder / 'waiting.md'}: not a regular file",
    ]
    assert len(run("corpus", "list", "--json").json()) == 1


# -- a paragraph too long to read --------------------------------------------------------

def _long_paragraph_statement(path: Path, numbered: bool = True) -> int:
    sentence = "Patrols in the town centre were stepped up again over the summer months. "
    long_text = sentence * (MAX_PARAGRAPH_CHARS // len(sentence) + 10)
    first = "1. " if numbered else ""
    second = "2. " if numbered else ""
    path.write_text("Kestrel Vale Police and Crime Panel\nDate: June 2024\n\nIntroduction\n\n"
                    f"{first}This statement reports on the national priorities.\n\n"
                    f"Reduce serious violence\n\n{second}{long_text}\n", encoding="utf-8")
    return len(long_text.strip())


def test_review_names_a_paragraph_too_long_to_read_and_the_limit(run, tmp_path):
    statement = tmp_path / "kestrel-vale-2024-06.txt"
    length = _long_paragraph_statement(statement)
    one_line_error(run("review", statement),
                   f"{statement}: ¶2 is {length:,} characters long",
                   f"paragraphs of up to {MAX_PARAGRAPH_CHARS:,} characters")


def test_corpus_add_refuses_what_review_could_not_read(run, ws, tmp_path):
    statement = tmp_path / "kestrel-vale-2024-06.txt"
    length = _long_paragraph_statement(statement)
    one_line_error(run("corpus", "add", statement, "--force", "Kestrel Vale"),
                   f"{statement}: ¶2 is {length:,} characters long")
    assert run("corpus", "list", "--json").json() == []
    assert not (ws / "originals").exists() or not any((ws / "originals").iterdir())


def test_an_unnumbered_long_paragraph_is_named_by_its_first_words(run, tmp_path):
    statement = tmp_path / "kestrel-vale-2024-06.txt"
    _long_paragraph_statement(statement, numbered=False)
    line = one_line_error(run("corpus", "add", statement, "--force", "Kestrel Vale"))
    assert "“Patrols in the town centre…”" in line


def test_a_paragraph_too_long_is_refused_when_appended_and_named_when_typed(run, ws, tmp_path):
    import drafter

    statement = tmp_path / "kestrel-vale-2024-06.txt"
    statement.write_text(GOOD_TEXT, encoding="utf-8")
    assert run("corpus", "add", statement, "--force", "Kestrel Vale").exit_code == 0
    assert run("draft", "new", "--from", "1").exit_code == 0
    before = run("draft", "show", "1").stdout
    pasted = "Officers visited every licensed premises in the town. " * 1000
    one_line_error(run("draft", "edit", "1", "--section", "serious-violence", "--append", pasted),
                   f"is {len(pasted.strip()):,} characters long", f"up to {MAX_PARAGRAPH_CHARS:,} characters")
    assert run("draft", "show", "1").stdout == before
    # Typed or pasted into the desk's editor, it is kept, and review names it.
    with drafter.open_workspace(ws, seed=False) as workspace:
        draft = workspace.get_draft(1)
        section = draft.section("serious-violence")
        draft.set_section_text("serious-violence", section.text() + "\n\n" + pasted)
        workspace.save_draft(draft)
    numbers = [line.split(".")[0] for line in run("draft", "show", "1").stdout.splitlines()
               if line.endswith("Officers visited every licensed premises in the town.")]
    assert len(numbers) == 1
    one_line_error(run("review", "1"), f"draft 1: ¶{numbers[0].strip()} is {len(pasted.strip()):,} characters long",
                   f"up to {MAX_PARAGRAPH_CHARS:,} characters")


# -- control characters ------------------------------------------------------------------

def test_control_characters_are_gone_tabs_and_line_ends_kept():
    assert without_control_characters("patrols\x1b in\x01 the\x7f town") == "patrols in the town"
    assert without_control_characters("one\vtwo\fthree") == "one two three"
    assert without_control_characters("a\tb\nc\r\n") == "a\tb\nc\r\n"


def test_corpus_add_keeps_a_statement_without_its_control_characters(run, tmp_path):
    statement = tmp_path / "kestrel-vale-2024-06.txt"
    statement.write_text(GOOD_TEXT.replace("surrender bins", "surrender\x1b bins"), encoding="utf-8")
    assert run("corpus", "add", statement, "--force", "Kestrel Vale").exit_code == 0
    shown = run("corpus", "show", "1", "--json").json()
    texts = [p["text"] for s in shown["sections"] for p in s["paragraphs"]]
    assert "Two more surrender bins were placed in market towns." in texts
    assert not any("\x1b" in text for text in texts)


def test_pasted_control_characters_leave_the_draft_and_its_word_export(run, tmp_path):
    import docx

    statement = tmp_path / "kestrel-vale-2024-06.txt"
    statement.write_text(GOOD_TEXT, encoding="utf-8")
    assert run("corpus", "add", statement, "--force", "Kestrel Vale").exit_code == 0
    assert run("draft", "new", "--from", "1").exit_code == 0
    pasted = "Text copied from a PDF.\x01Next page\x1b text.\x0cMore\ufffe."
    assert run("draft", "edit", "1", "--section", "serious-violence", "--append", pasted).exit_code == 0
    target = tmp_path / "statement.docx"
    result = run("draft", "export", "1", "-o", target, "--force")
    assert result.exit_code == 0, result.stderr
    texts = [paragraph.text for paragraph in docx.Document(str(target)).paragraphs]
    assert "Text copied from a PDF.Next page text. More." in texts
    # The draft itself keeps the text without them, as the corpus does.
    markdown = tmp_path / "statement.md"
    assert run("draft", "export", "1", "-o", markdown, "--force").exit_code == 0
    assert "Text copied from a PDF.Next page text. More" in markdown.read_text(encoding="utf-8")
