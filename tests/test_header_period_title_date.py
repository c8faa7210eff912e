"""A statement with no date of its own is dated by the month ending the one
period its title names, however the title writes it ("2026 Q2", "YE Jun 26",
"the second quarter of 2026", "financial year 2025 to 2026"), as it was for
"Q2 2026" and "year ending June 2026": these were added "date unknown".

The statements are written for the project.
"""

from __future__ import annotations

import pytest

from drafter.corpus import read_statement

BODY = """

## Reduce murder and other homicide

There were 2 homicides in Cumbria this quarter, as set out under the National Policing Priorities.

## Reduce serious violence

Knife crime fell.
"""


@pytest.mark.parametrize("title, date", [
    ("National Policing Priorities: 2026 Q2", "2026-06"),
    ("National Policing Priorities – YE Jun 26", "2026-06"),
    ("National Policing Priorities – the second quarter of 2026", "2026-06"),
    ("National Policing Priorities – financial year 2025 to 2026", "2026-03"),
    ("National Policing Priorities: Quarter 2 of 2026", "2026-06"),
    ("National Policing Priorities: Q4 2025/26", "2026-03"),
])
def test_a_statement_is_dated_by_the_period_its_title_names(tmp_path, title, date):
    path = tmp_path / "statement.md"
    path.write_text(f"# {title}{BODY}", encoding="utf-8")
    assert read_statement(path, None, ("Cumbria",)).date == date
