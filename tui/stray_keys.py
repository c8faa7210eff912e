"""Letters typed where nothing takes them are written in the editor.

On the desk only the editor takes text: Preview, Similar, Figures, the
section list and the pane tabs are read, scrolled and chosen from. A letter
typed while one of them had the focus (after F5, say) was lost without a
sign until Esc. Now it goes to the editor: a pane opened full screen closes,
the editor has the focus again and the letter is typed there, as are the
letters after it. A pane's own letter keys (o and a in Similar) and the
desk's (? for help) still do what they say.

The choice is made where the App hands each key to the focused widget, so a
burst of keys keeps its order: the focus has moved before the next is handed on.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input, TextArea


def send_to_editor(screen, event: events.Key) -> bool:
    """Whether ``event``, typed on ``screen``, is a letter no one there takes and
    so goes to the desk's editor (which then has the focus)."""
    from drafter.tui.screens.desk import DeskScreen

    if not isinstance(screen, DeskScreen) or not event.is_printable:
        return False
    focused = screen.focused
    if focused is None or isinstance(focused, (Input, TextArea)):
        return False
    if event.key in screen.active_bindings:
        return False
    screen.minimize()
    screen.set_focus(screen.editor)
    return True


class StrayKeysToEditor:
    """Mixed into the desk's App ahead of ``App``."""

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded:
            send_to_editor(self.screen, event)
        await super().on_event(event)
