"""Copy forward keeps a verb after a rolled count's noun in agreement with
it: "Two homicides were recorded … compared with one in the previous
quarter" rolled to a quarter with one homicide reads "One homicide was
recorded … compared with two in the previous quarter" (the quarter before
the statement's, read as such, moves on with it); so does a verb after words
describing the noun ("The two homicides recorded in … are subject to review").

The statement and figures are written for these tests.
"""

from __future__ import annotations

FIGURES = """\
area,measure,period,value
Dyfed-Powys,homicides,2025-Q2,1
Dyfed-Powys,homicides,2025-Q3,2
Dyfed-Powys,homicides,2025-Q4,1
Dyfed-Powys,knife_offences,2025-Q3,74
Dyfed-Powys,knife_offences,2025-Q4,1
"""

STATEMENT = """\
Dyfed-Powys Police and Crime Panel

14 November 2025

Title: National Policing Priorities: July to September 2025

Reduce murder and other homicide

Two homicides were recorded in Dyfed-Powys in July to September 2025, compared with one in the previous quarter.

The two homicides recorded in July to September 2025 are subject to review.

Reduce serious violence

In July to September 2025, 74 knife offences have been recorded.
"""


def test_a_rolled_count_keeps_its_verb_in_agreement(empty_workspace, tmp_path):
    (tmp_path / "figures.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "figures.csv")
    (tmp_path / "dyfed-powys-2025-11.txt").write_text(STATEMENT, encoding="utf-8")
    empty_workspace.add_statements([tmp_path / "dyfed-powys-2025-11.txt"])
    draft = empty_workspace.new_draft(from_statement=empty_workspace.list_statements()[0].id)
    texts = [p.text for section in draft.sections for p in section.paragraphs]
    assert "One homicide was recorded in Dyfed-Powys in October to December 2025, compared with two in the " \
           "previous quarter." in texts
    assert "In October to December 2025, 1 knife offence has been recorded." in texts
    # the verb after words describing the count's noun, too
    assert "The one homicide recorded in October to December 2025 is subject to review." in texts


WELSH = """\
Dyfed-Powys Police and Crime Panel

14 November 2025

Title: National Policing Priorities: July to September 2025

Reduce serious violence

There were 74 knife offences in July to September 2025.

Roedd 74 o droseddau cyllyll rhwng Gorffennaf a Medi 2025.
"""


def test_a_welsh_paragraph_is_kept_as_written_and_its_figures_listed(empty_workspace, tmp_path):
    (tmp_path / "figures.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "figures.csv")
    (tmp_path / "dyfed-powys-2025-11.txt").write_text(WELSH, encoding="utf-8")
    empty_workspace.add_statements([tmp_path / "dyfed-powys-2025-11.txt"])
    draft = empty_workspace.new_draft(from_statement=empty_workspace.list_statements()[0].id)
    english, welsh = [p for section in draft.sections for p in section.paragraphs if "74" in p.text or "1 knife" in p.text]
    assert english.text == "There was 1 knife offence in October to December 2025."
    assert welsh.text == "Roedd 74 o droseddau cyllyll rhwng Gorffennaf a Medi 2025."
    (left,) = welsh.origin.not_rolled
    assert left["text"] == "74" and left["reason"].startswith("in a Welsh paragraph, which copy forward does not "
                                                            "reword: kept as written")
