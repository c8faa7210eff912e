"""Importing the Home Office's police recorded crime open data: every force at
once, offences mapped to the national measures, quarters added up into years."""

from __future__ import annotations

import pytest
from spreadsheets import (
    NEIGHBOURHOOD_CODES,
    OPEN_DATA_HEADER,
    count,
    expected_total,
    financial_quarters,
    open_data_rows,
    write_csv,
    write_ods,
    write_xlsx,
)

from drafter.errors import FiguresError
from drafter.forces import FORCE_NAMES

WEST_MIDLANDS = FORCE_NAMES.index("West Midlands")
# Quarter indexes of the generated files: 0-3 are 2022/23 (2022-Q2 to 2023-Q1), 4-7 are 2023/24.
HOMICIDE = {"1/4.1/4.10/4.2"}


@pytest.fixture(scope="module")
def two_years(tmp_path_factory):
    return write_csv(tmp_path_factory.mktemp("open-data") / "prc-pfa-tables.csv", open_data_rows(),
                     OPEN_DATA_HEADER)


def values(workspace, area: str, measure: str) -> dict[str, float]:
    return {f.period: f.value for f in workspace.list_figures(area=area, measure=measure)}


def problems_of(workspace, path, **options) -> list:
    with pytest.raises(FiguresError) as caught:
        workspace.import_figures(path, **options)
    return caught.value.problems


def test_every_force_is_imported_and_bodies_without_an_area_are_left_out(empty_workspace, two_years):
    report = empty_workspace.import_figures(two_years)
    assert report.layouts == ["Home Office open data"]
    assert set(report.areas) == {*FORCE_NAMES, "England and Wales"}
    assert report.left_out == ["Action Fraud", "British Transport Police"]
    assert report.rows_read == len(open_data_rows())
    assert report.measures == ["drug_trafficking_offences", "homicides", "neighbourhood_crime",
                               "residential_burglary", "robbery_personal", "theft_from_person",
                               "vehicle_crime"]
    # Spelled as the Home Office's tables spell them, stored under the forces' usual names.
    assert values(empty_workspace, "City of London", "homicides")
    assert values(empty_workspace, "Devon and Cornwall", "homicides")


def test_quarters_add_up_to_financial_calendar_and_rolling_years(empty_workspace, two_years):
    empty_workspace.import_figures(two_years)
    homicides = values(empty_workspace, "West Midlands", "homicides")

    def total(quarters):
        return expected_total(WEST_MIDLANDS, quarters, HOMICIDE)

    # Financial quarter 1 of 2022/23 is April to June 2022, the second calendar quarter.
    assert homicides["2022-Q2"] == total([0])
    assert homicides["2023-Q1"] == total([3])
    assert homicides["2022/23"] == total([0, 1, 2, 3])
    assert homicides["YE2023-06"] == total([1, 2, 3, 4])
    assert homicides["YE2023-09"] == total([2, 3, 4, 5])
    assert homicides["2023"] == total([3, 4, 5, 6])
    assert homicides["2023/24"] == total([4, 5, 6, 7])
    # No total without all four of its quarters.
    assert "YE2022-09" not in homicides and "2022" not in homicides and "2024" not in homicides
    assert len(homicides) == 8 + 5


def test_neighbourhood_crime_is_its_four_parts(empty_workspace, two_years):
    empty_workspace.import_figures(two_years)
    parts = ("residential_burglary", "vehicle_crime", "theft_from_person", "robbery_personal")
    for period in ("2023-Q2", "2022/23", "YE2023-09", "2023"):
        found = {f.measure: f.value for f in empty_workspace.list_figures(area="West Midlands",
                                                                          period=period)}
        assert found["neighbourhood_crime"] == sum(found[part] for part in parts)
    assert values(empty_workspace, "West Midlands", "neighbourhood_crime")["2023/24"] == \
        expected_total(WEST_MIDLANDS, [4, 5, 6, 7], NEIGHBOURHOOD_CODES)
    # Business robbery and non-residential burglary are not neighbourhood crime.
    assert values(empty_workspace, "West Midlands", "robbery_personal")["2023-Q3"] == \
        count(WEST_MIDLANDS, 12, 5)


def test_england_and_wales_is_the_sum_of_the_43_forces(empty_workspace, two_years):
    empty_workspace.import_figures(two_years)
    national = values(empty_workspace, "England and Wales", "homicides")
    for period in ("2023-Q3", "2022/23", "YE2023-06"):
        assert national[period] == sum(values(empty_workspace, force, "homicides")[period]
                                       for force in FORCE_NAMES)
    # British Transport Police's robberies are not in the national figure.
    assert values(empty_workspace, "England and Wales", "robbery_personal")["2023-Q3"] == \
        sum(count(force, 12, 5) for force in range(43))


