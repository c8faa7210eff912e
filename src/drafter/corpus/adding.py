"""Adding statements to the corpus: read each file, skip duplicates, keep the
original, store the structure. One bad file never stops a batch and never
leaves anything behind."""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from drafter.errors import IngestError
from drafter.files import make_folder, path_as_text, write_atomically
from drafter.statement import check_date, paragraph_too_long, without_control_characters
from drafter.store import statements as statement_store
from drafter.store.connection import DiskFull

FIRST_WORDS = 5
"""Words of an unnumbered paragraph that name it in a message."""


FileDone = Callable[[str, dict], None]
"""Told of each file as it is done: ``("added" | "duplicate" | "failed", item)``."""


@dataclass
class AddReport:
    """What a batch did. ``not_attempted`` lists the files left when the batch
    was interrupted (Ctrl-C): they were neither added nor checked."""

    added: list[dict] = field(default_factory=list)
    duplicates: list[dict] = field(default_factory=list)
    failed: list[dict] = field(default_factory=list)
    not_attempted: list[str] = field(default_factory=list)
    stopped: str | None = None  # why the batch stopped before ``not_attempted`` (None: Ctrl-C)
    on_file: FileDone | None = field(default=None, repr=False)

    @property
    def interrupted(self) -> bool:
        return bool(self.not_attempted)

    @property
    def entries(self) -> int:
        return len(self.added) + len(self.duplicates) + len(self.failed)

    def record(self, outcome: str, item: dict) -> None:
        if outcome != "added":  # their "file" is the path as given; "path" says so as an added item's does
            item.setdefault("path", item["file"])
        {"added": self.added, "duplicate": self.duplicates, "failed": self.failed}[outcome].append(item)
        if self.on_file:
            self.on_file(outcome, item)

    def to_dict(self) -> dict:
        # The files left, whether a Ctrl-C or a full disk stopped the batch, so a
        # script can add them again; "stopped" says why when it was not a Ctrl-C.
        left = {"not_added": self.not_attempted} if self.not_attempted or self.stopped else {}
        stopped = {"stopped": self.stopped} if self.stopped else {}
        return {"added": self.added, "duplicates": self.duplicates, "failed": self.failed, **stopped, **left}


def expand_paths(paths: list[Path]) -> tuple[list[Path], list[dict]]:
    """Files named directly, plus every supported file under named directories
    (not hidden files, nor the lock files Word leaves beside open documents, nor
    the folder of a page's parts a browser saves beside it);
    a document under them in a format drafter does not read (.rtf, .doc) is named.
    A statement-named entry of a directory that is not a regular file (a
    pipe, a link to a device or to nothing) is listed as skipped, with why."""
    from drafter.corpus.ingest import SUPPORTED_SUFFIXES, UNREAD_DOCUMENTS, is_office_lock_file

    files: list[Path] = []
    missing: list[dict] = []
    for path in paths:
        if path.is_dir():
            named = sorted(
                p for p in path.rglob("*")
                if p.suffix.lower() in SUPPORTED_SUFFIXES and not p.name.startswith(".")
                and not is_office_lock_file(p) and not p.is_dir() and not _saved_with_a_page(p, path)
            )
            found = [p for p in named if p.is_file()]
            missing.extend({"file": str(p), "error": _not_read_because(p)}
                           for p in named if not p.is_file())
            # A document in a format drafter does not read is named, where other files pass silently.
            unread = [p for p in sorted(path.rglob("*")) if p.suffix.lower() in UNREAD_DOCUMENTS
                      and not p.name.startswith(".") and not is_office_lock_file(p) and p.is_file()
                      and not _saved_with_a_page(p, path)]
            missing.extend({"file": str(p), "error": f"{UNREAD_DOCUMENTS[p.suffix.lower()]} document, which drafter "
                            "does not read: save it as Word (.docx), PDF or text and add that"} for p in unread)
            if not named and not unread:
                # Saying nothing would look like success; name what was looked for.
                missing.append({"file": str(path), "error": "no statement files "
                                f"({', '.join(sorted(SUPPORTED_SUFFIXES))}) in this directory"})
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            missing.append({"file": str(path), "error": "no such file or directory"})
    return files, missing


def _saved_with_a_page(path: Path, root: Path) -> bool:
    """Is ``path`` in the folder a browser saves beside a page ("Web page,
    complete": "Statement.html" and "Statement_files/")? Its frames and
    embedded timelines are .html files too, but the page's parts, not statements."""
    for folder in path.parents:
        if len(folder.parts) <= len(root.parts):  # the folder added is what was asked for
            return False
        stem = folder.name[:-len("_files")] if folder.name.endswith("_files") else None
        if stem and any(folder.with_name(stem + suffix).is_file() for suffix in (".html", ".htm")):
            return True
    return False



