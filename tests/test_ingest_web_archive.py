"""A web page saved as one file (a browser's "Webpage, Single File": .mhtml,
or .mht) is read as the same page saved as "Web page, complete": its HTML
part, quoted-printable or base64 as the browser wrote it, in its own
character set; the images beside it are not text. A .mht file that is no
web archive, or holds no page, says so in one line.

The page is written for these tests; the force and figures are fictional."""

from __future__ import annotations

import base64
import quopri

import pytest

from drafter.corpus import read_statement
from drafter.errors import IngestError

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>National Policing Priorities | Severnshire PCC</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main><h1>National Policing Priorities statement</h1>
<p>Published 12 August 2026</p>
<p>This statement covers April to June 2026 for Severnshire Police.</p>
<h2>Reduce murder and other homicide</h2>
<p>There was one homicide in Severnshire between April and June 2026.</p>
<h2>Improve victim satisfaction</h2>
<p>Victim satisfaction was 75.3% – the Commissioner’s £1.2m Victim Hub opened.</p>
</main><footer><p>© Severnshire PCC</p></footer></body></html>"""


def _archive(html_part: str) -> str:
    logo = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40).decode()
    return ("From: <Saved by Blink>\r\n"
            "Subject: National Policing Priorities | Severnshire PCC\r\n"
            "MIME-Version: 1.0\r\n"
            'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----Boundary--x1----"\r\n\r\n\r\n'
            "------Boundary--x1----\r\n" + html_part +
            "------Boundary--x1----\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
            "Content-Location: https://example.org/logo.png\r\n\r\n" + logo + "\r\n------Boundary--x1------\r\n")


def _quoted_printable(html: str, charset: str | None = None) -> str:
    named = f"; charset={charset}" if charset else ""
    body = quopri.encodestring(html.encode(charset or "utf-8")).decode("ascii")
    return (f"Content-Type: text/html{named}\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            f"Content-Location: https://example.org/npp/\r\n\r\n{body}\r\n")


def _texts(statement) -> dict[str, list[str]]:
    return {section.priority: [p.text for p in section.paragraphs] for section in statement.sections}


@pytest.mark.parametrize("name, part", [
    ("statement.mhtml", _quoted_printable(PAGE)),
    ("statement.mht", _quoted_printable(PAGE.replace('charset="utf-8"', 'charset="windows-1252"'), "windows-1252")),
    ("statement.mhtml", "Content-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                        + base64.encodebytes(PAGE.encode("utf-8")).decode("ascii")),
])
def test_a_page_saved_as_one_file_is_read_as_the_page(tmp_path, name, part):
    path = tmp_path / name
    path.write_text(_archive(part), encoding="ascii", newline="")
    statement = read_statement(path, areas=["Severnshire"])
    assert (statement.force, statement.date) == ("Severnshire", "2026-08-12")
    texts = _texts(statement)
    assert texts["homicide"] == ["There was one homicide in Severnshire between April and June 2026."]
    assert texts["victim-satisfaction"] == [
        "Victim satisfaction was 75.3% – the Commissioner’s £1.2m Victim Hub opened."]
    assert "Home" not in " ".join(" ".join(paragraphs) for paragraphs in texts.values())


@pytest.mark.parametrize("content, problem", [
    ("Just some notes about the statement.\n", 'not a web archive (no MIME header): save the page as "Web page, '
                                                'complete" (.html) and add that'),
    ('MIME-Version: 1.0\nContent-Type: multipart/related; boundary="b"\n\n--b\nContent-Type: image/png\n\nxx\n--b--\n',
     "no web page inside this web archive (no text/html part)"),
])
def test_a_web_archive_without_a_page_says_so(tmp_path, content, problem):
    path = tmp_path / "statement.mht"
    path.write_text(content, encoding="ascii")
    with pytest.raises(IngestError) as caught:
        read_statement(path)
    assert str(caught.value) == f"{path}: {problem}"


def test_a_folder_with_a_page_saved_as_one_file_adds_it(cli, tmp_path):
    folder = tmp_path / "statements"
    folder.mkdir()
    (folder / "npp-august-2026.mhtml").write_text(_archive(_quoted_printable(PAGE.replace("Severnshire", "Gwent"))),
                                                  encoding="ascii", newline="")
    workspace = tmp_path / "office"
    assert cli("init", "--force", "Gwent", workspace=workspace).exit_code == 0
    added = cli("corpus", "add", folder, workspace=workspace)
    assert added.exit_code == 0, added.stderr
    assert "added 1: npp-august-2026.mhtml (Gwent, 2026-08-12" in added.stdout
