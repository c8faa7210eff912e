"""The report's layout as Markdown and plain text: the header block (board,
meeting month, the lines copied forward that say what kind of paper it is,
"Title: ..." (in Markdown the title as the "# " heading), "Presented by: ..." when
someone is named; a web-style draft, which has no board, opens with its title and "Published <month>"),
then each section's
heading and its paragraphs numbered 1..N straight through the numbered
sections, with the closing section unnumbered. Sub-headings, bullets and
tables keep the house style: ``###`` and ``- `` in Markdown, a line of its
own and "• " in text, rows of ``| cell |`` in both.

A draft still holding a ``[[missing ...]]`` placeholder from a template whose
figure was not available, or with a priority section that has nothing in it
(review's missing priority), is refused by :func:`check_complete`: a report
with a hole in it must not go to a board by accident.
"""

from __future__ import annotations

import re
from collections import Counter

from drafter.drafts.model import Draft
from drafter.errors import IncompleteDraft, UnfilledPlaceholders
from drafter.priorities import PRIORITY_IDS, classify_heading
from drafter.statement import BULLET, SUBHEADING, TABLE

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def meeting_month(date: str) -> str:
    """``2023-09`` -> ``September 2023`` (the date as given if it is not YYYY-MM)."""
    match = re.match(r"^(\d{4})-(\d{2})", date or "")
    if not match or not 1 <= int(match.group(2)) <= 12:
        return date or ""
    return f"{MONTHS[int(match.group(2)) - 1]} {match.group(1)}"


# What drafter stored for a draft nobody was named to present, before it left the line out.
_NOBODY_NAMED = {"", "n/a"}


def presenter(draft: Draft) -> str:
    """Who presents the report, or "" when nobody is named: then the header has
    no "Presented by" line (a board paper reading "Presented by: N/A" looks unfinished)."""
    name = (draft.presented_by or "").strip()
    return "" if name.casefold() in _NOBODY_NAMED else name


def header_lines(draft: Draft) -> list[str]:
    if not draft.board:
        return [draft.title, f"Published {meeting_month(draft.date)}"]
    lines = [draft.board, meeting_month(draft.date), *draft.header_notes, f"Title: {draft.title}"]
    name = presenter(draft)
    if name:
        lines.append(f"Presented by: {name}")
    return lines


def prints_heading(section) -> bool:
    """Whether the export sets the section's heading: not over an opening or a sign-off the
    statement copied put under none, nor over an introduction or closing with nothing in it,
    a heading heading nothing; an empty priority section keeps its heading (export refuses
    it unless forced, and a forced export shows the gap)."""
    return section.heading_printed and (bool(section.paragraphs) or section.key in PRIORITY_IDS)


def table_rows(cells: list[list[str]], cell_text=lambda cell: cell) -> list[str]:
    return ["| " + " | ".join(cell_text(cell).replace("|", "\\|") for cell in row) + " |" for row in cells]


# -- placeholders -------------------------------------------------------------------
def unfilled_placeholders(draft: Draft) -> list[tuple[str, str]]:
    """(section heading, placeholder) for every template gap left in the draft, and every
    note the writer left to fill ("TODO", "[insert rate]", a template's "{{ rate }}")."""
    from drafter.fill.results import PLACEHOLDER_RE, WRITER_NOTE_RE

    found = []
    for section in draft.sections:
        for paragraph in section.paragraphs:
            gaps = [*PLACEHOLDER_RE.finditer(paragraph.text), *WRITER_NOTE_RE.finditer(paragraph.text)]
            found += [(section.heading, gap.group(0)) for gap in sorted(gaps, key=lambda gap: gap.start())]
    return found


def empty_priorities(draft: Draft) -> list[str]:
    """The headings of the priority sections with nothing in them but sub-headings.

    A priority named in the first column of a table (the Home Office template
    table, whose rows report on the priorities) is covered there, as review
    holds it, whatever its own section has."""
    in_tables = {classify_heading(row[0]) for section in draft.sections for paragraph in section.paragraphs
                 if paragraph.kind == TABLE for row in (paragraph.cells or [])[1:] if row}
    return [section.heading for section in draft.sections
            if section.key in PRIORITY_IDS and section.key not in in_tables
            and all(paragraph.kind == SUBHEADING for paragraph in section.paragraphs)]


def _placeholders_said(gaps: list[tuple[str, str]]) -> str:
    # One sentence can leave the same gap several times; name each gap once.
    counts = Counter(gaps)
    distinct = list(counts)
    shown = distinct[:3]
    listed = "; ".join(f"{heading}: {placeholder}"
                       + (f" ({counts[(heading, placeholder)]} times)"
                          if counts[(heading, placeholder)] > 1 else "")
                       for heading, placeholder in shown)
    if len(distinct) > len(shown):
        listed += f"; and {len(distinct) - len(shown)} more"
    return f"{len(gaps)} unfilled placeholder{'s' if len(gaps) != 1 else ''} ({listed})"


