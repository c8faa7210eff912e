"""``drafter draft``: start, edit, inspect and export drafts.

Every edit is saved as a new revision, so a script can make changes one at a
time and any of them can be looked at or undone later (``revisions``,
``diff``, ``restore``).
"""

from __future__ import annotations


import click

from drafter.cli import common
from drafter.cli.draft_edit import edit
from drafter.cli.common import (
    DRAFT_ID,
    GIVEN,
    REVISION,
    STATEMENT_ID,
    print_json,
    workspace_from,
)
from drafter.columns import wrap
from drafter.errors import NotFound

@click.group(short_help="Start, edit, compare and export drafts.")
def draft() -> None:
    """Work on drafts: start one, add to its sections, keep revisions, export it.

    Example: drafter draft new --from 3
    """


draft.add_command(edit)


@draft.command("new")
@click.option("--title", metavar="TEXT", help="Title (default: with --from, the source statement's; "
              "otherwise the usual board report title naming the office the statement comes from, "
              "its Police and Crime Commissioner or, for the Met, the Mayor's Office for Policing and "
              "Crime: the settings' force's for the settings' area, else the area's own).")
@click.option("--date", metavar="YYYY-MM", help="Month of the meeting (default: this month, "
              "or a quarter after the source statement).")
@click.option("--area", type=GIVEN, metavar="NAME", help="Area whose figures fill templates (default: the "
              "source statement's force, else the settings' area).")
@click.option("--period", type=GIVEN, metavar="PERIOD", help="Period of the figures, e.g. 2022 or 2023-Q2 "
              "(default: with --from, the quarter after the latest quarter the statement quotes, "
              "or the period after its own when it quotes none; otherwise the latest quarter with "
              "figures for the area, up to the meeting, else the calendar year before the meeting).")
@click.option("--board", metavar="TEXT", help="Board the statement goes to (default: with --from, "
              "the source statement's; otherwise the settings' board for the settings' area, "
              "else the area's Police and Crime Panel).")
@click.option("--presented-by", metavar="TEXT", help='"Presented by" line (default: with --from, '
              "the statement's; otherwise none, and the report has no such line).")
@click.option("--from", "from_statement", metavar="STATEMENT_ID", type=STATEMENT_ID,
              help="Copy a past statement in the corpus forward instead of starting empty.")
@click.option("--no-roll", is_flag=True, help="With --from: copy the words as they are, "
              "without moving the figures on to the draft's period (chosen as when rolling: "
              "review then lists the figures the words still quote from the quarter before).")
@click.option("--json", "as_json", is_flag=True, help="Print the new draft's id and revision as JSON.")
@click.pass_context
def new(ctx, title, date, area, period, board, presented_by, from_statement, no_roll, as_json) -> None:
    """Start a draft with every section of a board report.

    Without --from: an introduction and closing with default wording and six
    empty priority sections (in the settings' section_order). With --from:
    the statement's paragraphs (with their provenance), headings, title,
    board and force, for the meeting a quarter later; sections under headings drafter
    does not recognise are folded into the section before them (the first
    revision's note names them). Without --from the figures period defaults
    to the latest quarter the workspace has figures for in the area, ending
    no later than the meeting month (the calendar year before the meeting
    when it has none).

    \b
    With --from the figures are rolled forward: every number matched to a
    figure moves from the period the statement quotes to the draft's (--period,
    else the quarter after the latest quarter the statement quotes, which a
    year-end statement quotes beside its year), with rates, changes, direction
    words and the period words each figure is read by; what could not be moved
    is listed for you ('draft show --json' has each paragraph's record,
    'review' lists what is left).

    \b
    Example: drafter draft new --from 3 --date 2023-12
    Example: drafter draft new --from 3 --period 2023 --area "West Midlands"
    """
    workspace = workspace_from(ctx)
    created = workspace.new_draft(title=title, date=date, area=area, period=period, board=board,
                                  presented_by=presented_by, from_statement=from_statement,
                                  roll=not no_roll)
    rolled, left = created.roll_counts()
    if as_json:
        print_json({"id": created.id, "revision": created.revision, "title": created.title,
                    "date": created.date, "period": created.period, "area": created.area,
                    "rolled": rolled, "left": left, "next_period_missing": created.next_period_missing,
                    "rolled_from": created.rolled_from})
    else:
        click.echo(f"created draft {created.id}: {created.title} ({created.date}, "
                   f"{created.paragraph_count} paragraphs)")
        if from_statement is not None and no_roll:
            click.echo(_kept_as_copied(created))
        elif from_statement is not None and created.next_period_missing and not rolled:
            from drafter.drafts import kept_as_copied

            click.echo(f"{kept_as_copied(created.next_period_missing, created.period)}; "
                       f"{left} left for you{':' if left else ''}")
        elif from_statement is not None and created.not_rolled_because:
            click.echo(created.not_rolled_because + (":" if left else ""))
        elif from_statement is not None:
            from drafter.drafts import rolled_forward

            click.echo(rolled_forward(rolled, left, created.period, created.rolled_from, chosen=period is None)
                       + (":" if left else ""))
        if from_statement is not None and not no_roll:
            width = common.terminal_width()
            for place, text, reason in _left_for_you(created):
                line = f"  {place}: “{text}”: {reason}"
                click.echo(wrap(line, width, 4))


