"""A change in a table's Change column that is this year's change and, by
chance, last year's too ("Victim satisfaction | 73.4% | 71.9% | +1.5 points",
satisfaction having risen 1.5 points the year before as well) is verified,
where it was a stale-figure saying "1.5 points is the change for 2025-Q3 …
(the change … from 2025-Q3 to 2026-Q3: +1.5 percentage points)". A row
whose first cell says its figures are percentages ("Victim satisfaction (%) |
73.4 | 71.9 | +1.5 points") is read as percentages, where its cells were "not
matched to a measure and period"; and a percentage in a period column that is
another period's figure (72.8, April to June's, under July to September) is
wrong, as a count there is, where it was left unverified.

The figures are made up for the tests (tests/fixtures/panel-neighbours-figures.csv):
Staffordshire's victim satisfaction was 70.4% in July to September 2024, 71.9%
a year later and 73.4% in July to September 2026.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import drafter

FIXTURE = Path(__file__).parent / "fixtures" / "panel-neighbours-figures.csv"
PAGE = """# Staffordshire Commissioner: National Policing Priorities, July to September 2026

Published 19 November 2026

## Improve victim satisfaction

| Measure | Jul to Sep 2026 | Jul to Sep 2025 | Change |
|---|---|---|---|
| {row} |
"""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("change-column")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(FIXTURE)
        yield opened, root


def _review(workspace, row):
    opened, root = workspace
    path = root / "staffordshire-2026-11.md"
    path.write_text(PAGE.format(row=row), encoding="utf-8")
    report = opened.review(path, area="Staffordshire")
    return {m.text: m.status for m in report.figures}, report.findings


def test_this_years_change_equal_to_last_years_is_not_stale(workspace):
    status, findings = _review(workspace, "Victim satisfaction | 73.4% | 71.9% | +1.5 points")
    assert status["1.5 points"] == "verified"
    assert not [f for f in findings if f.kind in ("stale-figure", "unverified-figure")]


def test_a_row_headed_as_percentages_is_read_as_percentages(workspace):
    status, findings = _review(workspace, "Victim satisfaction (%) | 73.4 | 71.9 | +1.5 points")
    assert status["73.4"] == status["71.9"] == status["1.5 points"] == "verified"
    assert not [f for f in findings if f.kind in ("stale-figure", "unverified-figure")]


@pytest.mark.parametrize("row", ["Victim satisfaction (%) | 72.8 | 71.9 | +0.9 points",
                                 "Victim satisfaction | 72.8% | 71.9% | +0.9 points"])
def test_another_periods_percentage_in_a_period_column_is_wrong(workspace, row):
    status, findings = _review(workspace, row)
    cell = row.split(" | ")[1]
    assert status[cell] == "wrong"
    [message] = [f.message for f in findings if f.kind == "wrong-figure"]
    assert message.startswith(f"{cell} victim satisfaction in 2026-Q3: the figures give 73.4%")
