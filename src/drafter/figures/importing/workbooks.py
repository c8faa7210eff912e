"""Reading an .xlsx or .ods workbook safely into sheets of cells.

Both formats are zip archives of XML. The archive's directory is checked
before any part is unpacked: a hostile or broken workbook can declare
gigabytes of XML in a few kilobytes (a zip bomb), hold thousands of parts,
be encrypted, or not be a zip at all; each is refused with a one-line reason.
The sheets themselves are read by python-calamine (one reader for both
formats, and fast enough for a quarter of a million rows). When calamine
cannot read one, the broken part is found again with expat and named with
what is wrong (cut short, or the line and column of the bad XML): calamine
itself names only the element it was in. Calamine also reads a formula's
error (#DIV/0!) or missing result as an empty cell; those cells are found in
the sheet's XML and named, as a blank would wrongly mean "no figure". And it
reads a cell formatted as a percentage as the fraction Excel keeps (0.741 for
74.1%), in an .ods as in an .xlsx; such cells are found by their style or
value type and read as the sheet shows them.
"""

from __future__ import annotations

import html
import io
import posixpath
import re
import zipfile
import zlib
from contextlib import closing
from functools import partial

from drafter.errors import FiguresError
from drafter.figures.exact import round_half_away, to_decimal
from drafter.files import kind_of
from drafter.figures.importing.problems import FormulaCell, Problem
from drafter.figures.importing.tables import MB, Sheet

MAX_ENTRIES = 10_000
MAX_UNPACKED_BYTES = 1024 * MB
# Spreadsheet XML compresses well (a generated open-data sheet about 15:1), not a thousandfold.
MAX_RATIO = 150
RATIO_APPLIES_ABOVE = 10 * MB
MAX_SHEETS = 200

_ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"


def read_workbook(file: str, data: bytes, sheet: str | None = None) -> list[Sheet]:
    """The worksheets of an .xlsx or .ods workbook (only ``sheet`` when given)."""
    kind = _check_archive(file, data)
    import python_calamine

    try:
        workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except python_calamine.PasswordError:
        raise FiguresError(file, [Problem(f"encrypted {kind} (password protected): "
                                          "remove the password and import it again")]) from None
    except Exception as exc:  # calamine's errors for broken XML or zips share no base class
        found = _first_damaged_part(data, kind) or _reason(exc)
        raise FiguresError(file, [Problem(f"corrupt {kind} ({found}): {_REMEDY}")]) from None
    with closing(workbook):
        names = list(workbook.sheet_names)
        if sheet is not None:
            chosen = _sheet_named(names, sheet)
            if chosen is None:
                raise FiguresError(file, [Problem(
                    f"no sheet called {sheet!r}: the sheets are {', '.join(repr(n) for n in names)}")])
            names = [chosen]
        if not names:
            raise FiguresError(file, [Problem(f"the {kind} has no sheets")])
        if len(names) > MAX_SHEETS:
            raise FiguresError(file, [Problem(f"the {kind} has {len(names)} sheets "
                                              f"(limit {MAX_SHEETS}): name the one to import")])
        sheets = []
        percent_cells = _percent_cells_reader(data, kind)
        for name in names:
            try:
                rows = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
            except Exception as exc:
                raise FiguresError(file, [Problem(
                    f"corrupt {kind}: sheet {name!r} {_sheet_damage(data, kind, name, exc)}")]) from None
            rows = _shown_as_percentages(rows, percent_cells(name))
            sheets.append(Sheet(name, rows, formulas=partial(_formula_cells, data, name)
                                if kind == "XLSX" else None))
    return sheets


# A cell holding an error (t="e"), or a formula whose result was never saved (no <v>, or an empty one).
_FORMULA = rb'<f\b[^>]*?(?:/>|>([^<]*)</f>)'
_ERROR_CELL = re.compile(rb'<c\b[^>]*?\br="([A-Z]+)(\d+)"[^>]*?\bt="e"[^>]*>\s*(?:(' + _FORMULA
                         + rb')\s*)?<v>([^<]*)</v>')
# #N/A typed into a cell is the usual mark for "not available"; given by a
# formula (a lookup that found nothing) it is a failure like any other.
_NOT_AVAILABLE = "#N/A"
_UNSAVED_FORMULA = re.compile(rb'<c\b[^>]*?\br="([A-Z]+)(\d+)"[^>]*>\s*' + _FORMULA
                              + rb'\s*(?:<v\s*/>|<v>\s*</v>)?\s*</c>')


