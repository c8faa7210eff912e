"""Word statements: numbers from Word's list numbering (on the paragraph or
through a style, continued and restarted), tables, headings, tracked changes."""

from __future__ import annotations

from pathlib import Path

from builders import DocxBuilder, word_element

from drafter.corpus import read_statement

KNIVES = "Officers recovered 140 knives through amnesty bins placed outside four stations."
DRUGS = "Two county lines were closed after a joint operation with neighbouring forces."
FRAUD = "A helpline for older residents who fear they have been scammed now runs every day."
CUSTODY = "The new custody suite in the north of the county opened in January."


def read_docx(builder: DocxBuilder):
    return read_statement(Path("statement.docx"), builder.to_bytes())


def numbers(statement):
    return [[p.number for p in s.paragraphs] for s in statement.sections]


def test_restarted_and_continued_lists_on_the_paragraph():
    builder = DocxBuilder()
    builder.heading("Reduce serious violence", 2)
    builder.numbered(KNIVES, num_id=builder.new_list())
    builder.numbered(DRUGS)
    builder.heading("Tackle cyber crime", 2)
    builder.numbered(FRAUD, num_id=builder.new_list(continue_previous=True))  # Word continues: 3
    builder.heading("Estates", 2)
    builder.numbered(CUSTODY, num_id=builder.new_list(restart_at=1))
    builder.numbered(KNIVES)
    builder.numbered(DRUGS, num_id=builder.new_list(restart_at=7))
    statement = read_docx(builder)
    assert numbers(statement) == [[1, 2], [3], [1, 2, 7]]


def test_numbering_through_list_number_style():
    builder = DocxBuilder()
    builder.heading("Reduce serious violence", 1)
    builder.numbered_by_style(KNIVES)
    builder.numbered_by_style(DRUGS)
    builder.heading("Tackle cyber crime", 1)
    builder.numbered_by_style(FRAUD)
    statement = read_docx(builder)
    assert numbers(statement) == [[1, 2], [3]]
    assert [p.text for p in statement.sections[0].paragraphs] == [KNIVES, DRUGS]


def test_style_numbering_restarted_on_the_paragraph():
    builder = DocxBuilder()
    builder.heading("Reduce serious violence", 1)
    builder.numbered_by_style(KNIVES)
    builder.numbered_by_style(DRUGS)
    builder.heading("Tackle cyber crime", 1)
    restarted = builder.numbered_by_style(FRAUD)
    # Word's "Restart at 1": a new numId over the style's list, with a startOverride.
    style_num = builder.document.styles["List Number"].element.pPr.numPr.numId.val
    numbering = builder.document.part.numbering_part.element
    abstract = numbering.num_having_numId(style_num).abstractNumId.val
    num = numbering.add_num(abstract)
    override = word_element("lvlOverride", ilvl="0")
    override.append(word_element("startOverride", val="1"))
    num.append(override)
    restarted._p.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = num.numId
    builder.numbered_by_style(CUSTODY)
    assert numbers(read_docx(builder)) == [[1, 2], [1, 2]]


def test_numbering_switched_off_on_a_paragraph():
    builder = DocxBuilder()
    builder.heading("Reduce serious violence", 1)
    builder.numbered_by_style(KNIVES)
    plain = builder.numbered_by_style("The figures are provisional and may change.")
    plain._p.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = 0
    builder.numbered_by_style(DRUGS)
    assert numbers(read_docx(builder)) == [[1, None, 2]]


def test_paragraphs_inside_tables_keep_their_place_and_number():
    builder = DocxBuilder()
    builder.heading("Reduce serious violence", 1)
    builder.numbered(KNIVES, num_id=builder.new_list())
    cell = builder.table_cell()
    builder.numbered(DRUGS, container=cell)
    builder.numbered(CUSTODY)
    statement = read_docx(builder)
    assert [(p.number, p.text) for p in statement.sections[0].paragraphs] == [
        (1, KNIVES), (2, DRUGS), (3, CUSTODY)]


