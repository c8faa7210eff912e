"""The draft open on the desk: which section is in the editor, what has not been
saved yet, and the bookkeeping of saves made from a background thread.

Saves run off the UI thread on a copy of the draft (``snapshot``); an edit made
while a save is in flight bumps ``changes``, so ``saved`` only clears the
unsaved mark when nothing changed since the copy was taken.

Each save first looks at the draft's newest revision: one this desk neither
loaded nor saved was made elsewhere (the command line, another desk). The
desk's text is still saved, as a new revision, so no one's words are lost
(the other revision stays in the list), and the save reports what the other
revision changed so the writer can be told.
"""

from __future__ import annotations

import copy
import threading
from dataclasses import dataclass
from datetime import datetime

from drafter.tui.layout import first_numbers


@dataclass
class Snapshot:
    draft: object
    changes: int


@dataclass
class OutsideChange:
    """A revision saved elsewhere since this desk last loaded or saved the draft."""

    revision: int
    note: str | None
    sections: list[str]
    """Keys of the sections it changed, against the text this desk had."""
    details: bool
    """Whether it changed the title, date, period or area."""


@dataclass
class SaveResult:
    revision: int
    outside: OutsideChange | None = None


class DraftSession:
    """A draft being edited, and whether the workspace has its latest words."""

    def __init__(self, workspace, draft):
        self.workspace = workspace
        self.draft = draft
        self.section_key: str = draft.sections[0].key if draft.sections else ""
        self.changes = 0
        self.saved_changes = 0
        self.saved_at: datetime | None = None
        self.save_error: str | None = None
        self._known_revisions = {draft.revision}
        """Revisions this desk loaded or saved: any other head was saved elsewhere."""
        self._known_content = draft.to_dict()
        """The draft as the newest of those revisions holds it."""
        # Held while a save is written, so a save made on quit lands after
        # (never under) one already in flight from a background thread.
        self.save_lock = threading.Lock()

    # -- state --------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self.changes != self.saved_changes

    @property
    def revision(self) -> int:
        return self.draft.revision

    @property
    def section(self):
        return self.draft.section(self.section_key)

    @property
    def keys(self) -> list[str]:
        return [section.key for section in self.draft.sections]

    def neighbour(self, step: int) -> str:
        """The key of the section ``step`` places away (clamped to the ends)."""
        keys = self.keys
        index = keys.index(self.section_key) + step
        return keys[max(0, min(index, len(keys) - 1))]

    def first_number(self, key: str | None = None) -> int | None:
        return first_numbers(self.draft)[key or self.section_key]

    # -- edits ----------------------------------------------------------------
    def update_text(self, text: str, key: str | None = None) -> bool:
        """Take the editor's text for a section; True when the draft changed."""
        section = self.draft.section(key or self.section_key)
        before = [(p.text, p.origin) for p in section.paragraphs], section.status
        self.draft.set_section_text(section.key, text)
        after = [(p.text, p.origin) for p in section.paragraphs], section.status
        if before != after:
            self.changes += 1
            return True
        return False

    def adopt_origin(self, text: str, origin, key: str | None = None) -> None:
        """Give the paragraph reading exactly ``text`` its provenance (after an insert)."""
        from drafter.drafts import clean_paragraph

        wanted = clean_paragraph(text)
        for paragraph in self.draft.section(key or self.section_key).paragraphs:
            if paragraph.text == wanted and paragraph.origin.kind == "writer":
                paragraph.origin = origin
                self.changes += 1
                return

    def set_status(self, status: str, key: str | None = None) -> None:
        section = self.draft.section(key or self.section_key)
        if section.status != status:
            section.set_status(status)
            self.changes += 1

    def touch(self) -> None:
        """Record a change made to the draft directly (title, date, period...)."""
        self.changes += 1

    # -- saving -----------------------------------------------------------------
    def snapshot(self) -> Snapshot:
        return Snapshot(copy.deepcopy(self.draft), self.changes)

    def saved(self, snapshot: Snapshot, revision: int, when: datetime) -> None:
        self.draft.revision = revision
        self.saved_changes = max(self.saved_changes, snapshot.changes)
        self.saved_at = when
        self.save_error = None

    def save_now(self, when: datetime, note: str | None = None) -> SaveResult:
        """Save on the calling thread (used on quit, when nothing may be lost)."""
        snapshot = self.snapshot()
        result = self.write(snapshot, note)
        self.saved(snapshot, result.revision, when)
        return result

    def write(self, snapshot: Snapshot, note: str | None = None) -> SaveResult:
        """Save ``snapshot`` as a new revision, noting a revision saved elsewhere since."""
        with self.save_lock:
            outside = self._outside_change()
            revision = self.workspace.save_draft(snapshot.draft, note=note).revision
            self._known_revisions.add(revision)
            self._known_content = snapshot.draft.to_dict()
        if outside is not None and outside.revision == revision:
            outside = None  # the other revision already held exactly these words
        return SaveResult(revision, outside)

    def adopt(self, draft) -> None:
        """Show ``draft``, a revision this desk made (a restored one)."""
        self.draft = draft
        self.saved_changes = self.changes
        self._known_revisions.add(draft.revision)
        self._known_content = draft.to_dict()

    def _outside_change(self) -> OutsideChange | None:
        head = self.workspace.get_draft(self.draft.id)
        if head.revision in self._known_revisions:
            return None
        known = self._known_content
        known_sections = {section["key"]: section for section in known["sections"]}
        sections = [section.key for section in head.sections
                    if section.to_dict() != known_sections.get(section.key)]
        theirs = head.to_dict()
        details = any(theirs[name] != known[name] for name in ("title", "date", "period", "area"))
        note = next((info.note for info in self.workspace.draft_revisions(self.draft.id)
                     if info.number == head.revision), None)
        return OutsideChange(head.revision, note, sections, details)
