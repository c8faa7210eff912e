"""Statements shaped the way offices really publish them, beyond the house
styles: a Word table of contents, run-in priority labels ("Homicide: ..."),
a title block of several lines, bilingual headings, a sign-off, a saved web
page's byline, table caption and "on this page" links. Each test names what a
reader of the corpus would see go wrong."""

from __future__ import annotations

import io
from pathlib import Path

from drafter.corpus import read_statement
from drafter.priorities import PRIORITY_IDS

PRIORITIES = [(heading, priority) for heading, priority in (
    ("Reducing murder and other homicide", "homicide"),
    ("Reducing serious violence", "serious-violence"),
    ("Disrupting drugs supply and county lines", "drugs-county-lines"),
    ("Reducing neighbourhood crime", "neighbourhood-crime"),
    ("Improving victim satisfaction", "victim-satisfaction"),
    ("Tackling cyber crime", "cyber-crime"))]


def sections(statement):
    return [(section.heading, section.priority) for section in statement.sections]


def _word_statement(contents) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("National Policing Priorities: Quarterly Statement", style="Title")
    document.add_paragraph("Date: 20 May 2024")
    contents(document)
    document.add_paragraph("Introduction", style="Heading 1")
    document.add_paragraph("The Commissioner publishes a statement each quarter on Cheshire "
                           "Constabulary's contribution to the national priorities for policing.")
    for page, (heading, _) in enumerate(PRIORITIES, 3):
        document.add_paragraph(heading, style="Heading 1")
        document.add_paragraph(f"Work on this priority is described on page {page} of the plan.")
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def _typed_contents(document) -> None:
    document.add_paragraph("Contents", style="Heading 1")
    for page, heading in enumerate(["Introduction", *(h for h, _ in PRIORITIES)], 2):
        document.add_paragraph(f"{heading}\t{page}")


def _word_contents(document, title_style="TOC Heading") -> None:
    from docx.enum.style import WD_STYLE_TYPE

    document.add_paragraph("Contents", style=title_style)
    entry = document.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH)
    for page, heading in enumerate(["Introduction", *(h for h, _ in PRIORITIES)], 2):
        document.add_paragraph(f"{heading}\t{page}", style=entry)


def _word_contents_under_a_heading(document) -> None:
    _word_contents(document, title_style="Heading 1")


def test_a_word_table_of_contents_is_not_read_as_empty_sections():
    for contents in (_typed_contents, _word_contents, _word_contents_under_a_heading):
        statement = read_statement(Path("cheshire-2024-05.docx"), _word_statement(contents))
        assert sections(statement) == [("Introduction", "introduction"), *PRIORITIES], contents.__name__
        assert all(section.paragraphs for section in statement.sections)


def test_a_tab_and_number_in_the_body_is_kept():
    def figures_typed_with_tabs(document):
        document.add_paragraph("Homicides in the year\t14")

    statement = read_statement(Path("cheshire-2024-05.docx"), _word_statement(figures_typed_with_tabs))
    assert "Homicides in the year 14" in [p.text for s in statement.sections for p in s.paragraphs] + [
        s.heading for s in statement.sections]
    assert set(PRIORITY_IDS) <= {s.priority for s in statement.sections}


FIXTURES = Path(__file__).parent / "fixtures" / "real-shapes"
SIX = ["homicide", "serious-violence", "drugs-county-lines", "neighbourhood-crime",
       "victim-satisfaction", "cyber-crime"]


def read_fixture(name: str):
    return read_statement(FIXTURES / name)


def test_run_in_priority_labels_are_the_sections():
    statement = read_fixture("nottinghamshire-2023-12.txt")
    assert [s.priority for s in statement.sections] == ["introduction", *SIX, "closing"]
    homicide = statement.sections[1]
    assert homicide.heading == "Homicide"
    assert homicide.paragraphs[0].text.startswith("Nottinghamshire recorded 14 homicides")


def test_a_title_over_two_lines_keeps_both_and_the_date_under_them():
    statement = read_fixture("nottinghamshire-2023-12.txt")
    assert statement.title == ("NOTTINGHAMSHIRE POLICE AND CRIME COMMISSIONER – "
                               "Statement on the National Crime and Policing Measures")
    assert (statement.date, statement.force) == ("2023-12-05", "Nottinghamshire")
    assert statement.sections[0].heading is None


