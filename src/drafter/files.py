"""Writing files so that a reader never sees half of one, and reading the
small files a maintainer edits, never past their size limits.

Every file drafter writes outside the database (exports, review reports, the
copies of added statements, seeded templates, the search index's pointer) is
written to a temporary file beside its target, flushed to disk and renamed
over the target. A failure or Ctrl-C leaves the old file (or none) and no
partial file behind.

A file whose bytes are plainly another kind than its name says (a web page
saved under a .pdf name) is named for what it is (:func:`misnamed`).
"""

from __future__ import annotations

import codecs
import errno
import functools
import io
import os
import stat
import tempfile
import zipfile
from pathlib import Path
from typing import Callable

from drafter.errors import DrafterError

ErrorFactory = Callable[[str], Exception]


def expanded(path: Path | str, error: ErrorFactory = DrafterError) -> Path:
    """``path`` with a leading ``~`` made the home directory, said in one line
    when there is none to make it (HOME unset for a service account, env -i)."""
    try:
        return Path(path).expanduser()
    except RuntimeError:
        raise error(f"{path}: '~' stands for a home directory, and there is none here "
                    "(HOME is not set): give the full path") from None


def broken_link_in(path: Path) -> str | None:
    """Why ``path`` cannot be made when it, or a folder above it, is a link to
    nothing (a shared folder's link while the share is not mounted); else None."""
    for part in (path, *path.parents):
        if part.is_symlink() and not part.exists():
            return f"{part}: a link to {os.readlink(part)}, which is not there (is the folder it is on mounted?)"
    return None


def check_output_path(target: Path | str, error: ErrorFactory = DrafterError) -> Path:
    """The file to write for ``target`` (a symbolic link's target), or ``error``
    saying why it cannot be written: no name, a directory, not a regular file,
    or a folder that does not exist. Cheap, so callers check before slow work."""
    if not str(target).strip():
        raise error("no file name given to write to")
    target = expanded(target, error)
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


NO_ROOM = frozenset(getattr(errno, name) for name in ("ENOSPC", "EDQUOT", "EFBIG") if hasattr(errno, name))
"""The errors of a disk with no room left (full, over a quota, past a file size limit)."""


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
        os.chmod(temp, _kept_mode(target))
        os.replace(temp, target)
    except OSError as exc:
        if temp is not None:
            temp.unlink(missing_ok=True)
        problem = error(f"{target}: cannot write ({(exc.strerror or str(exc)).lower()})")
        problem.no_room = exc.errno in NO_ROOM  # a batch stops here: every later file would fail alike
        raise problem from None
    except BaseException:
        if temp is not None:
            temp.unlink(missing_ok=True)
        raise
    return target


def new_file_mode(folder: Path | None = None) -> int:
    """The permissions a new file of the user's gets, as ``touch`` would give
    it: a team sharing a workspace through a group-writable folder (umask 002)
    can each write what the others made. In a ``folder`` the team shares (its
    group may write it), the group may write the file whatever the umask, as
    git's shared repositories do: one writer's umask 022 would otherwise lock
    the others out of what that writer made."""
    mode = 0o666 & ~_umask()
    return mode | stat.S_IRGRP | stat.S_IWGRP if folder is not None and _shared(folder) else mode


def make_folder(path: Path) -> Path:
    """``path`` and the folders above it that are missing, made as ``mkdir -p``
    would, each one made in a folder the team shares shared alike (its group
    may write it, and keeps the folder's group: see :func:`new_file_mode`)."""
    missing = []
    folder = path
    while not folder.exists() and folder.parent != folder:
        missing.append(folder)
        folder = folder.parent
    path.mkdir(parents=True, exist_ok=True)
    for made in reversed(missing):
        try:
            parent = made.parent.stat().st_mode
            if _shared(made.parent):
                os.chmod(made, stat.S_IMODE(made.stat().st_mode) | stat.S_IRWXG | (parent & stat.S_ISGID))
        except OSError:
            pass  # a file system without permissions (a network share) keeps its own
    return path


def _shared(folder: Path) -> bool:
    """Whether ``folder`` is one a team shares: its group may write it, and it is no
    folder everyone may write (``/tmp``, whose sticky bit keeps each user's files apart)."""
    try:
        mode = folder.stat().st_mode
    except OSError:
        return False
    return bool(mode & stat.S_IWGRP) and not mode & stat.S_ISVTX


def _kept_mode(target: Path) -> int:
    # A file written again keeps the permissions someone gave it (a settings
    # file opened to the team); a new one gets the user's usual ones.
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return new_file_mode(target.parent)


def _umask() -> int:
    # Linux shows it without changing it; setting it to read it races with other threads.
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return _umask_by_setting()