def test_header_table_rows_become_fields():
    builder = DocxBuilder()
    table = builder.header_row("Meeting", "Westdale Police and Crime Panel")
    builder.header_row("Date", "12 February 2024", table)
    builder.header_row("Title", "National priorities statement", table)
    builder.heading("Introduction", 1)
    builder.paragraph(f"1. {CUSTODY}")
    statement = read_docx(builder)
    assert (statement.board, statement.date, statement.title, statement.force) == (
        "Westdale Police and Crime Panel", "2024-02-12", "National priorities statement", "Westdale")


def test_bold_short_paragraph_is_a_heading_bold_sentence_is_not():
    builder = DocxBuilder()
    builder.paragraph("Reduce serious violence", bold=True)
    builder.paragraph(f"1. {KNIVES}")
    builder.paragraph("All figures are for the year to March.", bold=True)
    builder.paragraph("Disrupt drugs supply and county lines", bold=True)
    builder.paragraph(f"2. {DRUGS}")
    statement = read_docx(builder)
    assert [s.priority for s in statement.sections] == ["serious-violence", "drugs-county-lines"]
    assert numbers(statement) == [[1, None], [2]]


def test_numbered_heading_keeps_its_words():
    builder = DocxBuilder()
    builder.heading("2. Reduce serious violence", 1)
    builder.paragraph(f"1. {KNIVES}")
    statement = read_docx(builder)
    assert (statement.sections[0].heading, statement.sections[0].priority) == (
        "Reduce serious violence", "serious-violence")


def test_sub_items_belong_to_their_numbered_paragraph():
    builder = DocxBuilder()
    builder.heading("Disrupt drugs supply and county lines", 1)
    list_id = builder.new_list()
    builder.numbered("The plan has two aims:", num_id=list_id)
    builder.numbered("treatment for everyone who needs it;", num_id=list_id, level=1)
    builder.numbered("support for young people at risk.", num_id=list_id, level=1)
    builder.numbered(DRUGS, num_id=list_id)
    paragraphs = read_docx(builder).sections[0].paragraphs
    assert [(p.number, p.text) for p in paragraphs] == [
        (1, "The plan has two aims: a) treatment for everyone who needs it; b) support for young people at risk."),
        (2, DRUGS),
    ]


def test_tracked_deletions_are_not_read_insertions_are():
    builder = DocxBuilder()
    builder.heading("Tackle cyber crime", 1)
    paragraph = builder.paragraph("1. Fraud reports ")
    deleted = word_element("del", id="1", author="Editor", date="2024-01-01T00:00:00Z")
    run = word_element("r")
    text = word_element("delText")
    text.text = "doubled "
    run.append(text)
    deleted.append(run)
    inserted = word_element("ins", id="2", author="Editor", date="2024-01-01T00:00:00Z")
    run = word_element("r")
    text = word_element("t")
    text.text = "rose by a third."
    run.append(text)
    inserted.append(run)
    paragraph._p.append(deleted)
    paragraph._p.append(inserted)
    assert read_docx(builder).sections[0].paragraphs[0].text == "Fraud reports rose by a third."


def test_line_breaks_and_tabs_inside_a_paragraph():
    builder = DocxBuilder()
    builder.heading("Introduction", 1)
    paragraph = builder.paragraph("1.\tThe force opened a new custody suite")
    paragraph.add_run().add_break()
    paragraph.add_run("in the north of the county.")
    assert read_docx(builder).sections[0].paragraphs[0].text == (
        "The force opened a new custody suite in the north of the county.")


def test_title_style_before_the_first_section_is_the_title():
    builder = DocxBuilder()
    builder.document.add_paragraph("Northvale Police – national priorities statement", style="Title")
    builder.paragraph("October 2024")
    builder.heading("Introduction", 1)
    builder.paragraph(f"1. {CUSTODY}")
    statement = read_docx(builder)
    assert statement.title == "Northvale Police – national priorities statement"
    assert (statement.force, statement.date) == ("Northvale", "2024-10")
    assert [s.priority for s in statement.sections] == ["introduction"]


def test_unrecognised_heading_before_the_first_paragraph_opens_a_section():
    builder = DocxBuilder()
    builder.paragraph("Title: Northvale national priorities statement")
    builder.heading("Summary of the quarter", 1)
    builder.paragraph(f"1. {CUSTODY}")
    builder.heading("Tackle cyber crime", 1)
    builder.paragraph(f"2. {FRAUD}")
    statement = read_docx(builder)
    assert [(s.heading, s.priority) for s in statement.sections] == [
        ("Summary of the quarter", None), ("Tackle cyber crime", "cyber-crime")]


