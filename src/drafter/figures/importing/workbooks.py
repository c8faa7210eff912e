"""Reading an .xlsx or .ods workbook safely into sheets of cells.

Both formats are zip archives of XML. The archive's directory is checked
before any part is unpacked: a hostile or broken workbook can declare
gigabytes of XML in a few kilobytes (a zip bomb), hold thousands of parts,
be encrypted, or not be a zip at all; each is refused with a one-line reason.
The sheets themselves are read by python-calamine (one reader for both
formats, and fast enough for a quarter of a million rows).
"""

from __future__ import annotations

import io
import zipfile
from contextlib import closing

from drafter.errors import FiguresError
from drafter.figures.importing.problems import Problem
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
        raise FiguresError(file, [Problem(f"corrupt {kind} ({_reason(exc)})")]) from None
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
        for name in names:
            try:
                rows = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
            except Exception as exc:
                raise FiguresError(file, [Problem(f"corrupt {kind}: sheet {name!r} cannot be "
                                                  f"read ({_reason(exc)})")]) from None
            sheets.append(Sheet(name, rows))
    return sheets


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
        raise FiguresError(file, [Problem("corrupt workbook (not a zip archive): "
                                          "open it in a spreadsheet program and save it again")]) from None
    names = {entry.filename for entry in entries}
    if "xl/workbook.xml" in names or "[Content_Types].xml" in names:
        kind = "XLSX"
    elif "content.xml" in names or "mimetype" in names:
        kind = "ODS"
    elif "word/document.xml" in names:
        raise FiguresError(file, [Problem("this is a Word document, not a spreadsheet")])
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
