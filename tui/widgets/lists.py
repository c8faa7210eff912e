"""Lists a writer counts their way down: the highlight stops at the last item
(and at the first) rather than wrapping round, so five presses of Down from
the top are always the sixth item, and one too many stays on the last."""

from __future__ import annotations

from textual.widgets import OptionList


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
