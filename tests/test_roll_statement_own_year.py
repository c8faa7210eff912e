"""Copy forward moves the year a statement says it covers beside its
quarter ("This statement covers January to March 2026 and the year ending
March 2026", "… a'r flwyddyn hyd at Fawrth 2026") with the data, to the
year ending June 2026 in both languages, as it moves the quarter; it was kept
and named for the writer, so the introduction promised April to June 2026
and the year ending March 2026.

Gwent's figures and statement here are written for the project (the force
is real, its figures invented).
"""

from __future__ import annotations

import drafter

FIGURES = """\
area,measure,period,value
Gwent,homicides,2026-Q1,2
Gwent,homicides,2026-Q2,1
"""

STATEMENT = """\
Gwent Police and Crime Panel

June 2026

Title: National Policing Priorities – Quarterly Statement

Introduction / Cyflwyniad

This statement covers January to March 2026 and the year ending March 2026.

Mae'r datganiad hwn yn ymdrin ag Ionawr i Fawrth 2026 a'r flwyddyn hyd at Fawrth 2026.

Reduce murder and other homicide

There were 2 homicides in Gwent between January and March 2026.
"""


def test_the_year_the_statement_covers_moves_with_its_quarter(tmp_path):
    (tmp_path / "gwent.csv").write_text(FIGURES, encoding="utf-8")
    path = tmp_path / "gwent-2026-06.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(tmp_path / "gwent.csv")
        workspace.add_statements([path], force="Gwent")
        draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id)
    introduction = draft.section("introduction").paragraphs
    assert [p.text for p in introduction] == [
        "This statement covers April to June 2026 and the year ending June 2026.",
        "Mae'r datganiad hwn yn ymdrin ag Ebrill i Fehefin 2026 a'r flwyddyn hyd at Fehefin 2026."]
    assert [item for p in introduction for item in p.origin.not_rolled] == []
