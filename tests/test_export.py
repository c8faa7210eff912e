"""Export gives the finished board report: the reference layout in Markdown and
text, a Word file with real headings and continuing list numbering that reads
back to the same statement and properties of its own, a default name that
gives the date once, and a refusal while template gaps remain or a priority
section is empty."""

from __future__ import annotations

import os

import pytest
from test_drafts_support import _reference_workspace, reference_workspace  # noqa: F401  (fixtures)

from drafter import drafts
from drafter.errors import ExportError, IncompleteDraft, NotFound
from drafter.export import default_output, export_draft, render_markdown, render_text

EXPECTED_TEXT = """\
Testshire Police and Crime Panel

December 2024

Title: Quarterly Statement on the National Priorities

Introduction

1. This statement gives the information the Order asks for.

Reduce Murder and other Homicide

2. Homicides were level with last year.
3. Every case was reviewed with partners.

Reduce Serious Violence

4. Weapon amnesty bins were emptied monthly.

Drug Supply and County Lines

Reduce Neighbourhood Crime

Improve Victim Satisfaction

Tackle Fraud and Cybercrime

5. Fraud advice reached two thousand residents.

Reporting frequency

This report comes to the panel every quarter.

A second closing remark stands alone.
"""

EXPECTED_MARKDOWN = """\
Testshire Police and Crime Panel

December 2024

# Quarterly Statement on the National Priorities

## Introduction

1. This statement gives the information the Order asks for.

## Reduce Murder and other Homicide

2. Homicides were level with last year.

3. Every case was reviewed with partners.

## Reduce Serious Violence

4. Weapon amnesty bins were emptied monthly.

## Drug Supply and County Lines

## Reduce Neighbourhood Crime

## Improve Victim Satisfaction

## Tackle Fraud and Cybercrime

5. Fraud advice reached two thousand residents.

## Reporting frequency

This report comes to the panel every quarter.

A second closing remark stands alone.
"""


def make_draft(workspace):
    """Three of its priority sections are left empty, to show how a heading with
    nothing under it is laid out: export refuses such a draft unless forced, so
    the tests of layout export it with ``force=True``."""
    draft = drafts.new_draft(workspace, title="Quarterly Statement on the National Priorities",
                             date="2024-12", board="Testshire Police and Crime Panel")
    draft.set_section_text("introduction", "This statement gives the information the Order asks for.")
    draft.set_section_text("homicide", "Homicides were level with last year.\n\n"
                                       "Every case was reviewed with partners.")
    draft.set_section_text("serious-violence", "Weapon amnesty bins were emptied monthly.")
    draft.set_section_text("cyber-crime", "Fraud advice reached two thousand residents.")
    draft.set_section_text("closing", "This report comes to the panel every quarter.\n\n"
                                      "A second closing remark stands alone.")
    return drafts.save_draft(workspace, draft)


@pytest.fixture
def draft(empty_workspace):
    return make_draft(empty_workspace)


def test_text_follows_the_board_report_layout(draft):
    assert render_text(draft) == EXPECTED_TEXT


def test_markdown_follows_the_board_report_layout(draft):
    assert render_markdown(draft) == EXPECTED_MARKDOWN


def test_markdown_keeps_text_that_looks_like_markup_as_text(empty_workspace):
    draft = drafts.new_draft(empty_workspace)
    draft.set_section_text("closing", "2023. A year of change.\n\n# not a heading")
    lines = render_markdown(draft).splitlines()
    assert "2023\\. A year of change." in lines and "\\# not a heading" in lines


def test_numbers_follow_edits_in_the_export(empty_workspace, draft):
    draft.insert_paragraph("introduction", 0, drafts.DraftParagraph("A new opening paragraph."))
    draft.remove_paragraph("homicide", 1)
    text = render_text(draft)
    assert "1. A new opening paragraph.\n2. This statement" in text
    assert "3. Homicides were level with last year.\n\nReduce Serious Violence\n\n4. Weapon" in text
    assert "5. Fraud advice" in text


