"""A quarter named by its number alone ("In Quarter 1 there were 12
homicides", "down from 10 in Quarter 4") is the quarter the statement it
stands in means: its own, where that is its number in the financial or the
calendar year, else the latest quarter of that number in the financial year,
as police and crime reports count. Review checks the count beside it against
that quarter, and copy forward moves the number with the figures. In a
statement on a calendar year "Quarter 1" could be either count's, and is not
read.

Kestrel Vale is fictional; its quarters' homicides are 9 (January to March
2025), 11, 10, 10, 10 (January to March 2026), 12 (April to June 2026) and
13 (July to September 2026).
"""

from __future__ import annotations

import pytest

from drafter.figures import Period, find_periods, rewrite
from drafter.statement import PARAGRAPH

FIGURES = """\
area,measure,period,value
Kestrel Vale,homicides,2025-Q1,9
Kestrel Vale,homicides,2025-Q2,11
Kestrel Vale,homicides,2025-Q3,10
Kestrel Vale,homicides,2025-Q4,10
Kestrel Vale,homicides,2026-Q1,10
Kestrel Vale,homicides,2026-Q2,12
Kestrel Vale,homicides,2026-Q3,13
"""

STATEMENT = """\
Kestrel Vale Police and Crime Panel

12 August 2026

Title: National Policing Priorities statement

This statement covers April to June 2026 (Quarter 1 of 2026/27).

Reduce murder and other homicide

1. {sentence}
"""


@pytest.mark.parametrize("number, own, meant", [
    (1, "2026-Q2", "2026-Q2"),  # the statement's own quarter, first of the financial year
    (2, "2026-Q2", "2026-Q2"),  # and second of the calendar year
    (4, "2026-Q2", "2026-Q1"),  # the quarter before: the last of 2025/26
    (3, "2026-Q2", "2025-Q4"),
    (1, "2025/26", "2025-Q2"),  # a financial year's first quarter
    (4, "2025/26", "2026-Q1"),
])
def test_a_quarter_named_by_its_number_is_the_one_its_statement_means(number, own, meant):
    (phrase,) = find_periods(f"In Quarter {number} there were 12 homicides.")
    assert phrase.relative and phrase.quarter == number
    assert str(phrase.resolve(Period.parse(own))) == meant


def test_in_a_statement_on_a_calendar_year_a_bare_quarter_is_not_read():
    (phrase,) = find_periods("In Quarter 1 there were 12 homicides.")
    assert phrase.resolve(Period.parse("2025")) is None


def test_a_quarter_with_its_year_is_not_a_bare_one():
    assert [(p.style, str(p.period)) for p in find_periods("Quarter 1 of 2026/27 and Quarter 2 2026")] == [
        ("financial_quarter", "2026-Q2"), ("calendar_quarter", "2026-Q2")]


def test_copy_forward_writes_the_number_of_the_new_quarter():
    (phrase,) = find_periods("quarter 4")
    assert rewrite(phrase, Period.parse("2026-Q2")) == "quarter 1"


@pytest.fixture
def kestrel(empty_workspace, tmp_path):
    (tmp_path / "kestrel.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "kestrel.csv")
    return empty_workspace


def _review(workspace, tmp_path, sentence):
    path = tmp_path / "kestrel-vale-2026-08.txt"
    path.write_text(STATEMENT.format(sentence=sentence), encoding="utf-8")
    return workspace.review(path, area="Kestrel Vale")


def test_counts_beside_bare_quarters_are_checked_against_those_quarters(kestrel, tmp_path):
    report = _review(kestrel, tmp_path, "In Quarter 1 there were 12 homicides, up from 10 in Quarter 4.")
    assert {(m.text, m.period, m.status) for m in report.figures if m.text in ("12", "10")} == {
        ("12", "2026-Q2", "verified"), ("10", "2026-Q1", "verified")}


def test_a_wrong_count_for_a_bare_quarter_names_that_quarter(kestrel, tmp_path):
    report = _review(kestrel, tmp_path, "Quarter 4 saw 11 homicides.")
    assert [f.message.split(" (")[0] for f in report.findings if f.kind == "wrong-figure"] == [
        "11 homicides in 2026-Q1: the figures give 10 for Kestrel Vale"]


@pytest.mark.parametrize("sentence, rolled", [
    ("In Quarter 1 there were 12 homicides in Kestrel Vale, up from 10 in Quarter 4.",
     "In Quarter 2 there were 13 homicides in Kestrel Vale, up from 12 in Quarter 1."),
    ("Quarter 1 saw 12 homicides.", "Quarter 2 saw 13 homicides."),
    ("There were 12 homicides in quarter 1.", "There were 13 homicides in quarter 2."),
])
def test_copy_forward_moves_bare_quarters_with_their_figures(kestrel, tmp_path, sentence, rolled):
    path = tmp_path / "kestrel-vale-2026-08.txt"
    path.write_text(STATEMENT.format(sentence=sentence), encoding="utf-8")
    kestrel.add_statements([path], force="Kestrel Vale")
    statement = kestrel.list_statements()[0].id
    draft = kestrel.new_draft(from_statement=statement)
    (paragraph,) = [p for p in draft.section("homicide").paragraphs if p.kind == PARAGRAPH]
    assert paragraph.text == rolled
    assert not paragraph.origin.not_rolled
    report = kestrel.review(draft.id)
    assert not [f for f in report.findings if f.kind in ("wrong-figure", "stale-figure", "direction", "arithmetic")]