def _kept_as_copied(created) -> str:
    """What ``draft new --from --no-roll`` did: the words as copied, for which period's figures."""
    from drafter.drafts import kept_as_copied

    if created.next_period_missing:
        return kept_as_copied(created.next_period_missing, created.period)
    return (f"the words are kept as copied, for the figures of {created.period}: "
            "'review' lists the figures they quote from before it")


def _left_for_you(created) -> list[tuple[str, str, str]]:
    """(where, the words, why) for each thing a roll forward left, as the desk names them."""
    found = []
    positions: dict[str, int] = {}
    for section, paragraph, number in created.numbered():
        position = positions[section.key] = positions.get(section.key, -1) + 1
        place = f"¶{number}" if number is not None else f"paragraph {position + 1} of {section.heading}"
        for entry in paragraph.origin.not_rolled:
            found.append((place, entry.get("text") or "", entry.get("reason") or ""))
    return found


@draft.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print the list as JSON.")
@click.pass_context
def list_(ctx, as_json) -> None:
    """List drafts, most recently saved first.

    Example: drafter draft list --json
    """
    drafts = workspace_from(ctx).list_drafts()
    if as_json:
        print_json([summary.to_dict() for summary in drafts])
        return
    if not drafts:
        click.echo("No drafts yet: start one with 'drafter draft new'.")
        return
    width = common.terminal_width()
    # Drafts copied from one statement share its title: their figures tell them apart.
    figures = {summary.id: f"{summary.area or '-'} {summary.period or ''}".strip() for summary in drafts}
    figures_width = max(len("FIGURES"), *(len(text) for text in figures.values()))
    click.echo(f"{'ID':>4}  {'DATE':<7}  {'REV':>4}  {'PARAS':>5}  {'DONE':>5}  {'FIGURES':<{figures_width}}  TITLE")
    for summary in drafts:
        done = f"{summary.sections_done}/{summary.sections_total}"
        row = (f"{summary.id:>4}  {summary.date or '-':<7}  {summary.revision:>4}  "
               f"{summary.paragraphs:>5}  {done:>5}  {figures[summary.id]:<{figures_width}}  ")
        # Titles often differ only at the end, so wrap them rather than cut them.
        click.echo(row + wrap(summary.title, width, len(row)))


def _draft_view(draft) -> dict:
    data = draft.to_dict()
    data = {"id": draft.id, "revision": draft.revision, **data}
    numbers = iter(number for _section, _paragraph, number in draft.numbered())
    for section in data["sections"]:
        for paragraph in section["paragraphs"]:
            paragraph["number"] = next(numbers)
    return data