def test_export_writes_md_and_txt_with_default_names_that_never_overwrite(empty_workspace, draft, tmp_path,
                                                                           monkeypatch):
    monkeypatch.chdir(tmp_path)
    first = export_draft(empty_workspace, draft.id, "md", force=True)
    assert first == tmp_path / "quarterly-statement-on-the-national-priorities-2024-12.md"
    assert first.read_text(encoding="utf-8") == EXPECTED_MARKDOWN
    second = export_draft(empty_workspace, draft.id, "md", force=True)
    assert second.name == "quarterly-statement-on-the-national-priorities-2024-12-2.md"
    text = export_draft(empty_workspace, draft.id, "txt", force=True)
    assert text.read_text(encoding="utf-8") == EXPECTED_TEXT
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp files left behind


def test_explicit_output_is_replaced(empty_workspace, draft, tmp_path):
    target = tmp_path / "board.txt"
    target.write_text("old contents", encoding="utf-8")
    assert export_draft(empty_workspace, draft.id, "txt", target, force=True) == target
    assert target.read_text(encoding="utf-8") == EXPECTED_TEXT
    assert oct(os.stat(target).st_mode & 0o777) != oct(0o600)


def test_export_errors_are_specific(empty_workspace, draft, tmp_path):
    with pytest.raises(ExportError, match="unknown export format 'pdf'"):
        export_draft(empty_workspace, draft.id, "pdf", tmp_path / "x.pdf")
    with pytest.raises(NotFound, match="no draft with id 77"):
        export_draft(empty_workspace, 77, "md", tmp_path / "x.md")
    with pytest.raises(ExportError, match="does not exist"):
        export_draft(empty_workspace, draft.id, "md", tmp_path / "missing" / "x.md", force=True)


# -- who presents it ----------------------------------------------------------------------
def _title_line(fmt: str) -> str:
    """Markdown makes the title the document's heading, as offices' own Markdown papers do."""
    title = "Quarterly Statement on the National Priorities"
    return f"# {title}" if fmt == "md" else f"Title: {title}"


def _exported_headers(workspace, draft_id, tmp_path) -> dict[str, list[str]]:
    """The first lines of the report in each format, as a reader sees them."""
    import docx

    shown = {}
    for fmt in ("txt", "md"):
        text = export_draft(workspace, draft_id, fmt, tmp_path / f"report.{fmt}", force=True).read_text(encoding="utf-8")
        shown[fmt] = [line for line in text.splitlines()[:8] if line]
    document = docx.Document(str(export_draft(workspace, draft_id, "docx", tmp_path / "report.docx", force=True)))
    shown["docx"] = [paragraph.text for paragraph in document.paragraphs[:5]]
    return shown


def test_a_draft_nobody_is_named_to_present_has_no_presented_by_line(empty_workspace, draft, tmp_path):
    assert draft.presented_by == ""
    for fmt, lines in _exported_headers(empty_workspace, draft.id, tmp_path).items():
        assert lines[2] == _title_line(fmt), fmt
        assert not any("Presented by" in line for line in lines), fmt
    # "N/A", which drafter once stored for nobody named, is not printed either.
    draft.presented_by = "N/A"
    drafts.save_draft(empty_workspace, draft)
    for fmt, lines in _exported_headers(empty_workspace, draft.id, tmp_path).items():
        assert not any("Presented by" in line for line in lines), fmt


def test_the_presenter_named_is_in_every_format(empty_workspace, draft, tmp_path):
    draft.presented_by = "Chief Executive, Office of the Police and Crime Commissioner"
    drafts.save_draft(empty_workspace, draft)
    for fmt, lines in _exported_headers(empty_workspace, draft.id, tmp_path).items():
        assert lines[2:4] == [_title_line(fmt),
                              "Presented by: Chief Executive, Office of the Police and Crime Commissioner"], fmt


