"""The draft open on the desk: which section is in the editor, what has not been
saved yet, and the bookkeeping of saves made from a background thread.

Saves run off the UI thread on a copy of the draft (``snapshot``); an edit made
while a save is in flight bumps ``changes``, so ``saved`` only clears the
unsaved mark when nothing changed since the copy was taken.

Each save first looks at the draft's newest revision: one this desk neither
loaded nor saved was made elsewhere (the command line, another desk). Its
changes are merged with the desk's, section by section, against the text both
started from: a section (or detail) only it changed is taken from it, one only
the desk changed is the desk's, one both changed in different paragraphs has
both changes, and one both changed in the same paragraph keeps the desk's
words (the other revision stays in the list, to be restored from). So no one's
words are lost and nothing is overwritten without the writer being told.
"""

from __future__ import annotations

import copy
import threading
from dataclasses import dataclass, field
from datetime import datetime

from drafter.tui.layout import first_numbers


@dataclass
class Snapshot:
    draft: object
    changes: int


DETAILS = ("title", "board", "date", "presented_by", "area", "period")
"""The draft's details a revision made elsewhere may change."""


@dataclass
class OutsideChange:
    """A revision saved elsewhere since this desk last loaded or saved the draft."""

    revision: int
    note: str | None
    taken: dict[str, tuple[dict, object]] = field(default_factory=dict)
    """Sections only it changed: key → (the section as both had it, its section)."""
    taken_details: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Details only it changed: name → (as both had it, its value)."""
    clashed: list[str] = field(default_factory=list)
    """Sections (or ``details``) both changed: the desk's words were saved."""


@dataclass
class SaveResult:
    revision: int
    outside: OutsideChange | None = None


def merge_outside(draft, head, known: dict) -> OutsideChange:
    """Take into ``draft`` what ``head`` (saved elsewhere) changed and ``draft``
    did not, both against ``known``, the text they started from."""
    change = OutsideChange(head.revision, None)
    known_sections = {section["key"]: section for section in known["sections"]}
    ours = {section.key: index for index, section in enumerate(draft.sections)}
    for theirs in head.sections:
        before = known_sections.get(theirs.key)
        if theirs.to_dict() == before:
            continue
        index = ours.get(theirs.key)
        if index is not None and before is not None and draft.sections[index].to_dict() == before:
            draft.sections[index] = copy.deepcopy(theirs)
            change.taken[theirs.key] = (before, theirs)
            continue
        mine = draft.sections[index].to_dict() if index is not None and before is not None else None
        merged = merge_paragraphs(before, mine, theirs.to_dict()) if mine is not None else None
        if merged is None:
            change.clashed.append(theirs.key)
            continue
        # Both changed the section, in different paragraphs: both changes stand.
        draft.sections[index] = type(theirs).from_dict(merged)
        change.taken[theirs.key] = (mine, copy.deepcopy(draft.sections[index]))
    for name in DETAILS:
        before, value = known.get(name), getattr(head, name)
        if value == before:
            continue
        if getattr(draft, name) == before:
            setattr(draft, name, value)
            change.taken_details[name] = (before, value)
        elif "details" not in change.clashed:
            change.clashed.append("details")
    return change


def merge_paragraphs(before: dict, mine: dict, theirs: dict) -> dict | None:
    """Section ``mine`` with what ``theirs`` changed since ``before`` too,
    paragraph by paragraph (as ``to_dict`` gives them), when the two changed
    different paragraphs: a paragraph appended elsewhere joins the desk's
    edit of another. None when both changed, or both added at, the same place."""
    import difflib
    import json

    base = before["paragraphs"]

    def edits(section: dict) -> list[tuple[int, int, list]]:
        new = section["paragraphs"]
        matcher = difflib.SequenceMatcher(None, [json.dumps(p, sort_keys=True) for p in base],
                                          [json.dumps(p, sort_keys=True) for p in new], autojunk=False)
        return [(i1, i2, new[j1:j2]) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]

    ours, others = edits(mine), edits(theirs)
    for a1, a2, _ in ours:
        for b1, b2, _ in others:
            same_place = a1 == a2 == b1 == b2
            inside = a1 == a2 and b1 < a1 < b2 or b1 == b2 and a1 < b1 < a2
            if same_place or inside or max(a1, b1) < min(a2, b2):
                return None
    paragraphs = list(base)
    for start, end, replacement in sorted(ours + others, key=lambda edit: (edit[0], edit[1]), reverse=True):
        paragraphs[start:end] = replacement
    merged = dict(mine, paragraphs=paragraphs)
    for name in ("heading", "status", "numbered"):
        if mine.get(name) == before.get(name):
            merged[name] = theirs.get(name)
    return merged


def carry(change: OutsideChange, draft) -> list[str]:
    """Put into ``draft`` what ``change`` took, where ``draft`` still has the
    text both started from; the keys of sections it could not take."""
    missed = []
    for index, section in enumerate(draft.sections):
        taken = change.taken.get(section.key)
        if taken is None:
            continue
        before, theirs = taken
        current = section.to_dict()
        if current == before:
            draft.sections[index] = copy.deepcopy(theirs)
        elif current != theirs.to_dict():
            merged = merge_paragraphs(before, current, theirs.to_dict())
            if merged is None:
                missed.append(section.key)
            else:
                draft.sections[index] = type(theirs).from_dict(merged)
    for name, (before, value) in change.taken_details.items():
        if getattr(draft, name) == before:
            setattr(draft, name, value)
    return missed