def test_a_word_table_of_priorities_leaves_its_column_titles_out():
    builder = DocxBuilder()
    builder.heading("Introduction", 1)
    builder.paragraph("The Commissioner publishes this statement on the national policing priorities each quarter.")
    table = builder.document.add_table(rows=3, cols=2)
    for row, (label, value) in enumerate([("National priority", "Westdale's contribution"),
                                          ("Reduce serious violence", KNIVES), ("Tackle cyber crime", FRAUD)]):
        table.cell(row, 0).text, table.cell(row, 1).text = label, value
    statement = read_docx(builder)
    sections = {section.priority: [p.text for p in section.paragraphs] for section in statement.sections}
    # A title naming the period ("Update for July to September 2026") is kept: see test_ingest_real_shapes.
    assert sections["introduction"] == [
        "The Commissioner publishes this statement on the national policing priorities each quarter."]
    assert sections["serious-violence"] == [KNIVES] and sections["cyber-crime"] == [FRAUD]


def test_word_numbered_board_paper_keeps_each_section_paragraph_apart():
    """Headings numbered "2." and paragraphs "2.1", "2.2" by one multi-level list, with
    "a)" items under a paragraph: each "2.1" is a paragraph, printed as numbered."""
    builder = DocxBuilder()
    builder.paragraph("National Policing Priorities: quarterly statement")
    outline = builder.new_list(levels=(("decimal", "%1."), ("decimal", "%1.%2"), ("lowerLetter", "%3)")))
    builder.numbered("Reduce murder and other homicide", num_id=outline).style = "Heading 1"
    builder.numbered("There were 2 homicides between July and September 2026.", num_id=outline, level=1)
    builder.numbered("Each case was reviewed 3.2 times on average.", num_id=outline, level=1)
    builder.numbered("Reduce serious violence", num_id=outline).style = "Heading 1"
    builder.numbered("The work included:", num_id=outline, level=1)
    builder.numbered("weapon sweeps in 14 parks;", num_id=outline, level=2)
    builder.numbered("talks in 22 schools.", num_id=outline, level=2)
    builder.numbered(KNIVES, num_id=outline, level=1)
    statement = read_docx(builder)
    assert [(s.heading, [(p.printed, p.text) for p in s.paragraphs]) for s in statement.sections] == [
        ("Reduce murder and other homicide", [
            ("1.1", "There were 2 homicides between July and September 2026."),
            ("1.2", "Each case was reviewed 3.2 times on average.")]),
        ("Reduce serious violence", [
            ("2.1", "The work included: a) weapon sweeps in 14 parks; b) talks in 22 schools."),
            ("2.2", KNIVES)]),
    ]


def test_hidden_text_is_not_read():
    """A note hidden in the document (Font > Hidden) is not printed, so it is not said."""
    builder = DocxBuilder()
    builder.heading("Reduce serious violence", 1)
    paragraph = builder.paragraph("1. Firearms offences fell to 9 in the quarter")
    paragraph.add_run(" (check: was it 19?)").font.hidden = True
    paragraph.add_run(".")
    shown = paragraph.add_run(" Knife crime fell too.")
    shown.font.hidden = False
    assert read_docx(builder).sections[0].paragraphs[0].text == (
        "Firearms offences fell to 9 in the quarter. Knife crime fell too.")


def test_no_break_and_soft_hyphens_read_as_typed():
    """"non‑fatal" typed with Word's no-break hyphen character is "non-fatal", as its
    no-break hyphen element reads, and a soft hyphen inside a word is no letter,
    so both are found by the words a writer searches for."""
    builder = DocxBuilder()
    builder.heading("Reduce serious violence", 1)
    builder.paragraph("1. Anti\u00adsocial behaviour and non\u2011fatal strangulation are covered by the Duty.")
    assert read_docx(builder).sections[0].paragraphs[0].text == (
        "Antisocial behaviour and non-fatal strangulation are covered by the Duty.")


