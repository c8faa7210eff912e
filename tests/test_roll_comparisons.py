"""Rolling forward a comparison with an earlier period that quotes no earlier
figure ("the same as a year earlier", "fewer than a year earlier", "up on the
previous quarter"): its words are said again when the figures now say
otherwise, or it is named for the writer, and review agrees with the result.

The Kestrel Vale statement and its figures are written for the project
(Kestrel Vale is fictional).
"""

from __future__ import annotations

import pytest

from drafter.statement import PARAGRAPH

FIGURES = """\
area,measure,period,value,unit
Kestrel Vale,population,2025,1000000,
Kestrel Vale,population,2026,1000000,
Kestrel Vale,county_lines_closed,2025-Q2,8,
Kestrel Vale,county_lines_closed,2025-Q3,9,
Kestrel Vale,county_lines_closed,2026-Q2,8,
Kestrel Vale,county_lines_closed,2026-Q3,11,
Kestrel Vale,residential_burglary,2025-Q2,510,
Kestrel Vale,residential_burglary,2025-Q3,520,
Kestrel Vale,residential_burglary,2026-Q1,480,
Kestrel Vale,residential_burglary,2026-Q2,500,
Kestrel Vale,residential_burglary,2026-Q3,500,
Kestrel Vale,victim_satisfaction,2025-Q2,72.0,percent
Kestrel Vale,victim_satisfaction,2025-Q3,75.0,percent
Kestrel Vale,victim_satisfaction,2026-Q2,74.0,percent
Kestrel Vale,victim_satisfaction,2026-Q3,74.0,percent
Kestrel Vale,drug_seizures,2025-Q2,20,
Kestrel Vale,drug_seizures,2026-Q2,30,
Kestrel Vale,drug_seizures,2026-Q3,35,
"""

STATEMENT = """\
Kestrel Vale Police and Crime Panel

September 2026

Title: National Policing Priorities – Kestrel Vale Police and Crime Commissioner Statement

Disrupt drugs supply and county lines

1. Officers closed 8 county lines in April to June 2026, the same as a year earlier.

2. Officers closed 8 county lines in April to June 2026, the same number as in April to June 2025.

3. Officers made 30 drug seizures in April to June 2026, more than a year earlier.

Reduce neighbourhood crime

4. There were 500 residential burglaries in April to June 2026, fewer than a year earlier.

5. There were 500 residential burglaries in April to June 2026, up on the previous quarter.

6. Residential burglary was up on the previous quarter.

Improve victim satisfaction

7. Victim satisfaction was 74.0% in April to June 2026, higher than a year earlier.
"""


@pytest.fixture
def rolled(empty_workspace, tmp_path):
    (tmp_path / "kestrel.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "kestrel.csv")
    (tmp_path / "kestrel-vale-2026-09.txt").write_text(STATEMENT, encoding="utf-8")
    empty_workspace.add_statements([tmp_path / "kestrel-vale-2026-09.txt"], force="Kestrel Vale")
    statement = empty_workspace.list_statements()[0].id
    return empty_workspace, empty_workspace.new_draft(from_statement=statement)


def _paragraphs(draft, section):
    return [p for p in draft.section(section).paragraphs if p.kind == PARAGRAPH]


def test_the_same_as_a_year_earlier_becomes_the_change_it_now_is(rolled):
    _, draft = rolled
    assert draft.period == "2026-Q3"
    first = _paragraphs(draft, "drugs-county-lines")[0]
    assert first.text == ("Officers closed 11 county lines in July to September 2026, an increase of 22.2% "
                          "from a year earlier.")


def test_a_named_earlier_period_moves_with_the_figure_and_the_words_follow(rolled):
    _, draft = rolled
    second = _paragraphs(draft, "drugs-county-lines")[1]
    assert second.text == ("Officers closed 11 county lines in July to September 2026, an increase of 22.2% "
                           "on July to September 2025.")


def test_a_comparison_still_true_is_left_and_one_now_untrue_is_said_again(rolled):
    _, draft = rolled
    fewer, up, _ = _paragraphs(draft, "neighbourhood-crime")
    assert fewer.text == "There were 500 residential burglaries in July to September 2026, fewer than a year earlier."
    assert up.text == ("There were 500 residential burglaries in July to September 2026, unchanged on the "
                       "previous quarter.")
    satisfaction = _paragraphs(draft, "victim-satisfaction")[0]
    assert satisfaction.text == "Victim satisfaction was 74.0% in July to September 2026, lower than a year earlier."


def test_what_cannot_be_worked_out_is_kept_and_named(rolled):
    _, draft = rolled
    seizures = _paragraphs(draft, "drugs-county-lines")[2]
    assert seizures.text.endswith("more than a year earlier.")
    assert {"text": "more than a year earlier", "reason": "no drug_seizures figure for Kestrel Vale 2025-Q3 "
            "to compare with: kept as written, check it"} in seizures.origin.not_rolled
    no_figure = _paragraphs(draft, "neighbourhood-crime")[2]
    assert no_figure.text == "Residential burglary was up on the previous quarter."
    assert [left["text"] for left in no_figure.origin.not_rolled] == ["up on the previous quarter"]


def test_review_of_the_rolled_draft_disputes_no_comparison(rolled):
    workspace, draft = rolled
    report = workspace.review(draft.id)
    assert [f.message for f in report.findings if f.kind in ("direction", "arithmetic")] == [
        "'up on the previous quarter' says residential burglary went up, but the figures went from "
        "500 in 2026-Q2 to 500 in 2026-Q3"]
    statuses = {c["text"]: c["status"] for c in report.to_dict()["comparisons"]}
    assert statuses == {
        "fewer than a year earlier": "verified",
        "unchanged on the previous quarter": "verified",
        "lower than a year earlier": "verified",
        "up on the previous quarter": "wrong",
    }
