"""Export a draft as the finished board report: Markdown, plain text or Word.

All three follow the layout of the reports boards receive: the header block
(board, meeting month, "Title: ...", "Presented by: ..."), then each section's
heading and its paragraphs numbered 1..N straight through the numbered
sections, with the closing section unnumbered.

A draft still holding a ``[[missing ...]]`` placeholder from a template whose
figure was not available is refused (``ExportError`` naming the section and the
placeholder) unless ``force`` is given: a report with a hole in it must not go
to a board by accident.

Files are written to a temporary file beside the target and renamed over it,
so a reader never sees half a report. An explicit output path is replaced if it
exists (the writer named it); the default name (``<title-slug>-<date>.<ext>`` in
the current directory) never replaces a file: ``-2``, ``-3``... are added instead.
"""

from __future__ import annotations

import functools
import os
import re
import tempfile
from collections import Counter
from pathlib import Path

from drafter.draft_model import Draft
from drafter.errors import ExportError

FORMATS = {"md": ".md", "txt": ".txt", "docx": ".docx"}
FORMAT_ALIASES = {"markdown": "md", "text": "txt", "word": "docx"}

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")

SLUG_MAX = 60


def meeting_month(date: str) -> str:
    """``2023-09`` -> ``September 2023`` (the date as given if it is not YYYY-MM)."""
    match = re.match(r"^(\d{4})-(\d{2})", date or "")
    if not match or not 1 <= int(match.group(2)) <= 12:
        return date or ""
    return f"{MONTHS[int(match.group(2)) - 1]} {match.group(1)}"


def header_lines(draft: Draft) -> list[str]:
    return [draft.board, meeting_month(draft.date), f"Title: {draft.title}",
            f"Presented by: {draft.presented_by or 'N/A'}"]


# -- placeholders -------------------------------------------------------------------
def unfilled_placeholders(draft: Draft) -> list[tuple[str, str]]:
    """(section heading, placeholder) for every template gap left in the draft."""
    from drafter.fill import PLACEHOLDER_RE

    found = []
    for section in draft.sections:
        for paragraph in section.paragraphs:
            for match in PLACEHOLDER_RE.finditer(paragraph.text):
                found.append((section.heading, match.group(0)))
    return found


def check_complete(draft: Draft) -> None:
    gaps = unfilled_placeholders(draft)
    if gaps:
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
        raise ExportError(f"draft {draft.id} has {len(gaps)} unfilled placeholder"
                          f"{'s' if len(gaps) != 1 else ''} ({listed}); fill them or export with --force")


# -- Markdown and text ------------------------------------------------------------------
_MARKDOWN_LEAD = re.compile(r"^(\d+)([.)])(\s)")
_MARKDOWN_MARK = re.compile(r"^([#>+*-])(\s)")


def _markdown_safe(text: str) -> str:
    """Stop a paragraph's first characters being read as a list or heading marker."""
    text = _MARKDOWN_LEAD.sub(r"\1\\\2\3", text)
    return _MARKDOWN_MARK.sub(r"\\\1\2", text)


def render_markdown(draft: Draft) -> str:
    """The draft as a Markdown board report (sections as ``##`` headings)."""
    blocks = [_markdown_safe(line) for line in header_lines(draft)]
    current = None
    for section, paragraph, number in draft.outline():
        if section is not current:
            blocks.append(f"## {section.heading}")
            current = section
        if paragraph is None:
            continue
        text = _markdown_safe(paragraph.text)
        blocks.append(f"{number}. {text}" if number is not None else text)
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
            lines += [section.heading, ""]
            current = section
        if paragraph is None:
            continue
        if number is None:
            if lines[-1] != "":
                lines.append("")
            lines += [paragraph.text, ""]
        else:
            lines.append(f"{number}. {paragraph.text}")
    while lines and lines[-1] == "":
        lines.pop()
    return "\n".join(lines) + "\n"


# -- files ------------------------------------------------------------------------------
def format_for(path: Path | str | None) -> str | None:
    """The export format a file name asks for by its extension (``report.docx`` → ``docx``), or None."""
    if not path:
        return None
    suffix = Path(path).suffix.lower()
    return next((name for name, ext in FORMATS.items() if ext == suffix), None)


def normalise_format(fmt: str) -> str:
    name = (fmt or "").lower().lstrip(".")
    name = FORMAT_ALIASES.get(name, name)
    if name not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}: expected one of {', '.join(FORMATS)}")
    return name


