"""A maintainer's files with mistakes in them, as they arrive: a statement that
is a saved error page or cut short, a figures file with suppressed cells,
footnote marks or failed formulas, a settings file with a mistyped priority.
Each is one line naming the file, the line or cell and the problem, a
non-zero exit and never a traceback; what is readable is read."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from builders import DocxBuilder, statement_text

FIXTURES = Path(__file__).parent / "fixtures" / "bad-input"
MB = 1024 * 1024
STATEMENT = statement_text(
    [("Reduce murder and other homicide", ["There were four homicides in the year to March 2026."])],
    closing="This statement comes to the panel every quarter.",
)


def error_lines(result) -> list[str]:
    assert result.exit_code not in (0, 70), (result.exit_code, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert all(line.startswith("drafter: error: ") for line in lines), lines
    return lines


@pytest.fixture
def run(cli, workspace_dir):
    def invoke(*args):
        return cli(*args, workspace=workspace_dir)
    return invoke


# -- statements ------------------------------------------------------------------------

def test_a_web_page_saved_under_a_pdf_name_is_refused_naming_the_file(run, tmp_path):
    path = tmp_path / "cumbria board report 2026-03.pdf"
    shutil.copy(FIXTURES / "error-page.pdf", path)
    [line] = error_lines(run("corpus", "add", path))
    assert line == f"drafter: error: {path}: this is a web page (HTML), not a PDF: rename it to end in .html"
    assert run("corpus", "list", "--json").json() == []


@pytest.mark.parametrize("kept", [0.5, 0.9])
def test_a_word_file_cut_short_in_the_download_is_refused(run, tmp_path, kept):
    whole = DocxBuilder()
    whole.heading("Reduce murder and other homicide")
    whole.paragraph("There were four homicides in the year to March 2026.")
    data = whole.to_bytes()
    path = tmp_path / "Adroddiad Comisiynydd – Dyfed-Powys.docx"
    path.write_bytes(data[:int(len(data) * kept)])
    [line] = error_lines(run("corpus", "add", path))
    assert line.startswith(f"drafter: error: {path}: corrupt DOCX")


def test_a_sixty_megabyte_file_is_refused_before_it_is_read(run, tmp_path):
    path = tmp_path / "all statements pasted together.txt"
    with open(path, "wb") as file:
        file.truncate(60 * MB)  # sparse: no 60 MB written to the disk
    [line] = error_lines(run("corpus", "add", path))
    assert line.startswith(f"drafter: error: {path}: file too large")


@pytest.mark.parametrize("name", ["board report 2026-03.txt", "Gwasanaeth Heddlu – Ñ 2026-03.txt"])
def test_file_names_with_spaces_or_accents_are_added_and_named_as_given(run, tmp_path, name):
    path = tmp_path / name
    path.write_text(STATEMENT, encoding="utf-8")
    result = run("corpus", "add", path, "--force", "Cumbria")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"added 1: {name} (Cumbria")
    [stored] = run("corpus", "list", "--json").json()
    assert stored["file"] == name


def latin1_named(folder: Path, name: bytes) -> Path:
    """A path whose name is in Windows-1252 bytes, as a zip made on Windows unpacks."""
    path = folder / os.fsdecode(name)
    try:
        path.touch()
    except (OSError, UnicodeError):
        pytest.skip("this file system keeps only UTF-8 names")
    return path


def test_a_file_named_in_windows_1252_bytes_is_added_under_its_name_read_so(run, tmp_path):
    path = latin1_named(tmp_path, b"r\xe9sum\xe9 2026-03.txt")
    path.write_text(STATEMENT, encoding="utf-8")
    result = run("corpus", "add", path, "--force", "Cumbria")
    assert result.exit_code == 0, result.stderr
    [stored] = run("corpus", "list", "--json").json()
    assert stored["file"] == "résumé 2026-03.txt"


# -- figures ---------------------------------------------------------------------------

def test_figures_named_in_windows_1252_bytes_are_imported_with_that_name_as_source(run, tmp_path):
    path = latin1_named(tmp_path, b"donn\xe9es.csv")
    path.write_text("area,measure,period,value\nCumbria,homicides,2025/26,4\n", encoding="utf-8")
    result = run("figures", "import", path)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"imported {tmp_path}/donn\\udce9es.csv: 1 figure")  # its bytes, escaped
    [figure] = run("figures", "list", "--json").json()
    assert figure["source"] == "données.csv"


def test_one_figure_a_row_with_no_figure_marked_says_to_leave_the_row_out(run):
    path = FIXTURES / "long-markers.csv"
    lines = error_lines(run("figures", "import", path))
    marked = [f"drafter: error: {path}:{line}: value {value!r} marks no figure, but each row here "
              "gives one: leave the row out" for line, value in ((2, "[x]"), (3, ".."), (4, "*"), (5, "-"))]
    assert lines == [*marked, f"drafter: error: {path}: nothing imported (4 problems)"]
    assert run("figures", "list", "--json").json() == []


def test_one_figure_a_row_reads_a_number_with_a_footnote_mark_as_a_table_does(run):
    result = run("figures", "import", FIXTURES / "long-footnotes.csv")
    assert result.exit_code == 0, result.stderr
    values = {item["area"]: item["value"] for item in run("figures", "list", "--json").json()}
    assert values == {"Cumbria": 123, "Durham": 1204, "Gwent": 87}


def test_a_csv_saved_as_utf16_without_a_byte_order_mark_is_read(run):
    result = run("figures", "import", FIXTURES / "long-utf16-no-bom.csv")
    assert result.exit_code == 0, result.stderr
    values = {item["area"]: item["value"] for item in run("figures", "list", "--json").json()}
    assert values == {"Cumbria": 4, "Durham": 6}


def test_utf16_without_its_mark_is_still_told_from_a_binary_file(run, tmp_path):
    path = tmp_path / "figures.csv"
    path.write_bytes(bytes(range(256)) * 8)
    [line] = error_lines(run("figures", "import", path))
    assert line.startswith(f"drafter: error: {path}: this is a binary file")


def test_one_figure_a_row_in_a_workbook_names_a_failed_formula_by_its_cell(run):
    path = FIXTURES / "long-formulas.xlsx"
    lines = error_lines(run("figures", "import", path))
    assert lines == [
        f"drafter: error: {path}: Figures!D3: the cell's formula (=D2*1.5) has no saved result: "
        "open the file in a spreadsheet program and save it again",
        f"drafter: error: {path}: Figures!D4: the cell's formula gives #REF!, not a number: "
        "correct it, or leave the cell blank",
        f"drafter: error: {path}: nothing imported (2 problems)",
    ]


def test_a_word_document_saved_under_a_workbook_name_is_called_one(run, tmp_path):
    path = tmp_path / "Q4 figures.xlsx"
    path.write_bytes(DocxBuilder().to_bytes())
    [line] = error_lines(run("figures", "import", path))
    assert line == f"drafter: error: {path}: this is a Word document, not a spreadsheet (nothing imported)"


def test_a_lookup_that_failed_is_named_not_left_out_as_no_figure(run):
    # A formula's #N/A is a lookup to put right; typed as text, "#N/A" would mark no figure.
    path = FIXTURES / "formula-errors.xlsx"
    lines = error_lines(run("figures", "import", path))
    assert lines == [
        f"drafter: error: {path}: Table 3!B6: the cell's formula gives #N/A, not a number: "
        "correct it, or leave the cell blank",
        f"drafter: error: {path}: Table 3!B7: the cell's formula gives #REF!, not a number: "
        "correct it, or leave the cell blank",
        f"drafter: error: {path}: nothing imported (2 problems)",
    ]
    assert run("figures", "list", "--json").json() == []


# -- settings and templates ------------------------------------------------------------

ORDER_LINE = 17


@pytest.mark.parametrize("order, problem", [
    ('"homicides", "serious-violence", "drugs-county-lines", "neighbourhood-crime", "victim-satisfaction", '
     '"cyber-crime"', "section_order: unknown priority 'homicides' (did you mean 'homicide'?)"),
    ('"serious-violence", "drugs-county-lines", "neighbourhood-crime", "victim-satisfaction", "cyber-crime"',
     "section_order leaves out homicide"),
    ('"homicide", "homicide", "serious-violence", "drugs-county-lines", "neighbourhood-crime", '
     '"victim-satisfaction", "cyber-crime"', "section_order lists homicide more than once"),
    ('"homicide", 2, "serious-violence"', "section_order must be a list of priority ids in quotes"),
    ('"introduction", "homicide", "serious-violence", "drugs-county-lines", "neighbourhood-crime", '
     '"victim-satisfaction", "cyber-crime", "closing"',
     "section_order: introduction is not a priority: a draft always opens with the introduction"),
])
def test_a_mistake_in_the_section_order_names_its_line_and_the_priority(run, workspace_dir, order, problem):
    settings = workspace_dir / "settings.toml"
    lines = [""] * (ORDER_LINE - 1) + [f"section_order = [{order}]"]
    settings.write_text("\n".join(lines) + "\n", encoding="utf-8")
    [line] = error_lines(run("corpus", "list"))
    assert line.startswith(f"drafter: error: {settings}: line {ORDER_LINE}: {problem}")


def test_a_mistyped_setting_names_its_line_and_the_setting_meant(run, workspace_dir):
    settings = workspace_dir / "settings.toml"
    settings.write_text('area = "Cumbria"\nsection_ordre = ["homicide"]\n', encoding="utf-8")
    [line] = error_lines(run("corpus", "list"))
    assert line == (f"drafter: error: {settings}: line 2: unknown setting 'section_ordre' "
                    "(did you mean 'section_order'?)")


def test_a_tag_left_open_before_a_blank_line_is_named_at_its_own_line(run, workspace_dir):
    templates = workspace_dir / "templates"
    templates.mkdir(exist_ok=True)
    (templates / "homicide.j2").write_text(
        "{% macro count() %}\n"
        "{{ place }} recorded {{ figure('homicides') }} homicides.\n"
        "{% endmacro\n"
        "\n"
        "{# The next sentence. #}\n"
        "{% macro again() %}Again.{% endmacro %}\n", encoding="utf-8")
    [line] = error_lines(run("figures", "templates"))
    assert line.startswith("drafter: error: templates/homicide.j2:5: ")
    assert line.endswith("(line 3 opens '{%' without closing it with '%}')")


@pytest.mark.parametrize("slip, problem", [
    ('[stable_threshold]\ndefault = 1.0\nhomicides = "ten"\n',
     "templates/settings.toml:3: stable_threshold.homicides must be a number, not 'ten'"),
    ("[stable_threshold]\ndefault = 1.0\n\n[small_cuont]\ndefault = 0\n",
     "templates/settings.toml:4: unknown table [small_cuont] (expected area_phrase, small_count, "
     "stable_threshold)"),
])
def test_a_slip_in_the_wording_settings_names_its_line(run, workspace_dir, slip, problem):
    templates = workspace_dir / "templates"
    templates.mkdir(exist_ok=True)
    (templates / "settings.toml").write_text(slip, encoding="utf-8")
    [line] = error_lines(run("fill", "homicide", "--period", "2025/26", "--area", "Cumbria"))
    assert line == f"drafter: error: {problem}"


def test_a_section_order_written_as_a_table_is_named_at_its_header(run, workspace_dir):
    settings = workspace_dir / "settings.toml"
    settings.write_text('area = "Cumbria"\n\n[section_order]\nhomicide = 1\n', encoding="utf-8")
    [line] = error_lines(run("corpus", "list"))
    assert line.startswith(f"drafter: error: {settings}: line 3: section_order must be a list of priority ids")


def test_a_name_not_in_utf8_is_escaped_where_the_locale_would_write_its_bytes_raw(monkeypatch, workspace_dir,
                                                                                tmp_path):
    """Under LANG=C.UTF-8 Python writes a name's stray bytes back raw, which
    would leave JSON output that is not UTF-8; they are escaped instead."""
    import io
    import sys

    from drafter.cli.main import main

    path = latin1_named(tmp_path, b"r\xe9sum\xe9 2026-03.txt")
    path.write_text(STATEMENT, encoding="utf-8")
    raw = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(raw, encoding="utf-8", errors="surrogateescape"))
    monkeypatch.setattr(sys, "stderr", io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="surrogateescape"))
    with pytest.raises(SystemExit) as stopped:
        main(["--workspace", str(workspace_dir), "corpus", "add", str(path), "--json", "--force", "Cumbria"])
    assert stopped.value.code in (0, None)
    sys.stdout.flush()
    report = json.loads(raw.getvalue().decode("utf-8"))
    assert report["added"][0]["path"] == str(tmp_path) + "/r\udce9sum\udce9 2026-03.txt"
