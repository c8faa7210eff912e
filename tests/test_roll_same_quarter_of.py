""""The same quarter of 2024", and "an increase of two on the same quarter
last year", rolled across the calendar year and reviewed.

A quarterly statement for October to December 2025 compared its figures with
"the same quarter of 2024". Copy forward moved the figures to January to
March 2026 and their changes to January to March 2025, but left "of 2024"
as written and unlisted; a difference after a count dated "between October
and December 2025" was not worked out again ("and" in the period read as a
new clause); and review left "one more than in the same quarter of 2024"
unverified, as it did "one more than in the same quarter last year".

"There were 2 homicides in the quarter, an increase of two on the same
quarter last year" was a direction error in review ("from two to 2"), and
copy forward moved "two" as if it were the quarter's count ("There was 1
homicide in the quarter, an increase of one …", when the count was
unchanged); the change is now checked, and said again, as a difference.

The statement is written for the project; the figures are made up.
"""

from __future__ import annotations

import pytest

AREA = "Cumbria"

FIGURES = """\
area,measure,period,value,unit
Cumbria,homicides,2024-Q4,3,
Cumbria,homicides,2025-Q1,4,
Cumbria,homicides,2025-Q4,4,
Cumbria,homicides,2026-Q1,2,
Cumbria,victim_satisfaction,2024-Q4,69.5,%
Cumbria,victim_satisfaction,2025-Q1,75.4,%
Cumbria,victim_satisfaction,2025-Q4,80.0,%
Cumbria,victim_satisfaction,2026-Q1,68.7,%
"""

STATEMENT = """\
Cumbria Police and Crime Panel

February 2026

Title: National Policing Priorities – Cumbria Police and Crime Commissioner Statement

This statement covers October to December 2025.

Reduce murder and other homicide

1. Four homicides were recorded between October and December 2025, one more than in the same quarter of 2024.

Improve victim satisfaction

2. Satisfaction stood at 80.0% in the quarter, an increase of 10.5 percentage points on the same quarter of 2024.
"""


@pytest.fixture
def rolled(empty_workspace, tmp_path):
    (tmp_path / "figures.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "figures.csv")
    path = tmp_path / "cumbria-2026-02.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    empty_workspace.add_statements([path], force=AREA)
    source = empty_workspace.review(path)
    draft = empty_workspace.new_draft(from_statement=empty_workspace.list_statements()[0].id)
    empty_workspace.save_draft(draft)
    return source, draft, empty_workspace.review(draft.id)


def test_review_checks_a_difference_from_the_same_quarter_of_a_named_year(rolled):
    source, _, _ = rolled
    one = next(n for n in source.figures if n.text == "one")
    assert one.status == "verified" and "2024-Q4" in one.derivation


def test_the_year_of_the_same_quarter_moves_with_the_figures(rolled):
    _, draft, report = rolled
    texts = [p.text for s in draft.sections for p in s.paragraphs if p.origin.kind == "corpus"]
    assert "Two homicides were recorded between January and March 2026, two fewer than in the same quarter of " \
           "2025." in texts
    assert "Satisfaction stood at 68.7% in the quarter, a decrease of 6.7 percentage points on the same quarter " \
           "of 2025." in texts
    assert [f.message for f in report.findings if f.kind in ("unverified-figure", "arithmetic", "not-rolled")] == []


def test_review_checks_a_difference_from_the_same_quarter_last_year(empty_workspace, tmp_path):
    (tmp_path / "figures.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "figures.csv")
    path = tmp_path / "cumbria-2026-02.txt"
    path.write_text(STATEMENT.replace("one more than in the same quarter of 2024",
                                      "two more than in the same quarter last year"), encoding="utf-8")
    report = empty_workspace.review(path, area=AREA)
    assert [f.message for f in report.findings if f.kind == "arithmetic"] == [
        "two more than in 2024-Q4 does not follow from the figures: 3 in 2024-Q4 to 4 in 2025-Q4 is 1 more"]


CHANGE_STATEMENT = """\
Cumbria Police and Crime Panel

May 2026

Title: National Policing Priorities – Cumbria Police and Crime Commissioner Statement

This statement covers January to March 2026.

Reduce murder and other homicide

1. There were 2 homicides in the quarter, a decrease of two on the same quarter last year.

2. There were 2 homicides in the quarter, an increase of 2 compared with the same quarter last year.

3. There were 2 homicides in the quarter, a decrease of 3 compared with the same quarter last year.
"""

CHANGE_FIGURES = """\
area,measure,period,value,unit
Cumbria,homicides,2025-Q1,4,
Cumbria,homicides,2025-Q2,1,
Cumbria,homicides,2026-Q1,2,
Cumbria,homicides,2026-Q2,4,
"""


def test_a_change_given_as_a_count_is_checked_and_said_again(empty_workspace, tmp_path):
    (tmp_path / "figures.csv").write_text(CHANGE_FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "figures.csv")
    path = tmp_path / "cumbria-2026-05.txt"
    path.write_text(CHANGE_STATEMENT, encoding="utf-8")
    empty_workspace.add_statements([path], force=AREA)
    source = empty_workspace.review(path)
    assert [f.message for f in source.findings if f.kind in ("arithmetic", "direction")] == [
        "'increase' says homicides went up, but the figures went from 4 in 2025-Q1 to 2 in 2026-Q1 (-50.0%)",
        "decrease of 3 compared with 2025-Q1 does not follow from the figures: 4 in 2025-Q1 to 2 in 2026-Q1 is 2 "
        "fewer"]
    draft = empty_workspace.new_draft(from_statement=empty_workspace.list_statements()[0].id)
    texts = [p.text for s in draft.sections for p in s.paragraphs if p.origin.kind == "corpus"]
    assert "There were 4 homicides in the quarter, an increase of three on the same quarter last year." in texts
    assert texts.count("There were 4 homicides in the quarter, an increase of 3 compared with the same quarter "
                       "last year.") == 2


def test_none_compared_with_is_the_earlier_count_and_moves_with_it(empty_workspace, tmp_path):
    """"compared with none in the same quarter last year" stayed "none" when the
    quarter a year before the draft's had one homicide, unlisted, and review passed it."""
    (tmp_path / "figures.csv").write_text("area,measure,period,value,unit\nCumbria,homicides,2025-Q1,0,\n"
                                          "Cumbria,homicides,2025-Q2,1,\nCumbria,homicides,2026-Q1,2,\n"
                                          "Cumbria,homicides,2026-Q2,1,\n", encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "figures.csv")
    path = tmp_path / "cumbria-2026-05.txt"
    path.write_text(CHANGE_STATEMENT.split("1. There")[0] + "1. Two homicides were recorded between January and "
                    "March 2026, compared with none in the same quarter last year.\n", encoding="utf-8")
    empty_workspace.add_statements([path], force=AREA)
    none = next(n for n in empty_workspace.review(path).figures if n.text == "none")
    assert none.status == "verified" and none.period == "2025-Q1"
    draft = empty_workspace.new_draft(from_statement=empty_workspace.list_statements()[0].id)
    assert "One homicide was recorded between April and June 2026, compared with one in the same quarter last " \
           "year." in [p.text for s in draft.sections for p in s.paragraphs]
