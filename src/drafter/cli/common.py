"""What every command shares: opening the workspace, printing JSON, progress."""

from __future__ import annotations

import io
import json
import os
import shutil
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import click

# SQLite stores ids as signed 64-bit integers; a larger number can name nothing.
LARGEST_ID = 2**63 - 1


class IdType(click.ParamType):
    """A stored id or revision number: a whole number from 1 up.

    Checked here so that a mistyped id (``0``, ``12a``, twenty digits) is a
    one-line usage error rather than reaching the database.
    """

    name = "id"

    def __init__(self, what: str = "id"):
        self.what = what

    def convert(self, value, param, ctx):
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        else:
            text = str(value).strip()
            if not text.isdigit():
                self.fail(f"{value!r} is not {_article(self.what)} {self.what} "
                          "(a whole number from 1 up)", param, ctx)
            number = int(text)
        if number < 1:
            self.fail(f"{value!r} is not {_article(self.what)} {self.what} "
                      "(a whole number from 1 up)", param, ctx)
        if number > LARGEST_ID:
            self.fail(f"{value!r} is too large for {_article(self.what)} {self.what}", param, ctx)
        return number


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


class GivenText(click.ParamType):
    """An option's text, refused when empty: ``--area "$AREA"`` with the variable
    unset would otherwise read as the option left out, and widen a list, or a
    removal, to every area."""

    name = "text"

    def convert(self, value, param, ctx):
        if isinstance(value, str) and not value.strip():
            self.fail("it is empty: give one, or leave the option out", param, ctx)
        return value


GIVEN = GivenText()
STATEMENT_ID = IdType("statement id")
DRAFT_ID = IdType("draft id")
REVISION = IdType("revision number")


def no_standard_input(paths, what: str) -> None:
    """"-", standard input to many tools, said to be no file drafter reads
    (it reads a file by name, its ending telling its format), rather than
    "-: no such file"; unless a file is named so."""
    from drafter.errors import DrafterError

    if "-" in paths and not Path("-").exists():
        raise DrafterError(f"-: {what} are read from a file, not from standard input: save them "
                           "to a file and give its name")


def workspace_from(ctx: click.Context, *, seed: bool = True):
    """The workspace chosen by --workspace / DRAFTER_WORKSPACE, opened once per run."""
    from drafter import open_workspace

    root = ctx.find_root()
    state = root.ensure_object(dict)
    if "workspace" not in state:
        path = root.params.get("workspace")
        reporter = ProgressLine("seeding workspace") if sys.stderr.isatty() else None
        state["workspace"] = open_workspace(path, seed=seed, progress=reporter)
        if reporter:
            reporter.finish()
        if state["workspace"].created_now:
            # A mistyped --workspace or DRAFTER_WORKSPACE would otherwise pass unseen.
            click.echo(f"drafter: started a new workspace at {state['workspace'].path}, with the "
                       "sample statements, figures and templates (to make it your office's and remove "
                       "them: drafter init --force NAME --remove-samples)", err=True)
        root.call_on_close(state["workspace"].close)
    return state["workspace"]


def print_json(data) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=_default))


def _default(value):
    if isinstance(value, Path):
        return str(value)
    if hasattr(value, "to_dict"):
        return value.to_dict()
    raise TypeError(f"cannot serialise {type(value).__name__}")


class ProgressLine:
    """A one-line progress bar on stderr: ``label [#####-----] 5/10``."""

    def __init__(self, label: str, enabled: bool | None = None):
        self.label = label
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.shown = False

    def __call__(self, what: str, done: int, total: int) -> None:
        if not self.enabled or total <= 0:
            return
        width = 30
        filled = int(width * done / total)
        bar = "#" * filled + "-" * (width - filled)
        click.echo(f"\r{self.label}: [{bar}] {done}/{total} {what[:40]:<40}", nl=False, err=True)
        self.shown = True

    def finish(self) -> None:
        if self.shown:
            click.echo(err=True)
            self.shown = False

    def clear(self) -> None:
        """Take the bar off its line, so a message can go there; the next
        update draws it again below the message."""
        if self.shown:
            click.echo("\r\033[K", nl=False, err=True)
            self.shown = False


class _StandardStream(io.RawIOBase):
    """A standard stream's descriptor, written through. Once its reader goes
    away (``| head -1``, ``2>&1 | head -1``) what comes after goes nowhere;
    a file it cannot write (a full disk) is one error, then nowhere too."""

    def __init__(self, name: str, descriptor: int):
        super().__init__()
        self.name, self.descriptor = name, descriptor

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self.descriptor

    def write(self, data) -> int:
        import select

        from drafter.errors import DrafterError

        while True:
            try:
                return os.write(self.descriptor, data)
            except BlockingIOError:  # a pipe its other end set non-blocking: wait until it takes more
                select.select([], [self.descriptor], [])
            except BrokenPipeError:
                _send_nowhere(self.descriptor)
                return len(data)
            except OSError as exc:
                _send_nowhere(self.descriptor)
                raise DrafterError(f"standard {'output' if self.name == 'stdout' else 'error'} could not be "
                                   f"written ({(exc.strerror or str(exc)).lower()}), so what drafter printed "
                                   "there is cut short") from None


@contextmanager
def guarded_output() -> Iterator[None]:
    """Standard output and error, where they are not a terminal, written so
    that their reader going away neither stops a command half-way (a batch
    part added) nor decides its exit code, and a file that cannot be written
    (a full disk) is said in one line, never as a fault in drafter; one
    closed before drafter started is written nowhere."""
    from drafter.errors import DrafterError

    replaced = {}
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:  # closed before drafter started (">&-"): what it writes goes nowhere
            replaced[name] = None
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))
            continue
        try:
            if os.isatty(stream.fileno()):
                continue
        except (AttributeError, OSError, ValueError):  # a stream with no descriptor (tests capture so)
            continue
        stream.flush()
        replaced[name] = stream
        setattr(sys, name, io.TextIOWrapper(
            io.BufferedWriter(_StandardStream(name, stream.fileno())),
            encoding=getattr(stream, "encoding", None) or "utf-8", errors=getattr(stream, "errors", None),
            line_buffering=getattr(stream, "line_buffering", False), write_through=name == "stderr"))
    try:
        yield
    finally:
        for name, stream in replaced.items():
            try:
                getattr(sys, name).flush() if stream is not None else getattr(sys, name).close()
            except DrafterError:  # said once already, where the command wrote it
                pass
            setattr(sys, name, stream)


def _send_nowhere(descriptor: int) -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, descriptor)
    os.close(devnull)


def quiet_standard_output() -> None:
    """Send what is still to be written to standard output nowhere, once its
    reader has gone (``| head``), so it neither fails again nor at exit."""
    _send_nowhere(sys.stdout.fileno())


def terminal_width() -> int | None:
    """Columns to fit text output to: the terminal's, or None when standard
    output is not a terminal (piped or redirected output keeps whole lines, one
    record per line, for grep and scripts)."""
    if not sys.stdout.isatty():
        return None
    return max(40, shutil.get_terminal_size().columns)


def plural(count: int, word: str, many: str | None = None) -> str:
    """``1 paragraph``, ``2 paragraphs``."""
    return f"{count:,} {word if count == 1 else (many or word + 's')}"
