"""A statement that numbers its sections and the paragraphs within them
("2. Reduce murder and other homicide" over "2.1 There were…") is read the
same whether or not a blank line (in Word and on a web page, a new paragraph
rather than a line break) follows each heading: each heading opens its own
section, "2.1" is taken off the paragraph and kept as its printed number, and
review checks the paragraph's figures under that number rather than reading
"2.1" as a figure."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from builders import DocxBuilder

from drafter.corpus import read_statement

HEADER = ["Severnshire Police and Crime Panel", "Statement on the National Policing Priorities",
          "Meeting date: 9 December 2026"]
OPENING = ("This statement sets out how Severnshire Police contributes to the National Policing "
           "Priorities for April to June 2026.")
HOMICIDES = ("There were 9 homicides in Severnshire between April and June 2026, compared with 4 "
             "in the same quarter a year before.")
REVIEWS = "Officers reviewed every case with the coroner before the inquests."
SWEEPS = "Officers carried out weapons sweeps in the town parks over the summer."
SECTIONS = [
    ("1. Introduction", [f"1.1 {OPENING}"]),
    ("2. Reduce murder and other homicide", [f"2.1 {HOMICIDES}", f"2.2 {REVIEWS}"]),
    ("3. Reduce serious violence", [f"3.1 {SWEEPS}"]),
]
EXPECTED = [
    ("Introduction", "introduction", [("1.1", OPENING)]),
    ("Reduce murder and other homicide", "homicide", [("2.1", HOMICIDES), ("2.2", REVIEWS)]),
    ("Reduce serious violence", "serious-violence", [("3.1", SWEEPS)]),
]


def _text(between: str) -> str:
    """The statement as text, with ``between`` after each heading and paragraph."""
    body = "\n\n".join(between.join([heading, *paragraphs]) for heading, paragraphs in SECTIONS)
    return "\n".join(HEADER) + "\n\n" + body + "\n"


def _docx(line_breaks: bool) -> bytes:
    builder = DocxBuilder()
    for line in HEADER:
        builder.paragraph(line)
    for heading, paragraphs in SECTIONS:
        if line_breaks:
            # Shift+Enter after the heading: one Word paragraph holds the heading and the text under it.
            paragraph = builder.document.add_paragraph()
            paragraph.add_run(heading)
            paragraph.add_run().add_break()
            paragraph.add_run(paragraphs[0])
            paragraphs = paragraphs[1:]
        else:
            builder.paragraph(heading)
        for text in paragraphs:
            builder.paragraph(text)
    return builder.to_bytes()


def _html(shape: str) -> bytes:
    body = []
    for heading, paragraphs in SECTIONS:
        if shape == "paragraphs":
            body += [f"<p>{heading}</p>", *(f"<p>{text}</p>" for text in paragraphs)]
        else:
            opener = f"<strong>{heading}</strong>" if shape == "bold line breaks" else heading
            body += [f"<p>{opener}<br>{'<br>'.join(paragraphs)}</p>"]
    header = "".join(f"<p>{line}</p>" for line in HEADER[::2])
    return (f"<html><head><title>{HEADER[1]}</title></head><body><main><h1>{HEADER[1]}</h1>"
            f"{header}{''.join(body)}</main></body></html>").encode()


SHAPES = {
    "text, heading then a blank line": ("statement.txt", _text("\n\n").encode()),
    "text, no blank line after a heading": ("statement.txt", _text("\n").encode()),
    "markdown, heading then a blank line": ("statement.md", _text("\n\n").encode()),
    "markdown, no blank line after a heading": ("statement.md", _text("\n").encode()),
    "word, a paragraph each": ("statement.docx", _docx(line_breaks=False)),
    "word, a line break after the heading": ("statement.docx", _docx(line_breaks=True)),
    "web page, a paragraph each": ("statement.html", _html("paragraphs")),
    "web page, line breaks": ("statement.html", _html("line breaks")),
    "web page, bold heading and line breaks": ("statement.html", _html("bold line breaks")),
}


def _read(tmp_path: Path, name: str, data: bytes):
    return read_statement(tmp_path / name, data)


def _shape(statement) -> list:
    return [(section.heading, section.priority, [(p.printed, p.text) for p in section.paragraphs])
            for section in statement.sections]


@pytest.mark.parametrize("name, data", SHAPES.values(), ids=SHAPES.keys())
def test_each_numbered_heading_opens_its_section_with_or_without_a_blank_line(tmp_path, name, data):
    statement = _read(tmp_path, name, data)
    assert _shape(statement) == EXPECTED
    assert all(p.number is None for section in statement.sections for p in section.paragraphs)


def test_a_wrapped_line_starting_with_a_decimal_stays_in_its_paragraph(tmp_path):
    text = "\n".join(HEADER) + (
        "\n\n1. Introduction\n"
        "1.1 This statement sets out how Severnshire Police contributes to the national\n"
        "priorities for April to June 2026. The force serves a county of\n"
        "1.5 million people and its market towns.\n"
        "1.2 The Commissioner's office wrote it with the force's analysts over the\n"
        "summer months.\n"
        "\n2. Reduce murder and other homicide\n"
        f"2.1 {HOMICIDES}\n")
    introduction, homicide = _read(tmp_path, "wrapped.txt", text.encode()).sections
    assert [p.printed for p in introduction.paragraphs] == ["1.1", "1.2"]
    assert introduction.paragraphs[0].text.endswith("a county of 1.5 million people and its market towns.")
    assert introduction.paragraphs[1].text.endswith("over the summer months.")
    assert (homicide.priority, [p.printed for p in homicide.paragraphs]) == ("homicide", ["2.1"])


@pytest.mark.parametrize("between", ["\n", "\n\n"], ids=["no blank line", "blank line"])
def test_a_numbered_heading_drafter_cannot_name_still_heads_its_numbered_paragraphs(tmp_path, between):
    text = _text(between).replace("3. Reduce serious violence", "3. Partnership working")
    sections = _read(tmp_path, "partners.txt", text.encode()).sections
    assert (sections[-1].heading, sections[-1].priority) == ("Partnership working", None)
    assert [(p.printed, p.text) for p in sections[-1].paragraphs] == [("3.1", SWEEPS)]


@pytest.mark.parametrize("name", ["plain.txt", "plain.md"])
def test_a_priority_heading_over_unnumbered_text_with_no_blank_line(tmp_path, name):
    text = "\n".join(HEADER) + (
        f"\n\nIntroduction\n\n{OPENING}\n\n2. Reduce murder and other homicide\n{HOMICIDES}\n"
        f"{REVIEWS}\n\n3. Reduce serious violence\n{SWEEPS}\n")
    sections = _read(tmp_path, name, text.encode()).sections
    assert [(s.heading, s.priority) for s in sections] == [(h, p) for h, p, _ in EXPECTED]
    assert sections[1].paragraphs[0].text.startswith(HOMICIDES)


def test_a_wrapped_paragraph_whose_first_line_names_a_priority_is_not_cut(tmp_path):
    wrapped = textwrap.fill("3. Serious violence fell sharply in Severnshire over the summer after "
                            "the weapons sweeps in the town parks.", width=40)
    assert wrapped.splitlines()[0] == "3. Serious violence fell sharply in"
    text = "\n".join(HEADER) + f"\n\nIntroduction\n\n1. {OPENING}\n\n{wrapped}\n"
    [introduction] = _read(tmp_path, "wrapped.txt", text.encode()).sections
    assert [p.number for p in introduction.paragraphs] == [1, 3]
    assert introduction.paragraphs[1].text.endswith("in the town parks.")


def test_a_numbered_list_of_priorities_set_with_line_breaks_stays_a_list(tmp_path):
    page = _html("paragraphs").replace(
        b"<p>1. Introduction</p>",
        b"<p>1. Introduction</p><p>The priorities are:<br>1. Reduce murder and other homicide<br>"
        b"2. Reduce serious violence</p>")
    introduction = _read(tmp_path, "listed.html", page).sections[0]
    assert introduction.priority == "introduction"
    assert "1. Reduce murder and other homicide" in " ".join(p.text for p in introduction.paragraphs)


def test_review_reads_the_sections_and_checks_the_numbers_under_them(cli, seeded_workspace, tmp_path):
    path = tmp_path / "severnshire-2026-12.txt"
    path.write_text(_text("\n"), encoding="utf-8")
    result = cli("review", path, "--area", "Severnshire", "--json", workspace=seeded_workspace.path)
    assert result.exit_code == 0, result.stderr
    review = result.json()
    [missing] = [f for f in review["findings"] if f["kind"] == "missing-priority"]
    assert "Murder" not in missing["message"] and "Serious Violence" not in missing["message"]
    assert not [f for f in review["figures"] if f["text"] in ("2.1", "2.2", "3.1")]
    [wrong] = [f for f in review["findings"] if f["kind"] == "wrong-figure"]
    assert (wrong["section"], wrong["paragraph"]) == ("homicide", "2.1")
    assert "9 homicides" in wrong["message"]


def test_the_corpus_copy_has_each_section(cli, workspace_dir, tmp_path):
    path = tmp_path / "severnshire-2026-12.txt"
    path.write_text(_text("\n"), encoding="utf-8")
    added = cli("corpus", "add", path, "--json", workspace=workspace_dir)
    assert added.exit_code == 0, added.stderr
    [item] = added.json()["added"]
    shown = cli("corpus", "show", item["id"], "--json", workspace=workspace_dir)
    sections = json.loads(shown.stdout)["sections"]
    assert [(s["heading"], s["priority"]) for s in sections] == [(h, p) for h, p, _ in EXPECTED]
    assert [p["text"] for p in sections[1]["paragraphs"]] == [HOMICIDES, REVIEWS]


# -- other ways board papers number their sections ------------------------------------------------
PLAIN_HEADER = ["Severnshire Police and Crime Panel", "Meeting date: 9 December 2026"]


def _numbered(between: str, heading, paragraph) -> str:
    """The statement under a header that does not name the priorities, its
    headings and paragraph numbers written by ``heading`` and ``paragraph``."""
    body = []
    for number, (title, paragraphs) in enumerate(SECTIONS, start=1):
        words = title.split(". ", 1)[1]
        texts = [paragraph(text.split(" ", 1)[0], text.split(" ", 1)[1]) for text in paragraphs]
        body.append(between.join([heading(number, words), *texts]))
    return "\n".join(PLAIN_HEADER) + "\n\n" + "\n\n".join(body) + "\n"


HOUSE_STYLES = {
    "no dot after a heading's number, no blank lines": (
        "\n", lambda n, words: f"{n} {words}", lambda number, text: f"{number} {text}"),
    "no dot after a heading's number, blank lines": (
        "\n\n", lambda n, words: f"{n} {words}", lambda number, text: f"{number} {text}"),
    "a dot after each paragraph number": (
        "\n", lambda n, words: f"{n}. {words.upper()}", lambda number, text: f"{number}. {text}"),
    "headings without numbers over numbered paragraphs": (
        "\n", lambda n, words: words, lambda number, text: f"{number} {text}"),
}


@pytest.mark.parametrize("name", ["statement.txt", "statement.md"])
@pytest.mark.parametrize("between, heading, paragraph", HOUSE_STYLES.values(), ids=HOUSE_STYLES.keys())
def test_other_numbering_styles_read_as_numbered_sections(tmp_path, name, between, heading, paragraph):
    statement = _read(tmp_path, name, _numbered(between, heading, paragraph).encode())
    assert [(p.printed, p.text) for s in statement.sections for p in s.paragraphs] == [
        (printed, text) for _, _, paragraphs in EXPECTED for printed, text in paragraphs]
    assert [s.priority for s in statement.sections] == ["introduction", "homicide", "serious-violence"]
    assert statement.date == "2026-12-09"


@pytest.mark.parametrize("between", ["\n", "\n\n"], ids=["no blank line", "blank line"])
def test_a_numbered_heading_that_is_no_priority_opens_its_own_section(tmp_path, between):
    context = "Severnshire has 1.2 million residents across its market towns."
    text = _text(between).replace("2. Reduce murder and other homicide",
                                  f"2. Local context{between}2.1 {context}\n\n3. Reduce murder and other homicide")
    text = text.replace("2.1 There were", "3.1 There were").replace("2.2 Officers", "3.2 Officers")
    text = text.replace("3. Reduce serious violence", "4. Reduce serious violence").replace("3.1 Officers",
                                                                                            "4.1 Officers")
    sections = _read(tmp_path, "context.txt", text.encode()).sections
    assert [(s.heading, s.priority, [p.printed for p in s.paragraphs]) for s in sections] == [
        ("Introduction", "introduction", ["1.1"]), ("Local context", None, ["2.1"]),
        ("Reduce murder and other homicide", "homicide", ["3.1", "3.2"]),
        ("Reduce serious violence", "serious-violence", ["4.1"])]
    assert sections[1].paragraphs[0].text == context


def test_review_takes_no_paragraph_number_for_a_figure_in_a_heading_without_a_dot(cli, seeded_workspace, tmp_path):
    path = tmp_path / "severnshire-2026-12.txt"
    plain = HOUSE_STYLES["no dot after a heading's number, no blank lines"]
    path.write_text(_numbered(*plain), encoding="utf-8")
    result = cli("review", path, "--area", "Severnshire", "--json", workspace=seeded_workspace.path)
    assert result.exit_code == 0, result.stderr
    review = result.json()
    [missing] = [f for f in review["findings"] if f["kind"] == "missing-priority"]
    assert "Murder" not in missing["message"] and "Serious Violence" not in missing["message"]
    assert not [f for f in review["figures"] if f["text"] in ("1.1", "2.1", "2.2", "3.1")]
    [wrong] = [f for f in review["findings"] if f["kind"] == "wrong-figure"]
    assert (wrong["section"], wrong["paragraph"]) == ("homicide", "2.1")
