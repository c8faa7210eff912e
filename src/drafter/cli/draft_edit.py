"""``drafter draft edit``: one change to a draft's section, saved as a new revision.

A paragraph is added (the writer's words, a past statement's paragraph, a filled
template), replaced or removed, or the section's status set; a save that another
process got in before is made again on the new head, never saved over it.
"""

from __future__ import annotations

import re

import click

from drafter.cli.common import DRAFT_ID, workspace_from

_CORPUS_REF = re.compile(r"^\s*(\d+)\s*:\s*(p?)(\d+)\s*$", re.IGNORECASE)


@click.command("edit", short_help="Add, replace or remove a paragraph, or set a section's status.")
@click.argument("draft_id", type=DRAFT_ID)
@click.option("--section", "section_key", required=True, metavar="KEY",
              help="Section: introduction, a priority id (e.g. serious-violence) or closing.")
@click.option("--append", "append_text", metavar="TEXT",
              help="Add TEXT at the end, read as the desk's editor reads it: '- ' a bullet, '### ' a "
                   "sub-heading, '| a | b |' a table row, a blank line between paragraphs.")
@click.option("--insert", "corpus_ref", metavar="STATEMENT_ID:NUMBER",
              help="Add paragraph NUMBER of corpus statement STATEMENT_ID at the end; a paragraph "
                   "printed with no number by its place, as 'corpus show' lists it (e.g. 7:p12).")
@click.option("--replace", "replace_ref", metavar="PARAGRAPH",
              help="Put --text in place of a paragraph: its number as 'draft show' prints it (4), or its "
                   "place in the section as 'draft show --places' gives it (p3, bullets and sub-headings "
                   "counted).")
@click.option("--remove", "remove_ref", metavar="PARAGRAPH",
              help="Take a paragraph out (named as for --replace).")
@click.option("--text", "new_text", metavar="TEXT",
              help="With --replace: the new words, read as --append reads them.")
@click.option("--fill", "template_id", metavar="TEMPLATE_ID",
              help="Add a sentence template filled with the draft's figures, e.g. homicide/count_and_rate.")
@click.option("--status", type=click.Choice(["empty", "drafting", "done"]),
              help="Set the section's status.")
@click.option("--note", metavar="TEXT", help="Note to keep with the revision.")
@click.option("--force", is_flag=True, help="With --fill: put another priority's sentence in "
              "this priority's section.")
@click.pass_context
def edit(ctx, draft_id, section_key, append_text, corpus_ref, replace_ref, remove_ref, new_text, template_id,
         status, note, force) -> None:
    """Add, replace or remove a paragraph of a section, or set its status; saves a new revision.

    Give one of --append, --insert, --fill, --replace (with --text) or --remove,
    and/or --status. A sentence of one priority (--fill homicide/...) is refused
    in another priority's section unless --force is given; the introduction and
    closing take any.

    \b
    Example: drafter draft edit 1 --section serious-violence --insert 3:15
    Example: drafter draft edit 1 --section homicide --replace 4 --text "Two reviews were published."
    Example: drafter draft edit 1 --section cyber-crime --remove p3
    """
    from drafter import drafts
    from drafter.drafts import DraftError

    chosen = [name for name, value in (("--append", append_text), ("--insert", corpus_ref),
                                       ("--fill", template_id), ("--replace", replace_ref),
                                       ("--remove", remove_ref)) if value is not None]
    if len(chosen) > 1:
        raise DraftError(f"give only one of --append, --insert, --fill, --replace and --remove "
                         f"(got {', '.join(chosen)})")
    if (replace_ref is None) != (new_text is None):
        raise DraftError("--replace takes the new words in --text" if new_text is None
                         else "--text gives the words for --replace: say which paragraph they replace")
    if not chosen and status is None:
        raise DraftError("nothing to do: give --append, --insert, --fill, --replace, --remove or --status")
    workspace = workspace_from(ctx)
    change = dict(section_key=section_key, append_text=append_text, corpus_ref=corpus_ref,
                  replacing=(replace_ref, new_text) if replace_ref is not None else None,
                  remove_ref=remove_ref, template_id=template_id, status=status, force=force)
    # Another process may save the draft between reading its head and saving on
    # it: the save is then refused, and the change is made again on the new head.
    # Each refusal means another save got in, so a few tries cover several
    # writers at once; past them the edit is refused, never saved over theirs.
    for attempt in range(EDIT_ATTEMPTS):
        current = workspace.get_draft(draft_id)
        before = current.revision
        did, gaps = _apply_edit(workspace, current, **change)
        try:
            saved = workspace.save_draft(current, note=note or "; ".join(did), parent=before)
            break
        except drafts.DraftChanged:
            if attempt == EDIT_ATTEMPTS - 1:
                raise
    for gap in gaps:
        click.echo(f"warning: {template_id}: {gap} left in the text "
                   "(export refuses the draft until it is filled)", err=True)
    if saved.revision == before:
        click.echo(f"draft {saved.id}: nothing changed (still revision {saved.revision})")
    else:
        click.echo(f"draft {saved.id} revision {saved.revision}: {'; '.join(did)}")


