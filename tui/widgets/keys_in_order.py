"""Editing keys that act in the order they were typed.

Textual runs a focused widget's own key bindings (Backspace, Ctrl+U, the
arrows) only once the key has bubbled up to the app, while a typed character
is inserted as soon as the widget sees it. Keys that reach the desk together,
as they do over a slow remote connection, from a terminal without bracketed
paste, or from a script, were therefore applied out of order: "xyz",
Backspace, "W" left "xyz", and Ctrl+U followed by a file name emptied the
field. Here each of the widget's bindings runs as its key arrives.

Keys typed ahead into a form went wrong the same way: the app hands each key
to the field focused when it arrives, so Enter and the next field's value,
arriving together, all went to the first field (four Enters in the new
draft's form never started it). Here a key reaching a field that has lost the
focus since is passed on to the field that has it, and a form may take Enter
at once (``enter_in_field``) rather than when its message comes round.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input
from textual.widgets.input import Selection


class BindingsInOrder:
    """Mixed in before a Textual widget class: the widget's own bindings run
    when their key reaches it, in turn with the characters typed around them."""

    async def _on_key(self, event: events.Key) -> None:
        focused = self.screen.focused
        if focused is not self and isinstance(focused, BindingsInOrder):
            # Typed after a key that moved the focus on: it was meant for the field focused now.
            event.stop()
            event.prevent_default()
            focused.post_message(events.Key(event.key, event.character))
            return
        for binding in self._bindings.key_to_bindings.get(event.key, ()):
            # A binding whose action does not apply now (check_action) leaves
            # the key to the widget's defaults and its ancestors, as before.
            if not binding.priority and await self.app.run_action(binding.action, self):
                event.stop()
                event.prevent_default()  # the widget's own key handling must not act on it too
                return


class InOrderInput(BindingsInOrder, Input):
    """A one-line field whose editing keys act in the order typed.

    It opens with its whole value selected, as any field does, but shown from
    its start: a value wider than the field (a board report's title, a file
    name) would otherwise open at its end, its first words out of sight."""

    def on_focus(self) -> None:
        # After Input's own focus handling, which selects towards the end.
        self.call_next(self._select_from_start)

    def _select_from_start(self) -> None:
        if self.value and self.selection == Selection(0, len(self.value)):
            self.selection = Selection(len(self.value), 0)

    async def action_submit(self) -> None:
        # A form that moves the focus on Enter does it now, before the next key is read.
        enter_in_field = getattr(self.screen, "enter_in_field", None)
        if enter_in_field is None:
            await super().action_submit()
        else:
            enter_in_field(self)