def check_complete(draft: Draft) -> None:
    """Raise ``IncompleteDraft`` (``UnfilledPlaceholders`` when a placeholder is
    among its reasons) naming what is missing."""
    gaps = unfilled_placeholders(draft)
    empty = empty_priorities(draft)
    said, asked = [], []
    if gaps:
        said.append(_placeholders_said(gaps))
        asked.append("fill them" if len(gaps) > 1 else "fill it")
    if empty:
        said.append(f"{len(empty)} empty priority section{'s' if len(empty) != 1 else ''} "
                    f"({'; '.join(empty)})")
        asked.append(("write them" if len(empty) > 1 else "write it") if not gaps
                     else "write those sections" if len(empty) > 1 else "write that section")
    if said:
        kind = UnfilledPlaceholders if gaps else IncompleteDraft
        raise kind(f"draft {draft.id} has {' and '.join(said)}; {' and '.join(asked)}, "
                   "or export anyway")


# -- Markdown and text ------------------------------------------------------------------
_MARKDOWN_LEAD = re.compile(r"^(\d+)([.)])(\s)")
# A heading's "#" to "######", a quote's ">", a bullet's "-", "+" or "*", and a rule's "---" or "***".
_MARKDOWN_MARK = re.compile(r"^(?=#{1,6}(?:\s|$)|[>+*-](?:\s|$)|[-*](?:\s*[-*]){2,}\s*$)")
# Characters a sentence may hold that Markdown reads as markup: "*" and "`" anywhere, "_" except
# inside a word ("knife_bins_2026" is read as it is), "<" opening a tag or a link ("<b>",
# "<https://…>"), and a backslash before punctuation.
_INLINE_MARKUP = re.compile(r"[*`]|(?<![^\W_])_|_(?![^\W_])|<(?=[A-Za-z/!?])|\\(?=[!-/:-@\[-`{-~])")


def _markdown_inline(text: str) -> str:
    """Text as Markdown shows it word for word: "2* of the 24" keeps its asterisk and
    "_Severnford_" its underscores, rather than the words between turning italic."""
    return _INLINE_MARKUP.sub(lambda match: "\\" + match.group(0), text)


def _markdown_safe(text: str) -> str:
    """A paragraph as Markdown shows it as typed: its first characters never read
    as a list or heading marker, nothing in it as emphasis or code."""
    text = _MARKDOWN_LEAD.sub(r"\1\\\2\3", _markdown_inline(text))
    return _MARKDOWN_MARK.sub(r"\\", text)


def render_markdown(draft: Draft) -> str:
    """The draft as a Markdown report (sections as ``##`` headings, sub-headings ``###``)."""
    lines = [_markdown_safe(line) for line in header_lines(draft)]
    # The title is the document's heading, as offices write their Markdown
    # papers ("# Performance Report – …"), not a "Title:" line of plain text.
    lines[0 if not draft.board else 2 + len(draft.header_notes)] = f"# {_markdown_inline(draft.title)}"
    blocks = list(lines)
    current = None
    previous_kind = None
    for section, paragraph, number in draft.outline():
        if section is not current:
            if prints_heading(section):
                blocks.append(f"## {_markdown_inline(section.heading)}")
            current = section
            previous_kind = None
        if paragraph is None:
            continue
        text = _markdown_safe(paragraph.text)
        if paragraph.kind == SUBHEADING:
            blocks.append(f"### {_markdown_inline(paragraph.text)}")
        elif paragraph.kind == BULLET:
            item = f"- {text}"
            if previous_kind == BULLET:
                blocks[-1] += "\n" + item  # one list, not a list per bullet
            else:
                blocks.append(item)
        elif paragraph.kind == TABLE:
            # A Markdown table is as wide as its first row: a row with more cells loses them.
            width = max((len(row) for row in paragraph.cells or []), default=0)
            cells = [[*row, *[""] * (width - len(row))] for row in paragraph.cells or []]
            rows = table_rows(cells, _markdown_inline)
            rows.insert(1, "|" + "---|" * width)
            blocks.append("\n".join(rows))
        else:
            blocks.append(f"{number}. {text}" if number is not None else text)
        previous_kind = paragraph.kind
    return "\n\n".join(blocks) + "\n"


def render_text(draft: Draft) -> str:
    """The draft as plain text laid out like the printed report.

    Numbered paragraphs follow one another line by line; headings and
    unnumbered paragraphs stand between blank lines.
    """
    lines: list[str] = []
    for line in header_lines(draft):
        lines += [line, ""]
    current = None
    for section, paragraph, number in draft.outline():
        if section is not current:
            if lines and lines[-1] != "":
                lines.append("")
            if prints_heading(section):
                lines += [section.heading, ""]
            current = section
        if paragraph is None:
            continue
        if paragraph.kind == BULLET:
            if lines[-1] != "" and not lines[-1].startswith("• "):
                lines.append("")
            lines.append(f"• {paragraph.text}")
        elif paragraph.kind == TABLE:
            if lines[-1] != "":
                lines.append("")
            lines += [*table_rows(paragraph.cells or []), ""]
        elif number is None:
            if lines[-1] != "":
                lines.append("")
            lines += [paragraph.text, ""]
        else:
            lines.append(f"{number}. {paragraph.text}")
    while lines and lines[-1] == "":
        lines.pop()
    return "\n".join(lines) + "\n"
