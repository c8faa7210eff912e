"""The acronyms an office uses without spelling them out (HMICFRS, PCC, ASB):
``acronyms.txt`` in the workspace, which a maintainer edits; new workspaces
get a copy of the bundled list.

One acronym a line, as statements write it (capitals, digits and ``&``);
``#`` starts a comment, on a line of its own or after the acronym. A bad
line stops the review with one message naming the file and the line: a
silently ignored line would bring back the false alarms it was added to stop.
"""

from __future__ import annotations

import re
from pathlib import Path

from drafter.errors import WorkspaceError

FILE_NAME = "acronyms.txt"
MAX_BYTES = 1_000_000
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]*[A-Z][A-Z0-9&]*")


def bundled_acronyms() -> Path:
    """The list shipped with drafter (copied into new workspaces)."""
    return Path(__file__).with_name("common_acronyms.txt")


def workspace_acronyms(workspace_path: Path | str) -> Path:
    """``<workspace>/acronyms.txt``; the bundled list when the workspace has none."""
    path = Path(workspace_path) / FILE_NAME
    return path if path.exists() else bundled_acronyms()


def read_acronyms(path: Path) -> frozenset[str]:
    """The acronyms in a list file; WorkspaceError names the first bad line."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise WorkspaceError(f"{path}: too large for a list of acronyms ({size / 1e6:.1f} MB; "
                                 f"at most {MAX_BYTES / 1e6:.0f} MB)")
        data = path.read_bytes()
    except OSError as exc:
        raise WorkspaceError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if b"\x00" in data:
        line = data[:data.index(b"\x00")].count(b"\n") + 1
        raise WorkspaceError(f"{path}: line {line}: not text (the file looks binary)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise WorkspaceError(f"{path}: line {line}: not UTF-8 text (save the file as UTF-8)") from None
    return parse_acronyms(text, path)


def parse_acronyms(text: str, path: Path | str = FILE_NAME) -> frozenset[str]:
    found: set[str] = set()
    problems: list[tuple[int, str]] = []
    for number, raw in enumerate(text.splitlines(), 1):
        entry = raw.split("#", 1)[0].strip()
        if not entry:
            continue
        if _ACRONYM.fullmatch(entry):
            found.add(entry)
        elif " " in entry or "\t" in entry:
            problems.append((number, f"{entry!r}: one acronym a line (a comment goes after '#')"))
        else:
            problems.append((number, f"{entry!r} is not an acronym as review reads them "
                                     "(two or more capitals, digits or '&', e.g. HMICFRS)"))
    if problems:
        number, problem = problems[0]
        more = len(problems) - 1
        extra = f" (and {more} more bad line{'s' if more > 1 else ''})" if more else ""
        raise WorkspaceError(f"{path}: line {number}: {problem}{extra}")
    return frozenset(found)
