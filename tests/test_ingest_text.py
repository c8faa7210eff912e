"""Plain-text statements: header fields, headings from several forces,
numbering styles, wrapped lines, page-break fragments and encodings."""

from __future__ import annotations

import pytest
from builders import statement_text

from drafter.corpus import read_statement
from drafter.priorities import classify_heading

BURGLARY = "Reports of residential burglary fell by 4% compared with the same quarter last year."
PATROLS = "Extra foot patrols ran in three town centres on Friday and Saturday evenings."
CUSTODY = "The new custody suite in the north of the county opened in January."
FRAUD = "A helpline for older residents who fear they have been scammed now runs seven days a week."
SURVEY = "Of the victims surveyed, 71% said they were satisfied with how their report was handled."
KNIVES = "Officers recovered 140 knives through amnesty bins placed outside four stations."
DRUGS = "Two county lines were closed after a joint operation with neighbouring forces."
MURDER = "Every homicide in the period was reviewed by the new prevention panel."


def read_text(tmp_path, text, name="statement.txt", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return read_statement(path)


@pytest.mark.parametrize("heading, key", [
    ("Reduce murder and other homicides", "homicide"),
    ("Disrupt drugs supply and county lines", "drugs-county-lines"),
    ("Tackle cyber crime", "cyber-crime"),
    ("Improve satisfaction among victims – with a particular focus on victims of domestic abuse",
     "victim-satisfaction"),
    ("Reduce serious violence", "serious-violence"),
    ("Reduce neighbourhood crime", "neighbourhood-crime"),
])
def test_heading_variants_from_other_forces(tmp_path, heading, key):
    statement = read_text(tmp_path, statement_text([("Introduction", [CUSTODY]), (heading, [BURGLARY, PATROLS])]))
    section = statement.sections[1]
    assert (section.heading, section.priority) == (heading, key)
    assert [p.number for p in section.paragraphs] == [2, 3]


def test_variant_headings_agree_with_the_priorities_vocabulary():
    assert classify_heading("Improve satisfaction among victims – with a particular focus on "
                            "victims of domestic abuse") == "victim-satisfaction"


def test_unrecognised_heading_is_kept_with_its_paragraphs(tmp_path):
    statement = read_text(tmp_path, statement_text([
        ("Reduce serious violence", [KNIVES]),
        ("Estates and custody", [CUSTODY]),
        ("Tackle cyber crime", [FRAUD]),
    ]))
    assert [(s.heading, s.priority) for s in statement.sections] == [
        ("Reduce serious violence", "serious-violence"),
        ("Estates and custody", None),
        ("Tackle cyber crime", "cyber-crime"),
    ]
    assert statement.sections[1].paragraphs[0].text == CUSTODY
    assert statement.sections[1].paragraphs[0].number == 2


def test_header_fields_and_force_from_title(tmp_path):
    statement = read_text(tmp_path, statement_text([("Reduce serious violence", [KNIVES])]))
    assert statement.board == "Severnshire Police and Crime Panel"
    assert statement.date == "2024-03-14"
    assert statement.title.startswith("Quarterly statement")
    assert statement.force == "Severnshire"
    assert statement.presented_by == "Head of Policy"


@pytest.mark.parametrize("office, force", [
    ("Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly", "Devon and Cornwall"),
    ("Police and Crime Commissioner for Leicester, Leicestershire and Rutland", "Leicestershire"),
    ("Police and Crime Commissioner for Hampshire and the Isle of Wight", "Hampshire"),
])
def test_a_commissioner_for_a_list_of_places_is_the_force_among_them(tmp_path, office, force):
    text = f"{office}\n\nNational Policing Priorities statement – June 2026\n\nReduce serious violence\n\n{KNIVES}\n"
    assert read_text(tmp_path, text, name="statement-2026-06.txt").force == force


@pytest.mark.parametrize("header, field, expected", [
    (["Date: 2 October 2023"], "date", "2023-10-02"),
    (["Meeting date: Thursday 7th December 2023"], "date", "2023-12-07"),
    (["June 2024"], "date", "2024-06"),
    (["Date of meeting: 05/09/2023"], "date", "2023-09-05"),
    (["Title: Update from Northvale Police on the national priorities"], "force", "Northvale"),
    (["Title: Statement of the Police and Crime Commissioner for Eastmoor"], "force", "Eastmoor"),
    (["Ridgeford Police and Crime Panel", "Title: National priorities update"], "force", "Ridgeford"),
    (["Title: National priorities update"], "force", None),
    (["Presented by: n/a"], "presented_by", None),
    (["Presented by: Chief Executive"], "presented_by", "Chief Executive"),
])
def test_header_variants(tmp_path, header, field, expected):
    statement = read_text(tmp_path, statement_text([("Reduce serious violence", [KNIVES])], header=header))
    assert getattr(statement, field) == expected


def test_header_fields_on_consecutive_lines(tmp_path):
    header = ["Strategic Board", "April 2024", "Title: Priorities report – Northvale Police",
              "Presented by: N/A"]
    text = "\n".join(header) + "\n\nIntroduction\n\n1. " + CUSTODY + "\n"
    statement = read_text(tmp_path, text)
    assert (statement.board, statement.date, statement.force) == ("Strategic Board", "2024-04", "Northvale")
    assert statement.title == "Priorities report – Northvale Police"


def test_consecutive_numbered_lines_and_bracket_numbers(tmp_path):
    text = ("Introduction\n\n1) " + CUSTODY + "\n2) " + PATROLS + "\n\nReduce serious violence\n\n"
            "12) " + KNIVES + "\n13. " + DRUGS + "\n")
    statement = read_text(tmp_path, text)
    assert [[p.number for p in s.paragraphs] for s in statement.sections] == [[1, 2], [12, 13]]
    assert statement.sections[1].paragraphs[0].text == KNIVES


def test_wrapped_lines_join_with_a_space(tmp_path):
    text = ("Introduction\n\n1. The force opened a new custody\n   suite in the north of the\ncounty "
            "opened in January.\n2. " + PATROLS + "\n")
    statement = read_text(tmp_path, text)
    assert statement.sections[0].paragraphs[0].text == (
        "The force opened a new custody suite in the north of the county opened in January.")


def test_numbers_in_prose_are_not_paragraph_numbers(tmp_path):
    text = ("Introduction\n\n1. Arrests rose this year.\n2022 saw the most arrests on record and\n"
            "1.5 million calls were answered.\n")
    paragraphs = read_text(tmp_path, text).sections[0].paragraphs
    assert [p.number for p in paragraphs] == [1]
    assert "1.5 million calls" in paragraphs[0].text


def test_fragment_after_a_page_break_is_rejoined(tmp_path):
    text = ("Reduce serious violence\n\n1. Officers recovered 140 knives through amnesty bins placed\n\n"
            "outside four stations, and a further 30 in school searches.\n\n2. " + DRUGS + "\n")
    paragraphs = read_text(tmp_path, text).sections[0].paragraphs
    assert [p.number for p in paragraphs] == [1, 2]
    assert paragraphs[0].text == ("Officers recovered 140 knives through amnesty bins placed outside "
                                  "four stations, and a further 30 in school searches.")


def test_a_finished_sentence_is_not_joined_to_the_next_block(tmp_path):
    text = "Reduce serious violence\n\n1. " + KNIVES + "\n\nnew approach: " + DRUGS + "\n"
    paragraphs = read_text(tmp_path, text).sections[0].paragraphs
    assert [p.number for p in paragraphs] == [1, None]


def test_unnumbered_closing_paragraph_kept(tmp_path):
    statement = read_text(tmp_path, statement_text([("Reduce serious violence", [KNIVES])],
                                                   closing="This statement will be updated every quarter."))
    closing = statement.sections[-1]
    assert (closing.heading, closing.priority) == ("Reporting frequency", "closing")
    assert [(p.number, p.text) for p in closing.paragraphs] == [
        (None, "This statement will be updated every quarter.")]


def test_windows_1252_pound_sign_survives(tmp_path):
    text = statement_text([("Reduce serious violence", ["The scheme received £250,000 from the Home Office."])])
    statement = read_text(tmp_path, text.replace("–", "-"), encoding="cp1252")
    assert statement.sections[0].paragraphs[0].text == "The scheme received £250,000 from the Home Office."


def test_utf8_with_byte_order_mark(tmp_path):
    statement = read_text(tmp_path, "\ufeff" + statement_text([("Tackle cyber crime", [FRAUD])]))
    assert statement.board == "Severnshire Police and Crime Panel"
    assert statement.sections[0].priority == "cyber-crime"


def test_utf16_from_notepad(tmp_path):
    statement = read_text(tmp_path, "\ufeff" + statement_text([("Tackle cyber crime", [FRAUD])]),
                          encoding="utf-16-le")
    assert statement.sections[0].paragraphs[0].text == FRAUD


def test_windows_line_endings_and_form_feeds(tmp_path):
    text = statement_text([("Reduce serious violence", [KNIVES, DRUGS]), ("Tackle cyber crime", [FRAUD])])
    statement = read_text(tmp_path, text.replace("\n", "\r\n").replace("Tackle", "\fTackle"))
    assert [p.number for s in statement.sections for p in s.paragraphs] == [1, 2, 3]


def test_upper_case_suffix_is_accepted(tmp_path):
    statement = read_text(tmp_path, statement_text([("Reduce murder and other homicides", [MURDER])]),
                          name="STATEMENT.TXT")
    assert statement.sections[0].priority == "homicide"
