"""A wide table's rows for regions, countries and totals: never a force's
figures, always listed as left out. "West Midlands" is a force and a region,
"London" a region and the Metropolitan Police's everyday name; a "Total" row
is England and Wales only when it adds up to the 43 forces."""

from __future__ import annotations

import pytest
from spreadsheets import ons_table, write_csv, write_xlsx

from drafter.forces import FORCE_NAMES

HOMICIDES = ["Area", "Homicides 2022/23"]
WEST_MIDLANDS_OTHERS = [["Staffordshire", 10], ["Warwickshire", 5], ["West Mercia", 15]]
LEFT_OUT_REGIONS = "  left out, as regions, countries or totals, not police force areas: "


def stored(cli, workspace, area: str | None = None) -> dict[str, float]:
    """What `figures list` holds for 2022/23 homicides, by area."""
    options = ["--area", area] if area else []
    listed = cli("figures", "list", "--measure", "homicides", "--period", "2022/23", *options, "--json",
                 workspace=workspace)
    return {figure["area"]: figure["value"] for figure in listed.json()}


def imported(cli, workspace, path, *options):
    result = cli("figures", "import", path, *options, workspace=workspace)
    assert result.exit_code == 0, result.stderr
    return result


def refused(cli, workspace, path) -> str:
    """The one line an import refused with."""
    result = cli("figures", "import", path, workspace=workspace)
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    return result.stderr.rstrip("\n")


def forces_rows(first: int = 1) -> list[list]:
    """A row for each of the 43 forces, with made-up homicides."""
    return [[name, first + number] for number, name in enumerate(FORCE_NAMES)]


# -- West Midlands: a force and a region -------------------------------------------

@pytest.mark.parametrize("region_at", ["after", "before"])
def test_the_west_midlands_region_row_that_adds_up_to_its_forces_is_not_the_force(cli, workspace_dir, tmp_path,
                                                                                  region_at):
    # The force's 30 is the sum of the other three forces as well: only the region's 60 adds up with it.
    region = [["West Midlands", 60]]
    rows = [*WEST_MIDLANDS_OTHERS, ["West Midlands", 30]]
    path = write_csv(tmp_path / "wm.csv", rows + region if region_at == "after" else region + rows, HOMICIDES)
    result = imported(cli, workspace_dir, path)
    assert result.stdout.splitlines()[1] == LEFT_OUT_REGIONS + "West Midlands region"
    assert stored(cli, workspace_dir) == {"Staffordshire": 10, "Warwickshire": 5, "West Mercia": 15,
                                          "West Midlands": 30}


def test_a_region_row_in_a_workbook_is_told_by_its_sum_too(cli, workspace_dir, tmp_path):
    path = write_xlsx(tmp_path / "wm.xlsx", {"Table 4": [
        ["Homicides by police force area, year ending March 2023"], [],
        ["Police force area", "Homicides", "Homicides per 100,000 population"],
        ["West Midlands", 30, 1.0], ["West Midlands", 60, 2.0],
        *([name, value, 1.5] for name, value in WEST_MIDLANDS_OTHERS)]})
    imported(cli, workspace_dir, path)
    assert stored(cli, workspace_dir, "West Midlands") == {"West Midlands": 30}


def test_two_west_midlands_rows_that_nothing_tells_apart_are_refused_naming_both(cli, workspace_dir, tmp_path):
    before = write_csv(tmp_path / "before.csv", [["West Midlands", "homicides", "2022/23", 25]],
                       ["area", "measure", "period", "value"])
    imported(cli, workspace_dir, before)
    path = write_csv(tmp_path / "wm.csv", [*WEST_MIDLANDS_OTHERS, ["West Midlands", 30], ["West Midlands", 70]],
                     HOMICIDES)
    assert refused(cli, workspace_dir, path) == (
        f"drafter: error: {path}:6: this row and the one at line 5 are both named 'West Midlands', one for "
        "West Midlands and one for the West Midlands region, and nothing tells which is which (neither is "
        "the sum of the region's forces); call the region's row 'West Midlands region' (nothing imported)")
    assert stored(cli, workspace_dir) == {"West Midlands": 25}


def test_a_region_named_as_a_region_is_never_the_force(cli, workspace_dir, tmp_path):
    path = write_csv(tmp_path / "wm.csv", [*WEST_MIDLANDS_OTHERS, ["West Midlands", 30],
                                           ["West Midlands region", 70]], HOMICIDES)
    result = imported(cli, workspace_dir, path)
    assert LEFT_OUT_REGIONS + "West Midlands region" in result.stdout.splitlines()
    assert stored(cli, workspace_dir, "West Midlands") == {"West Midlands": 30}