def test_without_every_force_there_is_no_national_total(empty_workspace, tmp_path):
    path = write_csv(tmp_path / "some.csv", open_data_rows(forces=["Kent", "Essex"]), OPEN_DATA_HEADER)
    report = empty_workspace.import_figures(path)
    assert report.areas == ["Essex", "Kent"]


def test_a_table_without_knife_rows_gives_no_knife_figures_rather_than_zeros(empty_workspace, two_years):
    empty_workspace.import_figures(two_years)
    assert empty_workspace.list_figures(measure="knife_offences") == []
    assert empty_workspace.list_figures(measure="firearms_offences") == []


def test_workbooks_with_a_sheet_per_year_give_the_same_figures(empty_workspace, tmp_path, two_years):
    first, second = (open_data_rows(forces=["Kent", "West Midlands"], quarters=financial_quarters(year, 1))
                     for year in (2022, 2023))
    xlsx = write_xlsx(tmp_path / "prc.xlsx", {
        "Cover": [["Police recorded crime open data tables"], ["Published 24 July 2024"]],
        "2022_23": [OPEN_DATA_HEADER, *first], "2023_24": [OPEN_DATA_HEADER, *second]})
    report = empty_workspace.import_figures(xlsx)
    assert report.sheets == ["2022_23", "2023_24"]
    from_xlsx = values(empty_workspace, "Kent", "neighbourhood_crime")
    ods = write_ods(tmp_path / "prc.ods", {"2022_23": [OPEN_DATA_HEADER, *first],
                                           "2023_24": [OPEN_DATA_HEADER, *second]})
    from_ods = empty_workspace.import_figures(ods)
    assert from_ods.replaced == report.rows  # the same figures, from a file of another name
    assert all(item["old"] == item["new"] for item in from_ods.replacements)
    assert from_xlsx["2023/24"] == expected_total(FORCE_NAMES.index("Kent"), [0, 1, 2, 3],
                                                  NEIGHBOURHOOD_CODES)
    assert from_xlsx["YE2023-06"] == sum(from_xlsx[q] for q in ("2022-Q3", "2022-Q4", "2023-Q1", "2023-Q2"))


def test_a_withheld_quarter_is_no_figure_and_so_are_the_totals_needing_it(empty_workspace, tmp_path):
    rows = open_data_rows(forces=["Kent", "Essex"])
    for row in rows:
        if row[2] == "Kent" and row[6] == "1/4.1/4.10/4.2" and (row[0], row[1]) == ("2023/24", 2):
            row[7] = "[x]"  # July to September 2023
    empty_workspace.import_figures(write_csv(tmp_path / "withheld.csv", rows, OPEN_DATA_HEADER))
    kent = values(empty_workspace, "Kent", "homicides")
    assert "2023-Q3" not in kent and "YE2023-09" not in kent and "2023" not in kent
    assert "2023/24" not in kent
    assert "2023-Q2" in kent and "YE2023-06" in kent and "2022/23" in kent
    assert "2023/24" in values(empty_workspace, "Essex", "homicides")


def test_a_quarter_the_file_covers_without_an_offence_had_none_of_it(empty_workspace, tmp_path):
    rows = [row for row in open_data_rows(forces=["Kent"], quarters=financial_quarters(2023, 1))
            if not (row[6] == "39" and row[1] == 3)]
    empty_workspace.import_figures(write_csv(tmp_path / "sparse.csv", rows, OPEN_DATA_HEADER))
    assert values(empty_workspace, "Kent", "theft_from_person")["2023-Q4"] == 0


def test_bad_numbers_and_unknown_forces_are_named_by_line_and_cell(empty_workspace, tmp_path):
    rows = open_data_rows(forces=["Kent"], quarters=financial_quarters(2023, 1), extra_bodies=False)
    rows[3][7] = "12a"
    rows[5][7] = 2.5
    rows[8][2] = "Kentt"
    rows[9][2] = "Kentt"
    rows[10][0] = "2023"
    csv_problems = problems_of(empty_workspace, write_csv(tmp_path / "bad.csv", rows, OPEN_DATA_HEADER))
    assert [str(p) for p in csv_problems] == [
        "line 5: '12a' is not a number of offences",
        "line 7: '2.5' is not a whole number of offences",
        "line 10: unknown area 'Kentt' (closest: Kent): not one of the 43 police forces of England "
        "and Wales; a local area must be listed in the workspace's settings (areas = [...])",
        "line 12: financial year '2023' and quarter '1' are not a financial year (2023/24) and a "
        "quarter 1 to 4",
    ]
    rows[5][7] = 2
    rows[8][2] = rows[9][2] = rows[10][2] = "Kent"
    rows[10][0] = "2023/24"
    xlsx_problems = problems_of(empty_workspace, write_xlsx(tmp_path / "bad.xlsx",
                                                            {"Data": [OPEN_DATA_HEADER, *rows]}))
    assert [str(p) for p in xlsx_problems] == ["Data!H5: '12a' is not a number of offences"]
    assert empty_workspace.list_figures() == []


