"""Copying a statement forward with its words kept as they are (``draft new
--from N --no-roll``): the draft is for the period rolling forward would give
it, the quarter after the one the statement reports, so the figures a writer
fills in are this quarter's and review calls last quarter's stale.

Kestrel Vale is fictional; the statement is written for these tests.
"""

from __future__ import annotations

import pytest

FIGURES = """\
area,measure,period,value,unit
Kestrel Vale,homicides,2025,21,
Kestrel Vale,homicides,2025-Q1,7,
Kestrel Vale,homicides,2025-Q2,5,
Kestrel Vale,homicides,2026-Q1,6,
Kestrel Vale,knife_offences,2025-Q1,150,
Kestrel Vale,knife_offences,2025-Q2,140,
Kestrel Vale,knife_offences,2026-Q1,162,
"""
NEXT_QUARTER = """\
area,measure,period,value,unit
Kestrel Vale,homicides,2026-Q2,4,
Kestrel Vale,knife_offences,2026-Q2,131,
"""

STATEMENT = """\
Kestrel Vale Police and Crime Panel

June 2026

Title: Quarterly Update on the National Policing Priorities

Introduction

1. This paper sets out how Kestrel Vale is doing against the national priorities this quarter.

Reduce murder and other homicide

2. Between January and March 2026 there were 6 homicides in Kestrel Vale, against 7 in January to March 2025.

Reduce serious violence

3. Officers recorded 162 knife offences in January to March 2026, up from 150 a year before.

Reporting frequency

The Panel receives this paper every quarter.
"""


@pytest.fixture
def kestrel(empty_workspace, tmp_path):
    (tmp_path / "figures.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "figures.csv")
    (tmp_path / "kestrel-vale-2026-06.txt").write_text(STATEMENT, encoding="utf-8")
    empty_workspace.add_statements([tmp_path / "kestrel-vale-2026-06.txt"], force="Kestrel Vale")
    return empty_workspace


@pytest.fixture
def next_quarter_in(kestrel, tmp_path):
    (tmp_path / "next.csv").write_text(NEXT_QUARTER, encoding="utf-8")
    kestrel.import_figures(tmp_path / "next.csv")
    return kestrel


def statement_id(workspace) -> int:
    return workspace.list_statements()[0].id


def homicide_paragraph(draft) -> str:
    return next(s for s in draft.sections if s.key == "homicide").paragraphs[0].text


def test_words_kept_the_draft_is_for_the_next_quarter_and_review_calls_the_figures_stale(next_quarter_in):
    kept = next_quarter_in.new_draft(from_statement=statement_id(next_quarter_in), roll=False)
    rolled = next_quarter_in.new_draft(from_statement=statement_id(next_quarter_in))
    assert (kept.period, rolled.period) == ("2026-Q2", "2026-Q2")
    assert homicide_paragraph(kept).startswith("Between January and March 2026 there were 6 homicides")
    assert kept.title == "Quarterly Update on the National Policing Priorities"
    stale = [f for f in next_quarter_in.review(kept.id).findings if f.kind == "stale-figure"]
    assert {f.section for f in stale} >= {"homicide", "serious-violence"}


def test_words_kept_before_the_next_quarter_is_in_the_draft_is_for_the_statements_quarter(kestrel):
    kept = kestrel.new_draft(from_statement=statement_id(kestrel), roll=False)
    assert (kept.period, kept.next_period_missing) == ("2026-Q1", "2026-Q2")
    assert kestrel.new_draft(from_statement=statement_id(kestrel)).period == "2026-Q1"


def test_a_period_asked_for_is_kept(next_quarter_in):
    kept = next_quarter_in.new_draft(from_statement=statement_id(next_quarter_in), period="2025",
                                     roll=False)
    assert kept.period == "2025"


def test_the_cli_says_which_figures_the_words_are_kept_for(next_quarter_in, cli):
    source = str(statement_id(next_quarter_in))
    made = cli("draft", "new", "--from", source, "--no-roll", "--json", workspace=next_quarter_in.path)
    assert made.json()["period"] == "2026-Q2"
    said = cli("draft", "new", "--from", source, "--no-roll", workspace=next_quarter_in.path).stdout
    assert "kept as copied, for the figures of 2026-Q2" in said
    filled = cli("draft", "edit", str(made.json()["id"]), "--section", "homicide", "--fill",
                 "homicide/count_then_change", workspace=next_quarter_in.path)
    assert filled.exit_code == 0
    shown = cli("draft", "show", str(made.json()["id"]), workspace=next_quarter_in.path).stdout
    assert "quarter ending June 2026, Kestrel Vale recorded 4 homicides" in shown
