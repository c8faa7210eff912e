"""A figures file as sheets of cells, whatever it came as.

A CSV file is one sheet of text cells; a workbook (``.xlsx``, ``.ods``) is
one sheet per worksheet, read by :mod:`.workbooks`. Every layout reads
:class:`Sheet` objects, and every problem it finds is placed by the sheet: a
CSV line, or a workbook cell such as ``Table P1!D12``.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from drafter.columns import fit
from drafter.errors import FiguresError
from drafter.files import OLE_MAGIC, ZIP_MAGIC, utf16_without_bom
from drafter.figures.importing.problems import Problem, shown

MB = 2**20
_DELIMITER_SAMPLE_LINES = 100
MAX_FILE_BYTES = 100 * MB

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".ods")


@dataclass
class Sheet:
    """Rows of cells. ``name`` is None for a CSV file; ``lines`` gives, for
    a CSV file, the line each row starts on (a quoted cell may span lines)."""

    name: str | None
    rows: list[list]
    lines: list[int] | None = None
    # A workbook's cells whose formula failed or has no saved result, by (row, column):
    # found only when a blank cell is asked about, as most sheets have none.
    formulas: Callable[[], dict[tuple[int, int], str]] | None = None
    _formulas_found: dict[tuple[int, int], str] | None = field(default=None, repr=False)

    def value(self, row: int, column: int) -> object:
        """The cell's content ("" past the end of its row); for a blank cell
        whose formula failed, what the formula left instead."""
        cells = self.rows[row]
        value = cells[column] if column < len(cells) else ""
        if value not in ("", None) or self.formulas is None:
            return value
        if self._formulas_found is None:
            self._formulas_found = self.formulas()
        return self._formulas_found.get((row, column), value)

    def problem(self, reason: str, row: int, column: int | None = None, *,
                needs: str | None = None) -> Problem:
        """A problem at ``row`` (0-based), in ``column`` (0-based) when the
        sheet is a workbook's."""
        if self.name is None:
            line = self.lines[row] if self.lines else row + 1
            if line != row + 1:
                # Say both, so either a text editor or a spreadsheet finds the row.
                reason = f"(spreadsheet row {row + 1}) {reason}"
            return Problem(reason, line, needs=needs)
        return Problem(reason, cell=self.address(row, column), needs=needs)

    def place(self, row: int, column: int | None = None) -> str:
        """Where a row is, as a message says it: ``line 12`` or ``Table P1!D12``."""
        if self.name is None:
            return f"line {self.lines[row] if self.lines else row + 1}"
        return self.address(row, column)

    def address(self, row: int, column: int | None = None) -> str:
        """``Table P1!D12`` (or ``Table P1!row 12`` for a whole row)."""
        place = f"{column_letters(column)}{row + 1}" if column is not None else f"row {row + 1}"
        return f"{self.name}!{place}"

    def fields_problem(self, row: int, width: int, needed: int | None = None,
                       header_fields: int | None = None) -> Problem | None:
        """Why a CSV row does not line up with a header of ``width`` titled
        fields (``header_fields`` in all, untitled ones at its end included):
        it has fewer than ``needed`` (``width`` unless given), or more that
        hold anything. Reading such a row would pad it with blanks or shift
        its cells into the wrong columns. A workbook's cells are where they
        are, so its rows always line up (None)."""
        if self.name is not None:
            return None
        cells = self.rows[row]
        header_fields = max(width, header_fields or 0)
        extra = next((index for index in range(width, len(cells)) if filled(cells[index])), None)
        if extra is not None and extra < header_fields:
            return self.untitled_problem(row, extra)
        if extra is not None:
            hint = " (a value with a comma needs quotes)"
            header_count = header_fields
        elif len(cells) < (width if needed is None else needed):
            hint, header_count = "", width
        else:
            return None
        fields = "field" if len(cells) == 1 else "fields"
        return self.problem(f"the row has {len(cells)} {fields} but the header has {header_count}{hint}", row)

    def header_overrun(self, header: int, first: int) -> Problem | None:
        """A CSV header with more fields than every row under it ("Homicides, all" unquoted):
        its titles stand over the wrong columns, so nothing under it can be read."""
        if self.name is not None:
            return None
        width = filled_width(self.rows[header])
        widths = {filled_width(cells) for cells in self.rows[first:] if any(filled(cell) for cell in cells)}
        if len(widths) != 1 or not 1 < (narrower := widths.pop()) < width:
            return None
        return self.problem(f"the header has {width} fields but every row under it {narrower}: a title with a "
                            "comma needs quotes (\"Homicides, all\")", header)

    def untitled_problem(self, row: int, column: int) -> Problem:
        """Text in a column the header gives no title: a note typed beside the
        figures, or a value with a comma that spilled into the next field."""
        letters = column_letters(column)
        on_one_line = " ".join(str(self.rows[row][column]).split())
        return self.problem(
            f"column {letters} holds {shown(fit(on_one_line, 40))} but the header gives "
            f"column {letters} no title (title the column, clear the cell, or quote a value that has a "
            "comma)", row)

    def text(self, row: int, column: int) -> str:
        """The cell as stripped text ('' when empty or past the row's end)."""
        cells = self.rows[row]
        if column >= len(cells):
            return ""
        value = cells[column]
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value).strip()


