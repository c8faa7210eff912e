"""The command palette (Ctrl+P): every desk action by name, with its key, and
what it does beneath; Undo and Redo; and Quit. Textual's own commands are
left out: a writer has no use for themes, screenshots or maximizing a widget."""

from __future__ import annotations

import re
from functools import partial

from drafter.tui.keys import DESK_ACTIONS, EDITOR_COMMANDS, display_key
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

BY_DESCRIPTION = 0.1
"""The score of a command found by the words of what it does, not its name:
below every match of a name, so names come first."""


def described_by(query: str, description: str) -> bool:
    """Every word of ``query`` starts a word of ``description`` ("before and
    after" finds "This paragraph before and after rolling forward")."""
    words = re.findall(r"\w+", description.lower())
    wanted = re.findall(r"\w+", query.lower())
    return bool(wanted) and all(any(word.startswith(part) for word in words) for part in wanted)


class DeskCommands(Provider):
    """Offers the desk's actions while a draft is open, and Quit at any time."""

    def _commands(self) -> list[tuple[str, str, object]]:
        """(title: the name and its key, what it does, what runs it), in the order listed."""
        from drafter.tui.screens.desk import DeskScreen

        commands = []
        desk = self.app.desk
        if desk is not None and isinstance(desk, DeskScreen):
            commands += [(f"{action.label} ({display_key(action.keys)})", action.description,
                          partial(desk.run_action, action.action))
                         for action in DESK_ACTIONS if action.action != "edit"]
            commands += [(f"{label} ({display_key(keys)})", description, partial(desk.run_action, action))
                         for action, keys, label, description in EDITOR_COMMANDS]
        commands.append(("Quit (Ctrl+Q)", "Save the draft and leave the desk", self.app.action_quit))
        return commands

    async def discover(self) -> Hits:
        for title, description, callback in self._commands():
            yield DiscoveryHit(Content(title), callback, text=title, help=description)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, description, callback in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), callback, text=title, help=description)
            elif described_by(query, description):
                # Matched letter by letter, a long description would match almost any word.
                yield Hit(BY_DESCRIPTION, Content(title), callback, text=title, help=description)


class DeskPalette:
    """Mixed into the desk's App: the palette offers the desk's commands alone,
    in one list whose order does not change from one opening to the next."""

    COMMANDS = {DeskCommands}
