"""Building the spreadsheets offices receive, at test time: the Home Office's
open data (CSV, .xlsx, .ods) and wide tables with title rows, markers and
footnotes. No binary fixtures are committed; the benchmark uses these too.

The open-data offences are a plausible cut of the real classification: the
rows the default mapping uses (with their real subgroups and codes) among
others it must leave alone.
"""

from __future__ import annotations

import csv
from pathlib import Path

from drafter.forces import FORCE_NAMES

OPEN_DATA_HEADER = ["Financial Year", "Financial Quarter", "Force Name", "Offence Description",
                    "Offence Group", "Offence Subgroup", "Offence Code", "Number of Offences"]

# (description, group, subgroup, code)
OFFENCES = [
    ("Homicide", "Violence against the person", "Homicide", "1/4.1/4.10/4.2"),
    ("Assault with injury", "Violence against the person", "Violence with injury", "8N"),
    ("Burglary - Residential", "Burglary", "Residential burglary", "28E"),
    ("Attempted burglary - Residential", "Burglary", "Residential burglary", "28F"),
    ("Distraction burglary - Residential", "Burglary", "Residential burglary", "28G"),
    ("Aggravated burglary - Residential", "Burglary", "Residential burglary", "29A"),
    ("Burglary - Business and Community", "Burglary", "Non-residential burglary", "30C"),
    ("Theft from a vehicle", "Vehicle offences", "Vehicle offences", "45"),
    ("Theft or unauthorised taking of a motor vehicle", "Vehicle offences", "Vehicle offences", "48"),
    ("Aggravated vehicle taking", "Vehicle offences", "Vehicle offences", "37.2"),
    ("Interfering with a motor vehicle", "Vehicle offences", "Vehicle offences", "126"),
    ("Theft from the person", "Theft offences", "Theft from the person", "39"),
    ("Robbery of personal property", "Robbery", "Robbery of personal property", "34B"),
    ("Robbery of business property", "Robbery", "Robbery of business property", "34A"),
    ("Shoplifting", "Theft offences", "Shoplifting", "46"),
    ("Trafficking in controlled drugs", "Drug offences", "Trafficking of drugs", "92A"),
    ("Possession of article with blade or point", "Possession of weapons offences",
     "Possession of weapons offences", "10D"),
]
NEIGHBOURHOOD_CODES = {"28E", "28F", "28G", "29A", "45", "48", "37.2", "126", "39", "34B"}
# The spelling the Home Office's tables give some forces.
HOME_OFFICE_NAMES = {"City of London": "London, City of", "Devon and Cornwall": "Devon & Cornwall",
                     "Dyfed-Powys": "Dyfed-Powys"}


def count(force: int, offence: int, quarter: int) -> int:
    """A made-up but steady number of offences (the same on every run) for the
    force at ``force`` in FORCE_NAMES, the offence at ``offence`` in OFFENCES
    and the file's ``quarter``-th quarter."""
    return (force * 37 + offence * 11 + quarter * 5) % 90 + (3 if offence else 0)


def financial_quarters(first_year: int, years: int) -> list[tuple[str, int]]:
    """(financial year, quarter 1-4) for ``years`` years from ``first_year``/..."""
    return [(f"{year}/{(year + 1) % 100:02d}", quarter)
            for year in range(first_year, first_year + years) for quarter in (1, 2, 3, 4)]


def open_data_rows(forces: list[str] | None = None, quarters: list[tuple[str, int]] | None = None,
                   extra_bodies: bool = True, other_offences: int = 0) -> list[list]:
    """Rows of an open-data table: every force × quarter × offence, plus
    British Transport Police and Action Fraud as the real tables have.
    ``other_offences`` adds that many more offences no measure uses (the real
    table has about 150 offences)."""
    forces = forces if forces is not None else list(FORCE_NAMES)
    quarters = quarters or financial_quarters(2022, 2)
    offences = OFFENCES + [(f"Other miscellaneous offence {n}", "Miscellaneous crimes against society",
                            "Miscellaneous crimes against society", f"{200 + n}")
                           for n in range(other_offences)]
    rows = []
    for quarter_index, (year, quarter) in enumerate(quarters):
        for force in forces:
            force_index = FORCE_NAMES.index(force) if force in FORCE_NAMES else forces.index(force)
            name = HOME_OFFICE_NAMES.get(force, force)
            for offence_index, (description, group, subgroup, code) in enumerate(offences):
                rows.append([year, quarter, name, description, group, subgroup, code,
                             count(force_index, offence_index, quarter_index)])
        if extra_bodies:
            rows.append([year, quarter, "British Transport Police", *OFFENCES[12], 40])
            rows.append([year, quarter, "Action Fraud", "Fraud: Action Fraud", "Fraud offences",
                         "Fraud: Action Fraud", "53A", 9000])
    return rows


def expected_total(force_index: int, quarter_indexes: list[int], codes: set[str]) -> int:
    return sum(count(force_index, offence, quarter)
               for offence, (*_, code) in enumerate(OFFENCES) if code in codes
               for quarter in quarter_indexes)


def write_csv(path: Path, rows: list[list], header: list[str] | None = None) -> Path:
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        if header:
            writer.writerow(header)
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, sheets: dict[str, list[list]]) -> Path:
    """A workbook with one worksheet per entry (``None`` cells are left empty)."""
    import openpyxl

    workbook = openpyxl.Workbook(write_only=True)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


def write_ods(path: Path, sheets: dict[str, list[list]]) -> Path:
    """An OpenDocument spreadsheet with one table per entry."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        table = Table(name=name)
        for row in rows:
            table_row = TableRow()
            for value in row:
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    cell = TableCell(valuetype="float", value=value)
                    cell.addElement(P(text=str(value)))
                elif value is None or value == "":
                    cell = TableCell()
                else:
                    cell = TableCell(valuetype="string")
                    cell.addElement(P(text=str(value)))
                table_row.addElement(cell)
            table.addElement(table_row)
        document.spreadsheet.addElement(table)
    document.save(str(path))
    return path


def ons_table(rows: list[list], title: str, columns: list[str], notes: list[str] | None = None) -> list[list]:
    """A sheet as ONS lays one out: title and note lines, a blank line, the
    header (area code, area name, then ``columns``), then ``rows``."""
    lines = [[title], *([note] for note in (notes or [])), [None],
             ["Area code", "Area name", *columns]]
    return lines + rows