class DraftSession:
    """A draft being edited, and whether the workspace has its latest words."""

    def __init__(self, workspace, draft):
        self.workspace = workspace
        self.draft = draft
        self.section_key: str = draft.sections[0].key if draft.sections else ""
        self.resume_paragraph: int | None = None
        self.resume_offset: int | None = None
        """Where the cursor goes when the desk opens (the place kept from last time)."""
        self.changes = 0
        self.saved_changes = 0
        self.saved_at: datetime | None = None
        self.save_error: str | None = None
        self._known_revisions = {draft.revision}
        """Revisions this desk loaded or saved: any other head was saved elsewhere."""
        self._known_content = draft.to_dict()
        """The draft as the newest of those revisions holds it."""
        self._merged: OutsideChange | None = None
        """The last merge made by a save, until the desk has taken it in."""
        # Held while a save is written, so a save made on quit lands after
        # (never under) one already in flight from a background thread.
        self.save_lock = threading.Lock()
        self._cut: dict[str, object] = {}
        """The origins of paragraphs taken out of a section while the desk is open, by their
        words: a paragraph cut and pasted back, in its section or another, is still the one it was."""
        self._rejected_rolls: list[tuple[str, str, object]] = []
        """(section key, the rolled words, their origin) of each roll rejected
        here: the editor's undo brings the words back, this their record."""

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

    def resume_at(self, place: tuple[str, int | None, int | None] | None) -> None:
        """Open at the section, paragraph and place in it the writer was last at, if the draft still has it."""
        if place is not None and place[0] in self.keys:
            self.section_key, self.resume_paragraph, self.resume_offset = place

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
        self._follow_rejected_rolls(section)
        self._follow_cut_paragraphs(before[0], section)
        after = [(p.text, p.origin) for p in section.paragraphs], section.status
        if before != after:
            self.changes += 1
            return True
        return False

    def reject_roll(self, paragraph) -> None:
        """Put back the paragraph's words as copied, keeping what the roll
        did for an undo in the editor to bring back with its words."""
        import copy

        from drafter.drafts import reject_roll

        self._rejected_rolls.append((self.section_key, paragraph.text, copy.deepcopy(paragraph.origin)))
        reject_roll(paragraph)
        self.changes += 1

    def _follow_cut_paragraphs(self, before, section) -> None:
        """Keep the origin of each paragraph gone from ``section`` (cut, or moved
        away); give it back to a paragraph of the writer's that reads as it did."""
        from drafter.drafts import clean_paragraph

        def source(origin):
            return origin.kind, origin.statement_id, origin.number, origin.place, origin.template, origin.copied

        kept = {source(p.origin) for p in section.paragraphs}  # an edited one is still there
        for text, origin in before:
            if origin.kind != "writer" and source(origin) not in kept:
                self._cut[clean_paragraph(text)] = origin
        for paragraph in section.paragraphs:
            if paragraph.origin.kind == "writer":
                origin = self._cut.pop(clean_paragraph(paragraph.text), None)
                if origin is not None:
                    paragraph.origin = origin

    def _follow_rejected_rolls(self, section) -> None:
        """A rejected roll's words back in the section (undone in the editor)
        take back the roll's record; its words as copied again (redone), the
        record goes again, as the rejection left it."""
        import copy

        from drafter.drafts import reject_roll

        for key, rolled_text, origin in self._rejected_rolls:
            if key != section.key:
                continue
            for paragraph in section.paragraphs:
                if paragraph.origin.copied != origin.copied:
                    continue
                if paragraph.text == rolled_text and not paragraph.origin.rolled:
                    paragraph.origin = copy.deepcopy(origin)
                elif paragraph.text == origin.copied and paragraph.origin.rolled == origin.rolled:
                    reject_roll(paragraph)

    def adopt_origin(self, text: str, origin, key: str | None = None) -> None:
        """Give the paragraph reading exactly ``text`` its provenance (after an insert; a
        table's rows are compared as one line)."""
        from drafter.drafts import clean_paragraph

        wanted = clean_paragraph(text)
        for paragraph in self.draft.section(key or self.section_key).paragraphs:
            if clean_paragraph(paragraph.text) == wanted and paragraph.origin.kind == "writer":
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
        """Save ``snapshot`` as a new revision, merged with a revision saved
        elsewhere since this desk last loaded or saved (``SaveResult.outside``)."""
        draft = snapshot.draft
        with self.save_lock:
            if self._merged is not None:
                # Copied before the last merge reached the desk (a save on quit):
                # what that merge took is taken again.
                carry(self._merged, draft)
            head = self.workspace.get_draft(draft.id)
            outside = None
            if head.revision not in self._known_revisions:
                outside = merge_outside(draft, head, self._known_content)
                outside.note = next((info.note for info in self.workspace.draft_revisions(draft.id)
                                     if info.number == head.revision), None)
                self._known_revisions.add(head.revision)
                self._merged = outside
            revision = self.workspace.save_draft(draft, note=note).revision
            self._known_revisions.add(revision)
            self._known_content = draft.to_dict()
        return SaveResult(revision, outside)

    def take_outside(self, change: OutsideChange) -> list[str]:
        """Bring what a save merged in from elsewhere into the draft being
        edited; the keys of sections edited here since, which keep the desk's words."""
        with self.save_lock:
            missed = carry(change, self.draft)
            self._merged = None
        return missed

    def adopt(self, draft) -> None:
        """Show ``draft``, a revision this desk made (a restored one)."""
        self.draft = draft
        self.saved_changes = self.changes
        self._known_revisions.add(draft.revision)
        self._known_content = draft.to_dict()
