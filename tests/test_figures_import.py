"""Importing figures from CSV: what is accepted, and every kind of bad file or row."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.errors import FiguresError

REPO = Path(__file__).resolve().parents[1]
WEST_MIDLANDS = REPO / "corpus" / "figures" / "west-midlands.csv"


def write(tmp_path, text: str, name: str = "figures.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def problems_of(workspace, path) -> list:
    with pytest.raises(FiguresError) as caught:
        workspace.import_figures(path)
    assert caught.value.file == str(path)
    return caught.value.problems


def test_the_west_midlands_file_imports(empty_workspace):
    report = empty_workspace.import_figures(WEST_MIDLANDS)
    data = report.to_dict()
    assert data["file"] == str(WEST_MIDLANDS)
    assert data["added"] == data["rows"] > 0 and data["replaced"] == 0
    assert data["areas"] == ["West Midlands"]
    homicides = empty_workspace.list_figures(measure="homicides", area="West Midlands")
    assert [(f.period, f.value) for f in homicides] == [("2021", 45), ("2022", 45)]
    assert homicides[0].source == "HMICFRS Digital Crime and Performance Pack"


def test_west_midlands_parts_of_neighbourhood_crime_add_up(empty_workspace):
    empty_workspace.import_figures(WEST_MIDLANDS)
    parts = ("residential_burglary", "robbery_personal", "theft_from_person", "vehicle_crime")
    for period, total in (("2021", 55219), ("2022", 65450)):
        found = {f.measure: f.value for f in empty_workspace.list_figures(period=period)}
        assert found["neighbourhood_crime"] == total
        assert sum(found[p] for p in parts) == total


def test_headers_are_forgiving_and_values_may_be_formatted(empty_workspace, tmp_path):
    path = write(tmp_path, "\ufeff Area , MEASURE,Period,Value ,Unit,Source\n"
                           "Testshire,neighbourhood crime,2022,\"65,450\",,\n"
                           "Testshire,victim_satisfaction,2022-q3,71.2%,,Survey\n"
                           "Testshire,asb_funding,2023/24,£1.5 million,,Home Office\n"
                           "Testshire,grant,2023/24,£2m,,\n"
                           "Testshire,budget,2023/24,\"£400,000\",GBP,\n"
                           ",,,\n")
    report = empty_workspace.import_figures(path)
    assert report.rows == report.added == 5
    found = {f.measure: f for f in empty_workspace.list_figures(area="testshire")}
    assert found["neighbourhood_crime"].value == 65450
    assert found["neighbourhood_crime"].source == "figures.csv"  # default: the file's name
    assert (found["victim_satisfaction"].value, found["victim_satisfaction"].unit,
            found["victim_satisfaction"].period) == (71.2, "percent", "2022-Q3")
    assert (found["asb_funding"].value, found["asb_funding"].unit) == (1_500_000, "GBP")
    assert found["grant"].value == 2_000_000
    assert found["budget"].value == 400_000


def test_windows_1252_text_is_read(empty_workspace, tmp_path):
    path = write(tmp_path, "area,measure,period,value,source\nTestshire,grant,2023,£5,Council’s report\n",
                 encoding="cp1252")
    empty_workspace.import_figures(path)
    [figure] = empty_workspace.list_figures(area="Testshire")
    assert figure.source == "Council’s report" and figure.unit == "GBP"


def test_semicolon_separated_files_are_read(empty_workspace, tmp_path):
    path = write(tmp_path, "area;measure;period;value\nTestshire;homicides;2022;7\n")
    assert empty_workspace.import_figures(path).added == 1


def test_every_bad_row_is_reported_with_its_line_and_nothing_is_imported(empty_workspace, tmp_path):
    path = write(tmp_path, (
        "area,measure,period,value,unit,source\n"
        "Testshire,homicides,2022,n/a,,\n"            # line 2: not a number
        "Testshire,homicides,2021,,,\n"               # line 3: value empty
        ",homicides,2020,4,,\n"                       # line 4: area empty
        "Testshire,homicides,2022-Q5,4,,\n"           # line 5: bad period
        "Testshire,homicides,22/23,4,,\n"             # line 6: bad period
        "Testshire,knife_offences,2022,forty,,\n"     # line 7: not a number
        "Testshire,homicides,2019,3,,\n"              # line 8: fine
        "Testshire,Homicides,2019,4,,\n"              # line 9: duplicate of line 8
        "Testshire,homicides,2018,5,,a,b\n"           # line 10: too many fields
        "Testshire,victims,2018,50%,GBP,\n"           # line 11: unit contradicts value
        "Testshire,homicides,2017,7,,\n"              # line 12: fine
    ))
    problems = problems_of(empty_workspace, path)
    assert [(p.line, p.reason) for p in problems] == [
        (2, "value 'n/a' marks no figure, but each row here gives one: leave the row out"),
        (3, "value is empty"),
        (4, "area is empty"),
        (5, "bad period '2022-Q5': there is no quarter 5 (quarters are Q1 to Q4)"),
        (6, "bad period '22/23': expected a year (2022), a quarter (2022-Q3), a financial year (2022/23) or a year ending June or September (YE2023-06)"),
        (7, "value 'forty' is not a number"),
        (9, "duplicate figure: Testshire, homicides, 2019 is already given on line 8"),
        (10, "the row has 7 fields but the header has 6 (a value with a comma needs quotes)"),
        (11, "value '50%' is in percent but the unit column says 'GBP'"),
    ]
    assert all(str(p) == f"line {p.line}: {p.reason}" for p in problems)
    assert empty_workspace.list_figures() == []


def test_line_numbers_count_lines_of_quoted_cells(empty_workspace, tmp_path):
    path = write(tmp_path, (
        "area,measure,period,value,source\n"
        "Testshire,homicides,2022,4,\"a source\nover two lines\"\n"
        "Testshire,homicides,2021,blank,\n"
    ))
    [problem] = problems_of(empty_workspace, path)
    assert problem.line == 4
    assert problem.reason == "(spreadsheet row 3) value 'blank' is not a number"


def test_a_failed_import_leaves_earlier_figures_alone(empty_workspace, tmp_path):
    good = write(tmp_path, "area,measure,period,value\nTestshire,homicides,2022,7\n", "good.csv")
    bad = write(tmp_path, "area,measure,period,value\nTestshire,homicides,2022,8\nTestshire,x,2022,?\n", "bad.csv")
    empty_workspace.import_figures(good)
    problems_of(empty_workspace, bad)
    [figure] = empty_workspace.list_figures()
    assert figure.value == 7


@pytest.mark.parametrize("content,reason", [
    (b"", "the file is empty"),
    (b"  \n\n", "the file is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "this is a binary file, not CSV text"),
    (b"PK\x03\x04\x14\x00\x06\x00", "corrupt workbook (not a zip archive)"),
    (b"area,measure,period,value\n", "the file has a header but no figures"),
])
def test_files_that_are_not_figures(empty_workspace, tmp_path, content, reason):
    path = tmp_path / "figures.csv"
    path.write_bytes(content)
    [problem] = problems_of(empty_workspace, path)
    assert problem.reason.startswith(reason)


def test_missing_columns_are_named(empty_workspace, tmp_path):
    path = write(tmp_path, "Area,Measure,Year,Count\nTestshire,homicides,2022,4\n")
    [problem] = problems_of(empty_workspace, path)
    assert problem.line == 1
    assert "missing period, value" in problem.reason
    assert "found 'area', 'measure', 'year', 'count'" in problem.reason


def test_prose_is_not_csv(empty_workspace, tmp_path):
    path = write(tmp_path, "Dear colleagues, please find the figures attached.\nThanks\n")
    [problem] = problems_of(empty_workspace, path)
    assert problem.reason.startswith("not a figures file")


def test_text_in_no_known_encoding_is_refused(empty_workspace, tmp_path):
    # 0x81 and 0x8d are undefined in Windows-1252 and invalid as UTF-8 here.
    path = tmp_path / "figures.csv"
    path.write_bytes(b"area,measure,period,value\nTest\x81\x8dshire,homicides,2022,4\n")
    [problem] = problems_of(empty_workspace, path)
    assert "neither UTF-8 nor Windows-1252" in problem.reason


def test_a_missing_file(empty_workspace, tmp_path):
    [problem] = problems_of(empty_workspace, tmp_path / "nope.csv")
    assert problem.reason == "no such file"


def test_the_error_message_is_one_line_listing_every_problem(empty_workspace, tmp_path):
    path = write(tmp_path, "area,measure,period,value\nKent,m,2022,ten\nKent,m,2021,y\n")
    with pytest.raises(FiguresError) as caught:
        empty_workspace.import_figures(path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: 2 problems: line 2: value 'ten' is not a number; line 3:")


def test_reimporting_replaces_and_says_what_changed(empty_workspace, tmp_path):
    first = write(tmp_path, "area,measure,period,value\nTestshire,homicides,2022,7\n"
                            "Testshire,homicides,2021,6\n", "first.csv")
    second = write(tmp_path, "area,measure,period,value,source\ntestshire,homicides,2022,8,Revised\n"
                             "TESTSHIRE,homicides,2021,6,first.csv\nTestshire,homicides,2020,5,\n",
                   "second.csv")
    empty_workspace.import_figures(first)
    report = empty_workspace.import_figures(second).to_dict()
    assert (report["added"], report["replaced"], report["unchanged"], report["rows"]) == (1, 1, 1, 3)
    assert report["replacements"] == [
        {"measure": "homicides", "area": "Testshire", "period": "2022", "old": 7, "new": 8}]
    figures = empty_workspace.list_figures(area="TESTSHIRE")
    assert [(f.area, f.period, f.value, f.source) for f in figures] == [
        ("Testshire", "2020", 5, "second.csv"),
        ("Testshire", "2021", 6, "first.csv"),
        ("Testshire", "2022", 8, "Revised"),
    ]


def test_list_filters_and_orders_by_the_date_each_period_ends(empty_workspace, tmp_path):
    """A year after its last quarter, so years and quarters do not interleave."""
    path = write(tmp_path, "area,measure,period,value\nKent,m,2023,1\nEssex,m,2022/23,2\nEssex,m,2022-Q4,3\n"
                           "Essex,m,2022,4\nEssex,n,2022,5\nEssex,m,2023-Q1,6\n")
    empty_workspace.import_figures(path)
    assert [(f.area, f.measure, f.period) for f in empty_workspace.list_figures()] == [
        ("Essex", "m", "2022-Q4"), ("Essex", "m", "2022"), ("Essex", "m", "2023-Q1"), ("Essex", "m", "2022/23"),
        ("Essex", "n", "2022"), ("Kent", "m", "2023")]
    assert [f.value for f in empty_workspace.list_figures(period="2022/2023")] == [2]
    assert empty_workspace.list_figures(measure="M", area="essex police", period="2022")[0].value == 4
    assert empty_workspace.list_figures(area="Dorset") == []
    assert empty_workspace.list_figures()[1].to_dict() == {
        "measure": "m", "area": "Essex", "period": "2022", "value": 4, "unit": None, "source": "figures.csv"}


def test_areas_are_the_forces_usual_names_or_the_workspaces_own(empty_workspace, tmp_path):
    path = write(tmp_path, "area,measure,period,value\nDevon & Cornwall Police,homicides,2022,9\n"
                           "\"London, City of\",homicides,2022,1\n\"Metropolitan Police [note 6]\",homicides,2022,109\n"
                           "England & Wales,homicides,2022,602\nSevernshire,homicides,2022,14\n")
    report = empty_workspace.import_figures(path)
    assert report.areas == ["City of London", "Devon and Cornwall", "England and Wales",
                            "Metropolitan Police", "Severnshire"]
    assert empty_workspace.list_figures(area="Devon and Cornwall Constabulary")[0].value == 9


def test_an_unknown_area_is_reported_once_with_the_closest_names(empty_workspace, tmp_path):
    path = write(tmp_path, "area,measure,period,value\nNorth Yorks,homicides,2022,9\n"
                           "North Yorks,homicides,2023,8\nWessex,homicides,2022,3\n")
    problems = problems_of(empty_workspace, path)
    assert [p.line for p in problems] == [2, 4]
    assert problems[0].reason.startswith("unknown area 'North Yorks' (closest: North Yorkshire)")
    assert problems[1].reason.startswith("unknown area 'Wessex' (closest: Essex")
    assert problems[0].reason.endswith("a local area must be listed in the workspace's settings "
                                       "(areas = [...])")


def test_british_transport_police_and_the_fraud_bodies_are_left_out_and_listed(empty_workspace, tmp_path, cli):
    """They police no area: the one-figure-a-row layout leaves them out as the
    open data and wide tables do, rather than suggesting the Metropolitan Police."""
    path = write(tmp_path, "area,measure,period,value,unit,source\nKent,homicides,2023/24,5,,\n"
                           "British Transport Police,homicides,2023/24,1,,\nAction Fraud,fraud,2023/24,900,,\n")
    result = cli("figures", "import", path, workspace=empty_workspace.path)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"imported {path}: 1 figure for Kent, 2023/24 (1 added, 0 replaced, 0 unchanged)",
        "  left out, having no police force area in England and Wales: Action Fraud, British Transport Police"]
    assert [(f.measure, f.value) for f in empty_workspace.list_figures(area="Kent")] == [("homicides", 5)]
    assert "British Transport Police" not in empty_workspace.figure_areas()


def test_a_local_area_listed_in_the_settings_imports(tmp_path):
    import drafter

    root = tmp_path / "ws"
    root.mkdir()
    (root / "settings.toml").write_text('areas = ["Wessex Community Safety Partnership"]\n')
    path = write(tmp_path, "area,measure,period,value\nWessex Community Safety Partnership,asb,2022,90\n")
    with drafter.open_workspace(root, seed=False) as workspace:
        assert workspace.import_figures(path).areas == ["Wessex Community Safety Partnership"]
    (root / "settings.toml").write_text('areas = "Wessex"\n')
    with pytest.raises(drafter.errors.WorkspaceError, match="areas must be a list of names"):
        drafter.open_workspace(root, seed=False)


def test_a_rate_of_a_stored_measure_on_another_base_is_not_called_a_slip(cli, workspace_dir, tmp_path):
    """The README's own mapping example made "knife_offences_per_1000" read as a misspelling."""
    first = write(tmp_path, "area,measure,period,value\nKent,knife_offences,2022,100\n")
    assert cli("figures", "import", first, workspace=workspace_dir).exit_code == 0
    rates = tmp_path / "rates.csv"
    rates.write_text("area,measure,period,value\nKent,knife_offences_per_1000,2022,0.5\n", encoding="utf-8")
    imported = cli("figures", "import", rates, workspace=workspace_dir)
    assert "  new measure knife_offences_per_1000\n" in imported.stdout
    assert "did you mean" not in imported.stdout