# -- placeholders -------------------------------------------------------------------------
def test_unfilled_placeholder_refuses_export_unless_forced(empty_workspace, draft, tmp_path):
    gap = "[[missing homicides for Testshire 2023]]"
    drafts.append_paragraph(draft, "homicide", f"There were {gap} homicides.")
    drafts.save_draft(empty_workspace, draft)
    target = tmp_path / "report.md"
    with pytest.raises(ExportError) as refused:
        export_draft(empty_workspace, draft.id, "md", target)
    message = str(refused.value)
    assert "Reduce Murder and other Homicide" in message and gap in message and "\n" not in message
    assert not target.exists()
    export_draft(empty_workspace, draft.id, "md", target, force=True)
    assert gap in target.read_text(encoding="utf-8")


# -- empty priority sections ------------------------------------------------------------------
def test_empty_priority_sections_refuse_export_unless_forced(empty_workspace, draft, tmp_path):
    target = tmp_path / "report.md"
    with pytest.raises(IncompleteDraft) as refused:
        export_draft(empty_workspace, draft.id, "md", target)
    assert str(refused.value) == (
        f"draft {draft.id} has 3 empty priority sections (Drug Supply and County Lines; "
        "Reduce Neighbourhood Crime; Improve Victim Satisfaction); write them, or export anyway")
    assert not target.exists()
    # A sub-heading alone is not something written under the priority.
    draft.set_section_text("drugs-county-lines", "### Summary of planned activity")
    for key in ("neighbourhood-crime", "victim-satisfaction"):
        draft.set_section_text(key, "Something written.")
    drafts.save_draft(empty_workspace, draft)
    with pytest.raises(IncompleteDraft, match=r"has 1 empty priority section \(Drug Supply and County Lines\)"):
        export_draft(empty_workspace, draft.id, "md", target)
    draft.set_section_text("drugs-county-lines", "### Summary of planned activity\n\nA closure order.")
    drafts.save_draft(empty_workspace, draft)
    assert export_draft(empty_workspace, draft.id, "md", target) == target


def test_a_priority_reported_in_the_template_table_is_not_empty(empty_workspace, draft, tmp_path):
    """As review holds it: the Home Office table's rows report on the priorities they name."""
    table = drafts.DraftParagraph("Priority area | Measure | Level\n"
                                  "Disrupt drugs supply and county lines | Drug trafficking | 1,204\n"
                                  "Reduce neighbourhood crime | Neighbourhood crime | 8,300",
                                  kind="table", cells=[["Priority area", "Measure", "Level"],
                                                       ["Disrupt drugs supply and county lines",
                                                        "Drug trafficking", "1,204"],
                                                       ["Reduce neighbourhood crime", "Neighbourhood crime",
                                                        "8,300"]])
    draft.insert_paragraph("introduction", None, table)
    drafts.save_draft(empty_workspace, draft)
    with pytest.raises(IncompleteDraft) as refused:
        export_draft(empty_workspace, draft.id, "md", tmp_path / "report.md")
    assert str(refused.value).endswith("has 1 empty priority section (Improve Victim Satisfaction); write it, "
                                      "or export anyway")


def test_placeholders_and_empty_sections_are_named_together(empty_workspace, draft, tmp_path):
    gap = "[[missing homicides for Testshire 2023]]"
    drafts.append_paragraph(draft, "homicide", f"There were {gap} homicides.")
    drafts.save_draft(empty_workspace, draft)
    with pytest.raises(IncompleteDraft) as refused:
        export_draft(empty_workspace, draft.id, "md", tmp_path / "report.md")
    assert str(refused.value).startswith(
        f"draft {draft.id} has 1 unfilled placeholder (Reduce Murder and other Homicide: {gap}) and "
        "3 empty priority sections (Drug Supply and County Lines; ")
    assert str(refused.value).endswith("fill it and write those sections, or export anyway")