@draft.command("show", short_help="Show a draft as numbered paragraphs.")
@click.argument("draft_id", type=DRAFT_ID)
@click.option("--origins", is_flag=True, help="Say where each paragraph came from.")
@click.option("--places", is_flag=True, help="Give each paragraph's place in its section (p1, p2, …), "
              "bullets and sub-headings counted, as 'draft edit --replace' and '--remove' take it.")
@click.option("--json", "as_json", is_flag=True, help="Print the draft (with paragraph numbers) as JSON.")
@click.pass_context
def show(ctx, draft_id, origins, places, as_json) -> None:
    """Show a draft as numbered paragraphs, with each section's status.

    Example: drafter draft show 1 --origins
    """
    from drafter.export import meeting_month, presenter, table_rows

    current = workspace_from(ctx).get_draft(draft_id)
    if as_json:
        print_json(_draft_view(current))
        return
    stored = {s.id for s in workspace_from(ctx).list_statements()} if origins else set()

    def origin_of(paragraph) -> str:
        origin = paragraph.origin
        label = origin.label(paragraph.text)
        # An id never comes back to name another statement: the one it named was removed.
        gone = origin.kind == "corpus" and origin.statement_id not in stored
        return f"{label}, statement {origin.statement_id} since removed from the corpus" if gone else label

    width = common.terminal_width()
    click.echo(wrap(f"Draft {current.id}, revision {current.revision} · figures for {current.area}, "
                    f"{current.period}", width))
    click.echo(wrap(current.board, width))
    click.echo(meeting_month(current.date))
    for note in current.header_notes:
        click.echo(wrap(note, width))
    click.echo(wrap(f"Title: {current.title}", width, len("Title: ")))
    if presenter(current):
        click.echo(wrap(f"Presented by: {presenter(current)}", width, len("Presented by: ")))
    shown, place = None, 0
    for section, paragraph, number in current.outline():
        if section is not shown:
            click.echo("\n" + wrap(f"{section.heading}  [{section.key}: {section.status}]", width))
            shown, place = section, 0
        if paragraph is None:
            click.echo("(no paragraphs yet)")
            continue
        place += 1
        where = f"p{place} " if places else ""
        if paragraph.kind == "table":
            for row in table_rows(paragraph.cells or []):
                click.echo(where + row)
                where = " " * len(where)
            if origins:
                click.echo(f"  [{origin_of(paragraph)}]")
            continue
        if paragraph.kind == "subheading":
            click.echo()
        # As the corpus shows a statement: its bullets keep their marks.
        prefix = where + (f"{number}. " if number is not None else "• " if paragraph.kind == "bullet" else "")
        suffix = f"  [{origin_of(paragraph)}]" if origins else ""
        click.echo(prefix + wrap(f"{paragraph.text}{suffix}", width, len(prefix)))


@draft.command("revisions")
@click.argument("draft_id", type=DRAFT_ID)
@click.option("--json", "as_json", is_flag=True, help="Print the revisions as JSON.")
@click.pass_context
def revisions(ctx, draft_id, as_json) -> None:
    """List a draft's saved revisions, oldest first.

    Example: drafter draft revisions 1
    """
    listed = workspace_from(ctx).draft_revisions(draft_id)
    if as_json:
        print_json([info.to_dict() for info in listed])
        return
    width = common.terminal_width()
    click.echo(f"{'REV':>4}  {'SAVED (UTC)':<19}  {'PARAS':>5}  {'BYTES':>7}  NOTE")
    for info in listed:
        row = (f"{info.number:>4}  {info.saved_at[:19].replace('T', ' '):<19}  "
               f"{info.paragraphs:>5}  {info.size:>7}  ")
        click.echo(row + wrap(info.note or "", width, len(row)))


