"""The section editor: a TextArea whose gutter shows paragraph numbers.

The writer never types numbers. The gutter prints, on the first line of each
paragraph, the number it will be exported with (``·`` in an unnumbered
section, and beside bullets and sub-headings, which are never numbered), so
renumbering after an insert is visible at once.

After copy forward, the numbers the roll wrote and the words it left for the
writer are picked out in the text (``set_marks``), through TextArea's
``get_line``, which is there to be styled.
"""

from __future__ import annotations

import textwrap

from drafter.tui.carried_lines import carry, differing_span, line_changes, moved
from drafter.tui.layout import (
    ParagraphSpan,
    clean_words,
    gutter_labels,
    paragraph_at,
    paragraph_spans,
    paragraph_text,
)
from drafter.tui.widgets.keys_in_order import BindingsInOrder
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.content import Content
from textual.strip import Strip
from textual.widgets import TextArea
from textual.widgets.text_area import Selection

GUTTER_WIDTH = 5
HINT = ("Write this section here. Leave a blank line between paragraphs; numbers are "
        "added for you. Start a line with ### for a sub-heading, - for a bullet.")
"""Shown in an empty section."""
MARK_CLASSES = {"rolled": "section-editor--rolled", "left": "section-editor--left"}
LONG_LINE = 2000
"""Characters from which a paragraph's split into screen rows is remembered (``DividedOnce``)."""


class DividedOnce(Text):
    """A long paragraph's line that is split into its wrapped rows once for all the rows
    drawn: TextArea splits the whole line again for each row it draws, which in a
    paragraph of thousands of characters takes seconds a key."""

    __slots__ = ()
    last: tuple = (None, None)

    def divide(self, offsets):
        # The line as styled for this frame (cursor, selection): equal keys, equal rows.
        key = (self.plain, self.style, list(self.spans), list(offsets))
        if DividedOnce.last[0] != key:
            DividedOnce.last = (key, super().divide(offsets))
        return DividedOnce.last[1]


