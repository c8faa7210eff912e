"""Lists a writer counts their way down: the highlight stops at the last item
(and at the first) rather than wrapping round, so five presses of Down from
the top are always the sixth item, and one too many stays on the last. An
option's line keeps its label (a finding's mark, a statement's date) alone at
the list's left edge, its words wrapped under themselves."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.widgets import OptionList


class HangingLine:
    """An option's label, then its words, wrapped on to more lines under the words,
    never under the label, so the labels stand alone down the list on a narrow
    terminal or through a magnifier. ``str()`` gives the line as plain text."""

    def __init__(self, label: Text, words) -> None:
        self.label, self.words = label, words

    def __str__(self) -> str:
        words = self.words.plain if isinstance(self.words, Text) else str(self.words)
        return f"{self.label.plain}{words}"

    def __rich_console__(self, console, options):
        grid = Table.grid()
        grid.add_column(no_wrap=True)
        grid.add_column(ratio=1)
        grid.add_row(self.label, self.words)
        yield grid


class CountedOptionList(OptionList):
    """An option list whose Up and Down stop at its ends; ``from_top`` starts it afresh."""

    def action_cursor_down(self) -> None:
        self._step(1)

    def action_cursor_up(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        if self.highlighted is None:
            self.from_top() if direction > 0 else self.action_last()
            return
        index = self.highlighted + direction
        while 0 <= index < self.option_count:
            if not self.get_option_at_index(index).disabled:
                self.highlighted = index
                return
            index += direction

    def from_top(self) -> None:
        """Highlight the first item that can be chosen, with what is above it (a group's title) in view."""
        self.action_first()
        self.scroll_home(animate=False)
