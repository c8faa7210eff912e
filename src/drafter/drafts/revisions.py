"""A draft's life in the workspace: created as revision 1, saved as new
revisions, listed, restored, compared and deleted.

Saving is built for autosave: the draft is serialised once, hashed, and stored
with one INSERT and one UPDATE in a single ``BEGIN IMMEDIATE`` transaction; a
save whose content equals the head revision stores nothing. A save that names
the revision its change was made on is refused (DraftChanged) when another
save has become the head since, so the caller can make its change again on the
new head (the CLI's edits) or merge (the desk); the earlier save always stays
in the revision list.
"""

from __future__ import annotations

import hashlib
import json

from drafter.drafts.model import Draft, DraftError, DraftSummary, RevisionInfo
from drafter.errors import NotFound, WorkspaceError
from drafter.store import drafts as draft_store


def new_draft(workspace, *, title: str | None = None, date: str | None = None,
              area: str | None = None, period: str | None = None, board: str | None = None,
              presented_by: str | None = None, from_statement: int | None = None,
              roll: bool = True) -> Draft:
    """Start a draft and save it as revision 1.

    Parameters
    ----------
    workspace : Workspace
    title, board, presented_by : str, optional
        Header block; default from the workspace settings (or the source statement).
    date : str, optional
        Meeting month ``YYYY-MM``; default this month, or a quarter after ``from_statement``'s date.
    area, period : str, optional
        Whose figures, and for which period, fill the draft's templates; default the
        workspace area and the latest quarter with figures for it ending by ``date``
        (else the last complete calendar year before ``date``).
    from_statement : int, optional
        Copy a corpus statement forward instead of starting from the empty skeleton.
    roll : bool
        When copying forward, move every figure the statement quotes on to the
        draft's period (``drafts.roll``); False copies the words as they were.
        Without ``period`` the draft's period is the one after the statement's own,
        rolled or not.

    Raises
    ------
    NotFound
        ``from_statement`` names no statement.
    DraftError, BadPeriod
        A malformed date or period.
    """
    from drafter.drafts import starting as draft_skeleton

    options = dict(title=title, date=date, area=area, period=period, board=board,
                   presented_by=presented_by)
    if from_statement is None:
        held = [] if period else _held_periods(workspace, area or workspace.settings.area)
        start = draft_skeleton.empty_draft(workspace.settings, held_periods=held, **options)
    else:
        statement = workspace.get_statement(int(from_statement))
        start = draft_skeleton.copied_forward(workspace.settings, statement, **options)
        if roll:
            from drafter.drafts.roll import roll_draft

            report = roll_draft(workspace, start.draft, statement.id, period_given=period is not None)
            _meeting_as_far_on(start.draft, statement, date, report.months_on)
            start.notes.append(summary := report.summary())
            if report.main_period is None:
                start.draft.not_rolled_because = summary
        elif period is None:
            from drafter.drafts.roll_choice import period_as_rolled

            # The period rolling forward would give, so review calls last quarter's figures stale.
            _meeting_as_far_on(start.draft, statement, date, period_as_rolled(workspace, start.draft, statement.id))
            start.notes.append(f"the words kept as copied, for the figures of {start.draft.period}")
    draft = start.draft
    content, digest = _serialise(draft)
    draft.id = draft_store.create_draft(workspace.database, content=content, content_hash=digest,
                                        note=start.note(), writer=writer_name(), **_summary(draft))
    draft.revision = 1
    return draft


def _meeting_as_far_on(draft, statement, date: str | None, months_on: int) -> None:
    """A draft copied from an annual (or half-yearly) statement goes to the meeting
    as far on as its period, unless a date was given."""
    from drafter.drafts import starting as draft_skeleton

    if date is None and months_on != 3:
        draft.date = draft_skeleton.meeting_after(statement.date, months_on)


def _held_periods(workspace, area: str) -> list[str]:
    """The periods the workspace has figures for in ``area`` (spelt as its figures spell it)."""
    from drafter.claims.evidence import resolve_area
    from drafter.store import figures as figure_store

    stored = resolve_area(workspace.figure_areas(), area)
    return figure_store.periods(workspace.database, stored) if stored else []


def list_drafts(workspace) -> list[DraftSummary]:
    """Every draft, most recently saved first."""
    return [DraftSummary(**row) for row in draft_store.list_drafts(workspace.database)]


def get_draft(workspace, draft_id: int) -> Draft:
    """The draft at its head revision; NotFound for an unknown id."""
    number, content = draft_store.head_content(workspace.database, int(draft_id))
    return _draft_read(workspace, content, int(draft_id), number)


def get_revision(workspace, draft_id: int, revision: int) -> Draft:
    """The draft as it was saved in ``revision``."""
    content = draft_store.revision_content(workspace.database, int(draft_id), int(revision))
    return _draft_read(workspace, content, int(draft_id), int(revision))


