"""A force's summary with two columns naming one period ("Q4 2025/26" and
"Jan-Mar 2026", a pack whose quarter was added twice) is refused at the later
column's title, naming both titles, once; it was refused with a duplicate on
every row, each "already given at" the line it was on.

The Gwent summary here is written for the project (the force is real, its
figures invented).
"""

from __future__ import annotations

from spreadsheets import write_xlsx

PACK = [
    ["Gwent Police: quarterly performance summary"],
    [None],
    ["Measure", "Q3 2025/26", "Q4 2025/26", "Jan-Mar 2026"],
    ["Homicides", 4, 2, 2],
    ["Knife crime", 95, 91, 91],
]


def test_two_columns_naming_one_period_are_one_problem_at_the_title(workspace_dir, cli, tmp_path):
    path = write_xlsx(tmp_path / "pack.xlsx", {"Summary": PACK})
    result = cli("figures", "import", path, workspace=workspace_dir)
    assert result.exit_code != 0
    assert result.stderr.splitlines() == [
        f"drafter: error: {path}: Summary!D3: 'Jan-Mar 2026' names 2026-Q1, as 'Q4 2025/26' (Summary!C3) does: "
        "give each period one column (nothing imported)"]


def test_in_a_csv_file_the_problem_names_the_line_and_both_titles(workspace_dir, cli, tmp_path):
    path = tmp_path / "pack.csv"
    path.write_text("\n".join(",".join("" if cell is None else str(cell) for cell in row) for row in PACK) + "\n",
                    encoding="utf-8")
    result = cli("figures", "import", path, workspace=workspace_dir)
    assert result.exit_code != 0
    assert result.stderr.splitlines() == [
        f"drafter: error: {path}:3: 'Jan-Mar 2026' names 2026-Q1, as 'Q4 2025/26' does: "
        "give each period one column (nothing imported)"]
