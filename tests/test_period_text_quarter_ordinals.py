"""A quarter named by its place in the year is written again for another
quarter as English says it: "It covers the first three months of 2026" in a
statement copied a quarter on covers "the second quarter of 2026", where it
said "the second three months of 2026" (and a year's end "the fourth three
months")."""

from __future__ import annotations

import pytest

from drafter.figures.period_text import find_periods, rewrite
from drafter.figures.periods import Period


@pytest.mark.parametrize("words, period, expected", [
    ("the first three months of 2026", "2026-Q2", "second quarter of 2026"),
    ("the first three months of 2026", "2026-Q3", "third quarter of 2026"),
    ("the first three months of 2026", "2026-Q4", "last three months of 2026"),
    ("the last three months of 2025", "2026-Q1", "first three months of 2026"),
    ("the final three months of 2025", "2026-Q4", "final three months of 2026"),
    ("the second quarter of 2026", "2026-Q3", "third quarter of 2026"),
    ("the 1st quarter of 2026", "2026-Q2", "2nd quarter of 2026"),
])
def test_a_quarter_named_by_its_place_is_written_as_english_says_it(words, period, expected):
    [phrase] = find_periods(words)
    new = rewrite(phrase, Period.parse(period))
    assert new == expected
    # and read back as the quarter it was written for
    assert [str(p.period) for p in find_periods(new)] == [period]
