"""``drafter review``: check a draft or a statement file before it goes to the board."""

from __future__ import annotations

import click

from drafter.cli import common
from drafter.cli.common import LARGEST_ID, STATEMENT_ID, print_json, workspace_from


@click.command(short_help="Review drafts or statement files.")
@click.argument("targets", nargs=-1, required=True, metavar="DRAFT_ID|FILE...")
@click.option("--against", type=STATEMENT_ID, metavar="STATEMENT_ID",
              help="Corpus statement to compare with (default: the most recent earlier "
                   "statement of the same force).")
@click.option("--period", metavar="P",
              help="Figures period: 2022, 2023-Q2 or 2022/23 (default: the draft's period; for a "
                   "file, the period it says its figures are for, else the one period its title "
                   "names, else the last full calendar year before its date).")
@click.option("--area", metavar="A",
              help="Figures area (default: the draft's area or the statement's force; a statement "
                   "that names no force is checked against no figures).")
@click.option("--json", "as_json", is_flag=True, help="Print the review as JSON.")
@click.option("--html", "html_file", type=click.Path(dir_okay=False, path_type=str), metavar="FILE",
              help="Also write a self-contained HTML report to FILE (-: the page alone on "
                   "standard output, in place of the text).")
@click.option("--strict", is_flag=True, help="Exit with status 1 when any finding is an error.")
@click.pass_context
def review(ctx, targets, against, period, area, as_json, html_file, strict) -> None:
    """Review a draft (by id) or a statement file (.txt, .md, .docx, .pdf, .html)
    against past statements and the figures: what changed, what was copied, and
    every number, date, acronym and sentence that may be wrong or stale.

    Several drafts or files are reviewed one after another in one process
    (each against its own force's figures and statements, unless --area or
    --period is given for all); one that cannot be reviewed is named and the
    rest go on. With --json, several give a list, an entry for each target in
    the order given: its review, or {"target": {"given": ...}, "error": ...}
    for one that could not be reviewed ("given" is the id or file as typed).

    Findings are errors (arithmetic, direction, a count the figures contradict,
    a wrong rank, missing-priority, a filled sentence still waiting for a
    missing figure), warnings
    (stale or unverified figures and dates, acronyms, missing applicability, no
    statutory opening or word on how often it is published, a file cut short,
    a sentence said twice) or info (changes since the force's earlier statement,
    copying, wording as another force wrote it, plain English). Acronyms in the
    workspace's acronyms.txt need no definition. Findings about the whole
    statement (a national priority it lacks) come first, then each section's
    in the statement's order.

    \b
    Example: drafter review 3 --html review.html
    Example: drafter review wmpcc-2023-09.txt --period 2022 --strict
    Example: drafter review statements/*.html --json > reviews.json
    """
    from drafter.errors import DrafterError

    if html_file is not None:
        from drafter.files import check_output_path

        if not html_file.strip():
            raise DrafterError("--html: give the name of the file to write the report to")
        if html_file == "-" and as_json:
            raise DrafterError("--html - and --json both write to standard output: give --html a file name")
        if html_file != "-":
            check_output_path(html_file, DrafterError)  # before the review, not after it
    if area is not None and not area.strip():
        raise DrafterError("--area: give the name of the area whose figures to check against (it is empty)")
    if len(targets) > 1 and (html_file or against is not None):
        raise DrafterError(f"{'--html' if html_file else '--against'} goes with one draft or file; "
                           f"{len(targets)} were given")
    common.no_standard_input(targets, "statements")
    workspace = workspace_from(ctx)
    reports, listed, failed = [], [], False
    for target in targets:
        try:
            report = _reviewed(workspace, target, against, period, area)
        except DrafterError as error:
            if len(targets) == 1:
                raise
            # One bad file among many is named; the others are still reviewed.
            click.echo(f"drafter: error: {error}", err=True)
            # Its place in the JSON list says so too, so the list's entries stay
            # the targets given, in their order, for a script to pair them.
            listed.append({"target": {"given": target}, "error": str(error)})
            failed = True
            continue
        reports.append(report)
        if as_json:
            listed.append(_with_given(report.to_dict(), target))
        if html_file and html_file != "-":
            from drafter.review import write_html

            write_html(report, html_file)
        _show(report, as_json, html_file, after=len(reports) > 1)
    if as_json:
        print_json(listed[0] if len(targets) == 1 else listed)
    if failed or strict and any(report.has_errors for report in reports):
        ctx.exit(1)


def _show(report, as_json: bool, html_file: str | None, after: bool) -> None:
    """The review on standard output: its text, or its HTML page for --html -."""
    if html_file == "-":  # the page on standard output, in place of the text, never a file named "-"
        from drafter.review import render_html

        click.echo(render_html(report), nl=False)
    elif not as_json:
        from drafter.review import render_text

        if after:
            click.echo()
        click.echo(render_text(report, width=common.terminal_width()))
        if html_file:
            click.echo(f"HTML report: {html_file}")


def _with_given(review: dict, target: str) -> dict:
    """The review with the draft id or file as the command line gave it."""
    return {**review, "target": {"given": target, **review["target"]}}


def _reviewed(workspace, target: str, against, period, area):
    from drafter.errors import NotFound
    from drafter.review import is_draft_target

    chosen = int(target) if is_draft_target(target) else target
    if isinstance(chosen, int) and not 1 <= chosen <= LARGEST_ID:
        raise NotFound("draft", chosen)
    return workspace.review(chosen, against=against, period=period, area=area)