@draft.command("diff")
@click.argument("draft_id", type=DRAFT_ID)
@click.argument("rev_a", type=REVISION)
@click.argument("rev_b", type=REVISION)
@click.pass_context
def diff(ctx, draft_id, rev_a, rev_b) -> None:
    """Show what changed between two revisions, section by section.

    Edited paragraphs show removed words as [-...-] and added ones as {+...+};
    a paragraph moved within its section is shown where it now stands, after ">".

    Example: drafter draft diff 1 2 5
    """
    from drafter.drafts import diff_revisions

    text = diff_revisions(workspace_from(ctx), draft_id, rev_a, rev_b)
    width = common.terminal_width()
    for line in text.splitlines():
        marked = line[:2] in ("+ ", "- ", "~ ")
        click.echo(line[:2] + wrap(line[2:], width, 2) if marked else wrap(line, width))


@draft.command("restore", short_help="Bring back an earlier revision.")
@click.argument("draft_id", type=DRAFT_ID)
@click.argument("revision", type=REVISION)
@click.pass_context
def restore(ctx, draft_id, revision) -> None:
    """Bring back an earlier revision (saved as a new revision; nothing is lost).

    Example: drafter draft restore 1 3
    """
    workspace = workspace_from(ctx)
    # The head's number as listed, not its words: a head deleted or changed by hand is what a restore mends.
    head = next((listed.revision for listed in workspace.list_drafts() if listed.id == draft_id), None)
    if head is None:
        raise NotFound("draft", draft_id)
    restored = workspace.restore_revision(draft_id, revision)
    if restored.revision == head:  # its words are the draft's as it stands: nothing was saved
        same = "is the draft as it stands" if revision == head \
            else f"reads as revision {head}, the draft as it stands"
        click.echo(f"draft {restored.id}: revision {revision} {same}; nothing changed")
    else:
        click.echo(f"draft {restored.id}: revision {revision} restored as revision {restored.revision}")


@draft.command("delete")
@click.argument("draft_id", type=DRAFT_ID)
@click.pass_context
def delete(ctx, draft_id) -> None:
    """Delete a draft and all its revisions.

    Example: drafter draft delete 1
    """
    workspace_from(ctx).delete_draft(draft_id)
    click.echo(f"deleted draft {draft_id}")


@draft.command("export", short_help="Export a draft as Markdown, text or Word.")
@click.argument("draft_id", type=DRAFT_ID)
@click.option("--format", "fmt", type=click.Choice(["md", "txt", "docx"]),
              help="File format (default: from the -o file's extension, else md).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=str),
              help="File to write (replaced if it exists), or - for standard output (md or "
                   "txt). Default: <title>-<date>.<ext> in the current directory, never "
                   "replacing a file.")
@click.option("--force", is_flag=True, help="Export even if template placeholders are unfilled "
              "or a priority section is empty.")
@click.pass_context
def export(ctx, draft_id, fmt, output, force) -> None:
    """Export a draft as a board report (Markdown, plain text or Word).

    A draft still holding an unfilled placeholder, or with a priority section
    that has nothing in it, is refused (each named) unless --force is given.

    Example: drafter draft export 1 -o report.docx
    """
    from drafter.errors import DrafterError, IncompleteDraft
    from drafter.export import format_for

    chosen = fmt or format_for(output) or "md"
    try:
        if output == "-":
            _export_to_standard_output(workspace_from(ctx), draft_id, chosen, force)
            return
        written = workspace_from(ctx).export_draft(draft_id, chosen, output, force=force)
    except IncompleteDraft as error:
        raise DrafterError(f"{error} with --force") from None
    click.echo(f"wrote {written}")


def _export_to_standard_output(workspace, draft_id: int, fmt: str, force: bool) -> None:
    """``-o -``: the report on standard output, for a pipe, as "-" means to
    other tools, never a file named "-"."""
    from drafter.errors import DrafterError
    from drafter.export import check_complete, render_markdown, render_text

    if fmt == "docx":
        raise DrafterError("-o -: a Word document is written to a file (give -o FILE.docx), "
                           "or export as --format md or txt to standard output")
    draft = workspace.get_draft(draft_id)
    if not force:
        check_complete(draft)
    click.echo(render_markdown(draft) if fmt == "md" else render_text(draft), nl=False)