def test_the_workspace_mapping_file_says_which_offences_make_a_measure(empty_workspace, tmp_path):
    mapping = empty_workspace.templates_dir / "figures-import.toml"
    mapping.parent.mkdir(exist_ok=True)
    mapping.write_text('[open_data.weapon_possession]\nsubgroups = ["Possession of weapons offences"]\n'
                       '[open_data.all_robbery]\ncodes = ["34A", "34b"]\n', encoding="utf-8")
    path = write_csv(tmp_path / "od.csv", open_data_rows(forces=["Kent"]), OPEN_DATA_HEADER)
    report = empty_workspace.import_figures(path)
    assert report.measures == ["all_robbery", "weapon_possession"]
    kent = FORCE_NAMES.index("Kent")
    assert values(empty_workspace, "Kent", "all_robbery")["2023-Q3"] == count(kent, 12, 5) + count(kent, 13, 5)


@pytest.mark.parametrize("text,reason", [
    ("[open_data.x]\nsum_of = ['nothing']\n", "sum_of names 'nothing'"),
    ("[open_data.x]\nsubgroups = 'Homicide'\n", "open_data.x.subgroups must be a list of text"),
    ("[open_data.x]\nwhere = ['Homicide']\n", "unknown key 'where'"),
    ("[open_data.x]\n", "selects no rows"),
    ("[open_data.x\n", "not valid TOML"),
    ("sheet = 'Data'\n", "unknown setting 'sheet'"),
])
def test_a_broken_mapping_file_is_named_with_what_is_wrong(empty_workspace, tmp_path, text, reason):
    mapping = empty_workspace.templates_dir / "figures-import.toml"
    mapping.parent.mkdir(exist_ok=True)
    mapping.write_text(text, encoding="utf-8")
    path = write_csv(tmp_path / "od.csv", open_data_rows(forces=["Kent"]), OPEN_DATA_HEADER)
    with pytest.raises(FiguresError) as caught:
        empty_workspace.import_figures(path)
    assert caught.value.file == str(mapping)
    assert reason in str(caught.value)
    assert empty_workspace.list_figures() == []


def test_importing_the_same_file_again_changes_nothing(empty_workspace, two_years):
    first = empty_workspace.import_figures(two_years)
    again = empty_workspace.import_figures(two_years)
    assert (again.added, again.replaced, again.unchanged) == (0, 0, first.rows)


def test_a_measure_or_period_given_for_a_file_that_names_its_own_is_refused(empty_workspace, tmp_path):
    path = write_csv(tmp_path / "od.csv", open_data_rows(forces=["Kent"]), OPEN_DATA_HEADER)
    [problem] = problems_of(empty_workspace, path, period="2023/24")
    assert problem.reason.startswith("the file gives the measure and period of every figure itself")


def test_burglary_of_a_home_counts_under_its_old_and_new_classifications(empty_workspace, tmp_path):
    # Until March 2017 the tables call it domestic burglary (28A-28D, 29); from
    # April 2017 residential burglary (28E-28H, 29A). A year across the change
    # adds both; burglary of business premises is in neither.
    before = [("Burglary in a dwelling", "28A", 5), ("Attempted burglary in a dwelling", "28B", 2),
              ("Distraction burglary in a dwelling", "28C", 1),
              ("Attempted distraction burglary in a dwelling", "28D", 1),
              ("Aggravated burglary in a dwelling", "29", 1)]
    after = [("Burglary - Residential", "28E", 7), ("Attempted burglary - Residential", "28F", 2),
             ("Distraction burglary - Residential", "28G", 1),
             ("Attempted distraction burglary - Residential", "28H", 1),
             ("Aggravated burglary - Residential", "29A", 1)]
    rows = [["2016/17", 4, "Kent", description, "Burglary", "Domestic burglary", code, number]
            for description, code, number in before]
    rows.append(["2016/17", 4, "Kent", "Burglary in a building other than a dwelling", "Burglary",
                 "Non-domestic burglary", "30A", 50])
    for quarter in (1, 2, 3):
        rows += [["2017/18", quarter, "Kent", description, "Burglary", "Residential burglary", code, number]
                 for description, code, number in after]
        rows.append(["2017/18", quarter, "Kent", "Burglary - Business and Community", "Burglary",
                     "Non-residential burglary", "30C", 50])
    empty_workspace.import_figures(write_csv(tmp_path / "across-2017.csv", rows, OPEN_DATA_HEADER))
    kent = values(empty_workspace, "Kent", "residential_burglary")
    assert kent["2017-Q1"] == 10 and kent["2017-Q2"] == 12
    assert kent["2017"] == 10 + 3 * 12


