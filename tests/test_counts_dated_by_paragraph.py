"""A count whose sentence names no period ("Seven county lines were closed,
up from 2.") is the period its paragraph names: rolled forward with the
other figures, in words when written in words, and held by review to that
period's figure. Also: "the last quarter of 2025/26" rolls to "the first
quarter of 2026/27".

The Cumbria statements and figures are written for the project (the force
is real, its figures here invented).
"""

from __future__ import annotations

import pytest

from drafter.figures.period_text import find_periods, rewrite
from drafter.figures.periods import Period
from drafter.statement import PARAGRAPH

FIGURES = """\
area,measure,period,value,unit
Cumbria,population,2025,500000,
Cumbria,population,2026,500000,
Cumbria,drug_seizures,2025-Q2,140,
Cumbria,drug_seizures,2025-Q3,150,
Cumbria,drug_seizures,2026-Q2,158,
Cumbria,drug_seizures,2026-Q3,175,
Cumbria,drug_seizures,2026-Q1,149,
Cumbria,county_lines_closed,2025-Q1,4,
Cumbria,county_lines_closed,2026-Q1,4,
Cumbria,county_lines_closed,2025-Q2,2,
Cumbria,county_lines_closed,2025-Q3,5,
Cumbria,county_lines_closed,2026-Q2,7,
Cumbria,county_lines_closed,2026-Q3,5,
"""

STATEMENT = """\
Cumbria Police and Crime Panel

August 2026

Title: National Policing Priorities – Cumbria Police and Crime Commissioner Statement

This statement covers April to June 2026.

Disrupt drugs supply and county lines

Officers made 158 drug seizures in April to June 2026. Seven county lines were closed, up from 2.
"""


@pytest.fixture
def cumbria(empty_workspace, tmp_path):
    (tmp_path / "cumbria.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "cumbria.csv")
    return empty_workspace


@pytest.fixture
def rolled(cumbria, tmp_path):
    (tmp_path / "cumbria-2026-08.txt").write_text(STATEMENT, encoding="utf-8")
    cumbria.add_statements([tmp_path / "cumbria-2026-08.txt"], force="Cumbria")
    statement = cumbria.list_statements()[0].id
    return cumbria, cumbria.new_draft(from_statement=statement)


def _drugs(draft):
    return [p for p in draft.section("drugs-county-lines").paragraphs if p.kind == PARAGRAPH][0]


def test_a_count_in_words_dated_by_its_paragraph_rolls_with_its_base(rolled):
    _, draft = rolled
    assert draft.period == "2026-Q3"
    assert _drugs(draft).text == ("Officers made 175 drug seizures in July to September 2026. "
                                  "Five county lines were closed, the same as a year earlier.")
    moved = {(entry["old"], entry["new"]) for entry in _drugs(draft).origin.rolled}
    assert ("Seven", "Five") in moved


def test_review_of_the_rolled_draft_disputes_none_of_its_counts(rolled):
    workspace, draft = rolled
    report = workspace.review(draft.id)
    assert not [f for f in report.findings if f.kind in ("wrong-figure", "stale-figure", "direction")]
    statuses = {f["text"]: f["status"] for f in report.to_dict()["figures"] if f["section"] == "drugs-county-lines"}
    assert statuses["Five"] == "verified"


def test_the_last_quarter_of_a_financial_year_rolls_into_the_next_year(cumbria, tmp_path):
    path = tmp_path / "cumbria-2026-05.txt"
    path.write_text(STATEMENT.replace("August 2026", "May 2026")
                    .replace("covers April to June 2026.", "covers January to March 2026, the last quarter of 2025/26.")
                    .replace("Officers made 158 drug seizures in April to June 2026. Seven county lines were "
                             "closed, up from 2.", "Officers made 149 drug seizures in January to March 2026."),
                    encoding="utf-8")
    cumbria.add_statements([path], force="Cumbria")
    draft = cumbria.new_draft(from_statement=cumbria.list_statements()[0].id)
    assert draft.period == "2026-Q2"
    introduction = " ".join(p.text for p in draft.section("introduction").paragraphs)
    assert introduction == "This statement covers April to June 2026, the first quarter of 2026/27."


def test_the_last_quarter_is_read_as_the_fourth_and_stays_the_last():
    phrase = next(p for p in find_periods("the last quarter of 2025/26") if p.style == "ordinal_quarter")
    assert phrase.period == Period.parse("2026-Q1")
    assert rewrite(phrase, Period.parse("2027-Q1")) == "last quarter of 2026/27"
    assert rewrite(phrase, Period.parse("2026-Q2")) == "first quarter of 2026/27"


@pytest.mark.parametrize("sentence, number", [
    ("The force closed 7 county lines, up from 5.", "7"),
    ("7 county lines were closed, up from 5.", "7"),
    ("Seven county lines were closed, up from 5.", "Seven"),
])
def test_a_wrong_count_its_paragraph_dates_is_a_wrong_figure(cumbria, tmp_path, sentence, number):
    path = tmp_path / "cumbria-2026-11.txt"
    path.write_text(STATEMENT.replace("August 2026", "November 2026")
                    .replace("covers April to June 2026.", "covers July to September 2026.")
                    .replace("Officers made 158 drug seizures in April to June 2026. Seven county lines were "
                             "closed, up from 2.", f"Officers made 175 drug seizures in July to September 2026. "
                                                   f"{sentence}"), encoding="utf-8")
    report = cumbria.review(path)
    wrong = [f.message for f in report.findings if f.kind == "wrong-figure"]
    assert wrong == [f"{number} county lines {'were closed' if 'were' in sentence else 'closed'} in 2026-Q3: "
                     f"the figures give 5 for Cumbria (cumbria.csv); {number} is the figure for 2026-Q2"]


def test_a_right_count_its_paragraph_dates_is_verified_and_undated_counts_stay_unjudged(cumbria, tmp_path):
    path = tmp_path / "cumbria-2026-11.txt"
    path.write_text(STATEMENT.replace("August 2026", "November 2026")
                    .replace("Officers made 158 drug seizures in April to June 2026. Seven county lines were "
                             "closed, up from 2.", "Five county lines were closed.\n\nOfficers made 175 drug "
                                                   "seizures in July to September 2026. Five county lines were "
                                                   "closed, the same as a year earlier."), encoding="utf-8")
    report = cumbria.review(path)
    assert not [f for f in report.findings if f.kind == "wrong-figure"]


def test_the_same_as_a_year_earlier_after_a_count_in_words_is_worked_out_again(cumbria, tmp_path):
    path = tmp_path / "cumbria-2026-05.txt"
    path.write_text(STATEMENT.replace("August 2026", "May 2026")
                    .replace("covers April to June 2026.", "covers January to March 2026.")
                    .replace("Officers made 158 drug seizures in April to June 2026. Seven county lines were "
                             "closed, up from 2.", "Officers made 149 drug seizures in January to March 2026. "
                                                   "Four county lines were closed, the same as a year earlier."),
                    encoding="utf-8")
    cumbria.add_statements([path], force="Cumbria")
    draft = cumbria.new_draft(from_statement=cumbria.list_statements()[0].id)
    assert _drugs(draft).text == ("Officers made 158 drug seizures in April to June 2026. Seven county lines were "
                                  "closed, an increase of 250.0% from a year earlier.")
    report = cumbria.review(draft.id)
    assert not [f for f in report.findings if f.kind in ("wrong-figure", "stale-figure", "direction")]
