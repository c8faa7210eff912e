"""A total for the financial year so far, copied forward: "bringing the total
so far in 2026/27 to 514" a quarter on within the year is the new quarters'
sum, which review verifies, where it was kept as written and review then
called it wrong; one crossing into the next financial year is left for the
writer. A statement dated only by its title's quarter ("…, July to September
2026") is reviewed for that quarter, where it was checked against 2025.

The statements and figures are written for the project (the force is real,
its figures invented)."""

from __future__ import annotations

import pytest

import drafter

FIGURES = """\
area,measure,period,value
Dyfed-Powys,drug_seizures,2026-Q2,240
Dyfed-Powys,drug_seizures,2026-Q3,274
Dyfed-Powys,drug_seizures,2026-Q4,251
Dyfed-Powys,drug_seizures,2027-Q1,230
Dyfed-Powys,drug_seizures,2027-Q2,245
"""

STATEMENT = """\
# Dyfed-Powys Police and Crime Commissioner: Statement on the National Policing Priorities, {period}

## Introduction

This statement is published every quarter and covers {period}.

## Disrupt drugs supply and county lines

Officers made {quarter} drug seizures in {period}, bringing the total so far in 2026/27 to {total}.
"""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    folder = tmp_path_factory.mktemp("year-to-date")
    (folder / "figures.csv").write_text(FIGURES, encoding="utf-8")
    (folder / "september.md").write_text(
        STATEMENT.format(period="July to September 2026", quarter=274, total=514), encoding="utf-8")
    (folder / "march.md").write_text(
        STATEMENT.format(period="January to March 2027", quarter=230, total=995), encoding="utf-8")
    with drafter.open_workspace(folder / "ws", seed=False) as opened:
        opened.import_figures(folder / "figures.csv")
        opened.add_statements([folder / "september.md", folder / "march.md"], force="Dyfed-Powys")
        yield opened, folder


def _statement(opened, month: str):
    return next(s.id for s in opened.list_statements() if s.date and s.date.startswith(month))


def test_a_statement_dated_by_its_titles_quarter_is_reviewed_for_that_quarter(workspace):
    opened, folder = workspace
    report = opened.review(folder / "september.md", area="Dyfed-Powys")
    assert report.period == "2026-Q3"
    assert {(m.text, m.status) for m in report.figures if m.status != "not-a-figure"} == {
        ("274", "verified"), ("514", "verified")}


def test_only_the_total_its_span_belongs_to_is_held_to_the_years_quarters(workspace):
    opened, folder = workspace
    (folder / "probe.md").write_text(STATEMENT.format(period="July to September 2026", quarter=274, total=514)
                                     .replace("Officers made", "There have been 514 drug seizures so far this financial "
                                              "year, up from 480. So far this financial year, to the end of August, "
                                              "officers have made 420 drug seizures. Between April and August 2026 "
                                              "officers made 420 drug seizures, and 514 so far this financial year. "
                                              "Officers made"), encoding="utf-8")
    report = opened.review(folder / "probe.md", area="Dyfed-Powys")
    assert [f.message for f in report.findings if f.kind == "wrong-figure"] == []
    assert [m.status for m in report.figures if m.text in ("514", "480", "420")][:4] == [
        "verified", "unverified", "unverified", "unverified"]


def test_a_year_to_date_total_moves_a_quarter_on_within_the_year(workspace):
    opened, _ = workspace
    draft = opened.new_draft(from_statement=_statement(opened, "2026-09"))
    opened.save_draft(draft)
    [paragraph] = draft.section("drugs-county-lines").paragraphs
    assert paragraph.text == ("Officers made 251 drug seizures in October to December 2026, bringing the total so "
                              "far in 2026/27 to 765.")
    report = opened.review(draft.id)
    assert {(m.text, m.status) for m in report.figures if m.status != "not-a-figure"} == {
        ("251", "verified"), ("765", "verified")}


def test_a_total_crossing_into_the_next_financial_year_is_left_for_the_writer(workspace):
    opened, _ = workspace
    draft = opened.new_draft(from_statement=_statement(opened, "2027-03"))
    [paragraph] = draft.section("drugs-county-lines").paragraphs
    assert "to 995" in paragraph.text
    assert any(entry["text"] == "995" for entry in paragraph.origin.not_rolled)
