"""A maintainer loading figures over a quarter: next quarter's on top of this
quarter's, a correction to one force's, a period already loaded, and figures
put under the wrong period by mistake and taken out again; fill uses the
newest, and nothing else stored is touched."""

from __future__ import annotations

from pathlib import Path

import pytest

NEXT_QUARTER = """area,measure,period,value,unit,source
Severnshire,homicides,2026-Q3,2,count,Home Office police recorded crime
Severnshire,knife_offences,2026-Q3,199,count,Home Office police recorded crime
Severnshire,firearms_offences,2026-Q3,21,count,Home Office police recorded crime
"""


@pytest.fixture
def office(seeded_workspace, tmp_path):
    path = tmp_path / "severnshire-2026-q3.csv"
    path.write_text(NEXT_QUARTER, encoding="utf-8")
    return seeded_workspace, path


def stored(workspace, **filters) -> dict:
    return {(f.area, f.measure, f.period): f.value for f in workspace.list_figures(**filters)}


def test_next_quarter_then_a_correction_then_the_same_file_again(office, cli, tmp_path):
    workspace, path = office
    before = stored(workspace, area="Severnshire")
    first = cli("figures", "import", path, workspace=workspace.path)
    assert first.exit_code == 0
    assert "(3 added, 0 replaced, 0 unchanged)" in first.stdout

    corrected = tmp_path / "severnshire-2026-q3-revised.csv"
    corrected.write_text(NEXT_QUARTER.replace("homicides,2026-Q3,2", "homicides,2026-Q3,4"),
                         encoding="utf-8")
    second = cli("figures", "import", corrected, workspace=workspace.path)
    assert "(0 added, 1 replaced, 2 unchanged)" in second.stdout
    assert "replaced homicides, Severnshire, 2026-Q3: 2 -> 4" in second.stdout
    again = cli("figures", "import", corrected, workspace=workspace.path)
    assert "(0 added, 0 replaced, 3 unchanged)" in again.stdout

    after = stored(workspace, area="Severnshire")
    assert {key: value for key, value in after.items() if key not in before} == {
        ("Severnshire", "homicides", "2026-Q3"): 4,
        ("Severnshire", "knife_offences", "2026-Q3"): 199,
        ("Severnshire", "firearms_offences", "2026-Q3"): 21}
    assert {key: after[key] for key in before} == before

    filled = cli("fill", "homicide/count_then_change", "--period", "2026-Q3", "--area",
                 "Severnshire", workspace=workspace.path)
    assert "recorded 4 homicides" in filled.stdout


def test_figures_loaded_under_the_wrong_period_are_removed_and_nothing_else(office, cli):
    workspace, path = office
    wrong = cli("figures", "import", path, workspace=workspace.path)
    assert wrong.exit_code == 0
    others = {key: value for key, value in stored(workspace).items() if key[2] != "2026-Q3"}

    removed = cli("figures", "remove", "--area", "severnshire", "--period", "2026-Q3",
                  workspace=workspace.path)
    assert removed.exit_code == 0
    assert removed.stdout.strip() == "removed 3 figures (Severnshire, 2026-Q3)"
    assert stored(workspace) == others

    missing = cli("fill", "homicide/count_then_change", "--period", "2026-Q3", "--area",
                  "Severnshire", workspace=workspace.path)
    assert missing.exit_code == 1
    assert missing.stderr.strip() == ("drafter: error: no figures are stored for Severnshire in "
                                      "2026-Q3: its figures run from 2022 to 2026-Q2")


@pytest.mark.parametrize("args, message", [
    ([], "drafter: error: give --area, --period or both (and --measure for one measure)"),
    (["--area", "Severnshire", "--period", "2031-Q1"],
     "drafter: error: no figures stored for Severnshire, 2031-Q1"),
    (["--area", "Severnshir"], "drafter: error: unknown area 'Severnshir'"),
    (["--period", "2026-Q5"], "drafter: error: "),
])
def test_a_remove_that_matches_nothing_says_so_and_removes_nothing(office, cli, args, message):
    workspace, _ = office
    before = stored(workspace)
    result = cli("figures", "remove", *args, workspace=workspace.path)
    assert result.exit_code == 1
    assert result.stderr.startswith(message)
    assert len(result.stderr.strip().splitlines()) == 1
    assert stored(workspace) == before


def test_one_measure_of_a_period_can_be_removed(office, cli):
    workspace, path = office
    cli("figures", "import", path, workspace=workspace.path)
    result = cli("figures", "remove", "--period", "2026-Q3", "--measure", "knife offences",
                 workspace=workspace.path)
    assert result.stdout.strip() == "removed 1 figure (knife_offences, 2026-Q3)"
    assert set(stored(workspace, period="2026-Q3")) == {
        ("Severnshire", "homicides", "2026-Q3"), ("Severnshire", "firearms_offences", "2026-Q3")}
