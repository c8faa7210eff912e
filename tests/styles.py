"""Statements in the house styles other offices publish, written for these
tests, and the same statement set out as each format: plain text (with or
without blank lines), Markdown, Word, PDF and a saved web page.

A statement is a list of ``Piece``s (title, date line, heading, sub-heading,
paragraph, bullet, table). ``expected`` says what drafter should read from it
whatever the format: sections, sub-headings, bullets, table rows, force, date.
"""

from __future__ import annotations

import html as html_escape
import io
import re
from dataclasses import dataclass, field

TITLE, DATE, HEADING, SUBHEADING, PARAGRAPH, BULLET, TABLE = (
    "title", "date", "heading", "subheading", "paragraph", "bullet", "table")
FORMATS = ("txt", "txt-packed", "md", "docx", "pdf", "html")


@dataclass
class Piece:
    kind: str
    text: str = ""
    cells: list[list[str]] | None = None


@dataclass
class Expected:
    sections: list[tuple[str, str | None]]
    force: str | None
    date: str | None
    subheadings: int = 0
    bullets: int = 0
    table_rows: int = 0


@dataclass
class Style:
    name: str
    pieces: list[Piece]
    expected: Expected
    file_stem: str = "statement"
    notes: list[str] = field(default_factory=list)

    def words(self) -> list[str]:
        return words_of(" ".join(
            piece.text if piece.cells is None else " ".join(c for row in piece.cells for c in row)
            for piece in self.pieces))


_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def words_of(text: str) -> list[str]:
    return [word.lower().strip("'’-") for word in _WORD.findall(text)]


def statement_words(statement) -> list[str]:
    """Every word drafter kept: title, board, date line words, headings and paragraphs."""
    parts = [statement.title or "", statement.board or "", statement.presented_by or ""]
    for section in statement.sections:
        parts.append(section.heading or "")
        for paragraph in section.paragraphs:
            if paragraph.cells is not None:
                parts.extend(cell for row in paragraph.cells for cell in row)
            else:
                parts.append(paragraph.text)
    return words_of(" ".join(parts))


def words_lost(style: Style, statement) -> list[str]:
    """Words of the source that drafter kept nowhere (a date line's own words,
    e.g. "Published", count as kept when the date was read)."""
    kept: dict[str, int] = {}
    for word in statement_words(statement):
        kept[word] = kept.get(word, 0) + 1
    lost = []
    for piece in style.pieces:
        if piece.kind == DATE and statement.date:
            continue
        text = piece.text if piece.cells is None else " ".join(c for row in piece.cells for c in row)
        for word in words_of(text):
            if kept.get(word, 0) > 0:
                kept[word] -= 1
            else:
                lost.append(word)
    return lost


# -- the formats ---------------------------------------------------------------

def as_text(style: Style, *, blank_lines: bool = True, flatten_tables: str = "lines") -> str:
    out: list[str] = []
    for piece in style.pieces:
        if piece.kind == BULLET:
            out.append(f"• {piece.text}")
        elif piece.kind == TABLE:
            if flatten_tables == "columns":
                out += ["     ".join(row) for row in piece.cells]
            else:
                out += [cell for row in piece.cells for cell in row]
        else:
            out.append(piece.text)
        if blank_lines and not (piece.kind == BULLET and _next_is(style, piece, BULLET)):
            out.append("")
    return "\n".join(out) + "\n"


def _next_is(style: Style, piece: Piece, kind: str) -> bool:
    index = style.pieces.index(piece)
    return index + 1 < len(style.pieces) and style.pieces[index + 1].kind == kind


def as_markdown(style: Style) -> str:
    out: list[str] = []
    for piece in style.pieces:
        if piece.kind == TITLE:
            out += [f"# {piece.text}", ""]
        elif piece.kind == HEADING:
            out += [f"## {piece.text}", ""]
        elif piece.kind == SUBHEADING:
            out += [f"### {piece.text}", ""]
        elif piece.kind == BULLET:
            out.append(f"- {piece.text}")
            if not _next_is(style, piece, BULLET):
                out.append("")
        elif piece.kind == TABLE:
            out.append("| " + " | ".join(piece.cells[0]) + " |")
            out.append("|" + "---|" * len(piece.cells[0]))
            out += ["| " + " | ".join(row) + " |" for row in piece.cells[1:]]
            out.append("")
        else:
            out += [piece.text, ""]
    return "\n".join(out)