def _formula_cells(data: bytes, name: str) -> dict[tuple[int, int], FormulaCell]:
    """Where a formula gives an error or has no saved result, by (row,
    column): calamine reads both as an empty cell, that is, no figure."""
    xml = _sheet_xml(data, name)  # nothing where it cannot be read: calamine read the sheet, its blanks stay blank
    found = []
    if b't="e"' in xml:
        found += [(c, r, FormulaCell.failed(_text(v))) for c, r, formula, _, v in _ERROR_CELL.findall(xml)
                  if formula or _text(v) != _NOT_AVAILABLE]
    if b"<f" in xml:
        found += [(c, r, FormulaCell.unsaved(_text(f))) for c, r, f in _UNSAVED_FORMULA.findall(xml)]
    return {(int(number) - 1, _column_index(letters.decode())): cell for letters, number, cell in found}


# Excel keeps 74.1% as 0.741 in a cell formatted as a percentage: built-in formats 9
# ("0%") and 10 ("0.00%"), or any format of the workbook's own with a % outside quotes.
_PERCENT_FORMATS = {"9": 0, "10": 2}
_CELL_START = re.compile(rb'<c\b([^>]*)>')
_ATTRIBUTE = re.compile(rb'\b(r|s|t)="([^"]*)"')


def _places_shown(format_code: str) -> int:
    """How many decimal places a percentage format shows: "0.0%" one, "0%" none."""
    shown = re.search(r"\.([0#?]+)[^%]*%", format_code)
    return len(shown[1]) if shown else 0


def _percent_styles(data: bytes) -> dict[str, int]:
    """The style indices (a cell's ``s``) whose number format shows a percentage,
    with the decimal places it shows."""
    from xml.etree import ElementTree

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            styles = ElementTree.fromstring(archive.read("xl/styles.xml"))
    except (KeyError, ElementTree.ParseError, zipfile.BadZipFile, EOFError, OSError, ValueError, zlib.error):
        return {}
    formats = dict(_PERCENT_FORMATS)
    for element in styles.iter():
        code = re.sub(r'"[^"]*"', "", element.get("formatCode", ""))
        if element.tag.endswith("}numFmt") and "%" in code:
            formats[element.get("numFmtId")] = _places_shown(code)
    cell_formats = next((element for element in styles.iter() if element.tag.endswith("}cellXfs")), None)
    if cell_formats is None:
        return {}
    return {str(index): formats[xf.get("numFmtId")] for index, xf in enumerate(cell_formats)
            if xf.get("numFmtId") in formats}


def _percent_cells_reader(data: bytes, kind: str):
    """A function giving a sheet's percentage cells (by its name), the parts the
    workbook's sheets share (its styles, or an .ods file's one content part) read once."""
    if kind == "XLSX":
        styles = _percent_styles(data)
        return lambda name: _xlsx_percent_cells(_sheet_xml(data, name), styles) if styles else {}
    tables = _ods_tables(data)
    return lambda name: _ods_percent_cells(tables.get(name))


def _sheet_xml(data: bytes, name: str) -> bytes:
    """An .xlsx sheet's own part, or nothing where it cannot be read."""
    part = _xlsx_sheet_part(data, name)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return archive.read(part) if part else b""
    except (KeyError, zipfile.BadZipFile, EOFError, OSError, ValueError, zlib.error):
        return b""


def _xlsx_percent_cells(xml: bytes, styles: dict[str, int]) -> dict[tuple[int, int], int | None]:
    """(row, column) of each number of an .xlsx sheet (its part, ``xml``) in a cell
    formatted as a percentage (``styles``), with the decimal places the format shows."""
    found = {}
    for match in _CELL_START.finditer(xml):
        attributes = dict(_ATTRIBUTE.findall(match[1]))
        cell = re.fullmatch(rb"([A-Z]+)(\d+)", attributes.get(b"r", b""))
        style = attributes.get(b"s", b"").decode()
        if cell is not None and style in styles and attributes.get(b"t", b"n") == b"n":
            found[(int(cell[2]) - 1, _column_index(cell[1].decode()))] = styles[style]
    return found


_ODS_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_ODS_VALUE_TYPE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}value-type"
_ODS_SHOWN = re.compile(r"\s*-?[\d,]*(?:\.(\d+))?\s*%\s*")


