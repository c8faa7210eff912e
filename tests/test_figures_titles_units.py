"""What a wide table's titles say beyond the period: a column naming a measure
drafter does not know, the measure a sheet's title names, and the unit (a
percentage is never stored as a count beside the same measure's percentages,
so fill words its change in percentage points)."""

from __future__ import annotations

import pytest
from spreadsheets import write_csv, write_xlsx

NO_MEASURE_HINT = ("names no measure drafter knows: give it with --measure, add it to "
                   "templates/figures-import.toml [column_titles], or map the column in a --mapping file")
KEEPS_ONE_UNIT = ("a measure keeps one unit; give the unit the stored figures have (in the file, or in [units] "
                  "of templates/figures-import.toml), or remove them first ('drafter figures remove')")
KNIFE_TITLE = ("Table P4: Knife or sharp instrument offences by police force area, England and Wales, "
               "year ending March 2023")


def stored(cli, workspace_dir) -> dict:
    """What ``figures list --json`` holds: (area, measure, period) -> (value, unit)."""
    listed = cli("figures", "list", "--json", workspace=workspace_dir)
    if listed.stdout.startswith("No figures"):
        return {}
    return {(f["area"], f["measure"], f["period"]): (f["value"], f["unit"]) for f in listed.json()}


def imported(cli, workspace_dir, path, *options) -> str:
    result = cli("figures", "import", path, *options, workspace=workspace_dir)
    assert result.exit_code == 0, result.stderr
    return result.stdout


# A column whose title names a period, and a measure drafter does not know


def calls_table(tmp_path, title="Calls answered Jul to Sep 2023"):
    return write_csv(tmp_path / "calls.csv", [["Staffordshire", 71.2], ["Warwickshire", 68.0], ["Kent", 60]],
                     header=["Force", title])


def test_a_title_naming_a_period_and_an_unknown_measure_takes_the_measure_given(workspace_dir, cli, tmp_path):
    path = calls_table(tmp_path)
    output = imported(cli, workspace_dir, path, "--measure", "calls_answered")
    assert output.startswith(f"imported {path} (wide table, 3 rows read): 3 figures for Kent, Staffordshire, "
                             "Warwickshire, 2023-Q3 (3 added")
    assert stored(cli, workspace_dir) == {("Kent", "calls_answered", "2023-Q3"): (60, "count"),
                                          ("Staffordshire", "calls_answered", "2023-Q3"): (71.2, "count"),
                                          ("Warwickshire", "calls_answered", "2023-Q3"): (68, "count")}


def test_without_the_measure_the_column_is_named_with_what_to_do(workspace_dir, cli, tmp_path):
    path = calls_table(tmp_path)
    result = cli("figures", "import", path, workspace=workspace_dir)
    assert (result.exit_code, result.stderr) == (
        1, f"drafter: error: {path}:1: 'Calls answered Jul to Sep 2023' {NO_MEASURE_HINT} (nothing imported)\n")
    assert stored(cli, workspace_dir) == {}


def test_in_a_workbook_each_such_column_is_named_by_its_cell(workspace_dir, cli, tmp_path):
    path = write_xlsx(tmp_path / "calls.xlsx", {"Calls": [
        ["Calls by force"], [], ["Force", "Calls answered 2023/24", "Calls abandoned 2023/24"], ["Kent", 900, 40]]})
    result = cli("figures", "import", path, workspace=workspace_dir)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"drafter: error: {path}: Calls!B3: 'Calls answered 2023/24' {NO_MEASURE_HINT}",
        f"drafter: error: {path}: Calls!C3: 'Calls abandoned 2023/24' {NO_MEASURE_HINT}",
        f"drafter: error: {path}: nothing imported (2 problems)"]


