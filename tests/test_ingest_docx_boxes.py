"""Word statements with what sits beside the running text: a text box ("At a
glance" panels) is read as the statement's text, and a footnote number typed
as superscript is not joined to the word or figure before it."""

from __future__ import annotations

from pathlib import Path

from builders import DocxBuilder

from drafter.corpus import read_statement

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAMESPACES = (f'xmlns:w="{W}" xmlns:v="urn:schemas-microsoft-com:vml" '
              'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
              'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')
PANEL = "At a glance: 4 homicides and 233 knife offences in April to June 2026."


def _box(text: str) -> str:
    return f'<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>'


def vml_text_box(text: str):
    """An older-style (VML) text box, in a run of its own paragraph."""
    from docx.oxml import parse_xml

    return parse_xml(f'<w:r {NAMESPACES}><w:pict><v:shape type="#_x0000_t202"><v:textbox>'
                     f'{_box(text)}</v:textbox></v:shape></w:pict></w:r>')


def drawn_text_box(text: str):
    """A text box as Word saves it now: a drawing, with the same box again as VML
    for programs that cannot read drawings."""
    from docx.oxml import parse_xml

    return parse_xml(f'<w:r {NAMESPACES}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
                     f'<wps:wsp><wps:txbx>{_box(text)}</wps:txbx></wps:wsp></w:drawing></mc:Choice>'
                     f'<mc:Fallback><w:pict><v:shape><v:textbox>{_box(text)}</v:textbox></v:shape></w:pict>'
                     f'</mc:Fallback></mc:AlternateContent></w:r>')


def statement_with_box(run) -> DocxBuilder:
    builder = DocxBuilder()
    builder.document.add_paragraph("Kestrelshire Police and Crime Panel")
    builder.document.add_paragraph("14 October 2026")
    builder.document.add_paragraph("National Policing Priorities statement", style="Title")
    builder.document.add_paragraph()._p.append(run)
    builder.heading("Introduction", 1)
    builder.paragraph("This statement covers April to June 2026; every national priority applies here.")
    builder.heading("Reduce murder and other homicide", 1)
    builder.paragraph("There were 4 homicides in April to June 2026.")
    return builder


def read(builder: DocxBuilder):
    return read_statement(Path("kestrelshire-2026-10.docx"), builder.to_bytes())


def test_a_text_box_above_the_introduction_is_read_as_its_first_paragraph():
    statement = read(statement_with_box(vml_text_box(PANEL)))
    assert statement.title == "National Policing Priorities statement"
    introduction = statement.sections[0]
    assert (introduction.heading, introduction.priority) == ("Introduction", "introduction")
    assert [p.text for p in introduction.paragraphs] == [
        PANEL, "This statement covers April to June 2026; every national priority applies here."]
    assert [s.priority for s in statement.sections] == ["introduction", "homicide"]


def test_a_text_box_saved_twice_for_older_programs_is_read_once():
    statement = read(statement_with_box(drawn_text_box(PANEL)))
    every = [p.text for s in statement.sections for p in s.paragraphs]
    assert every.count(PANEL) == 1


def test_a_text_box_beside_a_paragraph_follows_it_in_its_section():
    builder = statement_with_box(vml_text_box("Knife offences in the quarter: 233."))
    paragraph = builder.paragraph("The homicide review board met twice.")
    paragraph._p.append(vml_text_box("Homicides this quarter: 4."))
    homicide = read(builder).sections[-1]
    assert [p.text for p in homicide.paragraphs][-2:] == [
        "The homicide review board met twice.", "Homicides this quarter: 4."]


def test_a_superscript_footnote_number_is_not_joined_to_the_year():
    builder = statement_with_box(vml_text_box(PANEL))
    paragraph = builder.paragraph("Neighbourhood crime fell by 3.1% in April to June 2026")
    paragraph.add_run("2").font.superscript = True
    paragraph.add_run(". Burglary fell by 5%")
    paragraph.add_run("3,4").font.superscript = True
    paragraph.add_run(".")
    text = read(builder).sections[-1].paragraphs[-1].text
    assert text == "Neighbourhood crime fell by 3.1% in April to June 2026. Burglary fell by 5%."


def test_a_superscript_that_is_not_a_footnote_number_is_kept():
    builder = statement_with_box(vml_text_box(PANEL))
    paragraph = builder.paragraph("The force came 3")
    paragraph.add_run("rd").font.superscript = True
    paragraph.add_run(" of 43 forces for answering 999 calls.")
    assert read(builder).sections[-1].paragraphs[-1].text == "The force came 3rd of 43 forces for answering 999 calls."


def test_review_checks_the_figures_in_a_text_box_and_not_a_footnote_number(cli, tmp_path):
    builder = DocxBuilder()
    builder.document.add_paragraph("Severnshire Police and Crime Panel")
    builder.document.add_paragraph("National Policing Priorities statement, October 2026", style="Title")
    builder.document.add_paragraph()._p.append(
        vml_text_box("At a glance: 3 homicides and 280 knife offences in April to June 2026."))
    builder.heading("Introduction", 1)
    paragraph = builder.paragraph("This statement covers April to June 2026")
    paragraph.add_run("2").font.superscript = True
    paragraph.add_run(". Every national priority applies in Severnshire.")
    path = tmp_path / "severnshire-2026-10.docx"
    path.write_bytes(builder.to_bytes())
    result = cli("review", path, "--json")
    assert result.exit_code == 0, result.stderr
    findings = result.json()["findings"]
    assert not any("20262" in finding["message"] for finding in findings)
    wrong = [finding["message"] for finding in findings if finding["kind"] == "wrong-figure"]
    assert len(wrong) == 1 and wrong[0].startswith("280 knife")


def test_a_cover_page_of_text_boxes_is_the_header():
    """Word's cover pages set the board, the date and the title in text boxes: read as
    the header (the board, the meeting's date), not as paragraphs of an introduction."""
    builder = DocxBuilder()
    for line in ("Cheshire Police and Crime Panel", "14 October 2026",
                 "National Policing Priorities: quarterly statement"):
        builder.document.add_paragraph()._p.append(drawn_text_box(line))
    for heading in ("Reduce murder and other homicide", "Reduce serious violence", "Tackle cyber crime",
                    "Reduce neighbourhood crime"):
        builder.heading(heading, 2)
        builder.paragraph("Work with partners went on.")
    statement = read_statement(Path("statement.docx"), builder.to_bytes())
    assert (statement.board, statement.date, statement.title) == (
        "Cheshire Police and Crime Panel", "2026-10-14", "National Policing Priorities: quarterly statement")
    assert [s.heading for s in statement.sections][0] == "Reduce murder and other homicide"
