"""A force's performance pack imported month after month with its own
mapping: the force total row named as the force, district (BCU) rows left
out and listed, and a slip in the mapping's areas named against the mapping
file and its entry, not against the spreadsheet."""

from __future__ import annotations

import pytest
from spreadsheets import write_xlsx

import drafter


@pytest.fixture
def pack(tmp_path):
    return write_xlsx(tmp_path / "pack.xlsx", {"Scorecard": [
        ["Kent Police performance pack"], [],
        ["Area", "Homicides", "Knife Crime / 1,000 pop"],
        ["KP Force Total", 19, 1.1], ["North Kent", 7, 0.5], ["West Kent", 4, 0.4]]})


def mapping(tmp_path, text: str):
    path = tmp_path / "pack.toml"
    path.write_text('sheet = "Scorecard"\nperiod = "2023/24"\n' + text, encoding="utf-8")
    return path


def stored(workspace_dir) -> dict:
    with drafter.open_workspace(workspace_dir, seed=False) as workspace:
        return {(f.area, f.measure): f.value for f in workspace.list_figures()}


def test_district_rows_the_mapping_leaves_out_are_listed_and_not_stored(workspace_dir, cli, tmp_path, pack):
    own = mapping(tmp_path, 'leave_out = ["north kent", "West Kent"]\n'
                            '[areas]\n"KP Force Total" = "Kent"\n')
    result = cli("figures", "import", pack, "--mapping", own, workspace=workspace_dir)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[:2] == [
        f"imported {pack} (wide table, 1 row read): 1 figure for Kent, 2023/24 (1 added, 0 replaced, 0 unchanged)",
        "  left out, as the mapping says (leave_out): North Kent, West Kent"]
    assert stored(workspace_dir) == {("Kent", "homicides"): 19}

    again = cli("figures", "import", pack, "--mapping", own, "--json", workspace=workspace_dir).json()
    assert again["left_out_by_mapping"] == ["North Kent", "West Kent"] and again["left_out"] == []


def test_without_leaving_them_out_a_district_row_is_an_unknown_area(workspace_dir, cli, tmp_path, pack):
    own = mapping(tmp_path, '[areas]\n"KP Force Total" = "Kent"\n')
    result = cli("figures", "import", pack, "--mapping", own, workspace=workspace_dir)
    assert result.exit_code == 1
    assert f"drafter: error: {pack}: Scorecard!A5: unknown area 'North Kent' (closest: " in result.stderr
    assert stored(workspace_dir) == {}


def test_a_district_row_is_answered_with_the_mapping_that_leaves_it_out(workspace_dir, cli, tmp_path):
    pack = write_xlsx(tmp_path / "districts.xlsx", {"Scorecard": [
        ["Kent Police performance pack"], [],
        ["Area", "Homicides", "Knife Crime / 1,000 pop"],
        ["Kent", 19, 1.1], ["North Kent", 7, 0.5], ["West Kent", 4, 0.4]]})
    result = cli("figures", "import", pack, "--period", "2023/24", workspace=workspace_dir)
    assert result.exit_code == 1
    north, west = [line for line in result.stderr.splitlines() if "unknown area" in line]
    assert north.startswith(f"drafter: error: {pack}: Scorecard!A5: unknown area 'North Kent'")
    assert "leave a district or BCU row out with an import mapping (--mapping FILE.toml with " \
           'leave_out = ["North Kent"])' in north
    assert 'leave_out = ["West Kent"]' in west
    own = mapping(tmp_path, 'leave_out = ["North Kent", "West Kent"]\n')
    assert cli("figures", "import", pack, "--mapping", own, workspace=workspace_dir).exit_code == 0
    assert stored(workspace_dir) == {("Kent", "homicides"): 19}


def test_a_misspelt_area_in_the_mapping_is_named_against_the_mapping(workspace_dir, cli, tmp_path, pack):
    own = mapping(tmp_path, 'leave_out = ["North Kent", "West Kent"]\n[areas]\n"KP Force Total" = "Kentt"\n')
    result = cli("figures", "import", pack, "--mapping", own, workspace=workspace_dir)
    assert result.exit_code == 1
    assert result.stderr.startswith(
        f"drafter: error: {own}:5: areas.\"KP Force Total\": unknown area 'Kentt' (closest: Kent")
    assert result.stderr.endswith("(nothing imported)\n") and result.stderr.count("\n") == 1
    assert "no row names a police force area" not in result.stderr
    assert stored(workspace_dir) == {}


@pytest.mark.parametrize("text, message", [
    ('[areas]\n"KP Force Total" = "Kent"\n"North Kent" = ""\n',
     '5: areas."North Kent" must be the name of an area (to leave the row out, list it in leave_out = [...])'),
    ('leave_out = ["North Kent"]\n[areas]\n"North Kent" = "Kent"\n',
     '5: areas."North Kent": the row is also in leave_out; give it an area or leave it out, not both'),
    ('leave_out = "North Kent"\n',
     '3: leave_out must be a list of row names, e.g. ["North Kent", "West Kent"]'),
])
def test_a_mapping_that_cannot_say_which_rows_to_leave_out_is_one_line(workspace_dir, cli, tmp_path, pack,
                                                                      text, message):
    own = mapping(tmp_path, text)
    result = cli("figures", "import", pack, "--mapping", own, workspace=workspace_dir)
    assert (result.exit_code, result.stderr) == (1, f"drafter: error: {own}:{message} (nothing imported)\n")
    assert stored(workspace_dir) == {}
