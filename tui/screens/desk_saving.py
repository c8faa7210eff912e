"""Autosave for the desk: after a pause in typing, on leaving a section and on
quitting, one save at a time in a thread worker, always of the newest text.

A mixin of ``DeskScreen``. ``save_then`` runs an action (export, review,
restore) once everything typed so far is stored, since the engine works on
the stored draft.
"""

from __future__ import annotations

import asyncio
import sqlite3

from drafter.tui.layout import short_title
from drafter.tui.session import OutsideChange, SaveResult, Snapshot
from drafter.tui.widgets.status import StatusBar
from textual import work

from drafter.errors import DrafterError

SAVE_ERRORS = (DrafterError, sqlite3.Error, OSError)
"""What a save can fail with: the engine's own errors, and the disk's."""
OUTSIDE_NOTICE_SECONDS = 30
"""Long enough to be read: the writer did not expect it."""
KEYS_HANDLED_WITHIN = 2.0
"""Seconds a widget is given to type the keys queued for it before the desk quits anyway."""


def outside_notice(draft_id: int, change: OutsideChange, revision: int,
                   missed: list[str] = (), undo_kept: bool = True) -> str:
    """What the writer is told when the draft was saved elsewhere while open here."""
    def names(keys) -> str:
        return ", ".join("the draft's details" if key == "details" else short_title(key)
                         for key in keys)

    taken = [key for key in change.taken if key not in missed]
    if change.taken_details:
        taken.append("details")
    clashed = [*change.clashed, *missed]
    note = f" ({change.note})" if change.note else ""
    told = [f"Draft {draft_id} was changed outside the desk: revision {change.revision}{note}."]
    if taken:
        told.append(f"Its changes to {names(taken)} are in your text now, saved with your "
                    f"edits as revision {revision}.")
    if clashed:
        told.append(f"{names(clashed)} changed here too: your words are kept; revision "
                    f"{change.revision}'s stay in Revisions (F9) to restore from.")
    if not undo_kept:
        told.append("Undo (Ctrl+Z) goes back no further than this change: your edits "
                    "before it were to the lines it changed.")
    return " ".join(told)