def filled(cell) -> bool:
    return cell is not None and str(cell).strip() != ""


def filled_width(cells: list) -> int:
    """How many fields a header has, up to its last named one (a CSV saved
    from a spreadsheet may pad every row with empty fields)."""
    return next((index + 1 for index in range(len(cells) - 1, -1, -1) if filled(cells[index])), 0)


def column_letters(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


# "~$pack.xlsx" (Excel) and ".~lock.pack.ods#" (LibreOffice): a few bytes naming who has the workbook open.
_LOCK_FILE = re.compile(r"^(?:~\$|\.~lock\.)")


def read_sheets(path: Path, sheet: str | None = None) -> list[Sheet]:
    """The sheets of a figures file: a CSV file's one sheet, or a workbook's
    worksheets (only ``sheet`` when given). Raises FiguresError with one
    line saying why a file cannot be read."""
    file = str(path)
    data = _read_bytes(path)
    if _LOCK_FILE.match(path.name) and not data.startswith(ZIP_MAGIC):
        raise FiguresError(file, [Problem(
            "the lock file Excel or LibreOffice keeps beside a workbook while it is open, not figures: "
            "import the workbook itself, named without the '~$' or '.~lock.'")])
    if not data.strip():
        raise FiguresError(file, [Problem("the file is empty")])
    if data.startswith(OLE_MAGIC):
        raise FiguresError(file, [Problem(
            "a password-protected workbook or an old Excel .xls file: remove the password, "
            "or save it as .xlsx, and import that")])
    if data.startswith(ZIP_MAGIC) or path.suffix.lower() in WORKBOOK_SUFFIXES:
        from drafter.figures.importing.workbooks import read_workbook

        return read_workbook(file, data, sheet)
    if sheet is not None:
        raise FiguresError(file, [Problem(f"a CSV file has no sheets, so none is called {sheet!r}")])
    return [_csv_sheet(file, _decode(file, data))]


def _read_bytes(path: Path) -> bytes:
    file = str(path)
    try:
        if path.is_dir():
            raise IsADirectoryError
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise FiguresError(file, [Problem(
                f"file too large ({-(-size * 10 // MB) / 10:,.1f} MB; limit {MAX_FILE_BYTES // MB} MB): "
                "split it, or keep only the forces and years you report on")])
        if not path.is_file():
            # A pipe or device would block or never end.
            raise FiguresError(file, [Problem("not a regular file")])
        return path.read_bytes()
    except IsADirectoryError:
        raise FiguresError(file, [Problem("is a directory, not a figures file")]) from None
    except FileNotFoundError:
        raise FiguresError(file, [Problem("no such file")]) from None
    except OSError as exc:
        raise FiguresError(file, [Problem(f"cannot read ({exc.strerror})")]) from None


def _decode(file: str, data: bytes) -> str:
    if not data.strip():
        raise FiguresError(file, [Problem("the file is empty")])
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # Excel's "Unicode Text" and some exports are UTF-16 with a byte-order mark.
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:65536]:
        # Saved as UTF-16 with no byte-order mark, every other byte of a CSV is zero.
        text = utf16_without_bom(data)
        if text is None:
            raise FiguresError(file, [Problem("this is a binary file, not CSV text or a workbook")])
        return text
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise FiguresError(file, [Problem(
            f"cannot read the text: byte {exc.start} is neither UTF-8 nor Windows-1252; "
            "save the file as CSV UTF-8")]) from None


