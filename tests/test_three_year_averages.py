"""A figure set against an average of several years ("9.6% below the
three-year average", "against a three-year average of 275.3"): review holds
it to the same period's mean over the years before, or the years to and
including it, and copy forward works it out again for the next period on the
reading the statement held on, where both left it to the writer (and copy
forward once moved "an average of 268.0" as if it were 2025's count).

The statements and figures are written for the project (the force is real,
its figures invented)."""

from __future__ import annotations

from decimal import Decimal

import pytest

import drafter
from drafter.figures import derived
from drafter.figures.figureset import FigureSet
from drafter.figures.model import Figure

FIGURES = """\
area,measure,period,value
Lancashire,knife_offences,2023-Q2,266
Lancashire,knife_offences,2024-Q2,270
Lancashire,knife_offences,2025-Q2,268
Lancashire,knife_offences,2026-Q2,262
Lancashire,knife_offences,2023-Q3,270
Lancashire,knife_offences,2024-Q3,275
Lancashire,knife_offences,2025-Q3,281
Lancashire,knife_offences,2026-Q3,249
Lancashire,victim_satisfaction,2023-Q3,71.0
Lancashire,victim_satisfaction,2024-Q3,72.5
Lancashire,victim_satisfaction,2025-Q3,73.4
Lancashire,victim_satisfaction,2026-Q3,74.8
Lancashire,population,2026,1500000
"""

HEAD = """\
# Lancashire Police and Crime Commissioner: Statement on the National Policing Priorities, {period}

## Introduction

This statement is published every quarter and covers {period}.

"""

JULY = HEAD.format(period="July to September 2026") + """\
## Reduce serious violence

In July to September 2026 there were 249 knife crime offences, 9.6% below the three-year average.

There were 249 knife crime offences in July to September 2026, against a three-year average of 275.3.

In July to September 2026 there were 249 knife crime offences, 7.2% below the three-year average.

In July to September 2026 there were 249 knife crime offences, 12.0% below the three-year average.

In July to September 2026 there were 249 knife crime offences, 9.6% above the three-year average.

In July to September 2026 there were 249 knife crime offences, 9.6% below the five-year average.

In July to September 2026 there were 249 knife crime offences, down from 281 in July to September 2025, and \
9.6% below the three-year average.

In July to September 2026 there were 249 knife crime offences, a rate of 0.17 per 1,000 people, against a \
three-year average of 0.18.

## Improve victim satisfaction

In July to September 2026, 74.8% of victims were satisfied, 2.5 percentage points above the three-year average.

In July to September 2026, 74.8% of victims were satisfied, up 1.4 percentage points on the same quarter last \
year and 2.5 points above the three-year average.
"""

APRIL = HEAD.format(period="April to June 2026") + """\
## Reduce serious violence

In April to June 2026 there were 262 knife crime offences, 2.2% below the three-year average.

There were 262 knife crime offences in April to June 2026, against a three-year average of 268.0.
"""


def test_the_average_is_of_the_same_period_in_the_years_before_or_to_and_including_it():
    figures = FigureSet([Figure("knife_offences", "Lancashire", period, value) for period, value in
                         (("2023-Q3", 270), ("2024-Q3", 275), ("2025-Q3", 281), ("2026-Q3", 249))])
    before = derived.average_of_years(figures, "knife_offences", "Lancashire", "2026-Q3", 3)
    assert round(before.value, 2) == Decimal("275.33")
    assert [f.period for f in before.figures] == ["2023-Q3", "2024-Q3", "2025-Q3"]
    including = derived.change_on_average(figures, "knife_offences", "Lancashire", "2026-Q3", 3, including=True)
    assert round(including.value, 1) == Decimal("-7.2")


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    folder = tmp_path_factory.mktemp("averages")
    (folder / "figures.csv").write_text(FIGURES, encoding="utf-8")
    (folder / "july.md").write_text(JULY, encoding="utf-8")
    (folder / "april.md").write_text(APRIL, encoding="utf-8")
    with drafter.open_workspace(folder / "ws", seed=False) as opened:
        opened.import_figures(folder / "figures.csv")
        opened.add_statements([folder / "april.md"], force="Lancashire")
        yield opened, folder


@pytest.fixture(scope="module")
def july(workspace):
    opened, folder = workspace
    return opened.review(folder / "july.md", area="Lancashire")


def test_review_verifies_a_change_or_level_on_either_reading_of_the_average(july):
    statuses = [(m.text, m.status) for m in july.figures if m.status != "not-a-figure" and m.text not in ("249", "74.8%")]
    assert statuses[:3] == [("9.6%", "verified"), ("275.3", "verified"), ("7.2%", "verified")]
    assert ("2.5 percentage points", "verified") in statuses
    assert ("2.5 points", "verified") in statuses  # after another change in its sentence


def test_the_average_is_held_to_the_periods_own_count_not_a_rate_or_an_earlier_count(july):
    nine_six = [m.status for m in july.figures if m.text == "9.6%"]
    assert nine_six.count("verified") == 2  # the first sentence's, and the one quoting 281 a year earlier first
    assert [m.status for m in july.figures if m.text == "0.18"] == ["unverified"]


def test_an_average_of_none_says_so_rather_than_naming_a_missing_figure():
    figures = FigureSet([Figure("homicides", "Lancashire", period, value) for period, value in
                         (("2023-Q3", 0), ("2024-Q3", 0), ("2025-Q3", 0), ("2026-Q3", 2))])
    with pytest.raises(ValueError, match="the 3-year average of homicides to set 2026-Q3 against is none"):
        derived.change_on_average(figures, "homicides", "Lancashire", "2026-Q3", 3)


def test_a_change_on_neither_reading_is_an_arithmetic_error_giving_both(july):
    [wrong] = [f.message for f in july.findings if f.kind == "arithmetic"]
    assert wrong.startswith("12.0%, given against the 3-year average of knife_offences in 2026-Q3: the figures give "
                            "-9.6% (knife_offences, 2026-Q3 against the mean of 2023-Q3, 2024-Q3, 2025-Q3 (275.33)")
    assert "or -7.2%" in wrong


def test_a_change_pointing_the_wrong_way_is_a_direction_error(july):
    [wrong] = [f.message for f in july.findings if f.kind == "direction"]
    assert wrong.startswith("'9.6% above the 3-year average' says the figure is above it")


def test_an_average_whose_years_are_not_stored_says_which(july):
    assert ("9.6%: set against the 5-year average of knife_offences, which needs knife_offences for 2021-Q3, not "
            "stored; check it against its source") in [f.message for f in july.findings]


def test_copy_forward_works_the_average_out_again_and_review_verifies_it(workspace):
    opened, _ = workspace
    draft = opened.new_draft(from_statement=opened.list_statements()[0].id)
    opened.save_draft(draft)
    assert [p.text for p in draft.section("serious-violence").paragraphs] == [
        "In July to September 2026 there were 249 knife crime offences, 9.6% below the three-year average.",
        "There were 249 knife crime offences in July to September 2026, against a three-year average of 275.3."]
    report = opened.review(draft.id)
    assert {(m.text, m.status) for m in report.figures if m.text in ("9.6%", "275.3")} == {
        ("9.6%", "verified"), ("275.3", "verified")}
