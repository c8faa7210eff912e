"""Files that are not readable statements: each is refused with an
IngestError naming the file and giving a one-line reason."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from builders import DocxBuilder, PdfBuilder, statement_text

from drafter.corpus import read_statement
from drafter.errors import IngestError

MB = 1024 * 1024
GOOD_TEXT = statement_text([("Reduce serious violence", ["Knife crime fell by 9% this quarter."])])


def problem_of(path: Path, data: bytes | None = None) -> str:
    with pytest.raises(IngestError) as caught:
        read_statement(path, data)
    error = caught.value
    assert error.file == str(path)
    assert "\n" not in str(error) and str(error).startswith(str(path))
    return error.problem


def write(tmp_path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("name", ["empty.txt", "empty.md", "empty.docx", "empty.pdf"])
def test_empty_files(tmp_path, name):
    assert problem_of(write(tmp_path, name, b"")) == "empty file"


def test_whitespace_only_text(tmp_path):
    assert problem_of(write(tmp_path, "blank.txt", b"  \n\r\n\t \n")) == "empty file"


def test_binary_data_in_a_text_file(tmp_path):
    assert problem_of(write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")) == (
        "binary file, not a statement")


def test_undecodable_text(tmp_path):
    # 0x81 and 0x8d are neither UTF-8 nor Windows-1252.
    assert problem_of(write(tmp_path, "odd.md", b"Introduction\n\n1. Text \x81\x8d\x8f here.\n")) == (
        "binary file, not a statement")


def test_control_characters_in_a_text_file(tmp_path):
    assert problem_of(write(tmp_path, "dump.txt", bytes(range(1, 32)) * 20)) == "binary file, not a statement"


@pytest.mark.parametrize("name, shown", [("figures.xls", ".xls"), ("notes.doc", ".doc"),
                                         ("README", "(no file extension)")])
def test_unsupported_formats(tmp_path, name, shown):
    problem = problem_of(write(tmp_path, name, b"anything"))
    assert problem.startswith(f"unsupported format {shown}")


def test_no_statement_structure(tmp_path):
    prose = ("The weather was mild for the time of year. Nobody expected the river to rise so fast.\n\n"
             "By evening the bridge was closed and traffic went the long way round.\n")
    assert problem_of(write(tmp_path, "story.txt", prose.encode())) == (
        "no statement found (no priority headings, numbered paragraphs under section headings, "
        "or mention of the national policing priorities)")


def test_markdown_without_statement_structure(tmp_path):
    text = "# Install\n\nRun the installer and follow the prompts.\n\n## Usage\n\nOpen the app.\n"
    assert problem_of(write(tmp_path, "readme.md", text.encode())).startswith("no statement found")


def test_text_file_far_too_large_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:  # sparse: no disk space or memory needed
        stream.truncate(12 * MB)
    assert problem_of(path) == "file too large (12 MB; limit 5 MB)"


@pytest.mark.parametrize("name", ["huge.docx", "huge.pdf"])
def test_documents_far_too_large_are_refused(tmp_path, name):
    path = tmp_path / name
    with path.open("wb") as stream:
        stream.truncate(25 * MB)
    assert problem_of(path) == "file too large (25 MB; limit 20 MB)"


def test_size_limit_applies_to_bytes_already_read(tmp_path):
    assert problem_of(tmp_path / "big.md", b"x" * (6 * MB)) == "file too large (6 MB; limit 5 MB)"


def test_far_too_many_lines(tmp_path):
    assert problem_of(tmp_path / "log.txt", b"1. entry\n" * 100_001) == (
        "too many lines for a statement (100,002; limit 100,000)")


def test_missing_file_and_directory(tmp_path):
    assert problem_of(tmp_path / "absent.txt") == "no such file or directory"
    (tmp_path / "folder.txt").mkdir()
    assert problem_of(tmp_path / "folder.txt") == "is a directory, not a file"


# -- Word ---------------------------------------------------------------------

def zip_bytes(entries: dict[str, bytes]) -> bytes:
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return stream.getvalue()


def test_docx_that_is_not_a_zip(tmp_path):
    path = write(tmp_path, "report.docx", GOOD_TEXT.encode())
    assert problem_of(path) == "this is plain text, not a Word document: rename it to end in .txt"
    path = write(tmp_path, "report.docx", b"\x00\x01\x02 neither a zip nor text \xff\xfe" * 8)
    assert problem_of(path) == "corrupt DOCX (not a zip archive)"


def test_old_word_format_renamed_to_docx(tmp_path):
    path = write(tmp_path, "old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    assert problem_of(path).startswith("not a DOCX (an old Word .doc")


def test_truncated_docx(tmp_path):
    data = DocxBuilder().to_bytes()
    assert problem_of(write(tmp_path, "cut.docx", data[: len(data) // 3])) == "corrupt DOCX (not a zip archive)"


def test_zip_without_a_word_document(tmp_path):
    path = write(tmp_path, "archive.docx", zip_bytes({"notes.txt": b"hello"}))
    assert problem_of(path) == "not a Word document but a zip archive of other files (notes.txt)"


def test_docx_with_broken_xml(tmp_path):
    path = write(tmp_path, "broken.docx", zip_bytes({"word/document.xml": b"<w:document><w:body>"}))
    assert problem_of(path) == "corrupt DOCX (document.xml is not valid XML)"


def test_docx_zip_bomb_by_declared_size(tmp_path):
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b" " * MB
            for _ in range(60):
                member.write(chunk)
    assert path.stat().st_size < MB
    assert problem_of(path) == "DOCX too large when unpacked (document.xml would be 60 MB; limit 50 MB)"


def test_docx_zip_bomb_by_compression_ratio(tmp_path):
    path = write(tmp_path, "ratio.docx", zip_bytes({"word/document.xml": b"<" + b" " * (20 * MB) + b">"}))
    problem = problem_of(path)
    assert problem.startswith("suspicious DOCX (document.xml compressed ")
    assert problem.endswith("refused as a zip bomb")


def test_docx_with_too_many_parts(tmp_path):
    entries = {f"word/media/part{n}.xml": b"<a/>" for n in range(2100)}
    entries["word/document.xml"] = b"<a/>"
    assert problem_of(write(tmp_path, "many.docx", zip_bytes(entries))) == "corrupt DOCX (too many parts: 2101)"


def test_docx_with_far_too_many_paragraphs(tmp_path):
    body = b"<w:p/>" * 50_001
    document = (b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                b"<w:body>" + body + b"</w:body></w:document>")
    path = write(tmp_path, "long.docx", zip_bytes({"word/document.xml": document}))
    assert problem_of(path) == "too many paragraphs for a statement (50,001; limit 50,000)"


def test_docx_without_statement_structure(tmp_path):
    builder = DocxBuilder()
    builder.paragraph("Shopping list for the team away day, to be confirmed by Friday.")
    assert problem_of(write(tmp_path, "list.docx", builder.to_bytes())).startswith("no statement found")


def test_docx_with_no_text(tmp_path):
    assert problem_of(write(tmp_path, "blank.docx", DocxBuilder().to_bytes())) == "no text found"


# -- PDF ----------------------------------------------------------------------

def test_pdf_that_is_not_a_pdf(tmp_path):
    assert problem_of(write(tmp_path, "fake.pdf", GOOD_TEXT.encode())) == \
        "this is plain text, not a PDF: rename it to end in .txt"
    assert problem_of(write(tmp_path, "fake.pdf", b"\x00\x01\x02\xff\xfe" * 20)) == "corrupt PDF (no PDF header)"


def test_corrupt_pdf(tmp_path):
    problem = problem_of(write(tmp_path, "bad.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog\n%%EOF\n"))
    assert problem.startswith("corrupt PDF (")


def test_truncated_pdf(tmp_path):
    builder = PdfBuilder()
    builder.heading("Reduce serious violence")
    builder.paragraph("Knife crime fell by 9% this quarter.", 1)
    data = builder.to_bytes()
    assert problem_of(write(tmp_path, "cut.pdf", data[: len(data) // 2])).startswith("corrupt PDF (")


def test_encrypted_pdf(tmp_path):
    builder = PdfBuilder()
    builder.heading("Reduce serious violence")
    builder.paragraph("Knife crime fell by 9% this quarter.", 1)
    builder.pdf.set_encryption(owner_password="owner-secret", user_password="reader-secret")
    assert problem_of(write(tmp_path, "locked.pdf", builder.to_bytes())) == "encrypted PDF (password protected)"


def test_pdf_without_a_text_layer(tmp_path):
    builder = PdfBuilder(page_footer=False)
    builder.pdf.rect(20, 20, 120, 160, style="F")  # a scanned page is a picture, not text
    assert problem_of(write(tmp_path, "scan.pdf", builder.to_bytes())) == (
        "no text layer (a scanned or image-only PDF)")


def test_pdf_with_far_too_many_pages(tmp_path):
    builder = PdfBuilder(page_footer=False)
    builder.line("Reduce serious violence")
    for _ in range(300):
        builder.page_break()
    assert problem_of(write(tmp_path, "ledger.pdf", builder.to_bytes())) == (
        "too many pages for a statement (301; limit 300)")


def test_a_partial_statement_is_refused_naming_the_priority_headings_it_has(tmp_path):
    text = "Quarterly update\n\nHomicide\n\nWe recorded 3 homicides this quarter.\n\nCyber crime\n\nWe ran 12 sessions.\n"
    problem = problem_of(write(tmp_path, "update.txt", text.encode()))
    assert problem.startswith("no statement found: only 2 priority headings (Homicide, Cyber crime), "
                              "with no numbered paragraphs and no mention of the national policing priorities")


def test_a_file_partly_utf8_and_partly_windows_1252_reads_as_written():
    from drafter.corpus.ingest.text import decode

    # A dash pasted in as UTF-8 into a file otherwise saved by an old editor in Windows-1252.
    data = "Cleveland recorded 9 homicides – ".encode("utf-8") + "a café stabbing cost £5,000.".encode("cp1252")
    assert decode(data, "cleveland.txt") == "Cleveland recorded 9 homicides – a café stabbing cost £5,000."


@pytest.mark.parametrize("name, advice", [
    ("figures.xlsx", "; figures go in with drafter figures import figures.xlsx"),
    ("Knife crime.csv", "; figures go in with drafter figures import Knife crime.csv"),
    ("pack.xls", "; figures go in with drafter figures import pack.xls (saved as .xlsx)"),
    ("statement.doc", "; save the statement as .docx (or .pdf) and add that"),
    ("statement.odt", "; save the statement as .docx (or .pdf) and add that"),
])
def test_a_spreadsheet_or_an_old_word_file_says_what_to_do_instead(tmp_path, name, advice):
    problem = problem_of(write(tmp_path, name, b"anything"))
    assert problem.startswith(f"unsupported format {Path(name).suffix}: expected one of ")
    assert problem.endswith(advice)
