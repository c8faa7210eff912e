"""Importing wide tables (ONS police force area tables, forces' performance
packs): title rows, forces in rows, measures in columns, markers, footnotes."""

from __future__ import annotations

import pytest
from spreadsheets import ons_table, write_csv, write_ods, write_xlsx

from drafter.errors import FiguresError
from drafter.forces import FORCES

COLUMNS = ["Mid-year population estimate 2022 [note 1]", "Homicides", "Firearms offences",
           "Knife or sharp instrument offences", "Knife or sharp instrument offences per 100,000 population"]


def p1_rows() -> list[list]:
    """England and Wales, then each region with its forces, as ONS lists them."""
    rows = [["K04000001", "England and Wales", 59_641_800, 590, 5_800, "50,489", 84.7]]
    region = None
    for number, force in enumerate(FORCES):
        if force.region != region:
            region = force.region
            rows.append([f"E1200000{len(rows) % 10}", region, 5_000_000, 60, 600, 5_000, 90.0])
        name = {"Metropolitan Police": "Metropolitan Police [note 3]", "Devon and Cornwall": "Devon & Cornwall",
                "Dyfed-Powys": "Dyfed-Powys 4"}.get(force.name, force.name)
        rows.append([f"E2300{number:04d}", name, 1_000_000 + number, number, 100 + number,
                     1_000 + number, round(80 + number / 10, 1)])
    return rows


def p1_sheet(rows: list[list] | None = None, title: str = "year ending March 2023") -> list[list]:
    return ons_table(rows or p1_rows(), f"Table P1: Police recorded crime by police force area, {title}",
                     COLUMNS, ["This worksheet contains one table.", "[x] = not available, [c] = confidential"])


def by_measure(workspace, area: str) -> dict[tuple[str, str], float]:
    return {(f.measure, f.period): f.value for f in workspace.list_figures(area=area)}


def problems_of(workspace, path, **options) -> list:
    with pytest.raises(FiguresError) as caught:
        workspace.import_figures(path, **options)
    return caught.value.problems


def test_an_ons_table_with_title_rows_regions_and_footnotes(empty_workspace, tmp_path):
    path = write_xlsx(tmp_path / "pfa-tables.xlsx", {
        "Cover": [["Police force area data tables"], ["Published 27 April 2023"]],
        "Contents": [["Table", "Title"], ["P1", "Police recorded crime by police force area"]],
        "Table P1": p1_sheet()})
    report = empty_workspace.import_figures(path)
    assert report.layouts == ["wide table"] and report.sheets == ["Table P1"]
    assert len(report.areas) == 44 and report.rows == 44 * 5
    west_midlands = by_measure(empty_workspace, "West Midlands")
    number = [force.name for force in FORCES].index("West Midlands")
    assert west_midlands == {
        ("population", "2022"): 1_000_000 + number,   # the period in the column's own title
        ("homicides", "2022/23"): number,             # the period in the sheet's title
        ("firearms_offences", "2022/23"): 100 + number,
        ("knife_offences", "2022/23"): 1_000 + number,
        ("knife_offences_per_100k", "2022/23"): round(80 + number / 10, 1),
    }
    [rate] = empty_workspace.list_figures(area="West Midlands", measure="knife_offences_per_100k")
    assert rate.unit == "per 100,000 population" and rate.source == "pfa-tables.xlsx, Table P1"
    # Footnote marks and the tables' spellings give the usual names; regions are left alone.
    assert by_measure(empty_workspace, "Metropolitan Police")[("homicides", "2022/23")] > 0
    assert by_measure(empty_workspace, "Dyfed-Powys") and by_measure(empty_workspace, "Devon and Cornwall")
    assert by_measure(empty_workspace, "England and Wales")[("knife_offences", "2022/23")] == 50_489
    # The London region's row is a heading, not the Metropolitan Police's figures.
    assert by_measure(empty_workspace, "Metropolitan Police")[("homicides", "2022/23")] == \
        [force.name for force in FORCES].index("Metropolitan Police")