def test_a_heading_numbered_section_by_section_keeps_its_words():
    builder = DocxBuilder()
    builder.paragraph("National Policing Priorities: quarterly statement")
    parts = builder.new_list(levels=(("decimal", "Section %1:"), ("decimal", "%1.%2")))
    for heading in ("Reduce murder and other homicide", "Reduce serious violence"):
        builder.numbered(heading, num_id=parts).style = "Heading 1"
        builder.numbered(KNIVES, num_id=parts, level=1)
    assert [s.heading for s in read_docx(builder).sections] == [
        "Reduce murder and other homicide", "Reduce serious violence"]


def test_an_unfilled_content_control_is_not_read_its_filled_ones_are():
    """A template's content control left showing its prompt says nothing; one filled in is text."""
    builder = DocxBuilder()
    builder.heading("Reduce serious violence", 1)
    builder.paragraph("1. Knife crime fell in the quarter.")
    for shown, words in ((True, "Click or tap here to enter text."), (False, "2. Firearms offences fell to 9.")):
        control, properties, content = word_element("sdt"), word_element("sdtPr"), word_element("sdtContent")
        if shown:
            properties.append(word_element("showingPlcHdr"))
        paragraph, run, text = word_element("p"), word_element("r"), word_element("t")
        text.text = words
        run.append(text)
        paragraph.append(run)
        content.append(paragraph)
        control.extend([properties, content])
        builder.document.element.body.insert(len(builder.document.element.body) - 1, control)
    assert [p.text for p in read_docx(builder).sections[0].paragraphs] == [
        "Knife crime fell in the quarter.", "Firearms offences fell to 9."]


def test_a_board_paper_set_out_in_a_table_of_numbers_and_text():
    """"2. | Reduce murder and other homicide" and "2.1 | There were…" rows: each
    numbered heading opens its section and each "2.1" is its paragraph, as typed."""
    builder = DocxBuilder()
    builder.paragraph("National Policing Priorities: quarterly statement, July to September 2026")
    table = None
    for number, words in (("1.", "Reduce murder and other homicide"), ("1.1", "There were 2 homicides in the quarter."),
                          ("1.2", "Each case was reviewed within 28 days."), ("2.", "Reduce serious violence"),
                          ("2.1", KNIVES), ("3.", "Tackle cyber crime"), ("3.1", FRAUD)):
        table = builder.header_row(number, words, table)
    statement = read_docx(builder)
    assert [(s.heading, [(p.printed, p.text) for p in s.paragraphs]) for s in statement.sections] == [
        ("Reduce murder and other homicide", [("1.1", "There were 2 homicides in the quarter."),
                                              ("1.2", "Each case was reviewed within 28 days.")]),
        ("Reduce serious violence", [("2.1", KNIVES)]), ("Tackle cyber crime", [("3.1", FRAUD)])]


def test_bold_lines_under_styled_headings_are_their_sub_headings():
    """"Operation Sceptre" in bold under "Reduce serious violence" (Heading 1) is a sub-heading
    of that section, where it opened a section of no priority; a priority or the closing
    section typed in bold still opens its own."""
    builder = DocxBuilder()
    builder.paragraph("Cheshire Police and Crime Commissioner: National Policing Priorities, October 2026")
    for heading, sub in (("Reduce murder and other homicide", "Homicide reviews"),
                         ("Reduce serious violence", "Operation Sceptre"), ("Tackle cyber crime", "Fraud")):
        builder.heading(heading, 1)
        builder.paragraph(KNIVES)
        builder.paragraph(sub, bold=True)
        builder.paragraph(DRUGS)
    builder.paragraph("Reduce neighbourhood crime", bold=True)
    builder.paragraph(CUSTODY)
    builder.paragraph("Reporting frequency", bold=True)
    builder.paragraph("This statement is updated every quarter.")
    statement = read_docx(builder)
    assert [(s.priority, [p.text for p in s.paragraphs if p.kind == "subheading"]) for s in statement.sections] == [
        ("homicide", ["Homicide reviews"]), ("serious-violence", ["Operation Sceptre"]), ("cyber-crime", ["Fraud"]),
        ("neighbourhood-crime", []), ("closing", [])]
