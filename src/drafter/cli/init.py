"""`drafter init`: a workspace for an office's own force, without the samples."""

from __future__ import annotations

import click

from drafter.cli.common import plural


@click.command("init")
@click.option("--force", "force", required=True, metavar="NAME",
              help="The force whose statements the workspace is for (its area, and the force new drafts name).")
@click.option("--board", metavar="TEXT",
              help="The board statements are presented to (default: the one settings.toml already "
                   "names, when the force is the same; else the force's Police and Crime Panel).")
@click.option("--samples", is_flag=True,
              help="Add the sample statements and figures of the two fictional forces too (a new workspace).")
@click.option("--remove-samples", is_flag=True,
              help="Remove the sample statements and figures from a workspace that holds them.")
@click.pass_context
def init(ctx, force: str, board: str | None, samples: bool, remove_samples: bool) -> None:
    """Start the workspace for your office's force.

    A new workspace gets the templates, synonyms.txt and acronyms.txt to
    edit, and no sample statements or figures (--samples adds them). Run on a
    workspace that already exists, it sets the force and board in
    settings.toml, and --remove-samples takes the sample statements and
    figures out. Other settings are kept as written.

    \b
    Example: drafter init --force "Cumbria"
    Example: drafter --workspace ~/npp init --force "Avon and Somerset" --board "Avon and Somerset Police and Crime Panel"
    Example: drafter init --force "Cumbria" --remove-samples
    """
    from drafter import open_workspace

    if samples and remove_samples:
        raise click.UsageError("--samples and --remove-samples cannot go together")
    root = ctx.find_root()
    workspace = open_workspace(root.params.get("workspace"), samples=samples, office=force)
    root.call_on_close(workspace.close)
    gone = workspace.remove_samples() if remove_samples else None
    named = workspace.set_office(force, board)
    settings = workspace.settings
    if workspace.created_now:
        extra = "with" if samples else "without"
        click.echo(f"started a workspace for {named} at {workspace.path}, {extra} the sample statements and "
                   "figures; its templates, synonyms.txt and acronyms.txt are there to edit")
    else:
        click.echo(f"{workspace.path}: the workspace is now {named}'s")
    click.echo(f"  settings.toml: area = {settings.area!r}, force = {settings.force!r}, board = {settings.board!r}")
    if gone is not None:
        click.echo(f"  removed the samples: {plural(gone['statements'], 'statement')} and "
                   f"{plural(gone['figures'], 'figure')}")
    elif not workspace.created_now and workspace.holds_samples():
        click.echo("  it still holds the sample statements and figures; to remove them: "
                   f"drafter init --force {_quoted(named)} --remove-samples")
    click.echo("  next: drafter figures import FILE, drafter corpus add FOLDER, then drafter")


def _quoted(text: str) -> str:
    return f'"{text}"' if " " in text else text
