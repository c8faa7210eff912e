"""A workbook cell formatted as a percentage holds the fraction (0.741 shown as
74.1%): it is imported as the percentage the sheet shows, to the places it shows
them, where victim satisfaction was stored as 0.741% and fill wrote "0.7% of
victims surveyed"."""

from __future__ import annotations

import openpyxl
import pytest


@pytest.fixture
def pack(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Summary"
    sheet.append(["Warwickshire Police: quarterly performance summary"])
    sheet.append([])
    sheet.append(["Measure", "Jul - Sep 2024", "Jul - Sep 2025"])
    sheet.append(["Victim satisfaction", 0.723, 0.74137931])  # a formula's result, shown as 74.1%
    sheet.append(["Domestic abuse victim satisfaction", 0.96, 1])
    sheet.append(["Homicides", 1, 0])
    for row in sheet.iter_rows(min_row=4, max_row=5, min_col=2, max_col=3):
        for cell in row:
            cell.number_format = "0.0%" if cell.row == 4 else "0%"
    path = tmp_path / "pack.xlsx"
    workbook.save(path)
    return path


def test_a_cell_formatted_as_a_percentage_is_the_percentage_it_shows(empty_workspace, pack):
    empty_workspace.import_figures(pack)
    stored = {(f.measure, f.period): (f.value, f.unit) for f in empty_workspace.list_figures(area="Warwickshire")}
    assert stored[("victim_satisfaction", "2025-Q3")] == (74.1, "percent")
    assert stored[("domestic_abuse_satisfaction", "2025-Q3")] == (100, "percent")
    assert stored[("homicides", "2025-Q3")] == (0, "count")
    filled = empty_workspace.render_template("victim-satisfaction/overall", "2025-Q3", "Warwickshire")
    assert filled.text.startswith("In the third quarter of 2025, 74.1% of victims surveyed in Warwickshire")


def test_an_ods_percentage_cell_is_the_percentage_it_shows(empty_workspace, tmp_path):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    table = Table(name="Summary")
    for row in (["Warwickshire Police: quarterly performance summary"], [],
                ["Measure", "Jul - Sep 2024", "Jul - Sep 2025"],
                ["Victim satisfaction", 0.723, 0.74137931], ["Homicides", 1, 0]):
        table_row = TableRow()
        for value in row:
            if isinstance(value, float):  # LibreOffice keeps 72.3% as 0.723
                cell = TableCell(valuetype="percentage", value=value)
                cell.addElement(P(text=f"{value:.1%}"))
            elif isinstance(value, int):
                cell = TableCell(valuetype="float", value=value)
                cell.addElement(P(text=str(value)))
            else:
                cell = TableCell(valuetype="string")
                cell.addElement(P(text=value))
            table_row.addElement(cell)
        table.addElement(table_row)
    document.spreadsheet.addElement(table)
    path = tmp_path / "pack.ods"
    document.save(str(path))
    empty_workspace.import_figures(path)
    stored = {(f.measure, f.period): (f.value, f.unit) for f in empty_workspace.list_figures(area="Warwickshire")}
    assert stored[("victim_satisfaction", "2024-Q3")] == (72.3, "percent")
    assert stored[("victim_satisfaction", "2025-Q3")] == (74.1, "percent")
    assert stored[("homicides", "2024-Q3")] == (1, "count")
