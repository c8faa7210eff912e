"""A force's performance pack puts the priority beside each measure:
"Priority | Measure | Q1 2025/26 | Q4 2025/26 | Q1 2026/27". The priority's
words ("Neighbourhood crime", "Victim satisfaction") name measures too, and
were read as the rows' labels: "Neighbourhood crime per 1,000 population"
was stored as neighbourhood crime counts of 1.17, and the rows whose
priority names no measure ("Serious violence", "Drugs") were not imported.
The column naming the most measures labels the rows."""

from __future__ import annotations

from spreadsheets import write_xlsx

import drafter

PACK = [
    ["Cumbria Constabulary"],
    ["Performance against the National Policing Priorities, quarter 1 2026/27"],
    [None],
    ["Priority", "Measure", "Q1 2025/26", "Q4 2025/26", "Q1 2026/27"],
    ["Homicide", "Homicides", 2, 2, 1],
    ["Serious violence", "Knife or sharp instrument offences", 64, 55, 66],
    ["Neighbourhood crime", "Neighbourhood crime per 1,000 population", 1.17, 1.16, 1.12],
    ["Victim satisfaction", "Victim satisfaction (%)", 72.5, 74.0, 72.6],
    ["Drugs", "County lines closed", 4, 3, 4],
]


def stored(workspace_dir) -> dict:
    with drafter.open_workspace(workspace_dir, seed=False) as workspace:
        return {(f.measure, f.period): (f.value, f.unit) for f in workspace.list_figures()}


def test_the_measure_column_labels_the_rows_beside_a_priority_column(workspace_dir, cli, tmp_path):
    path = write_xlsx(tmp_path / "pack.xlsx", {"Pack": PACK})
    result = cli("figures", "import", path, workspace=workspace_dir)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0] == (
        f"imported {path} (measures in rows, 5 rows read): 15 figures for Cumbria, 2025-Q2 to 2026-Q2 "
        "(15 added, 0 replaced, 0 unchanged)")
    figures = stored(workspace_dir)
    assert figures[("knife_offences", "2026-Q2")] == (66, "count")
    assert figures[("county_lines_closed", "2026-Q1")] == (3, "count")
    assert figures[("neighbourhood_crime_per_1000", "2026-Q2")] == (1.12, "per 1,000 population")
    assert ("neighbourhood_crime", "2026-Q2") not in figures