@pytest.mark.parametrize("region_at", ["after", "before"])
def test_where_no_sum_tells_the_other_regions_show_which_row_is_the_region(cli, workspace_dir, tmp_path,
                                                                         region_at):
    """A pack's region rows hold their own figures (here no sum of the
    forces); the East Midlands row shows whether regions come before or
    after their forces."""
    def block(region, forces):
        return [*forces, region] if region_at == "after" else [region, *forces]

    rows = block(["East Midlands", 99], [["Derbyshire", 9], ["Leicestershire", 11], ["Lincolnshire", 4],
                                         ["Northamptonshire", 6], ["Nottinghamshire", 12]]) \
        + block(["West Midlands", 99], [*WEST_MIDLANDS_OTHERS, ["West Midlands", 44]])
    imported(cli, workspace_dir, write_csv(tmp_path / "pack.csv", rows, HOMICIDES))
    assert stored(cli, workspace_dir, "West Midlands") == {"West Midlands": 44}
    assert "East Midlands" not in stored(cli, workspace_dir)


def test_one_west_midlands_row_among_regions_and_the_regions_other_forces_is_the_force(cli, workspace_dir,
                                                                                         tmp_path):
    rows = [["North East", 30], ["North West", 80], *WEST_MIDLANDS_OTHERS, ["West Midlands", 44]]
    result = imported(cli, workspace_dir, write_csv(tmp_path / "mixed.csv", rows, HOMICIDES))
    assert result.stdout.splitlines()[1] == LEFT_OUT_REGIONS + "North East, North West"
    assert stored(cli, workspace_dir, "West Midlands") == {"West Midlands": 44}


# -- London: a region, and the Metropolitan Police's everyday name ----------------------

def test_london_beside_the_metropolitan_police_is_the_region(cli, workspace_dir, tmp_path):
    path = write_csv(tmp_path / "london.csv", [["London, City of", 1], ["Metropolitan Police", 119],
                                               ["London", 120], ["Kent", 15], ["Sussex", 10],
                                               ["South East", 25]], HOMICIDES)
    result = imported(cli, workspace_dir, path)
    assert result.stdout.splitlines()[1] == LEFT_OUT_REGIONS + "London region, South East"
    assert stored(cli, workspace_dir) == {"City of London": 1, "Metropolitan Police": 119, "Kent": 15,
                                          "Sussex": 10}


def test_london_alone_in_a_table_of_forces_is_still_the_metropolitan_police(cli, workspace_dir, tmp_path):
    path = write_csv(tmp_path / "msf.csv", [["London", 119], ["West Midlands", 30], ["Kent", 15]], HOMICIDES)
    result = imported(cli, workspace_dir, path)
    assert "left out" not in result.stdout
    assert stored(cli, workspace_dir) == {"Metropolitan Police": 119, "West Midlands": 30, "Kent": 15}


# -- Tables of regions only ------------------------------------------------------------

REGION_ROWS = [["North East", 30], ["North West", 80], ["Yorkshire and The Humber", 50], ["East Midlands", 40],
               ["West Midlands", 60], ["East of England", 45], ["London", 120], ["South East", 70],
               ["South West", 40], ["Wales", 25]]


def test_a_table_of_regions_stores_nothing_for_any_force_and_says_so(cli, workspace_dir, tmp_path):
    path = write_csv(tmp_path / "regions.csv", [["Homicides by region, 2022/23"],
                                                ["Region", "Homicides 2022/23"],
                                                ["England and Wales", 600], *REGION_ROWS])
    result = imported(cli, workspace_dir, path)
    assert result.stdout.splitlines() == [
        f"imported {path} (wide table, 1 row read): 1 figure for England and Wales, 2022/23 "
        "(1 added, 0 replaced, 0 unchanged)",
        "  no figures for any force from regions.csv: its rows are for regions and countries",
        LEFT_OUT_REGIONS + "East Midlands, East of England, London region, North East, North West, South East, "
                           "South West, Wales, West Midlands region, Yorkshire and The Humber"]
    assert stored(cli, workspace_dir) == {"England and Wales": 600}


def test_a_workbooks_sheet_of_regions_is_named_beside_its_sheet_of_forces(cli, workspace_dir, tmp_path):
    path = write_xlsx(tmp_path / "tables.xlsx", {"Forces": [HOMICIDES, ["Kent", 15], ["Essex", 9]],
                                                 "Regions": [["Region", "Homicides 2022/23"], *REGION_ROWS]})
    result = imported(cli, workspace_dir, path)
    assert "  no figures for any force from sheet 'Regions': its rows are for regions and countries" \
        in result.stdout.splitlines()
    assert stored(cli, workspace_dir) == {"Kent": 15, "Essex": 9}


