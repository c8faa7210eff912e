"""A key-figures table gives three periods (this quarter, last quarter, the
same quarter last year) and a change column whose heading says which of the
earlier two the change is on: the change is checked against that pair of
cells, whichever kind it is (a percentage, a signed count, points). The
bundled figures: Severnshire had 208, 192 and 214 knife offences in April to
June 2026, January to March 2026 and April to June 2025; 672, 735 and 694
residential burglaries; 16, 13 and 14 county lines closed; victim
satisfaction of 76.3%, 76.0% and 74.0%."""

from __future__ import annotations

import pytest

STATEMENT = """# Severnshire Police and Crime Commissioner

Date: 5 August 2026

This update covers April to June 2026. It reports on the National Policing Priorities.

## Reduce serious violence

| Measure | This quarter | Last quarter | Same quarter last year | {heading} |
|---|---|---|---|---|
| Knife crime offences | 208 | 192 | 214 | {knives} |
| Residential burglary | 672 | 735 | 694 | {burglary} |
| County lines closed | 16 | 13 | 14 | {lines} |
| Victim satisfaction (%) | 76.3 | 76.0 | 74.0 | {satisfaction} |

The violence reduction partnership met twice in the quarter.
"""


def _review(workspace, tmp_path, **cells):
    path = tmp_path / "severnshire-2026-08.md"
    path.write_text(STATEMENT.format(**cells), encoding="utf-8")
    return workspace.review(path)


def _arithmetic(report) -> list[str]:
    return [f.message for f in report.findings if f.kind == "arithmetic"]


@pytest.mark.parametrize("heading", ["Change on last year", "Change on same quarter last year", "Year on year"])
def test_changes_on_last_year_are_verified_against_the_same_quarter_last_year(seeded_workspace, tmp_path,
                                                                               heading):
    report = _review(seeded_workspace, tmp_path, heading=heading, knives="-2.8%", burglary="-3.2%",
                     lines="+2", satisfaction="+2.3 points")
    assert not _arithmetic(report)
    statuses = {m.text: m.status for m in report.figures if m.text in ("2.8%", "3.2%", "2", "2.3 points")}
    assert statuses == {"2.8%": "verified", "3.2%": "verified", "2": "verified", "2.3 points": "verified"}


def test_wrong_changes_on_last_year_are_arithmetic_errors_naming_that_pair(seeded_workspace, tmp_path):
    report = _review(seeded_workspace, tmp_path, heading="Change on last year", knives="+8.3%",
                     burglary="-3.2%", lines="+3", satisfaction="+0.3 points")
    assert _arithmetic(report) == [
        "0.3 points does not follow from 76.3 and 74.0 quoted beside it: the difference is +2.3 percentage points",
        "8.3% does not follow from 214 (2025-Q2) and 208 (2026-Q2) in its row: that change is -2.8%",
        "+3 does not follow from 14 (2025-Q2) and 16 (2026-Q2) in its row: that change is +2"]


def test_a_change_on_last_quarter_is_held_to_last_quarters_cell(seeded_workspace, tmp_path):
    report = _review(seeded_workspace, tmp_path, heading="Change on last quarter", knives="+8.3%",
                     burglary="-3.2%", lines="+3", satisfaction="+0.3 points")
    assert _arithmetic(report) == [
        "735 to 672 in its row is -8.6%, but 3.2% is the figures' change (694 in 2025-Q2 to 672 in 2026-Q2): "
        "check the row's figures, not the percentage"]


@pytest.mark.parametrize("written, wrong", [("+2.3 pts", "+4.6 pts"), ("+2.3 pts.", "+4.6 pt")])
def test_a_change_in_points_written_pts_is_checked_as_points(seeded_workspace, tmp_path, written, wrong):
    right = _review(seeded_workspace, tmp_path, heading="Change on last year", knives="-2.8%", burglary="-3.2%",
                    lines="+2", satisfaction=written)
    assert [(m.kind, m.status) for m in right.figures if m.text.startswith("2.3")] == [("points", "verified")]
    report = _review(seeded_workspace, tmp_path, heading="Change on last year", knives="-2.8%", burglary="-3.2%",
                     lines="+2", satisfaction=wrong)
    assert [message.split(" does not")[0] for message in _arithmetic(report)] == [wrong.lstrip("+")]