def test_markers_are_no_figure_never_zero(empty_workspace, tmp_path):
    rows = p1_rows()
    kent = next(row for row in rows if row[1] == "Kent")
    kent[3:7] = ["[x]", "[c]", "..", "-"]
    kent[2] = None
    report = empty_workspace.import_figures(write_xlsx(tmp_path / "t.xlsx", {"Table P1": p1_sheet(rows)}))
    assert report.no_figure == 5
    assert by_measure(empty_workspace, "Kent") == {}
    assert len(by_measure(empty_workspace, "Essex")) == 5


def test_a_small_number_withheld_is_no_figure(empty_workspace, tmp_path):
    rows = p1_rows()
    kent = next(row for row in rows if row[1] == "Kent")
    kent[2:7] = ["(c)", "<5", "< 10", "…", "n/k"]
    report = empty_workspace.import_figures(write_xlsx(tmp_path / "t.xlsx", {"Table P1": p1_sheet(rows)}))
    assert report.no_figure == 5 and by_measure(empty_workspace, "Kent") == {}


def test_a_footnote_mark_after_a_number_leaves_the_number(empty_workspace, tmp_path):
    rows = p1_rows()
    kent = next(row for row in rows if row[1] == "Kent")
    kent[3:7] = ["12*", "104 [note 2]", "1,020†", "*"]
    empty_workspace.import_figures(write_xlsx(tmp_path / "t.xlsx", {"Table P1": p1_sheet(rows)}))
    assert by_measure(empty_workspace, "Kent") == {("population", "2022"): kent[2], ("homicides", "2022/23"): 12,
                                                   ("firearms_offences", "2022/23"): 104,
                                                   ("knife_offences", "2022/23"): 1_020}


def test_a_bad_cell_is_named_by_sheet_and_cell_and_nothing_is_stored(empty_workspace, tmp_path):
    rows = p1_rows()
    rows[7][3] = "12a"  # row 7 of the table: the sheet's row 5 + 7 + 1 = 13, column D
    problems = problems_of(empty_workspace, write_xlsx(tmp_path / "t.xlsx", {"Table P1": p1_sheet(rows)}))
    assert [str(p) for p in problems] == ["Table P1!D13: '12a' is not a number"]
    assert empty_workspace.list_figures() == []


def test_an_unknown_area_with_figures_is_an_error_naming_the_closest(empty_workspace, tmp_path):
    rows = p1_rows() + [["", "Source: Home Office, police recorded crime", None, None, None, None, None],
                        ["E23000099", "Wiltshyre", 1, 2, 3, 4, 5]]
    [problem] = problems_of(empty_workspace, write_xlsx(tmp_path / "t.xlsx", {"Table P1": p1_sheet(rows)}))
    assert problem.cell == "Table P1!B61"  # under 5 title and header rows, 54 areas and a note
    assert problem.reason.startswith("unknown area 'Wiltshyre' (closest: Wiltshire")


def test_text_far_longer_than_a_name_is_named_in_part(empty_workspace, tmp_path):
    rows = p1_rows() + [["E23000099", "Notes " + "x" * 20_000, 1, 2, 3, 4, 5]]
    [problem] = problems_of(empty_workspace, write_xlsx(tmp_path / "t.xlsx", {"Table P1": p1_sheet(rows)}))
    assert problem.cell == "Table P1!B60"
    assert problem.reason.startswith("unknown area: 20,006 characters ('Notes xxx")
    assert len(str(problem)) < 250


