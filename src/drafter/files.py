"""Writing files so that a reader never sees half of one.

Every file drafter writes outside the database (exports, review reports, the
copies of added statements, seeded templates, the search index's pointer) is
written to a temporary file beside its target, flushed to disk and renamed
over the target. A failure or Ctrl-C leaves the old file (or none) and no
partial file behind.
"""

from __future__ import annotations

import functools
import os
import tempfile
from pathlib import Path
from typing import Callable

from drafter.errors import DrafterError

ErrorFactory = Callable[[str], Exception]


def check_output_path(target: Path | str, error: ErrorFactory = DrafterError) -> Path:
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


def write_atomically(target: Path, write, error: ErrorFactory = DrafterError) -> Path:
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
