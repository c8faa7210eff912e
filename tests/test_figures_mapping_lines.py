"""A mistake in the workspace's figures-import.toml or in a file's own
mapping is named by the line it is on, as a settings.toml mistake is:
'figures-import.toml:7: open_data.vehicle_crime: unknown key 'subgroup'',
'pack.toml:6: columns.'Knife crime rate'.per must be 1000, 100000 or 1000000'."""

from __future__ import annotations

import pytest
from spreadsheets import write_xlsx


@pytest.fixture
def pack(tmp_path):
    return write_xlsx(tmp_path / "Cheshire scorecard.xlsx",
                      {"Scorecard": [["Area", "Homicides", "Knife crime rate"], ["Cheshire total", 9, 0.4]]})


def error_lines(result) -> list[str]:
    assert result.exit_code == 1, result.stdout
    assert "Traceback" not in result.stderr
    return result.stderr.strip().splitlines()


def test_a_slip_in_the_workspace_mapping_names_its_line(cli, workspace_dir, pack):
    own = workspace_dir / "templates" / "figures-import.toml"
    own.parent.mkdir(exist_ok=True)
    own.write_text(
        "# Offences for Cheshire's own measures\n"
        "[open_data.homicides]\n"
        'subgroups = ["Homicide"]\n'
        "\n"
        "[open_data.vehicle_crime]\n"
        'codes = ["45", "48"]\n'
        'subgroup = ["Vehicle offences"]\n'
        "\n"
        "[column_titles]\n"
        'homicides = ["Homicides"]\n'
        'drug_seizures = "Drug seizures"\n', encoding="utf-8")
    lines = error_lines(cli("figures", "import", pack, workspace=workspace_dir))
    assert lines == [
        f"drafter: error: {own}:7: open_data.vehicle_crime: unknown key 'subgroup' (did you mean 'subgroups'?)",
        f'drafter: error: {own}:11: column_titles.drug_seizures must be a list of text, e.g. ["Homicide"]',
        f"drafter: error: {own}: nothing imported (2 problems)"]


@pytest.mark.parametrize("text, message", [
    ('[columns]\n"Homicides" = "homicides"\n"Knife crime rate" = { measure = "knife_offences", per = 500 }\n',
     "5: columns.'Knife crime rate'.per must be 1000, 100000 or 1000000"),
    ('header_row = "two"\n', "3: header_row must be a row number (1 is the first row)"),
    ('[open_data]\nknife_robbery = { containing = "knife" }\n',
     '4: open_data.knife_robbery.containing must be a list of text, e.g. ["Homicide"]'),
    ('\n[open_data.weapons]\nsum_of = ["knife_offences", "air_weapons"]\n',
     "5: open_data.weapons: sum_of names 'air_weapons', which is not an open_data measure"),
    ('[areas]\n"Cheshire total" = "Chesire"\n', "4: areas.\"Cheshire total\": unknown area 'Chesire'"),
])
def test_a_slip_in_a_files_own_mapping_names_its_line(cli, workspace_dir, tmp_path, pack, text, message):
    own = tmp_path / "scorecard.toml"
    own.write_text('sheet = "Scorecard"\nperiod = "2025/26"\n' + text, encoding="utf-8")
    lines = error_lines(cli("figures", "import", pack, "--mapping", own, workspace=workspace_dir))
    assert lines[0].startswith(f"drafter: error: {own}:{message}")
