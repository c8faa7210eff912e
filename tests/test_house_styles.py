"""Statements in other offices' house styles, in every format: force, date,
sections, sub-headings, bullets, tables, and no word of the body lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from style_samples import ALIGNMENT, NUMBERED_SECTIONS, STYLES, TEMPLATE_TABLE, WEB_PAGE
from styles import FORMATS, file_bytes, words_lost

from drafter.corpus import read_statement

CASES = [(style, fmt) for style in STYLES for fmt in FORMATS]


def read(style, fmt):
    name, data = file_bytes(style, fmt)
    return read_statement(Path(name), data)


def kinds(statement, kind):
    return [p for s in statement.sections for p in s.paragraphs if p.kind == kind]


@pytest.mark.parametrize("style, fmt", CASES, ids=[f"{s.name}-{f}" for s, f in CASES])
def test_every_style_reads_the_same_in_every_format(style, fmt):
    statement = read(style, fmt)
    expected = style.expected
    assert [(s.heading, s.priority) for s in statement.sections] == expected.sections
    assert (statement.force, statement.date) == (expected.force, expected.date)
    assert len(kinds(statement, "subheading")) == expected.subheadings
    assert len(kinds(statement, "bullet")) == expected.bullets
    assert sum(len(p.cells) for p in kinds(statement, "table")) == expected.table_rows
    assert words_lost(style, statement) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_sub_headings_stay_inside_their_priority(fmt):
    statement = read(WEB_PAGE, fmt)
    violence = next(s for s in statement.sections if s.priority == "serious-violence")
    assert [(p.kind, p.text) for p in violence.paragraphs] == [
        ("subheading", "A summary of quarterly performance:"),
        ("paragraph", "Knife crime fell by 6% compared with the same quarter last year."),
        ("paragraph", "Activity this quarter has included:"),
        ("bullet", "Operation Sceptre ran in four towns."),
        ("bullet", "Knife arches were used at two festivals."),
        ("subheading", "Summary of planned activity"),
        ("bullet", "Extend the schools programme to a further ten schools."),
    ]
    assert all(p.number is None for s in statement.sections for p in s.paragraphs)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_numbered_list_of_the_priorities_is_a_list_not_paragraph_numbers(fmt):
    statement = read(NUMBERED_SECTIONS, fmt)
    order = next(s for s in statement.sections if s.heading == "Specified Information Order")
    assert [p.kind for p in order.paragraphs] == ["paragraph"] + ["bullet"] * 6
    assert all(p.number is None for p in order.paragraphs)
    assert "Reduce serious violence" in order.paragraphs[2].text


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_template_table_keeps_its_rows_and_cells(fmt):
    statement = read(TEMPLATE_TABLE, fmt)
    table = kinds(statement, "table")[0]
    assert table.cells[0] == ["Priority area", "National metrics and data source",
                              "Crime levels and time period"]
    assert table.cells[1][0] == "Reduce murder and other homicide"
    assert table.cells[3][2] == "1,204 offences in the 12 months to September 2023"


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_priorities_named_in_a_bullet_list_are_not_headings(fmt):
    statement = read(ALIGNMENT, fmt)
    assert [s.priority for s in statement.sections] == [None, None, None]
    bullets = [p.text for p in kinds(statement, "bullet")]
    assert bullets[0] == "Reduce murder and other homicide" and len(bullets) == 6


@pytest.mark.parametrize("title, date", [
    ("Police and Crime Commissioner Statement (Published September 2023)", "2023-09"),
    ("Update April 2024", "2024-04"),
    ("Q2 2023/24 National Crime and Policing Measures", "2023-09"),
    ("Q1 2023/24 National Crime and Policing Measures", "2023-06"),
    ("Q4 2023/24 National Crime and Policing Measures", "2024-03"),
    ("National Crime and Policing Measures – Quarter 3 2024", "2024-09"),
])
def test_title_and_date_forms(tmp_path, title, date):
    path = tmp_path / "statement.txt"
    path.write_text(f"{title}\nReduce serious violence\nKnife crime fell by 5% in Essex.\n"
                    "Tackle cyber crime\nFraud advice reached 300 people.\n"
                    "Reduce murder and other homicide\nThere were no homicides in the quarter.\n"
                    "Reduce neighbourhood crime\nBurglary fell.\n", encoding="utf-8")
    statement = read_statement(path)
    assert statement.date == date
    assert statement.force == "Essex"


def test_date_given_in_the_introduction(tmp_path):
    path = tmp_path / "statement.txt"
    path.write_text("National Policing Priorities\n\nThe Commissioner provided the below information "
                    "for publication in March 2024.\n\nReduce serious violence\n\nKnife crime fell.\n",
                    encoding="utf-8")
    assert read_statement(path).date == "2024-03"


@pytest.mark.parametrize("named, force", [
    ("West Mercia Police worked with Warwickshire Police and West Mercia Police officers", "West Mercia"),
    ("Lancashire Constabulary", "Lancashire"),
    ("the Commissioner for Sussex", "Sussex"),
    ("officers across Avon and Somerset", "Avon and Somerset"),
    ("Devon & Cornwall Police", "Devon and Cornwall"),
])
def test_force_read_from_the_text(tmp_path, named, force):
    path = tmp_path / "statement.txt"
    path.write_text(f"National Policing Priorities\n\nThis statement covers {named}.\n\n"
                    "Reduce serious violence\n\nKnife crime fell.\n", encoding="utf-8")
    assert read_statement(path).force == force


def test_force_from_the_file_name_when_the_text_names_none(tmp_path):
    path = tmp_path / "north-yorkshire-2024-q1.txt"
    path.write_text("National Policing Priorities\n\nReduce serious violence\n\nKnife crime fell.\n",
                    encoding="utf-8")
    assert read_statement(path).force == "North Yorkshire"


def test_a_fictional_force_is_read_when_the_workspace_names_it(tmp_path):
    path = tmp_path / "statement.txt"
    path.write_text("National Policing Priorities\n\nAshmoor Constabulary officers ran patrols.\n\n"
                    "Reduce serious violence\n\nKnife crime fell in Ashmoor.\n", encoding="utf-8")
    assert read_statement(path).force is None
    assert read_statement(path, areas=("Ashmoor",)).force == "Ashmoor"


def test_header_lines_that_are_prose_stay_prose(tmp_path):
    path = tmp_path / "statement.txt"
    path.write_text("Police and Crime Commissioner Statement\nThis is the statutory statement on the national policing priorities.\n"
                    "Reduce serious violence\nKnife crime fell in Kent.\n", encoding="utf-8")
    statement = read_statement(path)
    assert statement.title == "Police and Crime Commissioner Statement"
    assert statement.sections[0].paragraphs[0].text.startswith("This is the statutory statement")


@pytest.mark.parametrize("text", [
    "Eggs\nMilk\nBread\nTea bags\n",
    "1. Eggs\n2. Milk\n3. Bread\n",
    "The weather was mild for the time of year.\nNobody expected the river to rise.\n",
    "Month\tCalls\tArrests\nJanuary\t1200\t85\nFebruary\t1100\t80\n",
    "Man jailed for murder after town centre attack\nFraud warning for older residents\n"
    "County lines gang sentenced\n",
])
def test_a_file_with_no_statement_in_it_is_refused(tmp_path, text):
    from drafter.errors import IngestError

    path = tmp_path / "notes.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(IngestError) as caught:
        read_statement(path)
    assert caught.value.problem.startswith("no statement found")


def test_stored_statement_keeps_kinds_and_search_hits_name_their_sub_heading(empty_workspace, tmp_path):
    name, data = file_bytes(WEB_PAGE, "html")
    path = tmp_path / name
    path.write_bytes(data)
    report = empty_workspace.add_statements([path])
    stored = empty_workspace.get_statement(report.added[0]["id"])
    assert report.added[0]["force"] == "Lancashire"
    assert report.added[0]["paragraphs"] == 29  # sub-headings are not counted as paragraphs
    violence = next(s for s in stored.to_dict()["sections"] if s["priority"] == "serious-violence")
    assert [p["kind"] for p in violence["paragraphs"]][:3] == ["subheading", "paragraph", "paragraph"]
    assert violence["paragraphs"][0]["number"] is None
    hit = empty_workspace.search("knife arches at festivals")[0]
    assert hit.text == "Knife arches were used at two festivals."
    assert hit.subheading == "A summary of quarterly performance:"
    assert hit.to_dict()["subheading"] == "A summary of quarterly performance:"


def test_a_table_is_stored_with_its_cells(empty_workspace, tmp_path):
    name, data = file_bytes(TEMPLATE_TABLE, "docx")
    path = tmp_path / name
    path.write_bytes(data)
    added = empty_workspace.add_statements([path]).added[0]
    shown = empty_workspace.get_statement(added["id"]).to_dict()
    table = next(p for s in shown["sections"] for p in s["paragraphs"] if p["kind"] == "table")
    assert table["cells"][2] == ["Reduce serious violence", "Hospital admissions for assault with a sharp object",
                                 "57 admissions in the 12 months to June 2023"]
    assert table["number"] is None


def test_a_workspace_made_before_paragraph_kinds_is_migrated_in_place(tmp_path):
    import sqlite3

    import drafter

    root = tmp_path / "ws"
    with drafter.open_workspace(root, seed=False) as workspace:
        name, data = file_bytes(NUMBERED_SECTIONS, "txt")
        (tmp_path / name).write_bytes(data)
        old_id = workspace.add_statements([tmp_path / name]).added[0]["id"]
    with sqlite3.connect(root / "drafter.db") as connection:  # the database as it was before kinds
        connection.executescript("DROP INDEX paragraphs_section; ALTER TABLE paragraphs DROP COLUMN kind;"
                                 "ALTER TABLE paragraphs DROP COLUMN cells; PRAGMA user_version = 1;")
    with drafter.open_workspace(root, seed=False) as workspace:
        old = workspace.get_statement(old_id)
        assert {p.kind for s in old.sections for p in s.paragraphs} == {"paragraph"}
        name, data = file_bytes(WEB_PAGE, "md")
        (tmp_path / name).write_bytes(data)
        new = workspace.get_statement(workspace.add_statements([tmp_path / name]).added[0]["id"])
        assert sum(p.kind == "subheading" for s in new.sections for p in s.paragraphs) == 12
