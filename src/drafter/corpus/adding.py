"""Adding statements to the corpus: read each file, skip duplicates, keep the
original, store the structure. One bad file never stops a batch and never
leaves anything behind."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from drafter.errors import IngestError
from drafter.files import write_atomically
from drafter.statement import check_date
from drafter.store import statements as statement_store


@dataclass
class AddReport:
    """What a batch did. ``not_attempted`` lists the files left when the batch
    was interrupted (Ctrl-C): they were neither added nor checked."""

    added: list[dict] = field(default_factory=list)
    duplicates: list[dict] = field(default_factory=list)
    failed: list[dict] = field(default_factory=list)
    not_attempted: list[str] = field(default_factory=list)
    storing: str | None = field(default=None, repr=False)  # hash of the file being stored

    @property
    def interrupted(self) -> bool:
        return bool(self.not_attempted)

    def to_dict(self) -> dict:
        return {"added": self.added, "duplicates": self.duplicates, "failed": self.failed}


def expand_paths(paths: list[Path]) -> tuple[list[Path], list[dict]]:
    """Files named directly, plus every supported file under named directories."""
    from drafter.corpus.ingest import SUPPORTED_SUFFIXES

    files: list[Path] = []
    missing: list[dict] = []
    for path in paths:
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES and not p.name.startswith(".")
            )
            if not found:
                # Saying nothing would look like success; name what was looked for.
                missing.append({"file": str(path), "error": "no statement files "
                                f"({', '.join(sorted(SUPPORTED_SUFFIXES))}) in this directory"})
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            missing.append({"file": str(path), "error": "no such file or directory"})
    return files, missing


def add_statements(workspace, paths: list[Path], *, force=None, date=None, title=None,
                   progress=None) -> AddReport:
    if date is not None:
        check_date(date)
    report = AddReport()
    files, missing = expand_paths(paths)
    report.failed.extend(missing)
    for done, path in enumerate(files):
        accounted = _entries(report)
        try:
            if progress:
                progress(f"adding {path.name}", done, len(files))
            _add_one(workspace, path, report, force=force, date=date, title=title)
        except KeyboardInterrupt:
            # Each file is stored in its own transaction, so the ones before
            # are kept whole. The one in hand is either stored whole (Ctrl-C
            # came just after its commit) or not at all: report it as it is.
            if _entries(report) > accounted or _stored_meanwhile(workspace, path, report):
                done += 1
            report.not_attempted = [str(p) for p in files[done:]]
            return report
    if progress:
        progress("added", len(files), len(files))
    return report


def known_areas(workspace) -> tuple[str, ...]:
    """Names besides the 43 forces a statement may be by: the workspace's own
    area and force, the areas its settings list and those it has figures for."""
    from drafter.forces import ENGLAND_AND_WALES
    from drafter.store.figures import areas as figure_areas

    settings = workspace.settings
    names = [settings.area, settings.force, *settings.areas, *figure_areas(workspace.database)]
    # National figures name England and Wales; no statement is by it.
    return tuple(dict.fromkeys(name for name in names if name and name != ENGLAND_AND_WALES))


def _entries(report: AddReport) -> int:
    return len(report.added) + len(report.duplicates) + len(report.failed)


def _stored_meanwhile(workspace, path: Path, report: AddReport) -> bool:
    """True (and ``path`` reported as added) if it reached the corpus before the report."""
    digest, report.storing = report.storing, None
    found = statement_store.find_by_hash(workspace.database, digest) if digest else None
    if found is None:
        return False
    stored = workspace.get_statement(found)
    report.added.append({"id": found, "file": path.name, "title": stored.title,
                         "force": stored.force, "date": stored.date,
                         "paragraphs": stored.paragraphs})
    return True


def _add_one(workspace, path: Path, report: AddReport, *, force, date, title) -> None:
    from drafter.corpus.ingest import read_file, read_statement

    try:
        # Bounded: a huge file named by mistake is refused before it is read.
        data = read_file(path)
    except IngestError as exc:
        report.failed.append({"file": str(path), "error": exc.problem})
        return
    digest = statement_store.content_hash(data)
    existing = statement_store.find_by_hash(workspace.database, digest)
    if existing is not None:
        report.duplicates.append({"file": str(path), "id": existing})
        return
    try:
        statement = read_statement(path, data, known_areas(workspace))
    except IngestError as exc:
        report.failed.append({"file": str(path), "error": exc.problem})
        return
    if force:
        statement.force = force
    if date:
        statement.date = date
    if title:
        statement.title = title
    # Not in the corpus a moment ago: if a row with this hash is there after a
    # Ctrl-C, this file put it there.
    report.storing = digest
    try:
        statement_id = _store(workspace, statement, path, data, digest)
    except IngestError as exc:
        report.storing = None
        report.failed.append({"file": str(path), "error": exc.problem})
        return
    if statement_id is None:  # another process stored the same file meanwhile
        report.storing = None
        report.duplicates.append({"file": str(path), "id": statement_store.find_by_hash(workspace.database, digest)})
        return
    report.added.append({
        "id": statement_id, "file": path.name, "title": statement.title,
        "force": statement.force, "date": statement.date,
        "paragraphs": statement.paragraph_count,
    })
    report.storing = None


def _store(workspace, statement, path: Path, data: bytes, digest: str) -> int | None:
    import sqlite3

    original = workspace.originals_dir / f"{digest[:16]}{path.suffix.lower()}"
    try:
        workspace.originals_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise IngestError(str(path), "cannot keep a copy in the workspace "
                                     f"({(exc.strerror or str(exc)).lower()})") from None
    write_atomically(original, lambda temp: temp.write_bytes(data),
                     lambda problem: IngestError(str(path), f"cannot keep a copy in the workspace ({problem})"))
    try:
        return statement_store.insert_statement(
            workspace.database, statement, file=path.name,
            original=str(original.relative_to(workspace.path)),
            fmt=path.suffix.lower().lstrip("."), digest=digest,
        )
    except sqlite3.IntegrityError:
        return None
    except BaseException:
        # Ctrl-C can land after the commit: keep the copy of a statement that was stored.
        if statement_store.find_by_hash(workspace.database, digest) is None:
            original.unlink(missing_ok=True)
        raise
