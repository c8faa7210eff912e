"""A copy that keeps the words as copied (``draft new --from N --no-roll``)
gets the period rolling forward would give it, and nothing else: every
number, period word and comparison stays as the statement has it, and no
paragraph carries a record of a roll.

Kestrel Vale is fictional; the statement and figures are written for these tests.
"""

from __future__ import annotations

import pytest

import drafter.drafts.roll

FIGURES = """\
area,measure,period,value,unit
Kestrel Vale,population,2025,400000,
Kestrel Vale,homicides,2025,21,
Kestrel Vale,homicides,2025-Q1,7,
Kestrel Vale,homicides,2026-Q1,6,
Kestrel Vale,knife_offences,2025-Q1,150,
Kestrel Vale,knife_offences,2026-Q1,162,
Kestrel Vale,victim_satisfaction,2025-Q1,71.0,percent
Kestrel Vale,victim_satisfaction,2026-Q1,74.5,percent
"""
NEXT_QUARTER = """\
area,measure,period,value,unit
Kestrel Vale,homicides,2026-Q2,4,
Kestrel Vale,knife_offences,2026-Q2,131,
Kestrel Vale,victim_satisfaction,2026-Q2,76.0,percent
"""

STATEMENT = """\
Kestrel Vale Police and Crime Panel

June 2026

Title: Quarterly Update on the National Policing Priorities: January to March 2026

Introduction

1. This paper covers January to March 2026, the last quarter of 2025/26.

Reduce murder and other homicide

2. Between January and March 2026 there were 6 homicides in Kestrel Vale, down from 7 a year earlier. There were 21 homicides over 2025.

Reduce serious violence

3. Officers recorded 162 knife offences in January to March 2026, up 8.0% on the same quarter of 2025. Seven schools took part in the knife amnesty.

Improve victim satisfaction

4. Overall victim satisfaction was 74.5% in January to March 2026, up from 71.0%, the highest the force has recorded.

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


@pytest.fixture
def no_roll_allowed(monkeypatch):
    """A copy keeping its words must choose its period without rolling anything."""
    def refuse(*_args, **_kwargs):
        raise AssertionError("a copy keeping its words was rolled")
    monkeypatch.setattr(drafter.drafts.roll, "roll_draft", refuse)


def texts(draft) -> list[str]:
    return [p.text for s in draft.sections for p in s.paragraphs if p.origin.kind == "corpus"]


def source_texts(workspace) -> list[str]:
    statement = workspace.get_statement(workspace.list_statements()[0].id)
    return [p.text for s in statement.sections for p in s.paragraphs]


def test_words_kept_every_number_stays_and_the_draft_is_for_the_next_quarter(next_quarter_in, no_roll_allowed):
    kept = next_quarter_in.new_draft(from_statement=next_quarter_in.list_statements()[0].id, roll=False)
    assert (kept.period, kept.next_period_missing) == ("2026-Q2", None)
    assert texts(kept) == source_texts(next_quarter_in)
    assert kept.title == "Quarterly Update on the National Policing Priorities: January to March 2026"
    assert not any(p.origin.was_rolled or p.origin.not_rolled for s in kept.sections for p in s.paragraphs)
    assert kept.rolled_from is None


def test_words_kept_before_the_next_quarter_is_in_the_draft_waits_for_it(kestrel, no_roll_allowed):
    kept = kestrel.new_draft(from_statement=kestrel.list_statements()[0].id, roll=False)
    assert (kept.period, kept.next_period_missing) == ("2026-Q1", "2026-Q2")
    assert texts(kept) == source_texts(kestrel)


def test_the_period_kept_is_the_one_a_roll_gives(next_quarter_in):
    statement = next_quarter_in.list_statements()[0].id
    rolled = next_quarter_in.new_draft(from_statement=statement)
    kept = next_quarter_in.new_draft(from_statement=statement, roll=False)
    assert (kept.period, kept.next_period_missing) == (rolled.period, rolled.next_period_missing)
    assert texts(rolled) != texts(kept)


def test_the_cli_names_the_period_and_leaves_the_numbers(next_quarter_in, cli):
    made = cli("draft", "new", "--from", str(next_quarter_in.list_statements()[0].id), "--no-roll", "--json",
               workspace=next_quarter_in.path)
    assert made.exit_code == 0 and made.json()["period"] == "2026-Q2"
    shown = cli("draft", "show", str(made.json()["id"]), workspace=next_quarter_in.path).stdout
    assert "there were 6 homicides in Kestrel Vale, down from 7 a year earlier" in shown
    assert "74.5% in January to March 2026, up from 71.0%" in shown
