"""``drafter search``, ``drafter index`` and ``drafter classify``."""

from __future__ import annotations

import re
import textwrap

import click

from drafter.cli.common import ProgressLine, print_json, workspace_from

SNIPPET_WIDTH = 240


@click.command(short_help="Find past paragraphs like some text.")
@click.argument("text")
@click.option("--priority", "priority", metavar="ID",
              help="Only paragraphs under this section: a priority id (e.g. serious-violence), introduction or closing.")
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True,
              help="How many results to show.")
@click.option("--json", "as_json", is_flag=True, help="Print the results as JSON.")
@click.pass_context
def search(ctx, text, priority, limit, as_json) -> None:
    """Find past paragraphs like TEXT (a few words or a whole paragraph).

    Each paragraph carried forward from statement to statement is shown once,
    in its newest version, with the number of other statements it is in (your
    force's first, then other forces').
    Beside each score, how close the paragraph is: close, related or weak
    (levels read from judged queries, the same the desk shows). Closest
    first; within a level, a few words' results are ordered with the words
    of the two best matches too, so scores there need not fall. Where a
    sentence model is installed (see the README), a few words' results are
    also ordered by meaning within their level.

    Example: drafter search "knife surrender bins" --priority serious-violence
    """
    from drafter.search import check_query

    check_query(text, priority)
    workspace = workspace_from(ctx)
    _refresh_with_progress(workspace, enabled=not as_json)
    hits = workspace.search(text, priority=priority, limit=limit)
    if workspace.meaning_problem():
        click.echo(f"drafter: warning: {workspace.meaning_problem()}", err=True)
    if as_json:
        print_json([hit.to_dict() for hit in hits])
        return
    if not hits:
        click.echo("No matching paragraphs.")
        return
    for rank, hit in enumerate(hits, 1):
        where = " · ".join(part for part in (
            hit.force or "force unknown", hit.date or "date unknown", hit.place,
            hit.priority or "no priority",
        ))
        also = f"  ({hit.also_in_words})" if hit.also_in else ""
        click.echo(f"{rank:>2}. {hit.score:.3f} {hit.level:<7}  {where}{also}")
        click.echo(_snippet(hit.text, hit.matched))
        if hit.matched:
            click.echo(f"    matched: {', '.join(hit.matched)}")


def _refresh_with_progress(workspace, *, enabled: bool) -> None:
    """Rebuild a stale index with a progress bar rather than silently."""
    if workspace.index_is_current():
        return
    progress = ProgressLine("indexing", enabled=None if enabled else False)
    report = workspace.build_index(progress=progress, for_search=True)
    progress.finish()
    if report is not None and report.unsaved:
        click.echo(f"drafter: warning: {report.unsaved}: searched with the index kept in memory; free some space "
                   "and the next search saves it", err=True)


def _snippet(text: str, words: list[str]) -> str:
    """The part of ``text`` around the first matched word, wrapped and indented,
    matched words in bold (plain when the output is not a terminal)."""
    text = " ".join(text.split())
    pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE) \
        if words else None
    start = 0
    if pattern is not None:
        first = pattern.search(text)
        if first and first.start() > SNIPPET_WIDTH // 3:
            start = text.rfind(" ", 0, first.start() - SNIPPET_WIDTH // 4) + 1
    snippet = text[start:start + SNIPPET_WIDTH]
    if start + SNIPPET_WIDTH < len(text):
        snippet = snippet[: snippet.rfind(" ")] + " …"
    if start:
        snippet = "… " + snippet
    # Wrapped before styling, so the escape codes do not count as width.
    wrapped = textwrap.indent(textwrap.fill(snippet, 84), "    ")
    if pattern is not None:
        wrapped = pattern.sub(lambda m: click.style(m.group(), bold=True), wrapped)
    return wrapped


@click.command(short_help="Build or refresh the search index.")
@click.option("--rebuild", is_flag=True, help="Rebuild even when the index is up to date.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_context
def index(ctx, rebuild, as_json) -> None:
    """Build or refresh the search index (searching does this too, when needed).

    Only paragraphs not analysed before are parsed; the rest come from the
    analysis cache.

    Example: drafter index --rebuild
    """
    workspace = workspace_from(ctx)
    progress = ProgressLine("indexing", enabled=None if not as_json else False)
    report = workspace.build_index(rebuild=rebuild, progress=progress)
    progress.finish()
    if as_json:
        print_json(report.to_dict())
        return
    click.echo(f"indexed {report.paragraphs} paragraphs: {report.analysed} analysed, "
               f"{report.reused} reused, {report.seconds:.1f} s ({report.what_was_done()})")


@click.command(short_help="Predict the priority a paragraph is about.")
@click.argument("text")
@click.option("--json", "as_json", is_flag=True, help="Print the prediction as JSON.")
@click.pass_context
def classify(ctx, text, as_json) -> None:
    """Predict which priority (or introduction/closing) TEXT belongs to.

    Example: drafter classify "Courier fraud targets older residents"
    """
    from drafter.search import check_query

    check_query(text)
    workspace = workspace_from(ctx)
    _refresh_with_progress(workspace, enabled=not as_json)
    result = workspace.classify(text)
    if as_json:
        print_json(result.to_dict())
        return
    click.echo(f"{result.priority} (confidence {result.confidence:.2f})")
    for label, probability in sorted(result.scores.items(), key=lambda item: -item[1]):
        click.echo(f"  {label:<22} {probability:.3f}")
