"""A header giving both "Title:" and "Period covered: July to September 2026"
keeps the period line with the title, so the statement is checked for July
to September and an opening sentence copied from last quarter ("It covers
April to June 2026") gets a stale-date warning, where the period line was
dropped, the figures were checked for April to June and nothing was said.

The statement is written for the project; the figures are made up
(tests/fixtures/panel-neighbours-figures.csv).
"""

from __future__ import annotations

from pathlib import Path

import drafter
from drafter.corpus import read_statement

FIXTURE = Path(__file__).parent / "fixtures" / "panel-neighbours-figures.csv"
STATEMENT = """Cheshire Police and Crime Panel

November 2026

Title: National Policing Priorities: Police and Crime Commissioner's statement

Period covered: July to September 2026

Introduction

1. This report sets out the Commissioner's statement. It covers April to June 2026 and is brought to the Panel for scrutiny.

Reduce serious violence

2. There were 124 knife or sharp instrument offences in the quarter.
"""


def test_a_period_covered_line_under_a_title_field_is_kept_with_the_title(tmp_path):
    path = tmp_path / "cheshire-2026-11.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    assert read_statement(path).title == ("National Policing Priorities: Police and Crime Commissioner's statement "
                                          "– Period covered: July to September 2026")


def test_an_opening_naming_last_quarter_under_it_is_a_stale_date(tmp_path):
    path = tmp_path / "cheshire-2026-11.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as opened:
        opened.import_figures(FIXTURE)
        report = opened.review(path, area="Cheshire")
    assert report.period == "2026-Q3"
    assert [f.message for f in report.findings if f.kind == "stale-date"] == [
        "April to June 2026 is the period this paragraph says the statement covers, but the statement is for "
        "2026-Q3 (as its title says): give it the statement's period"]
    assert {m.text: m.status for m in report.figures}["124"] == "verified"
