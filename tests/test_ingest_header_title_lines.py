"""A statement's opening lines as offices set them in plain text: the
office's name over the board and date, then the statement's own title line,
or a bilingual title, office and date set with no blank line between them.
The title is kept, never dropped as the heading of an empty section (the text
is invented for these tests)."""

from __future__ import annotations

from drafter.corpus import read_statement

BODY = ("Reduce murder and other homicide\n\nEvery homicide in the year was reviewed by the prevention panel.\n\n"
        "Reporting frequency\n\nThis statement is published every quarter.\n")


def _read(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_statement(path)


def test_a_title_line_under_the_office_and_board_is_the_title(tmp_path):
    statement = _read(tmp_path, "ne-mayor-npp.txt", "Mayor of the North East\nNorthumbria Police and Crime Panel, "
                      "23 July 2026\n\nNational Policing Priorities statement\n\n" + BODY)
    assert statement.title == "Mayor of the North East – National Policing Priorities statement"
    assert [s.priority for s in statement.sections] == ["homicide", "closing"]
