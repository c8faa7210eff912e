"""A mistyped name gets one line naming the name meant, wherever it is typed:
a key of a figures mapping file, a priority id on the command line or in the
settings, a template file's name, a force; and every such suggestion comes
from one place by one measure of "close", so a name far from any known one
gets no guess."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from spreadsheets import write_xlsx

from drafter.errors import CLOSE_ENOUGH, closest_names

ENGINE = Path(__file__).resolve().parents[1] / "src" / "drafter"


def one_error_line(result) -> str:
    assert result.exit_code != 0, result.stdout
    assert "Traceback" not in result.stderr
    return result.stderr.strip().splitlines()[0]


@pytest.fixture
def scorecard(tmp_path):
    return write_xlsx(tmp_path / "Lancashire scorecard.xlsx",
                      {"Scorecard": [["Area", "Homicides"], ["Lancashire", 11]]})


@pytest.mark.parametrize("text, message", [
    ('heder_row = 1\n', "3: unknown setting 'heder_row' (did you mean 'header_row'?)"),
    ('header-row = 1\n', "3: unknown setting 'header-row' (did you mean 'header_row'?)"),
    ('[column]\n"Homicides" = "homicides"\n', "3: unknown setting 'column' (did you mean 'columns'?)"),
    ('[columns]\n"Homicides" = { measure = "homicides", peroid = "2025/26" }\n',
     "4: columns.'Homicides': unknown key 'peroid' (did you mean 'period'?)"),
    ('[open_data.knife_robbery]\ncontaning = ["knife"]\n',
     "4: open_data.knife_robbery: unknown key 'contaning' (did you mean 'containing'?)"),
    ('[open_data.knife_robbery]\nSubgroups = ["Robbery of personal property"]\n',
     "4: open_data.knife_robbery: unknown key 'Subgroups' (did you mean 'subgroups'?)"),
])
def test_a_misspelt_mapping_key_is_one_line_naming_the_key_meant(cli, workspace_dir, tmp_path, scorecard,
                                                                  text, message):
    own = tmp_path / "scorecard.toml"
    own.write_text('sheet = "Scorecard"\nperiod = "2025/26"\n' + text, encoding="utf-8")
    line = one_error_line(cli("figures", "import", scorecard, "--mapping", own, workspace=workspace_dir))
    assert line.startswith(f"drafter: error: {own}:{message}")


def test_a_mapping_key_like_none_lists_the_keys_expected(cli, workspace_dir, tmp_path, scorecard):
    own = tmp_path / "scorecard.toml"
    own.write_text('sheet = "Scorecard"\n[open_data.knife_robbery]\nwhere = ["knife"]\n', encoding="utf-8")
    line = one_error_line(cli("figures", "import", scorecard, "--mapping", own, workspace=workspace_dir))
    assert line.startswith(f"drafter: error: {own}:3: open_data.knife_robbery: unknown key 'where' "
                    "(expected subgroups, groups, codes, descriptions, containing or sum_of)")


@pytest.mark.parametrize("args, typed", [
    (("fill", "homicde", "--period", "2026"), "homicde"),
    (("fill", "Homocide", "--period", "2026"), "Homocide"),
    (("search", "knife", "--priority", "homicde"), "homicde"),
])
def test_a_misspelt_priority_id_is_one_line_naming_the_id_meant(cli, workspace_dir, args, typed):
    line = one_error_line(cli(*args, workspace=workspace_dir))
    assert line.startswith(f"drafter: error: unknown priority {typed!r} (did you mean 'homicide'?): expected one of ")
    assert "serious-violence, drugs-county-lines" in line


def test_a_misspelt_priority_in_the_settings_names_the_id_meant(cli, workspace_dir):
    (workspace_dir / "settings.toml").write_text(
        'section_order = ["homicide", "serious-violnce", "drugs-county-lines", "neighbourhood-crime", '
        '"victim-satisfaction", "cyber-crime"]\n', encoding="utf-8")
    line = one_error_line(cli("corpus", "list", workspace=workspace_dir))
    assert "unknown priority 'serious-violnce' (did you mean 'serious-violence'?)" in line


def test_a_priority_like_none_gets_no_guess(cli, workspace_dir):
    line = one_error_line(cli("fill", "knife-crime", "--period", "2026", workspace=workspace_dir))
    assert line.startswith("drafter: error: unknown priority 'knife-crime': expected one of homicide, ")


@pytest.mark.parametrize("name, known, expected", [
    ("homicdes", ["homicides", "knife_offences"], ["homicides"]),
    ("Section Order", ["section_order", "area"], ["section_order"]),
    ("vehicle_crime", ["violent_crime"], []),          # a shared ending is no slip
    ("kentt", ["kent", "gwent"], ["kent"]),
])
def test_one_measure_of_close(name, known, expected):
    assert closest_names(name, known, count=3) == expected


def test_every_suggestion_comes_from_the_one_place():
    """No module but errors asks difflib for close matches, so none keeps a cutoff of its own."""
    callers = []
    for path in ENGINE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr == "get_close_matches" \
                    or isinstance(node, ast.alias) and node.name == "get_close_matches":
                callers.append(path.relative_to(ENGINE).as_posix())
    assert callers == ["errors.py"]
    assert 0.5 < CLOSE_ENOUGH < 1


@pytest.mark.parametrize("typed, closest", [
    ("Cumbira", "Cumbria"),
    ("Avon", "Avon and Somerset"),             # part of a force's name, as words
    ("Kentt", "Kent"),                          # and not Gwent, which only shares letters
    ("North Yorks", "North Yorkshire"),
])
def test_a_misspelt_force_names_the_closest_forces(cli, workspace_dir, typed, closest):
    line = one_error_line(cli("figures", "list", "--area", typed, workspace=workspace_dir))
    assert line.startswith(f"drafter: error: unknown area {typed!r} (closest: {closest}): ")


@pytest.mark.parametrize("typed, said", [
    ("homicdes", "No figures match. No area has figures for homicdes: did you mean homicides?"),
    ("Knife offence", "No figures match. No area has figures for knife_offence: did you mean knife_offences?"),
    ("parking_fines", "No figures match. No area has figures for parking_fines."),
])
def test_a_misspelt_measure_to_list_names_the_measure_meant(cli, workspace_dir, tmp_path, typed, said):
    figures = tmp_path / "figures.csv"
    figures.write_text("area,measure,period,value\nGwent,homicides,2025/26,3\nGwent,knife_offences,2025/26,150\n",
                       encoding="utf-8")
    assert cli("figures", "import", str(figures), workspace=workspace_dir).exit_code == 0
    assert cli("figures", "list", "--measure", typed, workspace=workspace_dir).stdout.strip() == said
    assert cli("figures", "list", "--measure", "homicides", "--area", "Kent",
               workspace=workspace_dir).stdout.strip() == "No figures match."