EDIT_ATTEMPTS = 10


def _apply_edit(workspace, current, *, section_key, append_text, corpus_ref, replacing, remove_ref, template_id,
                status, force) -> tuple[list[str], list[str]]:
    """Make the edit to ``current``; what was done, and the gaps a filled sentence left."""
    from drafter import drafts
    from drafter.drafts import DraftError

    current.section(section_key)
    did, gaps = [], []
    if append_text is not None:
        added = drafts.append_text(current, section_key, append_text)
        did.append(f"appended {_what_was_added([p.kind for p in added])} to {section_key}")
    elif corpus_ref is not None:
        match = _CORPUS_REF.match(corpus_ref)
        if not match:
            raise DraftError(f"--insert {corpus_ref!r}: expected STATEMENT_ID:NUMBER, e.g. 3:15 "
                             "(or STATEMENT_ID:pPLACE, e.g. 7:p12, as 'corpus show' lists an unnumbered paragraph)")
        statement_id, by_place, number = int(match.group(1)), bool(match.group(2)), int(match.group(3))
        drafts.insert_corpus_paragraph(workspace, current, section_key, statement_id,
                                       None if by_place else number, place=number if by_place else None)
        did.append(f"inserted statement {statement_id} paragraph {'p' if by_place else ''}{number} "
                   f"into {section_key}")
    elif replacing is not None:
        added = drafts.replace_paragraph(current, section_key, *replacing)
        did.append(f"replaced {_named(replacing[0])} of {section_key} with "
                   f"{_what_was_added([p.kind for p in added])}")
    elif remove_ref is not None:
        removed = drafts.remove_paragraph(current, section_key, remove_ref)
        did.append(f"removed {_named(remove_ref)} of {section_key} ({_shortened(removed.text)})")
    elif template_id is not None:
        if not force:
            _check_template_fits(template_id, current.section(section_key))
        paragraph = drafts.insert_template(workspace, current, section_key, template_id)
        did.append(f"filled {template_id} into {section_key}")
        from drafter.fill import PLACEHOLDER_RE

        # A figure used twice in a sentence leaves the same gap twice: name each once.
        gaps = list(dict.fromkeys(gap.group(0) for gap in PLACEHOLDER_RE.finditer(paragraph.text)))
    if status is not None:
        drafts.set_status(current, section_key, status)
        did.append(f"{section_key} marked {status}")
    return did, gaps


def _what_was_added(kinds: list[str]) -> str:
    """"a bullet", "a sub-heading", "3 paragraphs": what --append added, as the editor's markup read it."""
    if len(kinds) > 1:
        return f"{len(kinds)} paragraphs"
    return {"bullet": "a bullet", "subheading": "a sub-heading", "table": "a table"}.get(kinds[0], "a paragraph")


def _named(ref: str) -> str:
    """"¶4" for a paragraph given by its number, "p3" for one given by its place."""
    ref = ref.strip().lstrip("¶").strip()
    return ref.lower() if ref[:1] in ("p", "P") else f"¶{ref}"


def _shortened(text: str, most: int = 40) -> str:
    return f"“{text}”" if len(text) <= most else f"“{text[:most].rsplit(' ', 1)[0]} …”"


def _check_template_fits(template_id: str, section) -> None:
    """A priority's sentence belongs in its own section: in another priority's
    it is most likely a slip (homicide figures under fraud and cybercrime)."""
    from drafter.drafts import DraftError
    from drafter.priorities import PRIORITY_IDS

    priority = template_id.split("/", 1)[0]
    if priority in PRIORITY_IDS and section.key in PRIORITY_IDS and priority != section.key:
        raise DraftError(f"{template_id} is a {priority} sentence, not one for {section.key} "
                         f"({section.heading}): fill it into --section {priority}, or give --force "
                         "to put it here anyway")