def test_the_signatory_is_the_closing_instead_of_two_empty_sections():
    statement = read_fixture("nottinghamshire-2023-12.txt")
    cyber, closing = statement.sections[-2:]
    assert [p.text[:22] for p in cyber.paragraphs] == ["The Cyber Protect team"]
    assert (closing.heading, closing.priority) == (None, "closing")
    assert [p.text for p in closing.paragraphs] == [
        "Jane Ashworth", "Police and Crime Commissioner for Nottinghamshire"]


def test_a_priority_named_once_in_a_label_is_only_a_paragraph():
    text = (FIXTURES / "nottinghamshire-2023-12.txt").read_text()
    for label in ("Serious violence: ", "Drugs supply and county lines: ", "Neighbourhood crime: ",
                  "Victim satisfaction: ", "Cyber crime: "):
        text = text.replace(label, "")
    statement = read_statement(Path("nottinghamshire-2023-12.txt"), text.encode())
    assert not any(s.priority in SIX for s in statement.sections)
    assert any(p.text.startswith("Homicide: ") for s in statement.sections for p in s.paragraphs)


def test_bilingual_headings_and_date_are_read_by_either_language():
    statement = read_fixture("dyfed-powys-2024-03.txt")
    assert [s.priority for s in statement.sections] == ["introduction", *SIX]
    assert statement.sections[0].heading == "Cyflwyniad / Introduction"
    assert (statement.date, statement.force) == ("2024-03", "Dyfed-Powys")
    assert statement.title.endswith("Statement on the National Policing Priorities")
    assert all(len(s.paragraphs) == 2 for s in statement.sections)


def test_a_web_pages_byline_contents_links_and_caption_stay_out_of_the_text():
    statement = read_fixture("north-yorkshire-2024-06.html")
    assert (statement.date, statement.force) == ("2024-06-14", "North Yorkshire")
    assert [s.priority for s in statement.sections] == ["introduction", *SIX]
    intro = [p.text for p in statement.sections[0].paragraphs]
    assert len(intro) == 1 and intro[0].startswith("Under the Elected Local Policing Bodies")
    homicide = statement.sections[1].paragraphs
    caption = next(index for index, p in enumerate(homicide) if p.text == "Homicide in North Yorkshire")
    assert homicide[caption].kind == "subheading"
    assert homicide[caption + 1].cells[0] == ["Period", "Homicides", "Change"]
    every = " ".join(p.text for s in statement.sections for p in s.paragraphs)
    for furniture in ("Back to top", "On this page", "Posted on", "Share this", "Download this statement"):
        assert furniture not in every


def test_the_period_an_update_covers_is_not_its_date():
    statement = read_fixture("humberside-2024-09.html")
    assert "This update covers April to June 2024" in statement.sections[0].paragraphs[0].text
    assert (statement.date, statement.force) == ("2024-09-20", "Humberside")


def test_a_priority_in_bold_on_a_paragraphs_first_line_is_its_heading():
    statement = read_fixture("humberside-2024-09.html")
    assert [s.priority for s in statement.sections] == ["introduction", *SIX, "closing"]
    cyber = statement.sections[6]
    assert (cyber.heading, [p.text[:14] for p in cyber.paragraphs]) == ("Tackle cyber crime", ["The cyber team"])


def test_a_last_updated_line_ends_the_statement_without_opening_a_section():
    closing = read_fixture("humberside-2024-09.html").sections[-1]
    assert (closing.heading, [p.text for p in closing.paragraphs]) == (
        None, ["Last updated: 20 September 2024"])


def test_a_word_document_saved_as_a_web_page_keeps_its_heading_1_sections():
    statement = read_fixture("northumbria-2024-10.htm")
    assert [s.priority for s in statement.sections] == ["introduction", *SIX]
    assert (statement.date, statement.force) == ("2024-10", "Northumbria")
    assert statement.title == ("Northumbria Police and Crime Commissioner – "
                               "National Policing Priorities Statement – October 2024")
    homicide = statement.sections[1].paragraphs
    assert [p.kind for p in homicide] == ["paragraph", "bullet", "bullet"]
    assert "Police’s contribution" in statement.sections[0].paragraphs[0].text


