"""Adding statements to the corpus: read each file, skip duplicates, keep the
original, store the structure. One bad file never stops a batch and never
leaves anything behind."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from drafter.errors import DrafterError, IngestError
from drafter.store import statements as statement_store

_DATE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$")


@dataclass
class AddReport:
    added: list[dict] = field(default_factory=list)
    duplicates: list[dict] = field(default_factory=list)
    failed: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"added": self.added, "duplicates": self.duplicates, "failed": self.failed}


def check_date(date: str | None) -> str | None:
    if date is not None and not _DATE.match(date):
        raise DrafterError(f"--date {date!r}: expected YYYY-MM or YYYY-MM-DD")
    return date


def expand_paths(paths: list[Path]) -> tuple[list[Path], list[dict]]:
    """Files named directly, plus every supported file under named directories."""
    from drafter.ingest import SUPPORTED_SUFFIXES

    files: list[Path] = []
    missing: list[dict] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES and not p.name.startswith(".")
            ))
        elif path.exists():
            files.append(path)
        else:
            missing.append({"file": str(path), "error": "no such file or directory"})
    return files, missing


def add_statements(workspace, paths: list[Path], *, force=None, date=None, title=None,
                   progress=None) -> AddReport:
    from drafter.ingest import read_statement

    check_date(date)
    report = AddReport()
    files, missing = expand_paths(paths)
    report.failed.extend(missing)
    for done, path in enumerate(files):
        if progress:
            progress(f"adding {path.name}", done, len(files))
        try:
            data = path.read_bytes()
        except OSError as exc:
            report.failed.append({"file": str(path), "error": exc.strerror or str(exc)})
            continue
        digest = statement_store.content_hash(data)
        existing = statement_store.find_by_hash(workspace.database, digest)
        if existing is not None:
            report.duplicates.append({"file": str(path), "id": existing})
            continue
        try:
            statement = read_statement(path, data)
        except IngestError as exc:
            report.failed.append({"file": str(path), "error": exc.problem})
            continue
        if force:
            statement.force = force
        if date:
            statement.date = date
        if title:
            statement.title = title
        statement_id = _store(workspace, statement, path, data, digest)
        if statement_id is None:  # another process stored the same file meanwhile
            report.duplicates.append({"file": str(path), "id": statement_store.find_by_hash(workspace.database, digest)})
            continue
        report.added.append({
            "id": statement_id, "file": path.name, "title": statement.title,
            "force": statement.force, "date": statement.date,
            "paragraphs": statement.paragraph_count,
        })
    if progress:
        progress("added", len(files), len(files))
    return report


def _store(workspace, statement, path: Path, data: bytes, digest: str) -> int | None:
    import sqlite3

    workspace.originals_dir.mkdir(parents=True, exist_ok=True)
    original = workspace.originals_dir / f"{digest[:16]}{path.suffix.lower()}"
    partial = original.with_name(original.name + ".part")
    partial.write_bytes(data)
    partial.replace(original)
    try:
        return statement_store.insert_statement(
            workspace.database, statement, file=path.name,
            original=str(original.relative_to(workspace.path)),
            fmt=path.suffix.lower().lstrip("."), digest=digest,
        )
    except sqlite3.IntegrityError:
        return None
    except BaseException:
        original.unlink(missing_ok=True)
        raise


def original_path(workspace, statement_id: int) -> Path | None:
    rows = workspace.database.query("SELECT original FROM statements WHERE id = ?", (statement_id,))
    if rows and rows[0]["original"]:
        return workspace.path / rows[0]["original"]
    return None


def copy_original(workspace, statement_id: int, target: Path) -> Path:
    source = original_path(workspace, statement_id)
    if source is None or not source.exists():
        raise DrafterError(f"statement {statement_id}: original file is not kept")
    shutil.copy2(source, target)
    return target