def _not_read_because(path: Path) -> str:
    if not path.exists():
        return "a link to a file that does not exist"
    return "not a regular file"


def add_statements(workspace, paths: list[Path], *, force=None, date=None, title=None,
                   progress=None, on_file: FileDone | None = None) -> AddReport:
    """Add every file under ``paths``; ``on_file(outcome, item)`` hears of each
    file as soon as it is added, found to be a duplicate, or fails."""
    if date is not None:
        check_date(date)
    if force is not None:
        force = named_force(force, known_areas(workspace))
    report = AddReport(on_file=on_file)
    files, missing = expand_paths(paths)
    for item in missing:
        report.record("failed", item)
    try:
        for done, path in enumerate(files):
            if progress:
                progress(f"adding {path.name}", done, len(files))
            _add_one(workspace, path, report, force=force, date=date, title=title)
    except KeyboardInterrupt:
        # Every file gets exactly one entry, recorded together with its
        # storing, so the entries say how far the batch got.
        report.not_attempted = [str(p) for p in files[report.entries - len(missing):]]
        return report
    except _NoRoom as stopped:
        # The disk has no room: every later file would fail alike, so the batch stops at the first.
        report.record("failed", {"file": stopped.file, "error": stopped.problem})
        report.not_attempted = [str(p) for p in files[report.entries - len(missing):]]
        report.stopped = "the workspace could not be written (the disk may be full)"
        return report
    if progress:
        progress("added", len(files), len(files))
    return report


def named_force(text: str, local: tuple[str, ...] = ()) -> str:
    """The force ``text`` names, spelt as drafter spells it ("west midlands",
    "Devon & Cornwall Police" → "Devon and Cornwall"), or one of the
    workspace's ``local`` areas. Any other name is refused with the closest
    known ones, as figures are: a statement filed under a misspelt force
    would be compared with nobody's statements and nobody's figures."""
    from drafter.errors import NotFound
    from drafter.forces import ENGLAND_AND_WALES, clean_name, force_named, unknown_name

    named = force_named(text, local)
    if named is not None and named != ENGLAND_AND_WALES:
        return named
    raise NotFound("force", clean_name(text), unknown_name(text, "force", local, national=False))


def known_areas(workspace) -> tuple[str, ...]:
    """Names besides the 43 forces a statement may be by: the workspace's own
    area and force, the areas its settings list and those it has figures for."""
    from drafter.forces import ENGLAND_AND_WALES
    from drafter.store.figures import areas as figure_areas

    settings = workspace.settings
    names = [settings.area, settings.force, *settings.areas, *figure_areas(workspace.database)]
    # National figures name England and Wales; no statement is by it.
    return tuple(dict.fromkeys(name for name in names if name and name != ENGLAND_AND_WALES))


# Ctrl-C, and the signals the CLI turns into one (a kill, a closed terminal).
_STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))


@contextmanager
def _ctrl_c_held() -> Iterator[None]:
    """Hold a Ctrl-C (or a ``kill`` the CLI turns into one) that arrives during
    the block until the block is done.

    Storing a file, recording it and telling ``on_file`` happen together or
    not at all, so what a user was told always matches the corpus. Only the
    main thread receives signals; elsewhere, or for signals a caller handles
    itself or ignores, there is nothing to hold: a batch run in the background
    or by a service manager, with Ctrl-C ignored, still holds a ``kill``.
    """
    held = [number for number in _STOP_SIGNALS
            if signal.getsignal(number) is signal.default_int_handler]
    if threading.current_thread() is not threading.main_thread() or not held:
        yield
        return
    pressed: list[int] = []
    for number in held:
        signal.signal(number, lambda caught, frame: pressed.append(caught))
    try:
        yield
    finally:
        for number in held:
            signal.signal(number, signal.default_int_handler)
        if pressed:
            raise KeyboardInterrupt


def _add_one(workspace, path: Path, report: AddReport, *, force, date, title) -> None:
    from drafter.corpus.ingest import read_file, read_statement

    try:
        # Bounded: a huge file named by mistake is refused before it is read.
        data = read_file(path)
        digest = statement_store.content_hash(data)
        existing = statement_store.find_by_hash(workspace.database, digest)
        if existing is not None:
            with _ctrl_c_held():
                report.record("duplicate", _duplicate(workspace, path, existing, force, date))
            return
        statement = read_statement(path, data, known_areas(workspace))
        _refuse_long_paragraphs(statement, str(path))
    except IngestError as exc:
        with _ctrl_c_held():
            report.record("failed", {"file": str(path), "error": exc.problem})
        return
    _drop_control_characters(statement)
    file_says = _file_says(statement, force, date)
    if force:
        statement.force = force
    if date:
        statement.date = date
    if title:
        statement.title = title
    same_month = _same_month(workspace, statement)
    with _ctrl_c_held():
        try:
            statement_id = _store(workspace, statement, path, data, digest)
        except DiskFull as exc:
            raise _NoRoom(str(path), str(exc)) from None
        except IngestError as exc:
            if getattr(exc, "no_room", False):
                raise _NoRoom(str(path), exc.problem) from None
            report.record("failed", {"file": str(path), "error": exc.problem})
            return
        if statement_id is None:  # another process stored the same file meanwhile
            report.record("duplicate", {"file": str(path),
                                        "id": statement_store.find_by_hash(workspace.database, digest)})
            return
        item = {"id": statement_id, "file": path_as_text(path.name), "path": str(path), "title": statement.title,
                "force": statement.force, "date": statement.date,
                "paragraphs": statement.paragraph_count}
        if same_month:
            item["same_month"] = same_month
        if file_says:
            item["file_says"] = file_says
        report.record("added", item)


