"""Rolling forward a statement that quotes the national picture for a year
ending in a month other than December (the Home Office's quarterly releases:
"the year ending June 2024"), as a Welsh force's office writes it.

The figures (tests/fixtures/national/forces-rolling-years.csv) are made up
for all 43 forces and England and Wales, for the years ending June and
September 2023 and 2024; the statement quotes Gwent's for the year ending
June 2024 correctly.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import drafter

FIXTURES = Path(__file__).parent / "fixtures" / "national"
STATEMENT = FIXTURES / "gwent-2024-09-year-ending.txt"
FIGURES = FIXTURES / "forces-rolling-years.csv"


@pytest.fixture(scope="module")
def rolled(tmp_path_factory):
    root = tmp_path_factory.mktemp("rolling-year")
    with drafter.open_workspace(root / "ws", seed=False) as workspace:
        workspace.import_figures(FIGURES)
        workspace.add_statements([STATEMENT])
        statement = workspace.list_statements()[0].id
        draft = workspace.new_draft(from_statement=statement)
        workspace.save_draft(draft)
        report = workspace.review(draft.id)
    return draft, report


def _paragraph(draft, key: str, opening: str):
    return next(p for p in draft.section(key).paragraphs if p.text.startswith(opening))


def test_the_year_ending_june_moves_to_september_when_it_opens_the_sentence(rolled):
    draft, _ = rolled
    assert draft.period == "YE2024-09"
    knives = _paragraph(draft, "serious-violence", "In the year ending")
    assert knives.text == ("In the year ending September 2024, Gwent Police recorded 1,411 knife offences, the 10th "
                           "highest number of the 43 forces in England and Wales.")
    assert knives.origin.not_rolled == []


def test_the_national_rate_and_the_forces_rate_move_together(rolled):
    draft, _ = rolled
    homicides = draft.section("homicide").paragraphs[0]
    assert homicides.text == ("Gwent Police recorded 19 homicides in the year ending September 2024, below the "
                              "national rate of 10.9 per million population.")
    rate = _paragraph(draft, "serious-violence", "The rate of knife offences")
    assert "58.0 per 100,000 population in the year ending September 2024" in rate.text
    assert rate.text.endswith("below the England and Wales average of 68.4.")


def test_the_rolled_draft_passes_its_own_review_of_ranks_and_national_figures(rolled):
    _, report = rolled
    assert [f.message for f in report.findings if f.kind in ("wrong-rank", "wrong-figure")] == []
    checked = {claim.text: claim.status for claim in report.ranks}
    assert checked["10th highest"] == "verified"
    assert checked["below the England and Wales average"] == "verified"


@pytest.mark.parametrize("period, main, target, moved", [
    ("YE2024-06", "YE2024-06", "YE2024-09", "YE2024-09"),  # the statement's own rolling year
    ("YE2023-06", "YE2024-06", "YE2024-09", "YE2023-09"),  # and the year it is compared with
    ("YE2024-09", "YE2024-09", "2024", "2024"),            # the year ending December is the calendar year
    ("YE2024-06", "2024-Q2", "2024-Q3", "YE2024-09"),      # a rolling year quoted in a quarterly statement
    ("2023/24", "YE2024-09", "2024", "2023/24"),           # a financial year waits for its own end
])
def test_a_rolling_year_moves_a_quarter_with_the_statement(period, main, target, moved):
    from drafter.figures.periods import Period

    assert str(Period.parse(period).moved(Period.parse(main), Period.parse(target))) == moved
