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
    assert "revised homicides, Severnshire, 2026-Q3: 2 -> 4" in second.stdout
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


@pytest.mark.parametrize("measure, message", [
    ("homicdes", "no figures stored for homicdes, Severnshire, 2024 (no area has figures for homicdes: "
                 "did you mean homicides?)"),
    ("stalking", "no figures stored for stalking, Severnshire, 2024 (no area has figures for stalking)"),
])
def test_removing_a_misspelt_measure_suggests_the_stored_one(office, cli, measure, message):
    workspace, _ = office
    before = stored(workspace)
    result = cli("figures", "remove", "--area", "severnshire", "--period", "2024", "--measure", measure,
                 workspace=workspace.path)
    assert (result.exit_code, result.stderr) == (1, f"drafter: error: {message}\n")
    assert stored(workspace) == before


def test_one_measure_of_a_period_can_be_removed(office, cli):
    workspace, path = office
    cli("figures", "import", path, workspace=workspace.path)
    result = cli("figures", "remove", "--period", "2026-Q3", "--measure", "knife offences",
                 workspace=workspace.path)
    assert result.stdout.strip() == "removed 1 figure (knife_offences, 2026-Q3)"
    assert set(stored(workspace, period="2026-Q3")) == {
        ("Severnshire", "homicides", "2026-Q3"), ("Severnshire", "firearms_offences", "2026-Q3")}


def test_a_newer_release_names_its_revised_figures_first_and_counts_the_restated(empty_workspace, cli, tmp_path):
    rows = "\n".join(f"{area},homicides,2024,{value}" for area, value in
                     (("Kent", 14), ("Surrey", 6), ("Essex", 11), ("Dorset", 3)))
    first = tmp_path / "homicides-release-1.csv"
    first.write_text("area,measure,period,value\n" + rows + "\n", encoding="utf-8")
    assert cli("figures", "import", first, workspace=empty_workspace.path).exit_code == 0
    second = tmp_path / "homicides-release-2.csv"
    second.write_text("area,measure,period,value\n" + rows.replace("Essex,homicides,2024,11",
                                                                   "Essex,homicides,2024,12") + "\n",
                      encoding="utf-8")
    result = cli("figures", "import", second, workspace=empty_workspace.path)
    lines = result.stdout.splitlines()
    assert lines[1] == "  revised homicides, Essex, 2024: 11 -> 12"
    assert lines[2] == "  3 figures restated with the same value (a new source or unit)"
    third = tmp_path / "homicides-release-3.csv"
    third.write_text(second.read_text(encoding="utf-8").replace("Kent,homicides,2024,14", "Kent,homicides,2024,15"),
                     encoding="utf-8")
    data = cli("figures", "import", third, "--json", workspace=empty_workspace.path).json()
    assert (data["replaced"], data["revised"], data["restated"]) == (4, 1, 3)


def test_a_measure_never_stored_before_is_named_with_the_one_it_is_closest_to(seeded_workspace, cli, tmp_path):
    path = tmp_path / "kent.csv"
    path.write_text("area,measure,period,value\nKent,homicdes,2024,14\nKent,stalking_reports,2024,220\n"
                    "Kent,drug_trafficking,2024,330\n", encoding="utf-8")
    result = cli("figures", "import", path, workspace=seeded_workspace.path)
    assert result.exit_code == 0
    assert "  new measure homicdes (did you mean homicides? check its spelling)" in result.stdout.splitlines()
    # the first words of a measure already stored
    assert ("  new measure drug_trafficking (did you mean drug_trafficking_offences? check its spelling)"
            in result.stdout.splitlines())
    assert "  new measure stalking_reports" in result.stdout.splitlines()


def test_a_figure_a_newer_release_suppresses_is_kept_and_named(empty_workspace, cli, tmp_path):
    from spreadsheets import write_xlsx

    def release(name: str, dyfed_powys) -> object:
        return write_xlsx(tmp_path / name, {"Table P1": [
            ["Table P1: Homicides by police force area, year ending March 2023"], [None],
            ["Police force area", "Homicides"], ["Dyfed-Powys", dyfed_powys], ["Gwent", 7]]})

    assert cli("figures", "import", release("pfa-v2.xlsx", 2), workspace=empty_workspace.path).exit_code == 0
    result = cli("figures", "import", release("pfa-v3.xlsx", "[c]"), workspace=empty_workspace.path)
    assert result.exit_code == 0
    assert "  kept homicides, Dyfed-Powys, 2022/23 = 2 from pfa-v2.xlsx, Table P1: this file gives no figure " \
           "for it (remove it with 'drafter figures remove' if it was withdrawn)" in result.stdout.splitlines()