def test_a_change_a_target_or_two_periods_do_not_take_the_measure_given(workspace_dir, cli, tmp_path):
    path = write_xlsx(tmp_path / "calls.xlsx", {"Calls": [
        ["Force", "Calls answered Jul to Sep 2023", "Change on Apr to Jun 2023", "Target 2023/24",
         "Calls answered 2022/23 to 2023/24"],
        ["Kent", 900, -12, 950, 3]]})
    output = imported(cli, workspace_dir, path, "--measure", "calls_answered")
    assert output.splitlines()[1:3] == [
        "  columns of changes, not imported (drafter works changes out from the figures): Calls!C1 'Change on Apr to Jun 2023'",
        "  columns naming no known measure, not imported: Calls!D1 'Target 2023/24', "
        "Calls!E1 'Calls answered 2022/23 to 2023/24'"]
    assert stored(cli, workspace_dir) == {("Kent", "calls_answered", "2023-Q3"): (900, "count")}


@pytest.mark.parametrize("title, measure", [
    ("Victim satisfaction", "victim_satisfaction"),
    ("Domestic abuse victim satisfaction", "domestic_abuse_satisfaction"),
    ("Anti-social behaviour incidents", "asb_incidents"),
    ("Drug seizures", "drug_seizures"),
    ("County lines closed", "county_lines_closed"),
    ("Fraud reports", "fraud_reports"),
    ("Cyber crime reports", "cyber_crime_reports"),
])
def test_the_measures_the_templates_use_are_known_by_their_plain_names(workspace_dir, cli, tmp_path, title,
                                                                       measure):
    path = calls_table(tmp_path, f"{title} Jul to Sep 2023")
    imported(cli, workspace_dir, path)
    assert {key[1] for key in stored(cli, workspace_dir)} == {measure}


# The sheet's title, or its name, giving the measure


def test_the_sheet_title_names_the_measure_of_count_and_rate_columns(workspace_dir, cli, tmp_path):
    path = write_xlsx(tmp_path / "p4.xlsx", {"Table P4": [
        [KNIFE_TITLE], [], ["Police force area", "Number of offences", "Rate per 100,000 population"],
        ["England and Wales", "48,000", 80], ["Kent", "1,000", 55]]})
    output = imported(cli, workspace_dir, path)
    assert output.startswith(f"imported {path} (wide table, 2 rows read): 4 figures for England and Wales, Kent, "
                             "2022/23 (4 added")
    assert stored(cli, workspace_dir) == {
        ("England and Wales", "knife_offences", "2022/23"): (48000, "count"),
        ("England and Wales", "knife_offences_per_100k", "2022/23"): (80, "per 100,000 population"),
        ("Kent", "knife_offences", "2022/23"): (1000, "count"),
        ("Kent", "knife_offences_per_100k", "2022/23"): (55, "per 100,000 population")}


@pytest.mark.parametrize("sheet, title", [
    ("Table 4", "Knife or sharp instrument offences"),
    ("Knife crime", "Table 4: by police force area"),
])
def test_a_title_or_the_sheet_name_that_is_a_measure_names_period_columns(workspace_dir, cli, tmp_path, sheet,
                                                                          title):
    path = write_xlsx(tmp_path / "knives.xlsx", {sheet: [
        [title], ["Numbers, England and Wales"], [],
        ["Force", "Jul to Sep 2023", "FY 2022/23"], ["Kent Police", 260, "1,000"], ["Sussex", 250, None]]})
    imported(cli, workspace_dir, path)
    assert stored(cli, workspace_dir) == {("Kent", "knife_offences", "2023-Q3"): (260, "count"),
                                          ("Kent", "knife_offences", "2022/23"): (1000, "count"),
                                          ("Sussex", "knife_offences", "2023-Q3"): (250, "count")}


def test_population_beside_a_measure_in_the_title_is_what_its_rate_divides_by(workspace_dir, cli, tmp_path):
    path = write_xlsx(tmp_path / "homicides.xlsx", {"Table 3": [
        ["Table 3: Homicides by police force area, 2022/23, with rates based on mid-year population estimates"],
        [], ["Force", "Number", "Rate per million population"], ["Kent", 13, 6.8]]})
    imported(cli, workspace_dir, path)
    assert stored(cli, workspace_dir) == {("Kent", "homicides", "2022/23"): (13, "count"),
                                          ("Kent", "homicides_per_million", "2022/23"): (6.8, "per million population")}


