"""``drafter corpus``: add, list, show and remove past statements."""

from __future__ import annotations

import shlex

import click

from drafter.cli import common
from drafter.cli.common import (
    STATEMENT_ID,
    ProgressLine,
    plural,
    print_json,
    workspace_from,
)
from drafter.columns import fit, wrap


@click.group()
def corpus() -> None:
    """Manage the corpus of past statements.

    Example: drafter corpus add past-statements/
    """


@corpus.command("add", short_help="Add statement files, or folders of them.")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--force", "force_name", metavar="NAME",
              help="Force the statements are from: one of the 43, or an area the settings list. Stored "
                   "in place of the force a file names (a note says where they differ).")
@click.option("--date", metavar="YYYY-MM[-DD]",
              help="Meeting date, stored in place of the date a file gives (a note says where they differ).")
@click.option("--title", metavar="TEXT", help="Title to store instead of the file's own.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.pass_context
def add(ctx, paths, force_name, date, title, as_json) -> None:
    """Add statements (.txt, .md, .docx or .docm, .pdf, .html or .mhtml files, or directories of them).

    Example: drafter corpus add wmpcc-2023-09.txt --force "West Midlands"
    """
    from drafter.errors import BadDate, DrafterError
    from drafter.statement import check_date

    if date is not None:
        try:
            check_date(date)
        except BadDate as error:
            raise DrafterError(f"--date {date!r}: {error.problem}") from None
    common.no_standard_input(paths, "statements")
    workspace = workspace_from(ctx)
    progress = ProgressLine("adding", enabled=None if not as_json else False)
    # Each line goes out (flushed) as its file is done, so output piped to a
    # log keeps everything added before a Ctrl-C.
    say = _FileLines(progress, stdout=not as_json)
    report = workspace.add_statements(paths, force=force_name, date=date, title=title,
                                      progress=progress, on_file=say)
    progress.finish()
    if as_json:
        for item in report.added:
            note = _unknown_note(item)
            if note:
                item["notes"] = [note]
        print_json(report.to_dict())
    if report.stopped:
        left = report.not_attempted
        rest = f": {plural(len(left), 'file')} not added, from {left[0]} on" if left else ""
        click.echo(f"drafter: stopped, {report.stopped}{rest} ({_so_far(report)} before that)", err=True)
        ctx.exit(1)
    if report.interrupted:
        left = report.not_attempted
        start = f", from {left[0]} on" if len(left) > 1 else f": {left[0]}"
        click.echo(f"drafter: interrupted: {plural(len(left), 'file')} not added{start} "
                   f"({_so_far(report)} before that)", err=True)
        ctx.exit(130)
    if report.failed:
        ctx.exit(1)


class _FileLines:
    """One line per file as it is done: added and duplicates on standard
    output (unless it carries JSON), failures on standard error in both modes
    so a failure shows at a terminal even under --json."""

    def __init__(self, progress: ProgressLine, *, stdout: bool):
        self.progress = progress
        self.stdout = stdout

    def __call__(self, outcome: str, item: dict) -> None:
        if outcome == "failed":
            self._say(f"drafter: error: {item['file']}: {item['error']}", err=True)
        elif not self.stdout:
            return
        elif outcome == "added":
            self._say(f"added {item['id']}: {item['file']} ({item['force'] or 'force unknown'}, "
                      f"{item['date'] or 'date unknown'}, {plural(item['paragraphs'], 'paragraph')})")
            self._note_same_month(item)
            self._note_unknown(item)
            self._note_file_says(item)
        else:
            stored = item.get("stored_as")
            note = (f" (stored as {stored['force'] or 'force unknown'}, {stored['date'] or 'date unknown'}; "
                    f"to store it differently, remove it first: drafter corpus remove {item['id']})"
                    if stored else "")
            self._say(f"duplicate: {item['file']} is already statement {item['id']}{note}")

    def _note_unknown(self, item: dict) -> None:
        note = _unknown_note(item)
        if note:
            self._say(f"drafter: note: {note}", err=True)

    def _note_file_says(self, item: dict) -> None:
        """--force or --date against what the file itself says: kept, but named, since a
        folder added with one force may hold another force's statement."""
        said = item.get("file_says") or {}
        if said:
            words = " and ".join(f"the {name} {value}" for name, value in said.items())
            options = " and ".join(f"--{name}" for name in said)
            verb = "say" if len(said) > 1 else "says"
            self._say(f"drafter: note: {item['file']} gives {words}; it is stored as {options} {verb}. If the file "
                      f"is right: drafter corpus remove {item['id']}, then add it again without {options}",
                      err=True)

    def _note_same_month(self, item: dict) -> None:
        """On standard error, so standard output stays one line a file."""
        others = item.get("same_month") or []
        month = f"{item['force']}, {(item['date'] or '')[:7]}"
        if len(others) == 1:
            self._say(f"drafter: note: statement {others[0]['id']} ({others[0]['file']}) is also "
                      f"{month}; if {item['file']} replaces it: drafter corpus remove "
                      f"{others[0]['id']}", err=True)
        elif others:
            ids = [str(other["id"]) for other in others]
            shown = ", ".join(ids[:5]) + (f" and {len(ids) - 5} more" if len(ids) > 5 else "")
            self._say(f"drafter: note: statements {shown} are also {month}; remove any that "
                      f"{item['file']} replaces with drafter corpus remove ID", err=True)

    def _say(self, line: str, err: bool = False) -> None:
        self.progress.clear()
        if err:
            click.echo(line, err=True)
            return
        try:
            click.echo(line)
        except BrokenPipeError:
            # Whoever read the output has gone (`| head`): the batch still
            # finishes, and its other lines go nowhere.
            self.stdout = False
            common.quiet_standard_output()


def _unknown_note(item: dict) -> str | None:
    """What to do about an added statement whose force or date drafter could
    not read: it is searched, but never compared with its force's others,
    rolled forward or dated in review."""
    unknown = [name for name in ("force", "date") if not item.get(name)]
    if not unknown:
        return None
    given = " ".join({"force": "--force NAME", "date": "--date YYYY-MM"}[name] for name in unknown)
    return (f"{item['file']} names no {' and no '.join(unknown)} drafter can read; to give "
            f"{'them' if len(unknown) == 2 else 'it'}: drafter corpus remove {item['id']}, then drafter "
            f"corpus add {shlex.quote(item.get('path', item['file']))} {given}")


def _so_far(report) -> str:
    parts = [plural(len(report.added), "statement") + " added"]
    if report.duplicates:
        parts.append(plural(len(report.duplicates), "duplicate"))
    if report.failed:
        parts.append(plural(len(report.failed), "failure"))
    return ", ".join(parts)


@corpus.command("list")
@click.option("--force", "force_name", metavar="NAME", help="Only this force's statements.")
@click.option("--since", metavar="YYYY-MM", help="Only statements dated in this month or later.")
@click.option("--until", metavar="YYYY-MM", help="Only statements dated in this month or earlier.")
@click.option("--json", "as_json", is_flag=True, help="Print the list as JSON.")
@click.pass_context
def list_(ctx, force_name, since, until, as_json) -> None:
    """List the statements in the corpus, newest first.

    Example: drafter corpus list --force Surrey --since 2025-04 --json
    """
    from drafter.errors import BadDate, DrafterError

    try:
        statements = workspace_from(ctx).list_statements(force=force_name, since=since, until=until)
    except BadDate as error:
        option = "--since" if error.value == since else "--until"
        raise DrafterError(f"{option} {error.value!r}: {error.problem}") from None
    if as_json:
        print_json([s.summary() for s in statements])
        return
    if not statements:
        filtered = force_name is not None or since is not None or until is not None
        click.echo("No statement in the corpus is of that force and those months." if filtered else
                   "The corpus is empty: add statements with 'drafter corpus add PATH'.")
        return
    width = common.terminal_width()
    click.echo(f"{'ID':>4}  {'DATE':<10}  {'FORCE':<20}  {'PARAS':>5}  FILE")
    for s in statements:
        click.echo(fit(f"{s.id:>4}  {s.date or '-':<10}  {(s.force or '-')[:20]:<20}  "
                       f"{s.paragraphs:>5}  {s.file}", width))


@corpus.command("show")
@click.argument("statement_id", type=STATEMENT_ID)
@click.option("--json", "as_json", is_flag=True, help="Print the statement as JSON.")
@click.pass_context
def show(ctx, statement_id, as_json) -> None:
    """Show one statement, section by section.

    Paragraphs the statement numbered show their number; the others their
    place (p12), which 'draft edit --insert 7:p12' takes.

    Example: drafter corpus show 3
    """
    statement = workspace_from(ctx).get_statement(statement_id)
    if as_json:
        print_json(statement.to_dict())
        return
    width = common.terminal_width()
    click.echo(wrap(statement.title or statement.file, width))
    click.echo(wrap(f"{statement.force or 'force unknown'} · {statement.date or 'date unknown'} · "
                    f"{statement.file}", width))
    place = 0
    for section in statement.sections:
        click.echo()
        click.echo(wrap(f"{section.heading or '(no heading)'}  [{section.priority or 'unrecognised'}]",
                        width))
        for paragraph in section.paragraphs:
            place += 1
            # A paragraph printed with no number is given by its place ("draft edit --insert 7:p12").
            address = f"p{place} " if paragraph.number is None else ""
            if paragraph.kind == "table":
                for row in paragraph.cells or []:
                    click.echo(address + "| " + " | ".join(row) + " |")
                    address = " " * len(address)
                continue
            if paragraph.kind == "subheading":
                click.echo()
            prefix = address + (f"{paragraph.number}. " if paragraph.number is not None
                                else "• " if paragraph.kind == "bullet" else "")
            click.echo(prefix + wrap(paragraph.text, width, len(prefix)))


@corpus.command("remove")
@click.argument("statement_ids", nargs=-1, required=True, type=STATEMENT_ID, metavar="STATEMENT_ID...")
@click.pass_context
def remove(ctx, statement_ids) -> None:
    """Remove statements from the corpus.

    Every id given is removed, or none when one of them is not stored.

    \b
    Example: drafter corpus remove 3
    Example: drafter corpus remove 17 18 19
    The bundled samples' statements and figures all at once:
    drafter init --force "Cumbria" --remove-samples
    """
    workspace = workspace_from(ctx)
    chosen = list(dict.fromkeys(statement_ids))
    # All or none: a mistyped id, or a Ctrl-C part-way, removes nothing.
    for removed in workspace.remove_statements(chosen):
        click.echo(f"removed {removed.id}: {removed.file}")