def test_offences_are_known_by_code_when_a_table_labels_them_otherwise(empty_workspace, tmp_path):
    # Older tables split vehicle offences into several subgroups, and a workbook
    # stores most codes as numbers: the codes still say which offences they are.
    offences = [("Theft from vehicle", "Theft from a vehicle", 45, 4),
                ("Theft or unauthorised taking of motor vehicle", "Theft of a motor vehicle", 48, 3),
                ("Aggravated vehicle taking", "Theft of a motor vehicle", 37.2, 2),
                ("Interfering with a motor vehicle", "Vehicle interference", 126, 1),
                ("Theft from the person", "Theft from the person", 39, 6),
                ("Theft or unauthorised taking of a pedal cycle", "Bicycle theft", 44, 20)]
    rows = [["2015/16", quarter, "Essex", description, "Theft offences", subgroup, code, number]
            for quarter in (1, 2, 3, 4) for description, subgroup, code, number in offences]
    empty_workspace.import_figures(write_xlsx(tmp_path / "older.xlsx", {"2015_16": [OPEN_DATA_HEADER, *rows]}))
    assert values(empty_workspace, "Essex", "vehicle_crime")["2015/16"] == 4 * (4 + 3 + 2 + 1)
    assert values(empty_workspace, "Essex", "theft_from_person")["2015-Q3"] == 6


def test_the_header_is_recognised_whatever_its_capitals_and_spacing(empty_workspace, tmp_path):
    header = ["FINANCIAL YEAR", "financial quarter", "Force name", "Offence description",
              "Offence group", " Offence  Subgroup", "Offence code", "Number of offences"]
    rows = open_data_rows(forces=["Kent"], quarters=financial_quarters(2023, 1), extra_bodies=False)
    report = empty_workspace.import_figures(write_csv(tmp_path / "lower.csv", rows, header))
    assert report.layouts == ["Home Office open data"]
    assert values(empty_workspace, "Kent", "homicides")["2023/24"] == \
        expected_total(FORCE_NAMES.index("Kent"), [0, 1, 2, 3], HOMICIDE)


def _with_homicides_of(rows: list[list], force: str, more: int) -> list[list]:
    """The rows with ``more`` homicides for ``force`` in every quarter they cover."""
    return [[*row[:7], row[7] + more] if row[2] == force and row[6] in HOMICIDE else row for row in rows]


def test_a_reissued_quarter_restates_the_years_it_is_part_of(empty_workspace, two_years, tmp_path):
    """A release revising one quarter leaves no stored year out of step: each
    year holding the quarter is added up again, its other quarters taken
    from the figures stored before."""
    empty_workspace.import_figures(two_years)
    before = values(empty_workspace, "Cleveland", "homicides")
    reissue = write_csv(tmp_path / "prc-q2.csv", _with_homicides_of(
        open_data_rows(quarters=[("2023/24", 2)]), "Cleveland", 100), OPEN_DATA_HEADER)
    report = empty_workspace.import_figures(reissue)
    after = values(empty_workspace, "Cleveland", "homicides")
    assert after["2023-Q3"] != before["2023-Q3"]
    for year in ("2023/24", "2023", "YE2023-09"):
        assert after[year] == sum(after[quarter] for quarter in QUARTERS_OF[year])
    assert after["2022/23"] == before["2022/23"]  # not a year the quarter is part of
    revised = {(item["area"], item["period"]) for item in report.replacements if item["old"] != item["new"]}
    assert {("Cleveland", "2023/24"), ("Cleveland", "2023"), ("England and Wales", "2023/24")} <= revised


QUARTERS_OF = {"2023/24": ["2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1"],
               "2023": ["2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"],
               "YE2023-09": ["2022-Q4", "2023-Q1", "2023-Q2", "2023-Q3"]}


def test_a_reissue_without_one_force_restates_england_and_wales_from_the_stored_force(
        empty_workspace, two_years, tmp_path, cli):
    empty_workspace.import_figures(two_years)
    without_kent = [row for row in _with_homicides_of(open_data_rows(), "Surrey", 50) if row[2] != "Kent"]
    path = write_csv(tmp_path / "prc-no-kent.csv", without_kent, OPEN_DATA_HEADER)
    result = cli("figures", "import", path, workspace=empty_workspace.path)
    national = values(empty_workspace, "England and Wales", "homicides")
    for period in ("2023-Q3", "2022/23", "YE2023-06"):
        assert national[period] == sum(values(empty_workspace, force, "homicides")[period]
                                       for force in FORCE_NAMES)
    assert ("England and Wales added up with the figures stored before for Kent, which this file "
            "has no rows for") in " ".join(result.stdout.split())