def _draft_read(workspace, content: str, draft_id: int, revision: int) -> Draft:
    """A revision as saved; one changed by hand in a database browser so that
    it no longer reads as drafter saved it is named with the way back, where
    showing, reviewing or exporting the draft ended in an internal error."""
    try:
        return Draft.from_dict(json.loads(content), id=draft_id, revision=revision)
    except (ValueError, TypeError, KeyError, AttributeError):
        database = workspace.database
        earlier = (f"bring back an earlier revision ('drafter draft revisions {draft_id}' lists them) with "
                   f"'drafter draft restore {draft_id} N', or " if revision > 1 else "")
        raise WorkspaceError(f"{database.path}: draft {draft_id}'s revision {revision} is not as drafter saved it "
                             f"(the database was changed outside drafter): {earlier}restore "
                             f"{database.path.name if database.path else 'the database'} from a backup") from None


def save_draft(workspace, draft: Draft, note: str | None = None, parent: int | None = None) -> Draft:
    """Save ``draft`` as a new revision (unless unchanged from the head) and return it.

    ``draft.revision`` becomes the head revision's number. With ``parent`` (the
    revision the change was made on) the save is refused with DraftChanged
    when another save has become the head since.
    """
    if draft.id is None:
        raise DraftError("cannot save a draft that was never created: use new_draft")
    content, digest = _serialise(draft)
    if note is None:
        note = _what_changed(workspace, draft)
    number, _added = draft_store.save_revision(workspace.database, int(draft.id), content=content,
                                               content_hash=digest, note=note, parent=parent,
                                               writer=writer_name(), **_summary(draft))
    draft.revision = number
    return draft


def _what_changed(workspace, draft: Draft) -> str | None:
    """A save's own note, when it was given none: what changed since the head
    revision, so a list of the desk's saves says which one is which."""
    from drafter.drafts.diff import summarise_changes

    try:
        head = get_draft(workspace, int(draft.id))
    except (NotFound, WorkspaceError):  # a head deleted or changed by hand: a restore saves over it
        return None
    return summarise_changes(head, draft)


def list_revisions(workspace, draft_id: int) -> list[RevisionInfo]:
    return [RevisionInfo(**row) for row in draft_store.list_revisions(workspace.database, int(draft_id))]


def restore_revision(workspace, draft_id: int, revision: int) -> Draft:
    """Make ``revision`` the head again by saving a copy of it as a new revision."""
    old = get_revision(workspace, draft_id, revision)
    return save_draft(workspace, old, note=f"restored revision {revision}")


def remember_place(workspace, draft_id: int, section: str, paragraph: int | None = None,
                   offset: int | None = None) -> None:
    """Keep where the writer is in the draft (a section key, a paragraph's
    position in it and how far into it), for the next time it is opened;
    NotFound for an unknown id."""
    draft_store.set_place(workspace.database, int(draft_id), section,
                          None if paragraph is None else int(paragraph), None if offset is None else int(offset),
                          writer=writer_name())


def last_place(workspace, draft_id: int) -> tuple[str, int | None, int | None] | None:
    """(section key, paragraph position, offset in it) where the writer last was, or None if never kept."""
    return draft_store.get_place(workspace.database, int(draft_id))


def writer_name() -> str:
    """Who is at the keyboard: the login name, which tells apart a team's writers sharing a
    workspace; empty where the system cannot say."""
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def draft_to_resume(workspace) -> int | None:
    """The draft a writer coming back expects: the one they were last in or last
    saved (a team sharing a workspace each come back to their own); for a writer
    who has been in none, the one the desk was last left in, unless a draft was
    saved after (from the command line, or another desk), which is then the newer
    work; None when there are no drafts."""
    drafts = draft_store.list_drafts(workspace.database)
    if not drafts:
        return None
    own = draft_store.last_left(workspace.database, writer_name())
    if own is not None and any(d["id"] == own[0] for d in drafts):
        return own[0]
    left = draft_store.last_left(workspace.database)
    newest = drafts[0]
    if left is not None and left[1] >= newest["updated_at"] and any(d["id"] == left[0] for d in drafts):
        return left[0]
    return newest["id"]


def delete_draft(workspace, draft_id: int) -> None:
    """Delete a draft and all its revisions (NotFound for an unknown id)."""
    draft_store.delete_draft(workspace.database, int(draft_id))


def diff_revisions(workspace, draft_id: int, a: int, b: int) -> str:
    """What changed from revision ``a`` to ``b``, section by section (word-level for edits)."""
    from drafter.drafts.diff import diff_drafts

    return diff_drafts(get_revision(workspace, draft_id, a), get_revision(workspace, draft_id, b))


# -- storage form -----------------------------------------------------------------
def _serialise(draft: Draft) -> tuple[str, str]:
    content = json.dumps(draft.to_dict(), ensure_ascii=False, separators=(",", ":"))
    return content, hashlib.sha256(content.encode("utf-8")).hexdigest()


def _summary(draft: Draft) -> dict:
    return {"title": draft.title, "date": draft.date, "paragraphs": draft.paragraph_count,
            "sections_done": draft.sections_done(), "sections_total": len(draft.sections)}