def test_a_performance_pack_with_grouped_headings_and_no_area_codes(empty_workspace, tmp_path):
    rows = [["ENGLAND AND WALES", 5_800, 9.7, 50_489, 84.7]]
    region = None
    for number, force in enumerate(FORCES):
        if force.region != region:
            region = force.region
            rows.append([region, 600, 10.0, 5_000, 90.0])  # region totals, headed by the region's name
        suffix = " Police" if number % 3 == 0 else ""
        rows.append([force.name + suffix, number, 1.5, 1_000 + number, 34.9])
    rows.append(["British Transport Police", 3, "..", 40, "-"])
    sheet = [["West Midlands Police: performance against most similar forces"], ["2022/23"], [],
             [None, "Firearms offences", None, "Knife or sharp instrument offences", None],
             ["Force", "Number", "Rate per 100,000", "Number", "Rate per 100,000"], *rows]
    report = empty_workspace.import_figures(write_xlsx(tmp_path / "pack.xlsx", {"Summary": sheet}))
    assert [name for name in report.left_out if name not in report.left_out_regions] == ["British Transport Police"]
    assert len(report.left_out_regions) == 10 and "London region" in report.left_out_regions
    number = [force.name for force in FORCES].index("West Midlands")
    assert by_measure(empty_workspace, "West Midlands") == {
        ("firearms_offences", "2022/23"): number, ("firearms_offences_per_100k", "2022/23"): 1.5,
        ("knife_offences", "2022/23"): 1_000 + number, ("knife_offences_per_100k", "2022/23"): 34.9}
    # "London" heads the London region; the Metropolitan Police have their own row.
    assert by_measure(empty_workspace, "Metropolitan Police")[("firearms_offences", "2022/23")] == \
        [force.name for force in FORCES].index("Metropolitan Police")


def test_measure_and_period_given_with_the_import(empty_workspace, tmp_path):
    by_year = write_csv(tmp_path / "knife.csv", [["Knife crime by force"], [],
                                                 ["Force", "2021/22", "2022/23"],
                                                 ["Kent", 900, 950], ["Essex", 1_200, "[x]"]])
    empty_workspace.import_figures(by_year, measure="knife offences")
    assert by_measure(empty_workspace, "Kent") == {("knife_offences", "2021/22"): 900,
                                                   ("knife_offences", "2022/23"): 950}
    counts = write_csv(tmp_path / "counts.csv", [["Force", "Number"], ["Kent", 31]])
    [problem] = problems_of(empty_workspace, counts, measure="homicides")
    assert (problem.line, problem.needs) == (1, "period")
    assert problem.reason == "column 'Number' names no period, and neither does the sheet's title"
    empty_workspace.import_figures(counts, measure="homicides", period="2023")
    assert by_measure(empty_workspace, "Kent")[("homicides", "2023")] == 31


def test_a_files_own_mapping_for_a_recurring_pack(empty_workspace, tmp_path):
    pack = write_ods(tmp_path / "monthly-pack.ods", {
        "Notes": [["Prepared by the performance team"]],
        "Scorecard": [["Scorecard"], [], ["Area", "Total Homicide (All)", "Knife Crime / 1,000 pop",
                                          "Violence against the person"],
                      ["WMP Force Total", 45, 1.7, 80_000], ["Staffs", 9, 0.6, 20_000]]})
    mapping = tmp_path / "pack.toml"
    mapping.write_text('sheet = "Scorecard"\nperiod = "YE2023-06"\nsource = "Monthly performance pack"\n'
                       '[columns]\n"Total Homicide (All)" = "homicides"\n'
                       '"Knife Crime / 1,000 pop" = { measure = "knife_offences", per = 1000 }\n'
                       '[areas]\n"WMP Force Total" = "West Midlands"\n', encoding="utf-8")
    report = empty_workspace.import_figures(pack, mapping=mapping)
    assert report.not_imported == ["Scorecard!D3 'Violence against the person'"]
    assert by_measure(empty_workspace, "West Midlands") == {("homicides", "YE2023-06"): 45,
                                                           ("knife_offences_per_1000", "YE2023-06"): 1.7}
    [figure] = empty_workspace.list_figures(area="Staffordshire", measure="homicides")
    assert (figure.source, figure.unit) == ("Monthly performance pack", "count")