def test_a_title_naming_two_measures_gives_neither(workspace_dir, cli, tmp_path):
    path = write_xlsx(tmp_path / "two.xlsx", {"Table 2": [
        ["Homicides and knife crime by police force area, 2022/23"], [], ["Force", "Number"], ["Kent", 5]]})
    result = cli("figures", "import", path, workspace=workspace_dir)
    assert (result.exit_code, result.stderr) == (
        1, f"drafter: error: {path}: no sheet holds figures: 'Table 2' (no column names a known measure: give it "
           "with --measure) (nothing imported)\n")


def test_notes_under_the_title_give_no_measure(workspace_dir, cli, tmp_path):
    path = write_xlsx(tmp_path / "notes.xlsx", {"Table 5": [
        ["Table 5: Selected offences by police force area, 2022/23"], ["Knife crime is counted separately"],
        [], ["Force", "Number"], ["Kent", 5]]})
    result = cli("figures", "import", path, workspace=workspace_dir)
    assert result.exit_code == 1
    assert "no column names a known measure: give it with --measure" in result.stderr
    assert stored(cli, workspace_dir) == {}


# Units


@pytest.mark.parametrize("title", ["Outcome rate (%) 2023/24", "Outcome rate % 2023/24",
                                   "Outcome rate, per cent, 2023/24", "Percentage of outcomes 2023/24"])
def test_a_title_saying_percent_makes_the_column_a_percentage(workspace_dir, cli, tmp_path, title):
    path = write_csv(tmp_path / "outcomes.csv", [["Kent", 12.5]], header=["Force", title])
    imported(cli, workspace_dir, path, "--measure", "outcome_rate")
    assert stored(cli, workspace_dir) == {("Kent", "outcome_rate", "2023/24"): (12.5, "percent")}


def test_percent_signs_in_the_cells_make_the_column_a_percentage(workspace_dir, cli, tmp_path):
    path = write_csv(tmp_path / "outcomes.csv", [["Kent", "12.5%"]], header=["Force", "2023/24"])
    imported(cli, workspace_dir, path, "--measure", "outcome_rate")
    assert stored(cli, workspace_dir) == {("Kent", "outcome_rate", "2023/24"): (12.5, "percent")}


def test_the_satisfaction_measures_are_percentages_wherever_the_file_gives_no_unit(workspace_dir, cli, tmp_path):
    wide = write_csv(tmp_path / "wide.csv", [["Kent", 70.1, 66]],
                     header=["Force", "Victim satisfaction 2023/24", "Domestic abuse satisfaction 2023/24"])
    long = write_csv(tmp_path / "long.csv", [["Kent", "victim_satisfaction", "2022/23", 69.4, ""]],
                     header=["area", "measure", "period", "value", "unit"])
    imported(cli, workspace_dir, wide)
    imported(cli, workspace_dir, long)
    assert stored(cli, workspace_dir) == {("Kent", "domestic_abuse_satisfaction", "2023/24"): (66, "percent"),
                                          ("Kent", "victim_satisfaction", "2022/23"): (69.4, "percent"),
                                          ("Kent", "victim_satisfaction", "2023/24"): (70.1, "percent")}


def write_pack(tmp_path):
    """A force's performance pack with its own mapping, as the README shows one."""
    pack = write_xlsx(tmp_path / "pack.xlsx", {"Scorecard": [
        ["West Midlands Police - Monthly Performance Pack"], [],
        ["Area", "Total Homicide (All)", "Victim satisfaction (%)"],
        ["WMP Force Total", 31, 71.2], ["Coventry", 4, 73]]})
    mapping = tmp_path / "pack.toml"
    mapping.write_text('sheet = "Scorecard"\nperiod = "2023-Q3"\nleave_out = ["Coventry"]\n[columns]\n'
                       '"Total Homicide (All)" = "homicides"\n"Victim satisfaction (%)" = "victim_satisfaction"\n'
                       '[areas]\n"WMP Force Total" = "West Midlands"\n', encoding="utf-8")
    return pack, mapping


