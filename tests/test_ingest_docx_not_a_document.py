"""A file named .docx that Word cannot have saved as one is named for what it
is, with what to do: a password-protected document (Word's encrypted
package), an old binary document renamed, a zip of other files. Before, the
first two were "an old Word .doc, or a password-protected file" alike and the
zip "corrupt DOCX (no word/document.xml)"."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from drafter.corpus import read_statement
from drafter.errors import IngestError
from drafter.files import OLE_MAGIC


def _compound(*streams: str) -> bytes:
    """An OLE compound file's start and the names of its streams, as its directory holds them."""
    names = b"".join(name.encode("utf-16-le").ljust(64, b"\0") for name in ("Root Entry", *streams))
    return OLE_MAGIC + bytes(504) + names + bytes(512)


def _problem(name: str, data: bytes) -> str:
    with pytest.raises(IngestError) as caught:
        read_statement(Path(name), data)
    return caught.value.problem


def test_a_password_protected_document_says_how_to_remove_the_password():
    assert _problem("statement.docx", _compound("EncryptionInfo", "EncryptedPackage")) == (
        "a password-protected Word document: open it in Word, remove the password "
        "(File > Info > Protect Document > Encrypt with Password), save it and add it again")


def test_an_old_word_document_renamed_says_to_save_it_as_docx():
    assert _problem("statement.docx", _compound("WordDocument", "1Table")) == (
        "a Word 97-2003 (.doc) document under a .docx name: open it in Word, save it as .docx and add that")


def test_a_zip_of_other_files_names_some_of_them():
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w") as archive:
        for name in ("IMG_0001.jpg", "IMG_0002.jpg", "IMG_0003.jpg", "minutes.txt"):
            archive.writestr(name, b"x")
    assert _problem("statement.docx", stream.getvalue()) == (
        "not a Word document but a zip archive of other files (IMG_0001.jpg, IMG_0002.jpg, IMG_0003.jpg, …)")


def test_a_macro_enabled_word_document_is_read_as_word(tmp_path):
    """A statement saved from a template with macros (.docm) is the same Word document;
    its macros are never run. Before, it was refused as an unsupported format."""
    from docx import Document

    document = Document()
    document.add_paragraph("Cheshire Police and Crime Commissioner: National Policing Priorities, July 2026")
    for heading in ("Reduce murder and other homicide", "Reduce serious violence", "Tackle cyber crime",
                    "Reduce neighbourhood crime"):
        document.add_heading(heading, 2)
        document.add_paragraph("Work with partners went on.")
    path = tmp_path / "cheshire-2026-07.docm"
    document.save(path)
    statement = read_statement(path)
    assert (statement.force, len(statement.sections)) == ("Cheshire", 4)


def test_an_rtf_document_under_a_word_name_says_to_save_it_as_docx():
    """Before, it was called plain text and the advice, renaming it .txt, led to another refusal."""
    rtf = b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Calibri;}}\n{\\pard Knife crime fell to 138 offences.\\par}\n}"
    assert _problem("statement.docx", rtf) == (
        "this is an RTF document, not a Word document: open it in Word and save it as .docx")
