"""A table cell's number followed by a footnote's mark ("208¹", "16 (a)",
"672 [note 2]", "13*") is still the figure its row and column name: checked
against the figures for that column's period, and the change beside it held
to it (the bundled figures: Severnshire had 208 knife offences in April to
June 2026 and 214 a year before, 672 residential burglaries and 694, 16
county lines closed and 14)."""

from __future__ import annotations

import pytest

STATEMENT = """# Severnshire Police and Crime Commissioner

Date: 5 August 2026

This update covers April to June 2026. It reports on the National Policing Priorities.

## Reduce serious violence

| Measure | This quarter | Same quarter last year | Change |
|---|---|---|---|
| Knife crime offences | {knives} | 214 | {change} |
| Residential burglary | {burglary} | 694 | -3.2% |
| County lines closed | {lines} | 14 | +2 |

{notes}

The violence reduction partnership met twice in the quarter.
"""


def _review(workspace, tmp_path, knives="208", burglary="672", lines="16", change="-2.8%"):
    path = tmp_path / "severnshire-2026-08.md"
    path.write_text(STATEMENT.format(knives=knives, burglary=burglary, lines=lines, change=change,
                                     notes="¹ Provisional. (a) Includes lines closed with partner forces."),
                    encoding="utf-8")
    return workspace.review(path)


@pytest.mark.parametrize("mark", ["¹", "*", " (a)", " [note 2]", "²³"])
def test_a_marked_cell_is_verified_as_its_columns_figure(seeded_workspace, tmp_path, mark):
    report = _review(seeded_workspace, tmp_path, knives=f"208{mark}", burglary=f"672{mark}", lines=f"16{mark}")
    assert {(m.text, m.period): m.status for m in report.figures if m.text in ("208", "672", "16")} == {
        ("208", "2026-Q2"): "verified", ("672", "2026-Q2"): "verified", ("16", "2026-Q2"): "verified"}
    assert not [f for f in report.findings if f.kind in ("wrong-figure", "arithmetic", "unverified-figure")]


def test_a_wrong_marked_cell_is_a_wrong_figure_and_its_change_is_held_to_it(seeded_workspace, tmp_path):
    report = _review(seeded_workspace, tmp_path, knives="280¹", change="+8.3%")
    assert [f.message.split(",")[0] for f in report.findings if f.kind == "wrong-figure"] == [
        "knife crime: 280 in 2026-Q2"]
    assert [f.message for f in report.findings if f.kind == "arithmetic"] == [
        "8.3% does not follow from 214 (2025-Q2) and 280 (2026-Q2) in its row: that change is +30.8%"]