def test_a_count_with_a_fraction_is_stored_as_given_and_said(cli, workspace_dir, tmp_path):
    """7.5 homicides is more often a slip in the cell than a figure; a full-time equivalent can be real."""
    path = write(tmp_path, "area,measure,period,value,unit\nKent,homicides,2023,7.5,\nKent,homicides,2022,8,\n"
                           "Kent,victim_satisfaction,2023,72.5,percent\n")
    imported = cli("figures", "import", path, workspace=workspace_dir)
    assert imported.exit_code == 0
    assert "  counts with a fraction, stored as given (check the cells): homicides, Kent, 2023 = 7.5 (line 2)\n" \
        in imported.stdout
    assert "72.5" not in imported.stdout


def test_a_uk_tables_rows_outside_england_and_wales_are_left_out_and_listed(empty_workspace, tmp_path, cli):
    path = write(tmp_path, "Table 2: Homicides by police force, year ending March 2025\n"
                           "Police force,Homicides\nAvon & Somerset Constabulary,20\nPolice Scotland,50\n"
                           "Police Service of Northern Ireland,20\nScotland,50\nNorthern Ireland,20\n")
    result = cli("figures", "import", path, workspace=empty_workspace.path)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[1:] == [
        "  left out, having no police force area in England and Wales: Police Scotland, "
        "Police Service of Northern Ireland",
        "  left out, as regions, countries or totals, not police force areas: Northern Ireland, Scotland"]
    assert [(f.measure, f.value) for f in empty_workspace.list_figures(area="Avon and Somerset")] == [("homicides", 20)]
    assert "Scotland" not in " ".join(empty_workspace.figure_areas())