def slug(text: str) -> str:
    words = re.sub(r"[^a-z0-9]+", " ", text.lower()).split()
    result = ""
    for word in words:
        candidate = f"{result}-{word}" if result else word
        if len(candidate) > SLUG_MAX:
            break
        result = candidate
    return result or "draft"


def default_output(draft: Draft, fmt: str, directory: Path | None = None) -> Path:
    """``<title-slug>-<date>.<ext>`` in ``directory`` (default: the current one), never an existing file."""
    folder = Path.cwd() if directory is None else directory
    stem = f"{slug(draft.title)}-{draft.date}" if draft.date else slug(draft.title)
    candidate = folder / f"{stem}{FORMATS[fmt]}"
    counter = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{counter}{FORMATS[fmt]}"
        counter += 1
    return candidate


def check_output_path(target: Path | str, error: type[Exception] = ExportError) -> Path:
    """The file to write for ``target`` (a symbolic link's target), or ``error``
    saying why it cannot be written: no name, a directory, not a regular file,
    or a folder that does not exist. Cheap, so callers check before slow work."""
    if not str(target).strip():
        raise error("no file name given to write to")
    target = Path(target).expanduser()
    if target.is_symlink():
        target = target.resolve()
    if target.is_dir():
        raise error(f"{target}: is a directory; give a file name")
    if target.exists() and not target.is_file():
        raise error(f"{target}: not a regular file; give the name of a file to write")
    folder = target.parent
    if not folder.is_dir():
        what = "is not a folder" if folder.exists() else "does not exist"
        raise error(f"{target}: folder {folder} {what}")
    return target


def write_atomically(target: Path, write, error: type[Exception] = ExportError) -> Path:
    """Call ``write(temp_path)`` then rename the finished file to ``target``.

    A reader never sees half a file, and a failure or Ctrl-C leaves no partial
    file behind. A symbolic link is written through (its target is replaced);
    anything that is not a regular file (a device, a pipe) is refused, since
    renaming over it would replace it. Problems raise ``error`` with a one-line
    message naming ``target``.
    """
    target = check_output_path(target, error)
    folder = target.parent
    temp: Path | None = None
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
        os.close(handle)
        temp = Path(temp_name)
        write(temp)
        with open(temp, "rb+") as written:
            os.fsync(written.fileno())
        os.chmod(temp, 0o644 & ~_umask())
        os.replace(temp, target)
    except OSError as exc:
        if temp is not None:
            temp.unlink(missing_ok=True)
        raise error(f"{target}: cannot write ({(exc.strerror or str(exc)).lower()})") from None
    except BaseException:
        if temp is not None:
            temp.unlink(missing_ok=True)
        raise
    return target


@functools.cache
def _umask() -> int:
    # Read once: umask can only be read by setting it, which races with other threads.
    current = os.umask(0o022)
    os.umask(current)
    return current


def export_draft(workspace, draft_id: int, fmt: str, output: Path | str | None = None, *,
                 force: bool = False) -> Path:
    """Write draft ``draft_id`` (its head revision) as ``fmt`` (md, txt or docx).

    Parameters
    ----------
    output : path, optional
        File to write (replaced if it exists); default a new file named after the
        title and date in the current directory.
    force : bool
        Export even with unfilled template placeholders.

    Returns
    -------
    Path
        The file written.

    Raises
    ------
    ExportError
        Unknown format, unfilled placeholders (without ``force``) or an unwritable file.
    NotFound
        Unknown draft id.
    """
    from drafter.drafts import get_draft

    name = normalise_format(fmt)
    if output is not None and not str(output).strip():
        raise ExportError("no file name given to export to")
    asked = format_for(output)
    if asked is not None and asked != name:
        # A Word file named .md (or the reverse) opens as garbage; refuse the mix-up.
        raise ExportError(f"{output}: the name ends in {FORMATS[asked]} but the format is {name}; "
                          f"use a {FORMATS[name]} name or the {asked} format")
    draft = get_draft(workspace, draft_id)
    if not force:
        check_complete(draft)
    target = Path(output).expanduser() if output is not None else default_output(draft, name)
    if target.is_dir():
        raise ExportError(f"{target}: is a directory; give a file name")
    if name == "docx":
        from drafter.export_docx import write_docx

        return write_atomically(target, lambda path: write_docx(draft, path))
    text = render_markdown(draft) if name == "md" else render_text(draft)
    return write_atomically(target, lambda path: path.write_text(text, encoding="utf-8"))