def _ods_tables(data: bytes) -> dict:
    """An .ods file's tables by name, where any cell is a percentage (else none)."""
    from xml.etree import ElementTree

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            xml = archive.read("content.xml")
        if b'value-type="percentage"' not in xml:
            return {}
        content = ElementTree.fromstring(xml)
    except (KeyError, ElementTree.ParseError, zipfile.BadZipFile, EOFError, OSError, ValueError, zlib.error):
        return {}
    tables = {}
    for table in content.iter(f"{_ODS_TABLE}table"):
        tables.setdefault(table.get(f"{_ODS_TABLE}name"), table)  # a name given twice: its first table
    return tables


def _ods_percent_cells(table) -> dict[tuple[int, int], int | None]:
    """(row, column) of each cell of an .ods table whose value type is a percentage
    (LibreOffice keeps 74.1% as 0.741 too), counting repeated rows and columns, with
    the decimal places its text shows (None when it shows none that can be read)."""
    found, row = {}, 0
    for element in table.iter(f"{_ODS_TABLE}table-row") if table is not None else ():
        rows = int(element.get(f"{_ODS_TABLE}number-rows-repeated", "1"))
        column = 0
        for cell in element:
            columns = int(cell.get(f"{_ODS_TABLE}number-columns-repeated", "1"))
            if cell.get(_ODS_VALUE_TYPE) == "percentage" and rows * columns <= MAX_ENTRIES:
                shown = _ODS_SHOWN.fullmatch("".join(cell.itertext()))
                places = (len(shown[1]) if shown[1] else 0) if shown else None
                found.update(((row + r, column + c), places) for r in range(rows) for c in range(columns))
            column += columns
        row += rows
    return found


def _shown_as_percentages(rows: list[list], cells: dict[tuple[int, int], int | None]) -> list[list]:
    """``rows`` with each number of ``cells`` (formatted as a percentage) written as
    the sheet shows it ("74.1%", to the places its format shows), so it is read as
    the percentage a reader of the sheet sees, never as 0.741."""
    for (row, column), places in cells.items():
        if row < len(rows) and column < len(rows[row]):
            value = rows[row][column]
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                percentage = to_decimal(value) * 100
                if places is not None:
                    percentage = round_half_away(percentage, places)
                rows[row][column] = f"{percentage.normalize():f}%"
    return rows


def _column_index(letters: str) -> int:
    """``A`` → 0, ``AB`` → 27."""
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - ord("A") + 1
    return index - 1


def _text(xml: bytes) -> str:
    return html.unescape(xml.decode("utf-8", "replace")).strip()


def _sheet_named(names: list[str], wanted: str) -> str | None:
    if wanted in names:
        return wanted
    folded = [name for name in names if name.strip().casefold() == wanted.strip().casefold()]
    return folded[0] if len(folded) == 1 else None