class SavingMixin:
    """Saving for ``DeskScreen``; the draft's state lives in its ``session``."""

    _autosave_timer = None
    _saving = False
    _save_again = False

    # -- saving ------------------------------------------------------------------------------
    def restart_autosave(self) -> None:
        if self._autosave_timer is not None:
            self._autosave_timer.stop()
        self._autosave_timer = self.set_timer(self.app.AUTOSAVE_DELAY, self.save)

    def save(self, note: str | None = None, announce: bool = False) -> None:
        """Save in the background; one save at a time, the next taking the newest text."""
        self.sync_editor()
        if self._saving:
            self._save_again = True
            return
        if not self.session.dirty:
            self.show_save_state()
            if announce:
                self.notify(f"Nothing new to save: revision {self.session.revision} "
                            "holds this text")
            self._run_after_save()
            return
        self._saving = True
        self._save_again = False
        self.query_one(StatusBar).show_save("Saving…")
        self.run_save(self.session.snapshot(), note, announce)

    def save_then(self, callback) -> None:
        """Run ``callback`` once everything typed so far is in the workspace."""
        self._after_save.append(callback)
        self.save()

    def _run_after_save(self) -> None:
        callbacks, self._after_save = self._after_save, []
        for callback in callbacks:
            callback()

    @work(thread=True, group="save", exit_on_error=False)
    def run_save(self, snapshot: Snapshot, note: str | None, announce: bool) -> None:
        try:
            result = self.session.write(snapshot, note)
        except SAVE_ERRORS as error:  # e.g. a full disk: the writer is told, the words kept
            self.app.call_from_thread(self.save_failed, str(error))
            return
        self.app.call_from_thread(self.saved, snapshot, result, announce)

    def saved(self, snapshot: Snapshot, result: SaveResult, announce: bool) -> None:
        self._saving = False
        revision = result.revision
        self.session.saved(snapshot, revision, self.app.now())
        if result.outside is not None:
            self.take_outside(result.outside, revision)
        self.show_save_state()
        if announce:
            self.notify(f"Saved revision {revision}")
        if self.side.active == "tab-preview":
            self.show_preview()
        if self._save_again or self.session.dirty and self._after_save:
            self.save()
        else:
            self._run_after_save()

    def save_failed(self, message: str) -> None:
        self._saving = False
        self._after_save = []
        self.session.save_error = message
        self.query_one(StatusBar).show_save("NOT SAVED")
        self.notify(f"Could not save: {message}", severity="error")

    def show_save_state(self) -> None:
        session = self.session
        if session.dirty or (self._synced_text is not None and self.editor.text != self._synced_text):
            text = "Editing…"
        elif session.saved_at is not None and not self.narrow:  # 80 columns keep the counts
            text = f"Saved · rev {session.revision} · {session.saved_at:%H:%M}"
        else:
            text = f"Saved · rev {session.revision}"
        self.query_one(StatusBar).show_save(text)

    async def keys_typed(self) -> None:
        """Return once the editor (and the widget with the focus) has handled every
        key handed to it so far. Ctrl+Q acts as soon as the app reads it, while
        the letters typed just before it may still wait in the editor's queue:
        saved without them, they were lost."""
        loop = asyncio.get_running_loop()
        for widget in dict.fromkeys((self.app.focused, self.editor)):
            if widget is None:
                continue
            handled = loop.create_future()
            if widget.call_later(lambda done=handled: done.done() or done.set_result(None)):
                try:
                    await asyncio.wait_for(handled, KEYS_HANDLED_WITHIN)
                except asyncio.TimeoutError:
                    self.log.error(f"{widget!r} did not handle its keys in time")

    def save_before_leaving(self) -> None:
        """Save on this thread, now (quitting, or opening another draft), and keep
        where the writer is, so the draft opens there next time."""
        self.sync_editor()
        if self.session.dirty:
            self.tell_outside_change(self.session.save_now(self.app.now()))
            self.show_save_state()
        # After the save: the draft left is the one to come back to, even over itself.
        self.remember_place()

    def remember_place(self) -> None:
        session = self.session
        try:
            session.workspace.remember_draft_place(session.draft.id, session.section_key,
                                                   self.editor.cursor_paragraph(),
                                                   self.editor.cursor_offset_in_paragraph())
        except SAVE_ERRORS as error:  # losing the place must never stop the words being saved
            self.log.error(f"could not keep the place in draft {session.draft.id}: {error}")

    def tell_outside_change(self, result: SaveResult) -> None:
        """On leaving: what a last save merged in is only said."""
        if result.outside is not None:
            self.notify(outside_notice(self.session.draft.id, result.outside, result.revision),
                        severity="warning", timeout=OUTSIDE_NOTICE_SECONDS)

    def take_outside(self, change: OutsideChange, revision: int) -> None:
        """Show what a save merged in from a revision saved elsewhere, and say so."""
        self.sync_editor()  # the words typed since the save are the desk's
        before = self.session.section.text()
        missed = self.session.take_outside(change)
        undo_kept = True
        if self.session.section_key in change.taken and self.session.section_key not in missed:
            undo_kept = self.reload_section(before)
        self.show_sections()
        if change.taken_details:
            self.request_figures()
        self.notify(outside_notice(self.session.draft.id, change, revision, missed, undo_kept),
                    severity="warning", timeout=OUTSIDE_NOTICE_SECONDS)

    def reload_section(self, before: str) -> bool:
        """The section changed elsewhere since it read ``before``: the change made in
        the editor, the cursor kept on the words it was at; whether undo still
        reaches the writer's edits from before it."""
        editor = self.editor
        undo_kept = editor.take_change(before, self.session.section.text())
        # The editor's text is now the draft's section, but in the writer's own
        # layout (blank lines, spaces), which the draft takes as it is.
        self._synced_text = None
        if self.sync_editor():
            self.restart_autosave()
        self._cursor_paragraph = editor.cursor_paragraph()
        self.show_marks()
        return undo_kept