@functools.cache
def _umask_by_setting() -> int:
    # Read once: umask can only be read by setting it, which races with other threads.
    current = os.umask(0o022)
    os.umask(current)
    return current


def read_bounded(path: Path, error: ErrorFactory, max_bytes: int, too_large: str,
                 shown: str | None = None) -> bytes:
    """The bytes of a file drafter reads whole, refused before reading when it
    is missing, a directory, not a regular file (a pipe would block, a device
    such as /dev/zero never ends) or over ``max_bytes``. ``error`` gets one
    line naming the file (as ``shown``); ``too_large`` says what the limit is,
    e.g. "a synonyms file may hold at most 2 MB"."""
    name = shown or str(path)
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise error(f"{name}: is a directory, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise error(f"{name}: not a regular file")
        if info.st_size > max_bytes:
            raise error(f"{name}: too large ({_megabytes(info.st_size)}; {too_large})")
        with open(path, "rb") as stream:
            # A file that grows after stat() is still never read past the limit.
            data = stream.read(max_bytes + 1)
    except FileNotFoundError:
        raise error(f"{name}: no such file") from None
    except OSError as exc:
        raise error(f"{name}: cannot read ({(exc.strerror or str(exc)).lower()})") from None
    if len(data) > max_bytes:
        raise error(f"{name}: too large (over {_megabytes(max_bytes)}; {too_large})")
    return data


def _megabytes(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


def read_list_file(path: Path, error: ErrorFactory, max_bytes: int, too_large: str) -> str:
    """The text of a small file a maintainer edits by hand (a synonyms or an
    acronyms list). ``error`` names the file, and the line for bytes that are
    not UTF-8 text; ``too_large`` says what the size limit is, e.g. "a synonyms
    file may hold at most 1 MB"."""
    data = read_bounded(path, error, max_bytes, too_large)
    marked = decode_marked(data, error, lambda line: f"{path}: line {line}")
    if marked is not None:
        return marked
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise error(f"{path}: line {line}: not UTF-8 text (save the file as UTF-8)") from None


def decode_marked(data: bytes, error: ErrorFactory, at: Callable[[int], str]) -> str | None:
    """The text of a hand-edited file saved with a UTF-32 or UTF-16 byte order
    mark (what Windows Notepad saves as "Unicode"), or None when it has none
    and no zero bytes (UTF-8 or another 8-bit encoding, for the caller to
    decode). Zero bytes without a mark are refused: UTF-16 or UTF-32 without
    its mark, or a binary file. ``at(line)`` names the file and line in the
    one-line error ("templates/homicide.j2:3", "synonyms.txt: line 3")."""
    # UTF-32's little-endian mark begins with UTF-16's, so it is looked for first.
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        try:
            return data.decode("utf-32")
        except UnicodeDecodeError as exc:
            line = data[:exc.start - exc.start % 4].decode("utf-32").count("\n") + 1
            raise error(f"{at(line)}: not UTF-32 text though it starts like it (save the file as UTF-8)") from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            line = data[:exc.start].count(b"\n\x00") + 1
            raise error(f"{at(line)}: not UTF-16 text though it starts like it (save the file as UTF-8)") from None
    if b"\x00" in data:
        if _looks_like_utf32(data):
            raise error(f"{at(1)}: UTF-32 text without a byte order mark (save the file as UTF-8)")
        if _looks_like_utf16(data):
            raise error(f"{at(1)}: UTF-16 text without a byte order mark (save the file as UTF-8)")
        line = data[:data.index(b"\x00")].count(b"\n") + 1
        raise error(f"{at(line)}: not text (the file looks binary)")
    return None


def _looks_like_utf16(data: bytes) -> bool:
    """Text saved as UTF-16 without a byte order mark: every other byte of
    plain English is zero."""
    sample = data[:2000]
    return len(sample) >= 4 and (sample[1::2].count(0) > 0.9 * (len(sample) // 2)
                                 or sample[0::2].count(0) > 0.9 * (len(sample) // 2))


def path_as_text(path: Path | str) -> str:
    """A file's path (or name) as text a database or JSON can hold: bytes in
    it that are not UTF-8 (a name from a zip made on Windows, an old share)
    read as Windows-1252."""
    raw = os.fsencode(path)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def utf16_without_bom(data: bytes) -> str | None:
    """The text of ``data`` saved as UTF-16 without a byte order mark, or None
    when it is not that (binary, or text in another encoding)."""
    if len(data) % 2 or not _looks_like_utf16(data):
        return None
    sample = data[:2000]
    encoding = "utf-16-le" if sample[1::2].count(0) > sample[0::2].count(0) else "utf-16-be"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return None if "\x00" in text else text


def _looks_like_utf32(data: bytes) -> bool:
    """Text saved as UTF-32 without a byte order mark: three of every four
    bytes of plain English are zero."""
    sample = data[:4000]
    quarter = len(sample) // 4
    if quarter < 1:
        return False
    zero_runs = sample[1::4].count(0) + sample[2::4].count(0)
    return zero_runs > 0.9 * 2 * quarter and (sample[0::4].count(0) > 0.9 * quarter
                                              or sample[3::4].count(0) > 0.9 * quarter)


def refuse_bad_lines(path: Path | str, problems: list[tuple[int, str]], error: ErrorFactory) -> None:
    """One error naming the first bad line of a list file and counting the
    rest (every line is checked, so the maintainer learns how many to fix)."""
    if not problems:
        return
    number, problem = problems[0]
    others = [str(line) for line, _ in problems[1:]]
    extra = ""
    if others:
        # Named, so every bad line is put right before the next run.
        shown = others if len(others) <= 5 else [*others[:5], f"{len(others) - 5} more"]
        lines = shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} and {shown[-1]}"
        extra = f" (and {len(others)} more bad line{'s' if len(others) > 1 else ''}: {lines})"
    raise error(f"{path}: line {number}: {problem}{extra}")


# -- what a file's bytes really are, whatever its name says: a web page saved
# under a .pdf name, a workbook under a .docx one, named rather than called corrupt.
# Old Word and Excel files, and password-protected .docx and .xlsx ones, are OLE compound documents.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
_SNIFF = 2048
# The part that makes an Office or OpenDocument package what it is.
_PACKAGE_PARTS = (
    ("word/document.xml", "a Word document", ".docx"),
    ("xl/workbook.xml", "an Excel workbook", ".xlsx"),
    ("ppt/presentation.xml", "a PowerPoint presentation", ".pptx"),
)
_OPENDOCUMENT = (
    (b"application/vnd.oasis.opendocument.text", "an OpenDocument text document", ".odt"),
    (b"application/vnd.oasis.opendocument.spreadsheet", "an OpenDocument spreadsheet", ".ods"),
)
_IMAGES = ((b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"))
_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<?xml")


def kind_of(data: bytes) -> tuple[str, str | None] | None:
    """What ``data`` is, as a phrase ("a web page (HTML)"), and the name
    ending such a file has (".html"), or None when its bytes do not say."""
    start = data[:_SNIFF].lstrip(b"\xef\xbb\xbf \t\r\n")
    if b"%PDF-" in data[:1024]:
        return "a PDF", ".pdf"
    if start.startswith(OLE_MAGIC):
        return "an old Word or Excel file (.doc, .xls) or a password-protected one", None
    if start.startswith(ZIP_MAGIC):
        return _package_kind(data)
    if start.startswith(b"{\\rtf"):
        return "an RTF document", ".rtf"
    for magic, what in _IMAGES:
        if start.startswith(magic):
            return what, None
    lowered = start.lower()
    if lowered.startswith((b"<!doctype html", b"<html")) \
            or lowered.startswith(_HTML_STARTS) and (b"<html" in lowered or b"<body" in lowered):
        return "a web page (HTML)", ".html"
    if b"\x00" not in start:
        try:
            start.decode("utf-8")
        except UnicodeDecodeError as exc:
            if exc.start < len(start) - 4:  # a character cut at the sample's end is still text
                return None
        return "plain text", ".txt"
    return None


def misnamed(data: bytes, expected: str) -> str | None:
    """The problem to report when ``data`` is plainly something other than
    ``expected`` (a name ending, ".pdf"): "this is a web page (HTML), not a
    PDF: rename it to end in .html"; None when it may be what its name says."""
    found = kind_of(data)
    if found is None or found[1] == expected:
        return None
    what, ending = found
    named = {".pdf": "a PDF", ".docx": "a Word document", ".xlsx": "a workbook"}.get(expected, expected)
    if ending in (".xlsx", ".ods"):
        advice = ": import its figures instead"
    elif ending in (".pdf", ".docx", ".html", ".txt"):
        advice = f": rename it to end in {ending}"
    elif ending == ".rtf":
        advice = ": open it in Word and save it as .docx"
    else:
        advice = ""
    return f"this is {what}, not {named}{advice}"


def _package_kind(data: bytes) -> tuple[str, str | None] | None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = {entry.filename for entry in archive.infolist()}
        for part, what, ending in _PACKAGE_PARTS:
            if part in names:
                return what, ending
        if "mimetype" in names:
            mimetype = archive.read("mimetype")[:200]
            for magic, what, ending in _OPENDOCUMENT:
                if mimetype.startswith(magic):
                    return what, ending
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, KeyError, OSError):
        return None  # a damaged package may be any kind
    return "a zip archive", None
