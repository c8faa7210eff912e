"""`figures list` shows, under a figure a later release revised, what it was
before each release and which file revised it, so whoever checks a published
statement's number against the figures can see the value it quoted then.

The figures are written for the project.
"""

from __future__ import annotations

FIRST = """\
area,measure,period,value,unit,source
Dorset,fraud_reports,2026-Q3,1493,count,Dorset Police performance team
Dorset,fraud_reports,2026-Q2,1470,count,Dorset Police performance team
"""


def test_a_revised_figure_is_listed_with_its_earlier_values_and_the_files_that_revised_them(
        cli, workspace_dir, tmp_path):
    releases = [tmp_path / "dorset-november.csv", tmp_path / "dorset-december.csv", tmp_path / "dorset-january.csv"]
    for path, value in zip(releases, ("1493", "1498", "1501")):
        path.write_text(FIRST.replace("2026-Q3,1493,", f"2026-Q3,{value},"), encoding="utf-8")
        assert cli("figures", "import", path, workspace=workspace_dir).exit_code == 0
    listed = cli("figures", "list", "--area", "Dorset", workspace=workspace_dir).stdout.splitlines()
    at = next(i for i, line in enumerate(listed) if "2026-Q3" in line)
    assert "1,501" in listed[at]
    assert listed[at + 1].startswith("  was 1,493 before dorset-december.csv (imported ")
    assert listed[at + 2].startswith("  was 1,498 before dorset-january.csv (imported ")
    assert not any(line.startswith("  was") for line in listed[:at])  # 2026-Q2 was never revised
    figures = cli("figures", "list", "--area", "Dorset", "--json", workspace=workspace_dir).json()
    by_period = {figure["period"]: figure for figure in figures}
    assert [(e["value"], e["revised_in"]) for e in by_period["2026-Q3"]["earlier"]] == \
        [(1493, "dorset-december.csv"), (1498, "dorset-january.csv")]
    assert by_period["2026-Q2"]["earlier"] == []
