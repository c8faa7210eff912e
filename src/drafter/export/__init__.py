"""Exporting a draft as the finished board report: Markdown, plain text or
Word. ``layout`` lays the report out as text, ``docx`` as a Word document with
real list numbering, ``naming`` chooses formats and file names; every file is
written atomically (``drafter.files``).

An explicit output path is replaced if it exists (the writer named it); the
default name never replaces a file. A draft with unfilled ``[[missing ...]]``
placeholders, or with an empty priority section, is refused unless ``force``
is given.
"""

from __future__ import annotations

from pathlib import Path

from drafter.errors import ExportError
from drafter.export.layout import (
    check_complete,
    empty_priorities,
    header_lines,
    meeting_month,
    presenter,
    render_markdown,
    render_text,
    table_rows,
    unfilled_placeholders,
)
from drafter.export.naming import FORMATS, default_output, format_for, name_problem, normalise_format
from drafter.files import expanded, write_atomically

__all__ = [
    "FORMATS", "check_complete", "default_output", "empty_priorities", "export_draft", "format_for", "header_lines",
    "meeting_month", "name_problem", "normalise_format", "presenter", "render_markdown", "render_text",
    "table_rows", "unfilled_placeholders",
]


def export_draft(workspace, draft_id: int, fmt: str, output: Path | str | None = None, *,
                 force: bool = False) -> Path:
    """Write draft ``draft_id`` (its head revision) as ``fmt`` (md, txt or docx).

    Parameters
    ----------
    output : path, optional
        File to write (replaced if it exists); default a new file named after the
        title and date in the current directory.
    force : bool
        Export even with unfilled template placeholders or empty priority sections.

    Returns
    -------
    Path
        The file written.

    Raises
    ------
    ExportError
        Unknown format, an incomplete draft (``IncompleteDraft``, without ``force``)
        or an unwritable file.
    NotFound
        Unknown draft id.
    """
    from drafter.drafts import get_draft

    name = normalise_format(fmt)
    if output is not None and not str(output).strip():
        raise ExportError("no file name given to export to")
    problem = name_problem(output, name) if output is not None else None
    if problem is not None:
        raise ExportError(f"{output}: {problem}")
    draft = get_draft(workspace, draft_id)
    if not force:
        check_complete(draft)
    target = expanded(output, ExportError) if output is not None else default_output(draft, name)
    if target.is_dir():
        raise ExportError(f"{target}: is a directory; give a file name")
    if name == "docx":
        from drafter.export.docx import write_docx

        return write_atomically(target, lambda path: write_docx(draft, path), ExportError)
    text = render_markdown(draft) if name == "md" else render_text(draft)
    return write_atomically(target, lambda path: path.write_text(text, encoding="utf-8"), ExportError)
