"""Half a year given where a period is asked for ("--period 'first half of
2026/27'", "April to September 2026", "H1 2026/27") is refused saying that
half a year is no period figures are stored for and what to give instead,
where the message listed the ways of writing a period as if it were
misspelt."""

from __future__ import annotations

import pytest

from drafter.errors import BadPeriod
from drafter.figures.periods import Period


@pytest.mark.parametrize("text", ["first half of 2026/27", "April to September 2026", "H1 2026/27",
                                  "the six months to September 2026", "the first half of the year",
                                  "between October 2025 and March 2026"])
def test_half_a_year_is_refused_as_no_period_figures_are_stored_for(text):
    with pytest.raises(BadPeriod) as caught:
        Period.parse(text)
    assert str(caught.value) == (f"bad period {text!r}: half a year is no period figures are stored for; give one "
                                 "of its quarters (such as 2026-Q3) or the twelve months ending with it (such as "
                                 "YE2026-09)")


def test_three_months_that_are_no_quarter_are_refused_as_before():
    with pytest.raises(BadPeriod, match="expected a year"):
        Period.parse("May to July 2026")


@pytest.mark.parametrize("sentence, words", [
    ("Between October 2025 and March 2026, 9 homicides were recorded.", "Between October 2025 and March 2026"),
    ("There were 8 homicides in April to September 2026.", "April to September 2026"),
    ("In the first half of the year there were 8 homicides.", "first half of the year")])
def test_a_count_beside_half_a_year_is_named_as_half_a_years_however_the_half_is_written(sentence, words):
    # Review, copy forward and the periods module read half a year alike: one reading, one home.
    from drafter.claims.running_totals import own_span, span_words

    assert own_span(sentence) == words
    assert span_words(words) == f"half a year's count ('{words}')"


@pytest.mark.parametrize("words, quarters", [
    ("the same half of 2024/25", ("2024-Q2", "2024-Q3")),   # the year it names, not the one before the statement's
    ("the same half a year earlier", ("2025-Q2", "2025-Q3")),
    ("H2 2025/26", ("2025-Q4", "2026-Q1")),
    ("the second 2026/27 figures", None),                   # no half named
    ("2nd 2026", None)])
def test_the_quarters_of_the_half_a_year_words_name(words, quarters):
    from drafter.figures.half_year_names import half_year_quarters

    found = half_year_quarters(words, Period.parse("YE2026-09"))
    assert (tuple(str(quarter) for quarter in found) if found else None) == quarters
