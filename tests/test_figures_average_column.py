"""A column of averages beside a force's figures ("3-year average (2022/23 to
2024/25)") is listed as a column of averages, not imported, where it was
listed as naming no known measure though its measure is each row's.

The workbook is written for the project (the force is real, its figures
invented)."""

from __future__ import annotations

from spreadsheets import write_xlsx


def test_a_column_of_averages_is_named_as_such(workspace_dir, cli, tmp_path):
    path = write_xlsx(tmp_path / "lancashire.xlsx", {"Summary": [
        ["Lancashire Constabulary: national priorities annual performance summary 2025/26"],
        ["Measure", "FY 2024/25", "FY 2025/26", "3-year average (2022/23 to 2024/25)", "Change on 2024/25"],
        ["Homicides", 14, 15, 15.7, 1],
        ["Knife or sharp instrument offences", 1231, 1199, 1256.0, -32]]})
    result = cli("figures", "import", path, workspace=workspace_dir)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[1:3] == [
        "  columns of changes, not imported (drafter works changes out from the figures): Summary!E2 'Change on "
        "2024/25'",
        "  columns of averages, not imported (drafter keeps each period's own figure): Summary!D2 '3-year average "
        "(2022/23 to 2024/25)'"]