def test_a_rate_column_naming_no_measure_is_reported_not_dropped(empty_workspace, tmp_path):
    book = write_xlsx(tmp_path / "knives.xlsx", {"Table P1": [
        ["Table P1: Selected offences by police force area, year ending December 2023"],
        [], ["Police force area", "Knife or sharp instrument offences", "Rate per 100,000 population"],
        ["West Midlands [note 3]", 5100, 173.5], ["Dyfed-Powys", "-", "-"]]})
    report = empty_workspace.import_figures(book)
    assert report.not_imported == ["Table P1!C3 'Rate per 100,000 population'"]
    assert by_measure(empty_workspace, "West Midlands") == {("knife_offences", "2023"): 5100}


def test_a_csv_wide_table_names_bad_rows_by_line(empty_workspace, tmp_path):
    path = write_csv(tmp_path / "wide.csv", [["Homicides by force, 2022"], ["Force", "Homicides"],
                                              ["Kent", 12], ["Essex", "about 9"]])
    [problem] = problems_of(empty_workspace, path)
    assert str(problem) == "line 4: 'about 9' is not a number"


@pytest.mark.parametrize("content,reason", [
    (b"", "the file is empty"),
    (b"PK\x03\x04 not really", "corrupt workbook (not a zip archive)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "a password-protected workbook or an old Excel .xls file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "this is a PNG image, not a workbook"),
])
def test_files_that_are_not_workbooks(empty_workspace, tmp_path, content, reason):
    path = tmp_path / "tables.xlsx"
    path.write_bytes(content)
    [problem] = problems_of(empty_workspace, path)
    assert problem.reason.startswith(reason)


def test_a_zip_bomb_is_refused_before_it_is_unpacked(empty_workspace, tmp_path):
    import zipfile

    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\x00" * (64 * 2**20))
    [problem] = problems_of(empty_workspace, path)
    assert "refused as a zip bomb" in problem.reason


def test_an_encrypted_ods_is_refused(empty_workspace, tmp_path):
    import zipfile

    path = tmp_path / "locked.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", '<manifest:manifest><manifest:file-entry '
                         'manifest:full-path="content.xml"><manifest:encryption-data/>'
                         '</manifest:file-entry></manifest:manifest>')
        archive.writestr("content.xml", b"\x13\x37 scrambled")
    [problem] = problems_of(empty_workspace, path)
    assert problem.reason.startswith("encrypted ODS (password protected)")


def test_a_sheet_that_does_not_exist_and_sheets_without_figures(empty_workspace, tmp_path):
    path = write_xlsx(tmp_path / "t.xlsx", {"Cover": [["Police force area data tables"]],
                                            "Table P1": [["Offences", "Count"], ["Shoplifting", 12]]})
    [missing] = problems_of(empty_workspace, path, sheet="Table P2")
    assert missing.reason == "no sheet called 'Table P2': the sheets are 'Cover', 'Table P1'"
    [nothing] = problems_of(empty_workspace, path)
    assert nothing.reason == ("no sheet holds figures: 'Cover' (no row names a police force area); "
                              "'Table P1' (no row names a police force area)")
    chosen = write_xlsx(tmp_path / "two.xlsx", {"Table P1": p1_sheet(), "Table P2": p1_sheet(
        title="year ending March 2022")})
    assert empty_workspace.import_figures(chosen, sheet="table p2").sheets == ["Table P2"]
    assert ("homicides", "2021/22") in by_measure(empty_workspace, "Kent")
    assert ("homicides", "2022/23") not in by_measure(empty_workspace, "Kent")


def test_the_same_figure_in_two_sheets_is_a_duplicate_naming_both_cells(empty_workspace, tmp_path):
    path = write_xlsx(tmp_path / "t.xlsx", {"Table P1": p1_sheet(), "Copy": p1_sheet()})
    problems = problems_of(empty_workspace, path)
    assert len(problems) == 44 * 5
    assert str(problems[0]) == ("Copy!C6: duplicate figure: England and Wales, population, 2022 is "
                                "already given at Table P1!C6")