class _NoRoom(Exception):
    """A file the disk had no room to store: the batch stops there."""

    def __init__(self, file: str, problem: str):
        super().__init__(problem)
        self.file, self.problem = file, problem


def _refuse_long_paragraphs(statement, file: str) -> None:
    """Review cannot read a paragraph over the limit, so the corpus never holds one."""
    paragraphs = (paragraph for section in statement.sections for paragraph in section.paragraphs)
    for position, paragraph in enumerate(paragraphs, 1):
        problem = paragraph_too_long(paragraph.text)
        if problem:
            opening = " ".join(paragraph.text[:200].split()[:FIRST_WORDS])[:60]
            named = f"¶{paragraph.number}" if paragraph.number is not None \
                else f"paragraph {position} (“{opening}…”)"
            raise IngestError(file, f"{named} {problem}")


def _drop_control_characters(statement) -> None:
    """Control characters a bad copy and paste left print as nothing and
    cannot go into a Word export: the corpus keeps the text without them."""
    for name in ("title", "board", "presented_by"):
        if getattr(statement, name):
            setattr(statement, name, without_control_characters(getattr(statement, name)))
    for section in statement.sections:
        if section.heading:
            section.heading = without_control_characters(section.heading)
        for paragraph in section.paragraphs:
            paragraph.text = without_control_characters(paragraph.text)
            if paragraph.cells:
                paragraph.cells = [[without_control_characters(cell) for cell in row] for row in paragraph.cells]
def _file_says(statement, force: str | None, date: str | None) -> dict:
    """The force and date the file itself gives where ``--force`` and ``--date``
    say otherwise. The options win (a header dated by publication, not the
    meeting; a page that names a neighbouring force first), but a folder
    added with one force may hold another force's statement, so it is said."""
    said = {}
    if force and statement.force and statement.force != force:
        said["force"] = statement.force
    if date and statement.date and not (statement.date.startswith(date) or date.startswith(statement.date)):
        said["date"] = statement.date
    return said


def _same_month(workspace, statement) -> list[dict]:
    """Statements already stored for the force and month of ``statement``: a
    corrected version added beside the one it corrects, which the maintainer
    may mean to remove (both are searched, and either may be compared with)."""
    if not statement.force or not statement.date:
        return []
    return [{"id": stored, "file": file} for stored, file in
            statement_store.in_month(workspace.database, statement.force, statement.date[:7])]


def _duplicate(workspace, path: Path, existing: int, force, date) -> dict:
    """A file already stored; with the force or date it is stored under when
    they differ from those asked for (a correction needs the stored one removed
    first, since the same file is never stored twice)."""
    item = {"file": str(path), "id": existing}
    stored_force, stored_date = statement_store.force_and_date(workspace.database, existing)
    if (force and force != stored_force) or (date and date != stored_date):
        item["stored_as"] = {"force": stored_force, "date": stored_date}
    return item


def _store(workspace, statement, path: Path, data: bytes, digest: str) -> int | None:
    import sqlite3

    original = workspace.originals_dir / f"{digest[:16]}{path.suffix.lower()}"
    try:
        make_folder(workspace.originals_dir)
    except OSError as exc:
        raise IngestError(str(path), "cannot keep a copy in the workspace "
                                     f"({(exc.strerror or str(exc)).lower()})") from None
    write_atomically(original, lambda temp: temp.write_bytes(data),
                     lambda problem: IngestError(str(path), f"cannot keep a copy in the workspace ({problem})"))
    try:
        return statement_store.insert_statement(
            workspace.database, statement, file=path_as_text(path.name),
            original=str(original.relative_to(workspace.path)),
            fmt=path.suffix.lower().lstrip("."), digest=digest,
        )
    except sqlite3.IntegrityError:
        return None
    except BaseException:
        original.unlink(missing_ok=True)  # nothing was stored: no copy without its statement
        raise
