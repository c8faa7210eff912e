"""A file whose name says one kind and whose bytes another: a web page saved
under a .pdf name, a workbook or a PDF under a .docx one, a web page or a PDF
under an .xlsx one. drafter names what the file really is, in one line
naming the file, instead of calling it corrupt."""

from __future__ import annotations

import io

import openpyxl
import pytest
from builders import DocxBuilder, pdf_bytes, statement_text

from drafter.files import kind_of

WEB_PAGE = (b"\n  <!doctype HTML>\n<html lang=\"en\"><head><title>Agenda item 6 - Statement</title></head>"
            b"<body><p>Quarterly statement</p></body></html>")


def workbook_bytes() -> bytes:
    book = openpyxl.Workbook()
    book.active.append(["Force", "Homicides 2025/26"])
    book.active.append(["Cheshire", 9])
    stream = io.BytesIO()
    book.save(stream)
    return stream.getvalue()


def one_error(result) -> str:
    assert result.exit_code not in (0, 70), result.stdout
    assert "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    return line


@pytest.mark.parametrize("name, data, problem", [
    ("Statement March 2026.pdf", WEB_PAGE, "this is a web page (HTML), not a PDF: rename it to end in .html"),
    ("panel report.pdf", DocxBuilder().to_bytes(), "this is a Word document, not a PDF: rename it to end in .docx"),
    ("Q4 statement.docx", workbook_bytes(),
     "this is an Excel workbook, not a Word document: import its figures instead"),
    ("Q4 statement.docx", pdf_bytes([]).data, "this is a PDF, not a Word document: rename it to end in .pdf"),
    ("Q4 statement.docx", WEB_PAGE, "this is a web page (HTML), not a Word document: rename it to end in .html"),
], ids=["web page named .pdf", "Word document named .pdf", "workbook named .docx", "PDF named .docx",
        "web page named .docx"])
def test_a_statement_under_another_kind_of_name_is_called_what_it_is(cli, workspace_dir, tmp_path,
                                                                      name, data, problem):
    path = tmp_path / name
    path.write_bytes(data)
    line = one_error(cli("corpus", "add", path, workspace=workspace_dir))
    assert line == f"drafter: error: {path}: {problem}"


@pytest.mark.parametrize("data, problem", [
    (WEB_PAGE, "this is a web page (HTML), not a workbook"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "this is a PDF, not a workbook"),
], ids=["web page", "PDF"])
def test_figures_under_a_workbook_name_that_are_no_workbook_are_called_what_they_are(
        cli, workspace_dir, tmp_path, data, problem):
    path = tmp_path / "Cheshire figures.xlsx"
    path.write_bytes(data)
    line = one_error(cli("figures", "import", path, workspace=workspace_dir))
    assert line == f"drafter: error: {path}: {problem} (nothing imported)"


def test_damaged_files_are_still_called_damaged(cli, workspace_dir, tmp_path):
    whole = DocxBuilder().to_bytes()
    path = tmp_path / "cut short.docx"
    path.write_bytes(whole[: len(whole) // 2])
    assert kind_of(whole[: len(whole) // 2]) is None
    line = one_error(cli("corpus", "add", path, workspace=workspace_dir))
    assert line.startswith(f"drafter: error: {path}: corrupt DOCX")


def test_a_statement_text_is_plain_text():
    text = statement_text([("Reduce murder and other homicide", ["There were 4 homicides."])])
    assert kind_of(text.encode("utf-8")) == ("plain text", ".txt")
