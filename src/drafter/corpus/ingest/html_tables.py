"""A saved page's tables made readable before its main content is taken:
each caption set before its table as a heading, and column titles grouped
over two header rows ("Offences" spanning "Jul to Sep 2025 | Jul to Sep
2026") made one row, so each column keeps the title that names its period
and the rows under it line up with their titles."""

from __future__ import annotations

from drafter.corpus.ingest.blocks import clean_line, is_priority_table
from drafter.corpus.ingest.table_titles import column_title

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def captions_as_headings(tree) -> None:
    """A table's caption names the table: it is set before the table as a
    heading one level below the heading the table sits under (the extractor
    would read it as the table's first row). A table of the priorities is
    their sections: its caption, a title over them as its column titles are,
    is left out, not made a heading over an empty section."""
    level = None
    for element in list(tree.iter(*_HEADINGS, "caption")):
        if element.tag != "caption":
            level = int(element.tag[1])
            continue
        table = element.getparent()
        text = text_of(element)
        table.remove(element)
        rows = [[text_of(cell) for cell in row.iter("th", "td")] for row in table.iter("tr")]
        if text and table.getparent() is not None and not is_priority_table(rows):
            title = element.makeelement(f"h{min(level + 1, 6)}" if level else "p", {})
            title.text = text
            table.addprevious(title)


def grouped_titles_joined(tree) -> None:
    """Header rows spanning one another (a title with colspan over the
    columns below it, one with rowspan beside them) become one row of a title
    for each column (``table_titles.column_title``)."""
    for table in list(tree.iter("table")):
        rows = list(table.iter("tr"))
        header = []
        for row in rows:
            cells = [cell for cell in row if cell.tag in ("th", "td")]
            if not cells or any(cell.tag != "th" for cell in cells):
                break
            header.append(row)
        if len(header) < 2 or not any(_span(cell, "colspan") > 1 or _span(cell, "rowspan") > 1
                                      for row in header for cell in row):
            continue
        titles = _column_titles(header)
        if titles is None:
            continue
        first = header[0]
        for row in header[1:]:
            row.getparent().remove(row)
        for cell in list(first):
            first.remove(cell)
        for title in titles:
            cell = first.makeelement("th", {})
            cell.text = title
            first.append(cell)


def _column_titles(header) -> list[str] | None:
    """Each column's title, top to bottom, from header rows whose cells span
    columns and rows; None when the rows do not make a grid."""
    grid: dict[tuple[int, int], object] = {}
    for row_index, row in enumerate(header):
        column = 0
        for cell in (cell for cell in row if cell.tag == "th"):
            while (row_index, column) in grid:
                column += 1
            for down in range(_span(cell, "rowspan")):
                for across in range(_span(cell, "colspan")):
                    grid[(row_index + down, column + across)] = cell
            column += _span(cell, "colspan")
    width = 1 + max(column for _, column in grid)
    if any((row, column) not in grid for row in range(len(header)) for column in range(width)):
        return None
    return [column_title([text_of(cell) for cell in dict.fromkeys(grid[(row, column)] for row in range(len(header)))])
            for column in range(width)]


def _span(cell, name: str) -> int:
    try:
        return max(1, min(int(cell.get(name) or 1), 50))
    except ValueError:
        return 1


def text_of(element) -> str:
    return clean_line(" ".join(element.itertext()))
