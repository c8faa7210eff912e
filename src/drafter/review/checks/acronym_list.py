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
from drafter.files import read_list_file, refuse_bad_lines

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
    text = read_list_file(path, WorkspaceError, MAX_BYTES,
                          f"a list of acronyms may hold at most {MAX_BYTES / 1e6:.0f} MB")
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
    refuse_bad_lines(path, problems, WorkspaceError)
    return frozenset(found)
