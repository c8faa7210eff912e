"""Roll forward turns each change's direction word by that change's own sign:
"1,297 fraud reports, compared with 1,219 a year earlier (an increase of
6.4%), and 311 cyber crime reports, compared with 295 (an increase of 5.4%)"
rolled on to a quarter where fraud rose and cyber crime fell says "an
increase" of fraud and "a decrease" of cyber crime, never the other measure's.

Dorset's figures and statement here are written for the project (the force
is real, its figures invented).
"""

from __future__ import annotations

import pytest

FIGURES = """\
area,measure,period,value,unit
Dorset,fraud_reports,2025-Q2,1219,
Dorset,fraud_reports,2026-Q2,1297,
Dorset,fraud_reports,2025-Q3,1305,
Dorset,fraud_reports,2026-Q3,1350,
Dorset,cyber_crime_reports,2025-Q2,295,
Dorset,cyber_crime_reports,2026-Q2,311,
Dorset,cyber_crime_reports,2025-Q3,322,
Dorset,cyber_crime_reports,2026-Q3,298,
"""

STATEMENT = """\
Dorset Police and Crime Panel

September 2026

Title: National Policing Priorities – Dorset Police and Crime Commissioner Statement

Tackle fraud and cybercrime

{sentence}
"""


@pytest.mark.parametrize("sentence, rolled", [
    ("In April to June 2026 there were 1,297 fraud reports from Dorset, compared with 1,219 a year earlier "
     "(an increase of 6.4%), and 311 cyber crime reports, compared with 295 (an increase of 5.4%).",
     "In July to September 2026 there were 1,350 fraud reports from Dorset, compared with 1,305 a year earlier "
     "(an increase of 3.4%), and 298 cyber crime reports, compared with 322 (a decrease of 7.5%)."),
    ("In April to June 2026 there were 311 cyber crime reports, compared with 295 a year earlier "
     "(an increase of 5.4%), and 1,297 fraud reports, compared with 1,219 (an increase of 6.4%).",
     "In July to September 2026 there were 298 cyber crime reports, compared with 322 a year earlier "
     "(a decrease of 7.5%), and 1,350 fraud reports, compared with 1,305 (an increase of 3.4%)."),
])
def test_each_change_keeps_its_own_direction_word(empty_workspace, tmp_path, sentence, rolled):
    (tmp_path / "dorset.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "dorset.csv")
    path = tmp_path / "dorset-2026-09.txt"
    path.write_text(STATEMENT.format(sentence=sentence), encoding="utf-8")
    empty_workspace.add_statements([path], force="Dorset")
    draft = empty_workspace.new_draft(from_statement=empty_workspace.list_statements()[0].id)
    assert draft.period == "2026-Q3"
    [paragraph] = draft.section("cyber-crime").paragraphs
    assert paragraph.text == rolled
    report = empty_workspace.review(draft.id)
    assert not [f for f in report.findings if f.kind == "direction"]
