"""``drafter review``: check a draft or a statement file before it goes to the board."""

from __future__ import annotations

import click

from drafter.cli import common
from drafter.cli.common import LARGEST_ID, STATEMENT_ID, print_json, workspace_from


@click.command(short_help="Review a draft or a statement file.")
@click.argument("target", metavar="DRAFT_ID|FILE")
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
              help="Also write a self-contained HTML report to FILE.")
@click.option("--strict", is_flag=True, help="Exit with status 1 when any finding is an error.")
@click.pass_context
def review(ctx, target, against, period, area, as_json, html_file, strict) -> None:
    """Review a draft (by id) or a statement file (.txt, .md, .docx, .pdf, .html)
    against past statements and the figures: what changed, what was copied, and
    every number, date, acronym and sentence that may be wrong or stale.

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
    """
    from drafter.errors import DrafterError, NotFound
    from drafter.review import is_draft_target

    if html_file is not None:
        from drafter.files import check_output_path

        if not html_file.strip():
            raise DrafterError("--html: give the name of the file to write the report to")
        check_output_path(html_file, DrafterError)  # before the review, not after it
    if area is not None and not area.strip():
        raise DrafterError("--area: give the name of the area whose figures to check against (it is empty)")
    chosen = int(target) if is_draft_target(target) else target
    if isinstance(chosen, int) and not 1 <= chosen <= LARGEST_ID:
        raise NotFound("draft", chosen)
    workspace = workspace_from(ctx)
    report = workspace.review(chosen, against=against, period=period, area=area)
    if html_file:
        from drafter.review import write_html

        write_html(report, html_file)
    if as_json:
        print_json(report.to_dict())
    else:
        from drafter.review import render_text

        click.echo(render_text(report, width=common.terminal_width()))
        if html_file:
            click.echo(f"HTML report: {html_file}")
    if strict and report.has_errors:
        ctx.exit(1)
