"""Entry point: the command group, and turning engine errors into one-line
messages with exit codes (never a traceback)."""

from __future__ import annotations

import os
import sys
import threading
from contextlib import contextmanager
from typing import Iterator

try:  # a Ctrl-C while drafter is still starting gets the line a later one does, not a traceback
    import click

    from drafter.cli.common import guarded_output
    from drafter.cli.corpus import corpus
    from drafter.cli.desk import desk
    from drafter.cli.draft import draft
    from drafter.cli.figures import figures, fill
    from drafter.cli.init import init
    from drafter.cli.review import review
    from drafter.cli.search import classify, index, search
except KeyboardInterrupt:
    sys.stderr.write("drafter: interrupted\n")
    raise SystemExit(130) from None

EPILOG = """\b
Examples:
  drafter                                   open the drafting desk
  drafter corpus add statements/ --force "West Midlands"
  drafter search "knife surrender bins" --priority serious-violence
"""


@click.group(invoke_without_command=True, epilog=EPILOG,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--workspace", type=click.Path(file_okay=False, path_type=str),
              envvar="DRAFTER_WORKSPACE", show_envvar=True,
              help="Workspace directory (default: the per-user data directory, "
                   "e.g. ~/.local/share/drafter).")
@click.version_option(package_name="drafter")
@click.pass_context
def cli(ctx: click.Context, workspace: str | None) -> None:
    """drafter: draft, check and export statements on the National Policing Priorities.

    Example: drafter --workspace ~/drafter-work corpus list
    """
    if workspace is not None and not workspace.strip():
        # An empty name is the current folder to a path: a script's unset variable
        # ("--workspace $DIR") would start a workspace wherever it was run.
        raise click.BadParameter("the folder's name is empty: give the workspace's folder",
                                 param_hint="'--workspace' (or DRAFTER_WORKSPACE)")
    if ctx.invoked_subcommand is None:
        ctx.invoke(desk)


for command in (init, corpus, search, index, classify, figures, fill, draft, review, desk):
    cli.add_command(command)


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    # The engine warns through `warnings` (e.g. no spaCy model installed); a user
    # needs the sentence, not the source file and line it came from.
    click.echo(f"drafter: warning: {message}", err=True)


def main(argv: list[str] | None = None) -> None:
    import warnings

    warnings.showwarning = _show_warning
    _paths_printed_as_named()
    with guarded_output():
        _run(argv)


def _run(argv: list[str] | None) -> None:
    from drafter.errors import DrafterError

    try:
        with _stopping_as_ctrl_c_does():
            returned = cli.main(args=argv, prog_name="drafter", standalone_mode=False)
    except click.exceptions.Abort as exc:
        # Click turns Ctrl-C into Abort; say what the user did, not what click did.
        interrupted = isinstance(exc.__cause__ or exc.__context__, KeyboardInterrupt)
        click.echo(f"drafter: {'interrupted' if interrupted else 'aborted'}", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        click.echo(f"drafter: error: {_one_line(exc)}", err=True)
        sys.exit(exc.exit_code)
    except DrafterError as exc:
        click.echo(f"drafter: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo("drafter: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:  # a bug: say so in one line, keep the trace for DRAFTER_DEBUG
        if os.environ.get("DRAFTER_DEBUG"):
            raise
        click.echo(f"drafter: internal error: {type(exc).__name__}: {exc} "
                   "(set DRAFTER_DEBUG=1 to see the traceback)", err=True)
        sys.exit(70)
    # With standalone_mode off, ctx.exit(code) comes back as the return value.
    sys.exit(returned if isinstance(returned, int) else 0)


def _paths_printed_as_named() -> None:
    """A file name whose bytes are not UTF-8 (from a zip made on Windows) is
    printed with those bytes escaped ("r\\udce9sum\\udce9.txt"), as JSON escapes
    them, rather than stopping drafter in the middle of a line; nor, where the
    locale is C.UTF-8 (Python writes names' bytes back as they were there),
    written raw into output, such as JSON, that must be UTF-8."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure") and getattr(stream, "errors", None) in ("strict", "surrogateescape"):
            stream.reconfigure(errors="backslashreplace")


@contextmanager
def _stopping_as_ctrl_c_does() -> Iterator[None]:
    """A ``kill``, a service manager's stop or a closed terminal stops drafter as
    Ctrl-C does: the file or import under way is finished or undone, never left
    half-written, and the user is told how far it got. A signal the caller set
    to be ignored (``nohup``) stays ignored; the desk sets its own."""
    import signal

    replaced = {}
    if threading.current_thread() is threading.main_thread():
        for name in ("SIGTERM", "SIGHUP"):
            number = getattr(signal, name, None)
            if number is not None and signal.getsignal(number) == signal.SIG_DFL:
                replaced[number] = signal.signal(number, signal.default_int_handler)
    try:
        yield
    finally:
        for number, handler in replaced.items():
            signal.signal(number, handler)


def _one_line(exc: click.ClickException) -> str:
    context = getattr(exc, "ctx", None)
    if isinstance(exc, getattr(click.exceptions, "NoArgsIsHelpError", ())) and \
            isinstance(context.command, click.Group):
        # Click gives the whole help as the message: one line says what is missing.
        return (f"{context.command_path} needs a command: {', '.join(sorted(context.command.commands))} "
                f"(see '{context.command_path} --help')")
    message = " ".join(exc.format_message().split())
    if isinstance(exc, click.UsageError) and context is not None:
        message += f" (see '{context.command_path} --help')"
    return message


if __name__ == "__main__":
    main()