def _two_columns(rows) -> bytes:
    """A bilingual Word statement set out as a two-column table, Welsh then English."""
    import docx

    document = docx.Document()
    document.add_paragraph("Gwent Police and Crime Commissioner / Comisiynydd Heddlu a Throseddu Gwent",
                           style="Title")
    document.add_paragraph("Statement on the National Policing Priorities – January 2024")
    table = document.add_table(rows=len(rows), cols=2)
    for row, (welsh, english, bold) in zip(table.rows, rows):
        for cell, text in zip(row.cells, (welsh, english)):
            cell.paragraphs[0].add_run(text).bold = bold
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def test_a_statement_in_two_language_columns_keeps_each_paragraph_whole():
    statement = read_statement(Path("gwent-2024-01.docx"), _two_columns([
        ("Cyflwyniad", "Introduction", True),
        ("Mae'r Comisiynydd yn cyhoeddi'r datganiad hwn bob chwarter.",
         "The Commissioner publishes this statement every quarter under the Specified Information Order.", False),
        ("Lleihau trais difrifol", "Reduce serious violence", True),
        ("Gostyngodd troseddau cyllyll 9%.", "Knife crime fell by 9%.", False),
        ("Mynd i'r afael â seiberdroseddu", "Tackle cyber crime", True),
        ("Cynghorwyd 30 o fusnesau.", "30 businesses were advised.", False)]))
    assert sections(statement) == [("Cyflwyniad / Introduction", "introduction"),
                                   ("Lleihau trais difrifol / Reduce serious violence", "serious-violence"),
                                   ("Mynd i'r afael â seiberdroseddu / Tackle cyber crime", "cyber-crime")]
    assert [p.text for p in statement.sections[1].paragraphs] == ["Gostyngodd troseddau cyllyll 9%.",
                                                                  "Knife crime fell by 9%."]
    assert (statement.date, statement.force) == ("2024-01", "Gwent")


def test_two_language_columns_with_plain_headings_give_one_section_each():
    # Headings typed in plain text: a long Welsh heading is no "Label: value" field, and a short
    # one is no field either; each row is one section's heading in both languages.
    statement = read_statement(Path("dyfed-powys-2026-10.docx"), _two_columns([
        ("Lleihau trais difrifol", "Reduce serious violence", False),
        ("Roedd 96 o droseddau cyllyll yn y chwarter.", "There were 96 knife offences in the quarter.", False),
        ("Tarfu ar gyflenwad cyffuriau a llinellau cyffuriau", "Disrupt drugs supply and county lines", False),
        ("Caewyd pedair llinell gyffuriau.", "Four county lines were closed.", False)]))
    assert sections(statement)[-2:] == [
        ("Lleihau trais difrifol / Reduce serious violence", "serious-violence"),
        ("Tarfu ar gyflenwad cyffuriau a llinellau cyffuriau / Disrupt drugs supply and county lines",
         "drugs-county-lines")]
    assert [p.text for p in statement.sections[-1].paragraphs] == ["Caewyd pedair llinell gyffuriau.",
                                                                   "Four county lines were closed."]


def test_a_shared_folder_with_word_lock_files_adds_its_statements(cli, tmp_path, workspace_dir):
    folder = tmp_path / "statements"
    folder.mkdir()
    (folder / "nottinghamshire-2023-12.txt").write_bytes((FIXTURES / "nottinghamshire-2023-12.txt").read_bytes())
    lock = folder / "~$ttinghamshire-2024-03.docx"  # Word's, while a colleague has the document open
    lock.write_bytes(b"\x0bJane Smith" + b"\x00" * 40)
    (folder / "Thumbs.db").write_bytes(b"\x00\x01" * 20)
    added = cli("corpus", "add", folder, workspace=workspace_dir)
    assert added.exit_code == 0, added.stderr
    assert "added" in added.stdout and added.stderr == ""
    named = cli("corpus", "add", lock, workspace=workspace_dir)
    assert named.exit_code == 1
    assert named.stderr.strip().endswith("the lock file Word keeps beside a document while it is open, not a statement")


