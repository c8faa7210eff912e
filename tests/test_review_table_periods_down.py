"""A table set with its periods down the first column and its measures
across ("Quarter | Homicides | Knife crime offences" over "Apr to Jun 2026 |
3 | 208") is checked as one with them across: each figure against its
column's measure for its row's period, a wrong one a wrong figure, where its
figures were left unverified and small counts not read at all (the bundled
figures: Severnshire had 4 and 3 homicides in April to June 2025 and 2026,
214 and 208 knife offences, 14 and 16 county lines closed)."""

from __future__ import annotations

from drafter.claims.tables import periods_down_as_across

STATEMENT = """# Severnshire Police and Crime Commissioner

Date: 5 August 2026

This update covers April to June 2026. It reports on the National Policing Priorities.

## Reduce serious violence

| Quarter | Homicides | Knife crime offences | County lines closed |
|---|---|---|---|
| Apr to Jun 2025 | 4 | 214 | 14 |
| Apr to Jun 2026 | 3 | {knives} | 16 |

The violence reduction partnership met twice in the quarter.
"""


def test_a_wrong_figure_in_a_periods_down_table_is_named_against_its_column(seeded_workspace, tmp_path):
    path = tmp_path / "severnshire-2026-08.md"
    path.write_text(STATEMENT.format(knives="280"), encoding="utf-8")
    report = seeded_workspace.review(path)
    assert {(m.text, m.period): m.status for m in report.figures if m.text in ("4", "3", "214", "280", "14", "16")} \
        == {("4", "2025-Q2"): "verified", ("3", "2026-Q2"): "verified", ("214", "2025-Q2"): "verified",
            ("280", "2026-Q2"): "wrong", ("14", "2025-Q2"): "verified", ("16", "2026-Q2"): "verified"}
    assert [f.message.split(",")[0] for f in report.findings if f.kind == "wrong-figure"] == [
        "knife crime: 280 in 2026-Q2"]


def test_only_a_table_with_periods_down_and_measures_across_is_turned():
    down = "Quarter | Homicides\nApr to Jun 2025 | 4\nApr to Jun 2026 | 3"
    assert periods_down_as_across(down) == "Quarter | Apr to Jun 2025 | Apr to Jun 2026\nHomicides | 4 | 3"
    across = "Measure | 2025 | 2026\nHomicides | 4 | 3"
    assert periods_down_as_across(across) == across
    words = "Area | Homicides\nBurnley | 4\nPreston | 3"
    assert periods_down_as_across(words) == words
