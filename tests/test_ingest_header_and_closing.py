"""A statement's header is read the same however its lines are broken, a
byline ("Report of the Police and Crime Commissioner for …") belongs to it,
and a closing section saying how often the statement is published is the
closing in every format, keeping its place and the signature when the
statement is copied forward."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import DocxBuilder

from drafter.corpus import read_statement
from drafter.priorities import classify_heading

HEADER_LINES = [
    "Northvale Police and Crime Panel",
    "Meeting date: 9 December 2026",
    "Report of the Police and Crime Commissioner for Northvale",
]
OPENING = ("This statement covers July to September 2026 and sets out how Northvale Police is "
           "contributing to the National Policing Priorities.")
KNIVES = "Knife offences fell in the quarter after a summer of weapons sweeps in the town parks."
FRAUD = "Fraud advisers visited older residents who had been targeted by courier fraudsters."
PUBLISHED = "This statement is published every quarter on the Commissioner's website."
SIGNATURE = "Sam Okafor, Police and Crime Commissioner for Northvale"


def _read(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_statement(path)


def _markdown(header_separator: str) -> str:
    return (f"# Northvale quarterly statement\n\n{header_separator.join(HEADER_LINES)}\n\n"
            f"## 1. Introduction\n\n1.1 {OPENING}\n\n## 2. Reduce serious violence\n\n2.1 {KNIVES}\n")


def _text() -> str:
    return (f"Northvale quarterly statement\n\n" + "\n".join(HEADER_LINES) +
            f"\n\nIntroduction\n\n1. {OPENING}\n\nReduce serious violence\n\n2. {KNIVES}\n")


@pytest.mark.parametrize("name, text", [
    ("joined.md", _markdown("\n")),
    ("apart.md", _markdown("\n\n")),
    ("joined.txt", _text()),
], ids=["markdown lines joined", "markdown lines apart", "text lines joined"])
def test_the_header_is_read_whatever_the_line_breaks(tmp_path, name, text):
    statement = _read(tmp_path, name, text)
    assert statement.date == "2026-12-09"
    assert statement.board == "Northvale Police and Crime Panel"
    assert statement.title == "Northvale quarterly statement"
    assert statement.presented_by == "Police and Crime Commissioner for Northvale"
    # No header line is left as a paragraph or a section of its own.
    assert [(s.heading, s.priority) for s in statement.sections] == [
        ("Introduction", "introduction"), ("Reduce serious violence", "serious-violence")]
    assert statement.sections[0].paragraphs[0].text == OPENING


CAPITALS_HEADER = ["NORTHVALE POLICE AND CRIME PANEL", "9 December 2026", "Report of the Police and Crime Commissioner"]


@pytest.mark.parametrize("name, text", [
    ("capitals.md", "# Northvale quarterly statement\n\n" + "\n".join(CAPITALS_HEADER) +
     f"\n\n## 1. Introduction\n\n1.1 {OPENING}\n\n## 2. Reduce serious violence\n\n2.1 {KNIVES}\n"),
    ("capitals.txt", "Northvale quarterly statement\n\n" + "\n".join(CAPITALS_HEADER) +
     f"\n\nIntroduction\n\n1. {OPENING}\n\nReduce serious violence\n\n2. {KNIVES}\n"),
], ids=["markdown", "text"])
def test_a_board_in_capitals_a_bare_date_and_a_byline_without_for_are_the_header(tmp_path, name, text):
    statement = _read(tmp_path, name, text)
    assert statement.date == "2026-12-09"
    assert statement.board == "NORTHVALE POLICE AND CRIME PANEL"
    assert statement.presented_by == "Police and Crime Commissioner"
    assert [(s.heading, s.priority) for s in statement.sections] == [
        ("Introduction", "introduction"), ("Reduce serious violence", "serious-violence")]
    assert statement.sections[0].paragraphs[0].text == OPENING


def test_a_title_under_a_dated_line_is_not_taken_for_the_rest_of_the_date(tmp_path):
    statement = _read(tmp_path, "dated.txt", (
        "Northvale Police and Crime Panel\nDate: December 2026\nNational Policing Priorities statement\n\n"
        f"Introduction\n\n1. {OPENING}\n"))
    assert (statement.date, statement.title) == ("2026-12", "National Policing Priorities statement")


def test_a_long_field_wrapped_onto_the_next_line_is_still_one_field(tmp_path):
    statement = _read(tmp_path, "wrapped.txt", (
        "Northvale Police and Crime Panel\nDate: 9 December 2026\n"
        "Title: Contribution of Northvale Police to the national priorities in\n"
        "the third quarter of 2026\n\n"
        f"Introduction\n\n1. {OPENING}\n"))
    assert statement.title == ("Contribution of Northvale Police to the national priorities in "
                               "the third quarter of 2026")


@pytest.mark.parametrize("heading", [
    "How often this statement is published", "How often we publish this statement",
    "Publication of this statement", "Frequency of reporting", "How often we will report",
])
def test_headings_saying_how_often_the_statement_comes_are_the_closing(heading):
    assert classify_heading(heading) == "closing"


@pytest.mark.parametrize("heading", ["How often victims report crime", "How often residents see an officer"])
def test_other_how_often_headings_are_not_the_closing(heading):
    assert classify_heading(heading) != "closing"


def _docx() -> bytes:
    builder = DocxBuilder()
    builder.paragraph(HEADER_LINES[0])
    builder.paragraph(HEADER_LINES[1])
    builder.heading("Northvale quarterly statement", 1)
    builder.paragraph(HEADER_LINES[2])
    builder.paragraph(OPENING)
    builder.heading("Reduce serious violence", 2)
    builder.paragraph(KNIVES)
    builder.heading("Tackle cyber crime", 2)
    builder.paragraph(FRAUD)
    builder.document.add_paragraph("Run a romance fraud campaign before Valentine's Day.", style="List Bullet")
    builder.heading("How often this statement is published", 2)
    builder.paragraph(PUBLISHED)
    builder.paragraph(SIGNATURE)
    return builder.to_bytes()


def _statement_in(format_: str, tmp_path: Path):
    body = [("Reduce serious violence", KNIVES), ("Tackle cyber crime", FRAUD),
            ("How often this statement is published", PUBLISHED)]
    if format_ == "docx":
        return read_statement(tmp_path / "northvale.docx", _docx())
    if format_ == "html":
        sections = "".join(f"<h2>{heading}</h2>\n<p>{text}</p>\n" for heading, text in body)
        return _read(tmp_path, "northvale.html", (
            "<html><head><title>Northvale quarterly statement</title></head><body><main>"
            f"<h1>Northvale quarterly statement</h1>\n<p>Published 9 December 2026</p>\n<p>{OPENING}</p>\n"
            f"{sections}<p>{SIGNATURE}</p></main></body></html>"))
    if format_ == "md":
        sections = "".join(f"## {heading}\n\n{text}\n\n" for heading, text in body)
        return _read(tmp_path, "northvale.md", (
            "# Northvale quarterly statement\n\n" + "\n".join(HEADER_LINES) + f"\n\n{OPENING}\n\n"
            f"{sections}{SIGNATURE}\n"))
    sections = "".join(f"{heading}\n\n{text}\n\n" for heading, text in body)
    return _read(tmp_path, "northvale.txt", (
        "\n".join(HEADER_LINES) + f"\n\nNorthvale quarterly statement\n\n{OPENING}\n\n{sections}{SIGNATURE}\n"))


@pytest.mark.parametrize("format_", ["txt", "md", "html", "docx"])
def test_how_often_it_is_published_closes_the_statement_in_every_format(tmp_path, format_):
    statement = _statement_in(format_, tmp_path)
    assert [(s.heading, s.priority) for s in statement.sections] == [
        (None, "introduction"), ("Reduce serious violence", "serious-violence"),
        ("Tackle cyber crime", "cyber-crime"), ("How often this statement is published", "closing")]
    assert statement.sections[0].paragraphs[0].text == OPENING
    assert [p.text for p in statement.sections[-1].paragraphs] == [PUBLISHED, SIGNATURE]


def test_a_byline_paragraph_in_word_belongs_to_the_header():
    statement = read_statement(Path("northvale.docx"), _docx())
    assert statement.presented_by == "Police and Crime Commissioner for Northvale"
    assert statement.sections[0].heading is None
    assert statement.sections[0].priority == "introduction"
    assert not any("Report of" in (s.heading or "") for s in statement.sections)


def test_copying_forward_keeps_the_closing_section_and_the_signature_in_place(cli, workspace_dir, tmp_path):
    source = tmp_path / "northvale-2026-12.docx"
    source.write_bytes(_docx())
    assert cli("corpus", "add", source, workspace=workspace_dir).exit_code == 0
    assert cli("draft", "new", "--from", "1", workspace=workspace_dir).exit_code == 0
    shown = cli("draft", "show", "1", "--json", workspace=workspace_dir).json()
    keys = [s["key"] for s in shown["sections"]]
    assert keys[0] == "introduction" and keys[-1] == "closing" and keys.count("closing") == 1
    closing = shown["sections"][-1]
    assert closing["heading"] == "How often this statement is published"
    assert [p["text"] for p in closing["paragraphs"]] == [PUBLISHED, SIGNATURE]
    cyber = next(s for s in shown["sections"] if s["key"] == "cyber-crime")
    assert PUBLISHED not in [p["text"] for p in cyber["paragraphs"]]

    exported = tmp_path / "draft.md"
    result = cli("draft", "export", "1", "--format", "md", "-o", exported, "--force", workspace=workspace_dir)
    assert result.exit_code == 0, result.stderr
    lines = [line for line in exported.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert lines[-4:] == ["- Run a romance fraud campaign before Valentine's Day.",
                          "## How often this statement is published", PUBLISHED, SIGNATURE]
    assert "## Reporting frequency" not in lines
    assert not any(line.startswith("## Report of") for line in lines)