class SectionEditor(BindingsInOrder, TextArea):
    """Plain-text editing of one section, soft-wrapped, with a numbering gutter."""

    BINDINGS = [
        Binding("ctrl+home", "document_start", "Start of section", show=False),
        Binding("ctrl+end", "document_end", "End of section", show=False),
    ]

    COMPONENT_CLASSES = TextArea.COMPONENT_CLASSES | set(MARK_CLASSES.values())
    DEFAULT_CSS = """
    SectionEditor .text-area--gutter { color: $text-muted; }
    SectionEditor .section-editor--rolled { color: $success; text-style: bold; }
    SectionEditor .section-editor--left { color: $text-warning; text-style: bold underline; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(soft_wrap=True, show_line_numbers=False, tab_behavior="focus",
                         id=id, placeholder=Content(HINT))
        self.first_number: int | None = 1
        self._labels: dict[int, str] = {}
        self._spans: list[ParagraphSpan] = []
        self._gutter_style = None
        self._marks: list[tuple[str, object]] = []
        self._label_rows: dict[int, str] = {}

    def on_mount(self) -> None:
        self.cursor_blink = getattr(self.app, "CURSOR_BLINK", True)
        self.renumber()

    def fit_hint(self) -> None:
        """Wrap the hint beside the gutter: TextArea wraps it to the whole width,
        and the gutter put in front would push the end of each line out of view."""
        width = min(self.content_size.width, self.size.width) - GUTTER_WIDTH
        if width > 0:
            # Plain Content, never markup: the hint quotes "###" and "- " literally.
            self.placeholder = Content("\n".join(textwrap.wrap(HINT, width)))

    def action_document_start(self) -> None:
        self.move_cursor((0, 0))

    def action_document_end(self) -> None:
        self.move_cursor(self.document.end)

    # -- numbering --------------------------------------------------------------
    @property
    def gutter_width(self) -> int:
        # Fixed, so wrapping does not shift when paragraph 9 becomes paragraph 10.
        return GUTTER_WIDTH

    def set_first_number(self, first_number: int | None) -> None:
        self.first_number = first_number
        self.renumber()

    def renumber(self) -> None:
        self._spans = paragraph_spans(self.document.lines)
        labels = gutter_labels(self._spans, self.first_number)
        if labels != self._labels:
            self._labels = labels
            self.refresh()

    def render_lines(self, crop):
        self._gutter_style = self.get_component_rich_style("text-area--gutter")
        self._label_rows = self._screen_rows_of_labels()
        return super().render_lines(crop)

    def _screen_rows_of_labels(self) -> dict[int, str]:
        """The screen row (from the top of the text) where each numbered paragraph starts.

        Counted from each line's wrap points: asking the wrapped document for
        the line at every row splits a long paragraph again for each row drawn.
        """
        rows, y = {}, 0
        wrapped = self.wrapped_document
        for row in range(self.document.line_count):
            if row in self._labels:
                rows[y] = self._labels[row]
            y += len(wrapped.get_offsets(row)) + 1
        return rows

    def render_line(self, y: int) -> Strip:
        body = super().render_line(y)
        if not self.text and self.placeholder:
            return Strip.join([Strip.blank(GUTTER_WIDTH), body]).crop(0, self.size.width)
        label = self._label_rows.get(y + self.scroll_offset.y, "")
        gutter = Strip([Segment(f"{label:>{GUTTER_WIDTH - 2}}  ", self._gutter_style)],
                       GUTTER_WIDTH)
        return Strip.join([gutter, body])

    # -- marks ------------------------------------------------------------------
    def set_marks(self, marks: list[tuple[str, object]]) -> None:
        """For each of the section's paragraphs as last saved: (its words, its
        ``drafter.tui.rolled.Marks`` or None)."""
        if marks != self._marks:
            self._marks = list(marks)
            self.notify_style_update()
            self.refresh()

    def _marks_for(self, index: int):
        """The marks of the editor's paragraph ``index``: by position while the
        paragraphs line up with the saved ones, else by its words."""
        if not self._marks:
            return None
        if len(self._marks) == len(self._spans):
            return self._marks[index][1]
        text = clean_words(paragraph_text(self.document.lines, self._spans[index]))
        return next((marks for words, marks in self._marks if words == text), None)

    def get_line(self, line_index: int):
        line = self._marked_line(line_index)
        if len(line) >= LONG_LINE:
            line.__class__ = DividedOnce  # the same text and spans, split once
        return line

    def _marked_line(self, line_index: int):
        line = super().get_line(line_index)
        index = paragraph_at(self._spans, line_index)
        if index is None or not self._spans[index].contains(line_index):
            return line
        marks = self._marks_for(index)
        if marks is None:
            return line
        span = self._spans[index]
        lines = self.document.lines[span.first:span.last + 1]
        offset = sum(len(text) + 1 for text in lines[:line_index - span.first])
        length = len(lines[line_index - span.first])
        for start, end, kind in marks.spans("\n".join(lines)):
            start, end = max(start - offset, 0), min(end - offset, length)
            if start < end:
                line.stylize(self._mark_style(kind), start, end)
        return line

    def get_component_rich_style(self, *names: str, partial: bool = False,
                                 default: Style | None = None) -> Style:
        style = super().get_component_rich_style(*names, partial=partial, default=default)
        if names == ("text-area--cursor-line",):
            # The cursor's line is the whole paragraph: only its background changes,
            # or the marks in it would lose their colour.
            return Style(bgcolor=style.bgcolor)
        return style

    def _mark_style(self, kind: str) -> Style:
        # Colour and emphasis only: the background stays the line's (cursor line, selection).
        style = self.get_component_rich_style(MARK_CLASSES[kind])
        return Style(color=style.color, bold=style.bold, underline=style.underline)

    # -- paragraphs -------------------------------------------------------------
    @property
    def spans(self) -> list[ParagraphSpan]:
        return self._spans

    def cursor_paragraph(self) -> int | None:
        """Index of the paragraph under the cursor (the one above, on a blank line)."""
        return paragraph_at(self._spans, self.cursor_location[0])

    def current_paragraph_text(self) -> str:
        index = self.cursor_paragraph()
        if index is None:
            return ""
        return paragraph_text(self.document.lines, self._spans[index])

    def insert_paragraph(self, text: str, marked: bool = False) -> None:
        """Insert ``text`` as a paragraph after the cursor's paragraph (undoable);
        after a bullet it joins the list, as the next bullet. ``marked`` text
        is the editor's markup of its own kind (a bullet, a table's rows), kept as it is."""
        lines = self.document.lines
        index = self.cursor_paragraph()
        if not self._spans:
            result = self.replace(text, (0, 0), self.document.end)
            self.move_cursor(result.end_location)
            self.renumber()
            return
        if index is None:
            # Above the first paragraph: it goes first.
            location, prefix, text = (0, 0), "", text + "\n\n"
        else:
            span = self._spans[index]
            location, prefix = (span.last, len(lines[span.last])), "\n\n"
            from drafter.drafts import BULLET_MARK

            if span.kind == "bullet" and (not marked or text.startswith(BULLET_MARK)):
                prefix, text = "\n", text if marked else f"{BULLET_MARK}{text}"
        result = self.insert(prefix + text, location)
        self.move_cursor(result.end_location)
        self.renumber()
        # Show the new paragraph from its first line, not just where it ends.
        first_row = result.end_location[0] - (len(text.split("\n")) - 1)
        self.call_after_refresh(self._scroll_to_row, first_row)

    def _scroll_to_row(self, row: int) -> None:
        top = self.wrapped_document.location_to_offset((row, 0)).y
        if top < self.scroll_offset.y:
            self.scroll_to(y=top, animate=False)

    def go_to_paragraph(self, index: int, offset: int = 0) -> None:
        """Put the cursor in the section's paragraph ``index`` (0-based), ``offset``
        characters into it (a line break counting one), at most at its end."""
        if not self._spans:
            return
        span = self._spans[max(0, min(index, len(self._spans) - 1))]
        lines = self.document.lines
        row, left = span.first, max(0, offset)
        while row < span.last and left > len(lines[row]):
            left -= len(lines[row]) + 1
            row += 1
        self.move_cursor((row, min(left, len(lines[row]))), center=True)

    def cursor_offset_in_paragraph(self) -> int | None:
        """How many characters into its paragraph the cursor is (a line break counting one)."""
        index = self.cursor_paragraph()
        if index is None:
            return None
        span, (row, column) = self._spans[index], self.cursor_location
        if not span.first <= row <= span.last:
            return None  # on the blank line after it
        return sum(len(self.document.lines[r]) + 1 for r in range(span.first, row)) + column

    def action_undo(self) -> None:
        if not self.history.undo_stack and hasattr(self.screen, "nothing_to_undo"):
            self.screen.nothing_to_undo()  # the screen knows why there is nothing (a restore)
            return
        super().action_undo()

    # -- a change made elsewhere ------------------------------------------------
    def take_change(self, before: str, after: str) -> bool:
        """Make the change from ``before`` to ``after`` (the section as the draft had
        it, and with a revision saved elsewhere merged in) in the editor, keeping the
        writer's own edits undoable: each state the undo history goes back to gets
        the change too, back to the first whose changed lines read otherwise.
        Whether undo still reaches as far back as it did."""
        changes = line_changes(before, after)
        # Each state newest first, with the selection the edit after it started from.
        states = [(self.text, self.selection)]
        while self.history.undo_stack:
            self.undo()
            states.append((self.text, self.selection))
        kept = []
        for text, selection in states:
            carried = carry(changes, before, text)
            if carried is None:
                break
            kept.append((*carried, selection))
        if not kept:
            self.load_text(after)
            return False
        kept.reverse()
        self.load_text(kept[0][0])
        for (old, placed, selection), (new, _, _) in zip(kept, kept[1:]):
            if old == new:
                continue
            # Where the writer's edit started from, for its undo to put the cursor back.
            self.selection = self._moved(selection, placed)
            self.history.checkpoint()  # one undo step for each the writer had
            start, end, inserted = differing_span(old, new)
            self.replace(inserted, start, end)
        _, placed, selection = kept[-1]
        self.history.checkpoint()
        self.selection = self._moved(selection, placed)
        return len(kept) == len(states)

    @staticmethod
    def _moved(selection: Selection, placed) -> Selection:
        return Selection(moved(selection.start, placed), moved(selection.end, placed))

    def on_resize(self) -> None:
        self.fit_hint()
        # A new width wraps every line again: the cursor's line must stay in view.
        self.call_after_refresh(self.scroll_cursor_visible)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self.renumber()