def _check_archive(file: str, data: bytes) -> str:
    """What the workbook is ("XLSX" or "ODS"), after checking its zip directory."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        found = kind_of(data)
        if found is not None and found[1] not in (".xlsx", ".ods"):
            raise FiguresError(file, [Problem(f"this is {found[0]}, not a workbook")]) from None
        raise FiguresError(file, [Problem("corrupt workbook (not a zip archive): "
                                          "open it in a spreadsheet program and save it again")]) from None
    names = {entry.filename for entry in entries}
    # A Word document is an Office package too: tell it by its document part
    # before taking any package with a content-types part for a workbook.
    if "word/document.xml" in names and "xl/workbook.xml" not in names:
        raise FiguresError(file, [Problem("this is a Word document, not a spreadsheet")])
    if "xl/workbook.xml" in names or "[Content_Types].xml" in names:
        kind = "XLSX"
    elif "content.xml" in names or "mimetype" in names:
        kind = "ODS"
    else:
        raise FiguresError(file, [Problem("a zip archive, but not an .xlsx or .ods workbook")])
    if kind == "ODS" and "mimetype" in names and not _ods_mimetype_ok(archive):
        raise FiguresError(file, [Problem("an OpenDocument file, but not a spreadsheet (.ods)")])
    if len(entries) > MAX_ENTRIES:
        raise FiguresError(file, [Problem(f"corrupt {kind} (too many parts: {len(entries)})")])
    total = 0
    for entry in entries:
        if entry.flag_bits & 0x1 or (kind == "ODS" and entry.filename == "META-INF/manifest.xml"
                                     and b"encryption-data" in _small_part(archive, entry)):
            raise FiguresError(file, [Problem(f"encrypted {kind} (password protected): "
                                              "remove the password and import it again")])
        if entry.file_size > RATIO_APPLIES_ABOVE and entry.file_size > MAX_RATIO * max(entry.compress_size, 1):
            raise FiguresError(file, [Problem(
                f"suspicious {kind} ({entry.filename} compressed "
                f"{entry.file_size // max(entry.compress_size, 1)}:1), refused as a zip bomb")])
        total += entry.file_size
    if total > MAX_UNPACKED_BYTES:
        raise FiguresError(file, [Problem(
            f"{kind} too large when unpacked ({total // MB:,} MB; limit {MAX_UNPACKED_BYTES // MB:,} MB): "
            "split it, or keep only the sheets you import")])
    return kind


def _ods_mimetype_ok(archive: zipfile.ZipFile) -> bool:
    return _small_part(archive, archive.getinfo("mimetype")).strip() == _ODS_MIMETYPE


def _small_part(archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> bytes:
    """A small bookkeeping part (mimetype, manifest), read no further than 1 MB."""
    try:
        with archive.open(entry) as stream:
            return stream.read(MB)
    except (zipfile.BadZipFile, NotImplementedError, EOFError, OSError, ValueError, RuntimeError):
        return b""


def _reason(exc: Exception) -> str:
    return " ".join(str(exc).split())[:100] or type(exc).__name__


_REMEDY = "open it in a spreadsheet program and save it again, or get a fresh copy"


def _sheet_damage(data: bytes, kind: str, name: str, exc: Exception) -> str:
    """What is wrong with a sheet calamine could not read, and what to do."""
    import python_calamine

    if isinstance(exc, python_calamine.WorksheetNotFound):
        return f"is listed in the workbook but missing from the file: {_REMEDY}"
    part = "content.xml" if kind == "ODS" else _xlsx_sheet_part(data, name)
    found = (_xml_damage(data, part) if part else None) or (
        "its XML is broken" if isinstance(exc, python_calamine.XmlError) else _reason(exc))
    return f"cannot be read ({found}): {_REMEDY}"


def _first_damaged_part(data: bytes, kind: str) -> str | None:
    """What is wrong with the first broken XML part the workbook is opened
    with (worksheets of an .xlsx are read later, sheet by sheet)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = [entry.filename for entry in archive.infolist()
                 if entry.filename.endswith((".xml", ".rels"))
                 and not (kind == "XLSX" and entry.filename.startswith("xl/worksheets/"))]
    return next(filter(None, (_xml_damage(data, name) for name in names)), None)


def _xlsx_sheet_part(data: bytes, name: str) -> str | None:
    """The part holding an .xlsx sheet (``xl/worksheets/sheet1.xml``), found
    through the workbook's sheet list and its relationships."""
    from xml.etree import ElementTree

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
            links = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ElementTree.ParseError, zipfile.BadZipFile, EOFError, OSError, ValueError):
        return None
    link = next((value for sheet in book.iter() if sheet.tag.endswith("}sheet")
                 and sheet.get("name") == name
                 for key, value in sheet.attrib.items() if key.endswith("}id")), None)
    target = next((item.get("Target") for item in links if item.get("Id") == link), None)
    if not target:
        return None
    return target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"xl/{target}")


def _xml_damage(data: bytes, part: str) -> str | None:
    """How a part of the archive is broken (cut short, or bad XML at a line
    and column), or None when it reads as well-formed XML."""
    from xml.parsers import expat

    parser = expat.ParserCreate()
    read = 0
    at_end = False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open(part) as stream:
            while chunk := stream.read(MB):
                read += len(chunk)
                parser.Parse(chunk, False)
            at_end = True
            parser.Parse(b"", True)
    except KeyError:
        return f"{part} is missing"
    except expat.ExpatError as exc:
        if at_end:
            return f"{part} is cut short" if read else f"{part} is empty"
        return f"{part}, line {exc.lineno}, column {exc.offset + 1}: {expat.errors.messages[exc.code]}"
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, zlib.error, NotImplementedError,
            RuntimeError):
        return f"{part} is damaged inside the zip archive"
    return None