def test_a_table_of_regions_alone_is_refused_in_one_line(cli, workspace_dir, tmp_path):
    path = write_csv(tmp_path / "regions.csv", REGION_ROWS, ["Region", "Homicides 2022/23"])
    assert refused(cli, workspace_dir, path) == (
        f"drafter: error: {path}: no figures for any force: the table's rows are for regions and countries "
        "(East Midlands, East of England, London region, North East and 6 more), not police force areas "
        "(nothing imported)")
    assert stored(cli, workspace_dir) == {}


# -- Listing what is left out ------------------------------------------------------------

def test_regions_and_countries_with_area_codes_are_listed_as_left_out(cli, workspace_dir, tmp_path):
    rows = [["K04000001", "ENGLAND AND WALES", 600], ["E92000001", "England", 575],
            ["E12000005", "West Midlands", 60],
            *([f"E2300001{n}", name, value] for n, (name, value) in enumerate(WEST_MIDLANDS_OTHERS)),
            ["E23000014", "West Midlands", 30], ["W92000004", "Wales", 25], ["", "British Transport Police", 3]]
    path = write_xlsx(tmp_path / "p1.xlsx", {"Table P1": ons_table(
        rows, "Table P1: Homicides by police force area, year ending March 2023", ["Homicides"])})
    result = imported(cli, workspace_dir, path)
    assert result.stdout.splitlines()[1:] == [
        "  left out, having no police force area in England and Wales: British Transport Police",
        LEFT_OUT_REGIONS + "England, Wales, West Midlands region"]
    again = cli("figures", "import", path, "--json", workspace=workspace_dir).json()
    assert again["left_out"] == ["British Transport Police", "England", "Wales", "West Midlands region"]
    assert again["rows_read"] == 5
    assert stored(cli, workspace_dir)["West Midlands"] == 30


# -- Total rows --------------------------------------------------------------------------

def test_a_total_that_adds_up_to_the_43_forces_is_england_and_wales(cli, workspace_dir, tmp_path):
    rows = forces_rows()
    total = sum(value for _, value in rows)
    path = write_xlsx(tmp_path / "pack.xlsx", {"Homicides": [["Force", "Homicides 2022/23"], *rows,
                                                             ["Total", total]]})
    result = imported(cli, workspace_dir, path)
    assert "  'Total' at Homicides!A45 stored as England and Wales: it is the sum of the 43 forces" \
        in result.stdout.splitlines()
    assert "left out" not in result.stdout
    assert stored(cli, workspace_dir, "England and Wales") == {"England and Wales": total}


@pytest.mark.parametrize("name", ["Total", "All forces"])
def test_a_total_of_some_forces_only_is_left_out_and_listed(cli, workspace_dir, tmp_path, name):
    path = write_csv(tmp_path / "msf.csv", [["Kent", 15], ["Essex", 9], ["Sussex", 10], [name, 34]], HOMICIDES)
    result = imported(cli, workspace_dir, path)
    assert result.stdout.splitlines()[1] == LEFT_OUT_REGIONS + name
    assert stored(cli, workspace_dir) == {"Kent": 15, "Essex": 9, "Sussex": 10}


def test_a_total_beside_an_england_and_wales_row_is_left_out(cli, workspace_dir, tmp_path):
    rows = forces_rows()
    total = sum(value for _, value in rows)
    path = write_csv(tmp_path / "p3.csv", [["England and Wales", total + 5], *rows, ["Total", total]], HOMICIDES)
    result = imported(cli, workspace_dir, path)
    assert result.stdout.splitlines()[1] == LEFT_OUT_REGIONS + "Total"
    assert stored(cli, workspace_dir, "England and Wales") == {"England and Wales": total + 5}


def test_a_total_that_does_not_add_up_is_left_out(cli, workspace_dir, tmp_path):
    rows = forces_rows()
    path = write_csv(tmp_path / "with-btp.csv", [*rows, ["Total", sum(value for _, value in rows) + 3]], HOMICIDES)
    result = imported(cli, workspace_dir, path)
    assert result.stdout.splitlines()[1] == LEFT_OUT_REGIONS + "Total"
    assert "England and Wales" not in stored(cli, workspace_dir)


def test_a_total_that_names_england_and_wales_is_england_and_wales(cli, workspace_dir, tmp_path):
    path = write_csv(tmp_path / "total.csv", [["Kent", 15], ["Total (England and Wales)", 590]], HOMICIDES)
    imported(cli, workspace_dir, path)
    assert stored(cli, workspace_dir) == {"Kent": 15, "England and Wales": 590}
