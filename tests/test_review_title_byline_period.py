"""A title that names the quarter and, in the byline folded into it, the day
the statement was published ("…: April to June 2026 – Northumbria Police and
Crime Commissioner, published 19 August 2026") reports on that quarter: the
date's year is no second period, where the review fell back to the calendar
year before the statement's date and checked the quarter's figures as 2025's.
"""

from __future__ import annotations

import pytest

FIGURES = """area,measure,period,value
Northumbria,knife_offences,2026-Q2,371
Northumbria,knife_offences,2025,1530
"""


@pytest.mark.parametrize("byline", ["published 19 August 2026", "published August 2026",
                                    "published 19 Aug. 2026"])
def test_the_byline_date_does_not_hide_the_quarter_the_title_names(empty_workspace, tmp_path, byline):
    (tmp_path / "figures.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "figures.csv")
    path = tmp_path / "northumbria.md"
    path.write_text("# Statement on the National Policing Priorities: April to June 2026\n\n"
                    f"Northumbria Police and Crime Commissioner, {byline}\n\n## Reduce serious violence\n\n"
                    "There were 371 knife crime offences in the quarter.\n", encoding="utf-8")
    report = empty_workspace.review(path, area="Northumbria")
    assert report.period == "2026-Q2"
    assert next(m for m in report.figures if m.text == "371").status == "verified"
