"""A Markdown statement's footnotes ("2026[^1]" in the text, "[^1]: Figures
are provisional" at the end) are read as a Word document's are: the mark is
left out of the sentence it follows and the note, a caveat or a source, is no
paragraph of the last priority's section.

The statement is written for these tests; the force and figures are fictional."""

from __future__ import annotations

from drafter.corpus import read_statement

STATEMENT = """# National Policing Priorities statement: July to September 2026

The Police and Crime Commissioner for Severnshire publishes this statement every quarter.

## Reduce murder and other homicide

There were **three** homicides in Severnshire between July and September 2026[^1].

## Reduce serious violence

Knife crime fell to 301 offences[^knives] in July to September 2026, from 333 a year earlier.

## Tackle cyber crime

The force's cyber protect team gave 48 talks.

[^1]: Figures are provisional and may change as investigations progress.
[^knives]: Knife or sharp instrument offences, as the Home Office counts them,
    including possession.

    A second paragraph of the note, indented under it.
"""


def test_footnote_marks_and_notes_are_left_out(tmp_path):
    path = tmp_path / "severnshire-2026-11.md"
    path.write_text(STATEMENT, encoding="utf-8")
    sections = {section.priority: [p.text for p in section.paragraphs]
                for section in read_statement(path, areas=["Severnshire"]).sections}
    assert sections["homicide"] == ["There were three homicides in Severnshire between July and September 2026."]
    assert sections["serious-violence"] == [
        "Knife crime fell to 301 offences in July to September 2026, from 333 a year earlier."]
    assert sections["cyber-crime"] == ["The force's cyber protect team gave 48 talks."]


def test_text_after_the_notes_is_read(tmp_path):
    path = tmp_path / "severnshire-2026-11.md"
    path.write_text(STATEMENT + "\n## Reporting frequency\n\nThis statement is published every quarter.\n",
                    encoding="utf-8")
    sections = {section.priority: [p.text for p in section.paragraphs]
                for section in read_statement(path, areas=["Severnshire"]).sections}
    assert sections["closing"] == ["This statement is published every quarter."]
    assert sections["cyber-crime"] == ["The force's cyber protect team gave 48 talks."]