# -- default names ----------------------------------------------------------------------------
@pytest.mark.parametrize("title, date, name", [
    ("National Policing Priorities statement, December 2026", "2026-12",
     "national-policing-priorities-statement-december-2026.docx"),
    ("Statement to the panel 2026-12", "2026-12", "statement-to-the-panel-2026-12.docx"),
    ("Performance Report – National Policing Priorities", "2026-11",
     "performance-report-national-policing-priorities-2026-11.docx"),
    ("Statement for December 2026", "2026-11", "statement-for-december-2026-2026-11.docx"),
], ids=["month named", "date named", "no date", "another month"])
def test_the_default_name_gives_the_date_once(empty_workspace, tmp_path, title, date, name):
    draft = drafts.new_draft(empty_workspace, title=title, date=date)
    assert default_output(draft, "docx", tmp_path).name == name


# -- Word --------------------------------------------------------------------------------
def test_the_word_files_properties_are_the_statements_own(empty_workspace, draft, tmp_path):
    import zipfile
    from datetime import datetime, timedelta, timezone

    import docx

    draft.presented_by = "Chief Executive"
    drafts.save_draft(empty_workspace, draft)
    before = datetime.now(timezone.utc).replace(microsecond=0)
    path = export_draft(empty_workspace, draft.id, "docx", tmp_path / "report.docx", force=True)
    properties = docx.Document(str(path)).core_properties
    assert properties.title == "Quarterly Statement on the National Priorities"
    assert properties.author == "Chief Executive"
    assert properties.comments == "" and properties.last_modified_by == ""
    for moment in (properties.created, properties.modified):
        assert before - timedelta(seconds=1) <= moment <= datetime.now(timezone.utc) + timedelta(seconds=1)
    with zipfile.ZipFile(path) as package:
        assert not [name for name in package.namelist() if "thumbnail" in name]
        assert b"python-docx" not in package.read("docProps/core.xml")
    # Nobody named: the draft's force signs it; neither known: no author.
    draft.presented_by = ""
    draft.area = "Testshire"
    drafts.save_draft(empty_workspace, draft)
    path = export_draft(empty_workspace, draft.id, "docx", tmp_path / "unnamed.docx", force=True)
    assert docx.Document(str(path)).core_properties.author == "Testshire"
    draft.area = ""
    drafts.save_draft(empty_workspace, draft)
    path = export_draft(empty_workspace, draft.id, "docx", tmp_path / "nobody.docx", force=True)
    assert docx.Document(str(path)).core_properties.author == ""


# -- Word --------------------------------------------------------------------------------
def _docx_paragraphs(path):
    import docx
    from docx.oxml.ns import qn

    document = docx.Document(str(path))
    rows = []
    for paragraph in document.paragraphs:
        numbering = paragraph._p.pPr.numPr if paragraph._p.pPr is not None else None
        num_id = numbering.numId.val if numbering is not None and numbering.numId is not None else None
        rows.append((paragraph.style.name, num_id, paragraph.text))
    formats = {}
    numbering_root = document.part.numbering_part.element
    abstracts = {a.get(qn("w:abstractNumId")): a for a in numbering_root.findall(qn("w:abstractNum"))}
    for num in numbering_root.findall(qn("w:num")):
        abstract = abstracts[num.find(qn("w:abstractNumId")).get(qn("w:val"))]
        level = abstract.find(qn("w:lvl"))
        formats[int(num.get(qn("w:numId")))] = (level.find(qn("w:numFmt")).get(qn("w:val")),
                                                level.find(qn("w:lvlText")).get(qn("w:val")))
    return rows, formats, document


