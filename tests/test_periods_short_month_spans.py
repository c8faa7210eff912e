"""A quarter named by abbreviated months and a two-digit year, as performance
packs write it ("Oct-Dec 25", "Jan–Mar '26"), is that quarter: review checks
the figures beside it for it and copy forward moves it in its own words, where
"25" was read as a count no figure matched and the figures beside it were held
to the statement's period.

The statements and figures are written for the project (the force is real,
its figures invented).
"""

from __future__ import annotations

import pytest

import drafter
from drafter.figures.period_text import find_periods, rewrite
from drafter.figures.periods import Period


@pytest.mark.parametrize("text, period", [("Oct-Dec 25", "2025-Q4"), ("Jan–Mar '26", "2026-Q1"),
                                          ("Apr to Jun 26", "2026-Q2"), ("Jul - Sep 26", "2026-Q3")])
def test_abbreviated_months_and_two_digits_name_a_quarter(text, period):
    [phrase] = find_periods(f"In {text} there were 3 homicides")
    assert (phrase.text, str(phrase.period)) == (text, period)


@pytest.mark.parametrize("text", ["From April to June 26 homicides were recorded",
                                  "Apr-Jun 26% of calls", "Sep-Nov 25 cases"])
def test_full_month_names_a_percentage_or_no_quarter_are_not_read_so(text):
    assert [p.text for p in find_periods(text)] == []


def test_a_short_quarter_moves_in_its_own_words():
    [phrase] = find_periods("Oct-Dec 25")
    assert rewrite(phrase, Period.parse("2026-Q1")) == "Jan-Mar 26"
    [phrase] = find_periods("Jan–Mar '26")
    assert rewrite(phrase, Period.parse("2026-Q2")) == "Apr–Jun '26"


@pytest.fixture(scope="module")
def cumbria(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cumbria")
    (folder / "figures.csv").write_text(
        "area,measure,period,value\nCumbria,homicides,2025-Q4,3\nCumbria,homicides,2026-Q1,2\n"
        "Cumbria,homicides,2026-Q2,4\nCumbria,homicides,2026-Q3,1\n", encoding="utf-8")
    statement = folder / "cumbria.txt"
    statement.write_text("Cumbria Police, Fire and Crime Commissioner\n\n20 May 2026\n\nIntroduction\n\n"
                         "This statement on the national policing priorities covers January to March 2026.\n\n"
                         "Reduce murder and other homicide\n\n"
                         "In Jan-Mar 26 there were 2 homicides in Cumbria, against 3 in Oct-Dec 25.\n"
                         "\nReduce serious violence\n\nWork with partners continues.\n\n"
                         "Tackle neighbourhood crime\n\nPatrols continue in every town.\n\n"
                         "Improve victim satisfaction\n\nA survey is under way.\n", encoding="utf-8")
    with drafter.open_workspace(folder / "ws", seed=False) as workspace:
        workspace.import_figures(folder / "figures.csv")
        yield workspace, statement


def test_review_holds_each_figure_to_its_short_quarter(cumbria):
    workspace, statement = cumbria
    report = workspace.review(statement, area="Cumbria").to_dict()
    numbers = {n["text"]: (n["status"], n["period"]) for n in report["figures"] if n["text"] in ("2", "3", "25", "26")}
    assert numbers == {"2": ("verified", "2026-Q1"), "3": ("verified", "2025-Q4"),
                       "25": ("not-a-figure", None), "26": ("not-a-figure", None)}


def test_copy_forward_moves_a_short_quarter_and_its_figures(cumbria):
    workspace, statement = cumbria
    [added] = workspace.add_statements([statement], force="Cumbria").added
    draft = workspace.new_draft(from_statement=added["id"])
    texts = [p.text for p in draft.section("homicide").paragraphs]
    assert "In Apr-Jun 26 there were 4 homicides in Cumbria, against 2 in Jan-Mar 26." in texts
