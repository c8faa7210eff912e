"""A bilingual title, office and date set with no blank line between them
("Datganiad … / Statement on the National Policing Priorities", "Comisiynydd
… / South Wales Police and Crime Commissioner", "18 Gorffennaf 2026 / 18 July
2026") are the header's lines, never a paragraph lost before the first
section (the text is invented for these tests)."""

from __future__ import annotations

from drafter.corpus import read_statement

HEADER = ("Datganiad ar y Blaenoriaethau Plismona Cenedlaethol / Statement on the National Policing Priorities\n"
          "Comisiynydd Heddlu a Throseddu De Cymru / South Wales Police and Crime Commissioner\n"
          "18 Gorffennaf 2026 / 18 July 2026\n\n")
BODY = ("Reduce murder and other homicide\n\nEvery homicide in the year was reviewed by the prevention panel.\n\n"
        "Reporting frequency\n\nThis statement is published every quarter.\n")


def test_stacked_opening_lines_are_the_header(tmp_path):
    path = tmp_path / "datganiad-gorffennaf-2026.txt"
    path.write_text(HEADER + BODY, encoding="utf-8")
    statement = read_statement(path)
    assert statement.title.startswith(
        "Datganiad ar y Blaenoriaethau Plismona Cenedlaethol / Statement on the National Policing Priorities")
    assert (statement.force, statement.date) == ("South Wales", "2026-07-18")
    assert [s.priority for s in statement.sections] == ["homicide", "closing"]