def test_docx_has_heading_styles_and_one_continuing_decimal_list(empty_workspace, draft, tmp_path):
    path = export_draft(empty_workspace, draft.id, "docx", tmp_path / "report.docx", force=True)
    rows, formats, document = _docx_paragraphs(path)
    assert document.core_properties.title == draft.title
    assert [text for _style, _num, text in rows[:4]] == [
        "Testshire Police and Crime Panel", "December 2024",
        "Title: Quarterly Statement on the National Priorities", "Introduction"]
    headings = [text for style, _num, text in rows if style == "Heading 1"]
    assert headings == [section.heading for section in draft.sections]
    numbered = [(num, text) for style, num, text in rows if num is not None]
    assert [text for _num, text in numbered] == [p.text for _s, p, n in draft.numbered() if n is not None]
    list_ids = {num for num, _text in numbered}
    assert len(list_ids) == 1, "one list, so Word numbers straight across the sections"
    assert formats[list_ids.pop()] == ("decimal", "%1.")
    closing = [row for row in rows if row[2] == "This report comes to the panel every quarter."]
    assert closing == [("Normal", None, "This report comes to the panel every quarter.")]


def test_docx_reads_back_to_the_same_statement(empty_workspace, draft, tmp_path):
    from drafter.corpus import read_statement

    path = export_draft(empty_workspace, draft.id, "docx", tmp_path / "report.docx", force=True)
    statement = read_statement(path)
    assert_same_statement(statement, draft)


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_reference_copied_forward_reads_back_paragraph_for_paragraph(reference_workspace, tmp_path, fmt):
    from drafter.corpus import read_statement

    source = reference_workspace.list_statements()[0]
    draft = drafts.new_draft(reference_workspace, from_statement=source.id)
    path = export_draft(reference_workspace, draft.id, fmt, tmp_path / f"report.{fmt}")
    statement = read_statement(path)
    assert_same_statement(statement, draft)
    assert statement.paragraph_count == 32
    assert statement.force == source.force


def assert_same_statement(statement, draft):
    """The statement read back from an export has the draft's sections and numbered paragraphs."""
    read = [(s.priority, s.heading, [(p.number, p.text) for p in s.paragraphs])
            for s in statement.sections if s.paragraphs or s.heading]
    expected = []
    numbered = list(draft.numbered())
    for section in draft.sections:
        expected.append((section.key, section.heading,
                         [(n, p.text) for s, p, n in numbered if s is section]))
    assert read == expected
    assert statement.title == draft.title
    assert statement.board == draft.board
    assert statement.date and statement.date.startswith(draft.date)


@pytest.mark.slow
def test_libreoffice_opens_the_docx_and_numbers_straight_through(empty_workspace, draft, tmp_path):
    import shutil
    import subprocess

    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    path = export_draft(empty_workspace, draft.id, "docx", tmp_path / "report.docx", force=True)
    profile = tmp_path / "lo-profile"
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                   check=True, capture_output=True, timeout=180)
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() for page in PdfReader(str(tmp_path / "report.pdf")).pages)
    for number, paragraph in ((1, "This statement gives"), (3, "Every case was reviewed"),
                              (4, "Weapon amnesty bins"), (5, "Fraud advice reached")):
        assert f"{number}. {paragraph}" in " ".join(text.split())
    assert "Reporting frequency" in text


def test_a_word_tables_first_row_is_its_header_row(empty_workspace, draft, tmp_path):
    """A screen reader names each cell's column from it, and Word repeats it over a page break."""
    import docx

    table = drafts.DraftParagraph("Priority area | Measure | Level\nReduce homicide | Homicides | 6",
                                  kind="table", cells=[["Priority area", "Measure", "Level"],
                                                       ["Reduce homicide", "Homicides", "6"]])
    draft.insert_paragraph("introduction", None, table)
    drafts.save_draft(empty_workspace, draft)
    target = export_draft(empty_workspace, draft.id, "docx", tmp_path / "report.docx", force=True)
    [written] = docx.Document(str(target)).tables
    headers = [row._tr.trPr is not None and row._tr.trPr.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tblHeader") is not None for row in written.rows]
    assert headers == [True, False]