def as_docx(style: Style) -> bytes:
    import docx

    document = docx.Document()
    for piece in style.pieces:
        if piece.kind == TITLE:
            document.add_paragraph(piece.text, style="Title")
        elif piece.kind == HEADING:
            document.add_paragraph(piece.text, style="Heading 2")
        elif piece.kind == SUBHEADING:
            document.add_paragraph(piece.text, style="Heading 3")
        elif piece.kind == BULLET:
            document.add_paragraph(piece.text, style="List Bullet")
        elif piece.kind == TABLE:
            table = document.add_table(rows=len(piece.cells), cols=len(piece.cells[0]))
            for row, values in zip(table.rows, piece.cells):
                for cell, value in zip(row.cells, values):
                    cell.text = value
        else:
            document.add_paragraph(piece.text)
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def as_pdf(style: Style) -> bytes:
    from builders import PdfBuilder

    builder = PdfBuilder(page_footer=True)
    for piece in style.pieces:
        if piece.kind == TITLE:
            builder.line(piece.text, bold=True, size=16, gap_after=4)
        elif piece.kind == HEADING:
            builder.heading(piece.text)
        elif piece.kind == SUBHEADING:
            builder.line(piece.text, bold=True, gap_after=2)
        elif piece.kind == BULLET:
            builder.line(f"\u2022 {piece.text}", gap_after=1)
        elif piece.kind == TABLE:
            for row in piece.cells:
                for cell in row:
                    builder.line(cell, gap_after=1)
        else:
            builder.paragraph(piece.text)
    return builder.to_bytes()


CHROME_TOP = """<a class="skip-link" href="#main">Skip to main content</a>
<div id="cookie-banner" class="cookie-banner"><p>We use cookies to make this site work and to
understand how you use it. <button>Accept all cookies</button> <button>Reject cookies</button></p></div>
<header class="site-header"><a href="/">Office of the Police and Crime Commissioner</a>
<nav aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/about">About the Commissioner</a></li>
<li><a href="/news">News</a></li><li><a href="/transparency">Transparency</a></li>
<li><a href="/contact">Contact us</a></li></ul></nav>
<form action="/search"><input name="q" placeholder="Search this site"><button>Search</button></form></header>
<nav class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/transparency">Transparency</a> &gt; Statements</nav>"""
CHROME_BOTTOM = """<aside class="related"><h2>Related pages</h2><ul><li><a href="/plan">Police and Crime Plan</a></li>
<li><a href="/panel">Police and Crime Panel</a></li></ul></aside>
<footer class="site-footer"><ul><li><a href="/accessibility">Accessibility statement</a></li>
<li><a href="/privacy">Privacy notice</a></li><li><a href="/cookies">Cookies</a></li></ul>
<p>&copy; Office of the Police and Crime Commissioner. All rights reserved.</p></footer>
<script>window.analytics = function () { fetch("https://tracker.invalid/collect"); }; analytics();</script>"""
CHROME_WORDS = ("cookies", "skip", "accessibility", "privacy", "rights", "breadcrumbs", "related")


def as_html(style: Style, *, chrome: bool = True) -> str:
    body: list[str] = []
    items: list[str] = []

    def close_list() -> None:
        if items:
            body.append("<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")
            items.clear()

    for piece in style.pieces:
        text = html_escape.escape(piece.text)
        if piece.kind != BULLET:
            close_list()
        if piece.kind == TITLE:
            body.append(f"<h1>{text}</h1>")
        elif piece.kind == HEADING:
            body.append(f"<h2>{text}</h2>")
        elif piece.kind == SUBHEADING:
            body.append(f"<h3>{text}</h3>")
        elif piece.kind == BULLET:
            items.append(text)
        elif piece.kind == TABLE:
            head = "".join(f"<th>{html_escape.escape(c)}</th>" for c in piece.cells[0])
            rows = "".join("<tr>" + "".join(f"<td>{html_escape.escape(c)}</td>" for c in row) + "</tr>"
                           for row in piece.cells[1:])
            body.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
        else:
            body.append(f"<p>{text}</p>")
    close_list()
    main = "\n".join(body)
    page = (f"<main id=\"main\"><article class=\"statement\">\n{main}\n</article></main>")
    if chrome:
        page = f"{CHROME_TOP}\n{page}\n{CHROME_BOTTOM}"
    return ("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
            f"<title>{html_escape.escape(style.pieces[0].text)}</title>"
            "<link rel=\"stylesheet\" href=\"https://cdn.invalid/site.css\">"
            f"</head>\n<body>\n{page}\n</body></html>\n")


def file_bytes(style: Style, fmt: str) -> tuple[str, bytes]:
    """(file name, bytes) of ``style`` set out as ``fmt`` (one of ``FORMATS``)."""
    if fmt == "txt":
        return f"{style.file_stem}.txt", as_text(style, flatten_tables="columns").encode()
    if fmt == "txt-packed":
        return f"{style.file_stem}.txt", as_text(style, blank_lines=False).encode()
    if fmt == "md":
        return f"{style.file_stem}.md", as_markdown(style).encode()
    if fmt == "docx":
        return f"{style.file_stem}.docx", as_docx(style)
    if fmt == "pdf":
        return f"{style.file_stem}.pdf", as_pdf(style)
    return f"{style.file_stem}.html", as_html(style).encode()
