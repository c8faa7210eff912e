"""A statement in English and Welsh copied forward.

Copy forward moves the quarter a bilingual title names in both halves:
"…, January to March 2026 / …, Ionawr i Fawrth 2026" becomes "…, April to
June 2026 / …, Ebrill i Fehefin 2026", where the Welsh half had kept the
quarter copied while the English half named the draft's, and nothing told
the writer. A table whose header cells name their quarter in both languages
("January to March 2026 / Ionawr i Fawrth 2026") is left for the writer
under those headings, each named once, not with the Welsh half's year as a
column of its own ("January to March 2026, 2026, …").

Gwent's figures and statements here are written for the project (the force
is real, its figures invented).
"""

from __future__ import annotations

import pytest

from drafter.figures.period_text import find_periods

FIGURES = """\
area,measure,period,value,unit
Gwent,knife_offences,2025-Q4,131,
Gwent,knife_offences,2026-Q1,122,
Gwent,knife_offences,2026-Q2,137,
"""

STATEMENT = """\
# {title}

Published {published}

This statement reports on Gwent's contribution to the National Policing Priorities.

## Reduce serious violence

Gwent Police recorded {count} knife and sharp instrument offences in {period}.

Cofnododd Heddlu Gwent {count} o droseddau cyllyll yn {welsh}.
"""


@pytest.mark.parametrize("title, period, welsh, count, published, rolled", [
    ("Police and Crime Commissioner for Gwent: Quarterly statement, January to March 2026 / Comisiynydd "
     "Heddlu a Throseddu Gwent: Datganiad chwarterol, Ionawr i Fawrth 2026",
     "January to March 2026", "Ionawr i Fawrth 2026", 122, "April 2026",
     "Police and Crime Commissioner for Gwent: Quarterly statement, April to June 2026 / Comisiynydd "
     "Heddlu a Throseddu Gwent: Datganiad chwarterol, Ebrill i Fehefin 2026"),
    ("Gwent quarterly statement, October to December 2025 / Datganiad chwarterol Gwent, Hydref i Ragfyr 2025",
     "October to December 2025", "Hydref i Ragfyr 2025", 131, "January 2026",
     "Gwent quarterly statement, January to March 2026 / Datganiad chwarterol Gwent, Ionawr i Fawrth 2026"),
])
def test_the_welsh_half_of_the_title_names_the_drafts_quarter(empty_workspace, tmp_path, title, period, welsh,
                                                              count, published, rolled):
    (tmp_path / "gwent.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "gwent.csv")
    path = tmp_path / "gwent.md"
    path.write_text(STATEMENT.format(title=title, period=period, welsh=welsh, count=count, published=published),
                    encoding="utf-8")
    empty_workspace.add_statements([path], force="Gwent")
    draft = empty_workspace.new_draft(from_statement=empty_workspace.list_statements()[0].id)
    assert draft.title == rolled


def test_welsh_quarter_names_are_read_with_their_mutations():
    text = "Ionawr i Fawrth 2026; Ebrill i Fehefin 2025; Gorffennaf i Fedi 2024; hydref i ragfyr 2023"
    assert [(str(phrase.period), text[phrase.start:phrase.end]) for phrase in find_periods(text)] == [
        ("2026-Q1", "Ionawr i Fawrth 2026"), ("2025-Q2", "Ebrill i Fehefin 2025"),
        ("2024-Q3", "Gorffennaf i Fedi 2024"), ("2023-Q4", "hydref i ragfyr 2023")]


TABLE_STATEMENT = """\
# Gwent quarterly statement, January to March 2026

Published April 2026

This statement reports on Gwent's contribution to the National Policing Priorities.

## Reduce serious violence

| Measure / Mesur | January to March 2026 / Ionawr i Fawrth 2026 | October to December 2025 / Hydref i Ragfyr 2025 |
|---|---|---|
| Knife offences / Troseddau cyllyll | 122 | 131 |
"""


def test_a_bilingual_table_names_each_column_once(empty_workspace, tmp_path):
    (tmp_path / "gwent.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "gwent.csv")
    path = tmp_path / "gwent.md"
    path.write_text(TABLE_STATEMENT, encoding="utf-8")
    empty_workspace.add_statements([path], force="Gwent")
    draft = empty_workspace.new_draft(from_statement=empty_workspace.list_statements()[0].id)
    [table] = [p for p in draft.section("serious-violence").paragraphs if p.kind == "table"]
    assert [left["reason"] for left in table.origin.not_rolled] == [
        "in a table whose columns are headed January to March 2026, October to December 2025: update the "
        "headings and figures together by hand"] * 2