def _delimiter(text: str) -> str:
    """Comma, tab (Excel's "Unicode Text") or semicolon (Excel where the decimal
    mark is a comma): the one that splits most of the first lines into the same
    number of fields. A title line above the table may hold any of them."""
    sample = text.splitlines()[:_DELIMITER_SAMPLE_LINES]

    def agreeing_lines(delimiter: str) -> int:
        try:
            counts = Counter(len(row) for row in csv.reader(sample, delimiter=delimiter) if len(row) > 1)
        except csv.Error:
            return 0  # the reading line by line names the line
        return counts.most_common(1)[0][1] if counts else 0

    return max((",", "\t", ";"), key=agreeing_lines)  # the first, comma, on a tie


_SEPARATOR_LINE = re.compile(r'"?sep=([,;\t|])"?[^\S\r\n]*(?:\r\n|\r|\n)', re.IGNORECASE)

# Read after the file's last line: a row of its own unless a quote the file
# opened is still open, when it ends up inside that quoted cell instead.
_AFTER_THE_END = "\ue000end of file\ue000"


def _csv_sheet(file: str, text: str) -> Sheet:
    # Excel's "sep=;" first line names the delimiter; the rows keep their lines in the file.
    named = _SEPARATOR_LINE.match(text)
    skipped = 1 if named else 0
    if named:
        text = text[named.end():]
    delimiter = named.group(1) if named else _delimiter(text)
    ended = text + ("" if text.endswith(("\n", "\r")) else "\n") + _AFTER_THE_END
    try:
        rows = list(csv.reader(io.StringIO(ended, newline=""), delimiter=delimiter))
    except csv.Error:
        rows = None  # found again below, with its line
    if rows is not None and rows[-1] == [_AFTER_THE_END]:
        rows.pop()
        if len(rows) == len(text.splitlines()):
            # One line per row: a row's line is its number.
            return Sheet(None, rows, list(range(1 + skipped, len(rows) + 1 + skipped)) if skipped else None)
    # A quoted cell spans lines, a quote is left open, or the text is not CSV:
    # follow the reader line by line.
    reader = csv.reader(io.StringIO(ended, newline=""), delimiter=delimiter)
    rows, lines = [], []
    next_line = 1 + skipped
    while True:
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise FiguresError(file, [Problem(_csv_problem(exc), next_line)]) from None
        rows.append(record)
        lines.append(next_line)
        next_line = reader.line_num + 1 + skipped
    if rows[-1] != [_AFTER_THE_END]:
        last = rows[-1]
        opened = next(index for index, cell in enumerate(last) if _AFTER_THE_END in cell)
        raise FiguresError(file, [_open_quote(last, opened, lines[-1], "is never closed")])
    rows.pop()
    lines.pop()
    _check_quotes_close(file, rows, lines, delimiter)
    return Sheet(None, rows, lines)


def _csv_problem(exc: csv.Error) -> str:
    if "field larger than field limit" in str(exc):
        return (f"a cell longer than {csv.field_size_limit():,} characters, which no figures file "
                "holds: check it is the right file")
    return f"not CSV: {exc}"


def _check_quotes_close(file: str, rows: list[list[str]], lines: list[int], delimiter: str) -> None:
    """Refuse a quoted cell that takes in lines looking like rows of their own:
    a quote left open on one line and closed by another's many lines on.
    (A note with a line break in it, quoted, is a cell as Excel saves it.)"""
    usual = Counter(len(row) for row in rows if len(row) > 1).most_common(1)
    if not usual:
        return
    fields = usual[0][0]
    for row, first_line in zip(rows, lines):
        for index, cell in enumerate(row):
            taken = cell.splitlines()[1:]
            if any(len(next(csv.reader([line], delimiter=delimiter), [])) >= fields for line in taken):
                closed_on = first_line + sum(cell.count("\n") for cell in row)
                raise FiguresError(file, [_open_quote(row, index, first_line,
                                                      f"is not closed until line {closed_on}, so the rows "
                                                      "between are read as one cell")])


def _open_quote(row: list[str], index: int, first_line: int, what: str) -> Problem:
    """The problem at the line where cell ``index`` of a row starting on
    ``first_line`` opens its quote: the row's first, on by the line breaks of
    the cells before it."""
    line = first_line + sum(cell.count("\n") for cell in row[:index])
    return Problem(f"a quote opened on this line {what}: close it, or take it out", line)
