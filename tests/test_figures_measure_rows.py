"""A force's own quarterly summary puts its measures in rows and its
quarters in columns, under a title naming the force. It was refused as "no
row names a police force area"; its figures are the force's, and what is not
a figure of a period (a change, a year to date, a measure drafter does not
know) is listed, not stored."""

from __future__ import annotations

from spreadsheets import write_xlsx

import drafter

SUMMARY = [
    ["Lancashire Constabulary - Quarterly Performance Summary"],
    ["Published November 2025"],
    [None],
    ["Measure", "Apr - Jun 2025", "Jul - Sep 2025", "2025/26 YTD", "Change"],
    ["Homicides", 4, 6, 10, "+50%"],
    ["Knife crime per 100,000 population", 65.1, 63.6, None, None],
    ["Victim satisfaction (%)", 71.2, 69.8, None, "-1.4pp"],
    ["Calls answered within 10 seconds", "91%", "89%", None, None],
    [None],
    ["Source: performance team"],
]


def stored(workspace_dir) -> dict:
    with drafter.open_workspace(workspace_dir, seed=False) as workspace:
        return {(f.area, f.measure, f.period): (f.value, f.unit) for f in workspace.list_figures()}


def test_a_forces_summary_with_measures_in_rows_is_read_as_that_forces(workspace_dir, cli, tmp_path):
    path = write_xlsx(tmp_path / "summary.xlsx", {"Summary": SUMMARY})
    result = cli("figures", "import", path, workspace=workspace_dir)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"imported {path} (measures in rows, 3 rows read): 6 figures for Lancashire, 2025-Q2 to 2025-Q3 "
        "(6 added, 0 replaced, 0 unchanged)",
        "  columns of changes, not imported (drafter works changes out from the figures): Summary!E4 'Change'",
        "  rows naming no known measure, not imported: Summary!A8 'Calls answered within 10 seconds'",
        "  columns naming no period drafter reads, not imported: Summary!D4 '2025/26 YTD'"]
    assert stored(workspace_dir) == {
        ("Lancashire", "homicides", "2025-Q2"): (4, "count"), ("Lancashire", "homicides", "2025-Q3"): (6, "count"),
        ("Lancashire", "knife_offences_per_100k", "2025-Q2"): (65.1, "per 100,000 population"),
        ("Lancashire", "knife_offences_per_100k", "2025-Q3"): (63.6, "per 100,000 population"),
        ("Lancashire", "victim_satisfaction", "2025-Q2"): (71.2, "percent"),
        ("Lancashire", "victim_satisfaction", "2025-Q3"): (69.8, "percent")}


def test_a_summary_whose_title_names_no_area_is_refused_at_its_title(workspace_dir, cli, tmp_path):
    path = write_xlsx(tmp_path / "summary.xlsx", {"Summary": [["Quarterly Performance Summary"], *SUMMARY[3:6]]})
    result = cli("figures", "import", path, workspace=workspace_dir)
    assert (result.exit_code, result.stderr) == (
        1, f"drafter: error: {path}: Summary!A1: a table of measures in rows names no area above it: name the one "
           "force or area its figures are for in the sheet's title (e.g. 'Lancashire: performance summary') "
           "(nothing imported)\n")
    assert stored(workspace_dir) == {}


def test_beside_a_table_of_forces_a_summary_naming_no_area_is_passed_over(workspace_dir, cli, tmp_path):
    path = write_xlsx(tmp_path / "pack.xlsx", {
        "Forces": [["Force", "Homicides 2024/25"], ["Cumbria", 4]],
        "Summary": [["Quarterly Performance Summary"], *SUMMARY[3:6]]})
    result = cli("figures", "import", path, workspace=workspace_dir)
    assert result.exit_code == 0, result.stderr
    assert stored(workspace_dir) == {("Cumbria", "homicides", "2024/25"): (4, "count")}


def test_a_known_title_with_offences_after_it_names_that_measure(workspace_dir, cli, tmp_path):
    """"Knife crime offences" and "Drug trafficking offences" were listed as
    naming no known measure, though "Knife crime" and "Drug trafficking" are titles of two."""
    path = write_xlsx(tmp_path / "summary.xlsx", {"Summary": [
        ["Cumbria: performance summary"], ["Measure", "Jul - Sep 2025"],
        ["Knife crime offences", 120], ["Drug trafficking offences", 31], ["Robbery offences", 12]]})
    result = cli("figures", "import", path, workspace=workspace_dir)
    assert result.exit_code == 0, result.stderr
    assert "rows naming no known measure, not imported: Summary!A5 'Robbery offences'" in result.stdout
    assert stored(workspace_dir) == {("Cumbria", "knife_offences", "2025-Q3"): (120, "count"),
                                     ("Cumbria", "drug_trafficking_offences", "2025-Q3"): (31, "count")}


def test_a_row_naming_where_its_figures_come_from_in_brackets_is_that_measures(workspace_dir, cli, tmp_path):
    rows = [["Lancashire Constabulary: national policing priorities performance summary"], [None],
            ["Measure", "Apr - Jun 2026", "Jul - Sep 2026"],
            ["Homicides (police recorded crime)", 3, 6],
            ["Fraud reports (Action Fraud)", "3,112", "3,204"],
            ["Neighbourhood crime (residential burglary)", "1,301", "1,274"]]
    path = write_xlsx(tmp_path / "summary.xlsx", {"Summary": rows})
    result = cli("figures", "import", path, workspace=workspace_dir)
    assert result.exit_code == 0, result.stderr
    # a bracket naming a measure of its own is a part, not a note on the source: left out, named
    assert "rows naming no known measure, not imported: Summary!A6 'Neighbourhood crime (residential burglary)'" \
        in result.stdout
    assert stored(workspace_dir) == {
        ("Lancashire", "homicides", "2026-Q2"): (3, "count"), ("Lancashire", "homicides", "2026-Q3"): (6, "count"),
        ("Lancashire", "fraud_reports", "2026-Q2"): (3112, "count"),
        ("Lancashire", "fraud_reports", "2026-Q3"): (3204, "count")}