def test_a_document_in_a_format_not_read_is_named_when_its_folder_is_added(cli, tmp_path, workspace_dir):
    # An old RTF copy beside the statements was passed over with no word; a figures
    # workbook or a thumbnail cache beside them still is.
    folder = tmp_path / "statements"
    folder.mkdir()
    (folder / "nottinghamshire-2023-12.txt").write_bytes((FIXTURES / "nottinghamshire-2023-12.txt").read_bytes())
    (folder / "nottinghamshire-2023-09.rtf").write_text("{\\rtf1\\ansi Statement}", encoding="ascii")
    (folder / "Thumbs.db").write_bytes(b"\x00\x01" * 20)
    added = cli("corpus", "add", folder, workspace=workspace_dir)
    assert added.exit_code == 1
    assert "added 1" in added.stdout
    assert added.stderr.strip().splitlines()[0].endswith(
        "nottinghamshire-2023-09.rtf: an RTF document, which drafter does not read: save it as Word (.docx), PDF or "
        "text and add that")
    assert "Thumbs.db" not in added.stderr


def test_a_web_pages_text_copied_into_a_file_leaves_the_sites_furniture_out():
    statement = read_fixture("kent-2024-07.txt")
    assert statement.title == "Kent Police and Crime Commissioner – National Policing Priorities: July 2024 update"
    assert (statement.date, statement.force) == ("2024-07-18", "Kent")
    assert [s.priority for s in statement.sections] == ["introduction", *SIX]
    assert all(len(s.paragraphs) == 1 and s.paragraphs[0].kind == "paragraph" for s in statement.sections)


def _priority_table(rows) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("Surrey Police and Crime Commissioner – National Policing Priorities update, "
                           "February 2024", style="Title")
    document.add_paragraph("The Specified Information Order requires the Commissioner to publish how Surrey "
                           "Police contributes to the national priorities. The table below gives an update.")
    table = document.add_table(rows=len(rows), cols=2)
    for row, values in zip(table.rows, rows):
        for cell, value in zip(row.cells, values):
            cell.text = value
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def test_a_table_of_priorities_beside_their_updates_is_a_section_for_each():
    updates = ["There were 2 homicides in the quarter.",
               "Serious violence fell by 4%. The Serious Violence Duty partnership agreed its strategy and "
               "funded detached youth work in Guildford, Woking and Staines, with a further 12 schools joining "
               "the knife crime education programme this term.",
               "Eight county lines were closed.", "Burglary fell by 10%.", "Satisfaction rose to 79%.",
               "Fraud advice was given to 500 residents."]
    rows = [("National priority", "Update for October to December 2023"),
            *((heading, update) for (heading, _), update in zip(PRIORITIES, updates))]
    statement = read_statement(Path("surrey-2024-02.docx"), _priority_table(rows))
    assert sections(statement) == [(None, "introduction"), *PRIORITIES]
    assert [[p.text for p in s.paragraphs] for s in statement.sections[1:]] == [[u] for u in updates]
    assert statement.sections[0].paragraphs[-1].text == "National priority: Update for October to December 2023"


def test_numbered_priority_headings_over_paragraphs_numbered_within_them():
    statement = read_fixture("west-yorkshire-2024-01.txt")
    assert [s.priority for s in statement.sections] == ["introduction", *SIX, None]
    assert statement.sections[1].heading == "Reduce murder and other homicide"
    assert [p.text[:27] for p in statement.sections[1].paragraphs] == [
        "West Yorkshire recorded 29 ", "The Homicide Prevention Boa"]
    assert (statement.board, statement.presented_by, statement.date) == (
        "Police and Crime Panel", "Deputy Mayor for Policing and Crime", "2024-01-19")


def test_a_paragraph_opening_with_a_decimal_figure_keeps_it():
    text = (FIXTURES / "west-yorkshire-2024-01.txt").read_text().replace(
        "2.2 The Homicide Prevention Board", "1.5 million people live in the county. The Homicide Prevention Board")
    statement = read_statement(Path("west-yorkshire-2024-01.txt"), text.encode())
    assert statement.sections[1].paragraphs[1].text.startswith("1.5 million people live in the county.")


def test_the_mayors_office_for_policing_and_crime_speaks_for_the_met():
    # The text names the City of London Police more often than the Met.
    statement = read_fixture("london-2024-04.txt")
    assert statement.force == "Metropolitan Police"
