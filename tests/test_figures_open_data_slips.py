"""Slips in open data and in the ``[open_data]`` half of figures-import.toml
that would count offences twice: a row given again with its offence in
another case or with spaces round it, and an offence code or subgroup listed
under two parts of one sum (neighbourhood crime)."""

from __future__ import annotations

import pytest
from spreadsheets import OPEN_DATA_HEADER, write_csv

from drafter.settings import bundled_templates


@pytest.fixture
def run(cli, workspace_dir):
    def invoke(*args):
        return cli(*args, workspace=workspace_dir)
    return invoke


def stored(run) -> dict[tuple[str, str, str], float]:
    return {(f["area"], f["measure"], f["period"]): f["value"] for f in run("figures", "list", "--json").json()}


def refused(run, path, *options) -> list[str]:
    before = stored(run)
    result = run("figures", "import", path, *options)
    assert result.exit_code == 1, result.stdout
    assert "Traceback" not in result.stderr
    assert stored(run) == before
    return result.stderr.splitlines()


BURGLARY = ["Burglary - Residential", "Burglary", "Residential burglary", "28E"]
VEHICLE = ["Theft from a vehicle", "Theft offences", "Vehicle offences", "45"]


def neighbourhood_rows(tmp_path):
    return write_csv(tmp_path / "prc.csv", [["2025/26", "Q1", "Northumbria", *BURGLARY, 150],
                                            ["2025/26", "Q1", "Northumbria", *VEHICLE, 90]], OPEN_DATA_HEADER)


@pytest.mark.parametrize("spelling", ["homicide", "Homicide ", " HOMICIDE"])
def test_a_row_given_again_in_another_case_or_with_spaces_is_a_duplicate(run, tmp_path, spelling):
    """Once added up with the first, storing 5 homicides where the file gave 2."""
    homicide = ["Violence against the person", "Homicide", "1/4.1/4.10/4.2"]
    path = write_csv(tmp_path / "prc.csv", [["2018/19", "Q4", "Cumbria", "Homicide", *homicide, 2],
                                            ["2018/19", "Q4", "Cumbria", spelling, *homicide, 3]],
                     OPEN_DATA_HEADER)
    errors = refused(run, path)
    assert len(errors) == 1
    assert errors[0].startswith(f"drafter: error: {path}:3: duplicate row: Cumbria, 2018/19 Q4, ")
    assert errors[0].endswith("is already given on line 2 (nothing imported)")


def _mapping_with(workspace_dir, old: str, new: str):
    mapping = workspace_dir / "templates" / "figures-import.toml"
    mapping.parent.mkdir(exist_ok=True)
    text = (bundled_templates() / "figures-import.toml").read_text(encoding="utf-8")
    assert old in text
    mapping.write_text(text.replace(old, new), encoding="utf-8")
    return mapping


@pytest.mark.parametrize("old, new, named", [
    ('codes = ["45", "48", "37.2", "126"]', 'codes = ["45", "48", "37.2", "126", "28E"]', "code 28E"),
    ('subgroups = ["Vehicle offences"]', 'subgroups = ["Vehicle offences", "Residential burglary"]',
     "subgroup 'residential burglary'")])
def test_an_offence_under_two_parts_of_one_sum_is_refused_naming_the_file_and_both(
        run, workspace_dir, tmp_path, old, new, named):
    """Once counted as both burglary and vehicle crime, inflating neighbourhood crime unsaid."""
    mapping = _mapping_with(workspace_dir, old, new)
    path = neighbourhood_rows(tmp_path)
    assert refused(run, path) == [
        f"drafter: error: {mapping}: open_data: {named} is in both residential_burglary and vehicle_crime, "
        "parts of neighbourhood_crime, so its rows would be counted twice: keep it in one (nothing imported)"]


def test_the_bundled_parts_select_no_offence_twice(run, tmp_path):
    result = run("figures", "import", neighbourhood_rows(tmp_path))
    assert result.exit_code == 0, result.stderr
    figures = stored(run)
    assert figures[("Northumbria", "vehicle_crime", "2025-Q2")] == 90
    assert figures[("Northumbria", "residential_burglary", "2025-Q2")] == 150