def test_a_mapped_percentage_column_is_stored_as_a_percentage_and_filled_in_points(workspace_dir, cli, tmp_path):
    survey = write_csv(tmp_path / "survey.csv", [["West Midlands", "victim_satisfaction", "2022-Q3", "69.0", "%"]],
                       header=["area", "measure", "period", "value", "unit"])
    imported(cli, workspace_dir, survey)
    pack, mapping = write_pack(tmp_path)
    imported(cli, workspace_dir, pack, "--mapping", mapping)
    assert stored(cli, workspace_dir)[("West Midlands", "victim_satisfaction", "2023-Q3")] == (71.2, "percent")
    filled = cli("fill", "victim-satisfaction/overall", "--period", "2023-Q3", "--area", "West Midlands",
                 workspace=workspace_dir)
    assert filled.exit_code == 0, filled.stderr
    assert ("In the third quarter of 2023, 71.2% of victims surveyed in the West Midlands said they were "
            "satisfied with the service they received from the police, an increase of 2.2 percentage points "
            "from the same quarter a year earlier, when it was 69.0%.") in filled.stdout


def test_a_percentage_stored_before_refuses_the_same_measure_as_a_count(workspace_dir, cli, tmp_path):
    survey = write_csv(tmp_path / "survey.csv", [["Kent", "outcome_rate", "2022/23", "12.0", "%"],
                                                 ["Kent", "outcome_rate", "2021/22", "11.5", "%"]],
                       header=["area", "measure", "period", "value", "unit"])
    imported(cli, workspace_dir, survey)
    before = stored(cli, workspace_dir)
    path = write_xlsx(tmp_path / "outcomes.xlsx", {"Outcomes": [
        ["Force", "Homicides 2023/24", "Outcome rate 2023/24"], ["Kent", 13, 12.5], ["Essex", 9, 10.1]]})
    result = cli("figures", "import", path, "--measure", "outcome_rate", workspace=workspace_dir)
    assert (result.exit_code, result.stderr) == (
        1, f"drafter: error: {path}: Outcomes!C2: outcome_rate is read here as a count, but it is stored as "
           f"percentages (Kent, 2021/22 and 1 more): {KEEPS_ONE_UNIT} (nothing imported)\n")
    assert stored(cli, workspace_dir) == before


def test_a_count_stored_before_refuses_the_same_measure_as_a_percentage(workspace_dir, cli, tmp_path):
    counts = write_csv(tmp_path / "counts.csv", [["Kent", "calls_answered", "2022/23", "900", ""]],
                       header=["area", "measure", "period", "value", "unit"])
    imported(cli, workspace_dir, counts)
    path = write_csv(tmp_path / "percent.csv", [["Kent", "91%"]], header=["Force", "Calls answered 2022/23"])
    result = cli("figures", "import", path, "--measure", "calls_answered", workspace=workspace_dir)
    assert (result.exit_code, result.stderr) == (
        1, f"drafter: error: {path}:2: calls_answered is read here as a percentage, but it is stored as a count "
           f"(Kent, 2022/23): {KEEPS_ONE_UNIT} (nothing imported)\n")
    assert stored(cli, workspace_dir) == {("Kent", "calls_answered", "2022/23"): (900, None)}


def test_a_count_with_no_unit_and_one_said_to_be_a_count_are_one_unit(workspace_dir, cli, tmp_path):
    long = write_csv(tmp_path / "long.csv", [["Kent", "homicides", "2022/23", "12", ""],
                                             ["Kent", "population", "2022/23", "1,900,000", ""]],
                     header=["area", "measure", "period", "value", "unit"])
    imported(cli, workspace_dir, long)
    wide = write_csv(tmp_path / "wide.csv", [["Kent", 13, "1,910,000"]],
                     header=["Force", "Homicides 2022/23", "Population 2022/23"])
    output = imported(cli, workspace_dir, wide)
    assert "  revised homicides, Kent, 2022/23: 12 -> 13" in output.splitlines()
    assert stored(cli, workspace_dir) == {("Kent", "homicides", "2022/23"): (13, "count"),
                                          ("Kent", "population", "2022/23"): (1910000, "persons")}
