"""What rolling forward did, on the desk: the numbers it wrote and the words it
left picked out in the editor, the count in the status bar, each paragraph
before and after (F12), rejecting the roll for a paragraph (Alt+R) and going
to the next paragraph with something left (Ctrl+F).

A mixin of ``DeskScreen``; the bookkeeping is in ``drafter.tui.rolled``.
"""

from __future__ import annotations

from drafter.tui.layout import paragraph_label
from drafter.tui.rolled import (
    Marks,
    left_for_writer,
    next_left,
    roll_counts,
    roll_summary,
    was_rolled,
)
from drafter.tui.widgets.status import StatusBar


class RollMixin:
    """Rolled figures for ``DeskScreen``."""

    _left_shown: tuple[str, int] | None = None
    """The paragraph Ctrl+F last went to."""

    def show_marks(self) -> None:
        self.editor.set_marks([(paragraph.text, Marks.of(paragraph))
                               for paragraph in self.session.section.paragraphs])

    def show_roll_summary(self) -> None:
        draft = self.session.draft
        narrow = self.app.size.width < self.app.WIDE_AT
        text = roll_summary(draft, short=narrow) if was_rolled(draft) else ""
        self.query_one(StatusBar).show_roll(text)

    def announce_roll(self) -> None:
        """Said once, when a draft has just been copied forward and rolled."""
        draft = self.session.draft
        if not was_rolled(draft):
            return
        summary = roll_summary(draft)
        if draft.next_period_missing and not roll_counts(draft)[0]:
            from drafter.drafts import kept_as_copied

            waiting = draft.next_period_missing
            kept = kept_as_copied(waiting, draft.period)
            summary = (f"{kept[0].upper()}{kept[1:]}: when they are in, "
                       f"copy the statement forward again to roll its figures on to {waiting}. "
                       f"{roll_counts(draft)[1]} left for you")
        self.notify(f"{summary}. Ctrl+F goes to the next paragraph with something left; F12 "
                    "shows a paragraph before and after.", title="Copied forward", timeout=10)

    def paragraph_label(self, index: int) -> str:
        section = self.session.section
        label = paragraph_label([p.kind for p in section.paragraphs], index, self.session.first_number())
        return label if "¶" in label else f"{label} of {section.heading}"

    def _synced_cursor_paragraph(self):
        """(index, paragraph) under the cursor with the draft holding the editor's words."""
        self.sync_editor()
        index = self.editor.cursor_paragraph()
        paragraphs = self.session.section.paragraphs
        if index is None or index >= len(paragraphs):
            return None, None
        return index, paragraphs[index]

    # -- actions ------------------------------------------------------------------
    def action_next_left(self, quietly: bool = False) -> bool:
        """Go to the next paragraph with something left; whether there was one."""
        draft = self.session.draft
        if not was_rolled(draft):
            self.notify("This draft was not rolled forward: nothing is left from a roll.")
            return False
        index, _ = self._synced_cursor_paragraph()
        here = (self.session.section_key, index)
        if self.editor.cursor_location == (0, 0) and here != self._left_shown:
            # Where the desk puts the cursor on opening a section: the first paragraph
            # has not been looked at yet, so it is not passed over.
            index = None
        found = next_left(draft, self.session.section_key, index)
        if found is None:
            self.notify("Nothing the roll forward left is still in the draft.")
            return False
        key, position = found
        self.go_to(key, position, None)
        self._left_shown = found
        if quietly:
            return True
        paragraph = self.session.section.paragraphs[position]
        entries = left_for_writer(paragraph)
        listed = "; ".join(f"“{entry.get('text')}”: {entry.get('reason')}" for entry in entries[:2])
        more = f"; and {len(entries) - 2} more (F12)" if len(entries) > 2 else ""
        self.notify(f"{self.paragraph_label(position)}: {listed}{more}", title="Left for you")
        return True

    def action_roll_details(self) -> None:
        from drafter.tui.screens.roll import RollScreen

        index, paragraph = self._synced_cursor_paragraph()
        if paragraph is None or not paragraph.origin.was_rolled:
            self.notify("The paragraph under the cursor was not rolled forward: it was not "
                        "copied from the statement this draft started from." if self.session.draft.from_statement
                        else "This draft was not copied forward from a statement: nothing in it was rolled.")
            return

        def answered(answer: str | None) -> None:
            if answer == "reject":
                self.action_reject_roll()
            elif answer == "next" and self.action_next_left(quietly=True):
                # The dialog steps on to the next paragraph, as its n key says.
                self.call_after_refresh(self.action_roll_details)

        self.app.push_screen(RollScreen(paragraph, self.paragraph_label(index)), answered)

    def action_reject_roll(self) -> None:
        from drafter.drafts import DraftSection

        index, paragraph = self._synced_cursor_paragraph()
        if paragraph is None or not paragraph.origin.was_rolled:
            self.notify("The paragraph under the cursor was not rolled forward: there is no "
                        "roll to reject.")
            return
        label = self.paragraph_label(index)
        if paragraph.text == paragraph.origin.copied:
            self.notify(f"{label} already reads as copied.")
            return
        self.session.reject_roll(paragraph)
        # The words as copied, in the editor's markup for the paragraph's kind.
        markup = DraftSection(key=self.session.section_key, heading="", paragraphs=[paragraph]).text()
        editor = self.editor
        span = editor.spans[index]
        end = (span.last, len(editor.document.lines[span.last]))
        editor.replace(markup, (span.first, 0), end)
        editor.move_cursor((span.first, 0))
        self.sync_editor()
        self.show_marks()
        self.show_sections()
        self.schedule_similar()
        self.save(note=f"rejected the roll forward of {label}")
        self.notify(f"{label}: the roll was rejected and the words as copied are back. "
                    "The revision before it is kept (F9).")
